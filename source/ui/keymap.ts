/**
 * Every key binding of the explorer, in one place. The reducer resolves keys through `commandFor`;
 * the help overlay, the status bar hints, the README key table and `--help` are generated from
 * `BINDINGS` (key-help.ts). This module must not import Ink or React: the CLI imports it for `--help`
 * (the stopped rules' threshold is a constant of a module that imports only types).
 * Past 300 lines on purpose: it is one table (a binding per key) and the lookup that reads it.
 */
import {ABANDONED_DAYS} from '../model/stopped.js';

/** A number key that opens a tab (screen-registry.tsx names the tab each one opens). */
export type ScreenCommand = 'screen1' | 'screen2' | 'screen3' | 'screen4' | 'screen5' | 'screen6';

/** What a key asks for. Every command needs a binding in `BINDINGS` (the compiler checks). */
export type Command =
	| ScreenCommand
	| 'up'
	| 'down'
	| 'pageUp'
	| 'pageDown'
	| 'top'
	| 'bottom'
	| 'open'
	| 'back'
	| 'search'
	| 'nextScreen'
	| 'prevScreen'
	| 'statsYearBack'
	| 'statsYearForward'
	| 'statsMonths'
	| 'cycleProfile'
	| 'toggleAbandoned'
	| 'toggleFinished'
	| 'filter'
	| 'jump'
	| 'sort'
	| 'cycleSection'
	| 'details'
	| 'help'
	| 'quit'
	| 'demo'
	| 'toggleColumns'
	| 'columnLeft'
	| 'columnRight'
	| 'sortColumn'
	| 'reveal'
	| 'cursorLeft'
	| 'cursorRight'
	| 'lineStart'
	| 'lineEnd'
	| 'deleteBack'
	| 'deleteForward'
	| 'deleteWord'
	| 'deleteToStart'
	| 'deleteToEnd';

/** Where a binding applies. `list` keys work on every screen with a list; `query` while a search is typed. */
export type KeyContext = 'global' | 'list' | 'stopped' | 'history' | 'stats' | 'data' | 'rows' | 'welcome' | 'query';

/** The parts of a key press the keymap looks at (the same names as Ink's `Key`). */
export interface KeyPress {
	upArrow?: boolean;
	downArrow?: boolean;
	leftArrow?: boolean;
	rightArrow?: boolean;
	pageUp?: boolean;
	pageDown?: boolean;
	home?: boolean;
	end?: boolean;
	return?: boolean;
	escape?: boolean;
	ctrl?: boolean;
	shift?: boolean;
	tab?: boolean;
	backspace?: boolean;
	delete?: boolean;
	meta?: boolean;
}

/** One binding: the keys as a person writes them, what they do, and how to recognise them. */
export interface Binding {
	command: Command;
	/** Keys as shown in help (`↑ / k`). */
	keys: string;
	/** What the key does, in a few words. */
	help: string;
	context: KeyContext;
	/** A very short label for the status bar, when the binding deserves a place there. */
	hint?: string;
	/** True when the binding still works while a search query is being typed (no printable keys). */
	whileTyping?: boolean;
	matches: (input: string, key: KeyPress) => boolean;
}

const plain = (key: KeyPress) => !key.ctrl && !key.meta;
/** A binding's test for a plain letter key (no Ctrl, no Alt). */
const letter = (c: string) => (input: string, key: KeyPress) => input === c && plain(key);

