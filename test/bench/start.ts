/**
 * The explorer's start alone (issue #14, targets 1 and 4), for comparing builds: each build's launches
 * interleaved with the others' in one tmux pane (120×40 unless told), a bare `node -e 0` timed before each
 * round. Per build, medians over runs: launch to first frame and to the complete Stopped screen, the main
 * thread's CPU time when the Stopped screen is complete (read from /proc: other processes' turns on a
 * shared machine do not count in it), the whole process's CPU, and the trace's stall figures
 * (NETFLIX_TUI_TRACE=1: the longest stall until the first screen, wall and most CPU between two turns).
 * A build is a folder holding a `dist/` (copy one aside with `cp -r dist package.json /tmp/before/` before
 * changing the code). Writes the traces under /tmp/netflix-tui-bench only.
 *
 *   npx tsx test/bench/start.ts [--runs 5] [--rows 20000] [--columns 120] [--lines 40] [folder …]
 */
import {mkdirSync, readFileSync, rmSync} from 'node:fs';
import {loadavg} from 'node:os';
import {join, resolve} from 'node:path';
import {wholeNumberOption} from './args.js';
import {BENCH_DIR, benchExport} from './generate.js';
import {parseStalls} from './measure-load-ui.js';
import {timeOnce} from './measure-process.js';
import {isLoading, isStopped, quit} from './measure-tui.js';
import {median} from './stats.js';
import {TmuxControl} from './tmux-control.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => wholeNumberOption(args, name, fallback);
const runs = option('--runs', 5);
const rows = option('--rows', 20_000);
const columns = option('--columns', 120);
const lines = option('--lines', 40);
const builds = (args.length > 0 ? args : ['.']).map(folder => resolve(folder));
const zip = benchExport(rows, 1).path;
mkdirSync(BENCH_DIR, {recursive: true});

/** Milliseconds of CPU: the main thread's (schedstat, ns) and the process's (stat: utime + stime, in ticks of 10 ms). */
function cpuOf(pid: string): {main: number; process: number} {
	const main = Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'latin1').split(' ')[0]) / 1e6;
	const fields = readFileSync(`/proc/${pid}/stat`, 'latin1').split(') ')[1]!.split(' ');
	return {main, process: (Number(fields[11]) + Number(fields[12])) * 10};
}

type Figures = Record<'first' | 'stopped' | 'mainCpu' | 'processCpu' | 'stall' | 'stallCpu', number[]>;
const found = new Map<string, Figures>(builds.map(b => [b, {first: [], stopped: [], mainCpu: [], processCpu: [], stall: [], stallCpu: []}]));
const nodes: number[] = [];
const tmux = new TmuxControl();
try {
	await tmux.start(columns, lines, BENCH_DIR);
	// Round 0 warms the page cache and is not counted.
	for (let run = 0; run <= runs; run++) {
		if (run > 0) nodes.push(await timeOnce({name: 'node -e 0', command: process.execPath, args: ['-e', '0']}));
		for (const build of builds) {
			const tracePath = join(BENCH_DIR, `start-trace-${builds.indexOf(build)}.txt`);
			rmSync(tracePath, {force: true});
			const launched = await tmux.launch(
				`cd ${JSON.stringify(build)} && NETFLIX_TUI_TRACE=1 exec ${JSON.stringify(process.execPath)} dist/cli.js ${JSON.stringify(zip)} 2>${JSON.stringify(tracePath)}`,
			);
			const first = await tmux.waitFor(isLoading, launched);
			const stopped = await tmux.waitFor(isStopped, first.at, 120_000);
			const [pid] = await tmux.command(`display -p -t ${tmux.pane} '#{pane_pid}'`);
			const cpu = cpuOf(pid!);
			// The stall figures are traced once the work after the first screen is done.
			const waitUntil = performance.now() + 30_000;
			while (!readFileSync(tracePath, 'utf8').includes('first screen to search index') && performance.now() < waitUntil) await new Promise(r => setTimeout(r, 50));
			await quit(tmux);
			if (run === 0) continue;
			const trace = readFileSync(tracePath, 'utf8');
			const stalls = parseStalls(trace);
			const figures = found.get(build)!;
			figures.first.push(first.at - launched);
			figures.stopped.push(stopped.at - launched);
			figures.mainCpu.push(cpu.main);
			figures.processCpu.push(cpu.process);
			figures.stall.push(stalls.untilFirstScreenMs ?? Number.NaN);
			figures.stallCpu.push(stalls.cpuUntilFirstScreenMs ?? Number.NaN);
			console.log(
				`run ${run}/${runs} ${build}: first frame ${Math.round(first.at - launched)} ms, Stopped ${Math.round(stopped.at - launched)} ms, main thread ${Math.round(cpu.main)} ms CPU, stall until the first screen ${stalls.untilFirstScreenMs} ms (most CPU between two turns ${stalls.cpuUntilFirstScreenMs ?? '–'} ms) (load average ${loadavg()
					.map(l => l.toFixed(2))
					.join(' ')})`,
			);
		}
	}
} finally {
	tmux.stop();
}
const list = (values: number[]) => values.map(v => Math.round(v)).join(', ');
console.log(`node -e 0: median ${Math.round(median(nodes))} ms (${list(nodes)})`);
for (const [build, f] of found) {
	console.log(
		`${build} at ${rows.toLocaleString('en-US')} rows, medians of ${runs}: first frame ${Math.round(median(f.first))} ms; Stopped ${Math.round(median(f.stopped))} ms (${list(f.stopped)}), ${(median(f.stopped) / median(nodes)).toFixed(2)}× node -e 0; main thread ${Math.round(median(f.mainCpu))} ms CPU (${list(f.mainCpu)}), process ${Math.round(median(f.processCpu))} ms; stall until the first screen ${Math.round(median(f.stall))} ms (${list(f.stall)}), most CPU between two turns ${Math.round(median(f.stallCpu))} ms (${list(f.stallCpu)})`,
	);
}
