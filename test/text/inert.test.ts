import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {cellWidth, fit} from '../../source/text/format.js';
import {commandText, inertStrings} from '../../source/commands/command-text.js';
import {inert, inertLines, jsonText} from '../../source/text/inert.js';
import {ALL_PAYLOADS, PAYLOADS, RAW_CONTROL} from '../helpers/hostile.js';
import {fuzzRuns} from '../helpers/fuzz.js';

describe('inert', () => {
	it.each(Object.entries(PAYLOADS))('%s: no control left, every character shown', (_name, payload) => {
		const shown = inert(payload);
		expect(shown).not.toMatch(RAW_CONTROL);
		expect(shown).not.toContain('\n');
		// Nothing is dropped: the printable characters stay in order around the symbols.
		const controls = new RegExp(`${RAW_CONTROL.source}|\n`, 'g');
		expect(shown.replace(/[\u2400-\u2421]|\\x[0-9a-f]{2}|\\u[0-9a-f]{4}/g, '')).toBe(payload.replace(controls, ''));
		expect(shown.match(/[\u2400-\u2421]|\\x[0-9a-f]{2}|\\u[0-9a-f]{4}/g)).toHaveLength(payload.match(controls)!.length);
	});

	it('shows each kind of control as its symbol', () => {
		expect(inert(PAYLOADS['OSC 52 (sets the clipboard)'])).toBe('␛]52;c;aGVsbG8=␇');
		expect(inert(PAYLOADS['ESC [2J (clears the screen)'])).toBe('␛[2J');
		expect(inert('a\rb\bc\u007fd\ne\tf\u0000')).toBe('a␍b␈c␡d␊e␉f␀');
		expect(inert('\u009b31m \u0085')).toBe('\\x9b31m \\x85');
		expect(inert('abc\u202edef \u2066x\u2069 \u200f\u200e\u061c \u202a\u202b\u202c\u202d\u2067\u2068 \u2028\u2029')).toBe(
			'abc\\u202edef \\u2066x\\u2069 \\u200f\\u200e\\u061c \\u202a\\u202b\\u202c\\u202d\\u2067\\u2068 \\u2028\\u2029',
		);
	});

	it('leaves normal Unicode alone and returns clean text as the same string', () => {
		for (const text of [
			'Élite: Temporada 1: Bienvenidos',
			'進撃の巨人',
			'Begüm 🌙',
			'👨‍👩‍👧 family',
			'Erşan Kuneri: 1. Sezon',
			'E\u0301lite',
			'עברית',
			'العربية',
			'a\u200db\u200cc',
			'',
		]) {
			expect(inert(text)).toBe(text);
		}
	});

	it('can be applied twice and piece by piece', () => {
		const once = inert(ALL_PAYLOADS);
		expect(inert(once)).toBe(once);
		for (let cut = 0; cut <= ALL_PAYLOADS.length; cut += 7) {
			expect(inert(ALL_PAYLOADS.slice(0, cut)) + inert(ALL_PAYLOADS.slice(cut))).toBe(once);
		}
	});

	it('inertLines keeps the newlines and nothing else', () => {
		expect(inertLines('one\u001b[2J\ntwo\r\n')).toBe('one␛[2J\ntwo␍\n');
		expect(inertLines('clean\ntext\n')).toBe('clean\ntext\n');
	});

	it('inertLines shows every character inert shows but the newline, also after lines of clean text', () => {
		for (let code = 0; code <= 0x206f; code++) {
			const c = String.fromCharCode(code);
			const text = `clean\nlines\n${c}\n`;
			expect(inertLines(text)).toBe(text.split('\n').map(inert).join('\n'));
		}
	});
});

describe('widths of inert text', () => {
	it('each symbol takes its cells, so columns line up', () => {
		expect(cellWidth(inert('\u001b]0;x\u0007'))).toBe(6);
		expect(cellWidth(inert('a\u009bb'))).toBe(6);
		expect(cellWidth(inert('a\u202eb'))).toBe(8);
		for (const payload of Object.values(PAYLOADS)) {
			const cell = fit(`Dark ${payload} Geister`, 24);
			expect(cell).not.toMatch(RAW_CONTROL);
			expect(cellWidth(cell)).toBe(24);
		}
	});
});