/** Every binding, its command kept as a literal type so that the check below sees which commands are bound. */
const BOUND = [
	{command: 'up', keys: '↑ / k', help: 'Move up', context: 'list', whileTyping: true, matches: (i, k) => Boolean(k.upArrow) || (i === 'k' && plain(k))},
	{command: 'down', keys: '↓ / j', help: 'Move down', context: 'list', whileTyping: true, matches: (i, k) => Boolean(k.downArrow) || (i === 'j' && plain(k))},
	{command: 'pageUp', keys: 'PgUp', help: 'One page up', context: 'list', whileTyping: true, matches: (_, k) => Boolean(k.pageUp)},
	{command: 'pageDown', keys: 'PgDn', help: 'One page down', context: 'list', whileTyping: true, matches: (_, k) => Boolean(k.pageDown)},
	{command: 'top', keys: 'g / Home', help: 'First row', context: 'list', matches: (i, k) => Boolean(k.home) || (i === 'g' && plain(k))},
	{command: 'bottom', keys: 'G / End', help: 'Last row', context: 'list', matches: (i, k) => Boolean(k.end) || i === 'G'},
	{
		command: 'open',
		keys: 'Enter',
		help: 'Open the show (Profiles: choose the profile; Data: the table’s rows; a row: every cell)',
		context: 'list',
		hint: 'open',
		whileTyping: true,
		matches: (_, k) => Boolean(k.return),
	},
	{command: 'back', keys: 'Esc', help: 'Back (leaves search, closes help)', context: 'global', hint: 'back', whileTyping: true, matches: (_, k) => Boolean(k.escape)},
	{
		command: 'search',
		keys: '/',
		help: 'Search titles from anywhere (on the results: edit the query; on a table’s rows: filter)',
		context: 'global',
		hint: 'search',
		matches: i => i === '/',
	},
	{command: 'nextScreen', keys: 'Tab', help: 'Next screen', context: 'global', whileTyping: true, matches: (_, k) => Boolean(k.tab) && !k.shift},
	{command: 'prevScreen', keys: 'Shift+Tab', help: 'Previous screen', context: 'global', whileTyping: true, matches: (_, k) => Boolean(k.tab) && Boolean(k.shift)},
	{command: 'screen1', keys: '1', help: 'Stopped: where did I stop', context: 'global', matches: i => i === '1'},
	{command: 'screen2', keys: '2', help: 'Search', context: 'global', matches: i => i === '2'},
	{command: 'screen3', keys: '3', help: 'History', context: 'global', matches: i => i === '3'},
	{command: 'screen4', keys: '4', help: 'Profiles', context: 'global', matches: i => i === '4'},
	{command: 'screen5', keys: '5', help: 'Data: what Netflix knows (every table of the export)', context: 'global', matches: i => i === '5'},
	{command: 'screen6', keys: '6', help: 'Stats: watch time per year and month, when, what, binges', context: 'global', matches: i => i === '6'},
	{command: 'cycleProfile', keys: 'p', help: 'Next profile (then All profiles)', context: 'global', hint: 'profile', matches: letter('p')},
	{
		command: 'toggleAbandoned',
		keys: 'a',
		help: `Stopped: only abandoned (${ABANDONED_DAYS}+ days before the last viewing)`,
		context: 'stopped',
		hint: 'abandoned',
		matches: letter('a'),
	},
	{command: 'toggleFinished', keys: 'f', help: 'Stopped: include finished shows', context: 'stopped', hint: 'finished', matches: letter('f')},
	{
		command: 'statsYearBack',
		keys: '← / h',
		help: 'Stats: the year before (from all time: the last year)',
		context: 'stats',
		hint: 'year',
		matches: (i, k) => Boolean(k.leftArrow) || (i === 'h' && plain(k)),
	},
	{
		command: 'statsYearForward',
		keys: '→ / l',
		help: 'Stats: the year after (after the last: all time)',
		context: 'stats',
		matches: (i, k) => Boolean(k.rightArrow) || (i === 'l' && plain(k)),
	},
	{command: 'statsMonths', keys: 'm', help: 'Stats: bars per month (24 months) or per year', context: 'stats', hint: 'months/years', matches: letter('m')},
	{
		command: 'toggleColumns',
		keys: 'c',
		help: 'Data: show or hide the table’s columns and every highlight',
		context: 'data',
		hint: 'columns',
		matches: letter('c'),
	},
	{
		command: 'columnLeft',
		keys: '← / h',
		help: 'Rows: pick the column to the left (to sort by)',
		context: 'rows',
		whileTyping: true,
		matches: (i, k) => Boolean(k.leftArrow) || (i === 'h' && plain(k)),
	},
	{
		command: 'columnRight',
		keys: '→ / l',
		help: 'Rows: pick the column to the right',
		context: 'rows',
		whileTyping: true,
		matches: (i, k) => Boolean(k.rightArrow) || (i === 'l' && plain(k)),
	},
	{
		command: 'sortColumn',
		keys: 's',
		help: 'Rows: sort by the picked column (again: descending, again: file order)',
		context: 'rows',
		hint: 'sort',
		matches: letter('s'),
	},
	{
		command: 'reveal',
		keys: 'r',
		help: 'Rows: reveal or mask this table’s personal values (email, phone, IP, card, address, name)',
		context: 'rows',
		hint: 'reveal',
		matches: letter('r'),
	},
	{
		command: 'details',
		keys: 'i',
		help: 'The row under the cursor in full (beside the list from 140 columns)',
		context: 'list',
		hint: 'info',
		matches: letter('i'),
	},
	{
		command: 'cycleSection',
		keys: 's',
		help: 'Stopped: one section at a time (mid-episode, next up, movies), then all',
		context: 'stopped',
		hint: 'section',
		matches: letter('s'),
	},
	{command: 'sort', keys: 'o', help: 'Stopped: order by newest, show name or profile', context: 'stopped', hint: 'order', matches: letter('o')},
	{
		command: 'filter',
		keys: 'f',
		help: 'History: filter by show, episode, profile or date (2024-03); Enter keeps it, Esc clears it',
		context: 'history',
		hint: 'filter',
		matches: letter('f'),
	},
	{command: 'sort', keys: 'o', help: 'History: newest or oldest first', context: 'history', hint: 'order', matches: letter('o')},
	{
		command: 'jump',
		keys: ':',
		help: 'History: go to a year, month or day (2024, 2024-03, 2024-03-15, mar 2024); Enter goes, Esc cancels',
		context: 'history',
		hint: 'date',
		matches: i => i === ':',
	},
	{command: 'demo', keys: 'd', help: 'Welcome: open the demo export', context: 'welcome', matches: letter('d')},
	{command: 'help', keys: '?', help: 'Show or hide this help', context: 'global', hint: 'help', matches: i => i === '?'},
	{
		command: 'quit',
		keys: 'q / Ctrl+C',
		help: 'Quit',
		context: 'global',
		hint: 'quit',
		whileTyping: true,
		matches: (i, k) => (i === 'q' && plain(k)) || (i === 'c' && Boolean(k.ctrl)),
	},
	// The query edits like a shell line (readline's keys).
	{
		command: 'cursorLeft',
		keys: '← / Ctrl+B',
		help: 'Cursor one character left',
		context: 'query',
		matches: (input, k) => Boolean(k.leftArrow) || (input === 'b' && Boolean(k.ctrl)),
	},
	{
		command: 'cursorRight',
		keys: '→ / Ctrl+F',
		help: 'Cursor one character right',
		context: 'query',
		matches: (input, k) => Boolean(k.rightArrow) || (input === 'f' && Boolean(k.ctrl)),
	},
	{command: 'lineStart', keys: 'Home / Ctrl+A', help: 'Cursor to the start', context: 'query', matches: (input, k) => Boolean(k.home) || (input === 'a' && Boolean(k.ctrl))},
	{command: 'lineEnd', keys: 'End / Ctrl+E', help: 'Cursor to the end', context: 'query', matches: (input, k) => Boolean(k.end) || (input === 'e' && Boolean(k.ctrl))},
	{command: 'deleteBack', keys: 'Backspace', help: 'Delete the character before the cursor', context: 'query', matches: (_, k) => Boolean(k.backspace) && !k.meta && !k.ctrl},
	{
		command: 'deleteForward',
		keys: 'Delete / Ctrl+D',
		help: 'Delete the character under the cursor',
		context: 'query',
		matches: (input, k) => Boolean(k.delete) || (input === 'd' && Boolean(k.ctrl)),
	},
	{
		command: 'deleteWord',
		keys: 'Ctrl+W / Alt+Backspace',
		help: 'Delete the word before the cursor',
		context: 'query',
		matches: (input, k) => (input === 'w' && Boolean(k.ctrl)) || (Boolean(k.backspace) && Boolean(k.meta || k.ctrl)),
	},
	{command: 'deleteToStart', keys: 'Ctrl+U', help: 'Delete from the start to the cursor', context: 'query', matches: (input, k) => input === 'u' && Boolean(k.ctrl)},
	{command: 'deleteToEnd', keys: 'Ctrl+K', help: 'Delete from the cursor to the end', context: 'query', matches: (input, k) => input === 'k' && Boolean(k.ctrl)},
] as const satisfies readonly Binding[];

