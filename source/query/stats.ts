/**
 * Watch time, when and what: the numbers of the Stats screen and of `netflix-tui stats`, computed in one
 * place so the two cannot disagree. Pure: no Ink, no React; the columns are read by stats-source.ts.
 *
 * The rules (README, "How watch time is computed"):
 * - A profile's watch time is the length of the union of [start, start + duration) of its real viewings
 *   (episodes and movies, hidden ones included): overlapping sessions count once.
 * - The union is cut at every local hour boundary and each part counts in the hour, day, month and year
 *   it lies in. A piece of the union belongs to the period where it starts; cutting at midnight (and so
 *   at every hour) keeps a profile's day at 24 hours at most and the heatmap true to the clock.
 * - All profiles is the sum over profiles. Extras and autoplayed previews are summed apart by the same rule.
 */
import {civil, dayNumber, dayText, hourOf, localClock, weekdayOf, type LocalClock} from './local-clock.js';
import {statsSource, type Intervals, type ProfileIntervals, type StatsSource} from './stats-source.js';
import type {Library} from '../model/library.js';

/**
 * A sitting ends when nothing of the profile played for longer than this. 30 minutes: longer than a
 * break between episodes (Netflix autoplays the next one within seconds; a snack or the credits of a
 * film take a few minutes), shorter than the gap between an afternoon and an evening session.
 */
export const SITTING_GAP_MINUTES = 30;

const DAY = 86_400_000;

/** What to compute. */
export interface StatsFilter {
	/** A profile's name; null or absent: all profiles. */
	profile?: string | null;
	/** Only viewings starting at or after this instant (epoch ms). */
	since?: number | null;
	/** Only viewings starting before this instant (epoch ms). */
	until?: number | null;
	/** Narrow the "when" and "what" parts (heatmap, tops, binge, biggest day) to this local year. */
	year?: number | null;
}

/** Watch time and viewings of one period (`2024`, `2024-03`, `Monday`, `21`). */
export interface PeriodTotal {
	period: string;
	/** Null when the export has no durations. */
	watchSeconds: number | null;
	viewings: number;
}

/** A show, a device or a country with its share. */
export interface NamedTotal {
	name: string;
	watchSeconds: number | null;
	viewings: number;
}

/** A show or movie with its share and how many of its episodes were seen. */
export interface ShowTotal extends NamedTotal {
	kind: 'series' | 'movie';
	/** Distinct episodes seen (0 for a movie). */
	episodes: number;
}

/** Most episodes of one show in one sitting. */
export interface Binge {
	profile: string;
	show: string;
	episodes: number;
	start: number;
	end: number;
}

/** Everything the Stats screen and `stats` show. */
export interface StatsReport {
	profile: string | null;
	/** False for the simple NetflixViewingHistory.csv: counts only, no durations. */
	timed: boolean;
	year: number | null;
	watchSeconds: number | null;
	viewings: number;
	/** Time counted twice or more by summing durations (what overlapping sessions add). */
	overlapSeconds: number | null;
	extras: {viewings: number; watchSeconds: number | null};
	previews: {viewings: number; watchSeconds: number | null};
	firstViewing: number | null;
	lastViewing: number | null;
	/** Every year and every month from the first to the last viewing (empty ones too), oldest first. */
	years: PeriodTotal[];
	months: PeriodTotal[];
	/** Monday first. */
	weekdays: PeriodTotal[];
	hours: PeriodTotal[];
	/** [weekday (Monday first)][hour]: seconds (viewings when not timed). */
	heatmap: number[][];
	/** Most watched first. */
	shows: ShowTotal[];
	devices: NamedTotal[];
	countries: NamedTotal[];
	longestBinge: Binge | null;
	biggestDay: {date: string; watchSeconds: number | null; viewings: number} | null;
	/** Each profile included, with its own years and months (the same periods as above). */
	profiles: Array<{name: string; watchSeconds: number | null; viewings: number; years: PeriodTotal[]; months: PeriodTotal[]}>;
}

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** The stats of a library (datesOnly: the simple download, whose dates are calendar dates). */
export function statsOf(library: Library, filter: StatsFilter = {}, datesOnly = false): StatsReport {
	return statsOfSource(statsSource(library), filter, datesOnly);
}

/** Reads what the stats need from the library ahead of the first report (the explorer does it once the first screen is drawn). */
export function prepareStats(library: Library): void {
	statsSource(library);
}

