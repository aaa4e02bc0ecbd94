import type {ViewingEvent} from '../model/types.js';
import {ExportError} from './errors.js';
import {ByteInterner} from './byte-interner.js';
import {bomLength, type CsvCursor, type CsvRow, detectDelimiter, fieldText, newRow, readCsvRows, readHeader} from './csv.js';
import {clockFromBytes, parseClock, parseStartLenient, startFromBytes} from './time.js';

/** A viewing as read from the file, before the title parser classified it. */
export type ViewingRow = Omit<ViewingEvent, 'kind' | 'parsed'>;

/** Counts of rows that were not turned into viewings, by reason (shown by `doctor`). */
export type SkipCounts = Record<string, number>;

/** What reading one ViewingActivity.csv produced. */
export interface ViewingActivityResult {
	rows: ViewingRow[];
	/** Distinct titles; each row's `titleId` indexes this list. */
	titles: string[];
	/** `2025` (reordered, all quoted) or `older` column order, or `custom` for any other order. */
	headerVersion: '2025' | 'older' | 'custom';
	skipped: SkipCounts;
	/** Assumptions made to read an edited file (§9), each said once. */
	warnings: string[];
}

const OLDER_HEADER = 'Profile Name,Start Time,Duration,Attributes,Title,Supplemental Video Type,Device Type,Bookmark,Latest Bookmark,Country';
const HEADER_2025 = 'Duration,Start Time,Profile Name,Country,Bookmark,Latest Bookmark,Supplemental Video Type,Attributes,Device Type,Title';
const REQUIRED = ['Profile Name', 'Start Time', 'Title'] as const;
const OPTIONAL = ['Duration', 'Attributes', 'Supplemental Video Type', 'Device Type', 'Bookmark', 'Latest Bookmark', 'Country'] as const;
type Column = (typeof REQUIRED)[number] | (typeof OPTIONAL)[number];

/** Older exports mark hidden views by prefixing the title (format reference §4). */
const HIDDEN_PREFIX = 'HIDDEN TITLE(user hid title at this time): ';

/** Rows per slice before yielding to the event loop, so the TUI keeps answering keys while loading. */
const SLICE_ROWS = 20_000;

/** True when a header line looks like ViewingActivity.csv (has the columns we need). */
export function isViewingActivityHeader(header: readonly string[]): boolean {
	const names = new Set(header.map(h => h.trim().toLowerCase()));
	return REQUIRED.every(c => names.has(c.toLowerCase())) && names.has('duration');
}

/**
 * Reads ViewingActivity.csv bytes. Columns are mapped by header name, never by position (Netflix
 * reordered them in 2025). Malformed rows are skipped and counted, never fatal.
 * `onProgress` gets the fraction of the file read; the loop yields between slices.
 */
export async function readViewingActivity(
	bytes: Uint8Array,
	fileName: string,
	onProgress?: (fraction: number, rows: number) => void,
): Promise<ViewingActivityResult> {
	const delimiter = detectDelimiter(bytes);
	const warnings: string[] = [];
	if (delimiter !== 44) warnings.push(`${fileName} uses ${delimiter === 9 ? 'tabs' : `"${String.fromCharCode(delimiter)}"`} between fields (re-saved by a spreadsheet); read it that way.`);

	const header = readHeader(bytes);
	if (header.length === 0 || (header.length === 1 && header[0] === '')) {
		throw new ExportError(`${fileName}: the file has no header line`, 'Give the ViewingActivity.csv from the Netflix export, unedited.');
	}
	const index = mapColumns(header, fileName);
	const joined = header.join(',');
	const headerVersion = joined === HEADER_2025 ? '2025' : joined === OLDER_HEADER ? 'older' : 'custom';

	const rows: ViewingRow[] = [];
	const skipped: SkipCounts = {};
	const skip = (reason: string) => (skipped[reason] = (skipped[reason] ?? 0) + 1);
	const [profiles, devices, countries, types, attributeTexts, rawTitles] = [0, 1, 2, 3, 4, 5].map(() => new ByteInterner());
	// Per raw title (as interned): the title without the HIDDEN prefix and its id among distinct titles.
	const titleOfRaw: Array<{titleId: number; hidden: boolean}> = [];
	const attributesOfText: Attributes[] = [];
	const titles: string[] = [];
	const titleIds = new Map<string, number>();
	let lenientStart = false;
	let lenientDuration = false;
	// Column positions as plain numbers (-1 when absent): this closure runs once per row.
	const [iProfile, iStart, iTitle, iDuration, iAttributes, iType, iDevice, iBookmark, iLatest, iCountry] = (
		['Profile Name', 'Start Time', 'Title', 'Duration', 'Attributes', 'Supplemental Video Type', 'Device Type', 'Bookmark', 'Latest Bookmark', 'Country'] as const
	).map(c => index[c]) as [number, number, number, number, number, number, number, number, number, number];
	const minFields = header.length - 1;

	const titleFor = (rawId: number): {titleId: number; hidden: boolean} => {
		let known = titleOfRaw[rawId];
		if (known) return known;
		let title = rawTitles.values[rawId]!.trim();
		const hidden = title.startsWith(HIDDEN_PREFIX);
		if (hidden) title = title.slice(HIDDEN_PREFIX.length).trim();
		let titleId = titleIds.get(title);
		if (titleId === undefined) titleIds.set(title, (titleId = titles.push(title) - 1));
		return (titleOfRaw[rawId] = {titleId, hidden});
	};
	const attributesFor = (id: number): Attributes => {
		if (id === -1) return NO_ATTRIBUTES;
		return (attributesOfText[id] ??= attributesOf(attributeTexts.values[id]!));
	};

	const onRow = (row: CsvRow): void => {
		if (row.count < minFields) return void skip('too few fields');
		const b = row.bytes;
		let start = iStart < row.count ? startFromBytes(b, row.start[iStart]!, row.end[iStart]!) : null;
		if (start === null) {
			start = parseStartLenient(fieldText(row, iStart));
			if (start === null) return void skip('unreadable Start Time');
			lenientStart = true;
		}
		const rawTitle = rawTitles.id(row, iTitle);
		if (rawTitle === -1) return void skip('empty Title');
		const {titleId, hidden} = titleFor(rawTitle);
		if (titles[titleId] === '') return void skip('empty Title');
		const durationSeconds = timeField(row, iDuration);
		if (durationSeconds === null && iDuration !== -1 && row.end[iDuration]! > row.start[iDuration]!) return void skip('unreadable Duration');
		if (durationSeconds !== null && durationSeconds < 3600 && countColons(row, iDuration) === 1) lenientDuration = true;
		const attributes = attributesFor(attributeTexts.id(row, iAttributes));
		rows.push({
			profile: profiles.value(row, iProfile) ?? '',
			start,
			durationSeconds,
			autoplay: attributes.autoplay,
			hidden: hidden || attributes.hidden,
			branched: attributes.branched,
			title: titles[titleId]!,
			titleId,
			supplementalType: types.value(row, iType),
			device: devices.value(row, iDevice),
			country: countries.value(row, iCountry),
			// Older exports write 00:00:00 as the bookmark of a hidden view: the position is unknown, not zero.
			bookmarkSeconds: hidden ? positiveOrNull(timeField(row, iBookmark)) : timeField(row, iBookmark),
			latest: iLatest === -1 ? null : isLatest(row, iLatest),
		});
	};

	const row = newRow(bytes);
	let cursor: CsvCursor | null = {offset: bomLength(bytes)};
	cursor = readCsvRows(row, delimiter, cursor, 1, () => {}, () => {});
	while (cursor) {
		cursor = readCsvRows(row, delimiter, cursor, SLICE_ROWS, onRow, error => {
			skip(error.reason);
			warnings.push(`${fileName} line ${error.line}: ${error.reason}; the rest of the file was not read.`);
		});
		if (cursor && onProgress) {
			onProgress(cursor.offset / bytes.length, rows.length);
			await new Promise(resolve => setImmediate(resolve));
		}
	}
	onProgress?.(1, rows.length);
	if (lenientStart) warnings.push(`${fileName}: some Start Times are not in Netflix's YYYY-MM-DD HH:MM:SS form (edited in a spreadsheet?); read them as UTC, month first for d/m/y dates.`);
	if (lenientDuration) warnings.push(`${fileName}: some Durations are M:SS instead of H:MM:SS; read them as minutes and seconds.`);
	return {rows, titles, headerVersion, skipped, warnings};
}

