#!/usr/bin/env node
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {COMMANDS, parseInvocation, useTimeZone} from './commands/args.js';
import {endQuietlyOnClosedPipe, failure as fail} from './commands/failure.js';
import {helpText} from './commands/help.js';
import {UsageError} from './export/errors.js';
import {inertLines} from './text/inert.js';

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
		// The explorer: one script with its code cache in the bundle (explorer-path.ts).
		return (await import('./explorer-path.js')).explore(inv, location, DEMO_EXPORT);
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
