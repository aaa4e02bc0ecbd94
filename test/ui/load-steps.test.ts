import {describe, expect, it} from 'vitest';
import {generateExport} from '../../scripts/generate-export.js';
import {inSlices, OWN_SLICE} from '../../source/load/sliced-first-pass.js';
import {readViewingActivity} from '../../source/load/viewing-activity.js';
import {buildLibrary} from '../../source/model/library.js';
import {firstPass} from '../../source/model/title-first-pass.js';
import {titleModelSteps} from '../../source/model/title-model.js';
import {buildSearchIndex, searchIndexSteps} from '../../source/query/search-index.js';
import {stoppedStops} from '../../source/query/stopped-list.js';
import {widest} from '../../source/ui/columns.js';
import {cells, stoppedRows, stoppedWants, stoppedWantSteps} from '../../source/ui/stopped-rows.js';

// The explorer does the work of a load in small steps, with keys read between them (issue #10: a load
// never holds the keyboard). Each stepped form must pause, and give what the one-piece form gives.

const NOW = Date.parse('2026-01-01T00:00:00Z');

async function library() {
	const csv = [...generateExport({rows: 30_000, seed: 11})].find(([name]) => name.endsWith('ViewingActivity.csv'))![1] as string;
	const lib = buildLibrary((await readViewingActivity(Buffer.from(csv), 'ViewingActivity.csv')).table);
	void lib.shows;
	return lib;
}

/** Runs steps to the end: how many pauses, and the value. */
function run<T>(steps: Generator<unknown, T, void>): {pauses: number; value: T} {
	let pauses = 0;
	for (;;) {
		const step = steps.next();
		if (step.done) return {pauses, value: step.value};
		pauses++;
	}
}

describe('a load in small steps', () => {
	it('makes the title model in steps, as one pass does', async () => {
		const lib = await library();
		const titles = lib.table.titles;
		expect(titles.length).toBeGreaterThan(2_000);
		const {pauses, value} = run(titleModelSteps(titles, firstPass(titles)));
		expect(pauses).toBeGreaterThanOrEqual(Math.floor(titles.length / 512));
		expect(value.parses).toEqual(lib.catalog.parses);
		expect([...value.numbers.show]).toEqual([...lib.numbers.show]);
	}, 60_000);

	it('measures the Stopped columns a few entries a step, to the widest cell of each', async () => {
		const lib = await library();
		const rows = stoppedRows(stoppedStops(lib, {unfinished: true, now: NOW}));
		const entries = rows.flatMap(r => (r.kind === 'entry' ? [cells(r.stop, true, NOW)] : []));
		expect(entries.length).toBeGreaterThan(200);
		const {pauses, value} = run(stoppedWantSteps(rows, true, NOW));
		expect(pauses).toBeGreaterThanOrEqual(Math.floor(entries.length / 64));
		const names = ['Show', 'Profile', 'Stopped at', 'Position', 'Last watched', 'Device'];
		expect(value).toEqual(
			names.map((name, i) =>
				widest(
					name,
					entries.map(c => c[i]!),
				),
			),
		);
		// Measured once per list: the screen finds them.
		expect(stoppedWants(rows, true, NOW)).toBe(value);
		expect(run(stoppedWantSteps(rows, true, NOW)).pauses).toBe(0);
	}, 60_000);

	it('builds the search index in steps, finding what the one-piece index finds (episode titles too)', async () => {
		const lib = await library();
		const {pauses, value} = run(searchIndexSteps(lib));
		expect(pauses).toBeGreaterThan(10);
		const whole = buildSearchIndex(lib);
		const names = (hits: ReturnType<typeof whole.search>) => hits.map(h => [h.show.key, h.episode ?? null]);
		const episode = [...lib.shows.values()].flatMap(s => s.seasons.flatMap(season => season.episodes)).find(e => e.title && e.title.length > 6)!;
		for (const q of ['the', 'dark', episode.title!.slice(0, 6).toLowerCase()]) expect(names(value.search(q))).toEqual(names(whole.search(q)));
	}, 60_000);

	it('runs steps in slices to the value they end with', async () => {
		function* steps(): Generator<void, number, void> {
			let n = 0;
			for (let i = 0; i < 1_000; i++) {
				n += i;
				yield;
			}
			return n;
		}
		expect(await inSlices(steps())).toBe(499_500);
	});

	it('ends a slice where a step yields OWN_SLICE: I/O queued meanwhile runs before the next step', async () => {
		const order: string[] = [];
		function* steps(): Generator<typeof OWN_SLICE | undefined, void, void> {
			for (let i = 0; i < 3; i++) {
				order.push(`step ${i}`);
				// Queued now, it runs only if the loop turns before the next step.
				setImmediate(() => order.push(`turn after ${i}`));
				yield i === 1 ? OWN_SLICE : undefined;
			}
		}
		await inSlices(steps());
		// Steps 0 and 1 are quick (one slice of SLICE_MS); OWN_SLICE after step 1 ends the slice there.
		expect(order.indexOf('turn after 1')).toBeLessThan(order.indexOf('step 2'));
		expect(order.indexOf('step 1')).toBeLessThan(order.indexOf('turn after 0'));
	});
});
