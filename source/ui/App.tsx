import {Box, Text} from 'ink';
import {Header} from './components/Header.js';
import {HelpOverlay} from './components/HelpOverlay.js';
import {StatusBar} from './components/StatusBar.js';
import {TooSmall} from './components/TooSmall.js';
import {listPosition} from './current-list.js';
import {DETAIL_MIN_COLUMNS, listRows, SCREEN_TOP_ROWS, tooSmall} from './layout.js';
import {DetailPane} from './components/DetailPane.js';
import {detailLines} from './detail-lines.js';
import {screenTitle} from './screens.js';
import {RowsScreen} from './screens/RowsScreen.js';
import {statusHints} from './status-hints.js';
import {DataScreen} from './screens/DataScreen.js';
import {HistoryScreen} from './screens/HistoryScreen.js';
import {LoadingScreen} from './screens/LoadingScreen.js';
import {ProfilesScreen} from './screens/ProfilesScreen.js';
import {SearchScreen} from './screens/SearchScreen.js';
import {ShowScreen} from './screens/ShowScreen.js';
import {StatsScreen} from './screens/StatsScreen.js';
import {StoppedScreen} from './screens/StoppedScreen.js';
import {WelcomeScreen} from './screens/WelcomeScreen.js';
import {historyView, type UiState} from './ui-state.js';

/** Props of the app's frame. */
export interface AppProps {
	state: UiState;
	/** Terminal width in cells. */
	width: number;
	/** Terminal height in lines; the frame uses at most `height - 1`. */
	height: number;
	/**
	 * true (the default): the frame is fixed at `height - 1` lines, so a screen that drew too much is cut
	 * rather than scroll the terminal. false: the frame is at least that tall and grows with what the
	 * screen draws, so that a test can see a screen's own height (test/ui/screens.test.tsx).
	 */
	clamp?: boolean;
}

/** Picks what to draw for the state: welcome, loading, or header + screen + status bar. Owns no state. */
export function App({state, width, height, clamp = true}: AppProps) {
	if (tooSmall(width, height)) return <TooSmall columns={width} rows={height} />;
	const phase = state.phase;
	if (phase.name === 'welcome') return <WelcomeScreen found={phase.found} width={width} height={height - 1} />;
	if (phase.name === 'loading') {
		return <LoadingScreen path={phase.path} fraction={phase.fraction} rows={phase.rows} indexing={phase.indexing} width={width} />;
	}
	// Wide terminals get the row under the cursor in full beside the list (not on Data, Rows or Stats: their lines are whole or their own).
	const pane = width >= DETAIL_MIN_COLUMNS && state.screen !== 'data' && state.screen !== 'rows' && state.screen !== 'stats' ? Math.min(72, Math.floor(width * 0.32)) : 0;
	return (
		<Box flexDirection="column" width={width} {...(clamp ? {height: height - 1} : {minHeight: height - 1})}>
			<Header tab={state.tab} profile={state.profile} width={width} />
			{state.help ? (
				<Box flexDirection="column" flexGrow={1} width={width}>
					<HelpOverlay list={state.lists.help} width={width} rows={listRows(height)} screen={state.screen} />
				</Box>
			) : (
				<Box flexDirection="row" flexGrow={1} width={width}>
					{state.detail && pane === 0 ? (
						<DetailPane lines={detailLines(state)} width={width} height={listRows(height) + SCREEN_TOP_ROWS} />
					) : (
						<Box flexDirection="column" width={width - pane}>
							<Screen state={state} width={width - pane} rows={listRows(height)} />
						</Box>
					)}
					{pane > 0 ? <DetailPane lines={detailLines(state)} width={pane} height={listRows(height) + SCREEN_TOP_ROWS} /> : null}
				</Box>
			)}
			<StatusBar
				screen={state.help ? 'Help' : screenTitle(state.screen)}
				profile={state.profile}
				// Data and a table's rows are account-wide whatever profile is chosen: they say so rather than name another profile than the header.
				scope={(state.screen === 'data' || state.screen === 'rows') && !state.help ? 'whole account' : undefined}
				position={listPosition(state)}
				hints={statusHints(state)}
				width={width}
			/>
		</Box>
	);
}

function Screen({state, width, rows}: {state: UiState; width: number; rows: number}) {
	const data = state.data!;
	const common = {profile: state.profile, width, height: rows};
	switch (state.screen) {
		case 'stopped':
			return (
				<StoppedScreen
					{...common}
					rows={data.stopped(state.profile, state.stoppedFilter)}
					hidden={data.stoppedLeftOut(state.profile, state.stoppedFilter)}
					list={state.lists.stopped}
					filter={state.stoppedFilter}
					moreWithFinished={!state.stoppedFilter.finished && data.stopped(state.profile, {...state.stoppedFilter, finished: true}).length > 0}
					now={data.now}
				/>
			);
		case 'search':
			return <SearchScreen {...common} query={state.query} cursor={state.queryCursor} typing={state.typing} hits={state.hits} list={state.lists.search} now={data.now} />;
		case 'history':
			return (
				<HistoryScreen
					{...common}
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
			);
		case 'profiles':
			return <ProfilesScreen {...common} rows={data.profileRows()} list={state.lists.profiles} />;
		case 'stats':
			if (!data.statsReady()) return <Text>Computing the stats… {Math.floor(data.statsDone * 100)}% (the other screens work meanwhile)</Text>;
			return (
				<StatsScreen
					{...common}
					report={data.stats(state.profile, state.stats.year)}
					lines={data.statsLines(state.profile, state.stats)}
					list={state.lists.stats}
					view={state.stats}
				/>
			);
		case 'data':
			if (!data.overviewReady) return <Text>Reading the other tables of the export (account, devices, IP addresses, messages…)…</Text>;
			return <DataScreen overview={data.overview()} lines={data.dataLines(state.expandedTables)} list={state.lists.data} width={width} height={rows} />;
		case 'rows': {
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
		}
		case 'show': {
			const show = data.show(state.showKey);
			if (!show) return null;
			return (
				<ShowScreen
					{...common}
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
		}
	}
}
