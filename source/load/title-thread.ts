import type {TitleModel} from '../model/title-model.js';
import {decodeTitleModel} from './title-model-transfer.js';
import type {TitleWorkerInput, TitleWorkerOutput} from './title-worker.js';
import {WorkerThread} from './worker-thread.js';

/**
 * The thread that parses titles while this one reads rows, and makes their model (title-worker.ts).
 * If it cannot run, `finish` gives null and the caller parses the titles itself.
 */
export class TitleThread extends WorkerThread {
	private sent = 0;

	private constructor() {
		super(new URL('./title-worker.js', import.meta.url));
	}

	static start(): TitleThread {
		return new TitleThread();
	}

	/** Hands over the titles of `titles` not handed over yet (the list only grows). */
	send(titles: readonly string[]): void {
		const worker = this.usable;
		if (!worker || titles.length === this.sent) return;
		const message: TitleWorkerInput = {titles: titles.slice(this.sent)};
		worker.postMessage(message);
		this.sent = titles.length;
	}

	/**
	 * The title model of `titles` (all of them sent), or null when the thread could not make it. Without
	 * `withParses` only its kinds and numbers come back (parses are then made here if ever asked for).
	 */
	finish(titles: readonly string[], withParses = true): Promise<TitleModel | null> {
		const worker = this.usable;
		if (!worker) return Promise.resolve(null);
		this.send(titles);
		worker.ref();
		return new Promise(resolve => {
			const stop = this.onMessage(worker, (output: TitleWorkerOutput) => {
				stop();
				resolve(output.columns.kinds.length === titles.length ? decodeTitleModel(output.columns, titles) : null);
				void worker.terminate();
			});
			worker.once('error', () => resolve(null));
			worker.once('exit', () => resolve(null));
			const done: TitleWorkerInput = {done: true, withParses};
			worker.postMessage(done);
		});
	}
}
