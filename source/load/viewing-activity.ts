import {trace} from '../trace.js';
import {FirstPassBuilder} from '../model/title-first-pass.js';
import {titleModelOf, titleModelSteps, type TitleModel} from '../model/title-model.js';
import {viewingOrder, type ViewingOrder} from '../model/viewing-order.js';
import type {TitleThread} from './title-thread.js';
import type {LoadOptions} from './load-export.js';
import {ExportError} from '../export/errors.js';
import {detectDelimiter, headerEnd, readHeader} from '../export/csv.js';
import {FileParts, withWholeHeader} from '../export/file-parts.js';
import type {ColumnIndex, ViewingColumns} from '../export/viewing-columns.js';
import {ColumnReader} from '../export/viewing-column-reader.js';
import {MISREAD, type RowShape} from '../export/viewing-row.js';
import {ReaderWorker} from './reader-worker.js';
import {inSlices, SlicedFirstPass, tick} from './sliced-first-pass.js';
import {threadPlan} from './thread-plan.js';
import type {WorkerInput} from './viewing-worker.js';
import {tableFromColumns, type SkipCounts, type ViewingTable} from '../export/viewing-table.js';
import {HEADER_2025, mapColumns, OLDER_HEADER, readSlashedStarts} from '../export/activity-columns.js';

export type {SkipCounts, ViewingRow} from '../export/viewing-table.js';

/** What reading one ViewingActivity.csv produced. */
export interface ViewingActivityResult {
	/** Every row read, in file order, with its distinct titles (`table.titles`). */
	table: ViewingTable;
	/** Parses, kinds and numbers of `table.titles`, made while the rows were read. */
	titleModel: TitleModel;
	/** The viewings' order, when it was made while the title thread worked (else the library makes it). */
	viewingOrder: ViewingOrder | null;
	/** Which work went to worker threads. */
	workers: {rows: boolean; titles: boolean};
	/** `2025` (reordered, all quoted) or `older` column order, or `custom` for any other order. */
	headerVersion: '2025' | 'older' | 'custom';
	skipped: SkipCounts;
	/** Lines of the first skipped rows of each reason (`doctor --json`). */
	skippedLines: Record<string, number[]>;
	/** Data rows of the file: read + skipped (lines an unclosed quote swallowed counted as rows). */
	dataRows: number;
	/** Assumptions made to read an edited file (§9), each said once. */
	warnings: string[];
}

/** Rows per slice before yielding to the event loop, so the TUI keeps answering keys while loading. */
const SLICE_ROWS = 20_000;

/**
 * Reads ViewingActivity.csv bytes. Columns are mapped by header name, never by position (Netflix
 * reordered them in 2025). Malformed rows are skipped and counted, never fatal. The rows are read into
 * columns (viewing-columns.ts) and the titles parsed alone (the catalog's first pass), each in its own
 * thread as the thread plan (thread-plan.ts) says: `interactive`, a worker reads, leaving this thread
 * free to load the UI; otherwise this thread reads and `threads.titles` parses. `onProgress` gets the
 * fraction read.
 */
