import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import type {ScreenData} from '../../source/ui/screen-data.js';
import {KEY, ready, renderApp, sampleData} from '../helpers/render.js';

let data: ScreenData;
beforeAll(async () => {
	data = await sampleData();
});
afterEach(() => cleanup());

/** The line the cursor is on (marked `›`). */
const selected = (frame: string) => frame.split('\n').find(line => line.startsWith('›')) ?? '';

describe('keyboard flows over the sample export', () => {
	it('lands on Stopped, moves with j/k and arrows, and opens the show under the cursor', async () => {
		const app = renderApp(ready(data));
		const first = app.lastFrame()!;
		expect(first).toContain('Where did I stop');
		expect(first).toContain('[1 Stopped]');
		expect(first).toContain('1/');
		const top = selected(first);
		expect(top).not.toBe('');
		let frame = await app.press('j');
		expect(selected(frame)).not.toBe(top);
		expect(frame).toContain('2/');
		frame = await app.press(KEY.up);
		expect(selected(frame)).toBe(top);
		const showName = top
			.slice(2)
			.split(/…| {2,}/)[0]!
			.trim();
		frame = await app.press(KEY.enter, f => f.includes('Show ·'));
		expect(frame.split('\n')[1]).toContain(showName);
		expect(frame).toMatch(/stopped at|Stopped at/);
		frame = await app.press(KEY.escape, f => f.includes('Where did I stop'));
		expect(selected(frame)).toBe(top);
	});

	it('searches with a typo, highlights nothing it should not, and opens the hit', async () => {
		const app = renderApp(ready(data));
		let frame = await app.press('/', f => f.includes('Search:'));
		expect(frame).toContain('[2 Search]');
		for (const letter of 'strnger') frame = await app.press(letter);
		expect(frame).toContain('Search: strnger');
		expect(selected(frame)).toContain('Stranger Things');
		frame = await app.press(KEY.enter, f => f.includes('Show ·'));
		expect(frame.split('\n')[1]).toContain('Stranger Things');
		expect(frame).toContain('S3E5');
		frame = await app.press(KEY.escape, f => f.includes('Search:'));
		expect(frame).toContain('Search: strnger');
		frame = await app.press(KEY.escape, f => f.includes('Where did I stop'));
		expect(frame).toContain('[1 Stopped]');
	});

	it('types q into the search instead of quitting, and Backspace removes it', async () => {
		const app = renderApp(ready(data));
		await app.press('/', f => f.includes('Search:'));
		let frame = await app.press('q');
		expect(frame).toContain('Search: q');
		frame = await app.press(KEY.backspace);
		expect(frame).not.toContain('Search: q');
		expect(frame).toContain('every title');
	});

	it('cycles profiles with p and the lists follow', async () => {
		const app = renderApp(ready(data));
		const all = app.lastFrame()!;
		expect(all).toContain('Profile: All profiles');
		expect(all).toContain('Begüm 🌙');
		let frame = await app.press('p', f => f.includes('Profile: Alex'));
		expect(frame).not.toContain('Begüm 🌙');
		expect(frame).toContain('Dark');
		frame = await app.press('3', f => f.includes('History ·'));
		expect(frame).toContain('History · Alex');
		const alexCount = /([\d,]+) viewings/.exec(frame)![1];
		frame = await app.press('p', f => f.includes('Profile: Mom, Dad'));
		expect(frame).toContain('History · Mom, Dad');
		expect(/([\d,]+) viewings/.exec(frame)![1]).not.toBe(alexCount);
	});

	it('chooses a profile on the Profiles screen with Enter', async () => {
		const app = renderApp(ready(data));
		let frame = await app.press('4', f => f.includes('[4 Profiles]'));
		expect(selected(frame)).toContain('All profiles');
		frame = await app.press(KEY.down);
		const name = selected(frame)
			.slice(2)
			.trim()
			.split(/\s{2,}/)[0]!
			.trim();
		frame = await app.press(KEY.enter, f => f.includes(`Profile: ${name}`));
		expect(selected(frame)).toContain(`● ${name}`);
	});

	it('scrolls History with G, g and PgDn and shows the position', async () => {
		const app = renderApp(ready(data));
		let frame = await app.press('3', f => f.includes('History ·'));
		const total = /([\d,]+) viewings/.exec(frame)![1]!;
		frame = await app.press('G');
		expect(frame).toContain(`${total}/${total}`);
		frame = await app.press('g');
		expect(frame).toContain(`1/${total}`);
		frame = await app.press(KEY.pageDown);
		expect(frame).toMatch(new RegExp(`\\b(1[5-9]|2\\d)/${total}`));
	});

	it('switches screens with Tab and Shift+Tab', async () => {
		const app = renderApp(ready(data));
		let frame = await app.press(KEY.tab, f => f.includes('[2 Search]'));
		frame = await app.press(KEY.tab, f => f.includes('[3 History]'));
		frame = await app.press(KEY.shiftTab, f => f.includes('[2 Search]'));
		expect(frame).toContain('Search:');
	});

	it('toggles abandoned-only and finished shows on Stopped', async () => {
		const app = renderApp(ready(data));
		const count = (f: string) => Number(/\/([\d,]+)/.exec(f.split('\n').at(-1)!)![1]!.replace(',', ''));
		const start = app.lastFrame()!;
		let frame = await app.press('a', f => f.includes('abandoned only'));
		expect(count(frame)).toBeLessThan(count(start));
		frame = await app.press('a', f => !f.includes('abandoned only'));
		frame = await app.press('f', f => f.includes('all shows, finished too'));
		expect(count(frame)).toBeGreaterThan(count(start));
	});

	it('opens and closes help, generated from the keymap', async () => {
		const app = renderApp(ready(data));
		let frame = await app.press('?', f => f.includes('Esc or ? closes'));
		expect(frame).toContain('Move down');
		expect(frame).toContain('Help');
		frame = await app.press(KEY.escape, f => f.includes('Where did I stop'));
		expect(frame).not.toContain('Move down');
	});

	it('quits on q and on Ctrl+C', async () => {
		for (const key of ['q', KEY.ctrlC]) {
			const app = renderApp(ready(data));
			app.stdin.write(key);
			// After exit the app no longer reacts: a key that would change the screen does nothing.
			await new Promise(resolve => setTimeout(resolve, 50));
			const frozen = app.lastFrame();
			app.stdin.write('3');
			await new Promise(resolve => setTimeout(resolve, 50));
			expect(app.lastFrame()).toBe(frozen);
			expect(frozen).not.toContain('[3 History]');
			app.unmount();
		}
	});
});
