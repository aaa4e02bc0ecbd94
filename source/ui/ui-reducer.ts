import {commandFor, isScreenCommand, isText, type Command, type KeyPress} from './keymap.js';
import {splitKeys, type KeyEvent, type MouseReport} from './key-reader.js';
import {ROWS_ABOVE_LIST} from './layout.js';
import type {StopGroup} from '../query/stopped-list.js';
import type {StoppedSort} from './screen-data.js';
import {currentList} from './current-list.js';
import {dataSpan, isDataDetail} from './data-lines.js';
import {firstSelectable, LIST_START, moveCursor, reveal, revealSpan, type Move} from './list-window.js';
import {showKey, showKeyOf} from '../model/library.js';
import {parsePeriod, rowForPeriod} from '../query/history-months.js';
import {startedAt} from '../text/format.js';
import {stopRow} from './show-rows.js';
import {SCREENS, screenContexts, stepTab, tabFor} from './screen-registry.js';
import type {TabId} from './screens.js';
import {historyView, readyState, resetLists, type ListId, type RowsView, type UiAction, type UiState} from './ui-state.js';

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
			// Figures only go up (a late report from before the app took over must not move them back).
			return state.phase.name === 'loading'
				? {...state, phase: {...state.phase, fraction: Math.max(state.phase.fraction, action.fraction), rows: Math.max(state.phase.rows, action.rows)}}
				: state;
		case 'indexing':
			return state.phase.name === 'loading' ? {...state, phase: {...state.phase, fraction: 1, indexing: true}} : state;
		case 'loaded':
			return settleStopped(readyState(state, action.data));
		case 'failed':
			return {...state, error: action.error};
		case 'dataReady':
			return state.screen === 'data' ? settleData(state) : state;
		case 'statsProgress':
			// Drawn again only where it shows: the Stats screen's "computing…" line, or its report once made.
			return state.screen === 'stats' && !state.help ? {...state} : state;
		case 'key': {
			// Keys typed faster than the terminal is read (or sent by tmux, or pasted) arrive as one string:
			// `/strnger` is six keys, `lupin\r` six, each applied to the state the one before left.
			const keys = Object.values(action.key).some(Boolean) ? [{input: action.input, key: action.key}] : splitKeys(action.input);
			return keys.reduce(onEvent, state);
		}
		case 'keys':
			return action.keys.reduce(onEvent, state);
	}
}

function onEvent(state: UiState, event: KeyEvent): UiState {
	if (event.mouse) return state.phase.name === 'ready' ? onMouse(state, event.mouse) : state;
	if (event.paste) return state.phase.name === 'ready' && state.screen === 'search' && state.typing && !state.help ? insert(state, pasteText(event.input)) : state;
	return onKey(state, event.input, event.key);
}

/** Lines a wheel step scrolls (as most terminal apps). */
const WHEEL_ROWS = 3;

/** The wheel moves the list (or help) as the arrow keys do; a click puts the cursor on the row clicked. */
function onMouse(state: UiState, mouse: MouseReport): UiState {
	if (mouse.kind !== 'press') return moveBy(state, {by: mouse.kind === 'wheelUp' ? -WHEEL_ROWS : WHEEL_ROWS});
	const list = currentList(state);
	if (!list || list.id === 'help') return state;
	const line = mouse.y - 1 - ROWS_ABOVE_LIST;
	const current = state.lists[list.id];
	const row = current.offset + line;
	if (line < 0 || line >= state.viewport || row >= list.length || list.skip?.(row)) return state;
	return {...state, lists: {...state.lists, [list.id]: {cursor: row, offset: current.offset}}};
}

