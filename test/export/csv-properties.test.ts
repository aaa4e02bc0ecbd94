/**
 * Properties of the byte-level CSV reader on generated files full of quoting traps (quotes, doubled
 * quotes, CR, LF, CRLF inside fields, delimiters inside quotes, BOM, empty fields, trailing commas,
 * multi-byte UTF-8), with csv-parse (a maintained RFC 4180 parser) and the table that was written as
 * oracles. fast-check: a fixed seed here, many more cases with `npm run fuzz`.
 */
import {parse} from 'csv-parse/sync';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {newRow, parseCsv, readCsvRows} from '../../source/export/csv.js';
import {fuzzRuns} from '../helpers/fuzz.js';

/** Field text drawn from the characters that break CSV readers, and a few ordinary ones. */
const trap = fc.constantFrom('"', '""', ',', '\r', '\n', '\r\n', ' ', 'a', 'Z', '9', 'é', '🌙', ';', '\t', ':', "'");
const field = fc.array(trap, {maxLength: 8}).map(parts => parts.join(''));

/** A field as a CSV writer must put it: quoted when it holds a quote, delimiter, CR or LF (or by choice). */
function encode(text: string, quoteAnyway: boolean): string {
	return quoteAnyway || /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A table of 1–6 columns, its header plain names; rows that would be blank lines left out (both readers skip those). */
const table = fc
	.integer({min: 1, max: 6})
	.chain(columns =>
		fc.record({
			header: fc.constant(Array.from({length: columns}, (_, i) => `c${i}`)),
			rows: fc.array(fc.array(field, {minLength: columns, maxLength: columns}), {maxLength: 12}),
			quoting: fc.array(fc.boolean(), {minLength: 80, maxLength: 80}),
			newline: fc.constantFrom('\n', '\r\n'),
			bom: fc.boolean(),
			finalNewline: fc.boolean(),
		}),
	)
	.map(t => ({...t, rows: t.rows.filter(r => !(r.length === 1 && r[0] === ''))}));

function write(t: {header: string[]; rows: string[][]; quoting: boolean[]; newline: string; bom: boolean; finalNewline: boolean}): string {
	let k = 0;
	const lines = [t.header.join(','), ...t.rows.map(r => r.map(f => encode(f, t.quoting[k++ % t.quoting.length]!)).join(','))];
	return `${t.bom ? '\ufeff' : ''}${lines.join(t.newline)}${t.finalNewline ? t.newline : ''}`;
}

describe('CSV reader (properties)', () => {
	it('reads back exactly the table that was written, and agrees with csv-parse', () => {
		fc.assert(
			fc.property(table, t => {
				const text = write(t);
				const ours = parseCsv(Buffer.from(text, 'utf8'));
				expect(ours.errors).toEqual([]);
				expect(ours.header).toEqual(t.header);
				expect(ours.rows).toEqual(t.rows);
				const oracle = parse(text, {bom: true, relax_column_count: true, skip_empty_lines: true}) as string[][];
				expect([ours.header, ...ours.rows]).toEqual(oracle);
			}),
			fuzzRuns(300),
		);
	});

	it('reads the same rows whether it stops every few rows (as the loader does) or reads them all at once', () => {
		fc.assert(
			fc.property(table, fc.integer({min: 1, max: 5}), (t, slice) => {
				const bytes = Buffer.from(write(t), 'utf8');
				const collect = (maxRows: number) => {
					const row = newRow(bytes);
					const out: string[][] = [];
					let cursor: {offset: number} | null = {offset: 0};
					while (cursor)
						cursor = readCsvRows(
							row,
							44,
							cursor,
							maxRows,
							r => out.push(Array.from({length: r.count}, (_, i) => String(r.start[i]) + ':' + String(r.end[i]))),
							() => {},
						);
					return out;
				};
				expect(collect(slice)).toEqual(collect(Number.POSITIVE_INFINITY));
			}),
			fuzzRuns(200),
		);
	});

	it('never throws or runs away on arbitrary bytes, and every field range lies inside the input', () => {
		fc.assert(
			fc.property(fc.uint8Array({maxLength: 400}), fc.constantFrom(44, 59, 9), (bytes, delimiter) => {
				const row = newRow(bytes);
				let cursor: {offset: number} | null = {offset: 0};
				let steps = 0;
				while (cursor) {
					const before: number = cursor.offset;
					cursor = readCsvRows(
						row,
						delimiter,
						cursor,
						3,
						r => {
							for (let i = 0; i < r.count; i++) {
								expect(r.start[i]).toBeGreaterThanOrEqual(0);
								expect(r.end[i]).toBeLessThanOrEqual(bytes.length);
								expect(r.start[i]).toBeLessThanOrEqual(r.end[i]!);
							}
						},
						() => {},
					);
					if (cursor) expect(cursor.offset).toBeGreaterThan(before);
					expect(++steps).toBeLessThanOrEqual(bytes.length + 1);
				}
				expect(() => parseCsv(bytes)).not.toThrow();
			}),
			fuzzRuns(300),
		);
	});
});