/** A time field (`H+:MM:SS`) in seconds; null when empty, absent or unreadable. */
function timeField(row: CsvRow, i: number): number | null {
	if (i === -1 || i >= row.count) return null;
	if (row.shape[i] === 0 || row.shape[i] === 1) return clockFromBytes(row.bytes, row.start[i]!, row.end[i]!);
	return parseClock(fieldText(row, i));
}

function positiveOrNull(seconds: number | null): number | null {
	return seconds === 0 ? null : seconds;
}

function countColons(row: CsvRow, i: number): number {
	let n = 0;
	for (let k = row.start[i]!; k < row.end[i]!; k++) if (row.bytes[k] === 58) n++;
	return n;
}

const NOT_LATEST = Buffer.from('Not latest view');

/** `Latest Bookmark` holds a time for the newest session, `Not latest view` otherwise. */
function isLatest(row: CsvRow, i: number): boolean {
	if (i >= row.count) return false;
	const s = row.start[i]!;
	const e = row.end[i]!;
	if (e === s) return false;
	return !(e - s === NOT_LATEST.length && row.bytes[s] === NOT_LATEST[0] && Buffer.compare(NOT_LATEST, row.bytes.subarray(s, e)) === 0);
}

function mapColumns(header: string[], fileName: string): Record<Column, number> {
	const lower = header.map(h => h.toLowerCase());
	const missing = REQUIRED.filter(c => !lower.includes(c.toLowerCase()));
	if (missing.length > 0) {
		throw new ExportError(
			`${fileName}: this is not a Netflix viewing history; the columns ${missing.map(c => `"${c}"`).join(', ')} are missing (found: ${header.slice(0, 12).join(', ')})`,
			'Give the ViewingActivity.csv from the CONTENT_INTERACTION folder of the export, or NetflixViewingHistory.csv from the Viewing Activity page.',
		);
	}
	const index = {} as Record<Column, number>;
	for (const c of [...REQUIRED, ...OPTIONAL]) index[c] = lower.indexOf(c.toLowerCase());
	return index;
}

/** What the Attributes column says; a handful of distinct values across a whole file. */
interface Attributes {
	autoplay: string | null;
	hidden: boolean;
	branched: boolean;
}

const NO_ATTRIBUTES: Attributes = {autoplay: null, hidden: false, branched: false};

function attributesOf(text: string): Attributes {
	return {autoplay: autoplayOf(text), hidden: text.includes('View was hidden'), branched: text.includes('Has branched playback')};
}

/** `Autoplayed: user action: None; ` → `None`. */
function autoplayOf(attributes: string): string | null {
	const at = attributes.indexOf('Autoplayed: user action:');
	if (at === -1) return null;
	const rest = attributes.slice(at + 'Autoplayed: user action:'.length);
	const end = rest.indexOf(';');
	return (end === -1 ? rest : rest.slice(0, end)).trim() || 'Unspecified';
}
