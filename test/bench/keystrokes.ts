/**
 * The keystroke part of the bench alone (issue #14, target 3), for comparing builds: measureTui's typing
 * runs (tmux 120×40, the ten queries, a key every 100 ms) at one size, each build's runs interleaved with
 * the others', medians over runs, with the load average of each run. A build is a folder holding a
 * `dist/` (copy one aside with `cp -r dist /tmp/before/` before changing the code). Writes nothing.
 *
 *   npx tsx test/bench/keystrokes.ts [--runs 5] [--rows 250000] [folder …]   (default: this checkout)
 */
import {loadavg} from 'node:os';
import {resolve} from 'node:path';
import {wholeNumberOption} from './args.js';
import {benchExport} from './generate.js';
import {measureTui} from './measure-tui.js';
import {median} from './stats.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => wholeNumberOption(args, name, fallback);
const runs = option('--runs', 5);
const rows = option('--rows', 250_000);
const builds = (args.length > 0 ? args : ['.']).map(folder => resolve(folder));
const zip = benchExport(rows, 1).path;

const found = new Map(builds.map(build => [build, {p50: [] as number[], p95: [] as number[], max: [] as number[]}]));
for (let run = 1; run <= runs; run++) {
	for (const build of builds) {
		const load = loadavg()
			.map(n => n.toFixed(2))
			.join(' ');
		// No start-up runs (0), one typing run after a warm-up (1): a fresh process per run.
		const times = await measureTui(build, zip, rows, 0, 1, () => {});
		const seen = found.get(build)!;
		seen.p50.push(times.keyP50Ms!);
		seen.p95.push(times.keyP95Ms!);
		seen.max.push(times.keyMaxMs!);
		const slowest = times.slowestKeys.map(k => `"${k.typed}" ${k.ms.toFixed(0)}`).join(', ');
		console.log(
			`run ${run}/${runs} ${build}: p50 ${times.keyP50Ms!.toFixed(1)} ms, p95 ${times.keyP95Ms!.toFixed(1)} ms, max ${times.keyMaxMs!.toFixed(1)} ms (load average ${load}; slowest ${slowest})`,
		);
	}
}
for (const [build, seen] of found) {
	console.log(
		`${build}: keystroke -> frame at ${rows.toLocaleString('en-US')} rows, medians of ${runs} runs: p50 ${median(seen.p50).toFixed(1)} ms, p95 ${median(seen.p95).toFixed(1)} ms, max ${median(seen.max).toFixed(1)} ms`,
	);
}
