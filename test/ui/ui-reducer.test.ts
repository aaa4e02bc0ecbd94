import {beforeAll, describe, expect, it} from 'vitest';
import {ScreenData} from '../../source/ui/screen-data.js';
import {uiReducer} from '../../source/ui/ui-reducer.js';
import {initialState} from '../../source/ui/ui-state.js';
import {keys, ready, SAMPLE, sampleData} from '../helpers/render.js';

let data: ScreenData;
beforeAll(async () => {
	data = await sampleData();
});

/** Applies keys as Ink reports them, one action each, without rendering in between. */

describe('ui reducer', () => {
	it('lands on Stopped with the cursor on the first entry, not the heading', () => {
		const state = ready(data);
		const rows = data.stopped(null, state.stoppedFilter);
		expect(rows[0]!.kind).toBe('heading');
		expect(state.screen).toBe('stopped');
		expect(state.lists.stopped.cursor).toBe(1);
	});

	it('applies keys typed faster than rendering, each to the state the last one left', () => {
		const state = keys(ready(data), '/', 's', 't', 'r', 'n', 'g', 'e', 'r');
		expect(state.query).toBe('strnger');
		expect(state.hits[0]!.show.name).toBe('Stranger Things');
		const opened = keys(state, {return: true});
		expect(opened.screen).toBe('show');
		expect(opened.showKey).toBe('stranger things');
	});

	it('browses the results after coming back from a show: q quits, / types into the same query again', () => {
		const found = keys(ready(data), '/', 's', 't', 'r', 'n', 'g', 'e', 'r');
		expect(found.typing).toBe(true);
		expect(keys(found, 'q').query).toBe('strngerq');
		const back = keys(found, {return: true}, {escape: true});
		expect(back.screen).toBe('search');
		expect(back.typing).toBe(false);
		expect(keys(back, 'q').quit).toBe(true);
		const again = keys(back, '/', 'x');
		expect(again.screen).toBe('search');
		expect(again.query).toBe('strngerx');
	});

	it('shows the Data screen as reading until the overview is read, then puts the cursor on a table', () => {
		const fresh = new ScreenData(data.view, () => data.index, data.now);
		const opened = keys(ready(fresh), '5');
		expect(opened.screen).toBe('data');
		expect(fresh.overviewReady).toBe(false);
		expect(keys(opened, 'j').lists.data.cursor).toBe(opened.lists.data.cursor);
		fresh.overview();
		const settled = uiReducer(opened, {type: 'dataReady'});
		expect(fresh.dataLines([])[settled.lists.data.cursor]!.kind).toBe('table');
	});

	it('splits keys that arrive together (fast typing, paste) into single keys', () => {
		const state = uiReducer(ready(data), {type: 'key', input: '/strnger', key: {}});
		expect(state.screen).toBe('search');
		expect(state.query).toBe('strnger');
		expect(uiReducer(ready(data), {type: 'key', input: 'jjj', key: {}}).lists.stopped.cursor).toBe(4);
	});

	it('types j, k, q and digits into the query', () => {
		const state = keys(ready(data), '/', 'j', 'k', 'q', '1');
		expect(state.query).toBe('jkq1');
		expect(state.quit).toBe(false);
		expect(state.screen).toBe('search');
	});

	it('goes back along the way it came with Esc', () => {
		let state = keys(ready(data), '3', {return: true});
		expect(state.screen).toBe('show');
		state = keys(state, '/', 'd', 'a', 'r', 'k', {return: true});
		expect(state.screen).toBe('show');
		expect(state.back.map(b => b.screen)).toEqual(['history', 'show', 'search']);
		state = keys(state, {escape: true});
		expect(state.screen).toBe('search');
		state = keys(state, {escape: true});
		expect([state.screen, state.tab]).toEqual(['show', 'history']);
		state = keys(state, {escape: true});
		expect([state.screen, state.tab]).toEqual(['history', 'history']);
	});

	it('cycles profiles through every profile and back to All profiles, resetting the lists', () => {
		let state = keys(ready(data), 'j', 'j');
		expect(state.lists.stopped.cursor).toBe(3);
		const seen: Array<string | null> = [];
		for (let i = 0; i < data.profiles.length; i++) {
			state = keys(state, 'p');
			seen.push(state.profile);
		}
		expect(seen).toEqual([...data.view.library.profiles, null]);
		expect(state.lists.stopped.cursor).toBe(1);
	});

	it('filters Stopped to abandoned entries (30+ days untouched) and back', () => {
		const state = keys(ready(data), 'a');
		const rows = data.stopped(null, state.stoppedFilter);
		const entries = rows.flatMap(r => (r.kind === 'entry' ? [r.stop] : []));
		expect(entries.length).toBeGreaterThan(0);
		for (const p of entries) expect(data.now - p.start).toBeGreaterThanOrEqual(30 * 86_400_000);
		expect(keys(state, 'a').stoppedFilter.abandoned).toBe(false);
	});

	it('remembers per-profile lists instead of recomputing them on every key', () => {
		const state = ready(data);
		expect(data.history('Alex')).toBe(data.history('Alex'));
		expect(data.stopped(null, state.stoppedFilter)).toBe(data.stopped(null, state.stoppedFilter));
	});

	it('quits on q, Ctrl+C, and from the loading and welcome screens', () => {
		expect(keys(ready(data), 'q').quit).toBe(true);
		expect(keys(ready(data), '/', {ctrl: true, ...{}}).quit).toBe(false);
		expect(uiReducer(ready(data), {type: 'key', input: 'c', key: {ctrl: true}}).quit).toBe(true);
		const loading = initialState({exportPath: SAMPLE, demoPath: SAMPLE});
		expect(keys(loading, 'j').quit).toBe(false);
		expect(keys(loading, 'q').quit).toBe(true);
		expect(keys(initialState({exportPath: null, demoPath: SAMPLE}), 'q').quit).toBe(true);
	});

	it('opens the demo with d and a found export with Enter on the welcome screen', () => {
		const welcome = initialState({exportPath: null, demoPath: '/demo.zip', found: ['/home/me/Downloads/netflix-report.zip']});
		expect(keys(welcome, 'd').phase).toMatchObject({name: 'loading', path: '/demo.zip'});
		expect(keys(welcome, {return: true}).phase).toMatchObject({name: 'loading', path: '/home/me/Downloads/netflix-report.zip'});
		const nothingFound = initialState({exportPath: null, demoPath: '/demo.zip'});
		expect(keys(nothingFound, {return: true}).phase.name).toBe('welcome');
	});

	it('records loading progress and then the data', () => {
		let state = initialState({exportPath: SAMPLE, demoPath: SAMPLE});
		state = uiReducer(state, {type: 'progress', fraction: 0.5, rows: 1200});
		expect(state.phase).toMatchObject({name: 'loading', fraction: 0.5, rows: 1200});
		state = uiReducer(state, {type: 'loaded', data});
		expect(state.phase.name).toBe('ready');
		expect(state.data).toBe(data);
	});

	it('keeps the cursor visible when the terminal gets shorter', () => {
		let state = keys(ready(data, 40), '3', 'G');
		// Lines: viewings and month separators; j steps over a separator to the next viewing.
		const lines = data.historyLines(null);
		expect(state.lists.history).toEqual({cursor: lines.length - 1, offset: lines.length - 35});
		state = keys(state, 'g');
		for (let i = 0; i < 30; i++) state = keys(state, 'j');
		expect(lines.rowAt(state.lists.history.cursor)).toBe(30);
		state = uiReducer(state, {type: 'viewport', rows: 10});
		expect(state.lists.history).toEqual({cursor: lines.lineOf(30), offset: lines.lineOf(30) - 9});
	});
});
