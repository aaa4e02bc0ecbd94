/**
 * The explorer while it loads (issue #14, targets 4 and 5), in tmux like measure-tui.ts:
 * - the longest stall of the thread that reads keys, as the app itself measures it with
 *   perf_hooks.monitorEventLoopDelay under NETFLIX_TUI_TRACE=1 (source/trace.ts): its trace lines go to
 *   a file (stderr redirected in the pane's command) and are read once the search index is built;
 * - the explorer's peak RSS through the Stopped screen and the search index (/usr/bin/time -f %M);
 * - `q` pressed at set moments of a load: time from send-keys to the pane's process exit.
 */
import {existsSync, readFileSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {BENCH_DIR} from './generate.js';
import {COLUMNS, isLoading, isStopped, quit, ROWS} from './measure-tui.js';
import {median} from './stats.js';
import {TmuxControl} from './tmux-control.js';

/** Moments after launch (ms) at which `q` is pressed. */
export const QUIT_MOMENTS_MS = [200, 600, 1200] as const;

/** One explorer run's stalls, read from its trace. */
export interface StallRun {
	/** `until the first screen: longest event-loop stall N ms` (null: no such line). */
	untilFirstScreenMs: number | null;
	/** `first screen to search index: longest event-loop stall N ms`. */
	afterFirstScreenMs: number | null;
	/** Every `event loop stalled N ms` line (stalls over 50 ms, as they ended). */
	stallsMs: number[];
	/**
	 * The same two spans' `most CPU between two turns N ms` (absent from older traces): the longest stall
	 * without other processes' turns, which on a shared machine make most of a stall's wall time.
	 */
	cpuUntilFirstScreenMs?: number | null;
	cpuAfterFirstScreenMs?: number | null;
}

/** `q` pressed at one moment of the load. */
export interface QuitMoment {
	atMs: number;
	/** Median ms from send-keys to the process's exit. */
	medianMs: number;
	maxMs: number;
	samplesMs: number[];
	/** Runs in which the Stopped screen was already complete when q was sent (the load was over). */
	afterLoad: number;
}

export interface LoadUiTimes {
	rows: number;
	runs: number;
	stallRuns: StallRun[];
	/** Median over runs of each run's longest stall (null when the trace had no stall figures). */
	stallMs: number | null;
	/** The longest stall of any run. */
	stallWorstMs: number | null;
	/** Median peak RSS of the explorer (MB), null without /usr/bin/time. */
	rssMb: number | null;
	quits: QuitMoment[];
}

/** Reads a trace's stall figures (exported for the unit test: the trace format is source/trace.ts's). */
export function parseStalls(trace: string): StallRun {
	const figure = (label: string) => {
		const m = new RegExp(`${label}: longest event-loop stall (\\d+(?:\\.\\d+)?) ms`).exec(trace);
		return m ? Number(m[1]) : null;
	};
	const cpu = (label: string) => {
		const m = new RegExp(`${label}: longest event-loop stall .*most CPU between two turns (\\d+(?:\\.\\d+)?) ms`).exec(trace);
		return m ? Number(m[1]) : null;
	};
	return {
		untilFirstScreenMs: figure('until the first screen'),
		afterFirstScreenMs: figure('first screen to search index'),
		stallsMs: [...trace.matchAll(/event loop stalled (\d+(?:\.\d+)?) ms/g)].map(m => Number(m[1])),
		cpuUntilFirstScreenMs: cpu('until the first screen'),
		cpuAfterFirstScreenMs: cpu('first screen to search index'),
	};
}

/** A run's longest stall, or null when its trace had no figure at all. */
export function longestStall(run: StallRun): number | null {
	const all = [run.untilFirstScreenMs, run.afterFirstScreenMs, ...run.stallsMs].filter((v): v is number => v !== null);
	return all.length === 0 ? null : Math.max(...all);
}

/** `stallRuns` traced runs (stalls, RSS), then `quitRuns` rounds of q at each moment. */
export async function measureLoadUi(root: string, zip: string, rows: number, stallRuns: number, quitRuns: number, log: (line: string) => void): Promise<LoadUiTimes> {
	const tmux = new TmuxControl();
	const traceFile = join(BENCH_DIR, `trace-${process.pid}.txt`);
	const rssFile = join(BENCH_DIR, `explorer-rss-${process.pid}.txt`);
	const timed = existsSync('/usr/bin/time');
	try {
		await tmux.start(COLUMNS, ROWS, root);
		const node = JSON.stringify(process.execPath);
		const plain = `exec ${node} dist/cli.js ${JSON.stringify(zip)}`;
		const traced = `NETFLIX_TUI_TRACE=1 exec ${timed ? `/usr/bin/time -f %M -o ${JSON.stringify(rssFile)} ` : ''}${node} dist/cli.js ${JSON.stringify(zip)} 2>${JSON.stringify(traceFile)}`;

		const stalls: StallRun[] = [];
		const rss: number[] = [];
		for (let run = 1; run <= stallRuns; run++) {
			rmSync(traceFile, {force: true});
			rmSync(rssFile, {force: true});
			const launched = await tmux.launch(traced);
			const first = await tmux.waitFor(isLoading, launched);
			await tmux.waitFor(isStopped, first.at, 120_000);
			// The index is built after the first screen; its stall figure is traced 20 ms after.
			const deadline = performance.now() + 30_000;
			while (!readIf(traceFile).includes('first screen to search index') && performance.now() < deadline) await sleep(20);
			await quit(tmux);
			const found = parseStalls(readIf(traceFile));
			stalls.push(found);
			const mb = timed ? Number(readIf(rssFile).trim().split('\n').pop()) / 1024 : Number.NaN;
			if (Number.isFinite(mb) && mb > 0) rss.push(mb);
			log(
				`  explorer load ${rows}: run ${run}/${stallRuns}: longest stall ${longestStall(found) ?? '–'} ms (until first screen ${found.untilFirstScreenMs ?? '–'}, then ${found.afterFirstScreenMs ?? '–'}), peak RSS ${Number.isFinite(mb) ? Math.round(mb) : '–'} MB`,
			);
		}

		// q at each moment in turn, round by round, so a busy minute hits every moment alike.
		const samples = QUIT_MOMENTS_MS.map(() => [] as number[]);
		const afterLoad = QUIT_MOMENTS_MS.map(() => 0);
		for (let run = 1; run <= quitRuns; run++) {
			for (const [i, at] of QUIT_MOMENTS_MS.entries()) {
				const launched = await tmux.launch(plain);
				await sleep(launched + at - performance.now());
				if (isStopped(await tmux.screen())) afterLoad[i]!++;
				const sent = await tmux.keys('q');
				const exited = await tmux.waitForExit(10_000);
				if (exited === null) throw new Error(`the explorer did not exit within 10 s of q at ${at} ms into a load`);
				samples[i]!.push(exited - sent);
			}
			log(`  explorer load ${rows}: quit round ${run}/${quitRuns}: ${QUIT_MOMENTS_MS.map((at, i) => `q at ${at} ms → exit ${Math.round(samples[i]!.at(-1)!)} ms`).join(', ')}`);
		}
		const longest = stalls.map(longestStall).filter((v): v is number => v !== null);
		return {
			rows,
			runs: quitRuns,
			stallRuns: stalls,
			stallMs: longest.length > 0 ? median(longest) : null,
			stallWorstMs: longest.length > 0 ? Math.max(...longest) : null,
			rssMb: rss.length > 0 ? median(rss) : null,
			quits: QUIT_MOMENTS_MS.map((atMs, i) => ({atMs, medianMs: median(samples[i]!), maxMs: Math.max(...samples[i]!), samplesMs: samples[i]!, afterLoad: afterLoad[i]!})),
		};
	} finally {
		tmux.stop();
		rmSync(traceFile, {force: true});
		rmSync(rssFile, {force: true});
	}
}

function readIf(file: string): string {
	try {
		return readFileSync(file, 'utf8');
	} catch {
		return '';
	}
}

function sleep(ms: number): Promise<void> {
	return new Promise(resolve => setTimeout(resolve, Math.max(0, ms)));
}