export async function readViewingActivity(
	bytes: Uint8Array | FileParts,
	fileName: string,
	options: LoadOptions & {reread?: () => Uint8Array} = {},
	threads: {reader?: ReaderWorker; titles?: TitleThread} = {},
): Promise<ViewingActivityResult> {
	const {onProgress, interactive = false} = options;
	let file = withWholeHeader(FileParts.of(bytes));
	const head = file.head;
	const delimiter = detectDelimiter(head);
	const warnings: string[] = [];
	if (delimiter !== 44)
		warnings.push(`${fileName} uses ${delimiter === 9 ? 'tabs' : `"${String.fromCharCode(delimiter)}"`} between fields (re-saved by a spreadsheet); read it that way.`);
	const header = readHeader(head);
	if (header.length === 0 || (header.length === 1 && header[0] === '')) {
		throw new ExportError(`${fileName}: the file has no header line`, 'Give the ViewingActivity.csv from the Netflix export, unedited.');
	}
	const {index, renamed, semicolonTail} = mapColumns(header, fileName);
	if (renamed) warnings.push(`${fileName}: column names are written ${renamed} (saved by R or a script); read them as Netflix's.`);
	if (semicolonTail) warnings.push(`${fileName}: lines end in ";" (re-saved by a spreadsheet); read without them.`);
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
	// A row with more fields than the header lost the quotes around a comma: read shifted, its title would
	// land in Supplemental Video Type and make it an extra. Skipped and counted instead.
	const shape: RowShape = {maxFields: header.length, semicolonTail};
	const first = headerEnd(head, delimiter);

	// Two threads: one reads the rows, the other parses each new title alone as the rows bring it (the
	// title catalog's first pass). Interactive (the explorer), a worker reads and this thread parses the
	// titles once it has loaded the UI; otherwise this thread reads and a worker parses. Reading half the
	// file in each thread was slower on the 2-core machine measured (README, Performance).
	const titles = new FirstPassBuilder();
	const plan = threadPlan(file.length, interactive);
	const inWorker = plan.rows;
	if (!plan.rows) threads.reader?.stop();
	if (!plan.titles) threads.titles?.stop();
	const titleThread = plan.titles ? threads.titles : undefined;
	// The titles the worker sends are parsed here a slice at a time: this thread must keep answering keys.
	const sliced = inWorker ? new SlicedFirstPass(titles) : null;
	const fromWorker = inWorker
		? await readInWorker(threads.reader ?? ReaderWorker.start(), file, first, delimiter, cols, minFields, shape, onProgress, batch => sliced!.add(batch))
		: null;
	let titleModel: TitleModel | null = null;
	let columns = fromWorker?.columns ?? null;
	if (!columns) {
		// A worker that failed after the bytes moved to it took them along: read the file again (never
		// read the emptied buffer: that would be an export without rows).
		if (!file.intact) {
			if (!options.reread) throw new Error('the reading thread failed and took the file along');
			file = FileParts.of(options.reread());
		}
		columns = await readPart(
			new ColumnReader(file, delimiter, cols, minFields, first, file.length, shape),
			first,
			file.length,
			onProgress,
			titleThread && (reader => titleThread.send(reader.out.titles)),
		);
		trace('rows read');
		file.dropBefore(file.length);
	}
	try {
		readSlashedStarts(columns, fileName, options.dateOrder, warnings);
	} catch (error) {
		threads.titles?.stop();
		throw error;
	}
	if (cols.profile === -1) {
		// One profile's file without a Profile Name column: the profile is named after the file.
		const name = (fileName.split(/[\\/]/).at(-1) ?? fileName).replace(/\.csv$/i, '');
		columns.profile.fill(0);
		columns.profiles = [name];
		warnings.push(`${fileName} has no Profile Name column: its rows are read as one profile, named "${name}" after the file.`);
	}
	if (sliced) await sliced.finish(columns.titles);
	const table = tableFromColumns(columns);
	const model = titleThread?.finish(columns.titles, options.titles !== 'counts');
	// The explorer's reader thread sorted the viewings; else, while the title thread makes the titles'
	// model: the viewings' order, which needs no title, and what the rows say of each title (stopped-points.ts).
	const order = fromWorker?.order ?? (model ? viewingOrder(table, {byTitle: options.tally ?? options.titles !== 'counts'}) : null);
	titleModel = model ? await model : null;
	const titlesInWorker = titleModel !== null;
	// The explorer: keys go first, before the titles' second pass (one step of ≈100 ms on 250k rows).
	if (sliced) await tick();
	// Titles the other thread did not parse (all of them when there was none), then their model.
	// The explorer's model in slices too (merging sibling titles: ≈100 ms at 50k titles in one piece).
	titleModel ??= sliced
		? await inSlices(titleModelSteps(columns.titles, titles.add(columns.titles.slice(titles.size)).result()))
		: titleModelOf(columns.titles, titles.add(columns.titles.slice(titles.size)).result());
	trace('title model ready');
	onProgress?.(1, table.count);

	const skipped: SkipCounts = {...columns.skipped};
	const skippedRows = Object.values(skipped).reduce((sum, n) => sum + n, 0);
	if (skipped[MISREAD])
		warnings.push(`${fileName}: ${skipped[MISREAD]} rows have more fields than the header (a title with a comma lost its quotes?); they are left out rather than read shifted.`);
	if (skippedRows > 0)
		warnings.push(
			`${fileName}: ${skippedRows} row${skippedRows === 1 ? '' : 's'} could not be read and ${skippedRows === 1 ? 'is' : 'are'} left out (${Object.entries(skipped)
				.map(([reason, n]) => `${n} ${reason}`)
				.join(', ')}).`,
		);
	if (columns.unclosedLine !== null) {
		const lost = skipped['a quoted field is never closed'] ?? 0;
		warnings.push(`${fileName} line ${columns.unclosedLine}: a quoted field is never closed; the rest of the file (${lost} line${lost === 1 ? '' : 's'}) was not read.`);
	}
	if (columns.lenientStart) warnings.push(`${fileName}: some Start Times are not in Netflix's YYYY-MM-DD HH:MM:SS form (edited in a spreadsheet?); read them as UTC.`);
	if (columns.lenientDuration) warnings.push(`${fileName}: some Durations are M:SS instead of H:MM:SS; read them as minutes and seconds.`);
	return {
		table,
		titleModel,
		viewingOrder: order,
		workers: {rows: fromWorker !== null, titles: titlesInWorker},
		headerVersion,
		skipped,
		skippedLines: columns.skippedLines,
		dataRows: columns.dataRows,
		warnings,
	};
}

