import {trace} from '../trace.js';
import type {ViewingEvent} from '../model/types.js';
import {firstPass, type FirstPass} from '../model/title-catalog.js';
import {decodeFirstPass} from './first-pass-transfer.js';
import {ExportError} from './errors.js';
import {bomLength, detectDelimiter, lineAt, newRow, readCsvRows, readHeader} from './csv.js';
import {type ColumnIndex, ColumnReader, type ViewingColumns} from './viewing-columns.js';
import {ReaderWorker} from './reader-worker.js';
import type {WorkerInput} from './viewing-worker.js';
import {tableFromColumns, type ViewingTable} from './viewing-table.js';

/** A viewing as read from the file, before the title parser classified it. */
export type ViewingRow = Omit<ViewingEvent, 'kind' | 'parsed'> & Partial<Pick<ViewingEvent, 'kind' | 'parsed'>>;

/** Counts of rows that were not turned into viewings, by reason (shown by `doctor`). */
export type SkipCounts = Record<string, number>;

/** What reading one ViewingActivity.csv produced. */
export interface ViewingActivityResult {
	/** Every row read, in file order, with its distinct titles (`table.titles`). */
	table: ViewingTable;
	/** The title parser's first pass over `table.titles`, made by the thread that read the rows. */
	firstPass: FirstPass;
	/** Whether a worker thread read the rows (`offload`). */
	readInWorker: boolean;
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

/** Rows per slice before yielding to the event loop, so the TUI keeps answering keys while loading. */
const SLICE_ROWS = 20_000;

/** With `offload`, files at least this large are read by the worker alone. */
export const OFFLOAD_BYTES = 1024 * 1024;

/**
 * Reads ViewingActivity.csv bytes. Columns are mapped by header name, never by position (Netflix
 * reordered them in 2025). Malformed rows are skipped and counted, never fatal. The rows are read into
 * columns (viewing-columns.ts) and the titles parsed alone (the catalog's first pass); with `offload` a
 * worker does both, leaving this thread free. `onProgress` gets the fraction read.
 */
export async function readViewingActivity(
	bytes: Uint8Array,
	fileName: string,
	onProgress?: (fraction: number, rows: number) => void,
	offload = false,
	worker?: ReaderWorker,
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
	const cols: ColumnIndex = {
		profile: index['Profile Name'],
		start: index['Start Time'],
		title: index['Title'],
		duration: index['Duration'],
		attributes: index['Attributes'],
		type: index['Supplemental Video Type'],
		device: index['Device Type'],
		bookmark: index['Bookmark'],
		latest: index['Latest Bookmark'],
		country: index['Country'],
	};
	const minFields = header.length - 1;
	const first = readCsvRows(newRow(bytes), delimiter, {offset: bomLength(bytes)}, 1, () => {}, () => {})?.offset ?? bytes.length;

	// With `offload` (the explorer) a worker reads the file and parses its titles while this thread loads
	// the UI. Otherwise this thread reads it: a second thread reading half the file made the whole load
	// slower on the 2-core machine it was measured on (README, Performance).
	const helper = offload && bytes.length >= OFFLOAD_BYTES ? readInWorker(worker ?? ReaderWorker.start(), bytes, first, delimiter, cols, minFields, onProgress) : null;
	if (!helper) worker?.stop();
	const fromWorker = helper ? await helper : null;
	const columns = fromWorker ?? (await readPart(new ColumnReader(bytes, delimiter, cols, minFields, first, bytes.length), first, bytes.length, onProgress));
	trace('rows read');
	const titlePass = columns.firstPass ? decodeFirstPass(columns.firstPass, columns.titles) : firstPass(columns.titles);
	trace('titles parsed');
	const table = tableFromColumns(columns);
	onProgress?.(1, table.count);

	const skipped: SkipCounts = {...columns.skipped};
	const unclosed = columns.unclosedAt;
	if (unclosed !== null) warnings.push(`${fileName} line ${lineAt(bytes, unclosed)}: a quoted field is never closed; the rest of the file was not read.`);
	if (columns.lenientStart) warnings.push(`${fileName}: some Start Times are not in Netflix's YYYY-MM-DD HH:MM:SS form (edited in a spreadsheet?); read them as UTC, month first for d/m/y dates.`);
	if (columns.lenientDuration) warnings.push(`${fileName}: some Durations are M:SS instead of H:MM:SS; read them as minutes and seconds.`);
	return {table, firstPass: titlePass, readInWorker: fromWorker !== null, headerVersion, skipped, warnings};
}

/** Reads the rows on this thread, yielding between slices so keys keep working. */
async function readPart(reader: ColumnReader, from: number, to: number, onProgress?: (fraction: number, rows: number) => void): Promise<ViewingColumns> {
	while (reader.step(SLICE_ROWS)) {
		if (onProgress) {
			onProgress(((reader.offset ?? to) - from) / (to - from), reader.out.count);
			await new Promise(resolve => setImmediate(resolve));
		}
	}
	return reader.finish();
}

/** Reads `bytes[from…]` in a worker thread; null if it cannot (then this thread reads it). */
function readInWorker(
	worker: ReaderWorker,
	bytes: Uint8Array,
	from: number,
	delimiter: number,
	cols: ColumnIndex,
	minFields: number,
	onProgress?: (fraction: number, rows: number) => void,
): Promise<ViewingColumns | null> {
	// A copy (Buffer#slice would share memory, and transferring it would detach the whole file).
	const part = Uint8Array.prototype.slice.call(bytes, from);
	const input: WorkerInput = {bytes: part, base: from, delimiter, cols, minFields};
	return worker.read(input, onProgress);
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
