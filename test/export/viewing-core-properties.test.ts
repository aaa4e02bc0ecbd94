/**
 * Properties of the viewing-history reader, whose byte work runs in WebAssembly (viewing-core.as.ts), on
 * generated hostile ViewingActivity files: columns in any order, every field quoted or not, doubled quotes,
 * text after a closing quote, CR/LF/CRLF inside fields, short and long rows, blank lines, bytes that are
 * not UTF-8, broken times, HIDDEN prefixes, an unclosed quote at the end. Oracles: the JavaScript reader it
 * replaced (test/helpers/js-column-reader.ts: the same columns, ids, skips and line numbers, slice by
 * slice), and csv-parse for the text of every field. The core's window and batch are made tiny, so rows
 * cross every boundary. fast-check: a fixed seed here, many more cases with `npm run fuzz`.
 */
import {parse} from 'csv-parse/sync';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {bomLength, newRow, readCsvRows, readHeader} from '../../source/export/csv.js';
import type {ColumnIndex} from '../../source/export/viewing-columns.js';
import {FileParts, type FileTail} from '../../source/export/file-parts.js';
import {ColumnReader} from '../../source/export/viewing-column-reader.js';
import type {RowShape} from '../../source/export/viewing-row.js';
import {fuzzRuns} from '../helpers/fuzz.js';
import {JsColumnReader} from '../helpers/js-column-reader.js';

const NAMES = ['Profile Name', 'Start Time', 'Duration', 'Attributes', 'Title', 'Supplemental Video Type', 'Device Type', 'Bookmark', 'Latest Bookmark', 'Country'];

// White space String.prototype.trim removes (U+00A0, U+2028, U+3000, U+FEFF…) and some it keeps (U+0085,
// U+180E, U+200B); ~ ^ ` | become bytes that are not UTF-8 in some files (below).
const trap = fc.constantFrom(
	...['"', '""', ',', '\r', '\n', '\r\n', ' ', '\u00a0', '\u2028', '\u3000', '\u1680', '\u205f', '\ufeff', '\u0085', '\u180e', '\u200b'],
	...['a', 'Z', "'", 'é', '🌙', ';', '\t', ':', '~', '^', '`', '|'],
);
const trapText = fc.array(trap, {maxLength: 6}).map(parts => parts.join(''));
/** Few distinct values, so most rows repeat one (the core's shortcuts for repeats). */
const text = fc.oneof(fc.constantFrom('', 'Alex', 'Mom & Dad', 'Begüm:)', 'Chrome PC (Cadmium)', 'US (United States)', 'Autoplayed: user action: None; '), trapText);
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const start = fc.oneof(
	fc
		.record({
			y: fc.integer({min: 1960, max: 2030}),
			mo: fc.integer({min: 0, max: 13}),
			d: fc.integer({min: 0, max: 32}),
			h: fc.integer({min: 0, max: 25}),
			mi: fc.integer({min: 0, max: 61}),
		})
		.map(t => `${pad(t.y, 4)}-${pad(t.mo)}-${pad(t.d)} ${pad(t.h)}:${pad(t.mi)}:${pad(t.mi % 60)}`),
	fc.constantFrom(
		'2023-08-24 9:07',
		'16/1/2021 14:23',
		'1/16/21 2:23',
		'31/4/2021 10:00',
		' 2021-01-02 03:04:05',
		'2021-01-02T03:04:05Z',
		'yesterday',
		'',
		'２０２１-01-02 03:04:05',
	),
	trapText,
);
const clock = fc.oneof(
	fc.tuple(fc.integer({min: 0, max: 1_000_000}), fc.integer({min: 0, max: 61}), fc.integer({min: 0, max: 61})).map(([h, m, s]) => `${h}:${pad(m)}:${pad(s)}`),
	fc.constantFrom('0:29:31', '29:31', ' 1:00:00 ', '00:00:00', '1:2:3', '::', '', 'Not latest view', 'Not latest vie'),
	trapText,
);
const title = fc.oneof(
	fc.constantFrom(
		'Dark: Staffel 2: Geister (Folge 3)',
		'Lupin: Partie 1\u00a0: Chapitre 3',
		' Roma ',
		'Roma',
		'🌙',
		'HIDDEN TITLE(user hid title at this time): Roma',
		'HIDDEN TITLE: ',
		'HIDDEN TITLE: Roma',
		'   ',
	),
	trapText,
	fc.tuple(fc.constantFrom('HIDDEN TITLE: ', ''), trapText).map(([a, b]) => a + b),
);
const FIELDS: Record<string, fc.Arbitrary<string>> = {'Start Time': start, Duration: clock, Bookmark: clock, 'Latest Bookmark': clock, Title: title};

