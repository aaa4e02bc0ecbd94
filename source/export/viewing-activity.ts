import type {ViewingEvent} from '../model/types.js';
import {ExportError} from './errors.js';
import {type CsvCursor, detectDelimiter, firstLine, readCsvRows, stripBom} from './csv.js';
import {parseClock, parseStartLenient, parseStartStrict} from './time.js';

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
 * Reads ViewingActivity.csv text. Columns are mapped by header name, never by position (Netflix
 * reordered them in 2025). Malformed rows are skipped and counted, never fatal.
 * `onProgress` gets the fraction of the text read; the loop yields between slices.
 */
export async function readViewingActivity(
	raw: string,
	fileName: string,
	onProgress?: (fraction: number, rows: number) => void,
): Promise<ViewingActivityResult> {
	const text = stripBom(raw);
	const delimiter = detectDelimiter(firstLine(text));
	const warnings: string[] = [];
	if (delimiter !== ',') warnings.push(`${fileName} uses "${delimiter === '\t' ? 'tab' : delimiter}" between fields (re-saved by a spreadsheet); read it that way.`);

	let header: string[] | undefined;
	let cursor: CsvCursor | null = readCsvRows(text, delimiter, {offset: 0, line: 1}, 1, f => (header = f.map(h => h.trim())), () => {});
	if (!header || header.length === 0 || (header.length === 1 && header[0] === '')) {
		throw new ExportError(`${fileName}: the file has no header line`, 'Give the ViewingActivity.csv from the Netflix export, unedited.');
	}
	const index = mapColumns(header, fileName);
	const joined = header.join(',');
	const headerVersion = joined === HEADER_2025 ? '2025' : joined === OLDER_HEADER ? 'older' : 'custom';

	const rows: ViewingRow[] = [];
	const skipped: SkipCounts = {};
	const skip = (reason: string) => (skipped[reason] = (skipped[reason] ?? 0) + 1);
	const intern = new Map<string, string>();
	const shared = (value: string): string => {
		let kept = intern.get(value);
		if (kept === undefined) intern.set(value, (kept = value));
		return kept;
	};
	const titles: string[] = [];
	const titleIds = new Map<string, number>();
	let lenientStart = false;
	let lenientDuration = false;

	const onRow = (f: string[]): void => {
		if (f.length < header!.length - 1) return void skip('too few fields');
		const startText = f[index['Start Time']] ?? '';
		let start = parseStartStrict(startText);
		if (start === null) {
			start = parseStartLenient(startText);
			if (start === null) return void skip('unreadable Start Time');
			lenientStart = true;
		}
		let title = (f[index['Title']] ?? '').trim();
		let hidden = false;
		if (title.startsWith(HIDDEN_PREFIX)) {
			hidden = true;
			title = title.slice(HIDDEN_PREFIX.length);
		}
		if (title === '') return void skip('empty Title');
		const durationText = field(f, index, 'Duration');
		let durationSeconds: number | null = null;
		if (durationText !== '') {
			durationSeconds = parseClock(durationText);
			if (durationSeconds === null) return void skip('unreadable Duration');
			if (durationText.indexOf(':') === durationText.lastIndexOf(':')) lenientDuration = true;
		}
		const attributes = field(f, index, 'Attributes');
		if (attributes.includes('View was hidden')) hidden = true;
		const bookmarkText = field(f, index, 'Bookmark');
		const latestText = field(f, index, 'Latest Bookmark');
		const supplemental = field(f, index, 'Supplemental Video Type');
		const device = field(f, index, 'Device Type');
		const country = field(f, index, 'Country');
		let titleId = titleIds.get(title);
		if (titleId === undefined) {
			titleId = titles.length;
			titles.push(title);
			titleIds.set(title, titleId);
		}
		rows.push({
			profile: shared(f[index['Profile Name']] ?? ''),
			start,
			durationSeconds,
			autoplay: attributes === '' ? null : autoplayOf(attributes, shared),
			hidden,
			branched: attributes.includes('Has branched playback'),
			title: titles[titleId]!,
			titleId,
			supplementalType: supplemental === '' ? null : shared(supplemental),
			device: device === '' ? null : shared(device),
			country: country === '' ? null : shared(country),
			bookmarkSeconds: bookmarkText === '' ? null : parseClock(bookmarkText),
			latest: index['Latest Bookmark'] === -1 ? null : latestText !== 'Not latest view' && latestText !== '',
		});
	};

	while (cursor) {
		cursor = readCsvRows(text, delimiter, cursor, SLICE_ROWS, onRow, error => {
			skipped[error.reason] = (skipped[error.reason] ?? 0) + 1;
			warnings.push(`${fileName} line ${error.line}: ${error.reason}; the rest of the file was not read.`);
		});
		if (cursor && onProgress) {
			onProgress(cursor.offset / text.length, rows.length);
			await new Promise(resolve => setImmediate(resolve));
		}
	}
	onProgress?.(1, rows.length);
	if (lenientStart) warnings.push(`${fileName}: some Start Times are not in Netflix's YYYY-MM-DD HH:MM:SS form (edited in a spreadsheet?); read them as UTC, month first for d/m/y dates.`);
	if (lenientDuration) warnings.push(`${fileName}: some Durations are M:SS instead of H:MM:SS; read them as minutes and seconds.`);
	return {rows, titles, headerVersion, skipped, warnings};
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

function field(f: string[], index: Record<Column, number>, column: Column): string {
	const at = index[column];
	return at === -1 ? '' : (f[at] ?? '').trim();
}

/** `Autoplayed: user action: None; ` → `None`. */
function autoplayOf(attributes: string, shared: (s: string) => string): string | null {
	const at = attributes.indexOf('Autoplayed: user action:');
	if (at === -1) return null;
	const rest = attributes.slice(at + 'Autoplayed: user action:'.length);
	const end = rest.indexOf(';');
	return shared((end === -1 ? rest : rest.slice(0, end)).trim() || 'Unspecified');
}
