/**
 * The TUI in a real pseudo-terminal (tmux, 120×40; see tmux-control.ts for why control mode):
 * launch to first frame with load progress, launch to a complete Stopped screen, and keystroke to
 * updated frame while typing searches.
 */
import {performance} from 'node:perf_hooks';
import {timeOnce, type Contender} from './measure-process.js';
import {QUERIES} from './queries.js';
import {QUIET_MS, TmuxControl} from './tmux-control.js';
import {median, percentile} from './stats.js';

/** What the TUI benchmark found (ms; medians over runs). */
export interface TuiTimes {
	rows: number;
	runs: number;
	/** Launch request to the loading screen (`rows read`) on screen. */
	firstFrameMs: number;
	/** Launch request to the Stopped screen with its list and status bar on screen. */
	stoppedMs: number;
	firstFrameSamplesMs: number[];
	stoppedSamplesMs: number[];
	/** A bare `node -e 0` (spawn to exit), timed between the launches (absent when not asked for). */
	nodeMs?: number;
	nodeSamplesMs?: number[];
	/** Median over runs of each run's p50 / p95 keystroke-to-frame. */
	keyP50Ms: number | null;
	keyP95Ms: number | null;
	keyMaxMs: number | null;
	keystrokesPerRun: number;
	/** Pause between keystrokes (see TYPING_INTERVAL_MS). */
	typingIntervalMs: number;
	/** The slowest keystrokes (median over runs): query on screen after the key, and ms. */
	slowestKeys: Array<{typed: string; ms: number}>;
	/** One capture-pane request and answer: the upper bound of the measurement's own delay. */
	roundTripMs: number;
	/** Silence that ends a frame (waited, not counted). */
	quietMs: number;
}

/**
 * Time from one keystroke to the next, as a fast typist (≈ 120 words a minute). It matters: Ink renders
 * at most 30 frames a second (maxFps, leading and trailing edge), so a key sent the moment the previous
 * frame lands waits out the rest of the 33 ms window; keys at a human pace get the leading edge.
 */
export const TYPING_INTERVAL_MS = 100;

export const COLUMNS = 120;
export const ROWS = 40;

// Text only the loading screen shows, and the Stopped screen once complete: its title and the status
// bar's `Stopped · All profiles · 1/7,296` position (rendered with the list, not before it).
export const isLoading = (s: string) => s.includes('rows read');
export const isStopped = (s: string) => s.includes('Where did I stop') && /Stopped · .* · [\d,]+\/[\d,]+/.test(s);
const isSearch = (s: string) => s.includes('Search:');

/**
 * `baseline` (a bare `node -e 0`), when given, is timed before each counted launch: interleaved, so
 * that the Stopped screen's time can be set against it as a ratio taken in the same minutes.
 */
