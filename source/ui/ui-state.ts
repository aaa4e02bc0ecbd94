import type {SearchHit} from '../query/search-index.js';
import {LIST_START, type ListState} from './list-window.js';
import type {ScreenData, StoppedFilter} from './screen-data.js';
import type {KeyPress} from './keymap.js';
import type {ScreenId, TabId} from './screens.js';

/** The lists that keep a cursor. */
export type ListId = 'stopped' | 'search' | 'history' | 'profiles' | 'show' | 'data' | 'help';

/** Where the app is: choosing an export, reading one, or showing it. */
export type Phase =
	| {name: 'welcome'; found: string[]; demoPath: string}
	| {name: 'loading'; path: string; fraction: number; rows: number; indexing: boolean}
	| {name: 'ready'};

/** Every piece of UI state, owned by one reducer. */
export interface UiState {
	phase: Phase;
	data: ScreenData | null;
	screen: ScreenId;
	/** The tab the current screen belongs to (the Show screen keeps the tab it was opened from). */
	tab: TabId;
	/** Screens to return to with Esc, with the tab each belonged to. */
	back: Array<{screen: ScreenId; tab: TabId}>;
	/** The show on the Show screen. */
	showKey: string | null;
	/** null is "All profiles". */
	profile: string | null;
	stoppedFilter: StoppedFilter;
	/** The History list's filter text (`f`) and whether it is being typed. */
	historyFilter: string;
	filtering: boolean;
	/** History oldest first (`o`). */
	historyOldest: boolean;
	query: string;
	/**
	 * The query has the keyboard (every printable key is text). False after coming back to the results
	 * from a show: then keys move and quit as on any list, and `/` gives the query the keyboard again.
	 */
	typing: boolean;
	hits: SearchHit[];
	lists: Record<ListId, ListState>;
	/** Tables of the Data screen opened with Enter to show their columns (by path). */
	expandedTables: readonly string[];
	help: boolean;
	/** The row under the cursor shown in full instead of the list (`i`; narrow terminals have no pane). */
	detail: boolean;
	/** Rows available to a list (terminal rows minus header and status bar), set by the layout. */
	viewport: number;
	quit: boolean;
	/** A load error to hand to whoever started the app. */
	error: unknown;
}

/** What can happen. Input handlers send `key`; the loader sends the rest. */
export type UiAction =
	| {type: 'key'; input: string; key: KeyPress}
	| {type: 'viewport'; rows: number}
	| {type: 'progress'; fraction: number; rows: number}
	| {type: 'indexing'}
	| {type: 'loaded'; data: ScreenData}
	| {type: 'failed'; error: unknown}
	/** The Data overview has been read (see Root). */
	| {type: 'dataReady'};

const START_LISTS: Record<ListId, ListState> = {stopped: LIST_START, search: LIST_START, history: LIST_START, profiles: LIST_START, show: LIST_START, data: LIST_START, help: LIST_START};

/** The state before anything happened: loading `exportPath`, or the welcome screen when there is none. */
export function initialState(options: {exportPath: string | null; demoPath: string; found?: string[]; viewport?: number}): UiState {
	return {
		phase:
			options.exportPath === null
				? {name: 'welcome', found: options.found ?? [], demoPath: options.demoPath}
				: {name: 'loading', path: options.exportPath, fraction: 0, rows: 0, indexing: false},
		data: null,
		screen: 'stopped',
		tab: 'stopped',
		back: [],
		showKey: null,
		profile: null,
		stoppedFilter: {abandoned: false, finished: false},
		historyFilter: '',
		filtering: false,
		historyOldest: false,
		query: '',
		typing: false,
		hits: [],
		lists: START_LISTS,
		expandedTables: [],
		help: false,
		detail: false,
		viewport: options.viewport ?? 18,
		quit: false,
		error: null,
	};
}

/** A state showing loaded data straight away (tests, and the end of loading). */
export function readyState(state: UiState, data: ScreenData): UiState {
	return {...state, phase: {name: 'ready'}, data, lists: START_LISTS};
}

/** Lists reset when what they show changes (profile, filter). */
export function resetLists(state: UiState, ids: readonly ListId[]): Record<ListId, ListState> {
	const lists = {...state.lists};
	for (const id of ids) lists[id] = LIST_START;
	return lists;
}

/** How the History list is narrowed and ordered in this state (ScreenData.history's second argument). */
export function historyView(state: UiState): {text: string; oldestFirst: boolean} {
	return {text: state.historyFilter, oldestFirst: state.historyOldest};
}
