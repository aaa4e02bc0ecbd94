import {Box, Text} from 'ink';
import {Header} from './components/Header.js';
import {HelpOverlay} from './components/HelpOverlay.js';
import {StatusBar} from './components/StatusBar.js';
import {TooSmall} from './components/TooSmall.js';
import {listPosition} from './current-list.js';
import {keyHints} from './keymap.js';
import {listRows, tooSmall} from './layout.js';
import {screenTitle} from './screens.js';
import {screenContexts} from './ui-reducer.js';
import {RowsScreen} from './screens/RowsScreen.js';
import {DataScreen} from './screens/DataScreen.js';
import {HistoryScreen} from './screens/HistoryScreen.js';
import {LoadingScreen} from './screens/LoadingScreen.js';
import {ProfilesScreen} from './screens/ProfilesScreen.js';
import {SearchScreen} from './screens/SearchScreen.js';
import {ShowScreen} from './screens/ShowScreen.js';
import {StatsScreen} from './screens/StatsScreen.js';
import {StoppedScreen} from './screens/StoppedScreen.js';
import {WelcomeScreen} from './screens/WelcomeScreen.js';
import type {UiState} from './ui-state.js';

/** The Stats screen has no row to open: its hints leave Enter out. */
const STATS_HINTS = ['statsYearBack', 'statsMonths', 'back', 'search', 'cycleProfile', 'help', 'quit'] as const;

/** Props of the app's frame. */
export interface AppProps {
	state: UiState;
	/** Terminal width in cells. */
	width: number;
	/** Terminal height in lines; the frame uses at most `height - 1`. */
	height: number;
}

/** Picks what to draw for the state: welcome, loading, or header + screen + status bar. Owns no state. */
export function App({state, width, height}: AppProps) {
	if (tooSmall(width, height)) return <TooSmall columns={width} rows={height} />;
	const phase = state.phase;
	if (phase.name === 'welcome') return <WelcomeScreen found={phase.found} width={width} height={height - 1} />;
	if (phase.name === 'loading') {
		return <LoadingScreen path={phase.path} fraction={phase.fraction} rows={phase.rows} indexing={phase.indexing} width={width} />;
	}
	const typing = ((state.screen === 'search' && state.typing) || (state.screen === 'rows' && state.rowsView?.filtering === true)) && !state.help;
	const contexts = screenContexts(state.screen);
	return (
		<Box flexDirection="column" width={width} height={height - 1}>
			<Header tab={state.tab} profile={state.profile} width={width} />
			<Box flexDirection="column" flexGrow={1} width={width}>
				{state.help ? <HelpOverlay list={state.lists.help} width={width} rows={listRows(height)} /> : <Screen state={state} width={width} rows={listRows(height)} />}
			</Box>
			<StatusBar
				screen={state.help ? 'Help' : screenTitle(state.screen)}
				// The Data screen is account-wide whatever profile is chosen.
				profile={(state.screen === 'data' || state.screen === 'rows') && !state.help ? null : state.profile}
				position={listPosition(state)}
				// The help overlay answers only to closing it, scrolling and quitting.
				hints={state.help ? keyHints(['list'], false, ['back', 'help', 'quit']) : state.screen === 'stats' ? keyHints(contexts, false, STATS_HINTS) : keyHints(contexts, typing)}
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
			return <StoppedScreen {...common} rows={data.stopped(state.profile, state.stoppedFilter)} list={state.lists.stopped} filter={state.stoppedFilter} now={data.now} />;
		case 'search':
			return <SearchScreen {...common} query={state.query} cursor={state.queryCursor} typing={state.typing} hits={state.hits} list={state.lists.search} now={data.now} />;
		case 'history':
			return <HistoryScreen {...common} viewings={data.history(state.profile)} list={state.lists.history} datesOnly={data.view.loaded.datesOnly} />;
		case 'profiles':
			return <ProfilesScreen {...common} rows={data.profileRows()} list={state.lists.profiles} />;
		case 'stats':
			return <StatsScreen {...common} report={data.stats(state.profile, state.stats.year)} lines={data.statsLines(state.profile, state.stats)} list={state.lists.stats} view={state.stats} />;
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
