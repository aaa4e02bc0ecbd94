/**
 * The frame's fixed lines. Ink 6 clears and redraws the whole screen when a frame is as tall as the
 * terminal, so every frame stays at most `rows - 1` lines: header + screen top + list + status bar.
 */

/** Smallest terminal the screens are laid out for; below it a "too small" message shows instead. */
export const MIN_COLUMNS = 60;
export const MIN_ROWS = 15;

/** Header (tabs, profile) and status bar: one line each. */
const CHROME_ROWS = 2;
/** Every screen has two lines above its list (a title line, column names or the where-did-I-stop line). */
export const SCREEN_TOP_ROWS = 2;

/** Lines above a list's first row: the header and the screen's two top lines (a click's row is counted from here). */
export const ROWS_ABOVE_LIST = 1 + SCREEN_TOP_ROWS;

/** Rows a list may use in a terminal of `rows` lines (the one spare line keeps Ink from redrawing everything). */
export function listRows(rows: number): number {
	return Math.max(1, rows - 1 - CHROME_ROWS - SCREEN_TOP_ROWS);
}

/** True when the terminal is too small for the screens. */
export function tooSmall(columns: number, rows: number): boolean {
	return columns < MIN_COLUMNS || rows < MIN_ROWS;
}

/** Widths for columns: fixed ones keep their width, the rest share what is left by weight. */
export function columnWidths(total: number, columns: ReadonlyArray<{fixed: number} | {weight: number}>): number[] {
	const fixed = columns.reduce((n, c) => n + ('fixed' in c ? c.fixed : 0), 0);
	const gaps = columns.length - 1;
	const free = Math.max(0, total - fixed - gaps);
	const weights = columns.reduce((n, c) => n + ('weight' in c ? c.weight : 0), 0);
	let left = free;
	const widths = columns.map(c => {
		if ('fixed' in c) return c.fixed;
		const w = Math.floor((free * c.weight) / weights);
		left -= w;
		return w;
	});
	// Rounding leftovers go to the first flexible column.
	const first = columns.findIndex(c => 'weight' in c);
	if (first >= 0) widths[first]! += left;
	return widths;
}