describe('jsonText', () => {
	it('is valid JSON that gives back the exact values', () => {
		const value = {title: ALL_PAYLOADS, list: [...Object.values(PAYLOADS)], nested: {name: 'Begüm 🌙 \u2028'}, n: 3, none: null};
		const json = jsonText(value);
		expect(JSON.parse(json)).toEqual(value);
		expect(json.endsWith('}\n')).toBe(true);
	});

	it('escapes C1, DEL and the bidi controls as \\u escapes, so cat of the answer is safe', () => {
		const json = jsonText({t: ALL_PAYLOADS});
		// Only the newlines between JSON lines are left.
		expect(json.replace(/\n/g, '')).not.toMatch(RAW_CONTROL);
		expect(json).toContain('\\u009b31m');
		expect(json).toContain('\\u202e');
		expect(json).toContain('\\u007f');
		expect(json).toContain('\\u001b]52;c;');
	});

	it('leaves nothing for inertLines to do, whatever the strings and keys hold (a JSON answer is printed without that pass)', () => {
		// Any UTF-16 unit, lone surrogates too, with the controls often: in values and in keys, at any depth.
		const unit = fc.oneof(
			fc.constantFrom(...ALL_PAYLOADS, '\u0000', '\u001f', '\u0080', '\u0085', '\u061c', '\u200e', '\u2029', '\u2066', '\ud800'),
			fc.string({unit: 'binary', maxLength: 1}),
		);
		const text = fc.string({unit, maxLength: 12});
		const value = fc.letrec(tie => ({
			node: fc.oneof(
				{depthSize: 'small'},
				text,
				fc.double(),
				fc.boolean(),
				fc.constant(null),
				fc.array(tie('node'), {maxLength: 4}),
				fc.dictionary(text, tie('node'), {maxKeys: 4}),
			),
		})).node;
		fc.assert(
			fc.property(value, v => {
				const json = jsonText(v);
				expect(json.replace(/\n/g, '')).not.toMatch(RAW_CONTROL);
				expect(inertLines(json)).toBe(json);
				expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(v)));
			}),
			fuzzRuns(500),
		);
	});

	it('is JSON.stringify with two spaces for clean values', () => {
		const value = {title: 'Élite 🌙', n: [1, 2]};
		expect(jsonText(value)).toBe(`${JSON.stringify(value, null, 2)}\n`);
	});
});

describe('inertStrings (every string of a command answer)', () => {
	it('makes every string inert at any depth and keeps numbers, booleans and null', () => {
		const answer = {name: 'Eve\u001b]0;x\u0007', n: 3, ok: true, none: null, list: [{title: 'a\nb', at: 1}, 'c\u202ed'], nested: {deep: [['\u009b']]}};
		expect(inertStrings(answer)).toEqual({name: 'Eve␛]0;x␇', n: 3, ok: true, none: null, list: [{title: 'a␊b', at: 1}, 'c\\u202ed'], nested: {deep: [['\\x9b']]}});
		// The original is left as it was: --json prints it exactly.
		expect(answer.list[0]).toEqual({title: 'a\nb', at: 1});
	});

	it('returns clean parts as the same objects, and copies only the parts that change', () => {
		const clean = {rows: [{title: 'Élite'}, {title: '進撃の巨人'}]};
		expect(inertStrings(clean)).toBe(clean);
		const mixed = {a: {title: 'ok'}, b: {title: 'x\ty'}};
		const out = inertStrings(mixed);
		expect(out).not.toBe(mixed);
		expect(out.a).toBe(mixed.a);
		expect(out.b).toEqual({title: 'x␉y'});
	});
});

describe('history as text (inert where it is laid out, not walked whole)', () => {
	it('makes the profile and the title of every line inert: one line a viewing, no control left', () => {
		const entry = {
			profile: 'Eve\u001b]0;x\u0007',
			start: '2024-03-07T20:00:00.000Z',
			durationSeconds: 60,
			kind: 'movie' as const,
			show: 'x',
			season: null,
			seasonNumber: null,
			episode: null,
			episodeTitle: null,
			title: 'Heist\nfake row\u009b31m',
			positionSeconds: null,
			latest: null,
			autoplay: null,
			hidden: false,
			supplementalType: null,
			device: null,
			country: null,
		};
		const text = commandText({command: 'history', data: [entry, {...entry, title: 'Clean'}]}, null);
		expect(text.trimEnd().split('\n')).toHaveLength(2);
		expect(text).toContain('Heist␊fake row\\x9b31m');
		expect(text).toContain('Eve␛]0;x␇');
		expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
	});
});
