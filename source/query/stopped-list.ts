import type {Library} from '../model/library.js';
import {resumePoints, resumePointSteps, type NextEpisode, type ResumePoint, type StoppedState} from '../model/stopped.js';
import {type EpisodeFacts, STATES, stopColumns, type StopColumns, type StopPoint} from '../model/stopped-points.js';
import type {ViewingTable} from '../export/viewing-table.js';

/** Filters for the where-did-I-stop list. */
export interface StoppedFilter {
	profile?: string;
	/** Only series not known to be done and movies left midway. */
	unfinished?: boolean;
	/** Only points not touched for at least this many days before the export's last viewing (abandoned shows). */
	olderThanDays?: number;
	/** "Now", for days-since; defaults to the current time. */
	now?: number;
}

export {stopGroup, type StopGroup} from '../model/stopped.js';

/** The start of the export's last viewing (epoch ms): "abandoned" counts back from here, not from today. */
export function lastViewing(library: Library): number {
	const {order, table} = library;
	return order.length === 0 ? 0 : table.start[order[order.length - 1]!]!;
}

/** One where-did-I-stop entry as `stopped --json` prints it (and the Stopped screen shows it). */
export interface StoppedEntry {
	profile: string;
	show: string;
	kind: 'series' | 'movie';
	season: string | null;
	seasonNumber: number | null;
	episode: number | null;
	episodeTitle: string | null;
	title: string;
	lastWatched: string;
	positionSeconds: number | null;
	estimatedRuntimeSeconds: number | null;
	state: StoppedState;
	unfinished: boolean;
	next: NextEpisode | null;
	daysSince: number;
	device: string | null;
}

const DAY_MS = 86_400_000;
const MIDWAY = STATES.indexOf('midway');

/** Resume points of a library, computed once: every profile and filter of the Stopped screen reads them. */
const computed = new WeakMap<Library, ResumePoint[]>();

/**
 * The where-did-I-stop list, newest first: every (profile, series), and every movie left midway
 * (`finished` and `unknown` movies are not "stopped" anywhere).
 */
export function stoppedList(library: Library, filter: StoppedFilter = {}): ResumePoint[] {
	let points = computed.get(library);
	if (!points) computed.set(library, (points = resumePoints(library)));
	const keeps = filterOf(library, filter);
	return points.filter(p => keeps(p.show.kind, p, p.viewing.start));
}

/**
 * Whether a point is in the list and passes `filter`: every series, and movies left midway (`finished`
 * and `unknown` movies are not "stopped" anywhere). Both stoppedList and stoppedEntries filter with it.
 */
function filterOf(library: Library, filter: StoppedFilter): (kind: 'series' | 'movie', p: {profile: string; state: StoppedState; unfinished: boolean}, start: number) => boolean {
	const end = filter.olderThanDays === undefined ? 0 : lastViewing(library);
	return (kind, p, start) =>
		(kind === 'series' || p.state === 'midway') &&
		(!filter.profile || p.profile === filter.profile) &&
		(!filter.unfinished || p.unfinished) &&
		(filter.olderThanDays === undefined || end - start >= filter.olderThanDays * DAY_MS);
}

/**
 * The entries of `stoppedList` as `stopped --json` prints them (`stoppedEntry` of each), worked out on
 * the library's columns (stopPoints): a command needs no Show objects.
 */
export function stoppedEntries(library: Library, filter: StoppedFilter = {}): StoppedEntry[] {
	return stoppedAnswer(library, filter).entries;
}

/**
 * `stopped`'s answer: stoppedEntries, at most `limit` of them, and how many finished entries
 * `filter.unfinished` left out (the text says so). Only the entries printed become objects: without
 * --all, 5.5k of the 13k points at 250k rows are counted, not made.
 */
export function stoppedAnswer(library: Library, filter: StoppedFilter & {limit?: number} = {}): {entries: StoppedEntry[]; leftOut: number} {
	const c = stopColumns(library);
	const now = filter.now ?? Date.now();
	const limit = filter.limit ?? Number.POSITIVE_INFINITY;
	const end = filter.olderThanDays === undefined ? 0 : lastViewing(library);
	const {kept, leftOut} = pointsToPrint(c, library.table, filter.profile ?? '', filter.unfinished === true, filter.olderThanDays, end, limit);
	const entries: StoppedEntry[] = [];
	for (let j = 0; j < kept.length; j++) entries.push(columnEntry(c, library.table, kept[j]!, now));
	return {entries, leftOut};
}

