/**
 * A command's whole run, from its arguments to its exit code: `netflix-tui stopped --json export.zip`.
 * It runs in the command script (dist/command-path.cjs, scripts/command-script.mjs): cli.tsx calls it
 * for a command, and so does the `netflix-tui` bin (dist/netflix-tui.cjs) without cli.js at all, as
 * CommonJS (Node's ES module loader and cli.js's chunks were ≈20–50 ms of a command's start).
 */
import {allowEngineTuning} from '../load/engine-tuning.js';
import {type CommandName, type Invocation, parseInvocation, useTimeZone} from './args.js';
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
	allowEngineTuning();
	let inv: Invocation;
	try {
		inv = parseInvocation(argv);
	} catch (error) {
		return failure(error);
	}
	if (inv.command === 'tui' || inv.command === 'help' || inv.command === 'version') return null;
	return answer(inv, inv.command, place);
}

/**
 * Opens the export `inv` names, writes `command`'s answer and gives the exit code: the command's own, or
 * `summary` for the explorer started without a terminal (cli.tsx).
 */
export async function answer(inv: Invocation, command: CommandName, place: CommandPlace): Promise<number> {
	try {
		useTimeZone(inv);
		const location = inv.demo ? place.demoExport : inv.export;
		// parseInvocation refuses a command without an export or --demo; cli.tsx says the explorer's need.
		if (location === null) throw new UsageError('no export given');
		endQuietlyOnClosedPipe();
		const view = await openExport(location, {dateOrder: inv.dateOrder ?? undefined, ...loadNeeds(command)});
		trace('export opened');
		const out = await runCommand(command, view, {...inv, command}, place.version());
		trace('command answered');
		process.stderr.write(warningsText(command, view));
		// runCommand returns its answer safe for a terminal (run-command.ts says how): written as it is.
		process.stdout.write(out);
		return 0;
	} catch (error) {
		return failure(error);
	}
}
