import type {Library} from '../model/library.js';
import type {FoldedTitles} from './folded-titles.js';
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

/** A HistoryView read once (`historyQuery`): its text parsed as a date a single time per key, however often it is compared. */
export interface HistoryQuery {
	profile: string | undefined;
	oldestFirst: boolean;
	/** The typed text, trimmed ('' keeps every viewing). */
	text: string;
	/** The text as a year, month or day, local [start, end) epoch ms; null when it is not a date. */
	range: [number, number] | null;
}

/** Reads a view's text once: as a period when it is a date (dayRange), else as text. */
export function historyQuery(view: HistoryView): HistoryQuery {
	const text = view.text?.trim() ?? '';
	return {profile: view.profile || undefined, oldestFirst: Boolean(view.oldestFirst), text, range: text === '' ? null : dayRange(text)};
}

/** A filtered History list and the query it answers (the start for the next, longer filter). */
export interface FilteredHistory {
	query: HistoryQuery;
	list: Viewings;
}

/**
 * The History list, narrowed by `query.text`, oldest first in the list (the screen reads it backwards
 * for newest first; `oldestFirst` hands it over reversed). A date or month keeps its days; other text
 * keeps viewings whose title or profile holds it (Viewings' `text` filter, over the columns, with the
 * titles folded ahead when `foldedTitles` is given).
 *
 * `previous`: the list of the filter typed before. When the new one can only keep fewer viewings (the
 * text grew around the old text: `dar` → `dark`; a month inside the year before), only the previous
 * list is read, not every viewing: typing key by key reads fewer rows at each key.
 */
export function filteredHistory(library: Library, query: HistoryQuery, previous?: FilteredHistory, foldedTitles?: FoldedTitles): Viewings {
	const {range} = query;
	const where = {
		profile: query.profile,
		kinds: ['episode', 'movie'] as const,
		text: range ? undefined : query.text,
		since: range?.[0],
		until: range?.[1],
		foldedTitles,
	};
	if (previous && narrows(previous.query, query)) return previous.list.where(where);
	const list = Viewings.of(library).where(where);
	return query.oldestFirst ? list.reverse() : list;
}

/** True when every viewing `next` keeps is in the list `before` kept (same profile and order, a narrower text or period). */
export function narrows(before: HistoryQuery, next: HistoryQuery): boolean {
	if (before.profile !== next.profile || before.oldestFirst !== next.oldestFirst) return false;
	if (before.text === '') return true;
	if (before.range || next.range) return Boolean(before.range && next.range && next.range[0] >= before.range[0] && next.range[1] <= before.range[1]);
	// Both are text: whatever holds the new text holds the old one.
	return foldName(next.text).includes(foldName(before.text));
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
