import {parseArgs} from 'node:util';
import {UsageError} from '../export/errors.js';
import type {DateOrder} from '../export/viewing-history.js';

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
	since: number | null;
	/** Only viewings that start before this instant (the end of the day or month given). */
	until: number | null;
	/** `stats --by`. */
	by: StatsBy | null;
	unfinished: boolean;
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
	unfinished: {type: 'boolean'},
	extras: {type: 'boolean'},
	limit: {type: 'string'},
	'date-order': {type: 'string'},
	tz: {type: 'string'},
} as const;

/** Parses argv (without node and the script). Throws UsageError with a one-line message. */
export function parseInvocation(argv: readonly string[]): Invocation {
	let parsed;
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
		throw new UsageError(isCommand || rest.length > 1 ? `unexpected argument "${extra}"` : `unknown command "${rest[0]}"`);
	}
	const exportPath = v.demo ? null : (rest[0] ?? null);
	const query = wantsQuery ? (v.demo ? rest[0] : rest[1]) ?? null : null;
	if (isCommand && !v.demo && exportPath === null && command !== 'help' && command !== 'version') {
		throw new UsageError(`${first} needs an export: netflix-tui ${first} <netflix-report.zip|folder|csv>${wantsQuery ? (command === 'table' ? ' <table>' : ' <query>') : ''} (or --demo)`);
	}
	if (command === 'table' && (query === null || query.trim() === '')) throw new UsageError('table needs a table name: netflix-tui table <export> IpAddressesLogin (netflix-tui knows <export> lists them)');
	if (wantsQuery && (query === null || query.trim() === '')) throw new UsageError('search needs a query: netflix-tui search <export> "stranger things"');
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
		since: v.since === undefined ? null : parseSince(v.since),
		until: v.until === undefined ? null : parseUntil(v.until),
		by: v.by === undefined ? null : parseBy(v.by),
		unfinished: v.unfinished ?? false,
		extras: v.extras ?? false,
		limit: v.limit === undefined ? null : parseLimit(v.limit),
		dateOrder: v['date-order'] === undefined ? null : parseDateOrder(v['date-order']),
		tz: v.tz ?? null,
	};
}

function parseSince(text: string): number {
	const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
	const ms = m ? Date.UTC(+m[1]!, +m[2]! - 1, +(m[3] ?? 1)) : Number.NaN;
	if (!Number.isFinite(ms)) throw new UsageError(`--since wants a date like 2024-01-31 or 2024-01, not "${text}"`);
	return ms;
}

/** `--until 2024-01-31` takes all of that day, `--until 2024-01` all of January (UTC, as --since). */
function parseUntil(text: string): number {
	const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
	const month = m ? +m[2]! : 0;
	const day = m?.[3] === undefined ? null : +m[3];
	const valid = m !== null && month >= 1 && month <= 12 && (day === null || (day >= 1 && day <= 31));
	if (!valid) throw new UsageError(`--until wants a date like 2024-12-31 or 2024-12, not "${text}"`);
	return day === null ? Date.UTC(+m![1]!, month, 1) : Date.UTC(+m![1]!, month - 1, day + 1);
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
export function validTimeZone(tz: string): boolean {
	try {
		new Intl.DateTimeFormat('en-US', {timeZone: tz});
		return true;
	} catch {
		return false;
	}
}
