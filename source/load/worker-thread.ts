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
	/**
	 * Resolves once the thread has loaded its code (it posts READY), or cannot run: what must wait for
	 * the thread's start (engine-tuning.ts).
	 */
	readonly started: Promise<void>;

	protected constructor(file: URL) {
		let worker: Worker | null;
		try {
			// Loaded when a thread is started: worker_threads is ≈3 ms of the start of a command that starts none.
			const {Worker: WorkerClass} = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
			worker = new WorkerClass(file);
			worker.unref();
			worker.once('error', () => (this.failed = true));
		} catch {
			worker = null;
		}
		this.worker = worker;
		this.started = new Promise(resolve => {
			if (!worker) return resolve();
			const ready = (message: unknown) => {
				if (!isReady(message)) return;
				worker.off('message', ready);
				resolve();
			};
			worker.on('message', ready);
			worker.once('error', () => resolve());
			worker.once('exit', () => resolve());
		});
	}

	/**
	 * Listens to the thread's own messages (READY, the start, is this class's); returns what stops it.
	 * The subclasses listen through this, not on `worker` itself.
	 */
	protected onMessage<Message>(worker: Worker, listener: (message: Message) => void): () => void {
		const own = (message: unknown) => {
			if (!isReady(message)) listener(message as Message);
		};
		worker.on('message', own);
		return () => worker.off('message', own);
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

/** What a worker thread posts once its code is loaded (viewing-worker.ts, title-worker.ts): its first message. */
export const READY = {ready: true} as const;

/** Whether a worker's message is READY (the threads' own messages have no `ready`). */
function isReady(message: unknown): boolean {
	return typeof message === 'object' && message !== null && 'ready' in message;
}
