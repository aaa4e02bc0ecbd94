import {ExportError, UsageError} from '../export/errors.js';
import {inert, inertLines} from '../text/inert.js';

/**
 * Says on stderr what went wrong, in our words, and gives the exit code: 2 for a usage error, 1 for an
 * export that cannot be read and for anything unexpected (its stack only with NETFLIX_TUI_DEBUG).
 */
export function failure(error: unknown): number {
	if (error instanceof UsageError) {
		// Messages echo names from the file and the command line (profiles, entries, headers): inert, one line each.
		process.stderr.write(`netflix-tui: ${inert(error.message)}\nRun netflix-tui --help for usage.\n`);
		return 2;
	}
	if (error instanceof ExportError) {
		process.stderr.write(`netflix-tui: ${inert(error.message)}\n${inert(error.hint)}\n`);
		return 1;
	}
	const message = error instanceof Error ? error.message : String(error);
	process.stderr.write(`netflix-tui: unexpected error: ${inert(message.split('\n')[0]!)}\nPlease report it with the output of netflix-tui doctor <export>.\n`);
	if (process.env['NETFLIX_TUI_DEBUG']) process.stderr.write(`${inertLines((error as Error).stack ?? '')}\n`);
	return 1;
}

/** Set on `process` once a handler is in (cli.js and the command script each have a copy of this module). */
const QUIET = Symbol.for('netflix-tui: closed pipe ends quietly');

/** A reader that closes early (`| head`) is not an error: the process ends quietly. One handler, however often asked. */
export function endQuietlyOnClosedPipe(): void {
	const marked = process as unknown as Record<symbol, boolean>;
	if (marked[QUIET]) return;
	marked[QUIET] = true;
	process.stdout.on('error', error => {
		if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
	});
}
