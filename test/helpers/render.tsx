import {render} from 'ink-testing-library';
import {fileURLToPath} from 'node:url';
import {openExport} from '../../source/load/open-export.js';
import {buildSearchIndex} from '../../source/query/search-index.js';
import {Root, type LoadData} from '../../source/ui/Root.js';
import {ScreenData} from '../../source/ui/screen-data.js';
import {uiReducer} from '../../source/ui/ui-reducer.js';
import type {KeyPress} from '../../source/ui/keymap.js';
import {initialState, type UiState} from '../../source/ui/ui-state.js';
import {listRows} from '../../source/ui/layout.js';

/** The bundled demo export. */
export const SAMPLE = fileURLToPath(new URL('../../fixtures/sample/netflix-report.zip', import.meta.url));
/** "Now" for the tests: a few days after the sample's last viewing (2025-12-27). */
export const NOW = Date.UTC(2026, 0, 1);

/** Escape sequences a terminal sends for special keys. */
export const KEY = {
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	pageUp: '\u001B[5~',
	pageDown: '\u001B[6~',
	enter: '\r',
	escape: '\u001B',
	tab: '\t',
	shiftTab: '\u001B[Z',
	backspace: '\u007F',
	ctrlC: '\u0003',
} as const;

let sample: ScreenData | undefined;

/** The state after pressing keys one by one: a string types it, an object is a named key (KEY.enter…). */
export function keys(state: UiState, ...presses: Array<string | KeyPress>): UiState {
	return presses.reduce<UiState>((s, p) => uiReducer(s, {type: 'key', input: typeof p === 'string' ? p : '', key: typeof p === 'string' ? {} : p}), state);
}

/** The sample export loaded for the screens (once per test file). */
export async function sampleData(): Promise<ScreenData> {
	if (!sample) {
		const view = await openExport(SAMPLE);
		sample = new ScreenData(view, () => buildSearchIndex(view.library), NOW);
	}
	return sample;
}

/** A state showing the sample straight away, sized for a terminal of `rows` lines. */
export function ready(data: ScreenData, rows = 24): UiState {
	return uiReducer(initialState({exportPath: null, demoPath: SAMPLE, viewport: listRows(rows)}), {type: 'loaded', data});
}

const never: LoadData = () => new Promise(() => {});

/** Renders the whole app (container and all) at a fixed size. */
export function renderApp(initial: UiState, options: {width?: number; height?: number; load?: LoadData} = {}) {
	const app = render(<Root initial={initial} load={options.load ?? never} width={options.width ?? 80} height={options.height ?? 24} />);
	return {
		...app,
		/** Sends one key and waits until the frame satisfies `until` (or just changes). */
		async press(key: string, until?: (frame: string) => boolean): Promise<string> {
			const before = app.lastFrame() ?? '';
			app.stdin.write(key);
			return waitForFrame(app.lastFrame, until ?? (frame => frame !== before));
		},
	};
}

/** Polls `lastFrame` until `predicate` holds; fails with the last frame after `timeout` ms. */
export async function waitForFrame(lastFrame: () => string | undefined, predicate: (frame: string) => boolean, timeout = 3000): Promise<string> {
	const start = Date.now();
	for (;;) {
		const frame = lastFrame() ?? '';
		if (predicate(frame)) return frame;
		if (Date.now() - start > timeout) throw new Error(`frame did not change as expected within ${timeout} ms:\n${frame}`);
		await new Promise(resolve => setTimeout(resolve, 10));
	}
}

/** Terminal sizes (columns, rows) the screens are checked at: the smallest supported up to a large one. */
export const TERMINAL_SIZES = [
	[60, 15],
	[80, 24],
	[120, 40],
	[200, 60],
] as const;
