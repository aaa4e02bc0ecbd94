/**
 * The one pass over the viewings that the stats need, whatever profile or year a report is about:
 * oldest first, every profile at once (each with its own running union), the union of each profile's
 * viewings cut at every local hour, summed per local day and per year × weekday × hour; and, per real
 * viewing, what a report reads again (its local day and year, heatmap cell, sitting, its own part of
 * the union, show, episode, device, country), laid out profile by profile. A report for any profile and
 * year is then a short pass over a profile's stretch of these arrays (stats-report.ts): moving between
 * years or profiles on the Stats screen recomputes no union and converts no time. What the pass makes
 * is laid out in stats-tallies.ts.
 *
 * Rules (README, "How watch time is computed"): each viewing adds the part of [start, end) not already
 * covered by an earlier viewing of the profile (the union); a part counts in the local hour, day and
 * year it lies in. A sitting ends when nothing of the profile played for longer than SITTING_GAP_MINUTES.
 */
import {civil, dayNumber, hourOf, weekdayOf, type LocalClock} from './local-clock.js';
import {HourCutter} from './stats-hours.js';
import {jan1, newDays} from './stats-days.js';
import {viewingEnd, type StatsSource} from './stats-source.js';
import type {DayRange, ProfileTally, Tallies, TallyRows} from './stats-tallies.js';

/**
 * A sitting ends when nothing of the profile played for longer than this. 30 minutes: longer than a
 * break between episodes (Netflix autoplays the next one within seconds; a snack or the credits of a
 * film take a few minutes), shorter than the gap between an afternoon and an evening session.
 */
export const SITTING_GAP_MINUTES = 30;

const GAP_MS = SITTING_GAP_MINUTES * 60_000;

/** Viewings per step of `tallySteps`: a few milliseconds of work. */
const STEP_ROWS = 8_192;

const DAY = 86_400_000;

/**
 * Tallies the viewings that start in [since, until), STEP_ROWS viewings a step (the explorer reads keys
 * between steps), yielding the fraction done; the generator's value is the tallies.
 */
export function* tallySteps(source: StatsSource, clock: LocalClock, since: number, until: number): Generator<number, Tallies, void> {
	const {order, start} = source;
	// The viewings are sorted by start: the filter is a range of them.
	const bound = (value: number) => {
		let lo = 0;
		let hi = order.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (start[order[mid]!]! < value) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	};
	const from = bound(since);
	const to = Math.max(from, bound(until));
	const pass = new Pass(source, clock);
	const count = Math.max(1, to - from);
	// Counting is a small part of the pass: a fifth of the progress, in steps four times as long.
	for (let k = from; k < to; k += STEP_ROWS * 4) {
		pass.count(k, Math.min(to, k + STEP_ROWS * 4));
		yield (0.2 * (k - from)) / count;
	}
	pass.layOut();
	for (let k = from; k < to; k += STEP_ROWS) {
		pass.run(k, Math.min(to, k + STEP_ROWS));
		yield 0.2 + (0.8 * (k - from)) / count;
	}
	return pass.done();
}

/** The pass, resumable between steps: its running state, per profile, is in fields. */
class Pass {
	private rows!: TallyRows;
	private tallies: ProfileTally[] = [];
	private range: DayRange = {base: 0, span: 0};
	/** Per profile: next position, end of the union so far, its sitting and that sitting's end so far, end of extras and of previews. */
	private readonly at: Int32Array;
	private readonly sitting: Int32Array;
	private readonly covered: Float64Array;
	private readonly sittingEnd: Float64Array;
	private readonly otherCovered: Float64Array;
	private sittings = 0;
	// The local year of the last start, with its day range: a year changes rarely.
	private year = Number.NaN;
	private yearFrom = 0;
	private yearTo = -1;
	private readonly hours: HourCutter;

	/** Per profile: real viewings; extras and previews (while counting). */
	private readonly counts: Int32Array;
	private readonly extras: Int32Array;
	private earliest = Infinity;
	private latest = -Infinity;

	constructor(
		private readonly source: StatsSource,
		private readonly clock: LocalClock,
	) {
		const profiles = source.profiles.length;
		this.counts = new Int32Array(profiles);
		this.extras = new Int32Array(profiles * 2);
		this.at = new Int32Array(profiles);
		this.sitting = new Int32Array(profiles);
		this.covered = new Float64Array(profiles).fill(-Infinity);
		this.sittingEnd = new Float64Array(profiles).fill(-Infinity);
		this.otherCovered = new Float64Array(profiles * 2).fill(-Infinity);
		this.hours = new HourCutter(clock, profiles);
	}

	/** First, each profile's viewings among [from, to) of the order are counted: where each profile's go. */
	count(from: number, to: number): void {
		const {order, profileIndex, profile, kind: kindOf, start} = this.source;
		const {counts, extras} = this;
		for (let k = from; k < to; k++) {
			const i = order[k]!;
			const p = profileIndex[profile[i]!]!;
			const kind = kindOf[i]!;
			if (kind === 0) {
				counts[p]!++;
				if (this.earliest === Infinity) this.earliest = start[i]!;
				this.latest = start[i]!;
			} else extras[p * 2 + kind - 1]!++;
		}
	}

