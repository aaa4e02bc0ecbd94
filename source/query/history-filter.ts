import type {Library} from '../model/library.js';
import {parsePeriod} from './history-months.js';
import {foldName} from './names.js';
import {Viewings} from './viewings.js';

/** How the History list is narrowed and ordered. */
export interface HistoryView {
	profile?: string;
	/**
	 * Typed text: a year, month or day (`2024-03`, `2024-03-07`, `mar 2024`, local time) keeps it; other
	 * text keeps viewings whose title (show or episode) or profile holds it, folded (`elite` for `Élite`).
	 */
	text?: string;
	/** Oldest first instead of newest first. */
	oldestFirst?: boolean;
}

/** A filtered History list and the view it answers (the start for the next, longer filter). */
export interface FilteredHistory {
	view: HistoryView;
	list: Viewings;
}

/**
 * The History list, narrowed by `view.text`, oldest first in the list (the screen reads it backwards
 * for newest first; `oldestFirst` hands it over reversed). A date or month keeps its days; other text
 * keeps viewings whose title or profile holds it (Viewings' `text` filter, over the columns).
 *
 * `previous`: the list of the filter typed before. When the new one can only keep fewer viewings (the
 * text grew around the old text: `dar` → `dark`; a month inside the year before), only the previous
 * list is read, not every viewing: typing key by key reads fewer rows at each key.
 */
export function filteredHistory(library: Library, view: HistoryView, previous?: FilteredHistory): Viewings {
	const range = dayRange(view.text?.trim() ?? '');
	const where = {
		profile: view.profile || undefined,
		kinds: ['episode', 'movie'] as const,
		text: range ? undefined : view.text,
		since: range?.[0],
		until: range?.[1],
	};
	if (previous && narrows(previous.view, view)) return previous.list.where(where);
	const list = Viewings.of(library).where(where);
	return view.oldestFirst ? list.reverse() : list;
}

/** True when every viewing `next` keeps is in the list `before` kept (same profile and order, a narrower text or period). */
export function narrows(before: HistoryView, next: HistoryView): boolean {
	if ((before.profile || undefined) !== (next.profile || undefined) || Boolean(before.oldestFirst) !== Boolean(next.oldestFirst)) return false;
	const was = before.text?.trim() ?? '';
	const now = next.text?.trim() ?? '';
	if (was === '') return true;
	const wasRange = dayRange(was);
	const nowRange = dayRange(now);
	if (wasRange || nowRange) return Boolean(wasRange && nowRange && nowRange[0] >= wasRange[0] && nowRange[1] <= wasRange[1]);
	// Both are text: whatever holds the new text holds the old one.
	return foldName(now).includes(foldName(was));
}

/**
 * A year, month or day (`2024`, `2024-03`, `2024-03-07`, `mar 2024`: parsePeriod, as History's go-to
 * reads them) as local [start, end) epoch ms, or null when the text is not a valid date (`2024-0`,
 * half typed, is text until it is a month).
 */
export function dayRange(text: string): [number, number] | null {
	const period = parsePeriod(text);
	return typeof period === 'string' ? null : [period.since, period.until];
}
