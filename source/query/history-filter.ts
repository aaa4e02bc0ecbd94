import type {Library} from '../model/library.js';
import type {ViewingList} from './history.js';
import {dateSpan, parseTypedDate} from './typed-date.js';
import {Viewings} from './viewings.js';

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

/**
 * The History list, narrowed by `view.text`, oldest first in the list (the screen reads it backwards
 * for newest first; `oldestFirst` hands it over reversed). A date or month keeps its days; other text
 * keeps viewings whose title or profile holds it (Viewings' `text` filter, over the columns).
 */
export function filteredHistory(library: Library, view: HistoryView): ViewingList {
	const range = dayRange(view.text?.trim() ?? '');
	const list = Viewings.of(library).where({
		profile: view.profile || undefined,
		kinds: ['episode', 'movie'],
		text: range ? undefined : view.text,
		since: range?.[0],
		until: range?.[1],
	});
	return view.oldestFirst ? list.reverse() : list;
}

/** `2024`, `2024-03` or `2024-03-07` as local [start, end) epoch ms, or null when the text is not a date. */
export function dayRange(text: string): [number, number] | null {
	const date = parseTypedDate(text);
	return date && dateSpan(date, 'local');
}
