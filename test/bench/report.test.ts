/**
 * The bench's targets and report (issue #14) on made-up results: which line passes, fails or cannot be
 * checked, and what the report prints. No bench runs here.
 */
import {describe, expect, it} from 'vitest';
import {longestStall, parseStalls, type LoadUiTimes} from './measure-load-ui.js';
import type {LoadTimes} from './measure-process.js';
import type {TuiTimes} from './measure-tui.js';
import {render, targets, toJson, verdict, type BenchResults, type Target} from './report.js';

function load(rows: number, medianMs: Record<string, number>, rss = 100): LoadTimes {
	return {rows, medianMs, samplesMs: Object.fromEntries(Object.entries(medianMs).map(([k, v]) => [k, [v]])), peakRssMb: rss, stoppedRssMb: rss + 10};
}

function tui(rows: number, stoppedMs: number, extra: Partial<TuiTimes> = {}): TuiTimes {
	return {
		rows,
		runs: 5,
		firstFrameMs: 120,
		stoppedMs,
		firstFrameSamplesMs: [120],
		stoppedSamplesMs: [stoppedMs],
		keyP50Ms: null,
		keyP95Ms: null,
		keyMaxMs: null,
		keystrokesPerRun: 0,
		typingIntervalMs: 100,
		slowestKeys: [],
		roundTripMs: 0.1,
		quietMs: 3,
		...extra,
	};
}

const loadUi: LoadUiTimes = {
	rows: 250_000,
	runs: 3,
	stallRuns: [
		{untilFirstScreenMs: 30, afterFirstScreenMs: 40, stallsMs: []},
		{untilFirstScreenMs: 45, afterFirstScreenMs: 20, stallsMs: []},
		{untilFirstScreenMs: 35, afterFirstScreenMs: 80, stallsMs: [80]},
	],
	stallMs: 45,
	stallWorstMs: 80,
	rssMb: 240,
	quits: [
		{atMs: 200, medianMs: 40, maxMs: 60, samplesMs: [40], afterLoad: 0},
		{atMs: 600, medianMs: 90, maxMs: 130, samplesMs: [90], afterLoad: 0},
		{atMs: 1200, medianMs: 20, maxMs: 25, samplesMs: [20], afterLoad: 1},
	],
};

/** A run where every #14 target passes; each test breaks one thing. */
function passing(): BenchResults {
	return {
		machine: {node: 'v20', cpus: 2, loadAverage: [0.5, 0.5, 0.5], pandas: false, when: '2026-11-30T00:00:00Z'},
		runs: 5,
		sizes: [20_000, 250_000],
		loads: [
			load(20_000, {ours: 180, stopped: 190, 'node-e0': 100, 'python-csv': 150, polars: 300, duckdb: 280, 'unzip-wc': 20}),
			load(250_000, {ours: 700, stopped: 650, 'node-e0': 100, 'python-csv': 1000, polars: 800, duckdb: 700, 'unzip-wc': 200}, 200),
		],
		tuis: [tui(20_000, 240, {nodeMs: 100}), tui(250_000, 690, {keyP50Ms: 5, keyP95Ms: 15, keyMaxMs: 30})],
		loadUi,
		search: null,
		stats: {rows: 250_000, runs: 5, columnsMs: 60, allProfilesMs: 30, oneProfileMs: 10, yearMs: 20, allProfilesCpuMs: 28, maxMs: 30, worstMs: 55},
		filters: {
			rows: 250_000,
			runs: 5,
			filters: [
				{name: 'History by show', calls: 15, medianMs: 5, maxMs: 20, worstMs: 60, slowest: '"b" 20 ms'},
				{name: 'Stopped by state (s, f, a)', calls: 6, medianMs: 1, maxMs: 3, worstMs: 4, slowest: 'abandoned 3 ms'},
			],
		},
		notebook: true,
		skipped: {},
	};
}

const find = (list: Target[], part: string) => {
	const t = list.find(x => x.name.includes(part));
	if (!t) throw new Error(`no target "${part}" in ${list.map(x => x.name).join(' | ')}`);
	return t;
};

