import {describe, expect, it} from 'vitest';
import {fitColumns, tableLine, type Column} from '../../source/ui/columns.js';
import {headerText} from '../../source/ui/tab-labels.js';
import {TABS} from '../../source/ui/screen-registry.js';
import type {Tab} from '../../source/ui/screens.js';
import {cellWidth} from '../../source/text/format.js';

/** The Stopped list's columns as the screen asks for them (wants from the sample). */
const STOPPED: Column[] = [
	{name: 'Show', want: 30, min: 18, priority: 10, grow: 3},
	{name: 'Stopped at', want: 40, min: 14, priority: 8, grow: 4},
	{name: 'Position', want: 16, priority: 9, shrink: false},
	{name: 'Last watched', want: 13, priority: 5, shrink: false, drop: true},
	{name: 'Device', want: 24, priority: 2, shrink: false, drop: true, grow: 1},
];

const used = (widths: number[]) => widths.reduce((a, b) => a + b, 0) + widths.filter(w => w > 0).length - 1;

describe('fitColumns', () => {
	it('at 58 cells leaves out the least important columns before cutting the show’s name', () => {
		const [show, at, position, last, device] = fitColumns(58, STOPPED);
		expect(device).toBe(0);
		expect(last).toBe(0);
		expect(position).toBe(16);
		// The room left after the minimums goes to the show's name first.
		expect(show).toBe(58 - 14 - 16 - 2);
		expect(at).toBe(14);
	});

	it('gives what each wants, most important first, and spreads the rest by grow (never cutting the device)', () => {
		const widths = fitColumns(198, STOPPED);
		expect(used(widths)).toBe(198);
		expect(widths[4]).toBeGreaterThanOrEqual(24);
		expect(widths[2]).toBe(16);
		expect(widths[3]).toBe(13);
		// 198 − 4 gaps − 123 wanted = 71 cells to share 3 : 4 : 1.
		expect(widths[0]! - 30).toBeGreaterThan(widths[4]! - 24);
		expect(widths[1]! - 40).toBeGreaterThan(widths[0]! - 30);
	});

	it('never exceeds the room, even when nothing can be dropped', () => {
		const tight: Column[] = [
			{name: 'A', want: 40, min: 30, priority: 2},
			{name: 'B', want: 16, priority: 3, shrink: false},
			{name: 'C', want: 40, min: 30, priority: 1},
		];
		for (const total of [40, 50, 60, 80]) expect(used(fitColumns(total, tight)), String(total)).toBeLessThanOrEqual(total);
		// The least important is cut first.
		const [a, , c] = fitColumns(60, tight);
		expect(a).toBeGreaterThan(c!);
	});

	it('a capped column lets the others take the room it cannot', () => {
		const widths = fitColumns(100, [
			{name: 'A', want: 10, priority: 2, grow: 1, max: 12},
			{name: 'B', want: 10, priority: 1, grow: 1},
		]);
		expect(widths).toEqual([12, 87]);
	});

	it('an extra column shows only when every more important column has all it wants', () => {
		const columns: Column[] = [
			{name: 'Title', want: 50, min: 20, priority: 10},
			{name: 'Device', want: 30, priority: 2, shrink: false, extra: true},
		];
		expect(fitColumns(70, columns)).toEqual([50, 0]);
		expect(fitColumns(81, columns)).toEqual([50, 30]);
	});

	it('tableLine skips the columns left out and fits the others', () => {
		expect(tableLine(['Stranger Things', 'S3E5', 'Kids'], [8, 0, 4])).toBe('Strange… Kids');
	});
});

describe('the tab bar', () => {
	const seven: Tab[] = [...TABS, {id: 'data', label: 'Stats', key: '6'}, {id: 'data', label: 'Rows', key: '7'}];

	it('names every tab at 80 columns, five tabs or seven, with the profile in full', () => {
		for (const tabs of [TABS, seven]) {
			const text = headerText(tabs, 'stopped', 'Begüm 🌙', 80);
			const line = `${text.app}${text.labels.join(' ')} ${text.profile}`;
			expect(cellWidth(line)).toBeLessThanOrEqual(80);
			expect(line).toContain('Begüm 🌙');
			expect(text.labels[0]).toBe('[1 Stopped]');
			// Every other tab has letters after its number (a name or a 4-letter abbreviation).
			for (const label of text.labels.slice(1)) expect(label).toMatch(/^\d [A-Z][a-z]{2,}$/);
		}
	});

	it('keeps full names when there is room, abbreviates the others before the current tab', () => {
		expect(headerText(TABS, 'history', null, 200).labels.join('|')).toBe(' 1 Stopped | 2 Search |[3 History]| 4 Profiles | 5 Data | 6 Stats ');
		const narrow = headerText(TABS, 'history', null, 60);
		expect(narrow.labels).toEqual(['1 Stop', '2 Srch', '[3 History]', '4 Prof', '5 Data', '6 Stat']);
		expect(narrow.profile).toBe('All profiles');
	});
});
