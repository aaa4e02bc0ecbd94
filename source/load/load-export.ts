import {trace} from '../trace.js';
import type {TitleModel} from '../model/title-model.js';
import type {ViewingOrder} from '../model/viewing-order.js';
import {ExportError} from '../export/errors.js';
import {ReaderWorker} from './reader-worker.js';
import {TitleThread} from './title-thread.js';
import {tuneEngine} from './engine-tuning.js';
import {bomLength, readHeader} from '../export/csv.js';
import {FileParts, withWholeHeader} from '../export/file-parts.js';
import {detectLayout, findTable, type ExportTable, type Layout} from '../export/layout.js';
import {sizeText} from '../export/limits.js';
import {openSource, type ExportFile, type SourceKind} from '../export/source.js';
import {utf16Of, utf16ToUtf8} from '../export/text-encoding.js';
import {readViewingActivity, type SkipCounts, type ViewingRow} from './viewing-activity.js';
import {threadPlan} from './thread-plan.js';
import {rowsOfTable, tableFromRows, type ViewingTable} from '../export/viewing-table.js';
import {type DateOrder, isViewingHistoryHeader, readViewingHistory} from '../export/viewing-history.js';

/** Which kind of Netflix data this is. */
export type ExportFormat = 'full export' | 'ViewingActivity.csv' | 'NetflixViewingHistory.csv (simple download)';

/** Options for reading an export. */
export interface LoadOptions {
	/** Overrides the date-order detection of NetflixViewingHistory.csv. */
	dateOrder?: DateOrder;
	/** Called while the viewing history is read: fraction 0–1 and rows so far. */
	onProgress?: (fraction: number, rows: number) => void;
	/**
	 * A person waits at a screen that must keep answering keys while the export loads (the explorer): no
	 * step of the load may hold this thread long. Without it, the load only has to end soonest (a command).
	 * Which work goes to worker threads follows from this and the file's size (thread-plan.ts).
	 */
	interactive?: boolean;
	/**
	 * What the answer reads of the titles: `counts`, only how many of each kind, shows and episodes there
	 * are (summary, profiles, doctor); `parses` (the default), each title's show, season and episode. With
	 * `counts`, a thread that parsed the titles sends back their numbers only (parses are then made here
	 * if ever asked for).
	 */
	titles?: 'counts' | 'parses';
	/**
	 * Whether to make what the rows say of each title (model/viewing-tally.ts) while the title thread
	 * works: only `stopped` reads it (≈20 ms of a 250k load). Default: with `parses`.
	 */
	tally?: boolean;
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
	/** The viewings' order (oldest first, near-duplicates merged), when the reader made it. */
	viewingOrder?: ViewingOrder | null;
	/** Which work went to worker threads: reading the rows (an interactive load), parsing the titles. */
	workers: {rows: boolean; titles: boolean};
	/** Rows not read, by reason. */
	skipped: SkipCounts;
	/** Lines (1-based) of the first skipped rows of each reason; `skipped` has the full counts. */
	skippedLines?: Record<string, number[]>;
	/**
	 * Data rows of the viewing file as the CSV reader delimits them (lines an unclosed quote swallowed
	 * count as rows): every one is read (`table.count`) or skipped.
	 */
	dataRows?: number;
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
	const table: ExportTable & {notes: string[]} =
		source.kind === 'csv'
			? {name: source.files[0]!.path, category: '', file: source.files[0]!, empty: false, notes: []}
			: pickViewingTable(layout, source.location, source.warnings ?? []);
	// Every message names the file the same way: the full path, then the path inside a ZIP or folder.
	const fileName = source.kind === 'csv' ? source.location : `${source.location}: ${table.file.path}`;
	// Start the helper thread now, so it is ready when the inflate ends: the explorer's reader, or the
	// commands' title parser (small files are read before a thread would have started). The size is the
	// declared one, only a guess here: readViewingActivity plans again from the bytes inflated.
	const plan = threadPlan(table.file.size, options.interactive === true);
	// The engine's flags for the load (engine-tuning.ts): a command's before its title thread starts (that
	// thread's script has its cache made with them); the explorer's once its reader thread has started
	// (whose start is on the way to the first screen, and would be slower after them).
	if (!options.interactive) tuneEngine();
	const threads = {
		reader: plan.rows ? ReaderWorker.start() : undefined,
		titles: plan.titles ? TitleThread.start() : undefined,
	};
	if (options.interactive) void Promise.all([threads.reader?.started, threads.titles?.started]).then(tuneEngine);
	let file: FileParts;
	const readWarnings: string[] = [...(source.warnings ?? []), ...table.notes];
	try {
		// Inflated as the rows are read, straight into the reader's memory (FileParts.streamed), by a command
		// and by the explorer's reader thread; else the explorer inflates off this thread, which reads its keys.
		const streamed = !options.interactive || plan.rows ? (table.file.readStreamed?.() ?? null) : null;
		const read = streamed ?? (options.interactive && table.file.readAsync ? await table.file.readAsync() : FileParts.of(table.file.read()));
		file = checkText(read, fileName, readWarnings);
		trace(file.streaming ? 'viewing history opened, inflated as read' : 'viewing history inflated');
	} catch (error) {
		threads.reader?.stop();
		threads.titles?.stop();
		throw error;
	}
	if (isBlank(file)) {
		throw new ExportError(`${fileName}: the file is empty`, 'Download the export again; this copy is incomplete.');
	}
	const header = readHeader(file.head);
	const base = {sourceKind: source.kind, location: source.location, layout, viewingFile: table.file.path, header};
	if (isViewingHistoryHeader(header)) {
		threads.reader?.stop();
		threads.titles?.stop();
		const result = readViewingHistory(file.joined(), fileName, options.dateOrder);
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
			skippedLines: result.skippedLines,
			dataRows: result.dataRows,
			warnings: [...readWarnings, ...result.warnings],
			workers: {rows: false, titles: false},
		};
	}
	const result = await readViewingActivity(
		file,
		fileName,
		{onProgress: options.onProgress, interactive: options.interactive, titles: options.titles, tally: options.tally, reread: () => table.file.read(), dateOrder: options.dateOrder},
		threads,
	);
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
		viewingOrder: result.viewingOrder,
		workers: result.workers,
		skipped: result.skipped,
		skippedLines: result.skippedLines,
		dataRows: result.dataRows,
		warnings: [...readWarnings, ...result.warnings],
	};
}

