/**
 * Cost that grows with the data, not faster: each shape of export below is answered at n and at 4n rows
 * in this process (read, model, summary, profiles, stopped, search, the explorer's first lists), and the
 * time at 4n must stay under 8× the time at n. A linear or n·log n step gives ≈4×; one quadratic step
 * (an `indexOf` inside a loop over profiles, a profiles × titles array) gives ≈16×, and did: 100,000
 * profiles took 32 s for `summary`, 88 s for `stopped`. A ratio, not a time, so a slow machine passes;
 * of CPU time, not the wall clock, so a busy machine does too; each side is the fastest of three runs.
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {tableFromRows} from '../../source/export/viewing-table.js';
import {buildLibrary} from '../../source/model/library.js';
import {viewingOrder} from '../../source/model/viewing-order.js';
import {openExport, type ExportView} from '../../source/load/open-export.js';
import {buildSearchIndex} from '../../source/query/search-index.js';
import {stoppedEntry, stoppedList} from '../../source/query/stopped-list.js';
import {summaryOf} from '../../source/query/summary.js';
import {ScreenData} from '../../source/ui/screen-data.js';
import {row} from '../helpers/rows.js';

const HEADER = '"Duration","Start Time","Profile Name","Country","Bookmark","Latest Bookmark","Supplemental Video Type","Attributes","Device Type","Title"';
const folder = mkdtempSync(path.join(tmpdir(), 'netflix-tui-scale-'));
afterAll(() => rmSync(folder, {recursive: true, force: true}));

const pad = (n: number) => String(n).padStart(2, '0');
/** Row i's start: every 97 s from 2020. */
function startOf(i: number): string {
	const d = new Date(Date.UTC(2020, 0, 1) + i * 97_000);
	return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

interface Shape {
	/** Profile, device and title of row i of n rows. */
	row: (i: number, n: number) => {profile: string; device: string; title: string};
}

/** The shapes that were (or could be) quadratic: each multiplies one kind of thing with the rows. */
const SHAPES: Record<string, Shape> = {
	// The file had two rows per profile (100,000 profiles: summary 32 s, stopped 88 s before).
	'a profile per row, 500 shows': {
		row: i => ({profile: `Profile ${i}`, device: `Device ${i % 300}`, title: `Show ${i % 500}: Season 1: Chapter ${(i >> 9) % 10} (Episode ${((i >> 9) % 10) + 1})`}),
	},
	'one series whose every episode another profile stopped in': {
		row: i => ({profile: `Profile ${i}`, device: 'Device 1', title: `The Long Show: Season 1: Part ${i} (Episode ${i + 1})`}),
	},
};

function writeExport(name: string, shape: Shape, n: number): string {
	const lines = [HEADER];
	for (let i = 0; i < n; i++) {
		const {profile, device, title} = shape.row(i, n);
		lines.push(`"0:20:00","${startOf(i)}","${profile}","US (United States)","0:19:00","0:19:00","","","${device}","${title}"`);
	}
	const file = path.join(folder, `${name}-${n}.csv`);
	writeFileSync(file, `${lines.join('\n')}\n`);
	return file;
}

/**
 * Every step after reading, on a fresh model of the rows read: the library (order, near-duplicates, kinds),
 * the shows and episodes, the numbers of `summary` and `profiles`, every resume point (`stopped`, the
 * Stopped screen), the Profiles screen, a profile's Stopped and History lists, the search index and a search
 * filtered by profile, the `stopped --json` entries. Reading and parsing the titles are linear by
 * construction (one pass over the bytes, one parse per distinct title) and cost far more per row, so they
 * are left out of the time: they would hide a quadratic step behind their own cost at these sizes.
 */
function answerAll(view: ExportView): number {
	// A fresh library: the viewings' order and the shows are made again (a copy of the table, as before).
	const library = buildLibrary({...view.loaded.table}, view.loaded.titleModel ?? undefined);
	const fresh: ExportView = {loaded: view.loaded, library};
	const now = Date.UTC(2026, 0, 1);
	let size = summaryOf(fresh).profiles.length;
	size += stoppedList(library, {now}).map(p => stoppedEntry(p, now)).length;
	const screens = new ScreenData(fresh, () => buildSearchIndex(library), now);
	size += screens.stopped(null, {abandoned: false, finished: false}).length;
	size += screens.profileRows().length;
	const last = library.profiles.at(-1)!;
	size += screens.stopped(last, {abandoned: false, finished: true}).length;
	size += screens.index.search('show', 50, last).length;
	size += screens.history(last).length;
	return size;
}

/** CPU milliseconds of this process (not the wall clock: other processes on a busy machine do not count). */
function cpuMs(): number {
	const {user, system} = process.cpuUsage();
	return (user + system) / 1000;
}

function fastest(view: ExportView): number {
	let best = Number.POSITIVE_INFINITY;
	for (let run = 0; run < 3; run++) {
		const started = cpuMs();
		expect(answerAll(view)).toBeGreaterThan(0);
		best = Math.min(best, cpuMs() - started);
	}
	return best;
}

const N = 4000;
const MAX_RATIO = 8;

describe('cost grows linearly with the data', () => {
	for (const [name, shape] of Object.entries(SHAPES)) {
		it(`${name}: 4× the rows take less than ${MAX_RATIO}× the time`, async () => {
			const small = await openExport(writeExport('small', shape, N));
			const large = await openExport(writeExport('large', shape, 4 * N));
			// Once before measuring: the first run compiles the code, which would make n look slow.
			answerAll(small);
			const [a, b] = [fastest(small), fastest(large)];
			expect(b / a, `${N.toLocaleString('en-US')} rows: ${a.toFixed(0)} ms, ${(4 * N).toLocaleString('en-US')} rows: ${b.toFixed(0)} ms`).toBeLessThan(MAX_RATIO);
		});
	}
});

describe('near-duplicates among many rows of one start time', () => {
	it('are merged through the Map a long run uses, keeping the longer viewing, and no other row is', () => {
		// 40 rows at one instant (a run past SHORT_RUN): 20 (profile, title) pairs, each twice, the second longer.
		const rows = Array.from({length: 40}, (_, i) =>
			row({profile: `P${i % 4}`, start: '2024-03-01 20:00', title: `Show ${i % 20}: Season 1: Pilot (Episode 1)`, minutes: i < 20 ? 10 : 30}),
		);
		rows.push(row({profile: 'P0', start: '2024-03-01 21:00', title: 'Show 0: Season 1: Pilot (Episode 1)', minutes: 5}));
		const {order, merged} = viewingOrder(tableFromRows(rows));
		expect(merged).toBe(20);
		expect(order).toHaveLength(21);
		const table = tableFromRows(rows);
		const kept = viewingOrder(table).order;
		expect([...kept].filter(i => table.duration[i] === 30 * 60)).toHaveLength(20);
	});
});
