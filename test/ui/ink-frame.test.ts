import {styledCharsToString} from '@alcalzone/ansi-tokenize';
import {Chalk} from 'chalk';
import fc from 'fast-check';
import sliceAnsi from 'slice-ansi';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
// Ink's own Output (what the bundle replaces get() of): the reference.
import Output from '../../node_modules/ink/build/output.js';
import {inkFrame, type InkHelpers, type InkOutput} from '../../source/ui/ink-frame.js';
import {fuzzRuns} from '../helpers/fuzz.js';

const chalk = new Chalk({level: 3});
const helpers = {sliceAnsi, styledCharsToString} as unknown as InkHelpers;

type Op = {type: 'write'; x: number; y: number; text: string; transformers: Array<(s: string) => string>} | {type: 'clip'; clip: object} | {type: 'unclip'};

function outputOf(width: number, height: number, ops: readonly Op[]): Output {
	const output = new Output({width, height});
	for (const op of ops) {
		if (op.type === 'write') output.write(op.x, op.y, op.text, {transformers: op.transformers});
		else if (op.type === 'clip') output.clip(op.clip as never);
		else output.unclip();
	}
	return output;
}

/** Both frames of the same writes: Ink's get() and inkFrame(). */
function frames(width: number, height: number, ops: readonly Op[]) {
	const ink = outputOf(width, height, ops).get();
	const ours = inkFrame(outputOf(width, height, ops) as unknown as InkOutput, helpers);
	return {ink, ours};
}

/**
 * What a terminal shows for a frame: per row, each cell's text and the attributes it is drawn with
 * (SGR as terminals read it), without the unstyled blanks at the end of a row.
 */
