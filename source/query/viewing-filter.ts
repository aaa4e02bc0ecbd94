/**
 * Which viewings a `Viewings.where` keeps: the filter and its one pass over the columns. Profiles,
 * shows and typed text are decided once per distinct value (a byte per title or profile), so a
 * filter keystroke costs one pass over the selected positions (with the titles folded ahead: FoldedTitles).
 */
import {KIND_EPISODE, KIND_EXTRA, KIND_MOVIE, showKey, type Library} from '../model/library.js';
import type {ViewingKind} from '../model/types.js';
import {FoldedTitles} from './folded-titles.js';
import {foldName} from './names.js';
import {autoplayedAt} from './viewing-fields.js';

/** Which viewings to keep. Every field left out keeps all. */
export interface ViewingFilter {
	/** A profile name as written in the export. */
	profile?: string | null;
	/** Kinds to keep (`episode`, `movie`, `extra`). */
	kinds?: readonly ViewingKind[];
	/** Only viewings starting at or after this instant (epoch ms). */
	since?: number;
	/** Only viewings starting before this instant (epoch ms). */
	until?: number;
	/** A show or movie name (matched as a show key: case and accents of the spelling ignored). */
	show?: string;
	/** true: only hidden views; false: only visible ones. */
	hidden?: boolean;
	/** true: only autoplayed viewings; false: only ones the person started. */
	autoplayed?: boolean;
	/**
	 * Text the title (show or episode) or the profile name holds, both folded as names are (`elite` for
	 * `Élite`; case, accents and punctuation ignored). Decided once per distinct title and profile.
	 */
	text?: string;
	/** The library's titles folded ahead for `text` (kept with the library by whoever asks often); without it, folded for this filter. */
	foldedTitles?: FoldedTitles;
}

const KIND_OF: Record<ViewingKind, number> = {episode: KIND_EPISODE, movie: KIND_MOVIE, extra: KIND_EXTRA};

/** The positions (into `Library.order`) of `positions` that `filter` keeps, in their order. */
export function selectWhere(library: Library, positions: Int32Array, filter: ViewingFilter): Int32Array {
	const {table, order, kinds, numbers, catalog} = library;
	const profileId = filter.profile === undefined || filter.profile === null ? -2 : table.profiles.indexOf(filter.profile);
	const kindMask = filter.kinds ? filter.kinds.reduce((mask, kind) => mask | (1 << KIND_OF[kind]), 0) : 0b111;
	const since = filter.since ?? -Infinity;
	const until = filter.until ?? Infinity;
	// The wanted show's numbers (a film and a series of the same name have two; both are kept, as
	// the name asks for both).
	let shows: Uint8Array | null = null;
	if (filter.show !== undefined) {
		const key = showKey(filter.show);
		shows = new Uint8Array(numbers.shows + 1);
		for (let t = 0; t < catalog.size; t++) if (showKey(catalog.parses[t]!.show) === key) shows[numbers.show[t]!] = 1;
		if (!shows.includes(1)) shows = new Uint8Array(0);
	}
	// Which titles and profiles hold the text, once per distinct value (null: no text asked for).
	const text = filter.text === undefined ? '' : foldName(filter.text);
	let titleOk: Uint8Array | null = null;
	let profileOk: Uint8Array | null = null;
	if (text !== '') {
		const titles = (filter.foldedTitles ?? new FoldedTitles(library)).all();
		// A plain loop: Uint8Array.from with a callback costs twice as much over 55k titles.
		titleOk = new Uint8Array(titles.length);
		for (let t = 0; t < titles.length; t++) if (titles[t]!.includes(text)) titleOk[t] = 1;
		profileOk = Uint8Array.from(table.profiles, name => (foldName(name).includes(text) ? 1 : 0));
	}
	const hidden = filter.hidden === undefined ? -1 : filter.hidden ? 1 : 0;
	const autoplayed = filter.autoplayed === undefined ? -1 : filter.autoplayed ? 1 : 0;
	const out = new Int32Array(positions.length);
	let n = 0;
	if (profileId === -1 || shows?.length === 0) return out.subarray(0, 0);
	for (const k of positions) {
		const i = order[k]!;
		if ((kindMask & (1 << kinds[i]!)) === 0) continue;
		if (profileId >= 0 && table.profile[i] !== profileId) continue;
		const start = table.start[i]!;
		if (start < since || start >= until) continue;
		if (shows !== null && shows[numbers.show[table.title[i]!]!] !== 1) continue;
		if (hidden !== -1 && table.hidden[i] !== hidden) continue;
		if (autoplayed !== -1 && autoplayedAt(library, i) !== (autoplayed === 1)) continue;
		if (titleOk && titleOk[table.title[i]!] === 0 && profileOk![table.profile[i]!] === 0) continue;
		out[n++] = k;
	}
	return out.slice(0, n);
}
