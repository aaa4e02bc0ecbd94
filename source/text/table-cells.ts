/** The cells of a table as a person reads them: personal values masked, times in local time. */
import {localDate, localDateTime} from '../commands/format.js';
import {parseAnyTimestamp} from '../export/time.js';
import type {Masker} from './mask.js';

/** A time cell as milliseconds, or null when it holds none (`-1`, `NULL`, `1970-01-01…` mean none, §3). */
export function cellTime(text: string): number | null {
	const ms = parseAnyTimestamp(text.trim());
	return ms === null || ms <= 0 ? null : ms;
}

/** True when a time cell holds a day only (`2022-12-28`, `20240420`): shown without a time of day. */
export function isDayOnly(text: string): boolean {
	return /^\d{4}-?\d{2}-?\d{2}$/.test(text.trim());
}

/**
 * A cell for display: a time column's value in local time (`2024-03-07 22:24`, a day alone as
 * `2024-03-07`); anything else masked by `masker` (by its column, else by its shape).
 */
export function cellText(column: string, value: string, isTime: boolean, masker: Masker): string {
	if (isTime) {
		const ms = cellTime(value);
		// A day alone is a calendar date, not a UTC midnight: shown as written.
		if (ms !== null) return isDayOnly(value) ? localDate(ms + new Date(ms).getTimezoneOffset() * 60_000) : localDateTime(ms);
	}
	return masker.cell(column, value);
}
