/**
 * Ink's Output.get() (ink/build/output.js, Ink 6.8), which turns the texts a render wrote at their
 * places into the frame's lines, done with less work; the bundle puts it in Ink's place
 * (scripts/ink-fast-paths.mjs). Ink fills a grid of width × height styled cells (4,800 objects at
 * 120×40), tokenizes every line written into it and turns every row back into text, every frame: at
 * 250k rows that was ≈45% of a keystroke's time. Here each row keeps the texts written on it; a row
 * whose texts are plain (plain-cells.ts), close their styles and do not overlap is those texts joined
 * with spaces, which a terminal draws cell for cell as Ink's own row. Any other row goes through Ink's
 * grid, one row at a time, and is remembered for the next frames.
 */
import {plainCells} from './plain-cells.js';

/** One styled character of Ink's grid (@alcalzone/ansi-tokenize's StyledChar). */
export interface StyledCell {
	type: 'char';
	value: string;
	fullWidth: boolean;
	styles: unknown[];
}

type Transformer = (line: string, index: number) => string;
interface Clip {
	x1?: number;
	x2?: number;
	y1?: number;
	y2?: number;
}

/** The parts of Ink's Output instance read here. */
export interface InkOutput {
	width: number;
	height: number;
	operations: ReadonlyArray<{type: 'write'; x: number; y: number; text: string; transformers: readonly Transformer[]} | {type: 'clip'; clip: Clip} | {type: 'unclip'}>;
	caches: {
		getStyledChars(line: string): StyledCell[];
		getStringWidth(text: string): number;
		getWidestLine(text: string): number;
	};
}

/** Ink's own helpers, passed in by the patched output.js (they are Ink's dependencies, not ours). */
export interface InkHelpers {
	sliceAnsi(text: string, from: number, to?: number): string;
	styledCharsToString(chars: StyledCell[]): string;
}

/** Rows made through the grid, by width and what was written on them. */
const gridRows = new Map<string, string>();
/** Beyond this many remembered rows, the memory is emptied (a screen has 40; scrolling makes new ones). */
const MAX_GRID_ROWS = 2000;

const BLANK: StyledCell = Object.freeze({type: 'char', value: ' ', fullWidth: false, styles: Object.freeze([]) as unknown as unknown[]}) as StyledCell;

/** What Ink's Output.get() returns for `output`, drawn the same on a terminal. */
export function inkFrame(output: InkOutput, helpers: InkHelpers): {output: string; height: number} {
	const {width, height} = output;
	const rows: Array<Array<[number, string]> | undefined> = new Array(height);
	const clips: Clip[] = [];
	for (const operation of output.operations) {
		if (operation.type === 'clip') {
			clips.push(operation.clip);
			continue;
		}
		if (operation.type === 'unclip') {
			clips.pop();
			continue;
		}
		const {text, transformers} = operation;
		let {x, y} = operation;
		let lines = text.split('\n');
		// Clipping as Ink does it, line for line.
		const clip = clips.at(-1);
		if (clip) {
			const clipHorizontally = typeof clip.x1 === 'number' && typeof clip.x2 === 'number';
			const clipVertically = typeof clip.y1 === 'number' && typeof clip.y2 === 'number';
			if (clipHorizontally) {
				const lineWidth = output.caches.getWidestLine(text);
				if (x + lineWidth < clip.x1! || x > clip.x2!) continue;
			}
			if (clipVertically) {
				if (y + lines.length < clip.y1! || y > clip.y2!) continue;
			}
			if (clipHorizontally) {
				lines = lines.map(line => {
					const from = x < clip.x1! ? clip.x1! - x : 0;
					const lineWidth = output.caches.getStringWidth(line);
					const to = x + lineWidth > clip.x2! ? clip.x2! - x : lineWidth;
					return helpers.sliceAnsi(line, from, to);
				});
				if (x < clip.x1!) x = clip.x1!;
			}
			if (clipVertically) {
				const from = y < clip.y1! ? clip.y1! - y : 0;
				const to = y + lines.length > clip.y2! ? clip.y2! - y : lines.length;
				lines = lines.slice(from, to);
				if (y < clip.y1!) y = clip.y1!;
			}
		}
		for (let index = 0; index < lines.length; index++) {
			const row = y + index;
			// Ink skips a line outside the grid without moving on to the next row, so the rest is lost too.
			if (!Number.isInteger(row) || row < 0 || row >= height) break;
			let line = lines[index]!;
			for (const transformer of transformers) line = transformer(line, index);
			(rows[row] ??= []).push([x, line]);
		}
	}
	const text: string[] = new Array(height);
	for (let row = 0; row < height; row++) {
		const writes = rows[row];
		text[row] = writes ? (plainRow(writes, width) ?? gridRow(writes, output, helpers)) : '';
	}
	return {output: text.join('\n'), height};
}

/** The row as its texts joined by spaces, or null when a text is not plain and closed, or texts overlap. */
function plainRow(writes: ReadonlyArray<[number, string]>, width: number): string | null {
	let out = '';
	let at = 0;
	for (const [x, line] of writes) {
		const cells = plainCells(line, true);
		if (cells < 0) return null;
		if (cells === 0) continue;
		if (!Number.isInteger(x) || x < at || x + cells > width) return null;
		out += x > at ? ' '.repeat(x - at) + line : line;
		at = x + cells;
	}
	return out.trimEnd();
}

/** The row as Ink makes it: a grid of styled cells written in order, turned back into text. */
function gridRow(writes: ReadonlyArray<[number, string]>, output: InkOutput, helpers: InkHelpers): string {
	let key = `${output.width}`;
	for (const [x, line] of writes) key += `\u0000${x}\u0000${line}`;
	const known = gridRows.get(key);
	if (known !== undefined) return known;
	const cells: Array<StyledCell | undefined> = new Array(output.width).fill(BLANK);
	for (const [x, line] of writes) {
		let offsetX = x;
		for (const character of output.caches.getStyledChars(line)) {
			cells[offsetX] = character;
			const characterWidth = Math.max(1, output.caches.getStringWidth(character.value));
			for (let index = 1; index < characterWidth; index++) cells[offsetX + index] = {type: 'char', value: '', fullWidth: false, styles: character.styles};
			offsetX += characterWidth;
		}
	}
	const made = helpers.styledCharsToString(cells.filter((cell): cell is StyledCell => cell !== undefined)).trimEnd();
	if (gridRows.size >= MAX_GRID_ROWS) gridRows.clear();
	gridRows.set(key, made);
	return made;
}
