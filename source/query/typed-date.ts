/**
 * A date as people type it: the one parser behind `--since`/`--until`, the History filter and
 * History's go-to prompt. `2024`, `2024-03`, `2024/3`, `2024-03-15`, `mar 2024`, `March 2024`,
 * `15 mar 2024`, `mar 15, 2024`. A date that does not exist (`2025-13`, `2025-02-30`) is no date:
 * `Date` would roll it into the next month.
 */

/** A year, a month of it, or a day of that month. */
export interface TypedDate {
	year: number;
	/** 1–12, or null for a whole year. */
	month: number | null;
	/** 1–31, or null for a whole month (or year). */
	day: number | null;
}

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** `March 2024`. */
export function monthLabel(year: number, month: number): string {
	return `${MONTH_NAMES[month - 1]} ${year}`;
}

const NOT_A_DATE = 'not a date (2024, 2024-03, 2024-03-15, mar 2024)';

/**
 * The date typed, or a string that says what is wrong with it, short enough to follow a prompt on
 * one line of 60 columns.
 */
export function readTypedDate(text: string): TypedDate | string {
	const typed = text.trim().toLowerCase();
	if (typed === '') return 'type a date (2024, 2024-03, 2024-03-15, mar 2024)';
	let year: number | undefined;
	let month: number | undefined;
	let day: number | undefined;
	const numeric = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(typed);
	if (numeric) {
		year = Number(numeric[1]);
		month = numeric[2] === undefined ? undefined : Number(numeric[2]);
		day = numeric[3] === undefined ? undefined : Number(numeric[3]);
	} else {
		// Words: a month name (three letters or more), a four-digit year, maybe a day, in any order.
		for (const word of typed.split(/[\s,]+/)) {
			if (/^\d{4}$/.test(word) && year === undefined) year = Number(word);
			else if (/^\d{1,2}$/.test(word) && day === undefined) day = Number(word);
			else if (/^\p{L}{3,}\.?$/u.test(word) && month === undefined) {
				const name = word.replace(/\.$/, '');
				const found = MONTH_NAMES.findIndex(m => m.toLowerCase().startsWith(name));
				if (found === -1) return NOT_A_DATE;
				month = found + 1;
			} else return NOT_A_DATE;
		}
		if (month === undefined) return NOT_A_DATE;
		if (year === undefined) return `which year? (${MONTH_NAMES[month - 1]!.slice(0, 3).toLowerCase()} 2024 or 2024-${String(month).padStart(2, '0')})`;
	}
	if (year === undefined) return NOT_A_DATE;
	if (month === undefined) return {year, month: null, day: null};
	if (month < 1 || month > 12) return `no month ${month} (months are 1 to 12)`;
	if (day === undefined) return {year, month, day: null};
	const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
	if (day < 1 || day > days) return `no day ${day}: ${monthLabel(year, month)} has ${days} days`;
	return {year, month, day};
}

/** The date typed, or null when the text is not one (or names a day that does not exist). */
export function parseTypedDate(text: string): TypedDate | null {
	const date = readTypedDate(text);
	return typeof date === 'string' ? null : date;
}

/** `2024`, `March 2024` or `2024-03-15`. */
export function dateLabel(date: TypedDate): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	if (date.month === null) return String(date.year);
	if (date.day === null) return monthLabel(date.year, date.month);
	return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** The instants [start, end) a typed date covers: in the local time zone (`TZ`, `--tz`) or in UTC. */
export function dateSpan(date: TypedDate, zone: 'local' | 'utc'): [number, number] {
	const at = zone === 'utc' ? Date.UTC : (y: number, m: number, d: number) => new Date(y, m, d).getTime();
	const {year, month, day} = date;
	if (month === null) return [at(year, 0, 1), at(year + 1, 0, 1)];
	if (day === null) return [at(year, month - 1, 1), at(year, month, 1)];
	return [at(year, month - 1, day), at(year, month - 1, day + 1)];
}