/** The viewing history of an export, and a note when there were several to choose from. */
function pickViewingTable(layout: Layout, location: string, skipped: string[]): ExportTable & {notes: string[]} {
	const activity = findTable(layout, 'ViewingActivity');
	if (activity && !activity.empty) return {...activity, notes: choiceNotes(layout, activity)};
	const simple = findTable(layout, 'NetflixViewingHistory');
	if (simple && !simple.empty) return {...simple, notes: choiceNotes(layout, simple)};
	// File names as they are (with their extensions); "(empty)" only for Netflix's no-data placeholders.
	const found = [...layout.tables.map(t => t.file), ...layout.others].map(f => `${f.path}${isPlaceholder(f) ? ' (empty)' : ''}`);
	const hint =
		found.length > 0
			? `Found ${found.length} other file${found.length === 1 ? '' : 's'}: ${found.slice(0, 8).join(', ')}${found.length > 8 ? ', …' : ''}. Check that CONTENT_INTERACTION/ViewingActivity.csv was not removed.`
			: 'The folder or ZIP holds no CSV files. Give the netflix-report.zip Netflix sent, or the folder you unzipped it into.';
	throw new ExportError(
		activity
			? `${location}: the viewing history is empty (${activity.file.path} says there is no data)`
			: `${location}: no viewing history found (no ViewingActivity.csv or NetflixViewingHistory.csv)`,
		// What the folder walker left out may be where the history is.
		[hint, ...skipped].join(' '),
	);
}

/** Netflix writes `<Table>.txt` holding only `No data found` (or similar) for a table without data. */
function isPlaceholder(file: ExportFile): boolean {
	if (!/\.txt$/i.test(file.path) || file.size > 200) return false;
	try {
		return /^\s*(no data found|we found no information)/i.test(
			file
				.read()
				.toString('utf8')
				.replace(/^\uFEFF/, ''),
		);
	} catch {
		return false;
	}
}

/**
 * When an export holds the same table twice (two copies unzipped into one folder, a header-only file
 * left beside the real one), findTable took the largest: say which, and what was left.
 */
function choiceNotes(layout: Layout, chosen: ExportTable): string[] {
	const others = layout.tables.filter(t => t !== chosen && !t.empty && t.name.toLowerCase() === chosen.name.toLowerCase());
	if (others.length === 0) return [];
	const left = others.map(t => `${t.file.path} (${sizeText(t.file.size)})`).join(', ');
	return [`${others.length + 1} ${chosen.name} files: read ${chosen.file.path} (${sizeText(chosen.file.size)}), the largest; not read: ${left}.`];
}

/**
 * Converts UTF-16 (a spreadsheet's "Unicode text" save) to UTF-8, saying so; refuses binary files given
 * by mistake (a PDF, an image): a NUL byte in the first kilobyte.
 */
function checkText(file: FileParts, name: string, warnings: string[]): FileParts {
	const head = file.head;
	const utf16 = utf16Of(head);
	if (utf16) {
		warnings.push(`${name} is ${utf16} text (a spreadsheet's "Unicode text" save); read it as such.`);
		return FileParts.of(utf16ToUtf8(file.joined(), utf16));
	}
	if (head.subarray(0, 1024).includes(0)) {
		throw new ExportError(`${name}: this is not a CSV file (it holds binary data)`, 'Give the ViewingActivity.csv or the whole export ZIP.');
	}
	return withWholeHeader(file);
}

function isBlank(file: FileParts): boolean {
	const offset = bomLength(file.head);
	// The first part alone decides for any real file: a streamed file's rest is made only for a blank head.
	if (!blankFrom(file.head, offset)) return false;
	return file.pieces.every((part, i) => blankFrom(part, i === 0 ? offset : 0));
}

/** Whether `bytes` from `offset` on are all spaces, tabs and line breaks. */
function blankFrom(bytes: Uint8Array, offset: number): boolean {
	for (let k = offset; k < bytes.length; k++) {
		const c = bytes[k];
		if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
	}
	return true;
}
