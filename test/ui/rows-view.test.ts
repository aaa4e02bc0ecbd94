import {describe, expect, it} from 'vitest';
import {cellWidth} from '../../source/text/format.js';
import type {TableRows} from '../../source/query/table-rows.js';
import {makeMasker} from '../../source/query/mask.js';
import {detailLines, fitColumns, paneLines, rowOrder, rowsListHeight, wrap} from '../../source/ui/rows-view.js';

const table: TableRows = {
	name: 'IpAddressesLogin',
	title: 'IP addresses: sign-ins',
	path: 'X/IpAddressesLogin.csv',
	header: ['Device', 'Ip', 'Count', 'Ts'],
	rows: [
		['TV', '203.0.113.9', '10', '2024-03-01T10:00:00Z'],
		['Phone', '203.0.113.1', '9', '2023-01-01T10:00:00Z'],
		['tv', '198.51.100.7', '', '2025-01-01T10:00:00Z'],
	],
	total: 3,
	timeColumns: [3],
	problem: null,
};
const masked = makeMasker(null);

describe('rows view', () => {
	it('sorts times by time, numbers by value (empty last), text by what is shown, ties in file order', () => {
		expect(rowOrder(table, masked, '', {column: 3, descending: false})).toEqual([1, 0, 2]);
		expect(rowOrder(table, masked, '', {column: 3, descending: true})).toEqual([2, 0, 1]);
		expect(rowOrder(table, masked, '', {column: 2, descending: false})).toEqual([1, 0, 2]);
		expect(rowOrder(table, masked, '', {column: 2, descending: true})).toEqual([0, 1, 2]);
		expect(rowOrder(table, masked, '', {column: 0, descending: false})).toEqual([1, 0, 2]);
		expect(rowOrder(table, masked, '', null)).toEqual([0, 1, 2]);
	});

	it('filters on the shown text, so the hidden part of a masked value finds nothing', () => {
		expect(rowOrder(table, masked, 'TV', null)).toEqual([0, 2]);
		expect(rowOrder(table, masked, '203.0.113', null)).toEqual([0, 1]);
		expect(rowOrder(table, masked, '203.0.113.9', null)).toEqual([]);
		expect(rowOrder(table, makeMasker(null, true), '203.0.113.9', null)).toEqual([0]);
	});

	it('fits columns to the width, scrolling right to show the picked one', () => {
		const names = ['A', 'B', 'C', 'D'];
		const rows = [['x'.repeat(20), 'y'.repeat(20), 'z'.repeat(20), 'w'.repeat(20)]];
		const all = fitColumns(names, rows, 100, 0);
		expect(all.map(c => c.index)).toEqual([0, 1, 2, 3]);
		const narrow = fitColumns(names, rows, 48, 0);
		expect(narrow.map(c => c.index)).toEqual([0, 1, 2]);
		expect(narrow.reduce((n, c) => n + c.width + 1, -1)).toBeLessThanOrEqual(48);
		const right = fitColumns(names, rows, 45, 3);
		expect(right.map(c => c.index)).toContain(3);
		expect(right[0]!.index).toBeGreaterThan(0);
	});

	it('wraps text to the width, keeping every character, and lays out a row’s cells', () => {
		const text = 'Hi, this is a long message from 203.0.113.77 about a bill 🌙 that goes on';
		const lines = wrap(text, 20);
		for (const line of lines) expect(cellWidth(line)).toBeLessThanOrEqual(20);
		expect(lines.join(' ').replace(/ +/g, ' ')).toBe(text);
		const detail = detailLines(['Message', 'Ts'], [text, '2024-03-01 10:00'], 30);
		expect(detail[0]).toMatch(/^Message: /);
		expect(detail.slice(1, -1).every(l => l.startsWith('  '))).toBe(true);
		expect(detail.at(-1)).toBe('Ts: 2024-03-01 10:00');
	});

	it('shares the lines between the list and the pane', () => {
		expect(paneLines(10)).toBe(3);
		expect(rowsListHeight(10)).toBe(7);
		expect(paneLines(55)).toBe(8);
		expect(rowsListHeight(1)).toBe(1);
	});
});
