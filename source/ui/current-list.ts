import {dataSpan, isDataDetail} from './data-lines.js';
import {keyHelpLines} from './keymap.js';
import {rowsListHeight} from './rows-view.js';
import {historyView, type ListId, type UiState} from './ui-state.js';

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
}

const HELP_LINES = keyHelpLines().length;

/** The list the arrow keys move on the current screen (help has its own), or null before loading. */
export function currentList(state: UiState): ListModel | null {
	// Help scrolls by its top line: the cursor is the first line shown.
	if (state.help) return {id: 'help', length: Math.max(1, HELP_LINES - state.viewport)};
	const data = state.data;
	if (!data) return null;
	switch (state.screen) {
		case 'stopped': {
			const rows = data.stopped(state.profile, state.stoppedFilter);
			return {id: 'stopped', length: rows.length, skip: i => rows[i]?.kind === 'heading'};
		}
		case 'search':
			return {id: 'search', length: state.hits.length};
		case 'history': {
			// Lines are viewings and month separators; a viewing keeps the separator above it in view.
			const lines = data.historyLines(state.profile, historyView(state));
			return {
				id: 'history',
				length: lines.length,
				skip: i => lines.isSeparator(i),
				span: i => [i > 0 && lines.isSeparator(i - 1) ? i - 1 : i, i],
				position: i => [lines.rows === 0 ? 0 : Math.max(0, lines.rowAt(i)) + 1, lines.rows],
			};
		}
		case 'profiles':
			return {id: 'profiles', length: data.profileRows().length};
		case 'show':
			return {id: 'show', length: state.showKey === null ? 0 : data.showRows(state.showKey, state.profile).length};
		case 'stats': {
			// Scrolls by its top line, as help does: the cursor is the first line shown. Nothing to scroll while computing.
			if (!data.statsReady()) return {id: 'stats', length: 1};
			const lines = data.statsLines(state.profile, state.stats).length;
			return {id: 'stats', length: Math.max(1, lines - state.viewport + 1)};
		}
		case 'data': {
			// Until the overview is read, the Data screen says so and has no rows to move over.
			if (!data.overviewReady) return {id: 'data', length: 0};
			const lines = data.dataLines(state.expandedTables);
			return {id: 'data', length: lines.length, skip: i => isDataDetail(lines, i), span: i => dataSpan(lines, i)};
		}
		case 'rows': {
			const view = state.rowsView;
			if (!view) return {id: 'rows', length: 0};
			const order = data.rowOrder(view.path, view.filter, view.sort, view.revealed);
			if (view.detail) {
				const row = order[state.lists.rows.cursor];
				// Scrolled by its top line, like help: the cursor is the first line shown.
				const lines = row === undefined ? 0 : data.rowDetail(view.path, row, view.revealed, state.columns).length;
				return {id: 'rowDetail', length: Math.max(1, lines - state.viewport + 1)};
			}
			return {id: 'rows', length: order.length, height: rowsListHeight(state.viewport)};
		}
	}
}

/** `[position, count]` of the cursor for the status bar, counting only rows the cursor can rest on. */
export function listPosition(state: UiState): [number, number] | null {
	const list = currentList(state);
	if (!list || list.id === 'help' || list.id === 'stats') return null;
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
