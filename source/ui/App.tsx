import {Box} from 'ink';
import {Header} from './components/Header.js';
import {HelpOverlay} from './components/HelpOverlay.js';
import {StatusBar} from './components/StatusBar.js';
import {TooSmall} from './components/TooSmall.js';
import {listPosition} from './current-list.js';
import {DETAIL_MIN_COLUMNS, listRows, SCREEN_TOP_ROWS, tooSmall} from './layout.js';
import {DetailPane} from './components/DetailPane.js';
import {detailLines, SCREENS, screenTitle} from './screen-registry.js';
import {statusHints} from './status-hints.js';
import {LoadingScreen} from './screens/LoadingScreen.js';
import {WelcomeScreen} from './screens/WelcomeScreen.js';
import type {UiState} from './ui-state.js';

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
	// Wide terminals get the row under the cursor in full beside the list (on the screens whose entry asks for it).
	const spec = SCREENS[state.screen];
	const pane = width >= DETAIL_MIN_COLUMNS && spec.detail ? Math.min(72, Math.floor(width * 0.32)) : 0;
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
				scope={spec.accountWide && !state.help ? 'whole account' : undefined}
				position={listPosition(state)}
				hints={statusHints(state)}
				width={width}
			/>
		</Box>
	);
}

function Screen({state, width, rows}: {state: UiState; width: number; rows: number}) {
	return SCREENS[state.screen].view({state, data: state.data!, width, rows});
}