	/** Then the arrays are made for the counted viewings, and each profile's tally started. */
	layOut(): void {
		const {source, counts, extras, earliest, latest} = this;
		this.range = Number.isFinite(earliest) ? dayRange(earliest, latest) : {base: 0, span: 0};
		const n = counts.reduce((a, b) => a + b, 0);
		// As few bytes a viewing as will do: allocating and first writing these arrays is a good part of the pass.
		this.rows = {
			startYear: new Uint16Array(n),
			cell: new Uint8Array(n),
			sitting: new Int32Array(n),
			seconds: new Float64Array(n),
			show: new Int32Array(n),
			episode: new Int32Array(n),
			row: new Int32Array(n),
		};
		let position = 0;
		this.tallies = source.profiles.map((name, p) => {
			this.at[p] = position;
			position += counts[p]!;
			return {
				name,
				from: this.at[p]!,
				to: position,
				spills: {position: [], year: [], seconds: []},
				heat: new Map(),
				days: newDays(this.range.base, this.range.span),
				watchSeconds: 0,
				summedSeconds: 0,
				viewings: counts[p]!,
				first: Infinity,
				last: -Infinity,
				firstDay: 0,
				lastDay: 0,
				extras: {viewings: extras[p * 2]!, ms: 0},
				previews: {viewings: extras[p * 2 + 1]!, ms: 0},
			};
		});
	}

	/** Tallies the viewings [from, to) of the order. */
	run(from: number, to: number): void {
		// Everything in locals: V8 does not hoist property loads out of a loop that writes typed arrays.
		const {source, clock, tallies, at, covered: coveredOf, sittingEnd: sittingEndOf, sitting: sittingOf} = this;
		const {order, profile: profileOf, profileIndex, kind: kindOf, start: starts, duration: durations, title: titleOf, titles} = source;
		const {startYear, cell, sitting, seconds: ownSeconds, show: showOf, episode: episodeOf, row: rowOf} = this.rows;
		let {sittings, year, yearFrom, yearTo} = this;
		for (let k = from; k < to; k++) {
			const i = order[k]!;
			const p = profileIndex[profileOf[i]!]!;
			const start = starts[i]!;
			const seconds = durations[i]!;
			const end = viewingEnd(start, seconds);
			const kind = kindOf[i]!;
			if (kind !== 0) {
				this.other(p * 2 + kind - 1, start, end);
				continue;
			}
			const tally = tallies[p]!;
			const q = at[p]!++;
			const t = titleOf[i]! * 2;
			let show = titles[t]!;
			if (show === -1) show = source.showOf(t >> 1);
			showOf[q] = show;
			episodeOf[q] = titles[t + 1]!;
			rowOf[q] = i;
			tally.summedSeconds += (end - start) / 1000;
			const localStart = start + clock.offset(start);
			const startDay = dayNumber(localStart);
			if (tally.first === Infinity) {
				tally.first = start;
				tally.firstDay = startDay;
			}
			tally.last = start;
			tally.lastDay = startDay;
			if (startDay < yearFrom || startDay > yearTo) {
				year = civil(startDay).year;
				yearFrom = jan1(year);
				yearTo = jan1(year + 1) - 1;
			}
			startYear[q] = year;
			cell[q] = weekdayOf(startDay) * 24 + hourOf(localStart);
			tally.days.viewings.add(startDay, 1);
			// Sitting numbers start at 1 (a mark array's initial 0 is never a sitting).
			if (start > sittingEndOf[p]! + GAP_MS) sittingOf[p] = ++sittings;
			if (end > sittingEndOf[p]!) sittingEndOf[p] = end;
			sitting[q] = sittingOf[p]!;
			// The part of this viewing not already covered by an earlier one of the profile.
			const part = Math.max(start, coveredOf[p]!);
			if (end <= part) continue;
			coveredOf[p] = end;
			const cut = this.hours.cut(part, end, year, p, q, tally);
			ownSeconds[q] = cut.own;
			tally.watchSeconds += cut.all;
		}
		this.sittings = sittings;
		this.year = year;
		this.yearFrom = yearFrom;
		this.yearTo = yearTo;
	}

	/** The tallies, once every step has run. */
	done(): Tallies {
		for (const [year, heat] of this.hours.heat) {
			this.tallies.forEach((tally, p) => {
				const own = heat.subarray(p * 168, p * 168 + 168);
				if (own.some(v => v !== 0)) tally.heat.set(year, own);
			});
		}
		return {rows: this.rows, tallies: this.tallies, range: this.range};
	}

	/** An extra or a preview (list: profile × 2 + 0 or 1): its part not already covered. */
	private other(list: number, start: number, end: number): void {
		const from = Math.max(start, this.otherCovered[list]!);
		if (end <= from) return;
		this.otherCovered[list] = end;
		const tally = this.tallies[list >> 1]!;
		(list & 1 ? tally.previews : tally.extras).ms += end - from;
	}
}

/** The days the viewings can touch, with a margin for any zone's offset and the longest viewing. */
function dayRange(earliest: number, latest: number): DayRange {
	const base = Math.floor(earliest / DAY) - 2;
	return {base, span: Math.floor(latest / DAY) + 5 - base};
}
