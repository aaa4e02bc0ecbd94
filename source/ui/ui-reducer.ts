import {commandFor, isText, type Command, type KeyContext, type KeyPress} from './keymap.js';
import type {StopGroup} from '../query/stopped-list.js';
import type {StoppedSort} from './screen-data.js';
import {currentList} from './current-list.js';
import {dataSpan, isDataDetail} from './data-lines.js';
import {firstSelectable, moveCursor, reveal, revealSpan, type Move} from './list-window.js';
import {showKey} from '../model/library.js';
import {stopRow} from './show-rows.js';
import {stepTab, TABS, type TabId} from './screens.js';
import {historyView, readyState, resetLists, type ListId, type UiAction, type UiState} from './ui-state.js';

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
	if (state.screen === 'history' && state.filtering) return editFilter(state, input, key);
	const typing = state.screen === 'search' && state.typing;
	const command = commandFor(input, key, screenContexts(state.screen), typing);
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
			if (state.screen === 'search') return {...state, typing: true};
			return {...state, screen: 'search', tab: 'search', typing: true, back: [...state.back, {screen: state.screen, tab: state.tab}], query: '', hits: hitsFor(state, '', state.profile), lists: resetLists(state, ['search'])};
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
		case 'filter':
			return {...state, filtering: true};
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
			const list = data.history(state.profile, historyView(state));
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
	if (state.back.length === 0) return state.screen === 'search' ? goTab(state, 'stopped') : state;
	const {screen, tab} = state.back.at(-1)!;
	// Back on the results from a show: browsing them, not typing (so `q` quits, `j` moves).
	return {...state, screen, tab, typing: false, back: state.back.slice(0, -1)};
}

function goTab(state: UiState, tab: TabId): UiState {
	const next: UiState = {...state, screen: tab, tab, typing: tab === 'search', back: [], detail: false};
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
	return settleStopped({...state, profile, hits, lists: resetLists(state, ['stopped', 'search', 'history', 'show'])});
}

/** Text typed into the search: the query changes, so (and only then) the search runs. */
function edit(state: UiState, input: string, key: KeyPress): UiState {
	let query = state.query;
	if (key.backspace || key.delete) query = [...query].slice(0, -1).join('');
	else if (isText(input, key)) query += input;
	if (query === state.query) return state;
	const hits = hitsFor(state, query, state.profile);
	return {...state, query, hits, lists: resetLists(state, ['search'])};
}

/** The search's hits: every title (newest first) for an empty query, as fzf lists everything before you type. */
function hitsFor(state: UiState, query: string, profile: string | null) {
	const index = state.data!.index;
	return query.trim() === '' ? index.all(profile ?? undefined) : index.search(query, SEARCH_LIMIT, profile ?? undefined);
}

const SORTS: readonly StoppedSort[] = ['newest', 'show', 'profile'];
/** `s` on Stopped: each section alone, then all of them (undefined). */
const SECTIONS: ReadonlyArray<StopGroup | undefined> = [undefined, 'mid-episode', 'next-up', 'movie'];

/** The key contexts of a screen: the list keys, and its own. */
export function screenContexts(screen: UiState['screen']): KeyContext[] {
	return screen === 'stopped' ? ['list', 'stopped'] : screen === 'history' ? ['list', 'history'] : ['list'];
}

/**
 * A key while the History filter is typed: text edits it (the list narrows on every key), Enter keeps
 * it and gives the keys back to the list, Esc clears it; arrows still move.
 */
function editFilter(state: UiState, input: string, key: KeyPress): UiState {
	if (key.return) return {...state, filtering: false};
	if (key.escape) return {...state, filtering: false, historyFilter: '', lists: resetLists(state, ['history'])};
	if (key.ctrl && input === 'c') return {...state, quit: true};
	let text = state.historyFilter;
	if (key.backspace || key.delete) text = [...text].slice(0, -1).join('');
	else if (isText(input, key)) text += input;
	else return move(state, commandFor(input, key, ['list'], true));
	return text === state.historyFilter ? state : {...state, historyFilter: text, lists: resetLists(state, ['history'])};
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

