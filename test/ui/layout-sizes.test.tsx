import {render} from 'ink-testing-library';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {App} from '../../source/ui/App.js';
import type {ScreenData} from '../../source/ui/screen-data.js';
import type {UiState} from '../../source/ui/ui-state.js';
import {keys, ready, sampleData} from '../helpers/render.js';

let data: ScreenData;
beforeAll(async () => {
	data = await sampleData();
});
afterEach(() => cleanup());

const frame = (state: UiState, width: number, height: number) => render(<App state={state} width={width} height={height} />).lastFrame()!;

describe('layout at every size', () => {
	it('at 60×15 the Stopped list keeps the show’s name whole and leaves out the date and device instead', () => {
		const lines = frame(ready(data, 15), 60, 15).split('\n');
		expect(lines[2]).toMatch(/Show +Profile +Stopped at +Position/);
		expect(lines[2]).not.toContain('Last watched');
		// Every show name on screen is whole (the longest in view is 22 letters).
		for (const name of ['The Savage Kingdom', 'Stranger Things', 'Koude Stad']) expect(frame(ready(data, 15), 60, 15)).toContain(`${name} `);
	});

	it('at 60×15 the Show screen names each viewing’s profile whole', () => {
		const show = frame(keys(ready(data, 15), {return: true}), 60, 15);
		expect(show).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} .*Begüm 🌙/);
		expect(show).not.toMatch(/ (A|Al|Be|Beg)…/);
	});

	it('at 80 columns Profiles shows Episodes and First – last, with a Profile column as wide as its names', () => {
		const lines = frame(keys(ready(data), '4'), 80, 24).split('\n');
		expect(lines[2]).toMatch(/^ {2}Profile {8}Viewings Watched +Shows Movies Episodes First – last/);
		// The count is the sample's (main's title parser keeps more viewings than when this was written).
		const viewings = data.profileRows()[0]!.stats.viewings;
		expect(viewings).toBeGreaterThan(1000);
		expect(lines[3]).toContain(`All profiles ${viewings.toLocaleString('en-US')}`);
	});

	it('at 200 columns nothing is cut: extra room goes to the show and the episode, the device is whole', () => {
		const lines = frame(ready(data, 60), 200, 60).split('\n');
		const device = data.stopped(null, {abandoned: false, finished: false}).flatMap(r => (r.kind === 'entry' ? [r.stop.device ?? ''] : []))[0]!;
		expect(lines.join('\n')).toContain(device);
		expect(lines.join('\n')).not.toMatch(/\S…/);
		// History: the device of the viewing under the cursor, whole, beside the list.
		const history = data.history(null);
		expect(frame(keys(ready(data, 60), '3'), 200, 60)).toContain(`Device: ${history.at(history.length - 1).device}`);
	});

	it('from 140 columns a pane beside the list shows the row under the cursor in full', () => {
		const state = keys(ready(data, 30), 'j', 'j');
		const row = data.stopped(null, state.stoppedFilter)[state.lists.stopped.cursor]!;
		expect(row.kind).toBe('entry');
		const wide = frame(state, 160, 30);
		expect(wide).toContain('Title as written:');
		expect(wide).toContain(`Profile: ${row.kind === 'entry' ? row.stop.profile : ''}`);
		expect(frame(state, 139, 30)).not.toContain('Title as written:');
	});

	it('below 140 columns, i shows the row under the cursor in full instead of the list; Esc goes back', () => {
		const state = keys(ready(data), 'j', 'i');
		const row = data.stopped(null, state.stoppedFilter)[state.lists.stopped.cursor]!;
		const shown = frame(state, 80, 24);
		expect(shown).toContain(`Title as written: ${row.kind === 'entry' ? row.stop.title.slice(0, 20) : ''}`);
		expect(shown).not.toContain('Where did I stop');
		expect(frame(keys(state, {escape: true}), 80, 24)).toContain('Where did I stop');
	});

	it('help at 80×24: the current screen’s keys first, and a line saying more is below', () => {
		const lines = frame(keys(ready(data), '?'), 80, 24).split('\n');
		expect(lines[2]).toBe('Stopped screen:');
		expect(lines.at(-2)).toMatch(/↓ \d+ more lines/);
		expect(lines.length).toBeLessThanOrEqual(23);
		// Scrolled to the end: no marker below, one above.
		const end = frame(keys(ready(data), '?', 'G'), 80, 24).split('\n');
		expect(end.join('\n')).not.toMatch(/more lines/);
		expect(end[1]).toMatch(/more above/);
		// History has keys of its own since the merge (f filter, o order): they come first there; Profiles has none.
		expect(frame(keys(ready(data), '3', '?'), 80, 24).split('\n')[2]).toBe('History screen:');
		expect(frame(keys(ready(data), '4', '?'), 80, 24).split('\n')[2]).toBe('Lists:');
	});
});
