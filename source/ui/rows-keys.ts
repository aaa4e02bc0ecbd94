/**
 * What keys do to a table's rows (the rows viewer opened from Data): open them, filter, pick and
 * sort a column, reveal, and one row in full.
 */
import {isText, type KeyPress} from './keymap.js';
import {LIST_START} from './list-window.js';
import {type RowsView, resetLists, type UiState} from './ui-state.js';

/** Opens a Data table's rows (masked), Esc coming back to Data. */
export function openRows(state: UiState, path: string): UiState {
	const rowsView = {path, column: 0, sort: null, filter: '', filtering: false, revealed: false, detail: false};
	return {...state, screen: 'rows', rowsView, back: [...state.back, {screen: state.screen, tab: state.tab}], lists: resetLists(state, ['rows', 'rowDetail'])};
}

/** The row under the cursor in full (from its first line), or the rows again. */
export function toggleRowDetail(state: UiState): UiState {
	return state.rowsView ? {...withRowsView(state, {detail: !state.rowsView.detail}), lists: {...state.lists, rowDetail: LIST_START}} : state;
}

/** The rows view changed; `fromTop` when the rows shown changed (filter, sort): the cursor goes back to the first. */
export function withRowsView(state: UiState, change: Partial<RowsView>, fromTop = false): UiState {
	if (!state.rowsView) return state;
	const next = {...state, rowsView: {...state.rowsView, ...change}};
	return fromTop ? {...next, lists: resetLists(next, ['rows', 'rowDetail'])} : next;
}

/** ← and → pick the column to sort by. */
export function pickColumn(state: UiState, step: number): UiState {
	const view = state.rowsView;
	const table = view ? state.data!.tableRows(view.path) : null;
	if (!view || !table || table.header.length === 0) return state;
	const column = Math.min(table.header.length - 1, Math.max(0, view.column + step));
	return column === view.column ? state : withRowsView(state, {column});
}

/** `s`: ascending by the picked column, then descending, then file order again. */
export function sortRows(state: UiState): UiState {
	const view = state.rowsView;
	if (!view) return state;
	const sort = view.sort?.column !== view.column ? {column: view.column, descending: false} : view.sort.descending ? null : {column: view.column, descending: true};
	return withRowsView(state, {sort}, true);
}

/** Text typed into the rows filter. */
export function editRowsFilter(state: UiState, input: string, key: KeyPress): UiState {
	const view = state.rowsView!;
	let filter = view.filter;
	if (key.backspace || key.delete) filter = [...filter].slice(0, -1).join('');
	else if (isText(input, key)) filter += input;
	return filter === view.filter ? state : withRowsView(state, {filter}, true);
}