/** How a field is written: plain (quoted anyway when it must be), quoted, or quoted with text after the closing quote. */
const writing = fc.constantFrom('plain', 'plain', 'quoted', 'trailing');

const file = fc
	.record({
		order: fc.shuffledSubarray(NAMES, {minLength: NAMES.length, maxLength: NAMES.length}),
		rows: fc.array(
			fc.record({
				values: fc.tuple(...NAMES.map(name => FIELDS[name] ?? text)),
				writing: fc.array(writing, {minLength: NAMES.length, maxLength: NAMES.length}),
				trailing: fc.constantFrom('0', ':00', ' x', '"'),
				change: fc.constantFrom('none', 'none', 'none', 'none', 'short', 'long', 'long-empty', 'blank-before'),
			}),
			{maxLength: 14},
		),
		newline: fc.constantFrom('\n', '\r\n'),
		bom: fc.boolean(),
		finalNewline: fc.boolean(),
		notUtf8: fc.boolean(),
		unclosed: fc.constantFrom(false, false, false, true),
		semicolonTail: fc.boolean(),
	})
	.map(f => {
		const lines = [f.order.join(',') + (f.semicolonTail ? ';;' : '')];
		for (const r of f.rows) {
			const fields = f.order.map(name => {
				const i = NAMES.indexOf(name);
				const value = r.values[i]!;
				const how = r.writing[i]!;
				if (how === 'plain') return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
				const quoted = `"${value.replaceAll('"', '""')}"`;
				return how === 'quoted' ? quoted : quoted + r.trailing;
			});
			if (r.change === 'short') fields.pop();
			if (r.change === 'long') fields.push('extra');
			if (r.change === 'long-empty') fields.push('');
			if (r.change === 'blank-before') lines.push('');
			lines.push(fields.join(',') + (f.semicolonTail ? ';;' : ''));
		}
		if (f.unclosed) lines.push('"Alex,2021-01-02 03:04:05,never closed', 'Roma');
		const text = `${f.bom ? '\ufeff' : ''}${lines.join(f.newline)}${f.finalNewline ? f.newline : ''}`;
		// Bytes that are not UTF-8 (each decodes to U+FFFD, so different bytes give one text): a byte never
		// used, a lead byte alone, a surrogate, a cut 4-byte character, an overlong form.
		const broken: Record<string, number[]> = {Z: [0xff], "'": [0xfe], '~': [0xc3], '^': [0xed, 0xa0, 0x80], '`': [0xf0, 0x9f, 0x8c], '|': [0xe0, 0x80, 0x80]};
		const bytes = f.notUtf8 ? Buffer.from([...text].flatMap(c => broken[c] ?? [...Buffer.from(c, 'utf8')])) : Buffer.from(text, 'utf8');
		return {bytes, text, semicolonTail: f.semicolonTail};
	});

const sizes = fc.record({windowBytes: fc.integer({min: 1, max: 96}), batchRows: fc.integer({min: 1, max: 5})});

/** Where the reader is told each column is, from the file's header. */
function layout(bytes: Uint8Array, semicolonTail: boolean) {
	const header = readHeader(bytes).map(h => h.replace(/;+$/, ''));
	const at = (name: string) => header.indexOf(name);
	const cols: ColumnIndex = {
		profile: at('Profile Name'),
		start: at('Start Time'),
		title: at('Title'),
		duration: at('Duration'),
		attributes: at('Attributes'),
		type: at('Supplemental Video Type'),
		device: at('Device Type'),
		bookmark: at('Bookmark'),
		latest: at('Latest Bookmark'),
		country: at('Country'),
	};
	const from =
		readCsvRows(
			newRow(bytes),
			44,
			{offset: bomLength(bytes)},
			1,
			() => {},
			() => {},
		)?.offset ?? bytes.length;
	const shape: RowShape = {maxFields: header.length, semicolonTail};
	return {cols, from, minFields: header.length - 1, shape};
}

/** Reads the file `slice` rows at a time, noting where each step ended. */
function read(reader: ColumnReader | JsColumnReader, slice: number) {
	const steps: [number | null, number][] = [];
	while (reader.step(slice)) steps.push([reader.offset, reader.out.count]);
	steps.push([reader.offset, reader.out.count]);
	return {steps, columns: reader.finish()};
}

