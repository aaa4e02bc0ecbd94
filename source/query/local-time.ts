/**
 * Local calendar fields of instants for the query API (`Viewings.groupBy` by year, month, day, weekday,
 * hour), on the same clock the stats use (local-clock.ts: the zone's offset looked up once per UTC day,
 * the calendar as arithmetic on day numbers).
 */
import {civil, dayNumber, hourOf, LocalClock, weekdayOf} from './local-clock.js';

const DAY = 86_400_000;

/** Local calendar fields of one instant. */
export interface LocalParts {
	year: number;
	/** 1–12. */
	month: number;
	/** 1–31. */
	day: number;
	/** 0 Monday … 6 Sunday. */
	weekday: number;
	/** 0–23. */
	hour: number;
}

/** Converts instants to local calendar fields in the zone in force when it was made (`TZ`, `--tz`). */
export class LocalCalendar {
	private readonly clock = new LocalClock();

	/** Days since 1970-01-01 of the local date. */
	dayNumber(ms: number): number {
		return dayNumber(ms + this.clock.offset(ms));
	}

	/** Local hour, 0–23. */
	hour(ms: number): number {
		return hourOf(ms + this.clock.offset(ms));
	}

	/** Local weekday, 0 Monday … 6 Sunday. */
	weekday(ms: number): number {
		return weekdayOf(this.dayNumber(ms));
	}

	/** Every local field of one instant. */
	parts(ms: number): LocalParts {
		const day = this.dayNumber(ms);
		const {year, month, date} = civil(day);
		return {year, month, day: date, weekday: weekdayOf(day), hour: this.hour(ms)};
	}

	/** The UTC instant of local midnight starting the given day number. */
	midnight(day: number): number {
		const guess = day * DAY;
		// The offset at local midnight: the offset of the guess, then corrected once (DST days).
		return guess - this.clock.offset(guess - this.clock.offset(guess));
	}
}

/** Year, month (1–12) and day of a day number since 1970-01-01. */
export function civilFromDays(day: number): {year: number; month: number; day: number} {
	const {year, month, date} = civil(day);
	return {year, month, day: date};
}
