/**
 * Local calendar fields of UTC instants, fast enough for a pass over 250k viewings. `Date`'s local
 * getters cost about a microsecond each; here the zone offset is looked up once per UTC day (and only
 * per instant on the day a DST change happens), and the calendar is arithmetic on day numbers.
 * The zone is the process's (TZ, which `--tz` sets); make a new clock after changing it.
 */

const HOUR = 3_600_000;
const DAY = 86_400_000;

/**
 * Offsets of the process's time zone (or UTC), remembered per UTC day. A class, not closures: a pass
 * optimised for one clock keeps its code for the next (a new closure per pass made V8 deoptimise).
 */
export class LocalClock {
	private readonly byDay = new Map<number, number>();
	// Instants come in runs on the same day: the last day's offset is kept apart from the map.
	private lastDay = Number.NaN;
	private lastOffset = 0;

	/** `utc`: the simple download's dates are calendar dates kept at noon UTC, and must stay on their day. */
	constructor(private readonly utc = false) {}

	/** Milliseconds to add to a UTC instant to get local wall-clock time as if it were UTC. */
	offset(t: number): number {
		if (this.utc) return 0;
		const day = Math.floor(t / DAY);
		if (day === this.lastDay) return this.lastOffset;
		let known = this.byDay.get(day);
		if (known === undefined) {
			const first = exact(day * DAY);
			// A zone change inside this UTC day: this day is looked up per instant (NaN marks it).
			known = first === exact(day * DAY + DAY - 1) ? first : Number.NaN;
			this.byDay.set(day, known);
		}
		if (Number.isNaN(known)) return exact(t);
		this.lastDay = day;
		this.lastOffset = known;
		return known;
	}

	/** The UTC instant of the next local hour boundary after `t`. */
	nextHour(t: number): number {
		const off = this.offset(t);
		const next = Math.floor((t + off) / HOUR) * HOUR + HOUR - off;
		// Across a zone change the boundary computed with the earlier offset can fall behind: never stall.
		return next > t ? next : t + HOUR;
	}
}

function exact(t: number): number {
	return -new Date(t).getTimezoneOffset() * 60_000;
}

/** A clock for the process's time zone (TZ, which --tz sets), or for UTC. */
export function localClock(utc = false): LocalClock {
	return new LocalClock(utc);
}

/** Local day number of a local wall-clock time (ms, as if UTC). */
export function dayNumber(local: number): number {
	return Math.floor(local / DAY);
}

/** 0 Monday … 6 Sunday of a day number (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
	return (((day + 3) % 7) + 7) % 7;
}

/** Year, month (1–12) and day of a day number (Howard Hinnant's civil-from-days, proleptic Gregorian). */
export function civil(day: number): {year: number; month: number; date: number} {
	const z = day + 719_468;
	const era = Math.floor(z / 146_097);
	const doe = z - era * 146_097;
	const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const date = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const month = mp < 10 ? mp + 3 : mp - 9;
	return {year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, date};
}

/** `2024-03-07` of a day number. */
export function dayText(day: number): string {
	const {year, month, date} = civil(day);
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** Local hour (0–23) of a local wall-clock time. Floors, not `%`: on numbers past 2^31 `%` is a slow fmod call. */
export function hourOf(local: number): number {
	return Math.floor(local / HOUR) - Math.floor(local / DAY) * 24;
}
