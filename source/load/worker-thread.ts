import {createRequire} from 'node:module';
import type {Worker} from 'node:worker_threads';

/**
 * A worker thread started ahead of its work (before the ZIP entry is inflated), so its ≈40 ms of
 * start-up (a thread, its modules) overlaps the inflate. Unused, it does not keep the process alive. It
 * may not run: under the test runner the sources have no .js worker file, and a thread can fail; then
 * `usable` is false and the caller does the work itself.
 */
export abstract class WorkerThread {
	protected readonly worker: Worker | null;
	private failed = false;

	protected constructor(file: URL) {
		try {
			// Loaded when a thread is started: worker_threads is ≈3 ms of the start of a command that starts none.
			const {Worker: WorkerClass} = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
			this.worker = new WorkerClass(file);
			this.worker.unref();
			this.worker.once('error', () => (this.failed = true));
		} catch {
			this.worker = null;
		}
	}

	/** The running worker, or null when it could not start, has failed or was stopped. */
	protected get usable(): Worker | null {
		return this.failed ? null : this.worker;
	}

	/** Ends a thread that was not needed; asked for work afterwards, it answers that it cannot. */
	stop(): void {
		this.failed = true;
		void this.worker?.terminate();
	}
}
