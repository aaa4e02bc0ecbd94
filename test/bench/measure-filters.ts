/**
 * The list filters in-process (issue #14, target 6: ≤ 50 ms at 250k rows), on tsc's build/ modules and
 * through the explorer's own ScreenData (what a keystroke asks of it), each call timed alone:
 * - History by show: a show name typed a key at a time (each key filters anew);
 * - History by date: `2024-03-07` typed a key at a time (a year, a month, then a day);
 * - History by profile: each profile's list;
 * - Stopped by state: each section (`s`), finished shown (`f`), abandoned only (`a`).
 * Each run gets a fresh ScreenData (its lists are remembered per instance), on the library a load left
 * (resume points computed, as the loader does before the first screen), prepared as the explorer
 * prepares it after the first screen (the search index, the titles folded for the History filter). Lists are lazy: each timed
 * call also reads the 40 rows a screen shows.
 *
 *   npx tsx test/bench/measure-filters.ts [rows] [runs]    just this part (run npm run build first)
 */
import {dirname, join, resolve} from 'node:path';
import {performance} from 'node:perf_hooks';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {benchExport} from './generate.js';
import {median} from './stats.js';

type OpenExportModule = typeof import('../../source/load/open-export.js');
type ScreenDataModule = typeof import('../../source/ui/screen-data.js');
type SearchIndexModule = typeof import('../../source/query/search-index.js');

/** Typed into the History filter a key at a time (both exist in the seed-1 exports). */
export const SHOW_TYPED = 'burning lantern';
export const DATE_TYPED = '2024-03-07';
const STOP_GROUPS = ['mid-episode', 'next-up', 'movie', 'done'] as const;
const SCREEN_ROWS = 40;

/** One kind of filter: what its calls took. */
export interface FilterTimes {
	name: string;
	/** Calls per run. */
	calls: number;
	/** Median of every call. */
	medianMs: number;
	/** Median over runs of each run's slowest call: the slow keystroke of a typical session. */
	maxMs: number;
	/** The slowest call of all runs. */
	worstMs: number;
	/** The slowest call's input (median over runs). */
	slowest: string;
}

export interface FiltersTimes {
	rows: number;
	runs: number;
	filters: FilterTimes[];
}

export async function measureFilters(root: string, zip: string, rows: number, runs: number): Promise<FiltersTimes> {
	const load = (p: string) => import(pathToFileURL(join(root, 'build', p)).href);
	const open = (await load('load/open-export.js')) as OpenExportModule;
	const screens = (await load('ui/screen-data.js')) as ScreenDataModule;
	const search = (await load('query/search-index.js')) as SearchIndexModule;
	const view = await open.openExport(zip);
	// Built once (not timed): each ScreenData's `prepare` asks for it.
	const index = search.buildSearchIndex(view.library);
	const fresh = () => {
		const data = new screens.ScreenData(view, () => index, Date.now());
		// What the explorer makes after the first screen, before a person can reach a filter: the search
		// index and the titles folded for the History filter (a filter typed before that folds them at once).
		data.prepare();
		return data;
	};
	// What the loader computes before the first screen (the resume points; the library groups its shows).
	fresh().stopped(null, {abandoned: false, finished: false});

	const prefixes = (text: string) => [...text].map((_, i) => [...text].slice(0, i + 1).join(''));
	const profiles = view.library.profiles;
	// Each call returns a list; reading the rows a screen shows is part of the answer (lists are made as read).
	const readHistory = (list: {length: number; at(i: number): unknown}) => {
		for (let i = list.length - 1; i >= Math.max(0, list.length - SCREEN_ROWS); i--) list.at(i);
	};
	const kinds: Array<{name: string; calls: Array<{label: string; run: (data: InstanceType<ScreenDataModule['ScreenData']>) => void}>}> = [
		{
			name: `History by show ("${SHOW_TYPED}" typed)`,
			calls: prefixes(SHOW_TYPED).map(text => ({label: `"${text}"`, run: data => readHistory(data.history(null, {text}))})),
		},
		{
			name: `History by date ("${DATE_TYPED}" typed)`,
			calls: prefixes(DATE_TYPED).map(text => ({label: `"${text}"`, run: data => readHistory(data.history(null, {text}))})),
		},
		{
			name: 'History by profile',
			calls: profiles.map(profile => ({label: profile, run: data => readHistory(data.history(profile))})),
		},
		{
			name: 'Stopped by state (s, f, a)',
			calls: [
				...STOP_GROUPS.map(group => ({label: group, run: (data: InstanceType<ScreenDataModule['ScreenData']>) => data.stopped(null, {abandoned: false, finished: false, group})})),
				{label: 'finished shown', run: data => data.stopped(null, {abandoned: false, finished: true})},
				{label: 'abandoned', run: data => data.stopped(null, {abandoned: true, finished: false})},
			],
		},
	];

	const samples = kinds.map(k => k.calls.map(() => [] as number[]));
	// Run 0 warms the JIT and is not counted.
	for (let run = 0; run <= runs; run++) {
		kinds.forEach((kind, k) => {
			const data = fresh();
			kind.calls.forEach((call, c) => {
				const t = performance.now();
				call.run(data);
				const ms = performance.now() - t;
				if (run > 0) samples[k]![c]!.push(ms);
			});
		});
	}
	return {
		rows,
		runs,
		filters: kinds.map((kind, k) => {
			const perCall = samples[k]!;
			const runMax = Array.from({length: runs}, (_, r) => Math.max(...perCall.map(s => s[r]!)));
			const slowest = perCall.map((s, c) => ({label: kind.calls[c]!.label, ms: median(s)})).sort((a, b) => b.ms - a.ms)[0]!;
			return {
				name: kind.name,
				calls: kind.calls.length,
				medianMs: median(perCall.flat()),
				maxMs: median(runMax),
				worstMs: Math.max(...perCall.flat()),
				slowest: `${slowest.label} ${slowest.ms.toFixed(1)} ms`,
			};
		}),
	};
}

// Run alone: `npx tsx test/bench/measure-filters.ts 250000 5`.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const rows = Number(process.argv[2] ?? 250_000);
	const runs = Number(process.argv[3] ?? 5);
	const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
	const e = benchExport(rows, 1);
	const times = await measureFilters(root, e.path, rows, runs);
	process.stdout.write(`${JSON.stringify(times, null, 2)}\n`);
}
