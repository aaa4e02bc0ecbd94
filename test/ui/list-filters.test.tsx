import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {type FilteredHistory, filteredHistory, historyQuery} from '../../source/query/history-filter.js';
import {buildLibrary} from '../../source/model/library.js';
import type {ScreenData} from '../../source/ui/screen-data.js';
import {stopGroup} from '../../source/query/stopped-list.js';
import {KEY, ready, renderApp, sampleData} from '../helpers/render.js';
import {row} from '../helpers/rows.js';

let data: ScreenData;
beforeAll(async () => {
	data = await sampleData();
});
afterEach(() => cleanup());

const titleLine = (frame: string) => frame.split('\n')[1]!;
const countOf = (frame: string) => Number(/ · ([\d,]+) viewings? · /.exec(titleLine(frame))![1]!.replace(/,/g, ''));

describe('finding things in lists', () => {
	it('History: f filters by show while typing, Enter keeps the filter, Esc clears it', async () => {
		const app = renderApp(ready(data));
		let frame = await app.press('3', f => f.includes('[3 History]'));
		const all = countOf(frame);
		frame = await app.press('f', f => f.includes('filter:'));
		for (const ch of 'dark') frame = await app.press(ch);
		expect(countOf(frame)).toBe(17);
		const rows = frame
			.split('\n')
			.slice(3, -1)
			.filter(l => /\d{4}-\d{2}-\d{2}/.test(l));
		expect(rows.length).toBeGreaterThan(5);
		for (const line of rows) expect(line).toContain('Dark · S');
		// While typing, j is text, not a move.
		frame = await app.press(KEY.enter, f => f.includes('(f edits)'));
		frame = await app.press('j', f => /^\s{2}\d/m.test(f) && f.split('\n')[3]!.startsWith('  '));
		frame = await app.press('f', f => !f.includes('(f edits)'));
		frame = await app.press(KEY.escape, f => !f.includes('filter:'));
		expect(countOf(frame)).toBe(all);
	});

	it('History: a profile or a month as filter; o orders oldest first', async () => {
		const app = renderApp(ready(data));
		await app.press('3', f => f.includes('[3 History]'));
		await app.press('f', f => f.includes('filter:'));
		let frame = '';
		for (const ch of 'kids') frame = await app.press(ch);
		expect(countOf(frame)).toBe(data.history('Kids').length);
		for (let i = 0; i < 4; i++) frame = await app.press(KEY.backspace);
		for (const ch of '2023-05') frame = await app.press(ch);
		const dates = frame.split('\n').flatMap(l => /(\d{4}-\d{2})-\d{2} \d{2}:\d{2}/.exec(l)?.[1] ?? []);
		expect(new Set(dates)).toEqual(new Set(['2023-05']));
		frame = await app.press(KEY.enter);
		frame = await app.press('o', f => f.includes('oldest first'));
		const starts = frame.split('\n').flatMap(l => /\d{4}-\d{2}-\d{2} \d{2}:\d{2}/.exec(l)?.[0] ?? []);
		expect(starts).toEqual([...starts].sort());
	});

	it('Stopped: s shows one section at a time, o orders by show name', async () => {
		const app = renderApp(ready(data), {width: 100});
		let frame = await app.press('s', f => f.includes('only mid-episode'));
		expect(frame).not.toContain('Next up');
		frame = await app.press('s', f => f.includes('only next up'));
		const rows = data.stopped(null, {abandoned: false, finished: false, group: 'next-up'}).flatMap(r => (r.kind === 'entry' ? [r.stop] : []));
		expect(rows.every(p => stopGroup(p) === 'next-up')).toBe(true);
		frame = await app.press('o', f => f.includes('by show (o)'));
		const names = data.stopped(null, {abandoned: false, finished: false, group: 'next-up', sort: 'show'}).flatMap(r => (r.kind === 'entry' ? [r.stop.show] : []));
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
		expect(frame.split('\n')[4]).toContain(names[0]!);
	});

	it('a filter over many viewings keeps what a plain scan keeps, typed key by key or at once (speed: npm run bench)', () => {
		const titles = Array.from({length: 300}, (_, i) => `Show ${i}: Season 1: Episode title ${i % 17} (Episode ${(i % 10) + 1})`);
		const rows = Array.from({length: 30_000}, (_, i) =>
			row({
				start: new Date(Date.UTC(2014, 0, 1) + i * 1_000_000).toISOString().slice(0, 16).replace('T', ' '),
				title: titles[i % titles.length]!,
				profile: ['Alex', 'Kids', 'Mom, Dad'][i % 3]!,
			}),
		);
		const library = buildLibrary(rows);
		expect(filteredHistory(library, historyQuery({text: 'kids'})).length).toBe(30_000 / 3);
		for (const text of ['show 12', 'episode title 3', '2014-03']) {
			let previous: FilteredHistory | undefined;
			for (let n = 1; n <= text.length; n++) {
				const query = historyQuery({text: text.slice(0, n)});
				previous = {query, list: filteredHistory(library, query, previous)};
			}
			expect(previous!.list.length, text).toBeGreaterThan(0);
			expect(previous!.list.length, text).toBe(filteredHistory(library, historyQuery({text})).length);
		}
	});
});
