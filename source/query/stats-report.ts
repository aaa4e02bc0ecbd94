/**
 * A Stats report for a profile (or all) and a year in focus (or all time), made from the tallies
 * (stats-tally.ts) in one short pass over the chosen profiles' viewings: nothing here converts a time
 * or unions intervals. "All profiles" is the sum over profiles; the year narrows the heatmap, the
 * tops, the binge and the biggest day (the parts and viewings that lie in it).
 */
import {BingeFinder} from './stats-binges.js';
import {biggestDay, byMonth, byYear, focusDays, sumDays, type Days, type DaySpan} from './stats-days.js';
import {viewingEnd, type StatsSource} from './stats-source.js';
import type {DayRange, OtherTally, ProfileTally, TallyRows} from './stats-tallies.js';
import type {NamedTotal, StatsReport} from './stats.js';

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** What a report is about. */
export interface ReportChoice {
	/** A profile's name; null: all profiles. */
	profile: string | null;
	/** The local year in focus; null: all time. */
	year: number | null;
}

/** What the pass made (stats-tally.ts), and every profile's days summed (made once, by the caller). */
export interface Tallied {
	source: StatsSource;
	rows: TallyRows;
	tallies: readonly ProfileTally[];
	range: DayRange;
	allDays: () => Days;
}

/**
 * The report for one choice, a step per profile (all profiles' report is the longest: the explorer
 * reads keys between the steps); the generator's value is the report.
 */
export function* reportSteps({source, rows, tallies, range, allDays}: Tallied, choice: ReportChoice): Generator<void, StatsReport, void> {
	const timed = source.timed;
	const chosen = choice.profile === null ? tallies : tallies.filter(t => t.name === choice.profile);
	const focus = choice.year;
	const [focusFrom, focusTo] = focusDays(focus);
	const seconds = (s: number) => (timed ? Math.round(s) : null);
	const tops = new Tops(source, rows);
	for (const tally of chosen) {
		tops.add(tally, focus);
		yield;
	}
	const {heat, heatViews, showSeconds, showViews, showEpisodes, deviceSeconds, deviceViews, countrySeconds, countryViews, binges} = tops;

	const span = daySpan(chosen);
	const days =
		choice.profile === null
			? allDays()
			: chosen.length === 1
				? chosen[0]!.days
				: sumDays(
						range.base,
						range.span,
						chosen.map(t => t.days),
					);
	const periods = (d: Days) => ({years: byYear(d, span, timed), months: byMonth(d, span, timed)});
	const named = (names: readonly string[], secs: Float64Array, views: Int32Array) => ranked(names.map((name, i) => ({name, watchSeconds: seconds(secs[i]!), viewings: views[i]!})));
	const watchSeconds = chosen.reduce((n, t) => n + t.watchSeconds, 0);
	const summed = chosen.reduce((n, t) => n + t.summedSeconds, 0);
	const other = (pick: (t: ProfileTally) => OtherTally) => {
		const ms = chosen.reduce((n, t) => n + pick(t).ms, 0);
		return {viewings: chosen.reduce((n, t) => n + pick(t).viewings, 0), watchSeconds: timed ? Math.round(ms / 1000) : null};
	};
	const first = Math.min(...chosen.map(t => t.first));
	const last = Math.max(...chosen.map(t => t.last));

	return {
		profile: choice.profile,
		timed,
		year: focus,
		watchSeconds: seconds(watchSeconds),
		viewings: chosen.reduce((n, t) => n + t.viewings, 0),
		overlapSeconds: seconds(summed - watchSeconds),
		extras: other(t => t.extras),
		previews: other(t => t.previews),
		firstViewing: span ? first : null,
		lastViewing: span ? last : null,
		...periods(days),
		weekdays: WEEKDAYS.map((period, w) => ({period, watchSeconds: seconds(sumRange(heat, w * 24, 24)), viewings: sumRange(heatViews, w * 24, 24)})),
		hours: Array.from({length: 24}, (_, h) => ({period: String(h).padStart(2, '0'), watchSeconds: seconds(sumStep(heat, h)), viewings: sumStep(heatViews, h)})),
		heatmap: Array.from({length: 7}, (_, w) => Array.from(timed ? heat.subarray(w * 24, w * 24 + 24) : heatViews.subarray(w * 24, w * 24 + 24), v => Math.round(v))),
		shows: ranked(source.shows.map((s, i) => ({name: s.name, kind: s.kind, watchSeconds: seconds(showSeconds[i]!), viewings: showViews[i]!, episodes: showEpisodes[i]!}))),
		devices: named(source.devices, deviceSeconds, deviceViews),
		countries: named(source.countries, countrySeconds, countryViews),
		longestBinge: binges.best,
		biggestDay: biggestDay(days, timed, d => d >= focusFrom && d <= focusTo),
		profiles: chosen.map(t => ({name: t.name, watchSeconds: seconds(t.watchSeconds), viewings: t.viewings, ...periods(t.days)})),
	};
}

