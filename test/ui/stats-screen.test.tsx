import {render} from 'ink-testing-library';
import {cleanup} from 'ink-testing-library';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {cellWidth} from '../../source/text/format.js';
import {openExport} from '../../source/load/open-export.js';
import {buildSearchIndex} from '../../source/query/search-index.js';
import {App} from '../../source/ui/App.js';
import {ScreenData, STATS_AT_ONCE_ROWS} from '../../source/ui/screen-data.js';
import {generateExport} from '../../scripts/generate-export.js';
import type {UiState} from '../../source/ui/ui-state.js';
import {bar, HEAT_SHADES, heatLevel, sparkline} from '../../source/text/charts.js';
import {KEY, keys, NOW, ready, renderApp, sampleData, TERMINAL_SIZES, waitForFrame} from '../helpers/render.js';
import {olderCsv, tempDir} from '../helpers/exports.js';
import {writeFileSync} from 'node:fs';
import path from 'node:path';

let data: ScreenData;
beforeAll(async () => {
	data = await sampleData();
});
afterEach(() => cleanup());

const SIZES = TERMINAL_SIZES;

/** The frame of the app in a state, at a size, checked to fit: at most rows − 1 lines, none wider than the terminal. */
function frameAt(state: UiState, width: number, height: number): string {
	const frame = render(<App state={state} width={width} height={height} />).lastFrame()!;
	const lines = frame.split('\n');
	expect(lines.length).toBeLessThanOrEqual(height - 1);
	for (const line of lines) expect(cellWidth(line)).toBeLessThanOrEqual(width);
	return frame;
}

describe.each(SIZES)('the Stats screen at %i×%i', (width, height) => {
	it.each([
		['years, all profiles', (s: UiState) => keys(s, '6')],
		['months of a year, all profiles', (s: UiState) => keys(s, '6', 'm', {leftArrow: true}, {leftArrow: true})],
		['one profile, scrolled to the end', (s: UiState) => keys(s, 'p', '6', 'G')],
	])('%s fits the terminal and shows its charts', (_, make) => {
		const frame = frameAt(make(ready(data, height)), width, height);
		expect(frame).toContain('[6 Stats]');
		expect(frame.split('\n').at(-1)).toMatch(/^ Stats · .*← year .*\? help {2}q quit/);
		expect(frame.split('\n').at(-1)).not.toContain('Enter open');
		expect(frame.split('\n')[0]).toMatch(/5 \[6 Stats\]|5 Data +\[6 Stats\]/);
		// A bar (a full block and a partial one) with the hours beside it, or the end of the screen.
		expect(frame).toMatch(/█+[▏▎▍▌▋▊▉]? *\s+\d[\d,.]* h|Biggest day: \d{4}-\d{2}-\d{2}/);
	});
});

