/**
 * Worker thread: reads ViewingActivity.csv into columns (viewing-columns.ts) while the main thread loads
 * the explorer's UI, and hands the new distinct titles over as it goes: the main thread parses them
 * (the title catalog's first pass) once the UI is loaded.
 */
import {constants, setPriority} from 'node:os';
import {parentPort} from 'node:worker_threads';
import {trace} from '../trace.js';
import {READY} from './worker-thread.js';
import type {ColumnIndex, ViewingColumns} from '../export/viewing-columns.js';
import {ColumnReader} from '../export/viewing-column-reader.js';
import {type DeflatedFile, FileParts} from '../export/file-parts.js';
import {streamDeflated} from '../export/zip-directory.js';
import type {RowShape} from '../export/viewing-row.js';
import {tableFromColumns} from '../export/viewing-table.js';
import {viewingOrder, type ViewingOrder} from '../model/viewing-order.js';

/** Rows between progress messages. */
const PROGRESS_ROWS = 20_000;

/**
 * What the main thread sends: the file's bytes, in parts (moved, not copied), or its deflate stream, which
 * this thread inflates as it reads (never whole in memory); and where its rows start.
 */
export interface WorkerInput {
	parts?: readonly Uint8Array[];
	deflated?: DeflatedFile;
	from: number;
	delimiter: number;
	cols: ColumnIndex;
	minFields: number;
	shape?: RowShape;
}

/** Messages to the main thread: progress while reading, then the columns. */
export type WorkerMessage =
	| {type: 'progress'; fraction: number; rows: number; titles: string[]}
	/** `columns.titles` holds only the titles no progress message sent (`newTitles`): the others are not sent twice. */
	| {type: 'done'; columns: ViewingColumns; order: ViewingOrder | null};

// The thread that reads keys goes first when both want the one free core: on Linux a thread's niceness is
// its own (setPriority of 0 is the calling thread), so only this reader yields. Refused elsewhere: nothing.
try {
	setPriority(constants.priority.PRIORITY_BELOW_NORMAL);
} catch {}

// The part to read comes as the first message: the thread starts before the file is inflated.
parentPort!.once('message', (input: WorkerInput) => read(input));
parentPort!.postMessage(READY);

function read(input: WorkerInput): void {
	// The parts are this thread's: each is given back once its rows are read (the peak of the memory is at
	// the read's end). A deflate stream is inflated into the reader's window as it reads: a damaged one
	// throws here, and the main thread reads the file itself, and says what is wrong.
	const file = input.deflated ? streamDeflated(input.deflated) : new FileParts(input.parts ?? [], true);
	const reader = new ColumnReader(file, input.delimiter, input.cols, input.minFields, input.from, file.length, input.shape);
	let sent = 0;
	while (reader.step(PROGRESS_ROWS)) {
		const titles = reader.out.titles.slice(sent);
		sent += titles.length;
		const progress: WorkerMessage = {
			type: 'progress',
			fraction: ((reader.offset ?? file.length) - input.from) / (file.length - input.from),
			rows: reader.out.count,
			titles,
		};
		parentPort!.postMessage(progress);
	}
	const columns = reader.finish();
	file.dropBefore(file.length);
	trace('reader thread: rows read');
	// The last new titles at once, before the viewings are ordered: the main thread parses them meanwhile.
	if (columns.titles.length > sent) {
		const last: WorkerMessage = {type: 'progress', fraction: 1, rows: columns.count, titles: columns.titles.slice(sent)};
		sent = columns.titles.length;
		parentPort!.postMessage(last);
	}
	const numbers = [
		columns.start,
		columns.duration,
		columns.bookmark,
		columns.latest,
		columns.hiddenPrefix,
		columns.title,
		columns.profile,
		columns.device,
		columns.country,
		columns.type,
		columns.attributes,
	];
	// The viewings in time order (a sort of every row: ≈100 ms at 250k rows) are made here as well, not on
	// the thread that reads keys; not when that thread still changes the columns (re-saved dates, no profiles).
	// What the rows say of each title (viewing-tally.ts) too: the Stopped screen's first need (stopSteps).
	const order = columns.slashStarts.length === 0 && input.cols.profile !== -1 ? viewingOrder(tableFromColumns(columns), {byTitle: true}) : null;
	const tally = order?.byTitle ? [order.byTitle.firstAny, order.byTitle.firstPlain, order.byTitle.byFirstPlain, order.byTitle.longest, order.byTitle.newest] : [];
	const buffers = [...numbers, ...(order ? [order.order] : []), ...tally].map(a => a.buffer as ArrayBuffer);
	// The titles sent with the progress are not sent again: copying 55k strings (250k rows) into the main
	// thread's heap is work on the thread that reads keys, in the one task that takes this message.
	const done: WorkerMessage = {type: 'done', columns: {...columns, titles: columns.titles.slice(sent)}, order};
	parentPort!.postMessage(done, buffers);
}
