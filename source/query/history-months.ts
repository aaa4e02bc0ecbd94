/**
 * Months and dates of a History list: where each month starts (the screen's month separators) and
 * which viewing a typed date goes to. The list is in time order, newest or oldest first, so both are
 * binary searches on start times: a few dozen rows read per month, not a pass over 250k viewings.
 * Months are local (`TZ`, `--tz`), as the Started column shows them; the simple download's dates
 * (kept at noon UTC, see viewing-history.ts) are read in UTC, as its Started column does.
 */

import {dateLabel, dateSpan, readTypedDate} from './typed-date.js';

/** Start time of the row at an index of the list as shown (newest or oldest first). */
export type StartAt = (index: number) => number;

/** A month of the list: the index of its first row as shown, its year and month (1–12). */
export interface MonthRun {
	index: number;
	year: number;
	month: number;
}

/** A period typed by a person: `[since, until)` epoch ms, what it is and how to name it. */
export interface Period {
	since: number;
	until: number;
	/** `2024`, `March 2024`, `2024-03-15`. */
	label: string;
}

/** Local (or UTC) year and month of an instant. */
function monthOf(ms: number, utc: boolean): {year: number; month: number} {
	const d = new Date(ms);
	return utc ? {year: d.getUTCFullYear(), month: d.getUTCMonth() + 1} : {year: d.getFullYear(), month: d.getMonth() + 1};
}

/** The first index in `[from, to)` where `past(index)` holds, given it holds from some index on (`to` if never). */
function firstWhere(from: number, to: number, past: (index: number) => boolean): number {
	let lo = from;
	let hi = to;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (past(mid)) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

/** True when the list as shown runs newest first (a list of one or none counts as newest first). */
function newestFirst(startAt: StartAt, length: number): boolean {
	return length < 2 || startAt(0) >= startAt(length - 1);
}

/** Each month's first row in a list of `length` rows in time order (either way), first month first. */
export function monthRuns(startAt: StartAt, length: number, utc = false): MonthRun[] {
	const runs: MonthRun[] = [];
	const newest = newestFirst(startAt, length);
	for (let index = 0; index < length; ) {
		const {year, month} = monthOf(startAt(index), utc);
		runs.push({index, year, month});
		const [since, until] = dateSpan({year, month, day: null}, utc ? 'utc' : 'local');
		index = firstWhere(index + 1, length, i => (newest ? startAt(i) < since : startAt(i) >= until));
	}
	return runs;
}

/**
 * The row a period goes to, in the list as shown: its first row in that period (newest first: the
 * newest viewing in it; oldest first: the oldest). When the period has none, the nearest row past it
 * in the list's direction (`exact` false): the newest before it, or the oldest after it. Null when
 * the list has no row there either.
 */
export function rowForPeriod(startAt: StartAt, length: number, period: Period): {index: number; exact: boolean} | null {
	if (length === 0) return null;
	const newest = newestFirst(startAt, length);
	const index = firstWhere(0, length, i => (newest ? startAt(i) < period.until : startAt(i) >= period.since));
	if (index >= length) return null;
	const at = startAt(index);
	return {index, exact: at >= period.since && at < period.until};
}

/**
 * A year, month or day as a person types it (query/typed-date.ts reads it), as [since, until) in
 * local time (or UTC), or a string that says what is wrong with it.
 */
export function parsePeriod(text: string, utc = false): Period | string {
	const date = readTypedDate(text);
	if (typeof date === 'string') return date;
	const [since, until] = dateSpan(date, utc ? 'utc' : 'local');
	return {since, until, label: dateLabel(date)};
}
