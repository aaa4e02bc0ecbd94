import {trace} from '../trace.js';
import type {TitleModel} from '../model/title-model.js';
import {ExportError} from './errors.js';
import {ReaderWorker} from './reader-worker.js';
import {TitleThread} from './title-thread.js';
import {bomLength, readHeader} from './csv.js';
import {detectLayout, findTable, type ExportTable, type Layout} from './layout.js';
import {openSource, type SourceKind} from './source.js';
import {OFFLOAD_BYTES, readViewingActivity, TITLE_THREAD_BYTES, type SkipCounts, type ViewingRow} from './viewing-activity.js';
import {rowsOfTable, tableFromRows, type ViewingTable} from './viewing-table.js';
import {type DateOrder, isViewingHistoryHeader, readViewingHistory} from './viewing-history.js';

/** Which kind of Netflix data this is. */
export type ExportFormat = 'full export' | 'ViewingActivity.csv' | 'NetflixViewingHistory.csv (simple download)';

/** Options for reading an export. */
export interface LoadOptions {
	/** Overrides the date-order detection of NetflixViewingHistory.csv. */
	dateOrder?: DateOrder;
	/** Called while the viewing history is read: fraction 0–1 and rows so far. */
	onProgress?: (fraction: number, rows: number) => void;
	/** Read the viewing history in a worker thread only, keeping this thread free (the explorer). */
	offload?: boolean;
	/**
	 * Only numbers will be asked of the titles (summary, profiles, doctor): the thread that parses them
	 * sends back their kinds and numbers, not each parse (made here after all if ever needed).
	 */
	numbersOnly?: boolean;
}

/** Everything read from an export, before the model is built. */
export interface LoadedExport {
	sourceKind: SourceKind;
	location: string;
	format: ExportFormat;
	layout: Layout;
	/** The file the viewings came from (path inside the export). */
	viewingFile: string;
	/** `2025`, `older`, `custom` (ViewingActivity) or `Title,Date` (simple download). */
	headerVersion: string;
	/** The viewing file's header line, as read (the Data screen lists it). */
	header: string[];
	dateOrder: DateOrder | null;
	/** True when the source has dates only (simple download): no times, durations, devices, positions. */
	datesOnly: boolean;
	/** Every viewing row, in file order, as columns: what the model is built from. */
	table: ViewingTable;
	/** The same rows as objects, made on first use (the model and the commands work from `table`). */
	readonly rows: ViewingRow[];
	/** Distinct titles (`table.titles`); each row's `titleId` indexes this list. */
	titles: string[];
	/** Parses, kinds and numbers of `titles`, when the reader made them (while reading the rows). */
	titleModel?: TitleModel;
	/** Which work went to worker threads: reading the rows (the explorer's `offload`), parsing the titles. */
	workers: {rows: boolean; titles: boolean};
	skipped: SkipCounts;
	warnings: string[];
}

/**
 * Reads a Netflix export from a ZIP, a folder or a single CSV (ViewingActivity.csv or
 * NetflixViewingHistory.csv), detected from the content. Throws ExportError with a clear message.
 */
export async function loadExport(location: string, options: LoadOptions = {}): Promise<LoadedExport> {
	const source = openSource(location);
	const layout = detectLayout(source);
	// A single file given by name is read for what its content is, whatever it is called.
	const table: ExportTable =
		source.kind === 'csv' ? {name: source.files[0]!.path, category: '', file: source.files[0]!, empty: false} : pickViewingTable(layout, location);
	const fileName = table.file.path.split('/').at(-1)!;
	// Start the helper thread now, so it is ready when the inflate ends: the explorer's reader, or the
	// commands' title parser (small files are read before a thread would have started).
	const threads = {
		reader: options.offload && table.file.size >= OFFLOAD_BYTES ? ReaderWorker.start() : undefined,
		titles: !options.offload && table.file.size >= TITLE_THREAD_BYTES ? TitleThread.start() : undefined,
	};
	let bytes: Buffer;
	try {
		// The explorer inflates off this thread, which reads its keys.
		bytes = checkText(options.offload && table.file.readAsync ? await table.file.readAsync() : table.file.read(), table.file.path);
		trace('viewing history inflated');
	} catch (error) {
		threads.reader?.stop();
		threads.titles?.stop();
		throw error;
	}
	if (isBlank(bytes)) {
		throw new ExportError(`${table.file.path}: the file is empty`, 'Download the export again; this copy is incomplete.');
	}
	const header = readHeader(bytes);
	const base = {sourceKind: source.kind, location: source.location, layout, viewingFile: table.file.path, header};
	if (isViewingHistoryHeader(header)) {
		threads.reader?.stop();
		threads.titles?.stop();
		const result = readViewingHistory(bytes, fileName, options.dateOrder);
		options.onProgress?.(1, result.rows.length);
		const viewings = tableFromRows(result.rows);
		return {
			...base,
			format: 'NetflixViewingHistory.csv (simple download)',
			headerVersion: 'Title,Date',
			dateOrder: result.dateOrder,
			datesOnly: true,
			table: viewings,
			rows: result.rows,
			titles: viewings.titles,
			skipped: result.skipped,
			warnings: result.warnings,
			workers: {rows: false, titles: false},
		};
	}
	const result = await readViewingActivity(bytes, fileName, {onProgress: options.onProgress, offload: options.offload, numbersOnly: options.numbersOnly, reread: () => table.file.read()}, threads);
	const viewings = result.table;
	let rows: ViewingRow[] | undefined;
	return {
		...base,
		format: source.kind === 'csv' ? 'ViewingActivity.csv' : 'full export',
		headerVersion: result.headerVersion,
		dateOrder: null,
		datesOnly: false,
		table: viewings,
		get rows() {
			return (rows ??= rowsOfTable(viewings));
		},
		titles: viewings.titles,
		titleModel: result.titleModel,
		workers: result.workers,
		skipped: result.skipped,
		warnings: result.warnings,
	};
}

function pickViewingTable(layout: Layout, location: string): ExportTable {
	const activity = findTable(layout, 'ViewingActivity');
	if (activity && !activity.empty) return activity;
	const simple = findTable(layout, 'NetflixViewingHistory');
	if (simple && !simple.empty) return simple;
	const found = layout.tables.map(t => `${t.category ? `${t.category}/` : ''}${t.name}${t.empty ? ' (empty)' : ''}`);
	throw new ExportError(
		activity
			? `${location}: the viewing history is empty (${activity.file.path} says there is no data)`
			: `${location}: no viewing history found (no ViewingActivity.csv or NetflixViewingHistory.csv)`,
		found.length > 0
			? `Found ${found.length} other file${found.length === 1 ? '' : 's'}: ${found.slice(0, 8).join(', ')}${found.length > 8 ? ', …' : ''}. Check that CONTENT_INTERACTION/ViewingActivity.csv was not removed.`
			: 'The folder or ZIP holds no CSV files. Give the netflix-report.zip Netflix sent, or the folder you unzipped it into.',
	);
}

/** Refuses binary files given by mistake (a PDF, an image): a NUL byte in the first kilobyte. */
function checkText(bytes: Buffer, name: string): Buffer {
	if (bytes.subarray(0, 1024).includes(0)) {
		throw new ExportError(`${name}: this is not a CSV file (it holds binary data)`, 'Give the ViewingActivity.csv or the whole export ZIP.');
	}
	return bytes;
}

function isBlank(bytes: Uint8Array): boolean {
	for (let i = bomLength(bytes); i < bytes.length; i++) {
		const c = bytes[i];
		if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
	}
	return true;
}
