/**
 * What the stats' one pass over the viewings (stats-tally.ts) makes, and a report (stats-report.ts)
 * reads: per real viewing, the numbers a report reads again (TallyRows), laid out profile by profile;
 * per profile, its sums (ProfileTally); and the days the day sums span (DayRange).
 */
import type {Days} from './stats-days.js';

/** Extras or previews of a profile: how many, and the length of their union (ms). */
export interface OtherTally {
	viewings: number;
	ms: number;
}

/**
 * Per real viewing, at its position (profile by profile, oldest first within a profile): what a report
 * reads again.
 */
export interface TallyRows {
	/** Local year of the start. */
	startYear: Uint16Array;
	/** Heatmap cell of the start: weekday (Monday 0) × 24 + hour. */
	cell: Uint8Array;
	/** Sitting number (unique across profiles, from 1). */
	sitting: Int32Array;
	/** Seconds of the viewing's own part of the union that lie in its own local year. */
	seconds: Float64Array;
	/** Show (index into StatsSource.shows) and episode (−1 for a movie). */
	show: Int32Array;
	episode: Int32Array;
	/** Row number in StatsSource's columns (its start, duration, device, country). */
	row: Int32Array;
}

/** What the pass found for one profile. */
export interface ProfileTally {
	name: string;
	/** Positions in TallyRows of its real viewings within the filter, oldest first. */
	from: number;
	to: number;
	/** Parts of the union in another year than their viewing's (a viewing running past New Year's midnight). */
	spills: {position: number[]; year: number[]; seconds: number[]};
	/** Seconds of the union per local year: [weekday × 24 + hour]. */
	heat: Map<number, Float64Array>;
	days: Days;
	/** Length of the union (seconds) and the durations as summed (seconds: the overlap is the difference). */
	watchSeconds: number;
	summedSeconds: number;
	viewings: number;
	/** Start of the first and last viewing (epoch ms), and their local days. */
	first: number;
	last: number;
	firstDay: number;
	lastDay: number;
	extras: OtherTally;
	previews: OtherTally;
}

/** Where the tallies' day sums start, and how many days they span (see DaySums). */
export interface DayRange {
	base: number;
	span: number;
}

/** What the pass makes. */
export interface Tallies {
	rows: TallyRows;
	/** In the order of StatsSource.profiles. */
	tallies: ProfileTally[];
	range: DayRange;
}
