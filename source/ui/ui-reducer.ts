import {commandFor, isText, type Command, type KeyContext, type KeyPress} from './keymap.js';
import {splitKeys, type KeyEvent, type MouseReport} from './key-reader.js';
import {ROWS_ABOVE_LIST} from './layout.js';
import {currentList} from './current-list.js';
import {dataSpan, isDataDetail} from './data-lines.js';
import {firstSelectable, moveCursor, reveal, revealSpan, type Move} from './list-window.js';
import {showKey} from '../model/library.js';
import {stepTab, TABS, type TabId} from './screens.js';
import {readyState, resetLists, type ListId, type UiAction, type UiState} from './ui-state.js';

/** Most hits a search lists (the best come first; nobody reads hit 200). */
export const SEARCH_LIMIT = 200;

/**
 * The one reducer of the explorer. Key presses arrive raw and are resolved here against the current
 * state, so keys typed faster than React renders are each applied to the state left by the one before.
 */
export function uiReducer(state: UiState, action: UiAction): UiState {
	switch (action.type) {
		case 'viewport':
			return revealCurrent({...state, viewport: Math.max(1, action.rows)});
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
	const typing = state.screen === 'search' && state.typing;
	const contexts: KeyContext[] = state.screen === 'stopped' ? ['list', 'stopped'] : ['list'];
	const command = commandFor(input, key, contexts, typing);
	if (command === null) return typing ? edit(state, input, key) : state;
	return run(state, command);
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
			// On the results already: type into the same query again.
			if (state.screen === 'search') return {...state, typing: true, queryCursor: [...state.query].length};
			return {...state, screen: 'search', tab: 'search', typing: true, back: [...state.back, {screen: state.screen, tab: state.tab}], query: '', queryCursor: 0, hits: [], lists: resetLists(state, ['search'])};
		case 'nextScreen':
		case 'prevScreen':
			return goTab(state, stepTab(state.tab, command === 'nextScreen' ? 1 : -1));
		case 'screen1':
		case 'screen2':
		case 'screen3':
		case 'screen4':
		case 'screen5':
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
		case 'open':
			return open(state);
		case 'demo':
			return state;
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
	return how ? moveBy(state, how) : state;
}

function moveBy(state: UiState, how: Move): UiState {
	const list = currentList(state);
	if (!list) return state;
	let next = moveCursor(state.lists[list.id], how, list.length, state.viewport, list.skip);
	if (list.span) next = revealSpan(next, ...list.span(next.cursor), state.viewport);
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
			const key = viewing ? showKey(viewing.parsed.show) : undefined;
			return key && data.show(key) ? openShow(state, key) : state;
		}
		case 'profiles': {
			const row = data.profileRows()[cursor('profiles')];
			return row ? withProfile(state, row.profile) : state;
		}
		case 'show':
			return state;
		case 'data':
			return toggleTable(state);
	}
}

/** Enter on a Data table shows (or hides) its columns, and scrolls them into view. */
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

function openShow(state: UiState, key: string): UiState {
	return {...state, screen: 'show', showKey: key, back: [...state.back, {screen: state.screen, tab: state.tab}], lists: resetLists(state, ['show'])};
}

function goBack(state: UiState): UiState {
	if (state.back.length === 0) return state.screen === 'search' ? goTab(state, 'stopped') : state;
	const {screen, tab} = state.back.at(-1)!;
	// Back on the results from a show: browsing them, not typing (so `q` quits, `j` moves).
	return {...state, screen, tab, typing: false, back: state.back.slice(0, -1)};
}

function goTab(state: UiState, tab: TabId): UiState {
	const next: UiState = {...state, screen: tab, tab, typing: tab === 'search', back: []};
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
	return settleStopped({...state, profile, hits, lists: resetLists(state, ['stopped', 'search', 'history', 'show'])});
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
	const hits = query.trim() === '' ? [] : state.data!.index.search(query, SEARCH_LIMIT, state.profile ?? undefined);
	return {...state, query, queryCursor, hits, lists: resetLists(state, ['search'])};
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
	const next = reveal(state.lists[list.id], list.length, state.viewport);
	return next === state.lists[list.id] ? state : {...state, lists: {...state.lists, [list.id]: next}};
}

