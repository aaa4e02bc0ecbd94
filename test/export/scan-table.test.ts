import {describe, expect, it} from 'vitest';
import type {ExportTable} from '../../source/export/layout.js';
import {scanTable} from '../../source/export/scan-table.js';

const table = (bytes: Buffer): ExportTable => ({
	name: 'Ratings',
	category: 'CONTENT_INTERACTION',
	empty: false,
	file: {path: 'CONTENT_INTERACTION/Ratings.csv', size: bytes.length, read: () => bytes},
});

describe('scanTable', () => {
	it('reads a UTF-16 table (a spreadsheet\'s "Unicode text" save) instead of calling it binary', () => {
		const text = 'Profile Name\tTitle Name\nAlex\tDark\nBegüm\tLupin\n';
		const titles: string[] = [];
		const scan = scanTable(table(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])), header => field => titles.push(field(header.indexOf('Title Name'))));
		expect(scan).toMatchObject({header: ['Profile Name', 'Title Name'], rows: 2, problem: null});
		expect(titles).toEqual(['Dark', 'Lupin']);
	});

	it('still calls a binary file binary', () => {
		expect(scanTable(table(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3])), () => () => {}).problem).toMatch(/binary/);
	});
});
