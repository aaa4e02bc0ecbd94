import {existsSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {UsageError} from '../export/errors.js';
import type {DateOrder} from '../export/viewing-history.js';
import {dateSpan, parseTypedDate} from '../query/typed-date.js';

/** The non-interactive commands. */
export const COMMANDS = ['summary', 'profiles', 'stopped', 'search', 'history', 'stats', 'doctor', 'knows', 'table'] as const;

/** What `stats --by` breaks watch time down by. */
export const STATS_BY = ['year', 'month', 'weekday', 'hour', 'show', 'device', 'country'] as const;
export type StatsBy = (typeof STATS_BY)[number];
export type CommandName = (typeof COMMANDS)[number];

/** What the command line asked for. */
export interface Invocation {
	/** A command, or `tui` for the interactive app, `help`/`version` for those flags. */
	command: CommandName | 'tui' | 'help' | 'version';
	/** The export path (null with --demo or none given). */
	export: string | null;
	demo: boolean;
	query: string | null;
	/** The table `table` lists (its Netflix name, `IpAddressesLogin`), else null. */
	table: string | null;
	/** Show personal values as they are (knows, table); masked by default. */
	reveal: boolean;
	json: boolean;
	profile: string | null;
	show: string | null;
	/** `--since`: the first instant included (UTC midnight of the day, or of the month's first day). */
	since: number | null;
	/** `--until`: the first instant no longer included (the day after the day, or the month after the month). */
	until: number | null;
	/** `stats --by`. */
	by: StatsBy | null;
	/** `stopped --all`: finished series too (the default, like the explorer's, is unfinished only). */
	all: boolean;
	extras: boolean;
	limit: number | null;
	dateOrder: DateOrder | null;
	tz: string | null;
}

const OPTIONS = {
	help: {type: 'boolean', short: 'h'},
	version: {type: 'boolean', short: 'v'},
	demo: {type: 'boolean'},
	json: {type: 'boolean'},
	reveal: {type: 'boolean'},
	profile: {type: 'string', short: 'p'},
	show: {type: 'string'},
	since: {type: 'string'},
	until: {type: 'string'},
	by: {type: 'string'},
	all: {type: 'boolean'},
	extras: {type: 'boolean'},
	limit: {type: 'string'},
	'date-order': {type: 'string'},
	tz: {type: 'string'},
} as const;

/** Parses argv (without node and the script). Throws UsageError with a one-line message. */
export function parseInvocation(argv: readonly string[]): Invocation {
	let parsed: ReturnType<typeof parseArgs<{args: string[]; options: typeof OPTIONS; allowPositionals: true; strict: true}>>;
	try {
		parsed = parseArgs({args: [...argv], options: OPTIONS, allowPositionals: true, strict: true});
	} catch (error) {
		throw new UsageError((error as Error).message.split('\n')[0]!.replace(/\. To specify.*$/, ''));
	}
	const {values: v, positionals} = parsed;
	const first = positionals[0];
	const isCommand = first !== undefined && (COMMANDS as readonly string[]).includes(first);
	const rest = isCommand ? positionals.slice(1) : positionals;
	const command: Invocation['command'] = v.help ? 'help' : v.version ? 'version' : isCommand ? (first as CommandName) : 'tui';
	const wantsQuery = command === 'search' || command === 'table';
	const maxPositionals = (wantsQuery ? 2 : 1) - (v.demo ? 1 : 0);
	if (rest.length > maxPositionals && command !== 'help' && command !== 'version') {
		const extra = rest[maxPositionals]!;
		// Without a command, the first word is an export; when no such file exists, it was a command mistyped.
		throw new UsageError(isCommand || existsSync(rest[0]!) ? `unexpected argument "${extra}"` : unknownCommand(rest[0]!));
	}
	// `netflix-tui stoped` alone reads as an export path: a name near a command that is no file is a typo.
	if (command === 'tui' && rest.length === 1 && !existsSync(rest[0]!) && nearestCommand(rest[0]!) !== null) throw new UsageError(unknownCommand(rest[0]!));
	const exportPath = v.demo ? null : (rest[0] ?? null);
	const query = wantsQuery ? ((v.demo ? rest[0] : rest[1]) ?? null) : null;
	if (isCommand && !v.demo && exportPath === null && command !== 'help' && command !== 'version') {
		throw new UsageError(
			`${first} needs an export: netflix-tui ${first} <netflix-report.zip|folder|csv>${wantsQuery ? (command === 'table' ? ' <table>' : ' <query>') : ''} (or --demo)`,
		);
	}
	if (command === 'table' && (query === null || query.trim() === ''))
		throw new UsageError('table needs a table name: netflix-tui table <export> IpAddressesLogin (netflix-tui knows <export> lists them)');
	if (wantsQuery && (query === null || query.trim() === '')) throw new UsageError('search needs a query: netflix-tui search <export> "stranger things"');
	const since = v.since === undefined ? null : parseDay(v.since, '--since').start;
	const until = v.until === undefined ? null : parseDay(v.until, '--until').end;
	if (since !== null && until !== null && until <= since) throw new UsageError(`--until ${v.until} is before --since ${v.since}: nothing could match`);
	return {
		command,
		export: exportPath,
		demo: v.demo ?? false,
		query: command === 'table' ? null : query,
		table: command === 'table' ? query : null,
		reveal: v.reveal ?? false,
		json: v.json ?? false,
		profile: v.profile ?? null,
		show: v.show ?? null,
		since,
		until,
		by: v.by === undefined ? null : parseBy(v.by),
		all: v.all ?? false,
		extras: v.extras ?? false,
		limit: v.limit === undefined ? null : parseLimit(v.limit),
		dateOrder: v['date-order'] === undefined ? null : parseDateOrder(v['date-order']),
		tz: v.tz ?? null,
	};
}

/**
 * A day (`2024-01-31`) or a month (`2024-01`) as the instants it starts and ends at (UTC), parsed as
 * the History filter parses dates (query/typed-date.ts). Refuses dates that do not exist (`2025-13`,
 * `2025-02-30`), and what the History filter also takes (a bare year, one-digit months and days): the
 * options say exactly `2024-01-31` or `2024-01`.
 */
export function parseDay(text: string, option: string): {start: number; end: number} {
	const date = /^\d{4}-\d{2}(?:-\d{2})?$/.test(text) ? parseTypedDate(text) : null;
	if (!date || date.month === null) throw new UsageError(`${option} wants a date like 2024-01-31 or a month like 2024-01, not "${text}"`);
	const [start, end] = dateSpan(date, 'utc');
	return {start, end};
}

/** The command a mistyped word was probably meant to be (at most two letters off), or null. */
export function nearestCommand(word: string): CommandName | null {
	let best: CommandName | null = null;
	let bestDistance = 3;
	for (const command of COMMANDS) {
		const d = editDistance(word.toLowerCase(), command);
		if (d < bestDistance) [best, bestDistance] = [command, d];
	}
	return best;
}

function unknownCommand(word: string): string {
	const near = nearestCommand(word);
	return `unknown command "${word}"${near ? `; did you mean "${near}"?` : ` (commands: ${COMMANDS.join(', ')})`}`;
}

/** Levenshtein distance (insertions, deletions, substitutions), for the "did you mean". */
function editDistance(a: string, b: string): number {
	let previous = Array.from({length: b.length + 1}, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		previous = row;
	}
	return previous[b.length]!;
}

function parseBy(text: string): StatsBy {
	if ((STATS_BY as readonly string[]).includes(text)) return text as StatsBy;
	throw new UsageError(`--by is one of ${STATS_BY.join(', ')}, not "${text}"`);
}

function parseLimit(text: string): number {
	const n = Number(text);
	if (!Number.isInteger(n) || n < 1) throw new UsageError(`--limit wants a whole number of 1 or more, not "${text}"`);
	return n;
}

function parseDateOrder(text: string): DateOrder {
	if (text === 'dmy' || text === 'mdy' || text === 'ymd') return text;
	throw new UsageError(`--date-order is dmy (31/12/21) or mdy (12/31/21), not "${text}"`);
}

/** Checks a --tz value against the time zones this Node knows. */
/** --tz: the time zone dates are read and shown in (TZ, for this process); a UsageError for an unknown one. */
export function useTimeZone(inv: Invocation): void {
	if (inv.tz === null) return;
	if (!validTimeZone(inv.tz)) throw new UsageError(`--tz: unknown time zone "${inv.tz}" (use a name like Europe/Berlin or UTC)`);
	process.env['TZ'] = inv.tz;
}

export function validTimeZone(tz: string): boolean {
	try {
		new Intl.DateTimeFormat('en-US', {timeZone: tz});
		return true;
	} catch {
		return false;
	}
}
