/**
 * The explorer's whole run, from the first frame to the exit code: one module, so that the bundle can
 * load all of the explorer's code as one script with V8's code cache (scripts/bundle.mjs,
 * scripts/command-script.mjs), as it does for a command. cli.tsx imports it only when both ends are
 * terminals.
 */
import type {Invocation} from './commands/args.js';
import {failure} from './commands/failure.js';
import {allowEngineTuning} from './load/engine-tuning.js';
import {trace} from './trace.js';
import {loadInkInSteps} from './ui/load-in-steps.js';
import {exitOnSignals} from './ui/terminal-guard.js';

/**
 * Ink draws only the last frame when it thinks it runs in CI (CI or CONTINUOUS_INTEGRATION set, as in
 * some shells and every CI job). Both ends are terminals here, so a person is watching: draw every frame.
 * Removed, not set to 0: with CI set at all, chalk also drops every style (inverse, bold) under NO_COLOR.
 * Before Ink's modules run (they read it once). React's production build is fixed when dist/ is bundled
 * (scripts/bundle.mjs): its development build checks and times every render (≈2x slower to type into).
 */
function drawEveryFrame(): void {
	for (const name of ['CI', 'CONTINUOUS_INTEGRATION']) delete process.env[name];
}

/** Ink, React and Yoga a module at a time (each a task of its own, keys read in between), then the screens. */
export async function loadCode(): Promise<typeof import('./ui/run-tui.js')> {
	await loadInkInSteps();
	return import('./ui/run-tui.js');
}

/**
 * The explorer run once on `exportPath` in a fake terminal (warm-up.ts): what the build runs to make the
 * script's code cache.
 */
export async function warmUp(exportPath: string): Promise<void> {
	// As the explorer draws (the build runs this in CI too, where Ink would otherwise draw nothing until the end).
	drawEveryFrame();
	const {runTui} = await loadCode();
	const [{preload}, {warmUp: run}] = await Promise.all([import('./ui/preload.js'), import('./ui/warm-up.js')]);
	await run(exportPath, preload, runTui);
}

/** Runs the explorer on `location` (null: the welcome screen); ends the process when it quits. */
export async function explore(inv: Invocation, location: string | null, demoExport: string): Promise<number> {
	drawEveryFrame();
	allowEngineTuning();
	// NO_COLOR is read by the screens (ui/colour.ts): they drop colours and keep inverse, bold and underline.
	// Before the first escape sequence: a signal or a crash from here on restores the terminal first.
	exitOnSignals(error => failure(error));
	// Draw the first frame and start reading before Ink is imported (≈0.5 s of module loading).
	const preloaded = location === null ? undefined : (await import('./ui/preload.js')).preload(location, inv.dateOrder ?? undefined);
	try {
		await preloaded?.started;
		const {runTui} = await loadCode();
		trace('explorer loaded (Ink, React, screens)');
		const code = await runTui({exportPath: location, demoPath: demoExport, dateOrder: inv.dateOrder ?? undefined, preloaded});
		preloaded?.guard.restore();
		// Quit during a load: the load's reader thread and slices must not keep the process alive for
		// seconds after the screen is gone (a TTY's writes are synchronous, so nothing is cut short).
		return process.exit(code);
	} finally {
		preloaded?.guard.restore();
	}
}
