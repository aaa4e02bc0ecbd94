/**
 * Calendar fields of instants in the local time zone (`TZ`, which `--tz` sets), fast enough for every
 * viewing of a 250k-row export. `new Date(ms).getMonth()` and friends cost ≈0.2 µs each and a grouping
 * asks several per row; here the zone's offset is asked once per quarter hour of UTC (every zone's
 * transitions fall on a quarter hour) and the rest is integer arithmetic.
 */

const QUARTER_HOUR = 15 * 60 * 1000;
const DAY = 24 * 60 * 60 * 1000;

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

/**
 * Converts instants to local calendar fields, caching the zone's offset per quarter hour. Make one per
 * question (the cache belongs to the zone that was in force when it was made).
 */
export class LocalCalendar {
	private readonly offsets = new Map<number, number>();

	/** Milliseconds to add to a UTC instant to get the local wall-clock time as if it were UTC. */
	offset(ms: number): number {
		const slot = Math.floor(ms / QUARTER_HOUR);
		let offset = this.offsets.get(slot);
		if (offset === undefined) {
			offset = -new Date(slot * QUARTER_HOUR).getTimezoneOffset() * 60_000;
			this.offsets.set(slot, offset);
		}
		return offset;
	}

	/** Days since 1970-01-01 of the local date. */
	dayNumber(ms: number): number {
		return Math.floor((ms + this.offset(ms)) / DAY);
	}

	/** Local hour, 0–23. */
	hour(ms: number): number {
		const local = ms + this.offset(ms);
		return Math.floor((local - Math.floor(local / DAY) * DAY) / 3_600_000);
	}

	/** Local weekday, 0 Monday … 6 Sunday. */
	weekday(ms: number): number {
		return weekdayOfDay(this.dayNumber(ms));
	}

	/** Every local field of one instant. */
	parts(ms: number): LocalParts {
		const day = this.dayNumber(ms);
		const {year, month, day: dayOfMonth} = civilFromDays(day);
		return {year, month, day: dayOfMonth, weekday: weekdayOfDay(day), hour: this.hour(ms)};
	}

	/** The UTC instant of local midnight starting the given day number. */
	midnight(dayNumber: number): number {
		const guess = dayNumber * DAY;
		// The offset at local midnight: try the offset of the guess, then correct once (DST days).
		const first = guess - this.offset(guess);
		return guess - this.offset(first);
	}
}

/** 0 Monday … 6 Sunday for a day number (1970-01-01 was a Thursday). */
export function weekdayOfDay(dayNumber: number): number {
	return (((dayNumber + 3) % 7) + 7) % 7;
}

/** Year, month (1–12) and day of a day number since 1970-01-01 (Howard Hinnant's civil_from_days). */
export function civilFromDays(dayNumber: number): {year: number; month: number; day: number} {
	const z = dayNumber + 719_468;
	const era = Math.floor(z / 146_097);
	const doe = z - era * 146_097;
	const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const month = mp < 10 ? mp + 3 : mp - 9;
	return {year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day};
}
