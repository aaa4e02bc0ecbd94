/**
 * Properties of the time parsers (durations, start times) and of the simple download's date-order
 * detection, on generated values: the byte versions agree with the string versions, written values
 * read back, nothing throws. fast-check: a fixed seed here, many more cases with `npm run fuzz`.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {ExportError} from '../../source/export/errors.js';
import {clockFromBytes, formatClock, parseAnyTimestamp, parseClock, parseStartLenient, parseStartStrict, startFromBytes} from '../../source/export/time.js';
import {detectDateOrder} from '../../source/export/viewing-history.js';
import {fuzzRuns} from '../helpers/fuzz.js';

/** Text near the shapes of times: digits, colons, dashes, slashes, spaces, and a few strangers. */
const timeish = fc.array(fc.constantFrom('0', '1', '2', '3', '5', '9', ':', '-', '/', ' ', 'T', 'Z', '+', '.', 'x', '٣', '\u00a0'), {maxLength: 24}).map(p => p.join(''));
const anyText = fc.oneof(timeish, fc.string({maxLength: 30}));
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

describe('durations (properties)', () => {
	it('never throw, and give null or a whole number of seconds ≥ 0; bytes and string agree', () => {
		fc.assert(
			fc.property(anyText, text => {
				const seconds = parseClock(text);
				if (seconds !== null) {
					expect(Number.isSafeInteger(seconds)).toBe(true);
					expect(seconds).toBeGreaterThanOrEqual(0);
				}
				const bytes = Buffer.from(`x${text}y`, 'utf8');
				expect(clockFromBytes(bytes, 1, bytes.length - 1)).toBe(seconds);
			}),
			fuzzRuns(500),
		);
	});

	it('read back what formatClock and the export write (H:MM:SS with hours past 24, M:SS)', () => {
		fc.assert(
			fc.property(fc.integer({min: 0, max: 999 * 3600}), seconds => {
				expect(parseClock(formatClock(seconds))).toBe(seconds);
				const h = Math.floor(seconds / 3600);
				expect(parseClock(`${h}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`)).toBe(seconds);
			}),
			fuzzRuns(300),
		);
	});
});

describe('start times (properties)', () => {
	it('the strict byte reader agrees with the string reader and never throws on any text', () => {
		fc.assert(
			fc.property(anyText, text => {
				const ms = parseStartStrict(text);
				const bytes = Buffer.from(text, 'utf8');
				expect(startFromBytes(bytes, 0, bytes.length)).toBe(ms);
				if (ms !== null) expect(Number.isFinite(ms)).toBe(true);
				expect(() => parseStartLenient(text)).not.toThrow();
				expect(() => parseAnyTimestamp(text)).not.toThrow();
			}),
			fuzzRuns(500),
		);
	});

	it('read back every real instant written as Netflix writes it (YYYY-MM-DD HH:MM:SS, UTC)', () => {
		fc.assert(
			fc.property(fc.date({min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true}), date => {
				const ms = Math.floor(date.getTime() / 1000) * 1000;
				const d = new Date(ms);
				const text = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
				expect(parseStartStrict(text)).toBe(ms);
				expect(parseStartLenient(text)).toBe(ms);
				expect(parseAnyTimestamp(text)).toBe(ms);
			}),
			fuzzRuns(300),
		);
	});
});

describe('date order of the simple download (properties)', () => {
	const day = fc.date({min: new Date(Date.UTC(2010, 0, 1)), max: new Date(Date.UTC(2030, 11, 31)), noInvalidDate: true});
	const written = (d: Date, order: 'dmy' | 'mdy', longYear: boolean) => {
		const [a, b] = order === 'dmy' ? [d.getUTCDate(), d.getUTCMonth() + 1] : [d.getUTCMonth() + 1, d.getUTCDate()];
		const year = longYear ? String(d.getUTCFullYear()) : pad(d.getUTCFullYear() % 100);
		return `${a}/${b}/${year}`;
	};

	it('finds the order the dates were written in whenever one day is past the 12th, and never the other one', () => {
		fc.assert(
			fc.property(fc.array(day, {minLength: 1, maxLength: 40}), fc.constantFrom('dmy' as const, 'mdy' as const), fc.boolean(), (days, order, longYear) => {
				const dates = days.map(d => written(d, order, longYear));
				const found = detectDateOrder(dates, 'NetflixViewingHistory.csv');
				if (days.some(d => d.getUTCDate() > 12)) expect(found).toBe(order);
				else expect(found === null || found === order).toBe(true);
			}),
			fuzzRuns(300),
		);
	});

	it('on any text: an order, null, or our own error for mixed forms; nothing else is thrown', () => {
		fc.assert(
			fc.property(fc.array(anyText, {maxLength: 20}), dates => {
				try {
					const found = detectDateOrder(dates, 'NetflixViewingHistory.csv');
					expect([null, 'dmy', 'mdy', 'ymd']).toContain(found);
				} catch (error) {
					expect(error).toBeInstanceOf(ExportError);
				}
			}),
			fuzzRuns(300),
		);
	});
});
