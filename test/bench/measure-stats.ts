/**
 * The Stats screen's computation in-process (issues #9 and #14: ≤ 50 ms at 250k rows), on tsc's build/
 * modules. Each run builds a fresh library from the loaded columns (as a new session has) and reads the
 * stats' columns (prepareStats: the explorer does it once the first screen is drawn, timed apart); then
 * the report for all profiles (what `6` computes), one profile and a year in focus, as the screen asks
 * for them when `p` or `←` is pressed.
 *
 *   npx tsx test/bench/measure-stats.ts [rows] [runs]     just this part (builds nothing: run npm run build first)
 */
import {join, resolve, dirname} from 'node:path';
import {performance} from 'node:perf_hooks';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {benchExport} from './generate.js';
import {median} from './stats.js';

type OpenExportModule = typeof import('../../source/load/open-export.js');
type LibraryModule = typeof import('../../source/model/library.js');
type StatsModule = typeof import('../../source/query/stats.js');

/** What the stats benchmark found (medians over runs, ms). */
export interface StatsTimes {
	rows: number;
	runs: number;
	/** Reading the stats' columns from a fresh library (prepareStats), before any report. */
	columnsMs?: number;
	/** All profiles, first report of a library once its columns are read: every number computed. */
	allProfilesMs: number;
	/** The busiest profile, once the columns have been read. */
	oneProfileMs: number;
	/** All profiles with the last year in focus. */
	yearMs: number;
	/** CPU time of the first (all profiles) report: on a busy shared machine, closer to the work than the wall clock. */
	allProfilesCpuMs: number;
	/** Median over runs of each run's slowest report (all profiles, one profile, a year). */
	maxMs?: number;
	/** The slowest report of all runs. */
	worstMs?: number;
}

export async function measureStats(root: string, zip: string, rows: number, runs: number): Promise<StatsTimes> {
	const load = (p: string) => import(pathToFileURL(join(root, 'build', p)).href);
	const open = (await load('load/open-export.js')) as OpenExportModule;
	const model = (await load('model/library.js')) as LibraryModule;
	const stats = (await load('query/stats.js')) as StatsModule;
	const view = await open.openExport(zip);
	const all: number[] = [];
	const one: number[] = [];
	const year: number[] = [];
	const cpu: number[] = [];
	const columns: number[] = [];
	// Run 0 warms the JIT and is not counted.
	for (let run = 0; run <= runs; run++) {
		const library = model.buildLibrary(view.loaded.table, view.loaded.titleModel);
		let t = performance.now();
		stats.prepareStats(library);
		const columnsMs = performance.now() - t;
		t = performance.now();
		const used = process.cpuUsage();
		const report = stats.statsOf(library);
		const allMs = performance.now() - t;
		const spent = process.cpuUsage(used);
		const allCpuMs = (spent.user + spent.system) / 1000;
		t = performance.now();
		stats.statsOf(library, {profile: library.profiles[0]});
		const oneMs = performance.now() - t;
		t = performance.now();
		stats.statsOf(library, {year: Number(report.years.at(-1)!.period)});
		const yearMs = performance.now() - t;
		if (run === 0) continue;
		columns.push(columnsMs);
		all.push(allMs);
		cpu.push(allCpuMs);
		one.push(oneMs);
		year.push(yearMs);
	}
	const runMax = all.map((ms, i) => Math.max(ms, one[i]!, year[i]!));
	return {
		rows,
		runs,
		columnsMs: median(columns),
		allProfilesMs: median(all),
		oneProfileMs: median(one),
		yearMs: median(year),
		allProfilesCpuMs: median(cpu),
		maxMs: median(runMax),
		worstMs: Math.max(...runMax),
	};
}

// Run alone: `npx tsx test/bench/measure-stats.ts 250000 5`.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const rows = Number(process.argv[2] ?? 250_000);
	const runs = Number(process.argv[3] ?? 5);
	const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
	const e = benchExport(rows, 1);
	const times = await measureStats(root, e.path, rows, runs);
	process.stdout.write(`${JSON.stringify(times, null, 2)}\n`);
}
