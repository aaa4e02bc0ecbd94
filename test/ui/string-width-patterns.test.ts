import {describe, expect, it} from 'vitest';
import {inSlices, OWN_SLICE} from '../../source/load/sliced-first-pass.js';
import type {Stop} from '../../source/query/stopped-list.js';
import {widest} from '../../source/ui/columns.js';
import {patternsIfNeeded, patternsReady} from '../../source/ui/load-in-steps.js';
import {cells, stoppedWantSteps, type StoppedRow} from '../../source/ui/stopped-rows.js';

// string-width's Unicode patterns (35–120 ms each to make, on the thread that reads keys) are made only
// for text that is not plain, a piece a step; the module's state is this file's own (vitest isolates files).

const NOW = Date.parse('2026-01-01T00:00:00Z');

/** A Stopped entry for a movie named `name` (the cells read only these fields). */
function entry(name: string): StoppedRow {
	const stop: Stop = {
		show: name,
		kind: 'movie',
		profile: 'Anna',
		episode: {seasonLabel: null, seasonNumber: null, number: null, title: null},
		title: name,
		start: NOW - 86_400_000,
		device: 'Example TV',
		positionSeconds: 600,
		estimatedRuntimeSeconds: 5400,
		state: 'midway',
		unfinished: true,
		next: null,
	};
	return {kind: 'entry', stop};
}

/** Runs steps to the end: how many yielded OWN_SLICE, and the value. */
function run<T>(steps: Generator<unknown, T, void>): {ownSlices: number; value: T} {
	let ownSlices = 0;
	for (;;) {
		const step = steps.next();
		if (step.done) return {ownSlices, value: step.value};
		if (step.value === OWN_SLICE) ownSlices++;
	}
}

describe("string-width's patterns, made when a text needs them", () => {
	it('are not made for plain names, however many', () => {
		const plain = Array.from({length: 5000}, (_, i) => `Gouden Kust · Het begin ${i} — Zagubiona Noc, Powrót, Herança`);
		let steps = 0;
		for (const _ of patternsIfNeeded([plain, ['Anna', 'Oma'], ['Example TV']])) steps++;
		expect(steps).toBeGreaterThanOrEqual(2);
		const rows = plain.slice(0, 300).map(entry);
		const {ownSlices, value} = run(stoppedWantSteps(rows, true, NOW));
		expect(ownSlices).toBe(0);
		expect(value[0]).toBe(widest('Show', plain.slice(0, 300)));
		expect(patternsReady()).toBe(false);
	});

	it('are made a piece a slice before the first entry that is not plain is measured, and the widths are string-width’s', async () => {
		const names = ['Dark', '사랑의 불시착', 'Begüm 🌙', 'Costa Herança'];
		const rows = names.map(entry);
		const {ownSlices, value} = run(stoppedWantSteps(rows, true, NOW));
		expect(patternsReady()).toBe(true);
		// Each piece alone in its slice: OWN_SLICE before and after it.
		expect(ownSlices).toBeGreaterThanOrEqual(4);
		expect(ownSlices % 2).toBe(0);
		const entries = rows.map(r => cells((r as {stop: Stop}).stop, true, NOW));
		expect(value[0]).toBe(
			widest(
				'Show',
				entries.map(c => c[0]!),
			),
		);
		expect(value[0]).toBe(13);
		// Once made, nothing more to do.
		expect(await inSlices(patternsIfNeeded([['사랑의 불시착']]))).toBeUndefined();
		expect(run(stoppedWantSteps(names.slice(1).map(entry), true, NOW)).ownSlices).toBe(0);
	});
});
