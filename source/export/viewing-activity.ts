import {trace} from '../trace.js';
import type {ViewingEvent} from '../model/types.js';
import {FirstPassBuilder} from '../model/title-catalog.js';
import {titleModelOf, type TitleModel} from '../model/title-model.js';
import {viewingOrder} from '../model/viewing-order.js';
import type {TitleThread} from './title-thread.js';
import {ExportError} from './errors.js';
import {bomLength, detectDelimiter, newRow, readCsvRows, readHeader} from './csv.js';
import {type ColumnIndex, ColumnReader, type ViewingColumns} from './viewing-columns.js';
import {ReaderWorker} from './reader-worker.js';
import {SlicedFirstPass, tick} from './sliced-first-pass.js';
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
	/** Parses, kinds and numbers of `table.titles`, made while the rows were read. */
	titleModel: TitleModel;
	/** Which work went to worker threads. */
	workers: {rows: boolean; titles: boolean};
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

/** With `offload`, files at least this large are read by a worker. */
export const OFFLOAD_BYTES = 1024 * 1024;
/** Without, files at least this large have their titles parsed by a worker (smaller: before it would start). */
export const TITLE_THREAD_BYTES = 4 * 1024 * 1024;

/**
 * Reads ViewingActivity.csv bytes. Columns are mapped by header name, never by position (Netflix
 * reordered them in 2025). Malformed rows are skipped and counted, never fatal. The rows are read into
 * columns (viewing-columns.ts) and the titles parsed alone (the catalog's first pass), each in its own
 * thread when `threads` are given; with `offload` a worker reads, leaving this thread free to load the
 * UI. `onProgress` gets the fraction read.
 */
export async function readViewingActivity(
	bytes: Uint8Array,
	fileName: string,
	options: {onProgress?: (fraction: number, rows: number) => void; offload?: boolean; numbersOnly?: boolean; reread?: () => Uint8Array} = {},
	threads: {reader?: ReaderWorker; titles?: TitleThread} = {},
): Promise<ViewingActivityResult> {
	const {onProgress, offload = false, numbersOnly = false} = options;
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

	// Two threads: one reads the rows, the other parses each new title alone as the rows bring it (the
	// title catalog's first pass). With `offload` (the explorer) a worker reads and this thread parses the
	// titles once it has loaded the UI; otherwise this thread reads and a worker parses. Reading half the
	// file in each thread was slower on the 2-core machine measured (README, Performance).
	const titles = new FirstPassBuilder();
	const inWorker = offload && bytes.length >= OFFLOAD_BYTES;
	if (inWorker) threads.titles?.stop();
	else threads.reader?.stop();
	// The titles the worker sends are parsed here a slice at a time: this thread must keep answering keys.
	const sliced = inWorker ? new SlicedFirstPass(titles) : null;
	const fromWorker = inWorker ? await readInWorker(threads.reader ?? ReaderWorker.start(), bytes, first, delimiter, cols, minFields, onProgress, batch => sliced!.add(batch)) : null;
	let titleModel: TitleModel | null = null;
	let columns = fromWorker;
	if (!columns) {
		const thread = threads.titles;
		// A worker that failed after the bytes moved to it took them along: read the file again (never
		// read the emptied buffer: that would be an export without rows).
		if (bytes.byteLength === 0) {
			if (!options.reread) throw new Error('the reading thread failed and took the file along');
			bytes = options.reread();
		}
		columns = await readPart(new ColumnReader(bytes, delimiter, cols, minFields, first, bytes.length), first, bytes.length, onProgress, thread && (reader => thread.send(reader.out.titles)));
		trace('rows read');
	}
	if (sliced) await sliced.finish(columns.titles);
	const table = tableFromColumns(columns);
	// (Stopped when the explorer's worker read the rows: then it answers null.)
	const model = threads.titles?.finish(columns.titles, !numbersOnly);
	// While the title thread makes the titles' model: the viewings' order, which needs no title.
	if (model) viewingOrder(table);
	titleModel = model ? await model : null;
	const titlesInWorker = titleModel !== null;
	// The explorer: keys go first, before the titles' second pass (one step of ≈100 ms on 250k rows).
	if (sliced) await tick();
	// Titles the other thread did not parse (all of them when there was none), then their model.
	titleModel ??= titleModelOf(columns.titles, titles.add(columns.titles.slice(titles.size)).result());
	trace('title model ready');
	onProgress?.(1, table.count);

	const skipped: SkipCounts = {...columns.skipped};
	if (columns.unclosedLine !== null) warnings.push(`${fileName} line ${columns.unclosedLine}: a quoted field is never closed; the rest of the file was not read.`);
	if (columns.lenientStart) warnings.push(`${fileName}: some Start Times are not in Netflix's YYYY-MM-DD HH:MM:SS form (edited in a spreadsheet?); read them as UTC, month first for d/m/y dates.`);
	if (columns.lenientDuration) warnings.push(`${fileName}: some Durations are M:SS instead of H:MM:SS; read them as minutes and seconds.`);
	return {table, titleModel, workers: {rows: fromWorker !== null, titles: titlesInWorker}, headerVersion, skipped, warnings};
}

/** Reads the rows on this thread, yielding between slices so keys keep working; `onSlice` after each slice. */
async function readPart(reader: ColumnReader, from: number, to: number, onProgress?: (fraction: number, rows: number) => void, onSlice?: (reader: ColumnReader) => void): Promise<ViewingColumns> {
	while (reader.step(SLICE_ROWS)) {
		onSlice?.(reader);
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
	onTitles?: (titles: string[]) => void,
): Promise<ViewingColumns | null> {
	// The bytes move to the worker when they are the whole of their memory (an inflated entry, a file
	// read for this); a stored ZIP entry is a view into the ZIP's buffer, which must stay: that is copied.
	const owned = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
	const input: WorkerInput = {bytes: owned ? bytes : Uint8Array.prototype.slice.call(bytes), from, delimiter, cols, minFields};
	return worker.read(input, onProgress, onTitles);
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
