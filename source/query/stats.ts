/**
 * Watch time, when and what: the numbers of the Stats screen and of `netflix-tui stats`, computed in one
 * place so the two cannot disagree. Pure: no Ink, no React. The work is in four steps, each its own module:
 * - stats-source.ts reads the columns: per profile, its viewings as sorted [start, end) intervals;
 * - stats-tally.ts makes the one pass over them (the union cut at local hours, per-day sums, per-viewing
 *   local day, year, heatmap cell and sitting), once per library whatever profile or year is asked;
 * - stats-report.ts makes a report for a profile and a year from the tallies in a short pass
 *   (stats-binges.ts finds the longest binge, stats-days.ts the years, months and the biggest day).
 *
 * The rules (README, "How watch time is computed"):
 * - A profile's watch time is the length of the union of [start, start + duration) of its real viewings
 *   (episodes and movies, hidden ones included): overlapping sessions count once.
 * - The union is cut at every local hour boundary and each part counts in the hour, day, month and year
 *   it lies in. A piece of the union belongs to the period where it starts; cutting at midnight (and so
 *   at every hour) keeps a profile's day at 24 hours at most and the heatmap true to the clock.
 * - All profiles is the sum over profiles. Extras and autoplayed previews are summed apart by the same rule.
 */
import type {Library} from '../model/library.js';
import {localClock} from './local-clock.js';
import {sumDays, type Days} from './stats-days.js';
import {reportSteps, type Tallied} from './stats-report.js';
import {statsSourceSteps} from './stats-source.js';
import {tallySteps} from './stats-tally.js';

export {SITTING_GAP_MINUTES} from './stats-tally.js';
export {WEEKDAYS} from './stats-report.js';

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

/** The stats of a library (datesOnly: the simple download, whose dates are calendar dates). */
export function statsOf(library: Library, filter: StatsFilter = {}, datesOnly = false): StatsReport {
	return drain(statsSteps(library, filter, datesOnly)).report(filter.profile ?? null, filter.year ?? null);
}

/**
 * Makes the tallies ahead of the first report (the explorer does it a step at a time once the first
 * screen is drawn, see statsSteps): a report is then a short pass.
 */
export function prepareStats(library: Library, datesOnly = false): void {
	drain(statsSteps(library, {}, datesOnly));
}

/**
 * Everything a library's reports are made from (for one since/until): the columns read and the pass
 * made. Made once per library and filter, a step at a time (`statsSteps`); a report is then a short pass.
 */
export class StatsTallies {
	private allDays: Days | undefined;

	constructor(private readonly tallied: Omit<Tallied, 'allDays'>) {}

	/** The report for a profile (null: all) and a year in focus (null: all time). */
	report(profile: string | null, year: number | null): StatsReport {
		return drain(this.reportSteps(profile, year));
	}

	/** The same a step per profile (see reportSteps). */
	reportSteps(profile: string | null, year: number | null): Generator<void, StatsReport, void> {
		const {range, tallies} = this.tallied;
		const allDays = () =>
			(this.allDays ??= sumDays(
				range.base,
				range.span,
				tallies.map(t => t.days),
			));
		return reportSteps({...this.tallied, allDays}, {profile, year});
	}
}

const made = new WeakMap<Library, Map<string, StatsTallies>>();

/** Whether the tallies for the library and filter are made (a report is then quick). */
export function statsReady(library: Library, filter: Pick<StatsFilter, 'since' | 'until'> = {}, datesOnly = false): boolean {
	return made.get(library)?.has(tallyKey(filter, datesOnly)) ?? false;
}

/**
 * Makes the tallies of a library a step at a time (each a few milliseconds: the explorer reads keys
 * between them), yielding the fraction done; the generator's value is the tallies. Made once: a second
 * call returns them at once.
 */
export function* statsSteps(library: Library, filter: Pick<StatsFilter, 'since' | 'until'> = {}, datesOnly = false): Generator<number, StatsTallies, void> {
	let entry = made.get(library);
	if (!entry) made.set(library, (entry = new Map()));
	const key = tallyKey(filter, datesOnly);
	const known = entry.get(key);
	if (known) return known;
	const source = yield* statsSourceSteps(library);
	const tallied = yield* tallySteps(source, localClock(datesOnly), filter.since ?? -Infinity, filter.until ?? Infinity);
	const tallies = new StatsTallies({source, ...tallied});
	entry.set(key, tallies);
	return tallies;
}

/** Tallies are kept per filter and per time zone (TZ, which --tz sets; tests change it). */
function tallyKey(filter: Pick<StatsFilter, 'since' | 'until'>, datesOnly: boolean): string {
	return `${filter.since ?? ''}|${filter.until ?? ''}|${datesOnly}|${process.env['TZ'] ?? ''}`;
}

/** Runs a generator of steps to its end and returns its value. */
function drain<T>(steps: Generator<unknown, T, void>): T {
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}