/**
 * Which points `stoppedAnswer` prints (filterOf's rules, on the columns),
 * at most `limit`, and how many finished ones `unfinished` leaves out. A loop of its own that makes
 * nothing but the list: it runs once, cold.
 */
function pointsToPrint(
	c: StopColumns,
	table: ViewingTable,
	profile: string,
	unfinishedOnly: boolean,
	olderThanDays: number | undefined,
	end: number,
	limit: number,
): {kept: number[]; leftOut: number} {
	const {row, show, state, unfinished, series} = c;
	const {start, profile: profileOf, profiles} = table;
	const kept: number[] = [];
	let leftOut = 0;
	for (let n = 0; n < c.count; n++) {
		const i = row[n]!;
		if (series[show[n]!] !== 1 && state[n] !== MIDWAY) continue;
		if (profile !== '' && profiles[profileOf[i]!] !== profile) continue;
		if (olderThanDays !== undefined && !(end - start[i]! >= olderThanDays * DAY_MS)) continue;
		if (unfinishedOnly && unfinished[n] !== 1) {
			leftOut++;
			continue;
		}
		if (kept.length < limit) kept.push(n);
	}
	return {kept, leftOut};
}

/** The entry of point `n` of the columns: entryOf's object, made at once (no point or viewing object first). */
function columnEntry(c: StopColumns, table: ViewingTable, n: number, now: number): StoppedEntry {
	const i = c.row[n]!;
	const s = c.show[n]!;
	const d = table.device[i]!;
	const start = table.start[i]!;
	const series = c.series[s] === 1;
	const e = c.facts(c.episode[n]!);
	return {
		profile: table.profiles[table.profile[i]!]!,
		show: c.showName(s),
		kind: series ? 'series' : 'movie',
		season: series ? e.seasonLabel : null,
		seasonNumber: series ? e.seasonNumber : null,
		episode: series ? e.number : null,
		episodeTitle: series ? e.title : null,
		title: table.titles[table.title[i]!]!,
		lastWatched: new Date(start).toISOString(),
		positionSeconds: table.bookmark[i]! < 0 ? null : table.bookmark[i]!,
		estimatedRuntimeSeconds: c.estimate[n]! < 0 ? null : c.estimate[n]!,
		state: STATES[c.state[n]!]!,
		unfinished: c.unfinished[n] === 1,
		next: c.next[n]! < 0 ? null : c.nextEpisode(c.next[n]!),
		daysSince: daysSince(start, now),
		device: d === -1 ? null : table.devices[d]!,
	};
}

/** Computes the library's resume points a step at a time (see resumePointSteps); stoppedList then finds them made. */
export function* stoppedListSteps(library: Library): Generator<void, void, void> {
	if (computed.has(library)) return;
	const points = yield* resumePointSteps(library);
	if (!computed.has(library)) computed.set(library, points);
}

/** Whole days between a viewing and now. */
export function daysSince(start: number, now = Date.now()): number {
	return Math.max(0, Math.floor((now - start) / DAY_MS));
}

/** The JSON shape of one entry. */
export function stoppedEntry(p: ResumePoint, now = Date.now()): StoppedEntry {
	return entryOf(p, p.show.name, p.show.kind, p.episode, p.viewing, now);
}

/** An entry from a point's values (columnEntry makes the same object from the columns). */
function entryOf(
	p: Pick<StopPoint, 'profile' | 'positionSeconds' | 'estimatedRuntimeSeconds' | 'state' | 'unfinished' | 'next'>,
	show: string,
	kind: 'series' | 'movie',
	e: EpisodeFacts,
	viewing: {title: string; start: number; device: string | null},
	now: number,
): StoppedEntry {
	const series = kind === 'series';
	return {
		profile: p.profile,
		show,
		kind,
		season: series ? e.seasonLabel : null,
		seasonNumber: series ? e.seasonNumber : null,
		episode: series ? e.number : null,
		episodeTitle: series ? e.title : null,
		title: viewing.title,
		lastWatched: new Date(viewing.start).toISOString(),
		positionSeconds: p.positionSeconds,
		estimatedRuntimeSeconds: p.estimatedRuntimeSeconds,
		state: p.state,
		unfinished: p.unfinished,
		next: p.next,
		daysSince: daysSince(viewing.start, now),
		device: viewing.device,
	};
}
