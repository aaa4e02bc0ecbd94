/**
 * Phase timings for finding where a load spends its time: with NETFLIX_TUI_TRACE set, each phase
 * prints the milliseconds since the process started (workers too), on stderr. Off, it costs one compare.
 */
const on = process.env['NETFLIX_TUI_TRACE'] !== undefined && process.env['NETFLIX_TUI_TRACE'] !== '';

/** Whether tracing is on (to add hooks only then). */
export const tracing = on;

export function trace(label: string): void {
	if (on) process.stderr.write(`netflix-tui trace ${(process.uptime() * 1000).toFixed(0).padStart(6)} ms  ${label}\n`);
}
