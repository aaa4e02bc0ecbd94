#!/usr/bin/env node
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {COMMANDS, parseInvocation, validTimeZone, type Invocation} from './commands/args.js';
import {helpText} from './commands/help.js';
import {ExportError, UsageError} from './export/errors.js';
import {inert, inertLines} from './text/inert.js';
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
	if (inv.tz !== null) {
		if (!validTimeZone(inv.tz)) throw new UsageError(`--tz: unknown time zone "${inv.tz}" (use a name like Europe/Berlin or UTC)`);
		process.env['TZ'] = inv.tz;
	}
	const location = inv.demo ? DEMO_EXPORT : inv.export;
	const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
	if (inv.command === 'tui' && interactive) {
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
	// Imported here, not at the top: --help and --version should not pay for the reader and the model.
	const {openExport, runCommand, warningsText, loadNeeds} = await import('./commands/command-path.js');
	// Not a terminal, the explorer prints what `summary` prints.
	const command = inv.command === 'tui' ? 'summary' : inv.command;
	const view = await openExport(location, {dateOrder: inv.dateOrder ?? undefined, ...loadNeeds(command)});
	(await import('./trace.js')).trace('export opened');
	if (inv.command === 'tui') {
		// Not a terminal: print what `summary` prints, and how to get more.
		print(await runCommand('summary', view, {...inv, command: 'summary'} as Invocation, version()));
		process.stderr.write(`netflix-tui: not a terminal, so the explorer did not start. Commands: ${COMMANDS.join(', ')} (--help).\n`);
		return 0;
	}
	const out = await runCommand(inv.command, view, inv, version());
	(await import('./trace.js')).trace('command answered');
	process.stderr.write(warningsText(inv.command, view));
	return print(out);
}

function print(text: string): number {
	// The answers already show file text inert; this keeps any text that missed it from reaching the terminal.
	process.stdout.write(inertLines(text));
	return 0;
}

function fail(error: unknown): number {
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

// A reader that closes early (`| head`) is not an error.
process.stdout.on('error', error => {
	if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
});

main(process.argv.slice(2)).then(
	code => {
		process.exitCode = code;
	},
	error => {
		process.exitCode = fail(error);
	},
);
