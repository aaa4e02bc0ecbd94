import {keyHelpLines} from './key-help.js';
import {SCREENS} from './screen-registry.js';
import type {ListId, UiState} from './ui-state.js';

/** The list that has the keyboard: which one, how long, and which rows the cursor skips. */
export interface ListModel {
	id: ListId;
	length: number;
	skip?: (index: number) => boolean;
	/** The lines shown with the row at `index` (its heading, its detail lines), kept in view when scrolling. */
	span?: (index: number) => [number, number];
	/** `[position, count]` of the cursor when counting the rows one by one (`skip`) would take too long. */
	position?: (index: number) => [number, number];
	/** Rows the list shows at once, when not the whole viewport (the rows viewer keeps lines for its pane). */
	height?: number;
	/** The status bar shows no position (a list scrolled by its top line, as Stats). */
	unnumbered?: boolean;
}

const HELP_LINES = keyHelpLines().length;

/** The list the arrow keys move on the current screen (help has its own), or null before loading. */
export function currentList(state: UiState): ListModel | null {
	// Help scrolls by its top line: the cursor is the first line shown.
	if (state.help) return {id: 'help', length: Math.max(1, HELP_LINES - state.viewport)};
	const data = state.data;
	if (!data) return null;
	return SCREENS[state.screen].list(state, data);
}

/** `[position, count]` of the cursor for the status bar, counting only rows the cursor can rest on. */
export function listPosition(state: UiState): [number, number] | null {
	const list = currentList(state);
	if (!list || list.id === 'help' || list.unnumbered) return null;
	const cursor = state.lists[list.id].cursor;
	if (list.position) return list.position(cursor);
	if (!list.skip) return [list.length === 0 ? 0 : cursor + 1, list.length];
	let count = 0;
	let position = 0;
	for (let i = 0; i < list.length; i++) {
		if (list.skip(i)) continue;
		count++;
		if (i <= cursor) position = count;
	}
	return [position, count];
}
