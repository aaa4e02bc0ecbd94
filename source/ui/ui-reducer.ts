import {commandFor, isText, type Command, type KeyContext, type KeyPress} from './keymap.js';
import {currentList} from './current-list.js';
import {dataSpan, isDataDetail} from './data-lines.js';
import {firstSelectable, LIST_START, moveCursor, reveal, revealSpan, type Move} from './list-window.js';
import {showKey, showKeyOf} from '../model/library.js';
import {stepTab, TABS, type TabId} from './screens.js';
import {readyState, resetLists, type ListId, type RowsView, type UiAction, type UiState} from './ui-state.js';

/** Most hits a search lists (the best come first; nobody reads hit 200). */
export const SEARCH_LIMIT = 200;

/**
 * The one reducer of the explorer. Key presses arrive raw and are resolved here against the current
 * state, so keys typed faster than React renders are each applied to the state left by the one before.
 */
export function uiReducer(state: UiState, action: UiAction): UiState {
	switch (action.type) {
		case 'viewport':
			return revealCurrent({...state, viewport: Math.max(1, action.rows), columns: action.columns ?? state.columns});
		case 'progress':
			return state.phase.name === 'loading' ? {...state, phase: {...state.phase, fraction: action.fraction, rows: action.rows}} : state;
		case 'indexing':
			return state.phase.name === 'loading' ? {...state, phase: {...state.phase, fraction: 1, indexing: true}} : state;
		case 'loaded':
			return settleStopped(readyState(state, action.data));
		case 'failed':
			return {...state, error: action.error};
		case 'dataReady':
			return state.screen === 'data' ? settleData(state) : state;
		case 'key': {
			// Keys typed faster than the terminal is read (or sent by tmux, or pasted) arrive as one string:
			// `/strnger` is six keys, each applied to the state the one before left.
			const chars = isText(action.input, action.key) ? [...action.input] : [action.input];
			return chars.reduce((s, input) => onKey(s, input, action.key), state);
		}
	}
}

function onKey(state: UiState, input: string, key: KeyPress): UiState {
	const phase = state.phase;
	if (phase.name === 'welcome') {
		const command = commandFor(input, key, ['welcome', 'list']);
		if (command === 'quit') return {...state, quit: true};
		const path = command === 'demo' ? phase.demoPath : command === 'open' ? phase.found[0] : undefined;
		return path ? {...state, phase: {name: 'loading', path, fraction: 0, rows: 0, indexing: false}} : state;
	}
	if (phase.name === 'loading') return commandFor(input, key, []) === 'quit' ? {...state, quit: true} : state;
	if (state.help) {
		const command = commandFor(input, key, ['list']);
		if (command === 'help' || command === 'back') return {...state, help: false};
		return command === 'quit' ? {...state, quit: true} : move(state, command);
	}
	const filtering = state.screen === 'rows' && state.rowsView?.filtering === true;
	const typing = (state.screen === 'search' && state.typing) || filtering;
	const command = commandFor(input, key, screenContexts(state.screen), typing);
	if (filtering) {
		if (command === null) return editFilter(state, input, key);
		// Enter keeps the filter, Esc drops it; either gives the keys back to the list.
		if (command === 'open') return withRowsView(state, {filtering: false});
		if (command === 'back') return withRowsView(state, {filtering: false, filter: ''}, true);
	}
	if (command === null) return typing ? edit(state, input, key) : state;
	return run(state, command);
}

/** The key contexts of a screen: every list's keys, and the screen's own. */
export function screenContexts(screen: UiState['screen']): KeyContext[] {
	if (screen === 'stopped') return ['list', 'stopped'];
	if (screen === 'data') return ['list', 'data'];
	if (screen === 'stats') return ['list', 'stats'];
	if (screen === 'rows') return ['list', 'rows'];
	return ['list'];
}

function run(state: UiState, command: Command): UiState {
	switch (command) {
		case 'quit':
			return {...state, quit: true};
		case 'help':
			return {...state, help: true, lists: resetLists(state, ['help'])};
		case 'back':
			return goBack(state);
		case 'search':
			// On the results already: type into the same query again. On a table's rows: filter them.
			if (state.screen === 'search') return {...state, typing: true};
			if (state.screen === 'rows') return withRowsView(state, {filtering: true, detail: false});
			return {...state, screen: 'search', tab: 'search', typing: true, back: [...state.back, {screen: state.screen, tab: state.tab}], query: '', hits: [], lists: resetLists(state, ['search'])};
		case 'nextScreen':
		case 'prevScreen':
			return goTab(state, stepTab(state.tab, command === 'nextScreen' ? 1 : -1));
		case 'screen1':
		case 'screen2':
		case 'screen3':
		case 'screen4':
		case 'screen5':
		case 'screen6':
			return goTab(state, TABS[Number(command.slice(-1)) - 1]!.id);
		case 'cycleProfile': {
			const profiles = state.data!.profiles;
			const profile = profiles[(profiles.indexOf(state.profile) + 1) % profiles.length]!;
			return withProfile(state, profile);
		}
		case 'toggleAbandoned':
			return settleStopped({...state, stoppedFilter: {...state.stoppedFilter, abandoned: !state.stoppedFilter.abandoned}});
		case 'toggleFinished':
			return settleStopped({...state, stoppedFilter: {...state.stoppedFilter, finished: !state.stoppedFilter.finished}});
		case 'statsYearBack':
		case 'statsYearForward':
			return stepYear(state, command === 'statsYearBack' ? -1 : 1);
		case 'statsMonths':
			return {...state, stats: {...state.stats, months: !state.stats.months}, lists: resetLists(state, ['stats'])};
		case 'open':
			return open(state);
		case 'demo':
			return state;
		case 'toggleColumns':
			return state.screen === 'data' ? toggleTable(state) : state;
		case 'columnLeft':
		case 'columnRight':
			return pickColumn(state, command === 'columnLeft' ? -1 : 1);
		case 'sortColumn':
			return sortRows(state);
		case 'reveal':
			return state.rowsView ? withRowsView(state, {revealed: !state.rowsView.revealed}) : state;
		default:
			return move(state, command);
	}
}

