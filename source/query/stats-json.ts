import {SITTING_GAP_MINUTES, type StatsReport} from './stats.js';

export {statsOf} from './stats.js';

/** `stats --json`: the report with instants as ISO 8601 UTC, and the rules' constants it was made with. */
export interface StatsJson extends Omit<StatsReport, 'firstViewing' | 'lastViewing' | 'longestBinge' | 'year'> {
	since: string | null;
	until: string | null;
	/** The time zone the periods are in (IANA name; UTC for the simple download's calendar dates). */
	timeZone: string;
	sittingGapMinutes: number;
	firstViewing: string | null;
	lastViewing: string | null;
	longestBinge: {profile: string; show: string; episodes: number; start: string; end: string} | null;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** The JSON form of a report (`since`/`until`: the command's filter, echoed). */
export function statsJson(report: StatsReport, since: number | null, until: number | null, datesOnly = false): StatsJson {
	const {year: _year, firstViewing, lastViewing, longestBinge, ...rest} = report;
	return {
		since: iso(since),
		until: iso(until),
		timeZone: datesOnly ? 'UTC' : Intl.DateTimeFormat().resolvedOptions().timeZone,
		sittingGapMinutes: SITTING_GAP_MINUTES,
		...rest,
		firstViewing: iso(firstViewing),
		lastViewing: iso(lastViewing),
		longestBinge: longestBinge && {...longestBinge, start: iso(longestBinge.start)!, end: iso(longestBinge.end)!},
	};
}
