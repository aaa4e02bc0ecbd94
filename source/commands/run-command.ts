import {UsageError} from '../export/errors.js';
import type {ExportView} from '../query/open-export.js';
import type {CommandName, Invocation} from './args.js';
import {commandData} from './command-data.js';

/** Runs one non-interactive command and returns what to print on stdout: JSON, or text for a person. */
export async function runCommand(command: CommandName, view: ExportView, inv: Invocation, version: string): Promise<string> {
	const answer = await commandData(command, view, inv, checkProfile(view, inv.profile), version);
	if (inv.json) return `${JSON.stringify(answer.data, null, 2)}\n`;
	// Text needs terminal cell widths (string-width), JSON does not: load it only here.
	const {commandText} = await import('./command-text.js');
	return commandText(answer, inv.query, view.loaded.datesOnly, inv.by);
}

function checkProfile(view: ExportView, profile: string | null): string | null {
	if (profile === null) return null;
	const names = view.library.profiles;
	const exact = names.find(n => n === profile) ?? names.find(n => n.toLowerCase() === profile.toLowerCase());
	if (!exact) throw new UsageError(`no profile "${profile}" in this export; profiles: ${names.map(n => `"${n}"`).join(', ')}`);
	return exact;
}
