/**
 * Worker thread: reads the second half of a large ViewingActivity.csv into columns, and parses its
 * titles, while the main thread does the same with the first (2 cores). See viewing-columns.ts.
 */
import {parentPort} from 'node:worker_threads';
import {firstPass} from '../model/title-catalog.js';
import {encodeFirstPass, firstPassBuffers} from './first-pass-transfer.js';
import {type ColumnIndex, ColumnReader, type ViewingColumns} from './viewing-columns.js';

/** Rows between progress messages. */
const PROGRESS_ROWS = 20_000;

/** What the main thread sends. `bytes` holds the part only; `base` is its offset in the whole file. */
export interface WorkerInput {
	bytes: Uint8Array;
	base: number;
	delimiter: number;
	cols: ColumnIndex;
	minFields: number;
}

/** Messages to the main thread: progress while reading, then the columns. */
export type WorkerMessage = {type: 'progress'; fraction: number; rows: number} | {type: 'done'; columns: ViewingColumns};

// The part to read comes as the first message: the thread starts before the file is inflated.
parentPort!.once('message', (input: WorkerInput) => read(input));

function read(input: WorkerInput): void {
	const reader = new ColumnReader(input.bytes, input.delimiter, input.cols, input.minFields, 0, input.bytes.length, input.base);
	while (reader.step(PROGRESS_ROWS)) {
		const progress: WorkerMessage = {type: 'progress', fraction: (reader.offset ?? input.bytes.length) / input.bytes.length, rows: reader.out.count};
		parentPort!.postMessage(progress);
	}
	const columns = reader.finish();
	// The part's titles parsed here too, in parallel with the main thread's (title-catalog.ts).
	columns.firstPass = encodeFirstPass(firstPass(columns.titles));
	const numbers = [columns.start, columns.duration, columns.bookmark, columns.latest, columns.hiddenPrefix, columns.title, columns.profile, columns.device, columns.country, columns.type, columns.attributes];
	const buffers = [...firstPassBuffers(columns.firstPass), ...numbers.map(a => a.buffer as ArrayBuffer)];
	const done: WorkerMessage = {type: 'done', columns};
	parentPort!.postMessage(done, buffers);
}
