/**
 * Worker thread: parses the titles of ViewingActivity.csv while the main thread reads the rows, which
 * hands over the new distinct titles every few thousand rows. Each title is parsed alone as it comes
 * (the title catalog's first pass); once the last has come, the named seasons are resolved and the
 * shows and episodes numbered (model/title-model.ts), and the model goes back as columns.
 */
import {parentPort} from 'node:worker_threads';
import {trace} from '../trace.js';
import {READY} from './worker-thread.js';
import {FirstPassBuilder} from '../model/title-first-pass.js';
import {titleModelOf} from '../model/title-model.js';
import {encodeTitleModel, titleModelBuffers, type TitleModelColumns} from './title-model-transfer.js';

/** What the main thread sends: titles not sent before, then `done`. */
export type TitleWorkerInput = {titles: string[]} | {done: true; withParses: boolean};

/** The answer to `done`. */
export interface TitleWorkerOutput {
	columns: TitleModelColumns;
}

/** The side of a message port this thread uses (the parent's port; the build's warm-up gives a fake one). */
export interface TitlePort {
	on(event: 'message', listener: (message: TitleWorkerInput) => void): unknown;
	postMessage(message: TitleWorkerOutput, transfer: ArrayBuffer[]): void;
}

/** Parses the titles `port` brings, and answers `done` with their model. */
export function serveTitles(port: TitlePort): void {
	const titles: string[] = [];
	const builder = new FirstPassBuilder();
	port.on('message', message => {
		if ('titles' in message) {
			for (const title of message.titles) titles.push(title);
			builder.add(message.titles);
			return;
		}
		trace('title thread: first pass done');
		const model = titleModelOf(titles, builder.result());
		trace('title thread: model made');
		const columns = encodeTitleModel(model, titles, message.withParses);
		port.postMessage({columns}, titleModelBuffers(columns));
	});
}

// In a worker thread; imported elsewhere (the build's warm-up, scripts/command-script.mjs), it waits to be called.
if (parentPort) {
	serveTitles(parentPort as unknown as TitlePort);
	parentPort.postMessage(READY);
}
