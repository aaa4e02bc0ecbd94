import {cellWidth} from '../text/format.js';
import type {Tab, TabId} from './screens.js';

/** What the top line shows: the app's name (or not), each tab's label, and the profile. */
export interface HeaderText {
	app: string;
	/** One label per tab, in order (the current one bracketed: `[1 Stopped]`). */
	labels: string[];
	profile: string;
}

/** The app's name at the start of the top line, when there is room. */
export const APP_NAME = 'netflix-tui │ ';

/**
 * The widest top line that fits in `width`, trying in turn: the app's name and every tab named; the
 * tabs closer together; without the app's name; the other tabs abbreviated (`2 Srch`); the current
 * one too; the others by number only. The profile is always shown (`Profile: Kids`, then `Kids`, then
 * cut), so a tab bar of six or seven tabs still names every tab at 80 columns.
 */
export function headerText(tabs: readonly Tab[], current: TabId, profile: string | null, width: number): HeaderText {
	const name = profile ?? 'All profiles';
	const short = (t: Tab) => t.short ?? t.label.slice(0, 4);
	const label = (t: Tab, text: string, pad: string) => (t.id === current ? `[${t.key} ${text}]` : `${pad}${t.key} ${text}${pad}`);
	const full = (pad: string) => (t: Tab) => label(t, t.label, pad);
	const othersShort = (t: Tab) => label(t, t.id === current ? t.label : short(t), '');
	const allShort = (t: Tab) => label(t, short(t), '');
	const numbers = (t: Tab) => (t.id === current ? `[${t.key} ${short(t)}]` : t.key);
	const long = `Profile: ${name}`;
	// In order of preference: the tabs' names matter more than the app's name and the word "Profile:".
	const tries: Array<[string, (t: Tab) => string, string]> = [
		[APP_NAME, full(' '), long],
		[APP_NAME, full(''), long],
		['', full(''), long],
		['', full(''), name],
		['', othersShort, long],
		['', othersShort, name],
		['', allShort, name],
		['', numbers, name],
	];
	for (const [app, make, who] of tries) {
		const labels = tabs.map(make);
		if (cellWidth(app) + cellWidth(labels.join(' ')) + 1 + cellWidth(who) <= width) return {app, labels, profile: who};
	}
	return {app: '', labels: tabs.map(numbers), profile: name};
}
