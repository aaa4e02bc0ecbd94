/**
 * Every screen of the explorer, in one typed table: its title, its tab, its keys, whether the detail
 * pane shows beside it, the list the arrow keys move, what Enter opens, its status-bar hints and what it draws. App,
 * current-list, the status bar, help and the reducer's key contexts read it instead of switching on the
 * screen. `SCREENS` is a `Record` over the screen ids of screens.ts, so a screen without its entry (or a
 * tab without its tab, or an entry without its list) does not compile. README "Development" lists the
 * steps to add a screen. Past 300 lines on purpose: it is one table, one entry (≈30–45 lines) per screen.
 */
import type {ReactNode} from 'react';
import {Text} from 'ink';
import {showKey, showKeyOf} from '../model/library.js';
import {dataSpan, isDataDetail} from './data-lines.js';
import {historyDetail, profilesDetail, searchDetail, showDetail, stoppedDetail, type DetailLine} from './detail-lines.js';
import type {Command, KeyContext, ScreenCommand} from './keymap.js';
import type {ListModel} from './current-list.js';
import {rowsListHeight} from './rows-view.js';
import type {ScreenData} from './screen-data.js';
import type {ScreenId, Tab, TabId} from './screens.js';
import {stoppedKeyLabels} from './stopped-rows.js';
import {historyView, type UiState} from './ui-state.js';
import {DataScreen} from './screens/DataScreen.js';
import {HistoryScreen} from './screens/HistoryScreen.js';
import {ProfilesScreen} from './screens/ProfilesScreen.js';
import {RowsScreen} from './screens/RowsScreen.js';
import {SearchScreen} from './screens/SearchScreen.js';
import {ShowScreen} from './screens/ShowScreen.js';
import {StatsScreen} from './screens/StatsScreen.js';
import {StoppedScreen} from './screens/StoppedScreen.js';

/** What a screen's view is given: the state, the loaded data, and the cells and lines it may use. */
export interface ScreenProps {
	state: UiState;
	data: ScreenData;
	width: number;
	/** Lines for the list (the terminal's rows less the header and the status bar). */
	rows: number;
}

/** How the status bar's hints differ on a screen from "every hinted key of its contexts". */
export interface HintRule {
	/** Only these commands (in the keymap's order). */
	only?: readonly Command[];
	/** Not these (a key that does nothing here). */
	hide?: readonly Command[];
	/** What a key does here, when it is not its usual hint (`Enter choose`). */
	labels?: Partial<Record<Command, string>>;
	/** The hints while typing (only keys that work then), whatever `typing` says. */
	typing?: boolean;
	/** Esc does something here even with nowhere to go back to (leaves search, cancels a prompt). */
	escapes?: boolean;
}

/** A tab: its label in the tab bar and the number key (a `screenN` command of keymap.ts) that opens it. */
export interface TabSpec {
	label: string;
	/** At most 4 letters, for a narrow tab bar (default: the label's first four). */
	short?: string;
	command: ScreenCommand;
}

/**
 * What Enter does on a screen, read from the row under the cursor (the reducer carries it out):
 * `show` opens a show where the profile stopped, `profile` makes it the profile of every list, `rows`
 * opens a Data table's rows, `rowDetail` shows the row under the cursor in full (or the rows again).
 */
export type Opening = {open: 'show'; key: string} | {open: 'profile'; profile: string | null} | {open: 'rows'; path: string} | {open: 'rowDetail'};