const MOVES: Partial<Record<Command, Move>> = {
	up: {by: -1},
	down: {by: 1},
	pageUp: {pages: -1},
	pageDown: {pages: 1},
	top: {to: 'top'},
	bottom: {to: 'bottom'},
};

function move(state: UiState, command: Command | null): UiState {
	const how = command === null ? undefined : MOVES[command];
	const list = currentList(state);
	if (!how || !list) return state;
	const height = list.height ?? state.viewport;
	let next = moveCursor(state.lists[list.id], how, list.length, height, list.skip);
	if (list.span) next = revealSpan(next, ...list.span(next.cursor), height);
	return next === state.lists[list.id] ? state : {...state, lists: {...state.lists, [list.id]: next}};
}

function open(state: UiState): UiState {
	const data = state.data!;
	const cursor = (id: ListId) => state.lists[id].cursor;
	switch (state.screen) {
		case 'stopped': {
			const row = data.stopped(state.profile, state.stoppedFilter)[cursor('stopped')];
			return row?.kind === 'entry' ? openShow(state, row.point.show.key) : state;
		}
		case 'search': {
			const hit = state.hits[cursor('search')];
			return hit ? openShow(state, hit.show.key) : state;
		}
		case 'history': {
			const list = data.history(state.profile);
			const index = list.length - 1 - cursor('history');
			const viewing = index >= 0 ? list.at(index) : undefined;
			// A bare title is the film, not the series of that name; a trailer of the series titled alike opens the series.
			const key = viewing ? [showKeyOf(viewing.parsed), showKey(viewing.parsed.show)].find(k => data.show(k)) : undefined;
			return key ? openShow(state, key) : state;
		}
		case 'profiles': {
			const row = data.profileRows()[cursor('profiles')];
			return row ? withProfile(state, row.profile) : state;
		}
		case 'show':
			return state;
		case 'data':
			return openRows(state);
		case 'rows':
			return state.rowsView ? {...withRowsView(state, {detail: !state.rowsView.detail}), lists: {...state.lists, rowDetail: LIST_START}} : state;
		case 'stats':
			return state;
	}
}

/** Enter on a Data table opens its rows (masked), or does nothing on Netflix's empty placeholder. */
function openRows(state: UiState): UiState {
	if (!state.data!.overviewReady) return state;
	const line = state.data!.dataLines(state.expandedTables)[state.lists.data.cursor];
	if (line?.kind !== 'table' || line.table.empty) return state;
	const rowsView = {path: line.table.path, column: 0, sort: null, filter: '', filtering: false, revealed: false, detail: false};
	return {...state, screen: 'rows', rowsView, back: [...state.back, {screen: state.screen, tab: state.tab}], lists: resetLists(state, ['rows', 'rowDetail'])};
}

/** The rows view changed; `fromTop` when the rows shown changed (filter, sort): the cursor goes back to the first. */
function withRowsView(state: UiState, change: Partial<RowsView>, fromTop = false): UiState {
	if (!state.rowsView) return state;
	const next = {...state, rowsView: {...state.rowsView, ...change}};
	return fromTop ? {...next, lists: resetLists(next, ['rows', 'rowDetail'])} : next;
}

/** ← and → pick the column to sort by. */
function pickColumn(state: UiState, step: number): UiState {
	const view = state.rowsView;
	const table = view ? state.data!.tableRows(view.path) : null;
	if (!view || !table || table.header.length === 0) return state;
	const column = Math.min(table.header.length - 1, Math.max(0, view.column + step));
	return column === view.column ? state : withRowsView(state, {column});
}

/** `s`: ascending by the picked column, then descending, then file order again. */
function sortRows(state: UiState): UiState {
	const view = state.rowsView;
	if (!view) return state;
	const sort = view.sort?.column !== view.column ? {column: view.column, descending: false} : view.sort.descending ? null : {column: view.column, descending: true};
	return withRowsView(state, {sort}, true);
}

