/**
 * Load timings as a user waits for them: whole processes from spawn to exit, ours and the baselines,
 * interleaved round by round so that a colleague's build slowing the machine hits every contender alike.
 */
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, readFileSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {BENCH_DIR, type BenchExport} from './generate.js';
import {median} from './stats.js';

/** One contender: a command line that reads the export's viewing history completely. */
export interface Contender {
	name: string;
	command: string;
	args: string[];
}

/** Median wall time per contender, and peak RSS of ours. */
export interface LoadTimes {
	rows: number;
	/** Median ms per contender name; absent when a contender was skipped. */
	medianMs: Record<string, number>;
	/** All samples, for the JSON. */
	samplesMs: Record<string, number[]>;
	/** Median peak RSS of `node dist/netflix-tui.cjs summary` in MB (from /usr/bin/time -f %M), null when unavailable. */
	peakRssMb: number | null;
	/** The same for `node dist/netflix-tui.cjs stopped --json` (absent in results from before it was measured). */
	stoppedRssMb?: number | null;
}

/** Which optional contenders run: pandas when installed, the polars and DuckDB scripts when their venv is there. */
export interface ContenderOptions {
	pandas: boolean;
	/** The venv's python and the two scripts (python-baselines.ts), or null. */
	notebook: {python: string; polars: string; duckdb: string} | null;
}

// What a notebook user runs: stdlib only, every row into a list (the same work our loader must do at least).
const PYTHON_CSV = `import csv, io, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z, z.open(sys.argv[2]) as f:
    rows = list(csv.reader(io.TextIOWrapper(f, encoding="utf-8", newline="")))
print(len(rows))`;

const PYTHON_PANDAS = `import sys, zipfile
import pandas as pd
with zipfile.ZipFile(sys.argv[1]) as z, z.open(sys.argv[2]) as f:
    frame = pd.read_csv(f)
print(len(frame))`;

/** True when `python3 -c "import pandas"` works on this machine. */
export function pandasAvailable(): boolean {
	return spawnSync('python3', ['-c', 'import pandas'], {stdio: 'ignore'}).status === 0;
}

/**
 * The contenders for one export: ours (`summary --json`), ours `stopped --json`, a bare `node -e 0`,
 * Python csv.reader, pandas (when installed), the polars and DuckDB scripts (when their venv is there),
 * and the unzip | wc floor.
 */
export function contenders(cli: string, exp: BenchExport, options: ContenderOptions): Contender[] {
	const list: Contender[] = [
		{name: 'ours', command: process.execPath, args: [cli, 'summary', exp.path, '--json']},
		{name: 'stopped', command: process.execPath, args: [cli, 'stopped', exp.path, '--json']},
		{name: 'node-e0', command: process.execPath, args: ['-e', '0']},
		{name: 'python-csv', command: 'python3', args: ['-c', PYTHON_CSV, exp.path, exp.viewingEntry]},
	];
	if (options.pandas) list.push({name: 'pandas', command: 'python3', args: ['-c', PYTHON_PANDAS, exp.path, exp.viewingEntry]});
	const nb = options.notebook;
	if (nb) list.push({name: 'polars', command: nb.python, args: [nb.polars, exp.path]}, {name: 'duckdb', command: nb.python, args: [nb.duckdb, exp.path]});
	// unzip treats the entry name as a pattern; ours has no wildcard characters, so it names one entry.
	list.push({name: 'unzip-wc', command: 'sh', args: ['-c', 'unzip -p "$1" "$2" | wc -l', 'sh', exp.path, exp.viewingEntry]});
	return list;
}

/** Runs a command once with stdout discarded; resolves with ms from spawn to exit. Rejects on a non-zero exit. */
export function timeOnce(c: Contender): Promise<number> {
	return new Promise((resolve, reject) => {
		const start = performance.now();
		const child = spawn(c.command, c.args, {stdio: ['ignore', 'ignore', 'pipe']});
		let stderr = '';
		child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
		child.on('error', reject);
		child.on('exit', code => {
			const ms = performance.now() - start;
			if (code === 0) resolve(ms);
			else
				reject(
					new Error(
						`${c.name} exited ${code}: ${
							stderr
								.split('\n')
								.filter(l => /error/i.test(l))
								.slice(0, 2)
								.join(' | ') || stderr.trim()
						}`,
					),
				);
		});
	});
}

/**
 * Peak RSS in MB of one run, from GNU time's `%M` (the child's ru_maxrss as reported by wait4, in KB).
 * Null when /usr/bin/time is missing (Debian package `time`).
 */
export function peakRssMb(c: Contender): number | null {
	if (!existsSync('/usr/bin/time')) return null;
	const out = join(BENCH_DIR, `rss-${process.pid}.txt`);
	const run = spawnSync('/usr/bin/time', ['-f', '%M', '-o', out, c.command, ...c.args], {stdio: 'ignore'});
	if (run.status !== 0) throw new Error(`${c.name} exited ${run.status} under /usr/bin/time`);
	const kb = Number(readFileSync(out, 'utf8').trim().split('\n').pop());
	rmSync(out, {force: true});
	return kb / 1024;
}

/**
 * A warm-up, then `runs` interleaved rounds; then `rssRuns` runs of ours (summary, stopped) under
 * /usr/bin/time. The warm-up is a round of every contender (`warm` is a file: only that file read, to
 * have it in the page cache, when an earlier size's round already warmed the programs themselves).
 */
export async function measureLoad(
	list: Contender[],
	rows: number,
	runs: number,
	rssRuns: number,
	log: (line: string) => void,
	warm: 'round' | {file: string} = 'round',
): Promise<LoadTimes> {
	const samplesMs: Record<string, number[]> = {};
	if (warm !== 'round') readFileSync(warm.file);
	for (const c of list) {
		if (warm === 'round') await timeOnce(c);
		samplesMs[c.name] = [];
	}
	for (let round = 0; round < runs; round++) {
		for (const c of list) samplesMs[c.name]!.push(await timeOnce(c));
		log(`  load ${rows}: round ${round + 1}/${runs}: ${list.map(c => `${c.name} ${Math.round(samplesMs[c.name]!.at(-1)!)} ms`).join(', ')}`);
	}
	const medianMs: Record<string, number> = {};
	for (const [name, s] of Object.entries(samplesMs)) medianMs[name] = median(s);
	const rssOf = (name: string) => {
		const c = list.find(x => x.name === name);
		const rss: number[] = [];
		for (let i = 0; c && i < rssRuns; i++) {
			const mb = peakRssMb(c);
			if (mb !== null) rss.push(mb);
		}
		return rss.length > 0 ? median(rss) : null;
	};
	return {rows, medianMs, samplesMs, peakRssMb: rssOf('ours'), stoppedRssMb: rssOf('stopped')};
}
