import {beforeAll, describe, expect, it} from 'vitest';
import {monthRuns, parsePeriod, rowForPeriod, type Period, type StartAt} from '../../source/query/history-months.js';
import type {ScreenData} from '../../source/ui/screen-data.js';
import {HistoryLines} from '../../source/ui/history-lines.js';
import {sampleData} from '../helpers/render.js';

// The test setup pins TZ=UTC: local months are UTC months here.
let data: ScreenData;
let newest: number[];
beforeAll(async () => {
	data = await sampleData();
	const list = data.history(null);
	newest = Array.from({length: list.length}, (_, i) => list.at(list.length - 1 - i).start);
});

const month = (ms: number) => new Date(ms).toISOString().slice(0, 7);
const at =
	(starts: readonly number[]): StartAt =>
	i =>
		starts[i]!;
const period = (text: string) => parsePeriod(text) as Period;

describe('History months and dates', () => {
	it('reads a year, a month or a day as people type them', () => {
		const iso = (p: Period | string) => (typeof p === 'string' ? p : [new Date(p.since).toISOString().slice(0, 10), new Date(p.until).toISOString().slice(0, 10), p.label]);
		expect(iso(parsePeriod('2024'))).toEqual(['2024-01-01', '2025-01-01', '2024']);
		expect(iso(parsePeriod('2024-03'))).toEqual(['2024-03-01', '2024-04-01', 'March 2024']);
		expect(iso(parsePeriod(' 2024/3 '))).toEqual(['2024-03-01', '2024-04-01', 'March 2024']);
		expect(iso(parsePeriod('2024-12'))).toEqual(['2024-12-01', '2025-01-01', 'December 2024']);
		expect(iso(parsePeriod('2024-03-15'))).toEqual(['2024-03-15', '2024-03-16', '2024-03-15']);
		expect(iso(parsePeriod('2024-02-29'))).toEqual(['2024-02-29', '2024-03-01', '2024-02-29']);
		for (const text of ['mar 2024', 'March 2024', '2024 mar', 'MAR. 2024', 'marc 2024']) expect(iso(parsePeriod(text)), text).toEqual(['2024-03-01', '2024-04-01', 'March 2024']);
		for (const text of ['15 mar 2024', 'mar 15, 2024', 'March 15 2024']) expect(iso(parsePeriod(text)), text).toEqual(['2024-03-15', '2024-03-16', '2024-03-15']);
	});

	it('says in a few words what is wrong with a date', () => {
		expect(parsePeriod('2024-13')).toBe('no month 13 (months are 1 to 12)');
		expect(parsePeriod('2024-00')).toBe('no month 0 (months are 1 to 12)');
		expect(parsePeriod('2023-02-29')).toBe('no day 29: February 2023 has 28 days');
		expect(parsePeriod('mar')).toBe('which year? (mar 2024 or 2024-03)');
		for (const text of ['dark', 'yesterday', '24-03', '2024-03-15-01', 'foo 2024', ''])
			expect(parsePeriod(text), text).toMatch(/^(not a date|type a date) \(2024, 2024-03, 2024-03-15, mar 2024\)$/);
		// Short enough to follow the prompt (`Go to: 2024-02-30▌ `) on a line of 60 columns.
		for (const text of ['x', '2024-13', '2023-02-31', 'sep', '']) expect(`Go to: ${text}▌ ${parsePeriod(text)}`.length, text).toBeLessThanOrEqual(60);
	});

	it('finds where each month starts, newest or oldest first, as a pass over every viewing would', () => {
		for (const starts of [newest, [...newest].reverse()]) {
			const expected = starts.flatMap((s, i) => (i === 0 || month(s) !== month(starts[i - 1]!) ? [`${i} ${month(s)}`] : []));
			const runs = monthRuns(at(starts), starts.length);
			expect(runs.map(r => `${r.index} ${r.year}-${String(r.month).padStart(2, '0')}`)).toEqual(expected);
			expect(runs.length).toBeGreaterThan(12);
		}
		expect(monthRuns(at([]), 0)).toEqual([]);
	});

	it('goes to the first viewing of a period as shown, or the nearest past it', () => {
		const oldest = [...newest].reverse();
		for (const text of ['2024-03', '2023', '2025-12-20', '2024-03-15', '2019-06', '2031', '2001']) {
			const p = period(text);
			const inPeriod = (s: number) => s >= p.since && s < p.until;
			// Newest first: the newest viewing in it, else the newest before it.
			const n = newest.findIndex(s => s < p.until);
			expect(rowForPeriod(at(newest), newest.length, p), text).toEqual(n === -1 ? null : {index: n, exact: inPeriod(newest[n]!)});
			// Oldest first: the oldest in it, else the oldest after it.
			const o = oldest.findIndex(s => s >= p.since);
			expect(rowForPeriod(at(oldest), oldest.length, p), text).toEqual(o === -1 ? null : {index: o, exact: inPeriod(oldest[o]!)});
		}
		expect(rowForPeriod(at(newest), newest.length, period('2024-03'))?.exact).toBe(true);
		expect(rowForPeriod(at(newest), newest.length, period('2001'))).toBeNull();
		expect(rowForPeriod(at(newest), newest.length, period('2031'))).toEqual({index: 0, exact: false});
	});

	it('lays out the History lines: a separator between two months, rows in order around them', () => {
		const list = data.history('Kids');
		const lines = HistoryLines.of(list, false);
		// The plain way: walk the rows and put a separator where the month changes.
		const plain: string[] = [];
		for (let row = 0; row < list.length; row++) {
			const start = list.at(list.length - 1 - row).start;
			if (row > 0 && month(start) !== month(list.at(list.length - row).start)) plain.push(`── ${month(start)}`);
			plain.push(`row ${row}`);
		}
		const shown = Array.from({length: lines.length}, (_, line) => {
			const row = lines.rowAt(line);
			if (row >= 0) {
				expect(lines.lineOf(row)).toBe(line);
				expect(lines.isSeparator(line)).toBe(false);
				return `row ${row}`;
			}
			expect(lines.isSeparator(line)).toBe(true);
			const label = lines.separator(line)!.label;
			return `── ${new Date(`${label} 1 UTC`).toISOString().slice(0, 7)}`;
		});
		expect(shown).toEqual(plain);
		expect(plain.filter(l => l.startsWith('──')).length).toBeGreaterThan(3);
		const first = shown.findIndex(l => l.startsWith('──'));
		expect(lines.separator(first)!.viewings).toBe(shown.slice(first + 1).findIndex(l => l.startsWith('──')));
	});
});