function screen(frame: string): string[][] {
	return frame.split('\n').map(row => {
		const cells: string[] = [];
		const style = new Map<string, string>();
		const set = (codes: number[]) => {
			for (let i = 0; i < codes.length; i++) {
				const c = codes[i]!;
				if (c === 0) style.clear();
				else if (c === 1) style.set('bold', '1');
				else if (c === 2) style.set('dim', '1');
				else if (c === 22) style.delete('bold'), style.delete('dim');
				else if ([3, 4, 5, 7, 8, 9, 53].includes(c)) style.set(`a${c}`, '1');
				else if ([23, 24, 25, 27, 28, 29, 55].includes(c)) style.delete(`a${c === 55 ? 53 : c - 20}`);
				else if ((c >= 30 && c <= 37) || (c >= 90 && c <= 97)) style.set('fg', String(c));
				else if ((c >= 40 && c <= 47) || (c >= 100 && c <= 107)) style.set('bg', String(c));
				else if (c === 38 || c === 48) {
					const n = codes[i + 1] === 5 ? 2 : 4;
					style.set(c === 38 ? 'fg' : 'bg', codes.slice(i, i + n + 1).join(';'));
					i += n;
				} else if (c === 39) style.delete('fg');
				else if (c === 49) style.delete('bg');
				else throw new Error(`SGR ${c} not modelled`);
			}
		};
		const parts = row.split(/(\u001b\[[\d;]*m)/);
		for (const part of parts) {
			const sgr = /^\u001b\[([\d;]*)m$/.exec(part);
			if (sgr) set(sgr[1] === '' ? [0] : sgr[1]!.split(';').map(Number));
			else
				for (const {segment} of new Intl.Segmenter(undefined, {granularity: 'grapheme'}).segment(part)) {
					const key = [...style].sort().join(',');
					cells.push(`${segment}|${key}`);
					for (let w = 1; w < stringWidth(segment); w++) cells.push(`|${key}`);
				}
		}
		while (cells.length > 0 && cells.at(-1) === ' |') cells.pop();
		return cells;
	});
}

const styles = [chalk.bold, chalk.dim, chalk.inverse, chalk.underline, chalk.italic, chalk.strikethrough, chalk.yellow, chalk.bgBlue, chalk.ansi256(100), chalk.rgb(1, 2, 3)];
const charArb = fc.constantFrom('a', 'b', 'Z', ' ', ' ', '·', '›', '│', 'é', 'ł', 'ı', '…', '─', '中', '\u{1f319}', 'e\u0301', '\u00ad');
const segmentArb = fc
	.tuple(fc.array(charArb, {maxLength: 6}), fc.subarray(styles, {maxLength: 3}))
	.map(([chars, applied]) => applied.reduce((text, style) => style(text), chars.join('')));
const lineArb = fc.array(segmentArb, {minLength: 1, maxLength: 4}).map(parts => parts.join(''));
const writeArb = (width: number, height: number) =>
	fc.record({
		type: fc.constant('write' as const),
		x: fc.integer({min: 0, max: width + 1}),
		y: fc.integer({min: -1, max: height}),
		text: fc.array(lineArb, {minLength: 1, maxLength: 3}).map(lines => lines.join('\n')),
		// Ink's transformers take the line (and its index, which chalk would print): wrapped to take one.
		transformers: fc.subarray([(s: string) => chalk.inverse(s), (s: string) => chalk.bold(s), (s: string) => s.toUpperCase()], {maxLength: 2}),
	});
const clipArb = (width: number, height: number) =>
	fc.oneof(
		fc.record({type: fc.constant('clip' as const), clip: fc.record({x1: fc.nat(width), x2: fc.nat(width), y1: fc.nat(height), y2: fc.nat(height)})}),
		fc.constant({type: 'unclip' as const}),
	);
const frameArb = fc
	.tuple(fc.integer({min: 1, max: 24}), fc.integer({min: 1, max: 5}))
	.chain(([width, height]) =>
		fc.tuple(fc.constant(width), fc.constant(height), fc.array(fc.oneof({weight: 4, arbitrary: writeArb(width, height)}, clipArb(width, height)), {maxLength: 8})),
	);

describe('inkFrame, the bundle’s Output.get()', () => {
	it('draws every frame as Ink’s own get() does, cell for cell and style for style', () => {
		fc.assert(
			fc.property(frameArb, ([width, height, ops]) => {
				const {ink, ours} = frames(width, height, ops);
				expect(ours.height).toBe(ink.height);
				expect(screen(ours.output)).toEqual(screen(ink.output));
			}),
			fuzzRuns(300),
		);
	});

	it('writes a plain row as written, and a list line the same as Ink would draw it', () => {
		const name = `${chalk.bold.underline.yellow('Burni')}ng Empire: Cairo   movie`;
		const line = chalk.inverse(`› ${name}`);
		const ops: Op[] = [
			{type: 'write', x: 0, y: 0, text: 'Search: burni  70 titles', transformers: []},
			{type: 'write', x: 0, y: 1, text: line, transformers: []},
			{type: 'write', x: 2, y: 2, text: name, transformers: [(s: string) => chalk.italic(s)]},
			{type: 'write', x: 34, y: 2, text: '│ Profile: Ben', transformers: []},
		];
		const {ink, ours} = frames(60, 4, ops);
		expect(ours.output.split('\n')).toEqual(['Search: burni  70 titles', line, `  ${chalk.italic(name)}   │ Profile: Ben`, '']);
		expect(screen(ours.output)).toEqual(screen(ink.output));
	});

	it('goes through Ink’s grid where texts overlap or are not plain, with the same result', () => {
		const ops: Op[] = [
			{type: 'write', x: 0, y: 0, text: 'abcdefgh', transformers: []},
			{type: 'write', x: 3, y: 0, text: chalk.inverse('XY'), transformers: []},
			{type: 'write', x: 0, y: 1, text: '中文 title', transformers: []},
			{type: 'write', x: 0, y: 2, text: '\u001b[1mopen', transformers: []},
		];
		const {ink, ours} = frames(12, 3, ops);
		expect(ours.output).toBe(ink.output);
		expect(ours.output.split('\n')[0]).not.toBe('abcdefgh');
	});
});