/** Text typed into the rows filter. */
function editFilter(state: UiState, input: string, key: KeyPress): UiState {
	const view = state.rowsView!;
	let filter = view.filter;
	if (key.backspace || key.delete) filter = [...filter].slice(0, -1).join('');
	else if (isText(input, key)) filter += input;
	return filter === view.filter ? state : withRowsView(state, {filter}, true);
}

/** `c` on a Data table shows (or hides) its columns, and scrolls them into view. */
function toggleTable(state: UiState): UiState {
	if (!state.data!.overviewReady) return state;
	const line = state.data!.dataLines(state.expandedTables)[state.lists.data.cursor];
	if (line?.kind !== 'table') return state;
	const path = line.table.path;
	const expandedTables = state.expandedTables.includes(path) ? state.expandedTables.filter(p => p !== path) : [...state.expandedTables, path];
	const lines = state.data!.dataLines(expandedTables);
	const list = revealSpan(state.lists.data, ...dataSpan(lines, state.lists.data.cursor), state.viewport);
	return {...state, expandedTables, lists: {...state.lists, data: list}};
}

/**
 * The Stats screen's year: back from all time is the last year with viewings, forward from the last
 * year is all time again; the first year is as far back as it goes.
 */
function stepYear(state: UiState, step: number): UiState {
	const years = state.data!.stats(state.profile, null).years.map(y => Number(y.period));
	if (years.length === 0) return state;
	const at = state.stats.year === null ? years.length : years.indexOf(state.stats.year);
	const next = Math.max(0, at + step);
	const year = next >= years.length ? null : years[next]!;
	if (year === state.stats.year) return state;
	return {...state, stats: {...state.stats, year}};
}

function openShow(state: UiState, key: string): UiState {
	return {...state, screen: 'show', showKey: key, back: [...state.back, {screen: state.screen, tab: state.tab}], lists: resetLists(state, ['show'])};
}

function goBack(state: UiState): UiState {
	// On a row in full: back to the rows. Leaving the table masks its values again.
	if (state.screen === 'rows' && state.rowsView?.detail) return withRowsView(state, {detail: false});
	if (state.screen === 'rows') state = {...state, rowsView: null};
	if (state.back.length === 0) return state.screen === 'search' ? goTab(state, 'stopped') : state;
	const {screen, tab} = state.back.at(-1)!;
	// Back on the results from a show: browsing them, not typing (so `q` quits, `j` moves).
	return {...state, screen, tab, typing: false, back: state.back.slice(0, -1)};
}

function goTab(state: UiState, tab: TabId): UiState {
	const next: UiState = {...state, screen: tab, tab, typing: tab === 'search', back: [], rowsView: null};
	// The Data overview reads every other table (a big Clickstream takes seconds): the screen first says
	// so, Root reads the tables after that frame is drawn, then `dataReady` puts the cursor on a table.
	return tab === 'data' && state.data!.overviewReady ? settleData(next) : next;
}

/** Puts the Data cursor on a table (the list starts with a category heading). */
function settleData(state: UiState): UiState {
	const lines = state.data!.dataLines(state.expandedTables);
	const list = state.lists.data;
	if (!isDataDetail(lines, list.cursor)) return state;
	return {...state, lists: {...state.lists, data: {cursor: firstSelectable(lines.length, i => isDataDetail(lines, i)), offset: list.offset}}};
}

function withProfile(state: UiState, profile: string | null): UiState {
	const data = state.data!;
	const hits = state.query.trim() === '' ? [] : data.index.search(state.query, SEARCH_LIMIT, profile ?? undefined);
	return settleStopped({...state, profile, hits, stats: {...state.stats, year: null}, lists: resetLists(state, ['stopped', 'search', 'history', 'show', 'stats'])});
}

/** Text typed into the search: the query changes, so (and only then) the search runs. */
function edit(state: UiState, input: string, key: KeyPress): UiState {
	let query = state.query;
	if (key.backspace || key.delete) query = [...query].slice(0, -1).join('');
	else if (isText(input, key)) query += input;
	if (query === state.query) return state;
	const hits = query.trim() === '' ? [] : state.data!.index.search(query, SEARCH_LIMIT, state.profile ?? undefined);
	return {...state, query, hits, lists: resetLists(state, ['search'])};
}

/** Puts the Stopped cursor on its first entry (never on a heading) after the list changed. */
function settleStopped(state: UiState): UiState {
	if (!state.data) return state;
	const rows = state.data.stopped(state.profile, state.stoppedFilter);
	const cursor = firstSelectable(rows.length, i => rows[i]?.kind === 'heading');
	return {...state, lists: {...state.lists, stopped: {cursor, offset: 0}}};
}

function revealCurrent(state: UiState): UiState {
	const list = currentList(state);
	if (!list) return state;
	const next = reveal(state.lists[list.id], list.length, list.height ?? state.viewport);
	return next === state.lists[list.id] ? state : {...state, lists: {...state.lists, [list.id]: next}};
}