/** Pasted text as one query line: escape sequences go, line breaks and tabs become spaces, other control characters go. */
function pasteText(text: string): string {
	return text
		.replace(/\u001b(?:\[[\u0020-\u003f]*[\u0040-\u007e]?|O.?|.)?/gs, '')
		.replace(/[\r\n\t]+/g, ' ')
		.replace(/[\u0000-\u001f\u007f]/g, '');
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
	// What the last go-to said shows until the next key.
	if (state.historyNote !== null) state = {...state, historyNote: null};
	if (state.screen === 'history' && state.historyJump !== null) return editHistoryJump(state, input, key);
	if (state.screen === 'history' && state.filtering) return editHistoryFilter(state, input, key);
	const filtering = state.screen === 'rows' && state.rowsView?.filtering === true;
	const typing = SCREENS[state.screen].typing?.(state) ?? false;
	const command = commandFor(input, key, screenContexts(state.screen), typing);
	if (filtering) {
		// The filter is a plain line: the query's editing keys edit it (Backspace, Delete), nothing else moves.
		if (command === null || QUERY_EDITS.includes(command)) return editFilter(state, input, key);
		// Enter keeps the filter, Esc drops it; either gives the keys back to the list.
		if (command === 'open') return withRowsView(state, {filtering: false});
		if (command === 'back') return withRowsView(state, {filtering: false, filter: ''}, true);
	}
	if (command === null) return typing ? edit(state, input, key) : state;
	return run(state, command);
}

/** The commands that edit the search query (readline's keys). */
const QUERY_EDITS: readonly Command[] = ['cursorLeft', 'cursorRight', 'lineStart', 'lineEnd', 'deleteBack', 'deleteForward', 'deleteWord', 'deleteToStart', 'deleteToEnd'];

function run(state: UiState, command: Command): UiState {
	if (isScreenCommand(command)) {
		const tab = tabFor(command);
		return tab ? goTab(state, tab) : state;
	}
	switch (command) {
		case 'quit':
			return {...state, quit: true};
		case 'help':
			return {...state, help: true, lists: resetLists(state, ['help'])};
		case 'back':
			return goBack(state);
		case 'search':
			// On the results already: type into the same query again. On a table's rows: filter them.
			if (state.screen === 'search') return {...state, typing: true, queryCursor: [...state.query].length};
			if (state.screen === 'rows') return withRowsView(state, {filtering: true, detail: false});
			return {
				...state,
				screen: 'search',
				tab: 'search',
				typing: true,
				back: [...state.back, {screen: state.screen, tab: state.tab}],
				query: '',
				queryCursor: 0,
				hits: hitsFor(state, '', state.profile),
				lists: resetLists(state, ['search']),
			};
		case 'nextScreen':
		case 'prevScreen':
			return goTab(state, stepTab(state.tab, command === 'nextScreen' ? 1 : -1));
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
		case 'filter':
			return {...state, filtering: true};
		case 'jump':
			return state.screen === 'history' ? {...state, historyJump: ''} : state;
		case 'details':
			return {...state, detail: !state.detail};
		case 'sort':
			if (state.screen === 'history') return {...state, historyOldest: !state.historyOldest, lists: resetLists(state, ['history'])};
			return settleStopped({...state, stoppedFilter: {...state.stoppedFilter, sort: SORTS[(SORTS.indexOf(state.stoppedFilter.sort ?? 'newest') + 1) % SORTS.length]}});
		case 'cycleSection': {
			const at = SECTIONS.indexOf(state.stoppedFilter.group);
			return settleStopped({...state, stoppedFilter: {...state.stoppedFilter, group: SECTIONS[(at + 1) % SECTIONS.length]}});
		}
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
		case 'cursorLeft':
		case 'cursorRight':
		case 'lineStart':
		case 'lineEnd':
		case 'deleteBack':
		case 'deleteForward':
		case 'deleteWord':
		case 'deleteToStart':
		case 'deleteToEnd':
			return editLine(state, command);
		case 'up':
		case 'down':
		case 'pageUp':
		case 'pageDown':
		case 'top':
		case 'bottom':
			return move(state, command);
		default:
			// Every command is handled above: a new one fails to compile here until it is.
			return command satisfies never;
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
	return how ? moveBy(state, how) : state;
}

function moveBy(state: UiState, how: Move): UiState {
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
			const list = data.history(state.profile, historyView(state));
			const row = data.historyLines(state.profile, historyView(state)).rowAt(cursor('history'));
			const index = list.length - 1 - row;
			const viewing = row >= 0 && index >= 0 ? list.at(index) : undefined;
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
		default:
			// Nothing to open on the other screens (Stats, and one newly added).
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
	if (!state.data!.statsReady()) return state;
	const years = state.data!.stats(state.profile, null).years.map(y => Number(y.period));
	if (years.length === 0) return state;
	const at = state.stats.year === null ? years.length : years.indexOf(state.stats.year);
	const next = Math.max(0, at + step);
	const year = next >= years.length ? null : years[next]!;
	if (year === state.stats.year) return state;
	return {...state, stats: {...state.stats, year}};
}

/** Opens a show scrolled to where the profile (or, for all profiles, the newest of them) stopped, that row under the cursor. */
function openShow(state: UiState, key: string): UiState {
	const data = state.data!;
	const cursor = stopRow(data.showRows(key, state.profile), data.stoppedIn(key, state.profile));
	// The stop in the middle of the window, so the episodes around it show too.
	const offset = Math.max(0, cursor - Math.floor(state.viewport / 2));
	const list = reveal({cursor, offset}, data.showRows(key, state.profile).length, state.viewport);
	return {...state, screen: 'show', showKey: key, back: [...state.back, {screen: state.screen, tab: state.tab}], lists: {...state.lists, show: list}};
}

function goBack(state: UiState): UiState {
	if (state.detail) return {...state, detail: false};
	// On a row in full: back to the rows. Leaving the table masks its values again.
	if (state.screen === 'rows' && state.rowsView?.detail) return withRowsView(state, {detail: false});
	if (state.screen === 'rows') state = {...state, rowsView: null};
	if (state.back.length === 0) return state.screen === 'search' ? goTab(state, 'stopped') : state;
	const {screen, tab} = state.back.at(-1)!;
	// Back on the results from a show: browsing them, not typing (so `q` quits, `j` moves).
	return {...state, screen, tab, typing: false, back: state.back.slice(0, -1)};
}

function goTab(state: UiState, tab: TabId): UiState {
	const next: UiState = {...state, screen: tab, tab, typing: tab === 'search', back: [], rowsView: null, detail: false};
	if (tab === 'search' && state.query.trim() === '') next.hits = hitsFor(state, '', state.profile);
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
	const hits = hitsFor({...state, data}, state.query, profile);
	return settleStopped({...state, profile, hits, stats: {...state.stats, year: null}, lists: resetLists(state, ['stopped', 'search', 'history', 'show', 'stats'])});
}

/** A key that is no command, while typing: a character typed at the cursor. */
function edit(state: UiState, input: string, key: KeyPress): UiState {
	return isText(input, key) ? insert(state, input) : state;
}

/** Types `text` at the query's cursor. */
function insert(state: UiState, text: string): UiState {
	const chars = [...state.query];
	chars.splice(state.queryCursor, 0, ...text);
	return withQuery(state, chars.join(''), state.queryCursor + [...text].length);
}

/** The shell-line keys of the query (readline's): cursor moves and deletions. */
function editLine(state: UiState, command: Command): UiState {
	const chars = [...state.query];
	const at = Math.min(state.queryCursor, chars.length);
	const cut = (from: number, to: number, cursor: number) => withQuery(state, [...chars.slice(0, from), ...chars.slice(to)].join(''), cursor);
	switch (command) {
		case 'cursorLeft':
			return withQuery(state, state.query, Math.max(0, at - 1));
		case 'cursorRight':
			return withQuery(state, state.query, Math.min(chars.length, at + 1));
		case 'lineStart':
			return withQuery(state, state.query, 0);
		case 'lineEnd':
			return withQuery(state, state.query, chars.length);
		case 'deleteBack':
			return at === 0 ? state : cut(at - 1, at, at - 1);
		case 'deleteForward':
			return cut(at, at + 1, at);
		case 'deleteWord': {
			// Back over spaces, then over the word before them (readline's unix-word-rubout).
			let from = at;
			while (from > 0 && /\s/u.test(chars[from - 1]!)) from--;
			while (from > 0 && !/\s/u.test(chars[from - 1]!)) from--;
			return cut(from, at, from);
		}
		case 'deleteToStart':
			return cut(0, at, 0);
		case 'deleteToEnd':
			return cut(at, chars.length, at);
		default:
			return state;
	}
}

/** The query and its cursor set; when the text changed (and only then) the search runs again. */
function withQuery(state: UiState, query: string, queryCursor: number): UiState {
	if (query === state.query) return queryCursor === state.queryCursor ? state : {...state, queryCursor};
	const hits = hitsFor(state, query, state.profile);
	return {...state, query, queryCursor, hits, lists: resetLists(state, ['search'])};
}

/** The search's hits: every title (newest first) for an empty query, as fzf lists everything before you type. */
function hitsFor(state: UiState, query: string, profile: string | null) {
	const index = state.data!.index;
	return query.trim() === '' ? index.all(profile ?? undefined) : index.search(query, SEARCH_LIMIT, profile ?? undefined);
}

const SORTS: readonly StoppedSort[] = ['newest', 'show', 'profile'];
/** `s` on Stopped: each section alone, then all of them (undefined). */
const SECTIONS: ReadonlyArray<StopGroup | undefined> = [undefined, 'mid-episode', 'next-up', 'movie'];

/**
 * A key while the History filter is typed: text edits it (the list narrows on every key), Enter keeps
 * it and gives the keys back to the list, Esc clears it; arrows still move.
 */
function editHistoryFilter(state: UiState, input: string, key: KeyPress): UiState {
	if (key.return) return {...state, filtering: false};
	if (key.escape) return {...state, filtering: false, historyFilter: '', lists: resetLists(state, ['history'])};
	if (key.ctrl && input === 'c') return {...state, quit: true};
	let text = state.historyFilter;
	if (key.backspace || key.delete) text = [...text].slice(0, -1).join('');
	else if (isText(input, key)) text += input;
	else return move(state, commandFor(input, key, ['list'], true));
	return text === state.historyFilter ? state : {...state, historyFilter: text, lists: resetLists(state, ['history'])};
}

/** Longest text the go-to prompt takes (`15 September 2024` is 17). */
const JUMP_MAX = 30;

/** A key while the History go-to prompt is open: text edits it, Enter goes (or says what is wrong), Esc closes it. */
function editHistoryJump(state: UiState, input: string, key: KeyPress): UiState {
	const typed = state.historyJump ?? '';
	if (key.escape) return {...state, historyJump: null};
	if (key.ctrl && input === 'c') return {...state, quit: true};
	if (key.return) return jumpTo(state, typed);
	let text = typed;
	if (key.backspace || key.delete) text = [...text].slice(0, -1).join('');
	else if (isText(input, key)) text = [...(text + input)].slice(0, JUMP_MAX).join('');
	return text === typed ? state : {...state, historyJump: text};
}

/**
 * Moves the History cursor to the first viewing of a typed period as the list is shown (newest first:
 * the newest in it), its month separator at the top; when the period has none, to the nearest one past
 * it, and says so. A date that does not parse keeps the prompt open with what is wrong.
 */
function jumpTo(state: UiState, text: string): UiState {
	const data = state.data!;
	const datesOnly = data.view.loaded.datesOnly;
	const period = parsePeriod(text, datesOnly);
	if (typeof period === 'string') return {...state, historyNote: period};
	const view = historyView(state);
	const list = data.history(state.profile, view);
	const n = list.length;
	const startAt = (row: number) => list.startAt(n - 1 - row);
	const found = rowForPeriod(startAt, n, period);
	const past = state.historyOldest ? 'after' : 'before';
	const closed = {...state, historyJump: null};
	if (!found) return {...closed, historyNote: n === 0 ? 'No viewings to go to.' : `No viewing in or ${past} ${period.label}.`};
	const lines = data.historyLines(state.profile, view);
	const line = lines.lineOf(found.index);
	const top = line > 0 && lines.isSeparator(line - 1) ? line - 1 : line;
	const history = reveal({cursor: line, offset: top}, lines.length, state.viewport);
	const note = found.exact ? null : `No viewing in ${period.label}; the nearest ${past} it: ${startedAt(startAt(found.index), datesOnly).slice(0, 10)}.`;
	return {...closed, historyNote: note, lists: {...state.lists, history}};
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
