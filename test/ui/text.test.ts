import {describe, expect, it} from 'vitest';
import {cellWidth, fit as cell} from '../../source/text/format.js';
import {segments, shownSegments} from '../../source/ui/highlight.js';

describe('cell', () => {
	it('counts emoji and CJK as two cells and combining accents as none', () => {
		expect(cellWidth('Begüm 🌙')).toBe(8);
		expect(cellWidth('進撃の巨人')).toBe(10);
		expect(cellWidth('E\u0301lite')).toBe(5);
	});

	it('pads and cuts to exact cell widths', () => {
		expect(cell('Begüm 🌙', 10)).toBe('Begüm 🌙  ');
		expect(cellWidth(cell('Begüm 🌙 watches', 8))).toBe(8);
		expect(cell('Stranger Things', 8)).toBe('Strange…');
		expect(cell('進撃の巨人', 6)).toBe('進撃… ');
	});
});

describe('segments', () => {
	it('splits a name into matched and unmatched runs', () => {
		expect(
			segments('Stranger Things', [
				[0, 2],
				[4, 7],
			]),
		).toEqual([
			{text: 'Str', match: true},
			{text: 'a', match: false},
			{text: 'nger', match: true},
			{text: ' Things', match: false},
		]);
	});

	it('tolerates ranges past the end of a cut name', () => {
		expect(segments('Élite', [[3, 40]]).map(s => s.text)).toEqual(['Éli', 'te']);
	});
});

describe('shownSegments', () => {
	it('keeps the matched letters on their letters when controls before them are shown as longer symbols', () => {
		// "\u009b" becomes the four characters `\x9b`: the ranges are indexes into the raw name.
		const raw = 'A\u009bB\u202eCD';
		const shown = shownSegments(
			raw,
			[
				[2, 2],
				[4, 5],
			],
			20,
		);
		expect(shown.filter(s => s.match).map(s => s.text)).toEqual(['B', 'CD']);
		expect(shown.map(s => s.text).join('')).toBe(cell(raw, 20));
		expect(shown.map(s => s.text).join('')).toBe('A\\x9bB\\u202eCD      ');
	});

	it('marks nothing past the cut', () => {
		const shown = shownSegments(
			'Stranger\u001b Things',
			[
				[0, 2],
				[9, 14],
			],
			8,
		);
		expect(shown.map(s => s.text).join('')).toBe('Strange…');
		expect(shown.filter(s => s.match).map(s => s.text)).toEqual(['Str']);
	});
});
