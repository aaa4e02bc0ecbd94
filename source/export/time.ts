/**
 * Time fields of the export. Durations and bookmarks are `H+:MM:SS` where hours exceed 24
 * (`29:17:06`, `404:10:36`), so they are never parsed with a date parser (format reference §4).
 */

/** `H+:MM:SS` (also `M:SS` from spreadsheets) to seconds; null when the text is not a duration. */
export function parseClock(text: string): number | null {
	const bytes = Buffer.from(text, 'utf8');
	return clockFromBytes(bytes, 0, bytes.length);
}

/**
 * The same from a byte range of the file. A byte loop, not split + regex: this runs twice per row on
 * files of 250k rows.
 */
export function clockFromBytes(bytes: Uint8Array, from: number, to: number): number | null {
	let total = 0;
	let part = 0;
	let digits = 0;
	let parts = 1;
	let start = from;
	let end = to;
	while (start < end && bytes[start] === 32) start++;
	while (end > start && bytes[end - 1] === 32) end--;
	for (let i = start; i < end; i++) {
		const c = bytes[i]!;
		if (c === 58) {
			if (digits === 0 || (parts > 1 && part > 59) || ++parts > 3) return null;
			total = total * 60 + part;
			part = 0;
			digits = 0;
		} else if (c >= 48 && c <= 57 && digits < 6) {
			part = part * 10 + (c - 48);
			digits++;
		} else return null;
	}
	if (parts < 2 || digits === 0 || part > 59) return null;
	return total * 60 + part;
}

/** `YYYY-MM-DD HH:MM:SS` (UTC, no marker) to epoch ms; null otherwise. The strict shape Netflix writes. */
export function parseStartStrict(text: string): number | null {
	const bytes = Buffer.from(text, 'utf8');
	return startFromBytes(bytes, 0, bytes.length);
}

/** The same from a byte range of the file (once per row: no string, no regex). */
export function startFromBytes(b: Uint8Array, s: number, e: number): number | null {
	if (e - s !== 19 || b[s + 4] !== 45 || b[s + 7] !== 45 || b[s + 10] !== 32 || b[s + 13] !== 58 || b[s + 16] !== 58) return null;
	return moment(num(b, s, 4), num(b, s + 5, 2), num(b, s + 8, 2), num(b, s + 11, 2), num(b, s + 14, 2), num(b, s + 17, 2));
}

/**
 * No date of an export is older: Netflix was founded in 1997 and writes 1970-01-01 for "none". Also
 * keeps Date.UTC from reading years 0–99 as 1900–1999 (year 0000 became 1900).
 */
export const MIN_YEAR = 1970;

/** Days in a month of the Gregorian calendar (month 1–12). */
function daysIn(year: number, month: number): number {
	if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for a real calendar day from MIN_YEAR to 9999 (no month 13, no 30 February). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
	return year >= MIN_YEAR && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

/**
 * Epoch ms (UTC) of a moment that exists, else null. Date.UTC rolls month 13 into the next year,
 * 30 February into March and 24:61 into the next day; a broken field must be refused, not moved.
 */
function moment(year: number, month: number, day: number, hour: number, minute: number, second: number): number | null {
	if (!isCalendarDate(year, month, day) || !(hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59)) return null;
	return Date.UTC(year, month - 1, day, hour, minute, second);
}

/**
 * After a start time was not read: true when it has the shape of one (Netflix's, or a spreadsheet's)
 * and so names a moment that does not exist (month 13, 30 February, 24:00, minute 61, year 0000),
 * false when it is not a time at all. The two are counted apart.
 */
export function isImpossibleStart(text: string): boolean {
	const t = text.trim();
	return ISO_LIKE.test(t) || US_LIKE.test(t) || SLASH_TIME.test(t);
}

function num(b: Uint8Array, from: number, length: number): number {
	let value = 0;
	for (let i = from; i < from + length; i++) {
		const d = b[i]! - 48;
		if (d < 0 || d > 9) return Number.NaN;
		value = value * 10 + d;
	}
	return value;
}

const ISO_LIKE = /^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const US_LIKE = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Start times as spreadsheets re-save them (format reference §9): `2023-08-24 9:07`, `1/16/2021 14:23`
 * (month first, as US spreadsheets write; with `slashes` false only the year-first form is read, and the
 * caller decides the order of slashed dates from all of them: readSlashTime). Returns epoch ms (UTC) or null.
 */
export function parseStartLenient(text: string, slashes = true): number | null {
	const t = text.trim();
	let m = ISO_LIKE.exec(t);
	if (m) {
		const base = moment(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0));
		return base === null ? null : base - zoneOffsetMs(m[7]);
	}
	if (!slashes) return null;
	m = US_LIKE.exec(t);
	if (m) {
		const year = m[3]!.length === 2 ? 2000 + +m[3]! : +m[3]!;
		return moment(year, +m[1]!, +m[2]!, +m[4]!, +m[5]!, +(m[6] ?? 0));
	}
	return null;
}