/** Per-day sums of one profile. */
interface Days {
	seconds: DaySums;
	viewings: DaySums;
}

/** Spans of more days than this (an export of a century: a broken date) are summed in a map, not an array. */
const MAX_DENSE_DAYS = 40_000;

/**
 * Sums per local day number: an array over the days the viewings can touch (a Map per add cost more
 * than the rest of the pass together), or a Map when the dates span more than MAX_DENSE_DAYS.
 */
class DaySums {
	private readonly dense: Float64Array | null;
	private readonly sparse = new Map<number, number>();

	constructor(
		private readonly base: number,
		span: number,
	) {
		this.dense = span <= MAX_DENSE_DAYS ? new Float64Array(Math.max(0, span)) : null;
	}

	add(day: number, value: number): void {
		const i = day - this.base;
		if (this.dense && i >= 0 && i < this.dense.length) this.dense[i]! += value;
		else this.sparse.set(day, (this.sparse.get(day) ?? 0) + value);
	}

	get(day: number): number {
		const i = day - this.base;
		return this.dense && i >= 0 && i < this.dense.length ? this.dense[i]! : (this.sparse.get(day) ?? 0);
	}

	/** Every day with a sum other than zero, and its sum. */
	forEach(each: (day: number, value: number) => void): void {
		if (this.dense) for (let i = 0; i < this.dense.length; i++) if (this.dense[i] !== 0) each(i + this.base, this.dense[i]!);
		for (const [day, value] of this.sparse) each(day, value);
	}
}

/** The same from the stats' view of the columns (tests build one by hand). */
export function statsOfSource(source: StatsSource, filter: StatsFilter = {}, datesOnly = false): StatsReport {
	const clock = localClock(datesOnly);
	const timed = source.timed;
	const chosen = source.profiles.filter(p => filter.profile === null || filter.profile === undefined || p.name === filter.profile);
	const since = filter.since ?? -Infinity;
	const until = filter.until ?? Infinity;
	const focus = filter.year ?? null;
	const [focusFrom, focusTo] = focusDays(focus);
	const inFocus = (day: number) => day >= focusFrom && day <= focusTo;

	const tally = new Tally(source, clock, since, until, focusFrom, focusTo);
	// The days the chosen viewings can touch, with a margin for any zone's offset and the longest viewing.
	let earliest = Infinity;
	let latest = -Infinity;
	for (const p of chosen) {
		if (p.real.count === 0) continue;
		earliest = Math.min(earliest, p.real.start[0]!);
		latest = Math.max(latest, p.real.start[p.real.count - 1]!);
	}
	const base = Number.isFinite(earliest) ? Math.floor(earliest / DAY) - 2 : 0;
	const daySpan = Number.isFinite(earliest) ? Math.floor(latest / DAY) + 5 - base : 0;
	const newDays = (): Days => ({seconds: new DaySums(base, daySpan), viewings: new DaySums(base, daySpan)});
	const allDays = newDays();
	const perProfile: Array<{name: string; days: Days; seconds: number; viewings: number}> = [];
	for (const profile of chosen) {
		const days = newDays();
		tally.binges.startProfile(profile.name);
		const {seconds, viewings} = tally.profile(profile.real, days);
		days.seconds.forEach((d, v) => allDays.seconds.add(d, v));
		days.viewings.forEach((d, v) => allDays.viewings.add(d, v));
		perProfile.push({name: profile.name, days, seconds, viewings});
	}
	const {heat, heatViews, showSeconds, showViews, showEpisodes, deviceSeconds, deviceViews, countrySeconds, countryViews, binges, summed, first, last} = tally;

	const watchSeconds = perProfile.reduce((n, p) => n + p.seconds, 0);
	const viewings = perProfile.reduce((n, p) => n + p.viewings, 0);
	const span = first <= last ? {first: dayNumber(first + clock.offset(first)), last: dayNumber(last + clock.offset(last))} : null;
	const seconds = (s: number) => (timed ? Math.round(s) : null);
	const periods = (days: Days) => ({years: byYear(days, span, timed), months: byMonth(days, span, timed)});
	const named = (names: readonly string[], secs: Float64Array, views: Int32Array) => ranked(names.map((name, i) => ({name, watchSeconds: seconds(secs[i]!), viewings: views[i]!})));

	return {
		profile: filter.profile ?? null,
		timed,
		year: focus,
		watchSeconds: seconds(watchSeconds),
		viewings,
		overlapSeconds: seconds(summed - watchSeconds),
		extras: otherTotal(chosen, p => p.extras, since, until, timed),
		previews: otherTotal(chosen, p => p.previews, since, until, timed),
		firstViewing: span ? first : null,
		lastViewing: span ? last : null,
		...periods(allDays),
		weekdays: WEEKDAYS.map((period, w) => ({period, watchSeconds: seconds(sumRange(heat, w * 24, 24)), viewings: sumRange(heatViews, w * 24, 24)})),
		hours: Array.from({length: 24}, (_, h) => ({period: String(h).padStart(2, '0'), watchSeconds: seconds(sumStep(heat, h)), viewings: sumStep(heatViews, h)})),
		heatmap: Array.from({length: 7}, (_, w) => Array.from(timed ? heat.subarray(w * 24, w * 24 + 24) : heatViews.subarray(w * 24, w * 24 + 24), v => Math.round(v))),
		shows: ranked(source.shows.map((s, i) => ({name: s.name, kind: s.kind, watchSeconds: seconds(showSeconds[i]!), viewings: showViews[i]!, episodes: showEpisodes[i]!}))),
		devices: named(source.devices, deviceSeconds, deviceViews),
		countries: named(source.countries, countrySeconds, countryViews),
		longestBinge: binges.best,
		biggestDay: biggestDay(allDays, timed, inFocus),
		profiles: perProfile.map(p => ({name: p.name, watchSeconds: seconds(p.seconds), viewings: p.viewings, ...periods(p.days)})),
	};
}