/** Everything the app needs to know about one screen. */
export interface ScreenSpec {
	/** The screen's name in the status bar (a tab's defaults to its label). */
	title?: string;
	/** The screen's own key context (keymap.ts), besides the keys every list has. */
	keys?: KeyContext;
	/**
	 * The row under the cursor in full, for the detail pane (beside the list on wide terminals, `i` on
	 * narrow ones). A screen without it has no pane: its lines are whole, or it has its own.
	 */
	detail?: (state: UiState, data: ScreenData) => DetailLine[];
	/** The screen shows the whole account whatever the profile (the status bar says so). */
	accountWide?: boolean;
	/** The list the arrow keys move, its length and the rows the cursor skips. */
	list: (state: UiState, data: ScreenData) => ListModel;
	/** What Enter opens from the row under the cursor, or null: nothing there (a heading, no rows) or on this screen. */
	open: (state: UiState, data: ScreenData) => Opening | null;
	/** Printable keys are text (a query or a filter has the keyboard). */
	typing?: (state: UiState) => boolean;
	/** How the status bar's hints differ here. */
	hints?: (state: UiState) => HintRule;
	/** What the screen draws below the header: elements, called during App's render (so no hooks here; a component may have them). */
	view: (props: ScreenProps) => ReactNode;
}

/** The registry's type: a tab's entry must have its tab, another screen's must not. */
export type ScreenRegistry = {[Id in ScreenId]: ScreenSpec & (Id extends TabId ? {tab: TabSpec} : {tab?: never})};

/** The Stats screen has no row to open: its hints leave Enter out. */
const STATS_HINTS: readonly Command[] = ['statsYearBack', 'statsMonths', 'back', 'search', 'cycleProfile', 'help', 'quit'];

