import {Worker} from 'node:worker_threads';
import type {ViewingColumns} from './viewing-columns.js';
import type {WorkerInput, WorkerMessage} from './viewing-worker.js';

/**
 * A worker thread that reads ViewingActivity.csv (viewing-worker.ts). It is started before
 * the ZIP entry is inflated, so its ≈40 ms of start-up (a thread, its modules) overlaps the inflate
 * instead of delaying the read. Unused, it does not keep the process alive.
 */
export class ReaderWorker {
	private readonly worker: Worker | null;
	private failed = false;

	private constructor() {
		try {
			this.worker = new Worker(new URL('./viewing-worker.js', import.meta.url));
			this.worker.unref();
			// Under the test runner the sources have no .js worker file: the caller then reads the part itself.
			this.worker.once('error', () => (this.failed = true));
		} catch {
			this.worker = null;
		}
	}

	/** Starts a worker, ready for `read`. */
	static start(): ReaderWorker {
		return new ReaderWorker();
	}

	/** Reads a part; null if the worker cannot (then the caller reads it). Use once. */
	read(input: WorkerInput, onProgress?: (fraction: number, rows: number) => void, onTitles?: (titles: string[]) => void): Promise<ViewingColumns | null> {
		const worker = this.worker;
		if (!worker || this.failed) return Promise.resolve(null);
		worker.ref();
		return new Promise(resolve => {
			worker.on('message', (message: WorkerMessage) => {
				if (message.type === 'progress') {
					onTitles?.(message.titles);
					return onProgress?.(message.fraction, message.rows);
				}
				resolve(message.columns);
				void worker.terminate();
			});
			worker.once('error', () => resolve(null));
			worker.once('exit', () => resolve(null));
			// The part's bytes move to the worker (transferred), not copied again.
			worker.postMessage(input, [input.bytes.buffer as ArrayBuffer]);
		});
	}

	/** Ends a worker that was not needed. */
	stop(): void {
		void this.worker?.terminate();
	}
}
