import {UsageError} from '../export/errors.js';
import {inertLines, jsonText} from '../text/inert.js';
import {matchName} from '../query/names.js';
import type {ExportView} from '../load/open-export.js';
import type {CommandName, Invocation} from './args.js';
import {commandData, TITLES_READ} from './command-data.js';
import type {LoadOptions} from '../load/load-export.js';

/**
 * What a command asks of the load: it answers once all is read (not interactive), what it reads of the
 * titles, and whether the titles' tally of the rows is made in the wait for them (only `stopped` reads it).
 */
export function loadNeeds(command: CommandName): Pick<LoadOptions, 'interactive' | 'titles' | 'tally'> {
	return {interactive: false, titles: TITLES_READ[command], tally: command === 'stopped'};
}

/**
 * Runs one non-interactive command and returns what to print on stdout, safe to write to a terminal as
 * it is: JSON from jsonText, which leaves no control character a terminal acts on in any line (C0 is
 * escaped by JSON.stringify, the rest by jsonText; its own text is ASCII, spaces and newlines), or text
 * for a person, whose lines are made inert here (the text shows file text inert where it lays it out;
 * this keeps any that missed it from the terminal). A second pass over a JSON answer found nothing to do
 * and cost ≈25 ms at 250k rows (`stopped --json`: 4.8 MB).
 */
export async function runCommand(command: CommandName, view: ExportView, inv: Invocation, version: string): Promise<string> {
	const answer = await commandData(command, view, inv, checkProfile(view, inv.profile), version);
	if (inv.json) return jsonText(answer.data);
	// Text needs terminal cell widths (string-width), JSON does not: load it only here.
	const {commandText} = await import('./command-text.js');
	return inertLines(commandText(answer, inv.query, view.loaded.datesOnly, inv.by));
}

/**
 * What the reader assumed to read an edited file (format reference §9), for stderr: summary and doctor
 * print warnings in their answer; every other command would otherwise say nothing of them.
 */
export function warningsText(command: CommandName, view: ExportView): string {
	if (command === 'summary' || command === 'doctor') return '';
	return view.loaded.warnings.map(w => `netflix-tui: warning: ${w}\n`).join('');
}

/** The profile `--profile` means: matched without case, accents or emoji (`Niños` for `Niños 🎈`). */
function checkProfile(view: ExportView, profile: string | null): string | null {
	if (profile === null) return null;
	const names = view.library.profiles;
	const match = matchName(names, profile);
	if (match.kind === 'one') return match.name;
	if (match.kind === 'many')
		throw new UsageError(`--profile "${profile}" fits ${match.names.length} profiles: ${match.names.map(n => `"${n}"`).join(', ')}; give more of the name`);
	throw new UsageError(`no profile "${profile}" in this export; profiles: ${names.map(n => `"${n}"`).join(', ')}`);
}