/** Every screen. */
export const SCREENS: ScreenRegistry = {
	stopped: {
		tab: {label: 'Stopped', command: 'screen1'},
		keys: 'stopped',
		detail: stoppedDetail,
		list: (state, data) => {
			const rows = data.stopped(state.profile, state.stoppedFilter);
			return {id: 'stopped', length: rows.length, skip: i => rows[i]?.kind === 'heading'};
		},
		open: (state, data) => {
			const row = data.stopped(state.profile, state.stoppedFilter)[state.lists.stopped.cursor];
			const key = row?.kind === 'entry' ? data.stopShowKey(row.stop) : null;
			return key === null ? null : {open: 'show', key};
		},
		hints: state => {
			const next = stoppedKeyLabels(state.stoppedFilter);
			return {labels: {toggleAbandoned: next.abandoned, toggleFinished: next.finished}};
		},
		view: ({state, data, width, rows}) => (
			<StoppedScreen
				profile={state.profile}
				width={width}
				height={rows}
				rows={data.stopped(state.profile, state.stoppedFilter)}
				hidden={data.stoppedLeftOut(state.profile, state.stoppedFilter)}
				list={state.lists.stopped}
				filter={state.stoppedFilter}
				moreWithFinished={!state.stoppedFilter.finished && data.stopped(state.profile, {...state.stoppedFilter, finished: true}).length > 0}
				now={data.now}
			/>
		),
	},
	search: {
		tab: {label: 'Search', short: 'Srch', command: 'screen2'},
		detail: searchDetail,
		list: state => ({id: 'search', length: state.hits.length}),
		open: state => {
			const hit = state.hits[state.lists.search.cursor];
			return hit ? {open: 'show', key: hit.show.key} : null;
		},
		typing: state => state.typing,
		hints: state => ({escapes: true, hide: state.hits.length === 0 ? ['open'] : []}),
		view: ({state, data, width, rows}) => (
			<SearchScreen
				profile={state.profile}
				width={width}
				height={rows}
				query={state.query}
				cursor={state.queryCursor}
				typing={state.typing}
				hits={state.hits}
				list={state.lists.search}
				now={data.now}
			/>
		),
	},
	history: {
		tab: {label: 'History', short: 'Hist', command: 'screen3'},
		keys: 'history',
		detail: historyDetail,
		list: (state, data) => {
			// Lines are viewings and month separators; a viewing keeps the separator above it in view.
			const lines = data.historyLines(state.profile, historyView(state));
			return {
				id: 'history',
				length: lines.length,
				skip: i => lines.isSeparator(i),
				span: i => [i > 0 && lines.isSeparator(i - 1) ? i - 1 : i, i],
				position: i => [lines.rows === 0 ? 0 : Math.max(0, lines.rowAt(i)) + 1, lines.rows],
			};
		},
		open: (state, data) => {
			const list = data.history(state.profile, historyView(state));
			const row = data.historyLines(state.profile, historyView(state)).rowAt(state.lists.history.cursor);
			const index = list.length - 1 - row;
			const viewing = row >= 0 && index >= 0 ? list.at(index) : undefined;
			// A bare title is the film, not the series of that name; a trailer of the series titled alike opens the series.
			const key = viewing ? [showKeyOf(viewing.parsed), showKey(viewing.parsed.show)].find(k => data.show(k)) : undefined;
			return key ? {open: 'show', key} : null;
		},
		typing: state => state.filtering,
		// The go-to-date prompt answers to Enter, Esc and Ctrl+C only.
		hints: state => (state.historyJump === null ? {} : {typing: true, escapes: true, only: ['open', 'back', 'quit'], labels: {open: 'go', back: 'cancel'}}),
		view: ({state, data, width, rows}) => (
			<HistoryScreen
				profile={state.profile}
				width={width}
				height={rows}
				viewings={data.history(state.profile, historyView(state))}
				lines={data.historyLines(state.profile, historyView(state))}
				jump={state.historyJump}
				note={state.historyNote}
				filter={state.historyFilter}
				filtering={state.filtering}
				oldestFirst={state.historyOldest}
				list={state.lists.history}
				datesOnly={data.view.loaded.datesOnly}
				profiles={data.view.library.profiles}
				devices={data.view.library.table.devices}
			/>
		),
	},
	profiles: {
		tab: {label: 'Profiles', short: 'Prof', command: 'screen4'},
		detail: profilesDetail,
		list: (_, data) => ({id: 'profiles', length: data.profileRows().length}),
		open: (state, data) => {
			const row = data.profileRows()[state.lists.profiles.cursor];
			return row ? {open: 'profile', profile: row.profile} : null;
		},
		hints: () => ({labels: {open: 'choose'}}),
		view: ({state, data, width, rows}) => <ProfilesScreen profile={state.profile} width={width} height={rows} rows={data.profileRows()} list={state.lists.profiles} />,
	},
	data: {
		tab: {label: 'Data', command: 'screen5'},
		keys: 'data',
		// No detail: Data's lines are whole.
		accountWide: true,
		list: (state, data) => {
			// Until the overview is read, the Data screen says so and has no rows to move over.
			if (!data.overviewReady) return {id: 'data', length: 0};
			const lines = data.dataLines(state.expandedTables);
			return {id: 'data', length: lines.length, skip: i => isDataDetail(lines, i), span: i => dataSpan(lines, i)};
		},
		open: (state, data) => {
			if (!data.overviewReady) return null;
			// A table opens its rows; Netflix's empty placeholder has none.
			const line = data.dataLines(state.expandedTables)[state.lists.data.cursor];
			return line?.kind === 'table' && !line.table.empty ? {open: 'rows', path: line.table.path} : null;
		},
		hints: () => ({labels: {open: 'rows'}}),
		view: ({state, data, width, rows}) =>
			data.overviewReady ? (
				<DataScreen overview={data.overview()} lines={data.dataLines(state.expandedTables)} list={state.lists.data} width={width} height={rows} />
			) : (
				<Text>Reading the other tables of the export (account, devices, IP addresses, messages…)…</Text>
			),
	},
	stats: {
		tab: {label: 'Stats', command: 'screen6'},
		keys: 'stats',
		// No detail: the report is its own lines.
		list: (state, data) => {
			// Scrolls by its top line, as help does: the cursor is the first line shown. Nothing to scroll while computing.
			if (!data.statsReady()) return {id: 'stats', length: 1, unnumbered: true};
			const lines = data.statsLines(state.profile, state.stats).length;
			return {id: 'stats', length: Math.max(1, lines - state.viewport + 1), unnumbered: true};
		},
		// The report has no row to open.
		open: () => null,
		hints: () => ({only: STATS_HINTS}),
		view: ({state, data, width, rows}) =>
			data.statsReady() ? (
				<StatsScreen
					profile={state.profile}
					width={width}
					height={rows}
					report={data.stats(state.profile, state.stats.year)}
					lines={data.statsLines(state.profile, state.stats)}
					list={state.lists.stats}
					view={state.stats}
				/>
			) : (
				<Text>Computing the stats… {Math.floor(data.statsDone * 100)}% (the other screens work meanwhile)</Text>
			),
	},
	show: {
		title: 'Show',
		detail: showDetail,
		list: (state, data) => ({id: 'show', length: state.showKey === null ? 0 : data.showRows(state.showKey, state.profile).length}),
		// A show's own rows open nothing.
		open: () => null,
		// Enter opens nothing on a show's own rows.
		hints: () => ({hide: ['open']}),
		view: ({state, data, width, rows}) => {
			const show = data.show(state.showKey);
			if (!show) return null;
			return (
				<ShowScreen
					profile={state.profile}
					width={width}
					height={rows}
					show={show}
					facts={data.showFacts(show, state.profile)}
					rows={data.showRows(show.key, state.profile)}
					stopped={data.stoppedIn(show.key, state.profile)}
					list={state.lists.show}
					now={data.now}
					datesOnly={data.view.loaded.datesOnly}
					ratings={data.ratings(show.key)}
				/>
			);
		},
	},
	rows: {
		title: 'Rows',
		keys: 'rows',
		// No detail: a table's rows have their own pane (the row in full, `Enter`).
		accountWide: true,
		list: (state, data) => {
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
		},
		open: state => (state.rowsView ? {open: 'rowDetail'} : null),
		typing: state => state.rowsView?.filtering === true,
		view: ({state, data, width, rows}) => {
			const view = state.rowsView;
			const table = view ? data.tableRows(view.path) : null;
			if (!view || !table) return null;
			const order = data.rowOrder(view.path, view.filter, view.sort, view.revealed);
			const row = order[state.lists.rows.cursor];
			const detail = view.detail && row !== undefined ? data.rowDetail(view.path, row, view.revealed, width) : [];
			return (
				<RowsScreen
					table={table}
					view={view}
					order={order}
					masker={data.masker(view.revealed)}
					list={state.lists.rows}
					detail={detail}
					detailList={state.lists.rowDetail}
					width={width}
					height={rows}
				/>
			);
		},
	},
};

