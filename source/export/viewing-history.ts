import {ExportError} from './errors.js';
import {bomLength, type CsvRowError, detectDelimiter, fieldText, lineNumbers, linesFrom, newRow, readCsvRows} from './csv.js';
import {isCalendarDate} from './time.js';
import {SKIPPED_LINES_LISTED} from './viewing-columns.js';
import type {SkipCounts, ViewingRow} from './viewing-table.js';

/** Day-first, month-first, or year-first dates in NetflixViewingHistory.csv. */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';

/** The profile label for the simple download, which does not say whose history it is. */
export const SIMPLE_DOWNLOAD_PROFILE = 'This profile';

/** True when a header is the simple download's `Title,Date`. */
export function isViewingHistoryHeader(header: readonly string[]): boolean {
	const names = header.map(h => h.trim().toLowerCase());
	return names.length >= 2 && names.includes('title') && names.includes('date') && !names.includes('start time');
}

const DATE = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})$/;

/**
 * Decides the date order by scanning every value (format reference §8): a first field > 12 means
 * day-first, a second field > 12 means month-first, a four-digit first field means year-first.
 * Returns null when no value can tell; throws when values contradict each other.
 */
export function detectDateOrder(dates: readonly string[], fileName: string): DateOrder | null {
	let dayFirst = 0;
	let monthFirst = 0;
	let yearFirst = 0;
	for (const d of dates) {
		const m = DATE.exec(d.trim());
		if (!m) continue;
		if (m[1]!.length === 4) yearFirst++;
		else if (+m[1]! > 12) dayFirst++;
		else if (+m[2]! > 12) monthFirst++;
	}
	if (dayFirst > 0 && monthFirst > 0) {
		throw new ExportError(
			`${fileName}: the dates mix day-first and month-first forms (${dayFirst} look day-first, ${monthFirst} month-first)`,
			'Download the history again from the Viewing Activity page; this copy was edited.',
		);
	}
	if (yearFirst > 0 && dayFirst + monthFirst === 0) return 'ymd';
	if (dayFirst > 0) return 'dmy';
	if (monthFirst > 0) return 'mdy';
	return null;
}

/** Noon UTC of the date; null when it is not a date, 'impossible' when it names no real day. */
function toUtc(text: string, order: DateOrder): number | null | 'impossible' {
	const m = DATE.exec(text.trim());
	if (!m) return null;
	const [a, b, c] = [+m[1]!, +m[2]!, m[3]!];
	let year: number;
	let month: number;
	let day: number;
	if (order === 'ymd') [year, month, day] = [a, b, +c];
	else {
		year = c.length <= 2 ? 2000 + +c : +c;
		[day, month] = order === 'dmy' ? [a, b] : [b, a];
	}
	if (!isCalendarDate(year, month, day)) return 'impossible';
	// The file has dates only: noon UTC is the same calendar day in every time zone from −12 to +11 h,
	// so a date never shows as the day before or after.
	return Date.UTC(year, month - 1, day, 12);
}

/** What reading the simple download produced. */
export interface ViewingHistoryResult {
	rows: ViewingRow[];
	dateOrder: DateOrder;
	skipped: SkipCounts;
	/** Lines of the first skipped rows of each reason. */
	skippedLines: Record<string, number[]>;
	/** Data rows of the file: read + skipped. */
	dataRows: number;
	warnings: string[];
}

/**
 * Reads NetflixViewingHistory.csv (`Title,Date`, one profile, dates only). `dateOrder` overrides detection;
 * when the file cannot tell and none is given, the error says how to choose.
 */
export function readViewingHistory(bytes: Uint8Array, fileName: string, dateOrder?: DateOrder): ViewingHistoryResult {
	const {header, rows: fields, offsets, unclosed} = readAll(bytes);
	const lower = header.map(h => h.toLowerCase());
	const titleAt = lower.indexOf('title');
	const dateAt = lower.indexOf('date');
	const dates = fields.map(f => f[dateAt] ?? '');
	const detected = detectDateOrder(dates, fileName);
	const order = dateOrder ?? detected;
	if (!order) {
		throw new ExportError(
			`${fileName}: cannot tell whether the dates are day-first or month-first (every day and month is 12 or less)`,
			'Run again with --date-order dmy (for 31/12/21) or --date-order mdy (for 12/31/21), as your Netflix shows dates.',
		);
	}
	const warnings: string[] = [];
	if (dateOrder && detected && dateOrder !== detected) {
		warnings.push(`${fileName}: --date-order ${dateOrder} was used although the dates look ${detected}.`);
	}
	const skipped: SkipCounts = {};
	const listed: Record<string, number[]> = {};
	const skip = (reason: string, offset: number, rows = 1) => {
		skipped[reason] = (skipped[reason] ?? 0) + rows;
		const at = (listed[reason] ??= []);
		if (at.length < SKIPPED_LINES_LISTED) at.push(offset);
	};
	let dataRows = fields.length;
	if (unclosed) {
		// Everything after an unclosed quote would be one field: each line from there on is a row lost.
		const lost = linesFrom(bytes, unclosed.offset);
		skip(unclosed.reason, unclosed.offset, lost);
		dataRows += lost;
		warnings.push(`${fileName} line ${unclosed.line}: a quoted field is never closed; the rest of the file (${lost} line${lost === 1 ? '' : 's'}) was not read.`);
	}
	const rows: ViewingRow[] = [];
	for (const [i, f] of fields.entries()) {
		const title = (f[titleAt] ?? '').trim();
		const start = toUtc(f[dateAt] ?? '', order);
		if (title === '') {
			skip('empty Title', offsets[i]!);
			continue;
		}
		if (start === null || start === 'impossible') {
			skip(start === null ? 'unreadable Date' : 'impossible Date (no such day)', offsets[i]!);
			continue;
		}
		rows.push({
			profile: SIMPLE_DOWNLOAD_PROFILE,
			start,
			durationSeconds: null,
			autoplay: null,
			hidden: false,
			branched: false,
			title,
			titleId: -1,
			supplementalType: null,
			device: null,
			country: null,
			bookmarkSeconds: null,
			latest: null,
		});
	}
	const lines = lineNumbers(bytes, Object.values(listed).flat());
	const skippedLines = Object.fromEntries(Object.entries(listed).map(([reason, at]) => [reason, at.map(o => lines.get(o)!)]));
	return {rows, dateOrder: order, skipped, skippedLines, dataRows, warnings};
}

/** Header, data rows as strings with the offset each starts at, and an unclosed quote that ended them. */
function readAll(bytes: Uint8Array): {header: string[]; rows: string[][]; offsets: number[]; unclosed: CsvRowError | null} {
	const row = newRow(bytes);
	let header: string[] | null = null;
	const rows: string[][] = [];
	const offsets: number[] = [];
	let unclosed: CsvRowError | null = null;
	readCsvRows(
		row,
		detectDelimiter(bytes),
		{offset: bomLength(bytes)},
		Number.POSITIVE_INFINITY,
		(r, offset) => {
			const values = Array.from({length: r.count}, (_, i) => fieldText(r, i));
			if (header === null) header = values.map(h => h.trim());
			else {
				rows.push(values);
				offsets.push(offset);
			}
		},
		e => (unclosed = e),
	);
	return {header: header ?? [], rows, offsets, unclosed};
}
