/**
 * What the model knows of each distinct title of an export, as arrays by title id: its final parse, its
 * kind, and small numbers for its show and episode (for counting with arrays instead of Sets). Made in
 * the thread that parsed the titles (export/title-worker.ts) and sent across as columns.
 */
import {catalogSteps} from './title-catalog.js';
import type {FirstPass} from './title-first-pass.js';
import type {ParsedTitle, ViewingKind} from './types.js';

export {episodeKey, showKey, showKeyOf, showKeys} from './title-keys.js';

/** Kinds by number (per title in TitleModel.kinds, per row in Library.kinds). */
export const KIND_EPISODE = 0;
export const KIND_MOVIE = 1;
export const KIND_EXTRA = 2;
export const KIND_NAMES: readonly ViewingKind[] = ['episode', 'movie', 'extra'];

/** Small numbers for each title's show and episode. */
export interface TitleNumbers {
	show: Int32Array;
	/** -1 for a title parsed as a movie. */
	episode: Int32Array;
	/** How many shows and episodes were numbered. */
	shows: number;
	episodes: number;
}

export interface TitleModel {
	/** Number of distinct titles. */
	size: number;
	/** The final parse of each title (when sent from another thread, made on first use). */
	readonly parses: readonly ParsedTitle[];
	/** Per title: KIND_EXTRA when the title names an extra (a hook, a trailer), else its parse's kind. */
	kinds: Uint8Array;
	numbers: TitleNumbers;
	/** Titles the parser had to guess, extras left out, in title order (`doctor` lists them). */
	unplaced: readonly string[];
	/**
	 * The parses' fields read from columns, when the model came from another thread as columns: reading
	 * them makes no parse objects (55k at 250k rows). Absent, the parses are the objects themselves.
	 */
	readonly fields?: TitleFields;
}

/** Fields of each title's parse (ParsedTitle's), by title id. */
export interface TitleFields {
	show(t: number): string;
	seasonLabel(t: number): string | null;
	seasonNumber(t: number): number | null;
	episodeNumber(t: number): number | null;
	episodeTitle(t: number): string | null;
}

/** The model of distinct `titles` from their first pass (title-catalog.ts resolves the named seasons). */
export function titleModelOf(titles: readonly string[], first: FirstPass): TitleModel {
	const steps = titleModelSteps(titles, first);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/** titleModelOf in steps (catalogSteps): the explorer reads keys between them. */
export function* titleModelSteps(titles: readonly string[], first: FirstPass): Generator<void, TitleModel, void> {
	const catalog = yield* catalogSteps(titles, first);
	const parses = catalog.parses;
	const kinds = new Uint8Array(titles.length);
	const numberer = first.numberer;
	for (let i = 0; i < titles.length; i++) {
		if ((i & 0x3ff) === 0x3ff) yield;
		kinds[i] = first.extra[i] === 1 ? KIND_EXTRA : parses[i]!.kind === 'episode' ? KIND_EPISODE : KIND_MOVIE;
		// The first pass numbered each title by its first parse: only titles read again need it again.
		if (parses[i] !== first.parsed[i]) numberer.number(i, parses[i]!);
	}
	const numbers = {show: numberer.show.slice(0, titles.length), episode: numberer.episode.slice(0, titles.length), shows: numberer.showCount, episodes: numberer.episodeCount};
	return {size: titles.length, parses, kinds, numbers, unplaced: catalog.unplaced};
}