export async function measureTui(
	root: string,
	zip: string,
	rows: number,
	runs: number,
	keyRuns: number,
	log: (line: string) => void,
	baseline?: Contender,
	/** How many of QUERIES each typing run types (all by default; --quick types fewer). */
	queryCount = QUERIES.length,
): Promise<TuiTimes> {
	const tmux = new TmuxControl();
	try {
		await tmux.start(COLUMNS, ROWS, root);
		const roundTrips: number[] = [];
		for (let i = 0; i < 20; i++) roundTrips.push(await tmux.roundTripMs());
		const command = `exec ${JSON.stringify(process.execPath)} dist/cli.js ${JSON.stringify(zip)}`;

		const firsts: number[] = [];
		const stops: number[] = [];
		const nodes: number[] = [];
		// Run 0 warms the page cache and is not counted.
		for (let run = 0; run <= runs; run++) {
			if (baseline && run > 0) nodes.push(await timeOnce(baseline));
			const launched = await tmux.launch(command);
			const first = await tmux.waitFor(isLoading, launched);
			const stopped = await tmux.waitFor(isStopped, first.at, 120_000);
			if (run > 0) {
				firsts.push(first.at - launched);
				stops.push(stopped.at - launched);
				log(
					`  tui ${rows}: run ${run}/${runs}: first frame ${Math.round(first.at - launched)} ms, Stopped ${Math.round(stopped.at - launched)} ms${baseline ? `, node -e 0 ${Math.round(nodes.at(-1)!)} ms` : ''}`,
				);
			}
			if (run < runs) await quit(tmux);
		}

		// Typing starts on the Stopped screen of the last run. Each typing run after that gets a fresh
		// process, as a person's session would: later runs must not be served from the first run's query cache.
		const p50s: number[] = [];
		const p95s: number[] = [];
		const maxes: number[] = [];
		let keystrokes = 0;
		let lastSent = 0;
		const perKey: Record<string, number[]> = {};
		// keyRuns 0: startup only (the smaller sizes). Otherwise run 0 is a warm-up.
		for (let run = 0; keyRuns > 0 && run <= keyRuns; run++) {
			if (run > 0) {
				await quit(tmux);
				// Loading first: until the new process draws, the pane may still show the old Stopped screen.
				const first = await tmux.waitFor(isLoading, await tmux.launch(command));
				await tmux.waitFor(isStopped, first.at, 120_000);
			}
			const times: number[] = [];
			// The warm-up run types two searches: enough to compile the typing path, a quarter of the minutes.
			for (const q of QUERIES.slice(0, run === 0 ? Math.min(2, queryCount) : queryCount)) {
				await tmux.waitFor(isSearch, await tmux.keys('/'));
				let typed = '';
				for (const ch of q.typed) {
					typed += ch;
					await sleep(lastSent + TYPING_INTERVAL_MS - performance.now());
					const sent = await tmux.keys(ch);
					lastSent = sent;
					// The frame that shows this keystroke: the query line reads what was typed so far.
					const want = `Search: ${typed.trimEnd()}`;
					const frame = await tmux.waitFor(s => s.includes(want), sent);
					times.push(frame.at - sent);
					if (run > 0) (perKey[typed] ??= []).push(frame.at - sent);
				}
				await tmux.waitFor(isStopped, await tmux.keys('Escape', false));
			}
			keystrokes = times.length;
			if (run === 0) continue;
			p50s.push(percentile(times, 50));
			p95s.push(percentile(times, 95));
			maxes.push(Math.max(...times));
			log(`  tui ${rows}: typing run ${run}/${keyRuns}: keystroke p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`);
		}
		await quit(tmux);
		return {
			rows,
			runs,
			firstFrameMs: median(firsts),
			stoppedMs: median(stops),
			firstFrameSamplesMs: firsts,
			stoppedSamplesMs: stops,
			...(baseline ? {nodeMs: median(nodes), nodeSamplesMs: nodes} : {}),
			keyP50Ms: p50s.length > 0 ? median(p50s) : null,
			keyP95Ms: p95s.length > 0 ? median(p95s) : null,
			keyMaxMs: maxes.length > 0 ? median(maxes) : null,
			keystrokesPerRun: keystrokes,
			typingIntervalMs: TYPING_INTERVAL_MS,
			slowestKeys: Object.entries(perKey)
				.map(([typed, ms]) => ({typed, ms: median(ms)}))
				.sort((a, b) => b.ms - a.ms)
				.slice(0, 5),
			roundTripMs: median(roundTrips),
			quietMs: QUIET_MS,
		};
	} finally {
		tmux.stop();
	}
}

function sleep(ms: number): Promise<void> {
	return new Promise(resolve => setTimeout(resolve, Math.max(0, ms)));
}

/** Presses q and waits until the TUI process has exited (the pane stays, remain-on-exit). */
export async function quit(tmux: TmuxControl): Promise<void> {
	await tmux.keys('q');
	if ((await tmux.waitForExit(5000)) === null) throw new Error('the TUI did not exit on q');
}
