import {describe, expect, it} from 'vitest';
import {parseDay} from '../../source/commands/args.js';
import {dayRange} from '../../source/query/history-filter.js';
import {dateSpan, parseTypedDate, readTypedDate} from '../../source/query/typed-date.js';

describe('typed dates: one parser for --since/--until and the History filter', () => {
	it('reads a year, a month and a day, with one- or two-digit months and days', () => {
		expect(parseTypedDate('2024')).toEqual({year: 2024, month: null, day: null});
		expect(parseTypedDate('2024-3')).toEqual({year: 2024, month: 3, day: null});
		expect(parseTypedDate('2024-03-07')).toEqual({year: 2024, month: 3, day: 7});
		expect(parseTypedDate('2024-02-29')).toEqual({year: 2024, month: 2, day: 29});
	});

	it('refuses text that is no date and days that do not exist', () => {
		for (const text of ['dark', '24-03', '2024-', '2024-13', '2024-00', '2023-02-29', '2025-04-31', '2025-01-00', 'mar', '2024 foo', 'smarch 2024']) {
			expect(parseTypedDate(text), text).toBeNull();
		}
	});

	it("reads month names and other separators as History's go-to prompt takes them, and says what is wrong", () => {
		expect(parseTypedDate('mar 2024')).toEqual({year: 2024, month: 3, day: null});
		expect(parseTypedDate('15 March 2024')).toEqual({year: 2024, month: 3, day: 15});
		expect(parseTypedDate('2024/3/7')).toEqual({year: 2024, month: 3, day: 7});
		expect(readTypedDate('mar')).toMatch(/which year/);
		expect(readTypedDate('2024-02-30')).toBe('no day 30: February 2024 has 29 days');
		expect(readTypedDate('2024-13')).toMatch(/no month 13/);
	});

	it('spans a year, a month (leap February) and a day, in UTC or local time', () => {
		expect(dateSpan({year: 2024, month: null, day: null}, 'utc')).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)]);
		expect(dateSpan({year: 2024, month: 2, day: null}, 'utc')).toEqual([Date.UTC(2024, 1, 1), Date.UTC(2024, 2, 1)]);
		expect(dateSpan({year: 2024, month: 12, day: 31}, 'utc')).toEqual([Date.UTC(2024, 11, 31), Date.UTC(2025, 0, 1)]);
		expect(dateSpan({year: 2024, month: 3, day: 7}, 'local')).toEqual([new Date(2024, 2, 7).getTime(), new Date(2024, 2, 8).getTime()]);
	});

	it('the History filter takes local days, the options UTC ones, from the same parse', () => {
		expect(dayRange('2024-03')).toEqual([new Date(2024, 2, 1).getTime(), new Date(2024, 3, 1).getTime()]);
		// A day that does not exist is searched as text, not rolled into March.
		expect(dayRange('2024-02-30')).toBeNull();
		expect(parseDay('2024-3', '--since')).toEqual({start: Date.UTC(2024, 2, 1), end: Date.UTC(2024, 3, 1)});
		expect(() => parseDay('2024', '--since')).toThrow(/--since wants a date like 2024-01-31 or a month like 2024-01, not "2024"/);
		expect(() => parseDay('2025-02-30', '--until')).toThrow(/--until wants a date/);
	});
});