/** The tab bar, left to right: the screens with a tab, in the order of their number keys. */
export const TABS: readonly Tab[] = (Object.keys(SCREENS) as ScreenId[])
	.flatMap(id => {
		const tab = SCREENS[id].tab;
		return tab ? [{id: id as TabId, label: tab.label, ...(tab.short ? {short: tab.short} : {}), key: tab.command.slice('screen'.length)}] : [];
	})
	.sort((a, b) => Number(a.key) - Number(b.key));

/** The tab a number key opens, or undefined. */
export function tabFor(command: ScreenCommand): TabId | undefined {
	return TABS.find(t => t.key === command.slice('screen'.length))?.id;
}

/** The name a screen goes by in the status bar. */
export function screenTitle(screen: ScreenId): string {
	const spec = SCREENS[screen];
	return spec.title ?? spec.tab?.label ?? screen;
}

/** The tab after (or before, with step −1) the given screen; `show` counts as the tab it was opened from. */
export function stepTab(from: TabId, step: number): TabId {
	const at = TABS.findIndex(t => t.id === from);
	return TABS[(at + step + TABS.length) % TABS.length]!.id;
}

/** The detail pane's lines: the row under the cursor in full, or none (help, before loading, a screen without them). */
export function detailLines(state: UiState): DetailLine[] {
	if (!state.data || state.help) return [];
	return SCREENS[state.screen].detail?.(state, state.data) ?? [];
}

/** The key contexts of a screen: every list's keys, and the screen's own. */
export function screenContexts(screen: ScreenId): KeyContext[] {
	const own = SCREENS[screen].keys;
	return own ? ['list', own] : ['list'];
}
