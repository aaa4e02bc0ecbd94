/**
 * The alternate screen: the explorer draws on a separate screen so the shell's scrollback is left as
 * it was. Whatever happens (quit, Ctrl+C, SIGTERM, a crash, a load error), `restore` must run, once.
 */

const ENTER_ALTERNATE = '\x1b[?1049h';
const LEAVE_ALTERNATE = '\x1b[?1049l';
/** Ink hides the cursor while it runs; a crash can skip its cleanup, so show it again. */
const SHOW_CURSOR = '\x1b[?25h';

/** A terminal switched to the alternate screen, and the way back. */
export interface TerminalGuard {
	/** Leaves the alternate screen and shows the cursor. Safe to call more than once. */
	restore: () => void;
}

/** Switches `stream` to the alternate screen; also restores it if the process exits without `restore`. */
export function enterAlternateScreen(stream: NodeJS.WritableStream): TerminalGuard {
	let restored = false;
	const restore = () => {
		if (restored) return;
		restored = true;
		process.off('exit', restore);
		stream.write(LEAVE_ALTERNATE + SHOW_CURSOR);
	};
	stream.write(ENTER_ALTERNATE);
	process.on('exit', restore);
	return {restore};
}
