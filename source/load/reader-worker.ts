import type {ViewingColumns} from '../export/viewing-columns.js';
import type {ViewingOrder} from '../model/viewing-order.js';
import type {WorkerInput, WorkerMessage} from './viewing-worker.js';
import {WorkerThread} from './worker-thread.js';

/** The explorer's worker thread that reads ViewingActivity.csv (viewing-worker.ts). */
export class ReaderWorker extends WorkerThread {
	private constructor() {
		super(new URL('./viewing-worker.js', import.meta.url));
	}

	/** Starts a worker, ready for `read`. */
	static start(): ReaderWorker {
		return new ReaderWorker();
	}

	/** Reads the rows; null if the worker cannot (then the caller reads them). Use once. */
	read(
		input: WorkerInput,
		onProgress?: (fraction: number, rows: number) => void,
		onTitles?: (titles: string[]) => void,
	): Promise<{columns: ViewingColumns; order: ViewingOrder | null} | null> {
		const worker = this.usable;
		if (!worker) return Promise.resolve(null);
		worker.ref();
		// Every distinct title, in the reader's order: sent a batch with each progress message, the rest with the columns.
		const titles: string[] = [];
		return new Promise(resolve => {
			this.onMessage(worker, (message: WorkerMessage) => {
				if (message.type === 'progress') {
					for (const title of message.titles) titles.push(title);
					onTitles?.(message.titles);
					return onProgress?.(message.fraction, message.rows);
				}
				for (const title of message.columns.titles) titles.push(title);
				resolve({columns: {...message.columns, titles}, order: message.order});
				void worker.terminate();
			});
			worker.once('error', () => resolve(null));
			worker.once('exit', () => resolve(null));
			// The parts, or the deflate stream, move to the worker (transferred), not copied.
			const moved = input.deflated ? [input.deflated.raw] : (input.parts ?? []);
			worker.postMessage(input, [...new Set(moved.map(part => part.buffer as ArrayBuffer))]);
		});
	}
}
