/**
 * One row of ViewingActivity.csv, field by field, as the column reader (viewing-column-reader.ts) reads
 * it: how a re-saved file's rows are shaped, the reasons a row is skipped, the HIDDEN TITLE prefixes, and
 * the time and Latest Bookmark fields read straight from the row's bytes.
 */
import {type CsvRow, fieldText} from './csv.js';
import {clockFromBytes, parseClock} from './time.js';

/**
 * Older exports mark hidden views by prefixing the title (format reference §4); some write the short
 * form `HIDDEN TITLE: BONDING`.
 */
export const HIDDEN_PREFIXES = ['HIDDEN TITLE(user hid title at this time): ', 'HIDDEN TITLE: '];
/** Why a row with more fields than the header is skipped (viewing-activity.ts warns with it). */
export const MISREAD = 'more fields than the header (a comma in a field that lost its quotes)';
/** The skip reason of a start time in the right shape naming no real moment (30 February, 24:61). */
export const IMPOSSIBLE_START = 'impossible Start Time (no such date or time)';

/** How a file's rows are shaped beyond its columns (a spreadsheet re-save, format reference §9). */
export interface RowShape {
	/** Rows with more non-empty fields than this were misread (an unquoted comma): skipped, never read shifted. */
	maxFields?: number;
	/** Lines end in `;;` (a `;` re-save with empty trailing columns): strip them off the last field. */
	semicolonTail?: boolean;
}

/** A time field (`H+:MM:SS`) in seconds; null when empty, absent or unreadable. */
export function timeField(row: CsvRow, i: number): number | null {
	if (i === -1 || i >= row.count) return null;
	if (row.shape[i] === 0 || row.shape[i] === 1) return clockFromBytes(row.bytes, row.start[i]!, row.end[i]!);
	return parseClock(fieldText(row, i));
}

/** How many `:` a field holds (`M:SS` from a spreadsheet has one). */
export function countColons(row: CsvRow, i: number): number {
	let n = 0;
	for (let k = row.start[i]!; k < row.end[i]!; k++) if (row.bytes[k] === 58) n++;
	return n;
}

const NOT_LATEST = new Uint8Array(Buffer.from('Not latest view'));

/** `Latest Bookmark` holds a time for the newest session, `Not latest view` otherwise. */
export function isLatest(row: CsvRow, i: number): boolean {
	if (i >= row.count) return false;
	const s = row.start[i]!;
	const e = row.end[i]!;
	if (e === s) return false;
	if (e - s !== NOT_LATEST.length) return true;
	const bytes = row.bytes;
	for (let k = 0; k < NOT_LATEST.length; k++) if (bytes[s + k] !== NOT_LATEST[k]) return true;
	return false;
}
