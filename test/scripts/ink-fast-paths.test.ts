import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {patchInkOutput, patchLogUpdate, patchSanitizeAnsi, patchSegmenters, patchStringWidth} from '../../scripts/ink-fast-paths.mjs';
import {LazySegmenter} from '../../source/ui/lazy-segmenter.js';

const read = (path: string) => readFileSync(new URL(`../../node_modules/${path}`, import.meta.url), 'utf8');

describe('the bundle’s patches of Ink', () => {
	it('apply to the Ink installed: each module calls the code of source/ui/ and keeps Ink’s own as the fallback', () => {
		const output = patchInkOutput(read('ink/build/output.js'), 'output.js');
		expect(output).toContain('return inkFrame(this, {sliceAnsi, styledCharsToString});');
		expect(output).toMatch(/import \{inkFrame\} from ".*build\/ui\/ink-frame\.js";/);
		const width = patchStringWidth(read('string-width/index.js'), 'index.js');
		expect(width).toContain('const cells = plainCells(input);');
		expect(width).toContain('function fullStringWidth(input, options = {}) {');
		// The Unicode-property patterns are made on the first text that is not plain, not as the module is evaluated.
		expect(width).toContain('let rgiEmojiRegex;');
		expect(width).toContain('\trgiEmojiRegex ??= /^\\p{RGI_Emoji}$/v;');
		expect(width).not.toMatch(/^const (visibleCharacterRegex|spacingMarkRegex|rgiEmojiRegex) =/m);
		expect(patchSanitizeAnsi(read('ink/build/sanitize-ansi.js'), 'sanitize-ansi.js')).toContain('if (plainCells(text) >= 0) {');
		expect(patchLogUpdate(read('ink/build/log-update.js'), 'log-update.js')).toContain("cursorUp(previousVisible - (previousOutput.endsWith('\\n') ? 0 : 1))");
	});

	it('make the segmenters of Ink’s text modules on first use, segmenting as Intl.Segmenter does', () => {
		for (const path of ['slice-ansi/tokenize-ansi.js', '@alcalzone/ansi-tokenize/build/tokenize.js', 'wrap-ansi/node_modules/string-width/index.js']) {
			const patched = patchSegmenters(read(path), path);
			expect(patched, path).not.toContain('new Intl.Segmenter(');
			expect(patched, path).toMatch(/^import \{LazySegmenter\} from ".*build\/ui\/lazy-segmenter\.js";\n/);
			expect(patched.match(/new LazySegmenter\(/g), path).toHaveLength(1);
		}
		for (const text of ['plain', 'Amélie', '👩‍👩‍👧 family', 'e\u0301 ﷽ 🇫🇷', '']) {
			for (const options of [undefined, {granularity: 'grapheme' as const}]) {
				const lazy = [...new LazySegmenter(undefined, options).segment(text)].map(s => [s.segment, s.index]);
				expect(lazy, text).toEqual([...new Intl.Segmenter(undefined, options).segment(text)].map(s => [s.segment, s.index]));
			}
		}
		expect(() => patchSegmenters('const s = new Intl.Segmenter(); s.resolvedOptions();', 'x.js')).toThrow(/update scripts\/ink-fast-paths\.mjs/);
		expect(() => patchSegmenters('const segmenter = 1;', 'x.js')).toThrow(/update scripts\/ink-fast-paths\.mjs/);
	});

	it('refuse a module whose code has changed, rather than bundle it unpatched', () => {
		expect(() => patchInkOutput('export default class Output {}', 'output.js')).toThrow(/update scripts\/ink-fast-paths\.mjs/);
		expect(() => patchStringWidth('export default function stringWidth(string) {}', 'index.js')).toThrow(/update scripts\/ink-fast-paths\.mjs/);
		expect(() => patchStringWidth('export default function stringWidth(input, options = {}) {}', 'index.js')).toThrow(/rgiEmojiRegex|visibleCharacterRegex/);
		expect(() => patchSanitizeAnsi('export default x => x;', 'sanitize-ansi.js')).toThrow(/update scripts\/ink-fast-paths\.mjs/);
		expect(() => patchLogUpdate('export default {};', 'log-update.js')).toThrow(/update scripts\/ink-fast-paths\.mjs/);
	});
});
