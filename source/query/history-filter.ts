import {KIND_EXTRA, type Library} from '../model/library.js';
import {foldName} from './names.js';
import type {ViewingList} from './history.js';

/** How the History list is narrowed and ordered. */
export interface HistoryView {
	profile?: string;
	/**
	 * Typed text: a date or month (`2024-03`, `2024-03-07`, local time) keeps that day or month; other
	 * text keeps viewings whose title (show or episode) or profile holds it, folded (`elite` for `Élite`).
	 */
	text?: string;
	/** Oldest first instead of newest first. */
	oldestFirst?: boolean;
}

/** Folded titles per library, made once: a filter keystroke then costs one pass over the columns. */
const folded = new WeakMap<Library, string[]>();

/**
 * The History list, narrowed by `view.text`, oldest first in the list (the screen reads it backwards
 * for newest first; `oldestFirst` hands it over reversed). Works on the columns: which titles and
 * profiles match is decided once per distinct title and profile, then one pass over the viewings' ids.
 */
export function filteredHistory(library: Library, view: HistoryView): ViewingList {
	const {order, kinds, table} = library;
	const profile = view.profile ? table.profiles.indexOf(view.profile) : -1;
	const text = foldName(view.text ?? '');
	const range = dayRange(view.text?.trim() ?? '');
	let titleOk: Uint8Array | null = null;
	let profileOk: Uint8Array | null = null;
	if (text !== '' && !range) {
		let titles = folded.get(library);
		if (!titles) folded.set(library, (titles = table.titles.map(foldName)));
		titleOk = new Uint8Array(titles.length);
		for (let t = 0; t < titles.length; t++) titleOk[t] = titles[t]!.includes(text) ? 1 : 0;
		profileOk = Uint8Array.from(table.profiles, name => (foldName(name).includes(text) ? 1 : 0));
	}
	const positions = new Int32Array(view.profile && profile === -1 ? 0 : order.length);
	let n = 0;
	for (let k = 0; k < positions.length; k++) {
		const i = order[k]!;
		if (kinds[i] === KIND_EXTRA || (profile !== -1 && table.profile[i] !== profile)) continue;
		if (titleOk && titleOk[table.title[i]!] === 0 && profileOk![table.profile[i]!] === 0) continue;
		if (range && (table.start[i]! < range[0] || table.start[i]! >= range[1])) continue;
		positions[n++] = k;
	}
	if (view.oldestFirst) return {length: n, at: index => library.event(positions[n - 1 - index]!)};
	return {length: n, at: index => library.event(positions[index]!)};
}

/** `2024-03` or `2024-03-07` as local [start, end) epoch ms, or null when the text is not a date. */
export function dayRange(text: string): [number, number] | null {
	const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text);
	if (!m) return null;
	const year = Number(m[1]);
	if (m[2] === undefined) return [new Date(year, 0, 1).getTime(), new Date(year + 1, 0, 1).getTime()];
	const month = Number(m[2]) - 1;
	if (m[3] === undefined) return [new Date(year, month, 1).getTime(), new Date(year, month + 1, 1).getTime()];
	const day = Number(m[3]);
	return [new Date(year, month, day).getTime(), new Date(year, month, day + 1).getTime()];
}
