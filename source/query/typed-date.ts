/**
 * A date as people type it (`2024`, `2024-03`, `2024-03-07`; month and day may have one digit): the
 * one parser behind `--since`/`--until` and the History filter. A date that does not exist
 * (`2025-13`, `2025-02-30`) is no date: `Date` would roll it into the next month.
 */

/** A year, a month of it, or a day of that month. */
export interface TypedDate {
	year: number;
	/** 1–12, or null for a whole year. */
	month: number | null;
	/** 1–31, or null for a whole month (or year). */
	day: number | null;
}

/** The date typed, or null when the text is not one (or names a day that does not exist). */
export function parseTypedDate(text: string): TypedDate | null {
	const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text);
	if (!m) return null;
	const year = Number(m[1]);
	const month = m[2] === undefined ? null : Number(m[2]);
	const day = m[3] === undefined ? null : Number(m[3]);
	if (month !== null && (month < 1 || month > 12)) return null;
	if (month !== null && day !== null && (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate())) return null;
	return {year, month, day};
}

/** The instants [start, end) a typed date covers: in the local time zone (`TZ`, `--tz`) or in UTC. */
export function dateSpan(date: TypedDate, zone: 'local' | 'utc'): [number, number] {
	const at = zone === 'utc' ? Date.UTC : (y: number, m: number, d: number) => new Date(y, m, d).getTime();
	const {year, month, day} = date;
	if (month === null) return [at(year, 0, 1), at(year + 1, 0, 1)];
	if (day === null) return [at(year, month - 1, 1), at(year, month, 1)];
	return [at(year, month - 1, day), at(year, month - 1, day + 1)];
}
