/**
 * Search latency in-process: tsc's build/ modules (the code the TUI runs, before bundling), the 250k export's index, each
 * keystroke's `search()` call timed alone. The limit is the TUI's (SEARCH_LIMIT) so the work matches.
 */
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {pathToFileURL} from 'node:url';
import {QUERIES} from './queries.js';
import {median, percentile} from './stats.js';

type OpenExportModule = typeof import('../../source/load/open-export.js');
type SearchIndexModule = typeof import('../../source/query/search-index.js');

/** What one search benchmark found. */
export interface SearchTimes {
	rows: number;
	/** Titles in the index. */
	titles: number;
	/** openExport in this process (for reference; the load figure is the whole-process one). */
	openMs: number;
	buildIndexMs: number;
	keystrokesPerRun: number;
	runs: number;
	/** Median over runs of each run's p50 / p95 / max per-keystroke search time. */
	p50Ms: number;
	p95Ms: number;
	maxMs: number;
	/** The slowest keystrokes (median over runs): query typed so far and ms. */
	slowest: Array<{typed: string; ms: number}>;
	/** Rank (1-based) of the wanted title in the hits for the full query; null when not in the hits. */
	ranks: Array<{typed: string; wanted: string; rank: number | null; exists: boolean}>;
}

/** Imports tsc's modules from `root`/build (dist/ is one bundle): dynamic paths, so the bench measures the built code. */
async function builtModules(root: string): Promise<{open: OpenExportModule; search: SearchIndexModule}> {
	const load = (p: string) => import(pathToFileURL(join(root, 'build', p)).href);
	return {open: (await load('load/open-export.js')) as OpenExportModule, search: (await load('query/search-index.js')) as SearchIndexModule};
}

const SEARCH_LIMIT = 200;

export async function measureSearch(root: string, zip: string, rows: number, runs: number): Promise<SearchTimes> {
	const {open, search} = await builtModules(root);
	let t = performance.now();
	const view = await open.openExport(zip);
	const openMs = performance.now() - t;
	t = performance.now();
	const index = search.buildSearchIndex(view.library);
	const buildIndexMs = performance.now() - t;

	const prefixes = QUERIES.flatMap(q => [...q.typed].map((_, i) => [...q.typed].slice(0, i + 1).join('')));
	const perKey: number[][] = prefixes.map(() => []);
	const runP50: number[] = [];
	const runP95: number[] = [];
	const runMax: number[] = [];
	// Run 0 is the warm-up (JIT, Fuse's lazy structures); it is not counted. Each run gets a fresh index,
	// as each TUI session does: a run must not be served from an earlier run's query cache.
	for (let run = 0; run <= runs; run++) {
		const fresh = run === 0 ? index : search.buildSearchIndex(view.library);
		const times = prefixes.map(p => {
			const start = performance.now();
			fresh.search(p, SEARCH_LIMIT);
			return performance.now() - start;
		});
		if (run === 0) continue;
		times.forEach((ms, i) => perKey[i]!.push(ms));
		runP50.push(percentile(times, 50));
		runP95.push(percentile(times, 95));
		runMax.push(Math.max(...times));
	}
	const names = new Set([...view.library.shows.values()].map(s => s.name));
	const ranks = QUERIES.map(q => {
		const at = index.search(q.typed, SEARCH_LIMIT).findIndex(h => h.show.name === q.wanted);
		return {typed: q.typed, wanted: q.wanted, rank: at < 0 ? null : at + 1, exists: names.has(q.wanted)};
	});
	const slowest = prefixes
		.map((typed, i) => ({typed, ms: median(perKey[i]!)}))
		.sort((a, b) => b.ms - a.ms)
		.slice(0, 5);
	return {
		rows,
		titles: index.size,
		openMs,
		buildIndexMs,
		keystrokesPerRun: prefixes.length,
		runs,
		p50Ms: median(runP50),
		p95Ms: median(runP95),
		maxMs: median(runMax),
		slowest,
		ranks,
	};
}