/** The commands no binding names. */
type Unbound = Exclude<Command, (typeof BOUND)[number]['command']>;

/**
 * `true`; a `Command` without a binding makes this line fail to compile, naming the command
 * (`Type 'true' is not assignable to type '"screen7"'`), as gemini-cli's `Record<Command, KeyBinding[]>` does.
 */
export const EVERY_COMMAND_BOUND: [Unbound] extends [never] ? true : Unbound = true;

/** All bindings, in the order help shows them. */
export const BINDINGS: readonly Binding[] = BOUND;

/** True for the number keys that open a tab. */
export function isScreenCommand(command: Command): command is ScreenCommand {
	return /^screen\d$/.test(command);
}

/** A key that types a character (letters, digits, `j`, `q`, `/`), as opposed to arrows, Enter, Esc, Tab. */
export function isText(input: string, key: KeyPress): boolean {
	return input !== '' && !key.ctrl && !key.meta && !/[\u0000-\u001f\u007f]/.test(input);
}

/** While typing a query, every printable key is text (`q` and `j` too): only Ctrl+C quits. */
function matchesWhileTyping(binding: Binding, input: string, key: KeyPress): boolean {
	if (binding.command === 'quit') return input === 'c' && Boolean(key.ctrl);
	if (isText(input, key)) return false;
	return (binding.whileTyping === true || binding.context === 'query') && binding.matches(input, key);
}

/**
 * The command a key press means in the given contexts, or null (then, while typing, the input is text).
 * `typing` is true while the search query has the keyboard.
 */
export function commandFor(input: string, key: KeyPress, contexts: readonly KeyContext[], typing = false): Command | null {
	for (const binding of BINDINGS) {
		// Query keys apply only while the query has the keyboard.
		if (binding.context === 'query' ? !typing : binding.context !== 'global' && !contexts.includes(binding.context)) continue;
		if (typing ? matchesWhileTyping(binding, input, key) : binding.matches(input, key)) return binding.command;
	}
	return null;
}
