/**
 * The rows viewer as pure functions: which rows show (filter, sort), how the list and the detail pane
 * share the lines, how columns fit the width, and a row's cells wrapped for reading in full.
 */
import {cellWidth, fit} from '../text/format.js';
import type {TableRows} from '../query/table-rows.js';
import type {Masker} from '../query/mask.js';
import {cellText, cellTime} from '../text/table-cells.js';
import {LazySegmenter} from './lazy-segmenter.js';

/** Lines of the pane under the list that shows the selected row's cells: a third of the list, 2 to 8. */
export function paneLines(viewport: number): number {
	return Math.min(8, Math.max(2, Math.floor(viewport / 3)));
}

/** Lines left for the rows list. */
export function rowsListHeight(viewport: number): number {
	return Math.max(1, viewport - paneLines(viewport));
}

/** A cell as displayed: time in local time, personal values masked unless revealed. */
export function displayCell(table: TableRows, row: readonly string[], column: number, masker: Masker): string {
	return oneLine(cellText(table.header[column] ?? '', row[column] ?? '', table.timeColumns.includes(column), masker));
}

/** Line breaks and tabs as spaces: a cell drawn on one line. */
export function oneLine(text: string): string {
	return text.replace(/[\r\n\t]+/g, ' ');
}

/**
 * The rows shown, as indexes into `table.rows`: those with a displayed cell containing `filter` (any
 * case; the filter sees what the screen shows, so a masked value cannot be found by typing it), sorted
 * by a column (times by time, numbers by value, else text), ties in file order.
 */
export function rowOrder(
	table: TableRows,
	masker: Masker,
	filter: string,
	sort: {column: number; descending: boolean} | null,
	haystacks: () => readonly string[] = () => rowHaystacks(table, masker),
): number[] {
	let order = table.rows.map((_, i) => i);
	const needle = filter.trim().toLowerCase();
	if (needle !== '') {
		const text = haystacks();
		order = order.filter(i => text[i]!.includes(needle));
	}
	if (sort) {
		const c = sort.column;
		const key = sortKey(table, c, masker);
		const sign = sort.descending ? -1 : 1;
		const keys = new Map(order.map(i => [i, key(table.rows[i]!)]));
		order.sort((a, b) => {
			const ka = keys.get(a)!;
			const kb = keys.get(b)!;
			// Empty cells last, whatever the direction.
			if (ka === null || kb === null) return ka === kb ? a - b : ka === null ? 1 : -1;
			const diff = typeof ka === 'number' && typeof kb === 'number' ? ka - kb : String(ka).localeCompare(String(kb));
			return diff === 0 ? a - b : diff * sign;
		});
	}
	return order;
}

/**
 * Each row's displayed cells, lower-cased, in one string (cells apart by a character no one types): what
 * the filter searches. Made once per table and masking, so each key typed into the filter is a scan of
 * strings, not a new masking and time formatting of every cell.
 */
export function rowHaystacks(table: TableRows, masker: Masker): string[] {
	return table.rows.map(row =>
		table.header
			.map((_, c) => displayCell(table, row, c, masker))
			.join('\u0000')
			.toLowerCase(),
	);
}

/** How a column sorts: by time, by number when every value is one, else by the displayed text. */
function sortKey(table: TableRows, c: number, masker: Masker): (row: readonly string[]) => number | string | null {
	const raw = (row: readonly string[]) => (row[c] ?? '').trim();
	if (table.timeColumns.includes(c)) return row => cellTime(raw(row));
	const numeric = table.rows.every(row => raw(row) === '' || /^-?\d+(\.\d+)?$/.test(raw(row)));
	if (numeric) return row => (raw(row) === '' ? null : Number(raw(row)));
	return row => {
		const text = displayCell(table, row, c, masker);
		return text === '' ? null : text.toLowerCase();
	};
}

/** One column as drawn: which, and how wide. */
export interface FittedColumn {
	index: number;
	width: number;
}

/** The widest a column is drawn in the list (the detail pane has the rest). */
const MAX_COLUMN = 32;
/** The width a column name alone asks for, at most. */
const NAME_COLUMN = 12;
/** The narrowest a column is drawn. */
const MIN_COLUMN = 5;