/**
 * The accumulators of one report and the pass over one profile's viewings. The pass is a method of its
 * own, small and called once per profile: V8 optimises it early (a long function optimised late spent
 * most of its time boxing numbers in the interpreter).
 */
class Tally {
	readonly heat = new Float64Array(7 * 24);
	readonly heatViews = new Float64Array(7 * 24);
	readonly showSeconds: Float64Array;
	readonly showViews: Int32Array;
	readonly showEpisodes: Int32Array;
	readonly episodeSeen: Uint8Array;
	readonly deviceSeconds: Float64Array;
	readonly deviceViews: Int32Array;
	readonly countrySeconds: Float64Array;
	readonly countryViews: Int32Array;
	readonly binges: BingeFinder;
	summed = 0;
	first = Infinity;
	last = -Infinity;

	constructor(
		source: StatsSource,
		private readonly clock: LocalClock,
		private readonly since: number,
		private readonly until: number,
		/** The local day numbers of the year in focus (everything when no year is). */
		private readonly focusFrom: number,
		private readonly focusTo: number,
	) {
		this.showSeconds = new Float64Array(source.shows.length);
		this.showViews = new Int32Array(source.shows.length);
		this.showEpisodes = new Int32Array(source.shows.length);
		this.episodeSeen = new Uint8Array(source.episodes);
		this.deviceSeconds = new Float64Array(source.devices.length);
		this.deviceViews = new Int32Array(source.devices.length);
		this.countrySeconds = new Float64Array(source.countries.length);
		this.countryViews = new Int32Array(source.countries.length);
		this.binges = new BingeFinder(source, SITTING_GAP_MINUTES * 60_000);
	}