/** First and last local day of the chosen profiles' viewings (null when none). */
function daySpan(chosen: readonly ProfileTally[]): DaySpan {
	let first: ProfileTally | null = null;
	let last: ProfileTally | null = null;
	for (const t of chosen) {
		if (t.viewings === 0) continue;
		if (!first || t.first < first.first) first = t;
		if (!last || t.last > last.last) last = t;
	}
	if (!first || !last) return null;
	return {first: first.firstDay, last: last.lastDay};
}

/** The heatmap, the tops and the binge of the viewings in focus: one pass over each chosen profile's. */
class Tops {
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

	constructor(
		private readonly source: StatsSource,
		private readonly rows: TallyRows,
	) {
		this.showSeconds = new Float64Array(source.shows.length);
		this.showViews = new Int32Array(source.shows.length);
		this.showEpisodes = new Int32Array(source.shows.length);
		this.episodeSeen = new Uint8Array(source.episodes);
		this.deviceSeconds = new Float64Array(source.devices.length);
		this.deviceViews = new Int32Array(source.devices.length);
		this.countrySeconds = new Float64Array(source.countries.length);
		this.countryViews = new Int32Array(source.countries.length);
		this.binges = new BingeFinder(source.shows, source.episodes);
	}

	/** Adds a profile's viewings whose start lies in the year (all of them when null), and its parts that lie in it. */
	add(tally: ProfileTally, focus: number | null): void {
		// Everything in locals: V8 does not hoist property loads out of a loop that writes typed arrays.
		const {startYear, cell, sitting, seconds, show: showOf, episode: episodeOf, row: rowOf} = this.rows;
		const {device: deviceOf, country: countryOf, start: starts, duration: durations} = this.source;
		const {heatViews, showSeconds, showViews, showEpisodes, episodeSeen, deviceSeconds, deviceViews, countrySeconds, countryViews, binges} = this;
		const all = focus === null;
		binges.startProfile(tally.name);
		for (let q = tally.from; q < tally.to; q++) {
			if (!all && startYear[q] !== focus) continue;
			const show = showOf[q]!;
			const i = rowOf[q]!;
			const device = deviceOf[i]!;
			const country = countryOf[i]!;
			const e = episodeOf[q]!;
			const own = seconds[q]!;
			heatViews[cell[q]!]!++;
			showViews[show]!++;
			showSeconds[show]! += own;
			if (e >= 0) {
				if (episodeSeen[e] === 0) {
					episodeSeen[e] = 1;
					showEpisodes[show]!++;
				}
				const start = starts[i]!;
				binges.add(sitting[q]!, show, e, start, viewingEnd(start, durations[i]!));
			}
			if (device >= 0) {
				deviceViews[device]!++;
				deviceSeconds[device]! += own;
			}
			if (country >= 0) {
				countryViews[country]!++;
				countrySeconds[country]! += own;
			}
		}
		// Parts of viewings that lie in another year than their start (past New Year's midnight).
		const spills = tally.spills;
		for (let k = 0; k < spills.position.length; k++) {
			if (!all && spills.year[k] !== focus) continue;
			const q = spills.position[k]!;
			const i = rowOf[q]!;
			const part = spills.seconds[k]!;
			showSeconds[showOf[q]!]! += part;
			if (deviceOf[i]! >= 0) deviceSeconds[deviceOf[i]!]! += part;
			if (countryOf[i]! >= 0) countrySeconds[countryOf[i]!]! += part;
		}
		for (const [year, heat] of tally.heat) if (all || year === focus) for (let c = 0; c < heat.length; c++) this.heat[c]! += heat[c]!;
	}
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
