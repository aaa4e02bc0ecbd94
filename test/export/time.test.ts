import {describe, expect, it} from 'vitest';
import {parseStartStrict} from '../helpers/time.js';
import {applySlashTimes, formatClock, isImpossibleStart, parseAnyTimestamp, parseClock, parseStartLenient, readSlashTime, slashOrder} from '../../source/export/time.js';

describe('parseClock', () => {
	it.each([
		['0:41:19', 2479],
		['00:00:00', 0],
		['29:17:06', 29 * 3600 + 17 * 60 + 6],
		['404:10:36', 404 * 3600 + 10 * 60 + 36],
		['29:31', 29 * 60 + 31],
	])('%s is %d seconds', (text, seconds) => {
		expect(parseClock(text)).toBe(seconds);
	});

	it.each(['', 'Not latest view', '1:75:00', '1:2:3:4', 'abc', '-1:00:00'])('%j is not a duration', text => {
		expect(parseClock(text)).toBeNull();
	});
});

describe('start times', () => {
	it('reads the strict Netflix form as UTC', () => {
		expect(parseStartStrict('2024-03-07 21:24:41')).toBe(Date.UTC(2024, 2, 7, 21, 24, 41));
		expect(parseStartStrict('2024-3-7 21:24')).toBeNull();
		expect(parseStartStrict('2024-13-07 21:24:41')).toBeNull();
	});

	it('reads spreadsheet re-saves leniently', () => {
		expect(parseStartLenient('1/16/2021 14:23')).toBe(Date.UTC(2021, 0, 16, 14, 23));
		expect(parseStartLenient('2023-08-24 9:07')).toBe(Date.UTC(2023, 7, 24, 9, 7));
		expect(parseStartLenient('yesterday')).toBeNull();
	});

	it('reads the other tables’ timestamp styles and treats the epoch as none', () => {
		expect(parseAnyTimestamp('2022-04-28T16:34:20Z')).toBe(Date.UTC(2022, 3, 28, 16, 34, 20));
		expect(parseAnyTimestamp('2022-04-28 16:39:35.835+0000')).toBe(Date.UTC(2022, 3, 28, 16, 39, 35));
		expect(parseAnyTimestamp('2022-04-28 16:39:35+0200')).toBe(Date.UTC(2022, 3, 28, 14, 39, 35));
		expect(parseAnyTimestamp('20240420')).toBe(Date.UTC(2024, 3, 20));
		expect(parseAnyTimestamp('2022-12-28')).toBe(Date.UTC(2022, 11, 28));
		expect(parseAnyTimestamp('1970-01-01T00:00:00.000')).toBeNull();
		expect(parseAnyTimestamp('NULL')).toBeNull();
		expect(parseAnyTimestamp('-1')).toBeNull();
	});
});

describe('formatClock', () => {
	it('writes positions the way Netflix does', () => {
		expect(formatClock(2479)).toBe('41:19');
		expect(formatClock(3725)).toBe('1:02:05');
		expect(formatClock(59)).toBe('0:59');
	});
});

describe('impossible moments are refused, never rolled over', () => {
	const IMPOSSIBLE = [
		'0000-01-01 10:00:00',
		'0001-06-15 10:00:00',
		'2024-01-01 24:00:00',
		'2024-01-01 10:61:00',
		'2024-01-01 10:00:61',
		'2023-02-30 10:00:00',
		'2023-02-29 10:00:00',
		'2024-13-01 10:00:00',
		'2024-04-31 10:00:00',
	];

	it.each(IMPOSSIBLE)('%s is no moment, in any reader, and counts as impossible', text => {
		expect(parseStartStrict(text)).toBeNull();
		expect(parseStartLenient(text)).toBeNull();
		expect(parseAnyTimestamp(text)).toBeNull();
		expect(isImpossibleStart(text)).toBe(true);
	});

	it.each(['1/31/2021 24:10', '2/30/2021 10:00', '2023-02-30 9:07'])('a spreadsheet re-save %s is refused the same way', text => {
		expect(parseStartLenient(text)).toBeNull();
		expect(isImpossibleStart(text)).toBe(true);
	});

	it.each(['30/2/2021 10:00', '31.04.2021 10:00', '2/29/2021 10:00', '29/2/1969 10:00'])('a slashed %s that is no day in either order is refused the same way', text => {
		expect(readSlashTime(text)).toBeNull();
		expect(isImpossibleStart(text)).toBe(true);
	});

	it('keeps real edge days: 29 February of a leap year, 31 December 23:59:59', () => {
		expect(parseStartStrict('2024-02-29 10:00:00')).toBe(Date.UTC(2024, 1, 29, 10));
		expect(parseStartStrict('2000-02-29 00:00:00')).toBe(Date.UTC(2000, 1, 29));
		expect(parseStartStrict('2025-12-31 23:59:59')).toBe(Date.UTC(2025, 11, 31, 23, 59, 59));
		expect(parseAnyTimestamp('20240229')).toBe(Date.UTC(2024, 1, 29));
		expect(parseStartStrict('1900-02-29 10:00:00')).toBeNull();
	});

	it.each(['yesterday', '', '2024/01/01'])('%j is not a time at all (unreadable, not impossible)', text => {
		expect(isImpossibleStart(text)).toBe(false);
	});
});

describe('slashed Start Times of a spreadsheet re-save', () => {
	it('reads the numbers, leaving the order to all the values', () => {
		expect(readSlashTime('16/1/2021 14:23')).toEqual([16, 1, 2021, 14, 23, 0]);
		expect(readSlashTime('1/16/21 9:05:07')).toEqual([1, 16, 2021, 9, 5, 7]);
		expect(readSlashTime('16.01.2021 14:23')).toEqual([16, 1, 2021, 14, 23, 0]);
		for (const bad of ['16/13/2021 14:23', '32/1/2021 14:23', '1/1/2021 25:00', '2021-01-16 14:23', '16/1/2021']) expect(readSlashTime(bad)).toBeNull();
	});

	it('decides day or month first from all values, or says it cannot', () => {
		const rows = (...dates: string[]) => dates.flatMap((d, i) => [i, ...readSlashTime(d)!]);
		expect(slashOrder(rows('3/2/2021 10:00', '16/2/2021 10:00'))).toBe('dmy');
		expect(slashOrder(rows('3/2/2021 10:00', '2/16/2021 10:00'))).toBe('mdy');
		expect(slashOrder(rows('3/2/2021 10:00', '4/2/2021 10:00'))).toBeNull();
		expect(slashOrder(rows('16/2/2021 10:00', '2/16/2021 10:00'))).toBe('mixed');
		const start = new Float64Array(2);
		applySlashTimes(rows('3/2/2021 10:00', '16/2/2021 11:30'), 'dmy', start);
		expect([...start]).toEqual([Date.UTC(2021, 1, 3, 10), Date.UTC(2021, 1, 16, 11, 30)]);
	});
});