	/** Adds one profile's real viewings; returns its watch time (seconds) and viewings. */
	profile(rows: Intervals, days: Days): {seconds: number; viewings: number} {
		// Everything in locals: V8 does not hoist property loads out of a loop that writes typed arrays.
		const {start: starts, end: ends, show: shows, episode: episodes, device: devices, country: countries} = rows;
		const {
			heat,
			heatViews,
			showSeconds,
			showViews,
			showEpisodes,
			episodeSeen,
			deviceSeconds,
			deviceViews,
			countrySeconds,
			countryViews,
			binges,
			clock,
			since,
			until,
			focusFrom,
			focusTo,
		} = this;
		let {summed, first, last} = this;
		let seconds = 0;
		let viewings = 0;
		let covered = -Infinity;
		for (let n = 0; n < rows.count; n++) {
			const start = starts[n]!;
			if (start < since || start >= until) continue;
			const end = ends[n]!;
			viewings++;
			if (start < first) first = start;
			if (start > last) last = start;
			summed += (end - start) / 1000;
			const localStart = start + clock.offset(start);
			const startDay = dayNumber(localStart);
			days.viewings.add(startDay, 1);
			const show = shows[n]!;
			const device = devices[n]!;
			const country = countries[n]!;
			if (startDay >= focusFrom && startDay <= focusTo) {
				heatViews[weekdayOf(startDay) * 24 + hourOf(localStart)]!++;
				showViews[show]!++;
				const e = episodes[n]!;
				if (e >= 0 && episodeSeen[e] === 0) {
					episodeSeen[e] = 1;
					showEpisodes[show]!++;
				}
				if (device >= 0) deviceViews[device]!++;
				if (country >= 0) countryViews[country]!++;
				binges.add(rows, n);
			} else binges.skip(rows, n);
			// The part of this viewing not already covered by an earlier one of the profile.
			let from = Math.max(start, covered);
			if (end <= from) continue;
			covered = end;
			// Cut at local hours: each part counts where it lies (a profile's day stays ≤ 24 h).
			let day = Number.NaN;
			let daySeconds = 0;
			let dayFocused = true;
			while (from < end) {
				const next = clock.nextHour(from);
				const to = Math.min(end, next);
				const at = from + clock.offset(from);
				const d = dayNumber(at);
				const part = (to - from) / 1000;
				if (d !== day) {
					if (daySeconds > 0) days.seconds.add(day, daySeconds);
					day = d;
					daySeconds = 0;
					dayFocused = d >= focusFrom && d <= focusTo;
				}
				daySeconds += part;
				seconds += part;
				if (dayFocused) {
					heat[weekdayOf(d) * 24 + hourOf(at)]! += part;
					showSeconds[show]! += part;
					if (device >= 0) deviceSeconds[device]! += part;
					if (country >= 0) countrySeconds[country]! += part;
				}
				from = to;
			}
			if (daySeconds > 0) days.seconds.add(day, daySeconds);
		}
		this.summed = summed;
		this.first = first;
		this.last = last;
		return {seconds, viewings};
	}
}

/** The first and last local day number of a year (all days when none). */
function focusDays(year: number | null): [number, number] {
	if (year === null) return [-Infinity, Infinity];
	// setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
	const jan1 = (y: number) => Math.floor(new Date(0).setUTCFullYear(y, 0, 1) / DAY);
	return [jan1(year), jan1(year + 1) - 1];
}

function sumRange(values: Float64Array, from: number, length: number): number {
	let s = 0;
	for (let i = from; i < from + length; i++) s += values[i]!;
	return s;
}

function sumStep(values: Float64Array, hour: number): number {
	let s = 0;
	for (let w = 0; w < 7; w++) s += values[w * 24 + hour]!;
	return s;
}

/** Most watch time first (most viewings when untimed), nothing-at-all left out. */
function ranked<T extends NamedTotal>(list: T[]): T[] {
	return list
		.filter(x => x.viewings > 0 || (x.watchSeconds ?? 0) > 0)
		.sort((a, b) => (b.watchSeconds ?? 0) - (a.watchSeconds ?? 0) || b.viewings - a.viewings || a.name.localeCompare(b.name));
}

/** Sums per-day totals into the periods named by `key`, every period from the first day to the last. */
function periodTotals(days: Days, span: {first: number; last: number} | null, timed: boolean, key: (day: number) => string, next: (day: number) => number): PeriodTotal[] {
	if (!span) return [];
	const out = new Map<string, PeriodTotal>();
	for (let d = span.first; d <= span.last; d = next(d)) out.set(key(d), {period: key(d), watchSeconds: timed ? 0 : null, viewings: 0});
	out.set(key(span.last), out.get(key(span.last)) ?? {period: key(span.last), watchSeconds: timed ? 0 : null, viewings: 0});
	// Days in runs: the period's key is made once per run of days in the same period.
	let keyDay = Number.NaN;
	let keyText = '';
	const keyOf = (d: number) => {
		if (d !== keyDay) [keyDay, keyText] = [d, key(d)];
		return keyText;
	};
	days.seconds.forEach((d, s) => {
		const k = keyOf(d);
		const p = out.get(k);
		// A part after the last viewing's start day (a viewing running past midnight) joins its period when shown.
		if (p && p.watchSeconds !== null) p.watchSeconds += s;
		else if (!p && timed) out.set(k, {period: k, watchSeconds: s, viewings: 0});
	});
	days.viewings.forEach((d, v) => {
		const p = out.get(keyOf(d));
		if (p) p.viewings += v;
	});
	return [...out.values()].sort((a, b) => (a.period < b.period ? -1 : 1)).map(p => ({...p, watchSeconds: p.watchSeconds === null ? null : Math.round(p.watchSeconds)}));
}

