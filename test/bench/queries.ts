/**
 * Ten searches as people type them, each aimed at a title that exists in the seed-1 bench exports
 * (read from the generated 250k export). Some have typos, some drop accents or letters that NFD does
 * not decompose (`ı`, `ł`), one is long.
 */
export interface BenchQuery {
	/** Typed one character at a time. */
	typed: string;
	/** The title the person is after (reported with its rank in the final hits). */
	wanted: string;
}

export const QUERIES: readonly BenchQuery[] = [
	{typed: 'burning lantern', wanted: 'Burning Lantern'},
	{typed: 'svage kingdm', wanted: 'The Savage Kingdom'},
	{typed: 'hiden shadow', wanted: 'The Hidden Shadow'},
	{typed: 'fria ciudad', wanted: 'Fría Ciudad'},
	{typed: 'doree verite', wanted: 'Dorée Vérité'},
	{typed: 'kuste kuste', wanted: 'Küste Küste'},
	{typed: 'sinir sehir', wanted: 'Sınır Şehir'},
	{typed: 'northern compas', wanted: 'Northern Compass'},
	{typed: 'circuit of the kingdom', wanted: 'Circuit of the Kingdom'},
	{typed: 'zlota wieza', wanted: 'Złota Wieża'},
];

/** Keystrokes in all queries. */
export const KEYSTROKES = QUERIES.reduce((n, q) => n + [...q.typed].length, 0);
