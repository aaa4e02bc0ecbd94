/**
 * A command's whole run, from its arguments to its exit code: `netflix-tui stopped --json export.zip`.
 * It runs in the command script (dist/command-path.cjs, scripts/command-script.mjs): cli.tsx calls it
 * for a command, and so does the `netflix-tui` bin (dist/netflix-tui.cjs) without cli.js at all, as
 * CommonJS (Node's ES module loader and cli.js's chunks were ≈20–50 ms of a command's start).
 */
import {parseInvocation, useTimeZone} from './args.js';
import {UsageError} from '../export/errors.js';
import {endQuietlyOnClosedPipe, failure} from './failure.js';
import {openExport} from '../load/open-export.js';
import {loadNeeds, runCommand, warningsText} from './run-command.js';
import {trace} from '../trace.js';

/** Where the caller's files are: the bundled sample (for --demo) and the app's version. */
export interface CommandPlace {
	demoExport: string;
	version: () => string;
}

/**
 * Runs the command `argv` names and gives its exit code; null, having done nothing, when `argv` names
 * no command (help, version, the explorer: cli.tsx's work).
 */
export async function commandLine(argv: readonly string[], place: CommandPlace): Promise<number | null> {
	try {
		const inv = parseInvocation(argv);
		if (inv.command === 'tui' || inv.command === 'help' || inv.command === 'version') return null;
		useTimeZone(inv);
		const location = inv.demo ? place.demoExport : inv.export;
		// parseInvocation refuses a command without an export or --demo.
		if (location === null) throw new UsageError('no export given');
		endQuietlyOnClosedPipe();
		const view = await openExport(location, {dateOrder: inv.dateOrder ?? undefined, ...loadNeeds(inv.command)});
		trace('export opened');
		const out = await runCommand(inv.command, view, inv, place.version());
		trace('command answered');
		process.stderr.write(warningsText(inv.command, view));
		// runCommand returns its answer safe for a terminal (run-command.ts says how): written as it is.
		process.stdout.write(out);
		return 0;
	} catch (error) {
		return failure(error);
	}
}
