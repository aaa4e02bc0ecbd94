/**
 * The cursor of the list that has the keyboard: moved by keys and the wheel, kept in view when the
 * terminal changes size, and put back on a row it may rest on when a list changes under it.
 */
import type {Command} from './keymap.js';
import {currentList} from './current-list.js';
import {isDataDetail} from './data-lines.js';
import {firstSelectable, moveCursor, type Move, reveal, revealSpan} from './list-window.js';
import type {UiState} from './ui-state.js';

const MOVES: Partial<Record<Command, Move>> = {
	up: {by: -1},
	down: {by: 1},
	pageUp: {pages: -1},
	pageDown: {pages: 1},
	top: {to: 'top'},
	bottom: {to: 'bottom'},
};

/** A move command (↑ ↓ PgUp PgDn g G) applied to the current list; any other command changes nothing. */
export function move(state: UiState, command: Command | null): UiState {
	const how = command === null ? undefined : MOVES[command];
	return how ? moveBy(state, how) : state;
}

/** The current list's cursor moved, its window scrolled to keep it (and the lines shown with its row) in view. */
export function moveBy(state: UiState, how: Move): UiState {
	const list = currentList(state);
	if (!how || !list) return state;
	const height = list.height ?? state.viewport;
	let next = moveCursor(state.lists[list.id], how, list.length, height, list.skip);
	if (list.span) next = revealSpan(next, ...list.span(next.cursor), height);
	return next === state.lists[list.id] ? state : {...state, lists: {...state.lists, [list.id]: next}};
}

/** The current list's window scrolled to keep its cursor in view (after a resize). */
export function revealCurrent(state: UiState): UiState {
	const list = currentList(state);
	if (!list) return state;
	const next = reveal(state.lists[list.id], list.length, list.height ?? state.viewport);
	return next === state.lists[list.id] ? state : {...state, lists: {...state.lists, [list.id]: next}};
}

/** Puts the Stopped cursor on its first entry (never on a heading) after the list changed. */
export function settleStopped(state: UiState): UiState {
	if (!state.data) return state;
	const rows = state.data.stopped(state.profile, state.stoppedFilter);
	const cursor = firstSelectable(rows.length, i => rows[i]?.kind === 'heading');
	return {...state, lists: {...state.lists, stopped: {cursor, offset: 0}}};
}

/** Puts the Data cursor on a table (the list starts with a category heading). */
export function settleData(state: UiState): UiState {
	const lines = state.data!.dataLines(state.expandedTables);
	const list = state.lists.data;
	if (!isDataDetail(lines, list.cursor)) return state;
	return {...state, lists: {...state.lists, data: {cursor: firstSelectable(lines.length, i => isDataDetail(lines, i)), offset: list.offset}}};
}
