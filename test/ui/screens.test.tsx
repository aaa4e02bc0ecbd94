import {render} from 'ink-testing-library';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {App} from '../../source/ui/App.js';
import {cellWidth} from '../../source/text/format.js';
import type {ScreenData} from '../../source/ui/screen-data.js';
import {screenTitle} from '../../source/ui/screen-registry.js';
import type {ScreenId} from '../../source/ui/screens.js';
import {uiReducer} from '../../source/ui/ui-reducer.js';
import {initialState, type UiState} from '../../source/ui/ui-state.js';
import {keys, ready, SAMPLE, sampleData} from '../helpers/render.js';

let data: ScreenData;
beforeAll(async () => {
	data = await sampleData();
});
afterEach(() => cleanup());

/** The Data screen with its tables read (Root reads them after the screen's first frame, then sends `dataReady`). */
const dataRead = (s: UiState) => {
	s.data!.overview();
	return uiReducer(keys(s, '5'), {type: 'dataReady'});
};

/** Every screen in a state worth drawing (a Record over the screen ids: a new screen does not compile without its state here). */
const SCREENS: Record<ScreenId | 'help', (s: UiState) => UiState> = {
	stopped: s => s,
	search: s => keys(s, '/', 'e', 'l', 'i', 't', 'e'),
	show: s => keys(s, {return: true}),
	history: s => keys(s, '3', {pageDown: true}),
	profiles: s => keys(s, '4'),
	data: s => keys(dataRead(s), 'j', 'j', 'j'),
	rows: s => keys(dataRead(s), 'j', 'j', 'j', {return: true}),
	stats: s => keys(s, '6'),
	help: s => keys(s, '?'),
};

const SIZES: Array<[number, number]> = [
	[80, 24],
	[60, 15],
	[160, 50],
];

describe.each(SIZES)('every screen at %i×%i', (width, height) => {
	it.each(Object.keys(SCREENS) as Array<keyof typeof SCREENS>)('%s fits: at most rows − 1 lines, no line wider than the terminal', name => {
		const state = SCREENS[name](ready(data, height));
		// The keys reached the screen named (not, say, a Data table that did not open).
		expect(state.help ? 'help' : state.screen).toBe(name);
		// Unclamped: the frame grows with what the screen draws, so a screen one line too tall fails here
		// (App's own box, fixed at rows − 1, would cut it and hide the overflow).
		const {lastFrame} = render(<App state={state} width={width} height={height} clamp={false} />);
		const lines = lastFrame()!.split('\n');
		expect(lines.length).toBeLessThanOrEqual(height - 1);
		for (const line of lines) expect(cellWidth(line)).toBeLessThanOrEqual(width);
		// The header and status bar are always there: the profile and the screen's name.
		expect(lines[0]).toContain('All profiles');
		expect(lines.at(-1)).toContain(name === 'help' ? 'Help' : screenTitle(name));
	});
});

describe('screens', () => {
	it('show one row per visible line of a long list, not the whole list', () => {
		const state = keys(ready(data, 24), '3');
		const {lastFrame} = render(<App state={state} width={80} height={24} />);
		const rows = lastFrame()!
			.split('\n')
			.filter(line => /^\S? +\d{4}-\d{2}-\d{2} \d{2}:\d{2}/.test(line) || /^› \d{4}/.test(line));
		expect(rows.length).toBe(19);
		expect(data.history(null).length).toBeGreaterThan(1000);
	});

	it('add the device column only when wide', () => {
		const state = ready(data);
		const narrow = render(<App state={state} width={80} height={24} />).lastFrame()!;
		const wide = render(<App state={state} width={160} height={24} />).lastFrame()!;
		expect(narrow).not.toContain('Device');
		expect(wide).toContain('Device');
	});

	it('shows where each entry stopped with the estimate, the episode and how long ago', () => {
		const state = keys(ready(data, 50), 'p');
		const frame = render(<App state={state} width={160} height={50} />).lastFrame()!;
		expect(frame).toMatch(/Dark +S2E4 · Reisende +31:12 of ~\d+ min/);
		// Movies left midway sit in their own section after the series.
		const bottom = render(<App state={keys(ready(data, 50), 'G')} width={160} height={50} />).lastFrame()!;
		expect(bottom).toMatch(/Movies left midway \(\d+\)/);
		expect(bottom.split('Movies left midway')[1]).toMatch(/Movie +\d+:\d\d of ~\d+ min/);
	});

	it('say so when the terminal is too small', () => {
		const frame = render(<App state={ready(data)} width={59} height={20} />).lastFrame()!;
		expect(frame).toContain('Terminal too small (59×20)');
		expect(frame).toContain('60×15');
		expect(render(<App state={ready(data)} width={80} height={14} />).lastFrame()).toContain('too small');
	});

	it('show progress while loading: rows read and a percentage', () => {
		const state = uiReducer(initialState({exportPath: SAMPLE, demoPath: SAMPLE}), {type: 'progress', fraction: 0.42, rows: 12_345});
		const frame = render(<App state={state} width={80} height={24} />).lastFrame()!;
		expect(frame).toContain('42%');
		expect(frame).toContain('12,345 rows read');
		expect(frame).toContain('netflix-report.zip');
	});

	it('explain how to request the export on the welcome screen and offer what was found', () => {
		const found = ['/home/me/Downloads/netflix-report (1).zip'];
		const frame = render(<App state={initialState({exportPath: null, demoPath: SAMPLE, found})} width={100} height={24} />).lastFrame()!;
		expect(frame).toContain('Download your personal information');
		expect(frame).toContain('web browser');
		expect(frame).toContain('30');
		expect(frame).toContain('every profile');
		expect(frame).toContain('Found /home/me/Downloads/netflix-report (1).zip: press Enter');
		expect(frame).toContain('Press d');
		const none = render(<App state={initialState({exportPath: null, demoPath: SAMPLE})} width={100} height={24} />).lastFrame()!;
		expect(none).not.toContain('press Enter');
	});

	it('mark rewatches on the Show screen', () => {
		const state = keys(ready(data), '/', 's', 'a', 'v', 'a', 'g', 'e', {return: true}, 'g');
		expect(state.screen).toBe('show');
		const frame = render(<App state={state} width={120} height={40} />).lastFrame()!;
		expect(frame).toContain('Season 1');
		expect(frame).toContain('↻ rewatch');
	});
});