function byYear(days: Days, span: {first: number; last: number} | null, timed: boolean): PeriodTotal[] {
	return periodTotals(
		days,
		span,
		timed,
		d => String(civil(d).year),
		d => {
			const {year} = civil(d);
			return Math.floor(Date.UTC(year + 1, 0, 1) / DAY);
		},
	);
}

function byMonth(days: Days, span: {first: number; last: number} | null, timed: boolean): PeriodTotal[] {
	return periodTotals(
		days,
		span,
		timed,
		d => dayText(d).slice(0, 7),
		d => {
			const {year, month} = civil(d);
			return Math.floor(Date.UTC(year, month, 1) / DAY);
		},
	);
}

function biggestDay(days: Days, timed: boolean, inFocus: (day: number) => boolean): StatsReport['biggestDay'] {
	let best: number | null = null;
	let value = -1;
	(timed ? days.seconds : days.viewings).forEach((d, v) => {
		if (inFocus(d) && (v > value || (v === value && best !== null && d < best))) [best, value] = [d, v];
	});
	if (best === null) return null;
	return {date: dayText(best), watchSeconds: timed ? Math.round(days.seconds.get(best)) : null, viewings: days.viewings.get(best)};
}

/** Extras or previews: how many, and the union of their intervals per profile, summed. */
function otherTotal(profiles: readonly ProfileIntervals[], pick: (p: ProfileIntervals) => Intervals, since: number, until: number, timed: boolean) {
	let viewings = 0;
	let seconds = 0;
	for (const p of profiles) {
		const rows = pick(p);
		let covered = -Infinity;
		for (let n = 0; n < rows.count; n++) {
			const start = rows.start[n]!;
			if (start < since || start >= until) continue;
			viewings++;
			const from = Math.max(start, covered);
			const end = rows.end[n]!;
			if (end > from) {
				seconds += end - from;
				covered = end;
			}
		}
	}
	return {viewings, watchSeconds: timed ? Math.round(seconds / 1000) : null};
}

/**
 * Finds the longest binge: a sitting is a run of a profile's real viewings with no gap longer than
 * the given one between the end of what played and the next start; its count per show is of distinct
 * episodes (a rewatched episode in the same sitting counts once).
 */
class BingeFinder {
	best: Binge | null = null;
	private profile = '';
	private sitting = 0;
	private sittingEnd = -Infinity;
	private readonly mark: Int32Array;
	private readonly showSitting: Int32Array;
	private readonly showCount: Int32Array;
	private readonly showStart: Float64Array;

	constructor(
		private readonly source: StatsSource,
		private readonly gap: number,
	) {
		this.mark = new Int32Array(source.episodes);
		this.showSitting = new Int32Array(source.shows.length);
		this.showCount = new Int32Array(source.shows.length);
		this.showStart = new Float64Array(source.shows.length);
	}

	startProfile(name: string): void {
		this.profile = name;
		this.sittingEnd = -Infinity;
	}

	/** A viewing outside the focus still keeps the sitting going. */
	skip(rows: Intervals, n: number): void {
		this.extend(rows, n);
	}

	add(rows: Intervals, n: number): void {
		this.extend(rows, n);
		const e = rows.episode[n]!;
		if (e < 0 || this.mark[e] === this.sitting) return;
		this.mark[e] = this.sitting;
		const s = rows.show[n]!;
		if (this.showSitting[s] !== this.sitting) {
			this.showSitting[s] = this.sitting;
			this.showCount[s] = 0;
			this.showStart[s] = rows.start[n]!;
		}
		const count = ++this.showCount[s]!;
		if (!this.best || count > this.best.episodes) {
			this.best = {profile: this.profile, show: this.source.shows[s]!.name, episodes: count, start: this.showStart[s]!, end: rows.end[n]!};
		} else if (this.best.profile === this.profile && this.best.start === this.showStart[s] && this.best.show === this.source.shows[s]!.name) {
			this.best.end = Math.max(this.best.end, rows.end[n]!);
		}
	}

	private extend(rows: Intervals, n: number): void {
		const start = rows.start[n]!;
		// Sitting numbers start at 1: the marks' initial 0 is never a sitting.
		if (start > this.sittingEnd + this.gap) this.sitting++;
		this.sittingEnd = Math.max(this.sittingEnd, rows.end[n]!);
	}
}
