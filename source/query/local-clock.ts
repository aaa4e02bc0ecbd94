/**
 * Local calendar fields of UTC instants, fast enough for a pass over 250k viewings. `Date`'s local
 * getters cost about a microsecond each; here the zone offset is looked up once per UTC day (and only
 * per instant on the day a DST change happens), and the calendar is arithmetic on day numbers.
 * The zone is the process's (TZ, which `--tz` sets); make a new clock after changing it.
 */

const HOUR = 3_600_000;
const DAY = 86_400_000;

/** A day number (days since 1970-01-01 in local time) and the local fields derived from it. */
export interface LocalClock {
	/** Milliseconds to add to a UTC instant to get local wall-clock time as if it were UTC. */
	offset(utc: number): number;
	/** The UTC instant of the next local hour boundary after `utc`. */
	nextHour(utc: number): number;
}

/**
 * A clock for the process's time zone, or for UTC (`utc`: the simple download's dates are calendar
 * dates kept at noon UTC, and must stay on their day whatever the zone).
 */
export function localClock(utc = false): LocalClock {
	const byDay = new Map<number, number>();
	const exact = (t: number) => -new Date(t).getTimezoneOffset() * 60_000;
	// Instants come in runs on the same day: the last day's offset is kept apart from the map.
	let lastDay = Number.NaN;
	let lastOffset = 0;
	const offset = (t: number): number => {
		if (utc) return 0;
		const day = Math.floor(t / DAY);
		if (day === lastDay) return lastOffset;
		let known = byDay.get(day);
		if (known === undefined) {
			const first = exact(day * DAY);
			// A zone change inside this UTC day: this day is looked up per instant (NaN marks it).
			known = first === exact(day * DAY + DAY - 1) ? first : Number.NaN;
			byDay.set(day, known);
		}
		if (Number.isNaN(known)) return exact(t);
		lastDay = day;
		lastOffset = known;
		return known;
	};
	return {
		offset,
		nextHour(t) {
			const off = offset(t);
			const next = Math.floor((t + off) / HOUR) * HOUR + HOUR - off;
			// Across a zone change the boundary computed with the earlier offset can fall behind: never stall.
			return next > t ? next : t + HOUR;
		},
	};
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

/** Local hour (0–23) of a local wall-clock time. */
export function hourOf(local: number): number {
	return Math.floor((((local % DAY) + DAY) % DAY) / HOUR);
}
