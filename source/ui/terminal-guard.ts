import {writeSync} from 'node:fs';

/**
 * The alternate screen: the explorer draws on a separate screen so the shell's scrollback is left as
 * it was. Whatever happens (quit, Ctrl+C, a signal, a crash, a load error), `restore` must run, once.
 */

/**
 * Entering: the alternate screen, then mouse reports (1000: presses and the wheel, 1006: as SGR text,
 * so any column fits) and bracketed paste (2004), which key-reader.ts reads.
 */
export const ENTER_SEQUENCE = '\x1b[?1049h\x1b[?1000h\x1b[?1006h\x1b[?2004h';
/**
 * Everything a terminal must be told to be as it was: leave the alternate screen, show the cursor (Ink
 * and the first frame hide it), and switch off mouse reporting (all four modes, though the app turns on
 * only 1000 and 1006) and bracketed paste. Turning off a mode that is off does nothing.
 */
export const RESTORE_SEQUENCE = '\x1b[?1049l\x1b[?25h\x1b[?1000l\x1b[?1002l\x1b[?1003l\x1b[?1006l\x1b[?2004l';

/** Exit codes after a signal: 128 + the signal's number, as shells report a process a signal ended. */
export const SIGNAL_EXIT_CODES = {SIGINT: 130, SIGTERM: 143, SIGHUP: 129} as const;

/** A terminal switched to the alternate screen, and the way back. */
export interface TerminalGuard {
	/**
	 * Runs the `beforeRestore` callbacks, turns raw mode off, then leaves the alternate screen and
	 * shows the cursor, writing synchronously. Safe to call more than once (only the first call acts).
	 */
	restore: () => void;
	/** Runs `callback` at the start of `restore` (the app unmounts, so its last frame stays on its screen). */
	beforeRestore: (callback: () => void) => void;
}

/** Guards entered and not yet restored: what a signal or a crash restores before the process ends. */
const active = new Set<() => void>();

/**
 * Writes at once: a signal handler calls `process.exit` next, and a stream write still queued then is
 * lost. A terminal's file descriptor takes `writeSync`; other streams (tests' fakes, pipes) `write`.
 */
function writeNow(stream: NodeJS.WritableStream, text: string): void {
	const {fd, isTTY} = stream as {fd?: unknown; isTTY?: boolean};
	if (typeof fd !== 'number' || isTTY !== true) {
		stream.write(text);
		return;
	}
	// A terminal that has gone (SIGHUP: the window closed) fails with EIO: nothing left to restore.
	for (let attempt = 0; attempt < 100; attempt++) {
		try {
			writeSync(fd, text);
			return;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') return;
		}
	}
}

/**
 * Switches `stream` to the alternate screen with mouse reports and bracketed paste on; also restores it if the process exits without `restore`,
 * and when `exitOnSignals` ends the process. `stdin` (when a terminal) has its raw mode turned off.
 */
export function enterAlternateScreen(stream: NodeJS.WritableStream, stdin?: NodeJS.ReadStream): TerminalGuard {
	let restored = false;
	const callbacks: Array<() => void> = [];
	const restore = () => {
		if (restored) return;
		restored = true;
		active.delete(restore);
		process.off('exit', restore);
		for (const callback of callbacks) {
			try {
				callback();
			} catch {
				// The terminal still has to be restored; the app is going away anyway.
			}
		}
		try {
			if (stdin?.isTTY === true) stdin.setRawMode(false);
		} catch {
			// A closed terminal (SIGHUP) cannot be put back in cooked mode, nor does it need to be.
		}
		writeNow(stream, RESTORE_SEQUENCE);
	};
	active.add(restore);
	process.on('exit', restore);
	stream.write(ENTER_SEQUENCE);
	return {restore, beforeRestore: callback => callbacks.push(callback)};
}

/** Restores every terminal still switched; what `exitOnSignals` does before the process ends. */
export function restoreAll(): void {
	for (const restore of [...active]) restore();
}

let installed = false;

/**
 * Ends the process on SIGINT, SIGTERM and SIGHUP (exit 130, 143, 129) and on an uncaught exception or
 * unhandled rejection (`describe` prints it, exit 1), restoring the terminal first, synchronously.
 * The CLI calls this before the explorer writes its first escape sequence: without a handler Node dies
 * on the signal at once and leaves the alternate screen on and the cursor hidden. Installed once;
 * later calls do nothing.
 */
export function exitOnSignals(describe: (error: unknown) => void, stdin: NodeJS.ReadStream = process.stdin): void {
	if (installed) return;
	installed = true;
	const end = (code: number) => {
		restoreAll();
		try {
			if (stdin.isTTY === true) stdin.setRawMode(false);
		} catch {
			// See restore: a terminal that has gone.
		}
		process.exit(code);
	};
	for (const [signal, code] of Object.entries(SIGNAL_EXIT_CODES)) process.on(signal, () => end(code));
	const crash = (error: unknown) => {
		restoreAll();
		try {
			describe(error);
		} finally {
			end(1);
		}
	};
	process.on('uncaughtException', crash);
	process.on('unhandledRejection', crash);
}
