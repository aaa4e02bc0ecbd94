/**
 * The key bindings as text people read: the status bar's hints, the help overlay and `--help` (one
 * heading per key context), and the README's keys table (`npm run readme`). Like keymap.ts, it must not
 * import Ink or React: the CLI loads it for `--help`.
 */
import {BINDINGS, type Binding, type Command, type KeyContext} from './keymap.js';

/**
 * Short `key label` hints for the status bar in the given contexts (`only`: just these commands;
 * `labels`: what a key does here, when that depends on the screen or its state).
 */
export function keyHints(contexts: readonly KeyContext[], typing = false, only?: readonly Command[], labels: Partial<Record<Command, string>> = {}): string[] {
	const shown = BINDINGS.filter(b => b.hint && (b.context === 'global' || contexts.includes(b.context)) && (!typing || b.whileTyping) && (!only || only.includes(b.command)));
	// The screen's own keys first, help and quit last: a narrow status bar drops hints from the middle.
	const rank = (b: Binding) => (b.command === 'help' || b.command === 'quit' ? 2 : b.context === 'global' || b.context === 'list' ? 1 : 0);
	return shown.sort((a, b) => rank(a) - rank(b)).map(b => `${typing && b.command === 'quit' ? 'Ctrl+C' : b.keys.split(' / ')[0]} ${labels[b.command] ?? b.hint}`);
}

/** Each context's heading, in the order help and the README table list them (a new context needs one). */
const CONTEXT_TITLES: Record<KeyContext, string> = {
	list: 'Lists',
	global: 'Everywhere',
	stopped: 'Stopped screen',
	history: 'History screen',
	stats: 'Stats screen',
	data: 'Data screen',
	rows: 'A table’s rows',
	query: 'Typing a search',
	welcome: 'Welcome screen',
};
const CONTEXT_ORDER = Object.keys(CONTEXT_TITLES) as KeyContext[];

/**
 * Help lines grouped by context: `  ↑ / k        Move up`. Used by the help overlay and `--help`.
 * `first`: the context shown first (the help overlay puts the current screen's own keys on top).
 */
export function keyHelpLines(first?: KeyContext): string[] {
	const width = Math.max(...BINDINGS.map(b => b.keys.length)) + 2;
	const lines: string[] = [];
	const order = first ? [first, ...CONTEXT_ORDER.filter(c => c !== first)] : CONTEXT_ORDER;
	for (const context of order) {
		// One line for how typing works, in the heading: the help fits 40 lines.
		lines.push(context === 'query' ? `${CONTEXT_TITLES[context]} (letters and digits type; ↑ ↓ Enter Esc Tab still work):` : `${CONTEXT_TITLES[context]}:`);
		for (const b of BINDINGS.filter(x => x.context === context)) lines.push(`  ${b.keys.padEnd(width)}${b.help}`);
	}
	return lines;
}

/** The README key table (Markdown). */
export function keyTableMarkdown(): string {
	const rows = CONTEXT_ORDER.flatMap(context =>
		BINDINGS.filter(b => b.context === context).map(
			b =>
				`| ${b.keys
					.split(' / ')
					.map(k => `\`${k}\``)
					.join(' / ')} | ${b.help} | ${CONTEXT_TITLES[context]} |`,
		),
	);
	return ['| Key | Does | Where |', '|---|---|---|', ...rows].join('\n') + '\n';
}
