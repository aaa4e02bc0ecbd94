#!/usr/bin/env node
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {COMMANDS, parseInvocation, useTimeZone} from './commands/args.js';
import {endQuietlyOnClosedPipe, failure as fail} from './commands/failure.js';
import {helpText} from './commands/help.js';
import {UsageError} from './export/errors.js';
import {inertLines} from './text/inert.js';
import {exitOnSignals} from './ui/terminal-guard.js';

const DEMO_EXPORT = fileURLToPath(new URL('../fixtures/sample/netflix-report.zip', import.meta.url));

function version(): string {
	const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string};
	return pkg.version;
}

async function main(argv: readonly string[]): Promise<number> {
	const inv = parseInvocation(argv);
	if (inv.command === 'help') return print(helpText((await import('./ui/key-help.js')).keyHelpLines()));
	if (inv.command === 'version') return print(`${version()}\n`);
	if (inv.command !== 'tui') {
		// A command: the command script does the whole run (and so does the netflix-tui bin, without this file).
		const {commandLine} = await import('./commands/command-path.js');
		return (await commandLine(argv, {demoExport: DEMO_EXPORT, version}))!;
	}
	useTimeZone(inv);
	const location = inv.demo ? DEMO_EXPORT : inv.export;
	// Only the explorer asks: reading process.stdin makes its stream (≈5–10 ms of a command's start).
	if (process.stdin.isTTY === true && process.stdout.isTTY === true) {
		// React's production build is fixed when dist/ is bundled (scripts/bundle.mjs): its development build
		// checks and times every render (≈2x slower to type into here).
		// Ink draws only the last frame when it thinks it runs in CI (CI or CONTINUOUS_INTEGRATION set, as in
		// some shells and every CI job). Both ends are terminals here, so a person is watching: draw every frame.
		// Removed, not set to 0: with CI set at all, chalk also drops every style (inverse, bold) under NO_COLOR.
		for (const name of ['CI', 'CONTINUOUS_INTEGRATION']) delete process.env[name];
		// NO_COLOR is read by the screens (ui/colour.ts): they drop colours and keep inverse, bold and underline.
		// Before the first escape sequence: a signal or a crash from here on restores the terminal first.
		exitOnSignals(error => fail(error));
		// Draw the first frame and start reading before Ink is imported (≈0.5 s of module loading).
		const preloaded = location === null ? undefined : (await import('./ui/preload.js')).preload(location, inv.dateOrder ?? undefined);
		try {
			await preloaded?.started;
			// Ink, React and Yoga a module at a time (each a task of its own, keys read in between), then the screens.
			await (await import('./ui/load-in-steps.js')).loadInkInSteps();
			const {runTui} = await import('./ui/run-tui.js');
			(await import('./trace.js')).trace('explorer loaded (Ink, React, screens)');
			const code = await runTui({exportPath: location, demoPath: DEMO_EXPORT, dateOrder: inv.dateOrder ?? undefined, preloaded});
			preloaded?.guard.restore();
			// Quit during a load: the load's reader thread and slices must not keep the process alive for
			// seconds after the screen is gone (a TTY's writes are synchronous, so nothing is cut short).
			process.exit(code);
		} finally {
			preloaded?.guard.restore();
		}
	}
	if (location === null) {
		throw new UsageError('no export given (the explorer needs a terminal; for scripts give a command and an export, or --demo)');
	}
	// Not a terminal: print what `summary` prints (the command script does the run), and how to get more.
	const {answer} = await import('./commands/command-path.js');
	const code = await answer(inv, 'summary', {demoExport: DEMO_EXPORT, version});
	if (code === 0) process.stderr.write(`netflix-tui: not a terminal, so the explorer did not start. Commands: ${COMMANDS.join(', ')} (--help).\n`);
	return code;
}

function print(text: string): number {
	// Help and version: our own text; inert all the same, should any come from elsewhere one day.
	process.stdout.write(inertLines(text));
	return 0;
}

endQuietlyOnClosedPipe();

main(process.argv.slice(2)).then(
	code => {
		process.exitCode = code;
	},
	error => {
		process.exitCode = fail(error);
	},
);
