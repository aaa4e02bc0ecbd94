import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {cellWidth} from '../../source/text/format.js';
import {dataSpan, pack} from '../../source/ui/data-lines.js';
import {revealSpan} from '../../source/ui/list-window.js';
import type {ScreenData} from '../../source/ui/screen-data.js';
import {ready, renderApp, sampleData} from '../helpers/render.js';

let data: ScreenData;
beforeAll(async () => {
	data = await sampleData();
});
afterEach(() => cleanup());

/** The line the cursor is on (marked `›`). */
const selected = (frame: string) => frame.split('\n').find(line => line.startsWith('›')) ?? '';

describe('the Data screen (what Netflix knows)', () => {
	it('opens on 5 with the whole account, category headings and the cursor on the first table', async () => {
		const app = renderApp(ready(data));
		const frame = await app.press('5', f => f.includes('What Netflix knows'));
		expect(frame).toContain('What Netflix knows · whole account · 27 tables, 1 empty');
		expect(frame).toContain('ACCOUNT · who owns the account');
		expect(selected(frame)).toMatch(/Account details +1 row +2021-06-15/);
		// The owner's name, email and phone, masked.
		expect(frame).toContain('name: S••• Q••• · email: s•••@example.com · phone: +• ••• ••00');
		expect(frame).not.toContain('sasha@example.com');
		expect(frame.split('\n').at(-1)).toContain('Data · whole account · 1/27');
		expect(frame.split('\n').length).toBeLessThanOrEqual(23);
	});

	it('scrolls table by table down to the IP addresses, showing each table’s lines with it', async () => {
		const app = renderApp(ready(data));
		let frame = await app.press('5', f => f.includes('What Netflix knows'));
		for (let i = 0; i < 20 && !selected(frame).includes('IP addresses: sign-ins'); i++) frame = await app.press('j');
		expect(selected(frame)).toMatch(/IP addresses: sign-ins +6 rows +2022-11-17 → 2025-10-31/);
		// Its description and highlights are scrolled into view below it; the top of the list scrolled away.
		expect(frame).toContain('every sign-in: IP address, device, place and time');
		expect(frame).toContain('IP addresses: 6 · countries: 1 (US)');
		expect(frame).not.toContain('ACCOUNT · who owns');
		expect(frame.split('\n').at(-1)).toMatch(/ 1[5-9]\/27/);
		frame = await app.press('k');
		expect(selected(frame)).toContain('Playback events');
	});

	it('goes to the last table with G (its lines shown) and back with g', async () => {
		const app = renderApp(ready(data));
		await app.press('5', f => f.includes('What Netflix knows'));
		let frame = await app.press('G');
		expect(selected(frame)).toContain('Social media connections');
		expect(frame).toContain('Game sessions');
		expect(frame).toContain('27/27');
		frame = await app.press('g');
		expect(selected(frame)).toContain('Account details');
		expect(frame).toContain('ACCOUNT ·');
	});

	it('shows a table’s columns on c and hides them on a second c', async () => {
		const app = renderApp(ready(data));
		await app.press('5', f => f.includes('What Netflix knows'));
		let frame = await app.press('c', f => f.includes('10 columns:'));
		expect(selected(frame)).toContain('▾ Account details');
		expect(frame).toContain('Customer Creation Timestamp');
		expect(frame).toMatch(/file: .*ACCOUNT\/AccountDetails\.csv/);
		frame = await app.press('c', f => !f.includes('10 columns:'));
		expect(selected(frame)).toContain('▸ Account details');
	});

	it('says under My List and the searches what they tell about the viewing', async () => {
		const app = renderApp(ready(data, 40), {width: 120, height: 40});
		let frame = await app.press('5', f => f.includes('What Netflix knows'));
		for (let i = 0; i < 20 && !selected(frame).includes('Search history'); i++) frame = await app.press('j');
		expect(frame).toMatch(/\d+ never started \(waiting longest: The Unwatched Example, Alex, [\d,]+ days\) · \d+ started, not finished · \d+ finished/);
		// The sample's first profile searched its first show two hours before watching it.
		expect(frame).toMatch(/Alex: \d+ searches · \d+ watched afterwards \(soonest: .+ after 2 h\) · \d+ never watched/);
	});

	it('keeps showing the whole account when a profile is chosen', async () => {
		const app = renderApp(ready(data));
		await app.press('5', f => f.includes('What Netflix knows'));
		const frame = await app.press('p', f => f.includes('Profile: Alex'));
		expect(frame).toContain('What Netflix knows · whole account');
		expect(frame.split('\n').at(-1)).toContain('Data · whole account');
		expect(frame).toContain('email: s•••@example.com');
	});

	it('fits 80×24 with a table open: at most 23 lines, none wider than 80', async () => {
		const app = renderApp(ready(data));
		await app.press('5', f => f.includes('What Netflix knows'));
		let before = '';
		for (let i = 0; i < 12 && !selected(before).includes('Billing history'); i++) before = await app.press('j');
		const frame = await app.press('c', f => f.includes('columns:'));
		const lines = frame.split('\n');
		expect(lines.length).toBeLessThanOrEqual(23);
		for (const line of lines) expect(cellWidth(line)).toBeLessThanOrEqual(80);
		expect(selected(frame)).toContain('▾ Billing history');
		expect(frame).toContain('Gross Sale Amt, Pmt Txn Type, Pmt Status, Final Invoice Result');
	});
});

describe('Data lines and their window', () => {
	it('packs pieces into lines no longer than asked, keeping the separator at the break', () => {
		expect(pack(['aaaa', 'bbbb', 'cccc'], ' · ', 11)).toEqual(['aaaa · bbbb ·', 'cccc']);
		expect(pack(['a-very-long-piece'], ', ', 5)).toEqual(['a-very-long-piece']);
		expect(pack([], ', ', 5)).toEqual([]);
	});

	it('spans a table from its heading (first in the category) through its last detail line', () => {
		const lines = data.dataLines([]);
		const first = lines.findIndex(l => l.kind === 'table');
		expect(lines[first - 1]!.kind).toBe('heading');
		const [from, to] = dataSpan(lines, first);
		expect(from).toBe(first - 1);
		expect(lines[to + 1]!.kind).not.toBe('detail');
		const second = lines.findIndex((l, i) => i > first && l.kind === 'table');
		expect(dataSpan(lines, second)[0]).toBe(second);
	});

	it('scrolls just enough to show an item’s lines, never hiding the cursor', () => {
		expect(revealSpan({cursor: 9, offset: 0}, 8, 12, 10)).toEqual({cursor: 9, offset: 3});
		expect(revealSpan({cursor: 5, offset: 5}, 4, 6, 10)).toEqual({cursor: 5, offset: 4});
		// Taller than the window: the start wins, the cursor stays visible.
		expect(revealSpan({cursor: 5, offset: 5}, 4, 30, 3)).toEqual({cursor: 5, offset: 4});
		const same = {cursor: 2, offset: 0};
		expect(revealSpan(same, 1, 4, 10)).toBe(same);
	});
});