/** `bytes` as a streamed file: `headEnd` bytes at once, the rest made on demand, checked to be asked for in order. */
function streamedFile(bytes: Uint8Array, headEnd: number): {file: FileParts; ended: () => number} {
	let at = headEnd;
	let ended = 0;
	const rest: FileTail = {
		next(into, to, n) {
			if (at + n > bytes.length) throw new Error(`asked for bytes past the end (${at + n} of ${bytes.length})`);
			into.set(bytes.subarray(at, at + n), to);
			at += n;
		},
		end() {
			ended++;
			if (at !== bytes.length) throw new Error(`ended at ${at} of ${bytes.length}`);
		},
	};
	return {file: FileParts.streamed(bytes.slice(0, headEnd), rest, bytes.length), ended: () => ended};
}

describe('viewing-history reader (properties)', () => {
	it('reads hostile files as the JavaScript reader did: the same columns, ids, skips and lines, slice by slice, from parts given back as read', () => {
		fc.assert(
			fc.property(file, sizes, fc.integer({min: 1, max: 6}), fc.array(fc.double({min: 0, max: 1, noNaN: true}), {maxLength: 6}), (f, size, slice, cuts) => {
				const {cols, from, minFields, shape} = layout(f.bytes, f.semicolonTail);
				const js = read(new JsColumnReader(f.bytes, 44, cols, minFields, from, f.bytes.length, shape), slice);
				const wasm = read(new ColumnReader(f.bytes, 44, cols, minFields, from, f.bytes.length, shape, size), slice);
				expect(wasm).toEqual(js);
				// The same bytes in parts of their own (as an inflate gives them), each given back once read.
				const ends = [...new Set(cuts.map(c => Math.floor(c * f.bytes.length)))].sort((a, b) => a - b);
				const parts = [...ends, f.bytes.length].map((end, i) => f.bytes.slice(i === 0 ? 0 : ends[i - 1], end));
				const file = new FileParts(parts, true);
				expect(read(new ColumnReader(file, 44, cols, minFields, from, file.length, shape, size), slice)).toEqual(js);
				// Streamed (a command's inflate): a head of the header and up to the first cut, the rest made
				// as the reader copies it, which must be in order, to the end, once.
				const streamed = streamedFile(f.bytes, Math.max(from, ends[0] ?? 0));
				expect(read(new ColumnReader(streamed.file, 44, cols, minFields, from, streamed.file.length, shape, size), slice)).toEqual(js);
				expect(streamed.ended()).toBe(1);
			}),
			fuzzRuns(400),
		);
	});

	it('gives every kept row the text csv-parse reads in each of its fields', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(text, text, trapText, text, text), {maxLength: 12}),
				fc.constantFrom('\n', '\r\n'),
				fc.array(fc.boolean(), {minLength: 5, maxLength: 5}),
				sizes,
				(rows, newline, quoteAnyway, size) => {
					// The text columns hold traps; the times are Netflix's, so no row is skipped for them.
					const header = 'Profile Name,Start Time,Duration,Title,Device Type,Country,Attributes';
					const encode = (value: string, k: number) => (quoteAnyway[k] || /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
					const lines = rows.map(([profile, device, title, country, attributes]) =>
						[encode(profile, 0), '2024-02-29 23:59:59', '1:02:03', encode(title, 1), encode(device, 2), encode(country, 3), encode(attributes, 4)].join(','),
					);
					const csv = [header, ...lines].join(newline);
					const bytes = Buffer.from(csv, 'utf8');
					const {cols, from, minFields, shape} = layout(bytes, false);
					const got = read(new ColumnReader(bytes, 44, cols, minFields, from, bytes.length, shape, size), 3).columns;
					const oracle = (parse(csv, {relax_column_count: true}) as string[][]).slice(1).filter(r => r[3]!.trim() !== '');
					const value = (table: string[], id: number) => (id === -1 ? '' : table[id]);
					expect(got.count).toBe(oracle.length);
					oracle.forEach((r, i) => {
						expect([value(got.profiles, got.profile[i]!), value(got.titles, got.title[i]!), value(got.devices, got.device[i]!)]).toEqual([r[0], r[3]!.trim(), r[4]]);
						expect([value(got.countries, got.country[i]!), value(got.attributeTexts, got.attributes[i]!)]).toEqual([r[5], r[6]]);
						expect([got.start[i], got.duration[i]]).toEqual([Date.UTC(2024, 1, 29, 23, 59, 59), 3723]);
					});
				},
			),
			fuzzRuns(300),
		);
	});
});