/**
 * Columns fitted to `width` cells (a space between them): each as wide as its name and values (from the
 * rows given), at most MAX_COLUMN; as many as fit, starting far enough right that `picked` shows.
 */
export function fitColumns(names: readonly string[], sample: ReadonlyArray<readonly string[]>, width: number, picked: number): FittedColumn[] {
	// A long column name (`Region Code Display Name`) over short values is cut to NAME_COLUMN, not the values.
	const wanted = names.map((name, i) =>
		Math.max(MIN_COLUMN, Math.min(MAX_COLUMN, Math.max(Math.min(cellWidth(name) + 2, NAME_COLUMN), ...sample.map(r => cellWidth(r[i] ?? ''))))),
	);
	const fits = (from: number, to: number) => wanted.slice(from, to + 1).reduce((n, w) => n + w + 1, -1) <= width;
	let start = 0;
	while (start < picked && !fits(start, picked)) start++;
	const out: FittedColumn[] = [];
	let used = 0;
	for (let i = start; i < names.length; i++) {
		const gap = out.length === 0 ? 0 : 1;
		const left = width - used - gap;
		if (left < MIN_COLUMN) break;
		const w = Math.min(wanted[i]!, left);
		out.push({index: i, width: w});
		used += gap + w;
	}
	// Room left over goes to the last column shown (its values are often the longest: titles, URLs).
	if (out.length > 0 && used < width && out.at(-1)!.index === names.length - 1) out.at(-1)!.width += width - used;
	return out;
}

/** A line of the list: the cells cut or padded to their columns. */
export function rowLine(cells: readonly string[], columns: readonly FittedColumn[]): string {
	return columns.map(c => fit(cells[c.index] ?? '', c.width)).join(' ');
}

/** Made at the first wrap (ICU's break data: lazy-segmenter.ts). */
const graphemes = new LazySegmenter(undefined, {granularity: 'grapheme'});

/** Text cut into lines of at most `width` cells (at spaces when it can), every character kept. */
export function wrap(text: string, width: number): string[] {
	const w = Math.max(1, width);
	const lines: string[] = [];
	let line = '';
	let used = 0;
	for (const {segment} of graphemes.segment(text)) {
		const cw = cellWidth(segment);
		if (used + cw > w) {
			const space = line.lastIndexOf(' ');
			// Break at the last space when it leaves a fair part of the line; else cut mid-word.
			if (space > w / 2) {
				lines.push(line.slice(0, space));
				line = line.slice(space + 1);
			} else {
				lines.push(line);
				line = '';
			}
			used = cellWidth(line);
		}
		line += segment;
		used += cw;
	}
	lines.push(line);
	return lines;
}

/** A row's every cell, `Column: value`, wrapped to `width` (continuation lines indented by two). */
export function detailLines(names: readonly string[], cells: readonly string[], width: number): string[] {
	return names.flatMap((name, i) => {
		const [first, ...rest] = wrap(`${name}: ${cells[i] ?? ''}`, width);
		return [first!, ...rest.flatMap(r => wrap(r, width - 2)).map(r => `  ${r}`)];
	});
}

/** The cells packed into at most `lines` lines of `width` (`A: 1 · B: 2`), the last ending in `…` when cut. */
export function paneText(names: readonly string[], cells: readonly string[], width: number, lines: number): string[] {
	const out: string[] = [];
	let line = '';
	for (let i = 0; i < names.length; i++) {
		const piece = `${names[i]}: ${cells[i] ?? ''}`;
		if (line !== '' && cellWidth(line) + 3 + cellWidth(piece) > width) {
			out.push(line);
			line = piece;
		} else line = line === '' ? piece : `${line} · ${piece}`;
	}
	if (line !== '') out.push(line);
	if (out.length <= lines) return out;
	const kept = out.slice(0, Math.max(1, lines));
	kept[kept.length - 1] = `${fit(kept.at(-1)!, Math.max(2, width - 20)).trimEnd()} (Enter: every cell)`;
	return kept;
}
