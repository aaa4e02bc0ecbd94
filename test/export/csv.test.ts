import {describe, expect, it} from 'vitest';
import {detectDelimiter, fieldText, lineAt, newRow, parseCsv, readCsvRows} from '../../source/export/csv.js';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('parseCsv', () => {
	it('reads quoted fields with commas, escaped quotes and CRLF inside quotes', () => {
		const {header, rows} = parseCsv('\ufeffa,b,c\r\n1,"x, y","he said ""hi"""\r\n2,"two\r\nlines",3\r\n');
		expect(header).toEqual(['a', 'b', 'c']);
		expect(rows).toEqual([
			['1', 'x, y', 'he said "hi"'],
			['2', 'two\r\nlines', '3'],
		]);
	});

	it('keeps a short row short instead of merging it with the next line', () => {
		const {rows} = parseCsv('a,b,c\n4,5\n6,7,8\n');
		expect(rows).toEqual([
			['4', '5'],
			['6', '7', '8'],
		]);
	});

	it('reports an unclosed quote with its line and keeps the rows before it', () => {
		const {rows, errors} = parseCsv('a,b\n1,2\n3,"never closed\n5,6\n');
		expect(rows).toEqual([['1', '2']]);
		expect(errors).toEqual([{line: 3, offset: 8, reason: 'a quoted field is never closed'}]);
	});

	it('keeps text after a closing quote and decodes UTF-8 split across fields', () => {
		expect(parseCsv('a,b\n"x"y,"Begüm 🌙"\n').rows).toEqual([['xy', 'Begüm 🌙']]);
	});

	it('skips blank lines and reads a last line without a newline', () => {
		expect(parseCsv('a\n\n1\n\n2').rows).toEqual([['1'], ['2']]);
	});
});

describe('detectDelimiter', () => {
	it('finds the semicolon a spreadsheet re-save uses', () => {
		expect(detectDelimiter(bytes('Profile Name;Start Time;Title\na,b,c,d,e'))).toBe(59);
		expect(detectDelimiter(bytes('"Profile; Name",Start Time,Title'))).toBe(44);
	});
});

describe('readCsvRows', () => {
	it('stops after maxRows and continues from the cursor with line numbers intact', () => {
		const row = newRow(bytes('h\n1\n"2\n2"\n3\n'));
		const seen: Array<[string, number]> = [];
		const take = (r: typeof row, offset: number) => seen.push([fieldText(r, 0), lineAt(r.bytes, offset)]);
		let cursor = readCsvRows(row, 44, {offset: 0}, 2, take, () => {});
		expect(seen).toEqual([
			['h', 1],
			['1', 2],
		]);
		cursor = readCsvRows(row, 44, cursor!, 10, take, () => {});
		expect(cursor).toBeNull();
		expect(seen.slice(2)).toEqual([
			['2\n2', 3],
			['3', 5],
		]);
	});
});
