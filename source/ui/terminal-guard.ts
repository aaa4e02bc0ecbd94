/**
 * The alternate screen: the explorer draws on a separate screen so the shell's scrollback is left as
 * it was. Whatever happens (quit, Ctrl+C, SIGTERM, a crash, a load error), `restore` must run, once.
 */

const ENTER_ALTERNATE = '\x1b[?1049h';
const LEAVE_ALTERNATE = '\x1b[?1049l';
/** Ink hides the cursor while it runs; a crash can skip its cleanup, so show it again. */
const SHOW_CURSOR = '\x1b[?25h';
/**
 * While the explorer runs the terminal reports the mouse (1000: presses and the wheel, 1006: as SGR
 * text, so any column fits) and marks pastes (2004: bracketed paste); key-reader.ts reads both.
 */
const MOUSE_AND_PASTE_ON = '\x1b[?1000h\x1b[?1006h\x1b[?2004h';
const MOUSE_AND_PASTE_OFF = '\x1b[?1006l\x1b[?1000l\x1b[?2004l';

/**
 * What puts the terminal back as the shell had it: mouse reporting and bracketed paste off, the main
 * screen back, the cursor shown. Harmless when sent twice or when nothing was turned on.
 */
export const RESTORE_TERMINAL = MOUSE_AND_PASTE_OFF + LEAVE_ALTERNATE + SHOW_CURSOR;

/** Writes RESTORE_TERMINAL to `stream`: the one way every exit path (signals, crashes) gives the terminal back. */
export function restoreTerminal(stream: NodeJS.WritableStream): void {
	stream.write(RESTORE_TERMINAL);
}

/** A terminal switched to the alternate screen, and the way back. */
export interface TerminalGuard {
	/** Leaves the alternate screen, turns mouse reporting off and shows the cursor. Safe to call more than once. */
	restore: () => void;
}

/**
 * Switches `stream` to the alternate screen with mouse reporting and bracketed paste on; also restores
 * it if the process exits without `restore`.
 */
export function enterAlternateScreen(stream: NodeJS.WritableStream): TerminalGuard {
	let restored = false;
	const restore = () => {
		if (restored) return;
		restored = true;
		process.off('exit', restore);
		restoreTerminal(stream);
	};
	stream.write(ENTER_ALTERNATE + MOUSE_AND_PASTE_ON);
	process.on('exit', restore);
	return {restore};
}
