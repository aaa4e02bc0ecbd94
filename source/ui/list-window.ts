/**
 * A list's cursor and its visible window, as pure functions. The reducer owns one `ListState` per
 * list; screens render only rows `offset … offset + height - 1`, so 250k rows cost the same as 20.
 */

/** Cursor and first visible row of a list. */
export interface ListState {
	cursor: number;
	offset: number;
}

/** The start of a list. */
export const LIST_START: ListState = {cursor: 0, offset: 0};

/** How a move is asked for: by rows, by pages, or to an end. */
export type Move = {by: number} | {pages: number} | {to: 'top' | 'bottom'};

/**
 * Moves the cursor within `length` rows and scrolls the window of `height` rows just enough to keep
 * it visible. `skip(i)` marks rows the cursor cannot rest on (section headings).
 */
export function moveCursor(list: ListState, move: Move, length: number, height: number, skip?: (index: number) => boolean): ListState {
	if (length <= 0) return LIST_START;
	const page = Math.max(1, height - 1);
	let target: number;
	let direction: number;
	if ('to' in move) {
		target = move.to === 'top' ? 0 : length - 1;
		direction = move.to === 'top' ? 1 : -1;
	} else {
		const delta = 'by' in move ? move.by : move.pages * page;
		target = list.cursor + delta;
		direction = delta >= 0 ? 1 : -1;
	}
	target = clamp(target, 0, length - 1);
	if (skip) target = settle(target, direction, length, skip);
	return reveal({cursor: target, offset: list.offset}, length, height);
}

/** Keeps the cursor inside the list and the window inside the rows (after a resize or new data). */
export function reveal(list: ListState, length: number, height: number): ListState {
	if (length <= 0) return LIST_START;
	const rows = Math.max(1, height);
	const cursor = clamp(list.cursor, 0, length - 1);
	let offset = clamp(list.offset, 0, Math.max(0, length - rows));
	if (cursor < offset) offset = cursor;
	if (cursor >= offset + rows) offset = cursor - rows + 1;
	return cursor === list.cursor && offset === list.offset ? list : {cursor, offset};
}

/**
 * Scrolls so rows `first … last` (an item of several lines, with its heading) show as far as the window
 * allows, never hiding the cursor; the start wins when the item is taller than the window.
 */
export function revealSpan(list: ListState, first: number, last: number, height: number): ListState {
	const rows = Math.max(1, height);
	let offset = list.offset;
	if (last >= offset + rows) offset = Math.min(list.cursor, last - rows + 1);
	if (first < offset) offset = Math.max(first, list.cursor - rows + 1);
	offset = Math.max(0, offset);
	return offset === list.offset ? list : {cursor: list.cursor, offset};
}

/** The first row the cursor may rest on, starting at `from`. */
export function firstSelectable(length: number, skip?: (index: number) => boolean): number {
	if (!skip) return 0;
	return settle(0, 1, length, skip);
}

function settle(index: number, direction: number, length: number, skip: (index: number) => boolean): number {
	for (let i = index; i >= 0 && i < length; i += direction) if (!skip(i)) return i;
	for (let i = index; i >= 0 && i < length; i -= direction) if (!skip(i)) return i;
	return index;
}

function clamp(n: number, low: number, high: number): number {
	return Math.min(high, Math.max(low, n));
}
