// Patches that scripts/bundle.mjs applies to Ink's modules so that a keystroke's frame costs less
// (issue #14, target 3). Each replaces a piece of Ink's drawing with code in source/ui/ that gives the
// same picture on the terminal, checked against Ink's own in test/ui/ink-frame.test.ts and
// test/ui/plain-cells.test.ts. Each throws when the piece of Ink it replaces has changed shape.
import {fileURLToPath} from 'node:url';

const built = name => JSON.stringify(fileURLToPath(new URL(`../build/ui/${name}`, import.meta.url)));

/**
 * ink/build/output.js: Output.get() becomes inkFrame() (source/ui/ink-frame.ts), which writes a row's
 * plain texts as they are instead of through a grid of styled cells.
 */
export function patchInkOutput(source, path) {
	const method = '    get() {\n';
	if (!source.includes(method) || !source.includes("from '@alcalzone/ansi-tokenize'") || !source.includes("import sliceAnsi from 'slice-ansi'")) {
		throw new Error(`${path}: Ink's Output no longer has the get() this patch replaces: update scripts/ink-fast-paths.mjs`);
	}
	return `import {inkFrame} from ${built('ink-frame.js')};\n${source.replace(
		method,
		'    get() {\n        return inkFrame(this, {sliceAnsi, styledCharsToString});\n    }\n    gridGet() {\n',
	)}`;
}

/**
 * string-width's Unicode-property patterns and its grapheme segmenter, made when string-width first
 * measures a text that is not plain rather than as its module is evaluated: `^\p{RGI_Emoji}$` alone is
 * 35–90 ms to parse and as much again to compile at its first match, on the thread that reads keys, before
 * the first screen of an export whose names are all plain (ui/load-in-steps.ts warms them a piece at a time
 * when a text needs them); the first Intl.Segmenter loads ICU's break data (≈12 ms), which a text answer
 * of plain names never needs.
 */
const LAZY_PATTERNS = ['visibleCharacterRegex', 'spacingMarkRegex', 'rgiEmojiRegex', 'segmenter'];

/**
 * string-width/index.js: plain text (plain-cells.ts) is measured by counting; anything else, or a call
 * with options, goes to string-width as before, its patterns made on that first call (LAZY_PATTERNS).
 */
export function patchStringWidth(source, path) {
	const declaration = 'export default function stringWidth(input, options = {}) {';
	if (!source.includes(declaration)) throw new Error(`${path}: string-width's stringWidth() has changed: update scripts/ink-fast-paths.mjs`);
	let lazy = source;
	const makes = [];
	for (const name of LAZY_PATTERNS) {
		const pattern = new RegExp(`^const ${name} = (/.+/[a-z]*|new Intl\\.Segmenter\\(\\));$`, 'm');
		const found = lazy.match(pattern);
		if (!found) throw new Error(`${path}: string-width no longer declares ${name} as a pattern literal: update scripts/ink-fast-paths.mjs`);
		lazy = lazy.replace(pattern, `let ${name};`);
		makes.push(`\t${name} ??= ${found[1]};\n`);
	}
	return `import {plainCells} from ${built('plain-cells.js')};\n${lazy.replace(
		declaration,
		`export default function stringWidth(input, options) {\n\tif (options === undefined && typeof input === 'string') {\n\t\tconst cells = plainCells(input);\n\t\tif (cells >= 0) return cells;\n\t}\n\treturn fullStringWidth(input, options);\n}\n\nfunction fullStringWidth(input, options = {}) {\n${makes.join('')}`,
	)}`;
}

/**
 * ink/build/sanitize-ansi.js: a text of plain characters and SGR sequences (plain-cells.ts) is already
 * what Ink keeps (it strips every escape sequence but SGR and OSC), so it is returned as it is instead of
 * being tokenized, once per nested <Text> per frame.
 */
export function patchSanitizeAnsi(source, path) {
	const declaration = 'const sanitizeAnsi = (text) => {\n';
	if (!source.includes(declaration)) throw new Error(`${path}: Ink's sanitizeAnsi() has changed: update scripts/ink-fast-paths.mjs`);
	return `import {plainCells} from ${built('plain-cells.js')};\n${source.replace(declaration, `${declaration}    if (plainCells(text) >= 0) {\n        return text;\n    }\n`)}`;
}

/**
 * ink/build/log-update.js, the writer of `incrementalRendering` (only the lines that changed): before
 * redrawing, it moves the cursor up to the frame's first line by one line too few when the last frame
 * ended with a line break, as the explorer's frames do (they are a line shorter than the terminal, so
 * Ink adds one), and the whole frame landed a line off. The move counts that line.
 */
export function patchLogUpdate(source, path) {
	const move = '            buffer.push(ansiEscapes.cursorUp(previousVisible - 1));\n';
	if (!source.includes(move)) throw new Error(`${path}: Ink's incremental log-update has changed: update scripts/ink-fast-paths.mjs`);
	return source.replace(move, "            buffer.push(ansiEscapes.cursorUp(previousVisible - (previousOutput.endsWith('\\n') ? 0 : 1)));\n");
}

/**
 * slice-ansi, @alcalzone/ansi-tokenize and wrap-ansi's own string-width: their module-level
 * `new Intl.Segmenter(…)` becomes a LazySegmenter (source/ui/lazy-segmenter.ts), made at its first
 * `segment` call: the first segmenter loads ICU's break data (≈25 ms), which a screen of plain text
 * never needs. They only call `segment` on it.
 */
export function patchSegmenters(source, path) {
	const made = /new Intl\.Segmenter\(/g;
	const count = source.match(made)?.length ?? 0;
	const uses = source.match(/\b(?:segmenter|GRAPHEME_SEGMENTER)\.(\w+)/g) ?? [];
	if (count !== 1 || uses.length === 0 || uses.some(use => !use.endsWith('.segment'))) {
		throw new Error(`${path}: no longer makes one Intl.Segmenter used only for segment(): update scripts/ink-fast-paths.mjs`);
	}
	return `import {LazySegmenter} from ${built('lazy-segmenter.js')};\n${source.replace(made, 'new LazySegmenter(')}`;
}
