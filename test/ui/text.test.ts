import {describe, expect, it} from 'vitest';
import {cellWidth, fit as cell} from '../../source/commands/format.js';
import {segments} from '../../source/ui/highlight.js';

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
		expect(segments('Stranger Things', [[0, 2], [4, 7]])).toEqual([
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
