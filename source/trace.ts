/**
 * Phase timings for finding where a load spends its time: with NETFLIX_TUI_TRACE set, each phase
 * prints the milliseconds since the process started (workers too), on stderr. Off, it costs one compare.
 */
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import type {IntervalHistogram} from 'node:perf_hooks';

const on = process.env['NETFLIX_TUI_TRACE'] !== undefined && process.env['NETFLIX_TUI_TRACE'] !== '';

/** Whether tracing is on (to add hooks only then). */
export const tracing = on;

export function trace(label: string): void {
	if (on) process.stderr.write(`netflix-tui trace ${(process.uptime() * 1000).toFixed(0).padStart(6)} ms  ${label}\n`);
}

/** A stall of the thread that reads keys longer than this is traced as it ends (a key would wait that long). */
const STALL_MS = 50;
let histogram: IntervalHistogram | undefined;
/** The most CPU time this thread spent between two turns of the watch (ms), since the last report. */
let mostCpu = 0;

/**
 * With tracing on: watches this thread's event loop from now on. Every stall over STALL_MS is traced
 * when it ends (so the phase traced before it is the one that held the thread), and `traceStalls`
 * prints the longest delay perf_hooks measured.
 */
export function watchStalls(): void {
	if (!on || histogram) return;
	// Loaded only when tracing: perf_hooks is ≈2 ms of every start otherwise.
	const {monitorEventLoopDelay} = createRequire(import.meta.url)('node:perf_hooks') as typeof import('node:perf_hooks');
	histogram = monitorEventLoopDelay({resolution: 10});
	histogram.enable();
	const every = 10;
	let last = performance.now();
	let lastCpu = threadCpuMs();
	setInterval(() => {
		const now = performance.now();
		const cpu = threadCpuMs();
		const late = now - last - every;
		// On a shared machine a stall's wall time is partly other processes' turn: the thread's own CPU
		// time over the same span says how much of it was this thread's work.
		const busy = cpu !== null && lastCpu !== null ? `, ${(cpu - lastCpu).toFixed(0)} ms of it on the CPU` : '';
		if (cpu !== null && lastCpu !== null) mostCpu = Math.max(mostCpu, cpu - lastCpu);
		last = now;
		lastCpu = cpu;
		if (late > STALL_MS) trace(`event loop stalled ${late.toFixed(0)} ms${busy}`);
	}, every).unref();
}

/**
 * Milliseconds this thread has run on a CPU (Linux: the first field of /proc/thread-self/schedstat, in
 * nanoseconds); null elsewhere. Read only while tracing.
 */
function threadCpuMs(): number | null {
	try {
		return Number(readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ', 1)[0]) / 1e6;
	} catch {
		return null;
	}
}

/** With tracing on: `label`, and how long this thread has run on a CPU since the process started (Linux). */
export function traceCpu(label: string): void {
	if (!on) return;
	const cpu = threadCpuMs();
	trace(cpu === null ? label : `${label} (this thread: ${cpu.toFixed(0)} ms on the CPU)`);
}

/** With tracing on: the longest event-loop delay since the watch started (or the last report), then resets. */
export function traceStalls(label: string): void {
	if (!histogram) return;
	// The CPU figure is the stall without other processes' turns on a shared machine (a 10 ms watch: within 10 ms).
	const cpu = mostCpu > 0 ? `; most CPU between two turns ${mostCpu.toFixed(0)} ms` : '';
	trace(`${label}: longest event-loop stall ${(histogram.max / 1e6).toFixed(0)} ms (p99 ${(histogram.percentile(99) / 1e6).toFixed(0)} ms${cpu})`);
	histogram.reset();
	mostCpu = 0;
}
