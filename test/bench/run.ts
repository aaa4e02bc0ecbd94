/**
 * `npm run bench` (issues #14 and #4): whole processes (ours, `node -e 0`, Python csv.reader, polars and
 * DuckDB scripts), the explorer in tmux (first frame, Stopped screen, keystroke to frame, stalls of the
 * key thread and q during a load, peak RSS), and in-process search, stats and list filters, at a real
 * size (20k rows) and a large one (250k), with PASS/FAIL per target as ratios taken in one run. Needs the
 * build (the npm script builds first), python3, unzip and tmux; /usr/bin/time for memory; pip for the
 * polars and DuckDB baselines (a venv made once, else they say "skipped" and why). Writes only under
 * os.tmpdir()/netflix-tui-bench. 11 minutes on this 2-core VM at load average 12 (where every process
 * took 6–8× its idle time); about 3 on an idle one. The report ends with the time each part took.
 *
 *   npm run bench                       5 runs after a warm-up at 20,000 and 250,000 rows
 *   npm run bench -- --quick            3 runs at 20,000 rows, fewer keystrokes: checks that every part works (≈1 min)
 *   npm run bench -- --sizes 20000,100000,250000 [--runs 7] [--seed 1] [--no-tui]
 */
import {spawnSync} from 'node:child_process';
import {existsSync, writeFileSync} from 'node:fs';
import {availableParallelism, loadavg} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {performance} from 'node:perf_hooks';
import {fileURLToPath} from 'node:url';
import {benchExport, BENCH_DIR, type BenchExport} from './generate.js';
import {measureFilters, type FiltersTimes} from './measure-filters.js';
import {measureLoadUi, type LoadUiTimes} from './measure-load-ui.js';
import {contenders, measureLoad, pandasAvailable, type LoadTimes} from './measure-process.js';
import {measureSearch, type SearchTimes} from './measure-search.js';
import {measureStats, type StatsTimes} from './measure-stats.js';
import {measureTui, type TuiTimes} from './measure-tui.js';
import {pythonBaselines} from './python-baselines.js';
import {QUERIES} from './queries.js';
import {REAL_SIZE, render, toJson, type BenchResults} from './report.js';
import {snapshotBuild} from './snapshot.js';

interface Options {
	sizes: number[];
	runs: number;
	seed: number;
	tui: boolean;
	/** Typing runs at the largest size (after a warm-up run), and how many of the queries each types. */
	typingRuns: number;
	queries: number;
	/** /usr/bin/time runs per command for peak RSS. */
	rssRuns: number;
	/** Traced explorer runs for the stalls during a load (each also gives the explorer's peak RSS). */
	stallRuns: number;
}

function parseOptions(argv: readonly string[]): Options {
	// Typing (132 keys a run), memory and stalls get fewer runs than the timings: they cost the most
	// minutes, and their figures vary less from run to run (a p95 over 132 keys, a peak RSS, a maximum).
	const options: Options = {sizes: [20_000, 250_000], runs: 5, seed: 1, tui: true, typingRuns: 3, queries: QUERIES.length, rssRuns: 2, stallRuns: 3};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		const value = () => {
			const v = argv[++i];
			if (v === undefined) throw new Error(`${arg} needs a value`);
			return v;
		};
		if (arg === '--quick') {
			options.sizes = [20_000];
			options.runs = 3;
			options.typingRuns = 1;
			options.queries = 2;
			options.rssRuns = 1;
			options.stallRuns = 2;
		} else if (arg === '--sizes')
			options.sizes = value()
				.split(',')
				.map(s => positive(s, arg));
		else if (arg === '--runs') options.runs = positive(value(), arg);
		else if (arg === '--seed') options.seed = positive(value(), arg);
		else if (arg === '--no-tui') options.tui = false;
		else throw new Error(`unknown option ${arg} (use --quick, --sizes 20000,250000, --runs N, --seed N, --no-tui)`);
	}
	options.sizes.sort((a, b) => a - b);
	return options;
}

function positive(text: string, name: string): number {
	const n = Number(text.replaceAll('_', ''));
	if (!Number.isInteger(n) || n <= 0) throw new Error(`${name}: "${text}" is not a positive whole number`);
	return n;
}

/** A part that may fail alone: its result, or null with the reason kept in `skipped`. */
async function part<T>(name: string, skipped: Record<string, string>, run: () => Promise<T>): Promise<T | null> {
	const t = performance.now();
	try {
		return await run();
	} catch (error) {
		const message = (error as Error).message;
		skipped[name] = `failed: ${message.split('\n')[0]}`;
		log(`${name}: ${message}`);
		return null;
	} finally {
		seconds[name] = (seconds[name] ?? 0) + (performance.now() - t) / 1000;
	}
}

