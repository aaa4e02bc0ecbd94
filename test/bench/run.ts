/**
 * `npm run bench` (issue #4): load, first frame, search, stats (issue #9) and memory figures for generated exports of
 * 25k, 100k and 250k rows, with PASS/FAIL per target. Needs the build (the npm script builds first),
 * python3, unzip and tmux; /usr/bin/time for memory. Writes only under os.tmpdir()/netflix-tui-bench.
 *
 *   npm run bench                       5 runs after a warm-up at 25,000, 100,000 and 250,000 rows
 *   npm run bench -- --quick            3 runs at 25,000 rows: a fast check that everything works
 *   npm run bench -- --sizes 25000,100000 [--runs 7] [--seed 1] [--no-tui]
 */
import {spawnSync} from 'node:child_process';
import {existsSync, writeFileSync} from 'node:fs';
import {availableParallelism, loadavg} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {benchExport, BENCH_DIR, type BenchExport} from './generate.js';
import {contenders, measureLoad, pandasAvailable, type LoadTimes} from './measure-process.js';
import {measureSearch} from './measure-search.js';
import {measureStats} from './measure-stats.js';
import {measureTui, type TuiTimes} from './measure-tui.js';
import {render, toJson, type BenchResults} from './report.js';
import {snapshotBuild} from './snapshot.js';

interface Options {
	sizes: number[];
	runs: number;
	seed: number;
	tui: boolean;
}

function parseOptions(argv: readonly string[]): Options {
	const options: Options = {sizes: [25_000, 100_000, 250_000], runs: 5, seed: 1, tui: true};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		const value = () => {
			const v = argv[++i];
			if (v === undefined) throw new Error(`${arg} needs a value`);
			return v;
		};
		if (arg === '--quick') {
			options.sizes = [25_000];
			options.runs = 3;
		} else if (arg === '--sizes')
			options.sizes = value()
				.split(',')
				.map(s => positive(s, arg));
		else if (arg === '--runs') options.runs = positive(value(), arg);
		else if (arg === '--seed') options.seed = positive(value(), arg);
		else if (arg === '--no-tui') options.tui = false;
		else throw new Error(`unknown option ${arg} (use --quick, --sizes 25000,100000, --runs N, --seed N, --no-tui)`);
	}
	options.sizes.sort((a, b) => a - b);
	return options;
}

function positive(text: string, name: string): number {
	const n = Number(text.replaceAll('_', ''));
	if (!Number.isInteger(n) || n <= 0) throw new Error(`${name}: "${text}" is not a positive whole number`);
	return n;
}

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`], {stdio: 'ignore'}).status === 0;
const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
	const options = parseOptions(process.argv.slice(2));
	const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
	if (!existsSync(join(repo, 'dist/cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` (npm run bench does)');
	const build = snapshotBuild(repo);
	try {
		await bench(options, build.root);
	} finally {
		build.remove();
	}
}

/** Runs every part against the build copied to `root`. */
async function bench(options: Options, root: string): Promise<void> {
	const cli = join(root, 'dist/cli.js');
	for (const tool of ['python3', 'unzip']) if (!has(tool)) throw new Error(`${tool} is needed for the baselines (Debian: apt-get install ${tool})`);
	const pandas = pandasAvailable();
	const skipped: Record<string, string> = {};
	if (!pandas) log('pandas not installed, skipped');

	const exports: BenchExport[] = options.sizes.map(rows => {
		log(`export ${rows.toLocaleString('en-US')} rows…`);
		const e = benchExport(rows, options.seed);
		log(`  ${e.path} (${(e.bytes / 1e6).toFixed(1)} MB${e.generated ? ', generated' : ', cached'})`);
		return e;
	});

	const loads: LoadTimes[] = [];
	for (const e of exports) loads.push(await measureLoad(contenders(cli, e, pandas), e.rows, options.runs, Math.min(options.runs, 3), log));

	const tuis: TuiTimes[] = [];
	if (!options.tui) skipped['tui'] = '--no-tui';
	else if (!has('tmux')) skipped['tui'] = 'tmux not installed (Debian: apt-get install tmux)';
	else {
		for (const e of exports) {
			const typing = e === exports.at(-1) ? options.runs : 0;
			try {
				tuis.push(await measureTui(root, e.path, e.rows, options.runs, typing, log));
			} catch (error) {
				skipped['tui'] = `failed at ${e.rows} rows: ${(error as Error).message.split('\n')[0]}`;
				log(`TUI: ${(error as Error).message}`);
				break;
			}
		}
	}

	const largest = exports.at(-1)!;
	log(`search at ${largest.rows.toLocaleString('en-US')} rows…`);
	const search = await measureSearch(root, largest.path, largest.rows, options.runs);
	log(`stats at ${largest.rows.toLocaleString('en-US')} rows…`);
	const stats = await measureStats(root, largest.path, largest.rows, options.runs);

	const results: BenchResults = {
		machine: {node: process.version, cpus: availableParallelism(), loadAverage: loadavg(), pandas, when: new Date().toISOString()},
		runs: options.runs,
		sizes: options.sizes,
		loads,
		tuis,
		search,
		stats,
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
