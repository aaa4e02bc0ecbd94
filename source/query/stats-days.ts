/**
 * The stats' per-day sums, and what is made of them: watch time and viewings per year and per month
 * (every period from the first viewing to the last, empty ones too) and the biggest day.
 */
import {civil, dayText} from './local-clock.js';
import type {PeriodTotal, StatsReport} from './stats.js';

const DAY = 86_400_000;

/** Spans of more days than this (an export of a century: a broken date) are summed in a map, not an array. */
const MAX_DENSE_DAYS = 40_000;

/**
 * Sums per local day number: an array over the days the viewings can touch (a Map per add cost more
 * than the rest of the pass together), or a Map when the dates span more than MAX_DENSE_DAYS.
 */
export class DaySums {
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

	/** The days the array covers, [from, to); null when the sums are in a map. */
	denseDays(): [number, number] | null {
		return this.dense ? [this.base, this.base + this.dense.length] : null;
	}

	/** The sum over days [from, to) (within denseDays). */
	sum(from: number, to: number): number {
		let s = 0;
		for (let i = from - this.base; i < to - this.base; i++) s += this.dense![i]!;
		return s;
	}

	/** Every day with a sum other than zero, and its sum. */
	forEach(each: (day: number, value: number) => void): void {
		if (this.dense) for (let i = 0; i < this.dense.length; i++) if (this.dense[i] !== 0) each(i + this.base, this.dense[i]!);
		for (const [day, value] of this.sparse) each(day, value);
	}
}

/** Per-day sums of one profile (or of several, added up). */
export interface Days {
	seconds: DaySums;
	viewings: DaySums;
}

/** Empty day sums over the days from `base` for `span` days (see DaySums). */
export function newDays(base: number, span: number): Days {
	return {seconds: new DaySums(base, span), viewings: new DaySums(base, span)};
}

/** The days of several profiles added up. */
export function sumDays(base: number, span: number, each: readonly Days[]): Days {
	const all = newDays(base, span);
	for (const days of each) {
		days.seconds.forEach((d, v) => all.seconds.add(d, v));
		days.viewings.forEach((d, v) => all.viewings.add(d, v));
	}
	return all;
}

/** First and last local day of the viewings a report covers. */
export type DaySpan = {first: number; last: number} | null;

/**
 * Sums per-day totals into the periods named by `key`, every period from the first day to the last;
 * `next` is the first day of the period after a day's. Periods outside the span are there only when
 * some watch time lies in them (a viewing running past midnight after the last start).
 */
function periodTotals(days: Days, span: DaySpan, timed: boolean, key: (day: number) => string, next: (day: number) => number): PeriodTotal[] {
	const dense = days.seconds.denseDays();
	if (!span || !dense || days.viewings.denseDays() === null) return periodTotalsByKey(days, span, timed, key, next);
	const out: PeriodTotal[] = [];
	const [from, to] = dense;
	// Period by period over the days summed: the sums of a period's days, no key per day.
	for (let d = from; d < to; ) {
		const end = Math.min(to, next(d));
		const seconds = days.seconds.sum(d, end);
		const inSpan = end > span.first && d <= span.last;
		if (inSpan || (timed && seconds !== 0)) out.push({period: key(d), watchSeconds: timed ? Math.round(seconds) : null, viewings: inSpan ? days.viewings.sum(d, end) : 0});
		d = end;
	}
	return out;
}

/** The same with a key per day run (for sums kept in a map: a broken date's span of centuries). */
function periodTotalsByKey(days: Days, span: DaySpan, timed: boolean, key: (day: number) => string, next: (day: number) => number): PeriodTotal[] {
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

/** Watch time and viewings per local year, every year of the span. */
export function byYear(days: Days, span: DaySpan, timed: boolean): PeriodTotal[] {
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

/** Watch time and viewings per local month, every month of the span. */
export function byMonth(days: Days, span: DaySpan, timed: boolean): PeriodTotal[] {
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

/** The day with the most watch time (most viewings when untimed) among the days `inFocus` takes; the earliest of equals. */
export function biggestDay(days: Days, timed: boolean, inFocus: (day: number) => boolean): StatsReport['biggestDay'] {
	let best: number | null = null;
	let value = -1;
	(timed ? days.seconds : days.viewings).forEach((d, v) => {
		if (inFocus(d) && (v > value || (v === value && best !== null && d < best))) [best, value] = [d, v];
	});
	if (best === null) return null;
	return {date: dayText(best), watchSeconds: timed ? Math.round(days.seconds.get(best)) : null, viewings: days.viewings.get(best)};
}

/** The first and last local day number of a year (all days when none). */
export function focusDays(year: number | null): [number, number] {
	if (year === null) return [-Infinity, Infinity];
	return [jan1(year), jan1(year + 1) - 1];
}

/** The day number of 1 January of a year. setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999. */
export function jan1(year: number): number {
	return Math.floor(new Date(0).setUTCFullYear(year, 0, 1) / DAY);
}
