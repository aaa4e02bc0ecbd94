import {OWN_SLICE} from '../load/sliced-first-pass.js';
import type {Library, Show} from '../model/library.js';
import {resumePoints, resumePointSteps, type NextEpisode, type ResumePoint, type StoppedState} from '../model/stopped.js';
import {type EpisodeFacts, finish, STATES, stopColumns, type StopColumns, stopColumnsSteps, type StopPoint} from '../model/stopped-points.js';
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
	const {row, unfinished} = c;
	const {start, profile: profileOf, profiles} = table;
	const kept: number[] = [];
	let leftOut = 0;
	for (let n = 0; n < c.count; n++) {
		const i = row[n]!;
		if (!isListed(c, n)) continue;
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

/** Whether point `n` is one stoppedList lists (filterOf's first rule, on the columns): a series, or a movie left midway. */
function isListed(c: StopColumns, n: number): boolean {
	return c.series[c.show[n]!] === 1 || c.state[n] === MIDWAY;
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

/**
 * One where-did-I-stop entry as the explorer's Stopped screen reads it: StoppedEntry's values, the
 * viewing's start as a time and the episode as its facts. Made from the library's columns (stopPoints),
 * so the screen is drawn without the shows grouped into objects; `stopShow` finds its show.
 */
export interface Stop {
	profile: string;
	/** The show's name. */
	show: string;
	kind: 'series' | 'movie';
	episode: EpisodeFacts;
	/** The viewing's title as written. */
	title: string;
	/** The viewing's start (epoch ms). */
	start: number;
	device: string | null;
	positionSeconds: number | null;
	estimatedRuntimeSeconds: number | null;
	state: StoppedState;
	unfinished: boolean;
	next: NextEpisode | null;
}

/** A library's stops, newest first (stoppedList's, every profile, finished ones too), and each one's title (by id). */
interface Stops {
	stops: Stop[];
	titles: Map<Stop, number>;
}

const stopsMade = new WeakMap<Library, Stops>();

/** Stops made between two steps of stopsOfColumnsSteps. */
const STOPS_STEP = 4096;

/**
 * Every stop of the library, from its columns (stopColumns, the points of stopPoints): the same, in the
 * same order, as from the resume points. A step at a time; no point object is made on the way (13k at
 * 250k rows, on top of the stops).
 */
function* stopsOfColumnsSteps(library: Library): Generator<undefined, Stops, void> {
	const {table} = library;
	const c = yield* stopColumnsSteps(library);
	const stops: Stop[] = [];
	const titles = new Map<Stop, number>();
	for (let n = 0; n < c.count; n++) {
		if (n > 0 && n % STOPS_STEP === 0) yield;
		if (!isListed(c, n)) continue;
		const i = c.row[n]!;
		const s = c.show[n]!;
		const device = table.device[i]!;
		const t = table.title[i]!;
		const stop: Stop = {
			profile: table.profiles[table.profile[i]!]!,
			show: c.showName(s),
			kind: c.series[s] === 1 ? 'series' : 'movie',
			episode: c.facts(c.episode[n]!),
			title: table.titles[t]!,
			start: table.start[i]!,
			device: device === -1 ? null : table.devices[device]!,
			positionSeconds: table.bookmark[i]! < 0 ? null : table.bookmark[i]!,
			estimatedRuntimeSeconds: c.estimate[n]! < 0 ? null : c.estimate[n]!,
			state: STATES[c.state[n]!]!,
			unfinished: c.unfinished[n] === 1,
			next: c.next[n]! < 0 ? null : c.nextEpisode(c.next[n]!),
		};
		stops.push(stop);
		titles.set(stop, t);
	}
	return {stops, titles};
}

function stopsOf(library: Library): Stops {
	let made = stopsMade.get(library);
	if (!made) stopsMade.set(library, (made = finish(stopsOfColumnsSteps(library))));
	return made;
}

/**
 * Makes the library's stops (stoppedStops then finds them made) from its columns, a step at a time (at
 * 250k rows ≈80 ms of stopColumns and ≈25 ms of objects, as one piece past the 50 ms a key may wait,
 * issue #14); the titles' tally first, a slice of its own (OWN_SLICE before and after it) when the
 * loader did not make it. The explorer reads keys between the slices.
 */
export function* stopSteps(library: Library): Generator<typeof OWN_SLICE | undefined, void, void> {
	if (stopsMade.has(library)) return;
	yield OWN_SLICE;
	void library.byTitle;
	yield OWN_SLICE;
	const made = yield* stopsOfColumnsSteps(library);
	if (!stopsMade.has(library)) stopsMade.set(library, made);
}

/**
 * The Stopped screen's list: the stops of `stoppedList` (the same, in the same order, for every filter).
 * The first call makes every stop from the library's columns, unless stopSteps made them; later ones filter them.
 */
export function stoppedStops(library: Library, filter: StoppedFilter = {}): Stop[] {
	const {stops} = stopsOf(library);
	const keeps = filterOf(library, filter);
	return stops.filter(s => keeps(s.kind, s, s.start));
}

/** The show of a stop of `stoppedStops`, from the grouped shows (grouped now if not done yet). */
export function stopShow(library: Library, stop: Stop): Show | undefined {
	const t = stopsOf(library).titles.get(stop);
	if (t === undefined) return undefined;
	void library.shows;
	return library.titles[t]?.show;
}

/** Every profile's stop in the show of `stop` (a stop of `stoppedStops`), newest first: stoppedList's of that show, without grouping the shows. */
export function stopsInShow(library: Library, stop: Stop): Stop[] {
	const {stops, titles} = stopsOf(library);
	const showOf = library.numbers.show;
	const show = showOf[titles.get(stop)!];
	return stops.filter(s => s.kind === stop.kind && showOf[titles.get(s)!] === show);
}

/** Computes the library's resume points a step at a time (see resumePointSteps); stoppedList then finds them made. */
export function* stoppedListSteps(library: Library): Generator<void, void, void> {
	if (computed.has(library)) return;
	const steps = resumePointSteps(library);
	for (;;) {
		const step = steps.next();
		if (step.done) {
			if (!computed.has(library)) computed.set(library, step.value);
			return;
		}
		yield;
		// Made by stoppedList meanwhile (a show opened before these steps were done): nothing left to do.
		if (computed.has(library)) return;
	}
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
