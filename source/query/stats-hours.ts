/**
 * The union of a profile's viewings cut at every local hour boundary: each part counts in the local
 * day, year and heatmap cell (weekday × hour) it lies in. Cutting at hours (and so at midnights) keeps
 * a profile's day at 24 hours at most and the heatmap true to the clock, across zone changes too.
 */
import {civil, dayNumber, hourOf, type LocalClock, weekdayOf} from './local-clock.js';
import {jan1} from './stats-days.js';
import type {ProfileTally} from './stats-tallies.js';

/** Cuts pieces of the union at local hours, for every profile of a pass. */
export class HourCutter {
	/** Per local year, [profile × 168 + weekday × 24 + hour]: seconds. */
	readonly heat = new Map<number, Float64Array>();
	// The last part's local year, its day range and its heatmap: a year changes rarely.
	private partYear = Number.NaN;
	private partFrom = 0;
	private partTo = -1;
	private partHeat: Float64Array = new Float64Array(0);
	private readonly result = {own: 0, all: 0};

	constructor(
		private readonly clock: LocalClock,
		private readonly profiles: number,
	) {}

	/**
	 * Cuts [from, end), a piece of profile p's union, at local hours: each part is added to the profile's
	 * day and to its year's heatmap. Returns its seconds in the viewing's own local year (`year`) and in
	 * all; the parts in another year are the profile's spills (viewing position q).
	 */
	cut(from: number, end: number, year: number, p: number, q: number, tally: ProfileTally): {own: number; all: number} {
		const clock = this.clock;
		const daySums = tally.days.seconds;
		let own = 0;
		let all = 0;
		let day = Number.NaN;
		let daySeconds = 0;
		while (from < end) {
			const next = clock.nextHour(from);
			const to = Math.min(end, next);
			const at = from + clock.offset(from);
			const d = dayNumber(at);
			const part = (to - from) / 1000;
			if (d !== day) {
				if (daySeconds > 0) daySums.add(day, daySeconds);
				day = d;
				daySeconds = 0;
			}
			daySeconds += part;
			all += part;
			if (d < this.partFrom || d > this.partTo) this.partYearOf(d);
			this.partHeat[p * 168 + weekdayOf(d) * 24 + hourOf(at)]! += part;
			if (this.partYear === year) own += part;
			else {
				tally.spills.position.push(q);
				tally.spills.year.push(this.partYear);
				tally.spills.seconds.push(part);
			}
			from = to;
		}
		if (daySeconds > 0) daySums.add(day, daySeconds);
		this.result.own = own;
		this.result.all = all;
		return this.result;
	}

	private partYearOf(d: number): void {
		const year = civil(d).year;
		this.partYear = year;
		this.partFrom = jan1(year);
		this.partTo = jan1(year + 1) - 1;
		let heat = this.heat.get(year);
		if (!heat) this.heat.set(year, (heat = new Float64Array(this.profiles * 168)));
		this.partHeat = heat;
	}
}
