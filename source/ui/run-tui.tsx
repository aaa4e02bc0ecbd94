import {render} from 'ink';
import type {DateOrder} from '../export/viewing-history.js';
import {ExportError} from '../export/errors.js';
import {inert} from '../text/inert.js';
import {trace, tracing} from '../trace.js';
import {findExports} from './find-exports.js';
import {listRows} from './layout.js';
import {nextTurn} from './next-turn.js';
import {screenDataLoader} from './load-screen-data.js';
import {inertOutput} from './inert-output.js';
import {Root} from './Root.js';
import {enterAlternateScreen} from './terminal-guard.js';
import {initialState} from './ui-state.js';
import type {Preload} from './preload.js';

/** What the CLI passes to the explorer. */
export interface TuiOptions {
	/** The export to open, or null for the welcome screen. */
	exportPath: string | null;
	/** The sample export the welcome screen offers on `d`. */
	demoPath: string;
	/** Date order for NetflixViewingHistory.csv, when the file cannot tell. */
	dateOrder?: DateOrder;
	/** The first frame and the load, started before Ink was imported (see preload.ts). */
	preloaded?: Preload;
}

/** Streams the explorer talks to (the process's own by default; tests pass fakes). */
export interface TuiStreams {
	stdin?: NodeJS.ReadStream;
	stdout?: NodeJS.WriteStream;
	stderr?: NodeJS.WriteStream;
}

/**
 * Runs the interactive explorer until the user quits; resolves with the exit code. Draws on the
 * alternate screen and always restores the terminal before printing any error.
 */
export async function runTui(options: TuiOptions, streams: TuiStreams = {}): Promise<number> {
	const stdout = streams.stdout ?? process.stdout;
	const stderr = streams.stderr ?? process.stderr;
	const stdin = streams.stdin ?? process.stdin;
	const guard = options.preloaded?.guard ?? enterAlternateScreen(stdout, stdin);
	let instance: ReturnType<typeof render> | undefined;
	let quitting = false;
	// Signals and crashes end the process from terminal-guard.ts (exitOnSignals): Ink draws its last frame
	// on the alternate screen before the guard leaves it, not on the shell's screen after.
	guard.beforeRestore(() => quitting || instance?.unmount());
	// In the real terminal `q` and Ctrl+C end the process as the key is read: no last frame is drawn (the
	// screen is left at once), and a load in progress is dropped, not waited for.
	const onQuit =
		streams.stdout === undefined
			? () => {
					quitting = true;
					guard.restore();
					trace('quit: terminal restored');
					process.exit(0);
				}
			: undefined;
	try {
		// Ink's instance first, with nothing to draw, and the app a turn of the event loop later: the first
		// time, each runs code compiled for it then (the reconciler's mount, Yoga, Ink's output), ≈70 ms of
		// CPU in one piece with the app (trace at load average 10), ≈30 ms for the instance alone. The plain
		// frame stays until then. Neither in the turn this module was compiled in (the import resolves in
		// the poll phase, where one immediate would have run in the same turn: 45–60 ms in one piece).
		await nextTurn();
		instance = render(null, {
			// Screens make file text inert; this guard shows what one forgot instead of obeying it.
			// Quitting, the screen is left and the process ends: Ink draws nothing more (its exit hook would).
			stdout: inertOutput(stdout, () => quitting),
			stderr,
			stdin,
			// Ctrl+C goes through the keymap like q, so both take the same way out.
			exitOnCtrlC: false,
			// Ink's default 30 frames a second makes a key typed between two frames wait up to 33 ms; a
			// frame costs ≈10–15 ms here, so 120 keeps that wait under a frame's own cost.
			maxFps: 120,
			// Only the lines that changed are written (Ink's log-update, fixed by scripts/ink-fast-paths.mjs):
			// moving the cursor in a list rewrites two lines, not forty.
			incrementalRendering: true,
			// With NETFLIX_TUI_TRACE: how long Ink took to turn each frame into terminal output.
			onRender: tracing ? ({renderTime}) => trace(`frame drawn by Ink in ${renderTime.toFixed(1)} ms`) : undefined,
			// Console output would tear the frame; only the real terminal's console is worth patching.
			patchConsole: streams.stdout === undefined,
		});
		await nextTurn();
		const initial = initialState({
			exportPath: options.exportPath,
			demoPath: options.demoPath,
			found: options.exportPath === null ? findExports() : [],
			viewport: listRows(stdout.rows || 24),
			columns: stdout.columns || 80,
			// Ink's loading frame takes over from the plain one at the figures it showed: they only go up.
			progress: options.preloaded?.takeScreen(),
		});
		instance.rerender(<Root initial={initial} load={options.preloaded?.load ?? screenDataLoader(options.dateOrder)} onQuit={onQuit} />);
		await instance.waitUntilExit();
		guard.restore();
		return 0;
	} catch (error) {
		instance?.unmount();
		guard.restore();
		if (error instanceof ExportError) {
			stderr.write(`netflix-tui: ${inert(error.message)}\n${inert(error.hint)}\n`);
		} else {
			const message = error instanceof Error ? error.message : String(error);
			stderr.write(`netflix-tui: the explorer stopped on an error: ${inert(message.split('\n')[0]!)}\n`);
		}
		return 1;
	} finally {
		guard.restore();
	}
}
