import type {FirstPassBuilder} from '../model/title-first-pass.js';

/**
 * Longest the explorer's main thread parses titles before letting keys and frames through. A key waits
 * as long as the thread that reads it is busy; 10 ms of parsing is ≈500 titles on the 2-core machine
 * measured, and a key then waits at most that long (the batches came in at 5,000–14,000 titles, up to
 * 1.9 s each on a busy machine).
 */
const SLICE_MS = 10;
/** Titles parsed between two looks at the clock. */
const STEP = 64;

/**
 * Parses titles into a FirstPassBuilder a time slice at a time, in the order given, yielding to the
 * event loop between slices: the explorer's reader thread sends them while the main thread must keep
 * answering keys (`q` quits at any moment of a load).
 */
export class SlicedFirstPass {
	private readonly queue: string[][] = [];
	private running: Promise<void> | null = null;

	constructor(private readonly builder: FirstPassBuilder) {}

	/** Queues distinct titles (new ones, in the reader's order) and starts parsing them soon. */
	add(titles: readonly string[]): void {
		if (titles.length === 0) return;
		this.queue.push([...titles]);
		this.running ??= this.run();
	}

	/** Parses what is queued, then the titles of `all` not parsed yet; resolves when every title is parsed. */
	async finish(all: readonly string[]): Promise<FirstPassBuilder> {
		if (this.running) await this.running;
		this.add(all.slice(this.builder.size));
		if (this.running) await this.running;
		return this.builder;
	}

	private async run(): Promise<void> {
		// Let the rest of the current task (drawing progress, reading keys) go first.
		await tick();
		for (;;) {
			const batch = this.queue.shift();
			if (!batch) break;
			let from = 0;
			while (from < batch.length) {
				const started = performance.now();
				while (from < batch.length && performance.now() - started < SLICE_MS) {
					this.builder.add(batch.slice(from, from + STEP));
					from += STEP;
				}
				if (from < batch.length || this.queue.length > 0) await tick();
			}
		}
		this.running = null;
	}
}

/** Callers of `tick` waiting for their turn, first come first served. */
const waiting: Array<() => void> = [];
let turning = false;

/**
 * Lets pending I/O (keys, worker messages) run before going on. One caller goes on per turn of the
 * event loop: the explorer runs several sliced jobs at once (the titles' parse, its own code loaded in
 * steps, the load's start), and Node runs every immediate queued before its check phase in that one
 * phase, so two jobs' slices ran back to back, one stall, with no key read between them.
 */
export function tick(): Promise<void> {
	return new Promise(resolve => {
		waiting.push(resolve);
		if (!turning) {
			turning = true;
			setImmediate(turn);
		}
	});
}

function turn(): void {
	const next = waiting.shift();
	// Queued from within the check phase, this runs in the next turn, after the next poll for I/O.
	if (waiting.length > 0) setImmediate(turn);
	else turning = false;
	next?.();
}

/**
 * Yielded by a step generator around a step that is long on its own (one engine call of 30–90 ms, see
 * ui/load-in-steps.ts): the slice ends there, so that step runs in a task with nothing before or after it.
 */
export const OWN_SLICE = Symbol('own slice');

/**
 * Runs a generator of small steps (model/library.ts, model/title-catalog.ts) to its end, letting keys
 * through every SLICE_MS: each step is short, so a slice is a few of them and never much longer. A step
 * that yields OWN_SLICE ends its slice at once.
 */
export async function inSlices<T, Y>(steps: Generator<Y, T, void>): Promise<T> {
	let started = performance.now();
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
		if (step.value === OWN_SLICE || performance.now() - started >= SLICE_MS) {
			await tick();
			started = performance.now();
		}
	}
}