const SLASH_TIME = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4}),? (\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A start time written `16/1/2021 14:23` or `1/16/21 2:23` (a spreadsheet re-save) as its numbers
 * [first, second, year, hour, minute, second], or null when it is not one or cannot be a date either way
 * round. Whether day or month comes first is decided from all of a file's values (slashOrder()).
 */
export function readSlashTime(text: string): number[] | null {
	const m = SLASH_TIME.exec(text.trim());
	if (!m) return null;
	const [a, b] = [+m[1]!, +m[2]!];
	const [hour, minute, second] = [+m[4]!, +m[5]!, +(m[6] ?? 0)];
	if (a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12) || hour > 23 || minute > 59 || second > 59) return null;
	const year = m[3]!.length === 2 ? 2000 + +m[3]! : +m[3]!;
	// A real day in at least one order (31/4, 30/2 are none); with both fields ≤ 12 both orders are.
	if (!isCalendarDate(year, b, a) && !isCalendarDate(year, a, b)) return null;
	return [a, b, year, hour, minute, second];
}

/** How slashed start times were read: day first, month first, or undecided (every value could be either). */
export type SlashOrder = 'dmy' | 'mdy' | null;

/**
 * Decides the order of slashed start times from all of them (format reference §8–9): a first field above
 * 12 means day first, a second above 12 month first. Returns null when no value can tell, and 'mixed'
 * when values contradict each other.
 */
export function slashOrder(values: readonly number[]): SlashOrder | 'mixed' {
	let dayFirst = false;
	let monthFirst = false;
	for (let k = 0; k < values.length; k += 7) {
		if (values[k + 1]! > 12) dayFirst = true;
		else if (values[k + 2]! > 12) monthFirst = true;
	}
	if (dayFirst && monthFirst) return 'mixed';
	return dayFirst ? 'dmy' : monthFirst ? 'mdy' : null;
}

/** Sets `start[row]` for each slashed start time, read in `order`. */
export function applySlashTimes(values: readonly number[], order: 'dmy' | 'mdy', start: Float64Array): void {
	for (let k = 0; k < values.length; k += 7) {
		const [a, b] = [values[k + 1]!, values[k + 2]!];
		const [day, month] = order === 'dmy' ? [a, b] : [b, a];
		start[values[k]!] = Date.UTC(values[k + 3]!, month - 1, day, values[k + 4]!, values[k + 5]!, values[k + 6]!);
	}
}

function zoneOffsetMs(zone: string | undefined): number {
	if (!zone || zone === 'Z') return 0;
	const sign = zone.startsWith('-') ? -1 : 1;
	const digits = zone.slice(1).replace(':', '');
	return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
}

/**
 * Any timestamp style used in the other tables (§3): `2022-04-28T16:34:20Z`, `2022-04-28 16:39:35.835+0000`,
 * `2024-03-07T21:24:41.432`, `2022-04-28 16:39`, `20240420`, `2022-12-28`. `1970-01-01…`, `-1`, `NULL` → null.
 */
export function parseAnyTimestamp(text: string): number | null {
	const t = text.trim();
	if (t === '' || t === '-1' || /^null$/i.test(t) || t.startsWith('1970-01-01')) return null;
	let m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(t);
	if (m) return moment(+m[1]!, +m[2]!, +m[3]!, 0, 0, 0);
	m = ISO_LIKE.exec(t);
	if (m) return parseStartLenient(t);
	return null;
}

/** Seconds as `H:MM:SS` (or `M:SS` under an hour), the way the export writes positions. */
export function formatClock(seconds: number): string {
	const s = Math.max(0, Math.round(seconds));
	const h = Math.floor(s / 3600);
	const m = Math.floor((s % 3600) / 60);
	const sec = s % 60;
	const mm = String(m).padStart(h > 0 ? 2 : 1, '0');
	return `${h > 0 ? `${h}:` : ''}${mm}:${String(sec).padStart(2, '0')}`;
}
