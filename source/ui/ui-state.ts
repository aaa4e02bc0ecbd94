import type {SearchHit} from '../query/search-index.js';
import {LIST_START, type ListState} from './list-window.js';
import type {ScreenData, StatsView, StoppedFilter} from './screen-data.js';
import type {KeyPress} from './keymap.js';
import type {KeyEvent} from './key-reader.js';
import {SCREEN_IDS, type ScreenId, type TabId} from './screens.js';

/** The lists that keep a cursor: one per screen, the rows viewer's row in full, and help. */
export type ListId = ScreenId | 'rowDetail' | 'help';

/** The table open in the rows viewer, and how it is viewed. */
export interface RowsView {
	/** The table's path inside the export. */
	path: string;
	/** The picked column (sorting acts on it; the header marks it). */
	column: number;
	/** Sorted by a column, ascending or descending; null is file order. */
	sort: {column: number; descending: boolean} | null;
	/** Rows shown are those with a cell containing this text (any case), as displayed. */
	filter: string;
	/** The filter has the keyboard (every printable key is text). */
	filtering: boolean;
	/** Personal values of this table shown as they are; leaving the table masks them again. */
	revealed: boolean;
	/** The selected row's every cell, in full, instead of the list. */
	detail: boolean;
}

/** Where the app is: choosing an export, reading one, or showing it. */
export type Phase = {name: 'welcome'; found: string[]; demoPath: string} | {name: 'loading'; path: string; fraction: number; rows: number; indexing: boolean} | {name: 'ready'};

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
	/** The History "go to date" prompt's text (`:`), or null when it is closed. */
	historyJump: string | null;
	/** What the last go-to said (a bad date, no viewing that month), shown until the next key. */
	historyNote: string | null;
	query: string;
	/** Where the query's cursor is, in characters (code points) from its start. */
	queryCursor: number;
	/**
	 * The query has the keyboard (every printable key is text). False after coming back to the results
	 * from a show: then keys move and quit as on any list, and `/` gives the query the keyboard again.
	 */
	typing: boolean;
	hits: SearchHit[];
	lists: Record<ListId, ListState>;
	/** The Stats screen's period: a year (null: all time) and bars per year or per month. */
	stats: StatsView;
	/** Tables of the Data screen opened with `c` to show their columns (by path). */
	expandedTables: readonly string[];
	/** The table open in the rows viewer (screen `rows`), or null. */
	rowsView: RowsView | null;
	/** Terminal width in cells (the rows viewer wraps a row's cells to it). */
	columns: number;
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
	/** A key as Ink's useInput reports it; `input` with no key flags is split into its keys (keymap.ts). */
	| {type: 'key'; input: string; key: KeyPress}
	/** The keys of one input chunk, split by KeyReader (Root). */
	| {type: 'keys'; keys: KeyEvent[]}
	| {type: 'viewport'; rows: number; columns?: number}
	| {type: 'progress'; fraction: number; rows: number}
	| {type: 'indexing'}
	| {type: 'loaded'; data: ScreenData}
	| {type: 'failed'; error: unknown}
	/** The Data overview has been read (see Root). */
	| {type: 'dataReady'}
	/** The Stats screen's numbers are further along, or made (see Root). */
	| {type: 'statsProgress'};

const START_LISTS = Object.fromEntries([...SCREEN_IDS, 'rowDetail', 'help'].map(id => [id, LIST_START])) as Record<ListId, ListState>;

/** The state before anything happened: loading `exportPath`, or the welcome screen when there is none. */
export function initialState(options: {
	exportPath: string | null;
	demoPath: string;
	found?: string[];
	viewport?: number;
	columns?: number;
	/** How far a load started before the app already got. */
	progress?: {fraction: number; rows: number; indexing: boolean};
}): UiState {
	return {
		phase:
			options.exportPath === null
				? {name: 'welcome', found: options.found ?? [], demoPath: options.demoPath}
				: {name: 'loading', path: options.exportPath, fraction: 0, rows: 0, indexing: false, ...options.progress},
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
		historyJump: null,
		historyNote: null,
		query: '',
		queryCursor: 0,
		typing: false,
		hits: [],
		lists: START_LISTS,
		stats: {year: null, months: false},
		expandedTables: [],
		rowsView: null,
		columns: options.columns ?? 80,
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
