/**
 * Worker thread: reads the second half of a large ViewingActivity.csv into columns while the main
 * thread reads the first (2 cores: the load takes ≈40% less). See viewing-columns.ts.
 */
import {parentPort, workerData} from 'node:worker_threads';
import {type ColumnIndex, ColumnReader} from './viewing-columns.js';

/** What the main thread sends. `bytes` holds the part only; `base` is its offset in the whole file. */
export interface WorkerInput {
	bytes: Uint8Array;
	base: number;
	delimiter: number;
	cols: ColumnIndex;
	minFields: number;
}

const input = workerData as WorkerInput;
const columns = new ColumnReader(input.bytes, input.delimiter, input.cols, input.minFields, 0, input.bytes.length, input.base).readAll();
const buffers = [columns.start, columns.duration, columns.bookmark, columns.latest, columns.hiddenPrefix, columns.title, columns.profile, columns.device, columns.country, columns.type, columns.attributes].map(a => a.buffer as ArrayBuffer);
parentPort!.postMessage(columns, buffers);
