import type {StopGroup} from '../query/stopped-list.js';
import {moveBy, move, revealCurrent, settleData, settleStopped} from './cursor-moves.js';
import {dataSpan} from './data-lines.js';
import {editHistoryFilter, editHistoryJump} from './history-keys.js';
import {splitKeys, type KeyEvent, type MouseReport} from './key-reader.js';
import {commandFor, isScreenCommand, type Command, type KeyPress} from './keymap.js';
import {ROWS_ABOVE_LIST} from './layout.js';
import {revealSpan} from './list-window.js';
import {currentList} from './current-list.js';
import {goBack, goTab, openShow, withProfile} from './navigation.js';
import {edit, editLine, hitsFor, insert, pasteText, QUERY_EDITS} from './query-line.js';
import {editRowsFilter, openRows, pickColumn, sortRows, toggleRowDetail, withRowsView} from './rows-keys.js';
import type {StoppedSort} from './screen-data.js';
import {SCREENS, screenContexts, stepTab, tabFor} from './screen-registry.js';
import {readyState, resetLists, type UiAction, type UiState} from './ui-state.js';

/**
 * The one reducer of the explorer. Key presses arrive raw and are resolved here against the current
 * state, so keys typed faster than React renders are each applied to the state left by the one before.
 * What a key does on one screen or prompt is in the modules it calls: the query line (query-line.ts),
 * History's prompts (history-keys.ts), a table's rows (rows-keys.ts), moving between screens
 * (navigation.ts) and the cursor (cursor-moves.ts).
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
		if (command === null || QUERY_EDITS.includes(command)) return editRowsFilter(state, input, key);
		// Enter keeps the filter, Esc drops it; either gives the keys back to the list.
		if (command === 'open') return withRowsView(state, {filtering: false});
		if (command === 'back') return withRowsView(state, {filtering: false, filter: ''}, true);
	}
	if (command === null) return typing ? edit(state, input, key) : state;
	return run(state, command);
}

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

/** Enter: what the screen's registry entry says the row under the cursor opens. */
function open(state: UiState): UiState {
	const opening = SCREENS[state.screen].open(state, state.data!);
	switch (opening?.open) {
		case 'show':
			return openShow(state, opening.key);
		case 'profile':
			return withProfile(state, opening.profile);
		case 'rows':
			return openRows(state, opening.path);
		case 'rowDetail':
			return toggleRowDetail(state);
		case undefined:
			return state;
		default:
			// Every opening is carried out above: a new one fails to compile here until it is.
			return opening satisfies never;
	}
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

const SORTS: readonly StoppedSort[] = ['newest', 'show', 'profile'];
/** `s` on Stopped: each section alone, then all of them (undefined). */
const SECTIONS: ReadonlyArray<StopGroup | undefined> = [undefined, 'mid-episode', 'next-up', 'movie'];
