/**
 * The frame's fixed lines. Ink 6 clears and redraws the whole screen when a frame is as tall as the
 * terminal, so every frame stays at most `rows - 1` lines: header + screen top + list + status bar.
 */

/** Smallest terminal the screens are laid out for; below it a "too small" message shows instead. */
export const MIN_COLUMNS = 60;
export const MIN_ROWS = 15;

/** From this width on, a pane beside the list shows the row under the cursor in full. */
export const DETAIL_MIN_COLUMNS = 140;

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