/** Reads the rows on this thread, yielding between slices so keys keep working; `onSlice` after each slice. */
async function readPart(
	reader: ColumnReader,
	from: number,
	to: number,
	onProgress?: (fraction: number, rows: number) => void,
	onSlice?: (reader: ColumnReader) => void,
): Promise<ViewingColumns> {
	while (reader.step(SLICE_ROWS)) {
		onSlice?.(reader);
		if (onProgress) {
			onProgress(((reader.offset ?? to) - from) / (to - from), reader.out.count);
			await new Promise(resolve => setImmediate(resolve));
		}
	}
	return reader.finish();
}

/** Reads `file[from…]` in a worker thread; null if it cannot (then this thread reads it). */
async function readInWorker(
	worker: ReaderWorker,
	file: FileParts,
	from: number,
	delimiter: number,
	cols: ColumnIndex,
	minFields: number,
	shape: RowShape,
	onProgress?: (fraction: number, rows: number) => void,
	onTitles?: (titles: string[]) => void,
): Promise<{columns: ViewingColumns; order: ViewingOrder | null} | null> {
	// A file made as it is read goes as its deflate stream (a copy of the ZIP's bytes for it: the ZIP stays
	// here), which the worker inflates into its reader's window. Else the parts move to the worker when
	// nothing else uses their memory (taken for shared, the 44 MB of a 250k-row history was copied, on the
	// thread that reads keys); a stored ZIP entry is copied.
	const deflated = file.deflated;
	// The copy in a task of its own (≈20 ms at 250k rows, on the thread that reads keys): the ZIP was read
	// and the worker started in the one before.
	if (deflated) await tick();
	const parts = deflated ? undefined : file.owned ? file.pieces : file.pieces.map(part => Uint8Array.prototype.slice.call(part));
	const input: WorkerInput = deflated
		? {deflated: {...deflated, raw: Uint8Array.prototype.slice.call(deflated.raw)}, from, delimiter, cols, minFields, shape}
		: {parts, from, delimiter, cols, minFields, shape};
	return worker.read(input, onProgress, onTitles);
}
