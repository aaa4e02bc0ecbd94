import {tokenize} from '@alcalzone/ansi-tokenize';
import {Chalk} from 'chalk';
import fc from 'fast-check';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
// Ink's own sanitizer, which the bundle skips for text plainCells accepts.
import sanitizeAnsi from '../../node_modules/ink/build/sanitize-ansi.js';
import {isPlainUnit, plainCells} from '../../source/ui/plain-cells.js';
import {fuzzRuns} from '../helpers/fuzz.js';

const plainUnits = Array.from({length: 0x10000}, (_, unit) => unit).filter(isPlainUnit);
const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

describe('plain cells', () => {
	it('every plain unit is one cell to string-width, one narrow character to Ink, and a grapheme of its own', () => {
		expect(plainUnits.length).toBeGreaterThan(1000);
		const wrong = plainUnits.filter(unit => {
			const c = String.fromCharCode(unit);
			const tokens = tokenize(`a${c}b`);
			return stringWidth(c) !== 1 || stringWidth(`a${c}b`) !== 3 || tokens.length !== 3 || tokens.some(t => t.type !== 'char' || t.fullWidth);
		});
		expect(wrong.map(u => u.toString(16))).toEqual([]);
		const all = String.fromCharCode(...plainUnits);
		expect([...segmenter.segment(all)].length).toBe(all.length);
	});

	it('leaves out what string-width does not count as one cell', () => {
		for (const text of ['\u00ad', '\u0301', '\u200b', '\t', '\u4e2d', '\u{1f319}', '\u25c0', '\u00a9', '\u2194', '\u0000']) {
			expect(plainCells(`x${text}`), JSON.stringify(text)).toBe(-1);
		}
	});

	it('counts the cells of plain text between SGR sequences, as string-width does', () => {
		const c = new Chalk({level: 3});
		const samples = [
			'',
			'Search: burni',
			'› Sınır Şehir · S1E8 — Złota Wieża',
			c.bold.underline.yellow('Burni') + c.inverse('ng · Empire'),
			c.rgb(10, 20, 30).bgAnsi256(100)('x│y'),
		];
		for (const text of samples) expect(plainCells(text), JSON.stringify(text)).toBe(stringWidth(text));
	});

	it('with closed, refuses a style left open, an unknown code or another escape sequence', () => {
		expect(plainCells('\u001b[1mbold\u001b[22m', true)).toBe(4);
		expect(plainCells('\u001b[1;4;33mx\u001b[0m', true)).toBe(1);
		expect(plainCells('\u001b[38;5;100mx\u001b[39m', true)).toBe(1);
		expect(plainCells('\u001b[1mbold', true)).toBe(-1);
		expect(plainCells('\u001b[1mbold', false)).toBe(4);
		expect(plainCells('\u001b[7mx\u001b[22m', true)).toBe(-1);
		expect(plainCells('\u001b[38;5mx\u001b[39m', true)).toBe(-1);
		expect(plainCells('\u001b[73mx', true)).toBe(-1);
		expect(plainCells('\u001b]0;title\u0007x')).toBe(-1);
		expect(plainCells('\u001b[2Jx')).toBe(-1);
	});

	it('accepts only text that Ink’s sanitizer would keep as it is', () => {
		const piece = fc.oneof(
			fc.constantFrom('a', ' ', '·', 'é', '中', '\u0301', '\u009b', '\u0007', '\t'),
			fc.array(fc.constantFrom('0', '1', '3', '8', ';', ':', '5', '2'), {maxLength: 6}).map(p => `\u001b[${p.join('')}m`),
			fc.constantFrom('\u001b[2J', '\u001b[1A', '\u001b]8;;http://example.com\u0007', '\u001bc', '\u001b[?25l', '\u001b[m', '\u001b['),
		);
		fc.assert(
			fc.property(fc.array(piece, {maxLength: 12}), pieces => {
				const text = pieces.join('');
				if (plainCells(text) >= 0) expect(sanitizeAnsi(text)).toBe(text);
			}),
			fuzzRuns(500),
		);
		expect(plainCells('\u001b[1mx\u001b[22m')).toBe(1);
	});
});
