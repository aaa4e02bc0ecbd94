/**
 * Work the explorer does after its first screen (the search index, the Stats screen's numbers, folded
 * titles), run where it does not delay a keystroke's frame. It ran in slices of 8–10 ms from the first
 * screen on, back to back: a key typed meanwhile waited for the slice under way, and its frame for the
 * next ones (React renders from the same queue of immediates), which made the first search typed after
 * launch the slowest (issue #14: 200–600 ms a key on a loaded machine). Now a slice starts only once no
 * key has come for QUIET_MS: typing goes first, the rest waits for a pause.
 *
 * Two jobs run at once after the first screen (the search index and the Stats screen's numbers): their
 * slices take turns through `tick` (load/sliced-first-pass.ts), one slice a turn of the event loop, with
 * keys read between any two. Each queued its own immediate before, and Node runs every immediate queued
 * before its check phase in that one phase: a slice of each, back to back, held the keys 45–60 ms of CPU
 * (traced at 250k rows).
 */

import {tick} from '../load/sliced-first-pass.js';

/** No slice starts until this long after the last key: a pause in typing (a fast typist's keys are ≈100 ms apart). */
export const QUIET_MS = 250;

/** How to run the steps. */
export interface BetweenKeysOptions<T> {
	/** Longest a slice of steps runs before keys are read again. */
	sliceMs: number;
	/** When the last key came (the same clock as `now`); -Infinity before any. */
	lastKeyAt: () => number;
	/** Called with each value a step yields. */
	onStep?: (value: T) => void;
	/** Called once the steps are done. */
	onDone?: () => void;
	/** Quiet time after a key (default QUIET_MS). */
	quietMs?: number;
	/** The clock (default performance.now). */
	now?: () => number;
	/** Wait before the first slice (lets the frame that started the work be drawn first). */
	startMs?: number;
}

/** Runs `steps` to their end in slices, each begun only after a pause in the keys; returns a function that stops it. */
export function runBetweenKeys<T>(steps: Iterator<T, unknown, undefined>, options: BetweenKeysOptions<T>): () => void {
	const now = options.now ?? (() => performance.now());
	const quietMs = options.quietMs ?? QUIET_MS;
	let timeout: NodeJS.Timeout | undefined;
	let stopped = false;
	/** How long the last step took: a slice does not start a step that would likely take it past its end. */
	let lastStep = 0;
	const slice = () => {
		if (stopped) return;
		const wait = options.lastKeyAt() + quietMs - now();
		if (wait > 0) {
			timeout = setTimeout(inTurn, wait);
			return;
		}
		const until = now() + options.sliceMs;
		for (let ran = 0; ; ran++) {
			const started = now();
			if (ran > 0 && (started >= until || started + lastStep > until)) break;
			const next = steps.next();
			lastStep = now() - started;
			if (next.done) {
				options.onDone?.();
				return;
			}
			options.onStep?.(next.value);
		}
		void tick().then(slice);
	};
	/** A timer's slice waits for its turn too (a timer and an immediate can run in the same turn). */
	const inTurn = () => {
		timeout = undefined;
		void tick().then(slice);
	};
	timeout = setTimeout(inTurn, options.startMs ?? 0);
	return () => {
		stopped = true;
		if (timeout) clearTimeout(timeout);
	};
}
