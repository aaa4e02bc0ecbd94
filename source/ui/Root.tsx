import {useApp} from 'ink';
import {useCallback, useEffect, useRef, useState} from 'react';
import {trace, traceCpu, traceStalls} from '../trace.js';
import {App} from './App.js';
import {runBetweenKeys} from './between-keys.js';
import {ErrorBoundary} from './components/ErrorBoundary.js';
import {useKeys} from './hooks/use-keys.js';
import {useTerminalSize} from './hooks/use-terminal-size.js';
import type {KeyEvent} from './key-reader.js';
import {listRows} from './layout.js';
import {patternsIfNeeded} from './load-in-steps.js';
import type {ScreenData} from './screen-data.js';
import {uiReducer} from './ui-reducer.js';
import type {UiAction, UiState} from './ui-state.js';

/** Steps of the Stats screen's numbers run for at most about this long before keys are read again (each step takes a few ms). */
const STATS_SLICE_MS = 8;
/** The same for the search index and the folded titles (the slices inSlices made before). */
const PREPARE_SLICE_MS = 10;

/** Reads an export for the screens, reporting progress; rejects with ExportError when it cannot. */
export type LoadData = (path: string, progress: (fraction: number, rows: number) => void, indexing: () => void) => Promise<ScreenData>;

/** Props of the container. */
export interface RootProps {
	/** The state to start from (see `initialState`). */
	initial: UiState;
	load: LoadData;
	/** Fixed size instead of the terminal's (tests, previews). */
	width?: number;
	height?: number;
	/**
	 * Ends the process the moment a key quits, without another render (the real terminal: `q` during a
	 * load must not wait for a frame). Without it, the Ink app ends after the next render.
	 */
	onQuit?: () => void;
}

/**
 * The container: owns the one reducer, the one `useInput`, the terminal size and the loading. Ends
 * the Ink app on quit (clean exit) or with the error of a failed load or a crashed screen.
 */
export function Root({initial, load, width, height, onQuit}: RootProps) {
	const size = useTerminalSize();
	const columns = width ?? size.columns;
	const rows = height ?? size.rows;
	const [state, dispatch] = useQuickReducer(initial, onQuit);
	const {exit} = useApp();
	// When the last key came: the work after the first screen waits for a pause in typing (between-keys.ts).
	const lastKeyAt = useRef(Number.NEGATIVE_INFINITY);
	useKeys(
		useCallback((keys: KeyEvent[]) => {
			lastKeyAt.current = performance.now();
			dispatch({type: 'keys', keys});
		}, []),
	);
	const sinceKeys = useCallback(() => lastKeyAt.current, []);

	useEffect(() => dispatch({type: 'viewport', rows: listRows(rows), columns}), [rows, columns]);

	const loadingPath = state.phase.name === 'loading' ? state.phase.path : null;
	useEffect(() => {
		if (loadingPath === null) return;
		let live = true;
		let shown = -1;
		const progress = (fraction: number, count: number) => {
			// Whole percents only: thousands of progress calls must not become thousands of renders.
			const percent = Math.floor(fraction * 100);
			if (!live || percent === shown) return;
			shown = percent;
			dispatch({type: 'progress', fraction, rows: count});
		};
		load(loadingPath, progress, () => live && dispatch({type: 'indexing'})).then(
			data => live && dispatch({type: 'loaded', data}),
			(error: unknown) => live && dispatch({type: 'failed', error}),
		);
		return () => {
			live = false;
		};
	}, [loadingPath, load]);

	// The Data screen's first frame says it is reading; read the tables once that frame is out.
	const readingData = state.screen === 'data' && state.data !== null && !state.data.overviewReady ? state.data : null;
	useEffect(() => {
		if (!readingData) return;
		const timer = setTimeout(() => {
			readingData.overview();
			dispatch({type: 'dataReady'});
		}, 20);
		return () => clearTimeout(timer);
	}, [readingData]);

	// Once the first screen of a loaded export is on the terminal, build what it did not need.
	const loaded = state.data;
	useEffect(() => {
		if (!loaded) return;
		traceCpu('first screen drawn');
		traceStalls('until the first screen');
		let stopPatterns: (() => void) | undefined;
		// In slices, with keys read in between (the index alone took 100–300 ms at 250k rows).
		const stopPrepare = runBetweenKeys(loaded.prepareSteps(), {
			startMs: 30,
			sliceMs: PREPARE_SLICE_MS,
			lastKeyAt: sinceKeys,
			onDone: () => {
				// Once the loop has run again: the histogram sees a stall only when it ends.
				setTimeout(() => traceStalls('first screen to search index'), 20);
				// Then string-width's patterns if a name in the file is not plain text (its first screen may not have
				// shown it): a step a slice, keys in between; an export of plain names never makes them.
				const {loaded: file} = loaded.view;
				const texts = [file.titles, file.table.profiles, file.table.devices, file.table.countries];
				stopPatterns = runBetweenKeys(patternsIfNeeded(texts), {startMs: 30, sliceMs: 0, lastKeyAt: sinceKeys});
			},
		});
		return () => {
			stopPrepare();
			stopPatterns?.();
		};
	}, [loaded, sinceKeys]);

	// Then the Stats screen's numbers, a slice of steps at a time: keys are read between the slices.
	useEffect(() => {
		if (!loaded || loaded.statsReady()) return;
		let shown = 0;
		return runBetweenKeys(loaded.statsSteps(), {
			startMs: 60,
			sliceMs: STATS_SLICE_MS,
			lastKeyAt: sinceKeys,
			onStep: done => {
				// Whole tenths only: the screen says how far, without a frame per step.
				if (done - shown < 0.1) return;
				shown = done;
				dispatch({type: 'statsProgress'});
			},
			onDone: () => {
				dispatch({type: 'statsProgress'});
				setTimeout(() => traceStalls('stats made'), 20);
			},
		});
	}, [loaded, sinceKeys]);

	useEffect(() => {
		if (state.quit) exit();
		else if (state.error) exit(state.error instanceof Error ? state.error : new Error(String(state.error)));
	}, [state.quit, state.error, exit]);

	return (
		<ErrorBoundary onError={error => exit(error)}>
			<App state={state} width={columns} height={rows} />
		</ErrorBoundary>
	);
}

/**
 * uiReducer, run as each action comes rather than at the next render (React's useReducer may wait for
 * it): a key that quits is known at once and `onQuit` ends the process, however busy the next frame
 * would be. Each action is reduced once, in order, as useReducer does.
 */
function useQuickReducer(initial: UiState, onQuit: (() => void) | undefined): [UiState, (action: UiAction) => void] {
	const latest = useRef(initial);
	const [state, setState] = useState(initial);
	const dispatch = useCallback(
		(action: UiAction) => {
			let next: UiState;
			try {
				next = uiReducer(latest.current, action);
			} catch (error) {
				// Thrown where the app renders, as useReducer would: the error boundary ends the app with it.
				setState(() => {
					throw error;
				});
				return;
			}
			if (next === latest.current) return;
			latest.current = next;
			if (next.quit && onQuit) {
				trace('quit: key read');
				onQuit();
				return;
			}
			setState(next);
		},
		[onQuit],
	);
	return [state, dispatch];
}
