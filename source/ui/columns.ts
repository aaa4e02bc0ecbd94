/**
 * Widths for the columns of every list, by importance. A column asks for a width (`want`, usually its
 * longest cell), may be cut down to `min` when `shrink` allows, and may be left out when `drop`
 * allows. The least important droppable column goes first while the minimums do not fit; room then
 * goes to the most important columns first, up to what they want; room left once every column has what
 * it wants is spread by `grow`. A column that should be whole or absent (a device name) is droppable and
 * not shrinkable. This module must not import Ink or React.
 */
import {cellWidth, fit} from '../text/format.js';

/** One column of a list. */
export interface Column {
	/** Heading shown above the column. */
	name: string;
	/** Width it would like (its longest cell, or a typical one), in cells. */
	want: number;
	/** Narrowest it may be cut to (with `…`); defaults to `want` when it may not shrink. */
	min?: number;
	/** Higher is more important: served first, dropped last. */
	priority: number;
	/** May be cut narrower than `want` down to `min` (default true). */
	shrink?: boolean;
	/** May be left out when there is no room (default false). */
	drop?: boolean;
	/**
	 * Shown only when every more important column gets all it wants (a device name is not worth cutting
	 * an episode title for). Implies `drop`.
	 */
	extra?: boolean;
	/** Share of the room left over once every column has `want` (default 0). */
	grow?: number;
	/** Most it may grow to (default: no limit). */
	max?: number;
}

/** Cells between two columns. */
export const GAP = 1;
/** Narrowest a column is ever cut to: two letters and `…`. */
const FLOOR = 3;

/**
 * The width of each column in `total` cells (0: left out). Deterministic and pure: the same inputs
 * give the same widths, so a screen does not jump while the cursor moves.
 */
export function fitColumns(total: number, columns: readonly Column[]): number[] {
	const minOf = (c: Column) => Math.min(c.want, c.shrink === false ? c.want : (c.min ?? c.want));
	const shown = columns.map(() => true);
	const need = () => columns.reduce((n, c, i) => n + (shown[i] ? minOf(c) : 0), 0) + GAP * Math.max(0, shown.filter(Boolean).length - 1);
	// Leave out the least important droppable columns (the rightmost of equals) until the minimums fit.
	while (need() > total) {
		let out = -1;
		columns.forEach((c, i) => {
			if (shown[i] && (c.drop || c.extra) && (out === -1 || c.priority <= columns[out]!.priority)) out = i;
		});
		if (out === -1) break;
		shown[out] = false;
	}
	// Extras, least important first, only where every more important column can have what it wants.
	const extras = columns
		.map((_, i) => i)
		.filter(i => shown[i] && columns[i]!.extra)
		.sort((a, b) => columns[a]!.priority - columns[b]!.priority);
	for (const e of extras) {
		const p = columns[e]!.priority;
		const wanted = columns.reduce((n, c, i) => n + (!shown[i] ? 0 : c.priority > p ? c.want : minOf(c)), 0) + GAP * (shown.filter(Boolean).length - 1);
		if (wanted > total) shown[e] = false;
	}
	const widths = columns.map((c, i) => (shown[i] ? minOf(c) : 0));
	let room = total - need();
	// Still too wide with nothing left to drop: cut shrinkable columns below their minimum, least
	// important first, down to FLOOR cells (the line must never be wider than the terminal).
	const byLeastImportant = columns
		.map((_, i) => i)
		.filter(i => shown[i] && columns[i]!.shrink !== false)
		.sort((a, b) => columns[a]!.priority - columns[b]!.priority || b - a);
	for (const i of byLeastImportant) {
		if (room >= 0) break;
		const less = Math.min(-room, Math.max(0, widths[i]! - FLOOR));
		widths[i]! -= less;
		room += less;
	}
	room = Math.max(0, room);
	// Up to what each wants, most important first (left to right among equals).
	const byImportance = columns
		.map((_, i) => i)
		.filter(i => shown[i])
		.sort((a, b) => columns[b]!.priority - columns[a]!.priority || a - b);
	for (const i of byImportance) {
		if (room <= 0) break;
		const more = Math.min(room, columns[i]!.want - widths[i]!);
		if (more > 0) {
			widths[i]! += more;
			room -= more;
		}
	}
	// The rest by `grow`, each up to its `max`; what a capped column cannot take goes to the others.
	const cap = (i: number) => columns[i]!.max ?? Infinity;
	while (room > 0) {
		const growing = byImportance.filter(i => (columns[i]!.grow ?? 0) > 0 && widths[i]! < cap(i));
		const weights = growing.reduce((n, i) => n + columns[i]!.grow!, 0);
		if (weights === 0) break;
		let given = 0;
		for (const i of growing) {
			const take = Math.min(Math.floor((room * columns[i]!.grow!) / weights), cap(i) - widths[i]!);
			widths[i]! += take;
			given += take;
		}
		// Rounding leftovers, a cell at a time, to the most important growing column.
		if (given === 0) {
			widths[growing[0]!]! += 1;
			given = 1;
		}
		room -= given;
	}
	return widths;
}

/** A column's `want` from its heading and cells: the widest of them, in terminal cells. */
export function widest(name: string, cells: Iterable<string>): number {
	let w = cellWidth(name);
	for (const c of cells) w = Math.max(w, cellWidth(c));
	return w;
}

/** One line of a table: each shown column's cell fitted to its width, left-out columns skipped. */
export function tableLine(cells: readonly string[], widths: readonly number[]): string {
	const parts: string[] = [];
	cells.forEach((c, i) => {
		if (widths[i]! > 0) parts.push(fit(c, widths[i]!));
	});
	return parts.join(' '.repeat(GAP));
}

/** The headings line of a table. */
export function headingLine(columns: readonly Column[], widths: readonly number[]): string {
	return tableLine(
		columns.map(c => c.name),
		widths,
	);
}