describe('the Stats screen', () => {
	it('draws every year with its hours, each profile as a sparkline, the heatmap with its legend, tops and binges', () => {
		const frame = frameAt(keys(ready(data, 60), '6'), 200, 60);
		for (const year of ['2022', '2023', '2024', '2025']) expect(frame).toMatch(new RegExp(`${year} +█+[▏▎▍▌▋▊▉]? +[\\d,]+ h`));
		for (const name of ['Alex', 'Mom, Dad', 'Kids']) expect(frame).toMatch(new RegExp(`${name} +[ ▁▂▃▄▅▆▇█]+ +[\\d,.]+ h`));
		expect(frame).toMatch(/Mon [·░▒▓█]{24,}/);
		expect(frame).toContain('· none');
		expect(frame).toMatch(/\d+ ep/);
		expect(frame).toContain('Longest binge:');
		expect(frame).toContain('Biggest day:');
		// The total is the stats' own, not summary's sum of durations.
		const hours = data.stats(null, null).watchSeconds!;
		expect(frame).toContain(`${Math.floor(hours / 3600).toLocaleString('en-US')} h`);
	});

	it('moves the year back and forward and switches to months', () => {
		let state = keys(ready(data, 40), '6');
		const years = data.stats(null, null).years.map(y => y.period);
		state = keys(state, {leftArrow: true});
		expect(state.stats.year).toBe(Number(years.at(-1)));
		let frame = frameAt(state, 120, 40);
		expect(frame).toContain(`Stats · All profiles · ${years.at(-1)} · years`);
		expect(frame).toMatch(new RegExp(`› ${years.at(-1)}`));
		state = keys(state, 'h', 'h', 'h', 'h', 'h');
		expect(state.stats.year).toBe(Number(years[0]));
		state = keys(state, 'm');
		frame = frameAt(state, 120, 40);
		expect(frame).toContain(`per month · ${years[0]}-01 – ${years[0]}-12`);
		state = keys(state, ...years.map(() => ({rightArrow: true})));
		expect(state.stats.year).toBeNull();
		expect(frameAt(state, 120, 40)).toContain('Stats · All profiles · all time · months');
	});

	it('narrows the tops to the year in focus', () => {
		const all = data.stats(null, null);
		const year = data.stats(null, 2022);
		expect(year.watchSeconds).toBe(all.watchSeconds);
		expect(year.shows.reduce((n, s) => n + s.watchSeconds!, 0)).toBeLessThan(all.shows.reduce((n, s) => n + s.watchSeconds!, 0));
	});

	it('says so on the simple download: counts, no durations', async () => {
		const view = await openExport('fixtures/NetflixViewingHistory-mdy.csv');
		const simple = new ScreenData(view, () => buildSearchIndex(view.library), NOW);
		const frame = frameAt(keys(ready(simple, 24), '6'), 80, 24);
		expect(frame).toContain('dates only');
		expect(frame).toMatch(/Viewings per year/);
		expect(frame).toMatch(/2022 +█+ +26\n/);
		expect(frame).toMatch(/Dark +█+ +6 2 ep/);
		expect(frame).not.toMatch(/\d h\b/);
	});

	it('shows names from the file as symbols, never as terminal controls', async () => {
		const {dir, cleanup: remove} = tempDir();
		try {
			const file = path.join(dir, 'ViewingActivity.csv');
			const rows = [1, 2, 3].map(n => ({
				profile: 'Al\u001b[2Jex',
				start: `2024-03-01 2${n}:00:00`,
				duration: '0:40:00',
				title: `Pwn\u001b]0;owned\u0007: Season 1: Ep (Episode ${n})`,
				device: 'TV\u001b[31m',
			}));
			writeFileSync(file, olderCsv(rows));
			const view = await openExport(file);
			const hostile = new ScreenData(view, () => buildSearchIndex(view.library), NOW);
			const frame = frameAt(keys(ready(hostile, 40), 'p', '6'), 120, 40);
			expect(frame).not.toContain('\u001b');
			expect(frame).not.toContain('\u0007');
			expect(frame).toMatch(/Pwn␛\]0;owned␇ +█/);
			expect(frame).toMatch(/TV␛\[31m +█/);
			expect(frame).toContain('episodes of Pwn␛]0;owned␇ in one sitting (Al␛[2Jex');
			expect(frame).toContain('Stats · Al␛[2Jex');
		} finally {
			remove();
		}
	});

	it('is reached with 6 and scrolls with j, PgDn and g in the running app', async () => {
		const app = renderApp(ready(data, 24), {width: 80, height: 24});
		let frame = await app.press('6', f => f.includes('[6 Stats]'));
		expect(frame).toContain('per year');
		frame = await app.press(KEY.pageDown, f => !f.includes('Watch time per year'));
		expect(frame).toMatch(/lines (1[0-9]|2[0-9])–/);
		frame = await app.press('g', f => f.includes('Watch time per year'));
		frame = await app.press('m', f => f.includes('per month'));
		frame = await app.press(KEY.left, f => f.includes('Stats · All profiles · 2025 · months'));
		frame = await app.press('p', f => f.includes('Profile: Alex'));
		expect(frame).toContain('Stats · Alex · all time · months');
		expect(frame).not.toContain('Per profile');
	});
});

describe('charts', () => {
	it('draws bars in eighths of a cell, never wider than asked', () => {
		expect(bar(1, 1, 10)).toBe('██████████');
		expect(bar(0.5, 1, 3)).toBe('█▌');
		expect(bar(0.001, 1, 10)).toBe('▏');
		expect(bar(0, 1, 10)).toBe('');
		expect(bar(5, 1, 4)).toBe('████');
	});

	it('shades sparklines and heat cells with distinct characters (no colour needed)', () => {
		expect(sparkline([0, 1, 4, 8])).toBe(' ▁▄█');
		expect(new Set(HEAT_SHADES).size).toBe(5);
		expect([0, 1, 26, 51, 76, 100].map(v => heatLevel(v, 100))).toEqual([0, 1, 2, 3, 4, 4]);
	});
});

describe('the Stats screen of a large export', () => {
	it('says it is computing, answers keys meanwhile, then shows the report it made between them', async () => {
		const {dir, cleanup: remove} = tempDir();
		try {
			const rows = STATS_AT_ONCE_ROWS * 4;
			const csv = [...generateExport({rows, seed: 3})].find(([name]) => name.endsWith('ViewingActivity.csv'))![1];
			const file = path.join(dir, 'ViewingActivity.csv');
			writeFileSync(file, csv);
			const view = await openExport(file);
			const large = new ScreenData(view, () => buildSearchIndex(view.library), NOW);
			// A real export's size (1k–25k viewings) is made in steps, not in one piece after the first screen.
			expect(rows).toBeLessThanOrEqual(25_000);
			const app = renderApp(ready(large, 24), {width: 80, height: 24});
			// Root starts the steps once the first screen is drawn: the screen says so until they are done.
			let frame = await app.press('6', f => f.includes('[6 Stats]'));
			expect(frame).toMatch(/Computing the stats… \d+%/);
			expect(large.statsReady()).toBe(false);
			// A key while computing is answered while the numbers are still being made.
			frame = await app.press('1', f => !f.includes('Computing the stats'));
			expect(frame).toContain('[1 Stopped]');
			expect(large.statsReady()).toBe(false);
			frame = await app.press('6', f => f.includes('[6 Stats]'));
			frame = await waitForFrame(app.lastFrame, f => f.includes('Watch time per year'), 20_000);
			expect(large.statsReady()).toBe(true);
			// The report is the one statsOf makes at once, and moving to a year answers from the tallies.
			expect(frame).toContain(`${Math.floor(large.stats(null, null).watchSeconds! / 3600).toLocaleString('en-US')} h`);
			frame = await app.press(KEY.left, f => /Stats · All profiles · \d{4} · years/.test(f));
		} finally {
			remove();
		}
	}, 60_000);
});