/** Wall time per part (s), for the report: where the 10 minutes go. */
const seconds: Record<string, number> = {};

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`], {stdio: 'ignore'}).status === 0;
const started = performance.now();
/** Progress on stderr, each line with the seconds since the start (the budget is 10 minutes). */
const log = (line: string) =>
	process.stderr.write(
		`[${Math.round((performance.now() - started) / 1000)
			.toString()
			.padStart(3)} s] ${line}\n`,
	);
/** At the start of the run, before the bench adds its own load. */
let loadAverage: number[] = [];

async function main(): Promise<void> {
	const options = parseOptions(process.argv.slice(2));
	const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
	if (!existsSync(join(repo, 'dist/cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` (npm run bench does)');
	loadAverage = loadavg();
	const build = snapshotBuild(repo);
	try {
		await bench(options, build.root);
	} finally {
		build.remove();
	}
}

/** Runs every part against the build copied to `root`. */
async function bench(options: Options, root: string): Promise<void> {
	const began = performance.now();
	// The commands as a person runs them: the netflix-tui bin (package.json), which starts a command without cli.js.
	const bin = join(root, 'dist/netflix-tui.cjs');
	for (const tool of ['python3', 'unzip']) if (!has(tool)) throw new Error(`${tool} is needed for the baselines (Debian: apt-get install ${tool})`);
	const pandas = pandasAvailable();
	const skipped: Record<string, string> = {};
	if (!pandas) log('pandas not installed, skipped');
	let t = performance.now();
	const baselines = pythonBaselines(log);
	seconds['notebook setup'] = (performance.now() - t) / 1000;
	const notebook = 'skipped' in baselines ? null : baselines;
	if ('skipped' in baselines) {
		skipped['notebook'] = baselines.skipped;
		log(`polars and DuckDB scripts skipped: ${baselines.skipped}`);
	}

	const exports: BenchExport[] = options.sizes.map(rows => {
		log(`export ${rows.toLocaleString('en-US')} rows…`);
		const e = benchExport(rows, options.seed);
		log(`  ${e.path} (${(e.bytes / 1e6).toFixed(1)} MB${e.generated ? ', generated' : ', cached'})`);
		return e;
	});
	const largest = exports.at(-1)!;

	const loads: LoadTimes[] = [];
	t = performance.now();
	for (const e of exports)
		loads.push(await measureLoad(contenders(bin, e, {pandas, notebook}), e.rows, options.runs, options.rssRuns, log, e === exports[0] ? 'round' : {file: e.path}));
	seconds['processes'] = (performance.now() - t) / 1000;

	const tuis: TuiTimes[] = [];
	let loadUi: LoadUiTimes | null = null;
	if (!options.tui) skipped['tui'] = skipped['loadUi'] = '--no-tui';
	else if (!has('tmux')) skipped['tui'] = skipped['loadUi'] = 'tmux not installed (Debian: apt-get install tmux)';
	else {
		const node = {name: 'node-e0', command: process.execPath, args: ['-e', '0']};
		for (const e of exports) {
			const typing = e === largest ? options.typingRuns : 0;
			const real = e.rows >= REAL_SIZE.min && e.rows <= REAL_SIZE.max;
			const t = await part('tui', skipped, () => measureTui(root, e.path, e.rows, options.runs, typing, log, real ? node : undefined, options.queries));
			if (!t) break;
			tuis.push(t);
		}
		log(`explorer during a load at ${largest.rows.toLocaleString('en-US')} rows…`);
		loadUi = await part('loadUi', skipped, () => measureLoadUi(root, largest.path, largest.rows, options.stallRuns, options.runs, log));
	}

	log(`search at ${largest.rows.toLocaleString('en-US')} rows…`);
	const search: SearchTimes | null = await part('search', skipped, () => measureSearch(root, largest.path, largest.rows, options.runs));
	log(`stats at ${largest.rows.toLocaleString('en-US')} rows…`);
	const stats: StatsTimes | null = await part('stats', skipped, () => measureStats(root, largest.path, largest.rows, options.runs));
	log(`list filters at ${largest.rows.toLocaleString('en-US')} rows…`);
	const filters: FiltersTimes | null = await part('filters', skipped, () => measureFilters(root, largest.path, largest.rows, options.runs));

	const results: BenchResults = {
		machine: {node: process.version, cpus: availableParallelism(), loadAverage, pandas, when: new Date().toISOString(), loadAverageAtEnd: loadavg()},
		runs: options.runs,
		sizes: options.sizes,
		loads,
		tuis,
		loadUi,
		search,
		stats,
		filters,
		notebook: notebook !== null,
		elapsedMs: performance.now() - began,
		partSeconds: seconds,
		skipped,
	};
	const json = toJson(results);
	const file = join(BENCH_DIR, `results-${new Date().toISOString().replaceAll(':', '-')}.json`);
	writeFileSync(file, `${json}\n`);
	process.stdout.write(`${render(results)}\n\n${json}\n\nJSON written to ${file}\n`);
}

main().catch((error: unknown) => {
	process.stderr.write(`bench: ${(error as Error).message}\n`);
	process.exitCode = 1;
});