describe('bench targets (issue #14)', () => {
	it('passes every #14 target of a run that meets them, each as a ratio or limit', () => {
		const list = targets(passing()).filter(t => t.issue === 14);
		expect(list.filter(t => t.pass !== true).map(t => `${t.name}: ${t.detail}`)).toEqual([]);
		expect(find(list, 'stopped --json at 20,000').detail).toBe('190 ms vs 100 ms: 1.90×');
		expect(find(list, 'Stopped screen complete at 20,000').detail).toBe('240 ms vs 100 ms: 2.40×');
		expect(find(list, 'the polars script').detail).toBe('650 ms vs 800 ms: 0.81×');
		expect(find(list, 'Peak RSS').detail).toBe('summary 200 MB, stopped 210 MB, explorer 240 MB');
	});

	it('fails each limit just past it', () => {
		const r = passing();
		r.loads[0]!.medianMs['stopped'] = 201;
		r.tuis[0]!.nodeMs = 95; // 240 / 95 = 2.53×
		r.loads[1]!.medianMs['duckdb'] = 649;
		r.tuis[1]!.keyP95Ms = 16.5;
		r.loadUi = {...loadUi, stallMs: 51, quits: [...loadUi.quits, {atMs: 1500, medianMs: 101, maxMs: 101, samplesMs: [101], afterLoad: 0}]};
		r.loads[1]!.stoppedRssMb = 251;
		r.stats = {...r.stats!, maxMs: 50.5};
		r.filters!.filters[0]!.maxMs = 51;
		const list = targets(r);
		for (const part of [
			'stopped --json at 20,000',
			'Stopped screen complete at 20,000',
			'the DuckDB script',
			'Keystroke',
			'Key thread',
			'q quits',
			'Peak RSS',
			'Stats screen',
			'History by show',
		])
			expect(find(list, part).pass, part).toBe(false);
		expect(find(list, 'the polars script').pass).toBe(true);
		expect(find(list, 'Stopped by state').pass).toBe(true);
	});

	it('says "skipped" and why when the polars and DuckDB scripts could not run', () => {
		const r = passing();
		r.notebook = false;
		r.skipped['notebook'] = 'pip install polars duckdb failed: ERROR: No matching distribution found for polars';
		for (const l of r.loads) {
			delete l.medianMs['polars'];
			delete l.medianMs['duckdb'];
		}
		const list = targets(r);
		expect(find(list, 'the polars script')).toMatchObject({pass: null, detail: 'skipped: pip install polars duckdb failed: ERROR: No matching distribution found for polars'});
		expect(find(list, 'the DuckDB script').pass).toBe(null);
		const text = render(r);
		expect(text).toContain('polars and DuckDB scripts skipped: pip install polars duckdb failed');
		expect(text).toMatch(/^polars script\s+skipped\s+skipped$/m);
	});

	it('cannot check the real-size targets without a size of 16k–25k rows, nor the large ones below 250k', () => {
		const r = passing();
		r.sizes = [100_000];
		r.loads = [r.loads[1]!];
		r.loads[0]!.rows = 100_000;
		r.tuis = [];
		r.skipped['tui'] = '--no-tui';
		const list = targets(r);
		expect(find(list, 'stopped --json at real size')).toMatchObject({pass: null, detail: 'no size of 16,000–25,000 rows in this run'});
		expect(find(list, 'Stopped screen complete at real size')).toMatchObject({pass: null, detail: '--no-tui'});
		expect(find(list, 'Large-export targets are set at 250,000 rows')).toMatchObject({pass: null, detail: "this run's largest size is 100,000"});
	});

	it('keeps #4 targets, with the load measured by summary', () => {
		const r = passing();
		r.loads[1]!.medianMs['ours'] = 1100;
		const list = targets(r).filter(t => t.issue === 4);
		expect(find(list, 'Load (summary) at 250,000 ≤ Python csv.reader')).toMatchObject({pass: false, detail: '1,100 ms vs 1,000 ms: 1.10×'});
		expect(find(list, 'First frame').pass).toBe(true);
	});
});

describe('bench report', () => {
	it('prints a PASS/FAIL line per target under its issue, and the counts', () => {
		const r = passing();
		r.tuis[1]!.keyP95Ms = 33;
		const text = render(r);
		expect(text).toContain('  PASS  stopped --json at 20,000 ≤ 2× node -e 0: 190 ms vs 100 ms: 1.90×');
		expect(text).toContain('  FAIL  Keystroke to updated frame p95 ≤ 16 ms: p95 33.0 ms at 250,000 rows');
		expect(text.indexOf('Targets (issue #14)')).toBeLessThan(text.indexOf('Targets kept from issue #4'));
		const v = verdict(targets(r));
		expect(text).toContain(`Targets: ${v.pass} PASS, ${v.fail} FAIL, ${v.na} n/a`);
		expect(v.fail).toBeGreaterThanOrEqual(1);
		expect(text).toMatch(/^stopped \/ node -e 0\s+1\.90×\s+6\.50×$/m);
		expect(text).toMatch(/^200 ms\s+40 ms\s+60 ms\s+0\/1$/m);
	});

	it('writes the targets into the JSON, times rounded', () => {
		const r = passing();
		r.loads[0]!.medianMs['stopped'] = 190.123456;
		const json = JSON.parse(toJson(r)) as {targets: Target[]; loads: LoadTimes[]};
		expect(json.loads[0]!.medianMs['stopped']).toBe(190.12);
		expect(json.targets.map(t => t.name)).toEqual(targets(r).map(t => t.name));
	});
});

describe('stall figures from the explorer trace', () => {
	it('reads the longest stalls and every stall line the app traces (source/trace.ts)', () => {
		const trace = [
			'netflix-tui trace    310 ms  event loop stalled 64 ms',
			'netflix-tui trace    900 ms  first screen drawn',
			'netflix-tui trace    901 ms  until the first screen: longest event-loop stall 72 ms (p99 70 ms; most CPU between two turns 41 ms)',
			'netflix-tui trace   1200 ms  event loop stalled 131 ms',
			'netflix-tui trace   1250 ms  first screen to search index: longest event-loop stall 133 ms (p99 120 ms)',
		].join('\n');
		const run = parseStalls(trace);
		expect(run).toEqual({untilFirstScreenMs: 72, afterFirstScreenMs: 133, stallsMs: [64, 131], cpuUntilFirstScreenMs: 41, cpuAfterFirstScreenMs: null});
		expect(longestStall(run)).toBe(133);
	});

	it('has no figure for a trace without stall lines', () => {
		const run = parseStalls('netflix-tui trace    900 ms  first screen drawn\n');
		expect(longestStall(run)).toBe(null);
	});
});
