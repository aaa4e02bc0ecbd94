import stringWidth from 'string-width';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import type {ScreenData} from '../../source/ui/screen-data.js';
import {KEY, ready, renderApp, sampleData, TERMINAL_SIZES} from '../helpers/render.js';
import {leaked, sampleSecrets} from '../helpers/secrets.js';

let data: ScreenData;
let secrets: string[];
beforeAll(async () => {
	data = await sampleData();
	secrets = await sampleSecrets();
});
afterEach(() => cleanup());

/** The line the cursor is on (marked `›`). */
const selected = (frame: string) => frame.split('\n').find(line => line.startsWith('›')) ?? '';

type App = ReturnType<typeof renderApp>;

/** Sends a key and waits for the frame to change, or returns the same frame when it does not within half a second. */
async function step(app: App, key: string): Promise<string> {
	const before = app.lastFrame() ?? '';
	app.stdin.write(key);
	for (let waited = 0; waited < 500; waited += 10) {
		const frame = app.lastFrame() ?? '';
		if (frame !== before) return frame;
		await new Promise(resolve => setTimeout(resolve, 10));
	}
	return before;
}

/** Opens the Data screen and puts the cursor on the table whose title starts the selected line. */
async function onTable(app: App, title: string): Promise<string> {
	let frame = await app.press('5', f => f.includes('What Netflix knows'));
	// Titles are cut on narrow terminals (to 19 characters at 60 columns), enough to tell the sample's tables apart.
	const start = `▸ ${title.slice(0, 19)}`;
	for (let i = 0; i < 40 && !selected(frame).includes(start); i++) frame = await app.press('j');
	expect(selected(frame)).toContain(start);
	return frame;
}

/** Opens a table's rows from the Data screen. */
async function openTable(app: App, title: string): Promise<string> {
	await onTable(app, title);
	return app.press(KEY.enter, f => f.split('\n')[1]?.startsWith(title) === true && f.includes('── row'));
}

/** Checks the frame fits the terminal: at most `height - 1` lines, none wider than `width`. */
function expectFits(frame: string, width: number, height: number): void {
	const lines = frame.split('\n');
	expect(lines.length).toBeLessThanOrEqual(height - 1);
	for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(width);
}

describe('the rows viewer', () => {
	for (const [width, height] of TERMINAL_SIZES) {
		it(`works at ${width}×${height}: opens, masks, reveals, goes to the last row, and masks again after leaving`, async () => {
			const app = renderApp(ready(data, height), {width, height});
			let frame = await openTable(app, 'IP addresses: sign-ins');
			expectFits(frame, width, height);
			expect(frame.split('\n')[1]).toMatch(/^IP addresses: sign-ins · masked \(r reveals\)( · 6 rows · file order)?/);
			expect(selected(frame)).toMatch(/NFANDROID2/);
			expect(frame).toContain('── row 1 of 6');
			expect(frame.split('\n').at(-1)).toContain('Rows · whole account · 1/6');
			// The picked column moves right until the IP address column shows, masked.
			for (let i = 0; i < 3; i++) frame = await app.press('l');
			expect(frame).toContain('[Ip]');
			expect(selected(frame)).toMatch(/\d+\.\d+\.\d+\.•/);
			expectFits(frame, width, height);
			frame = await app.press('G', f => f.includes('── row 6 of 6'));
			expect(frame.split('\n').at(-1)).toContain('6/6');
			frame = await app.press('r', f => f.includes('REVEALED'));
			expect(selected(frame)).toMatch(/\d+\.\d+\.\d+\.\d+/);
			expectFits(frame, width, height);
			frame = await app.press(KEY.escape, f => f.includes('What Netflix knows'));
			frame = await app.press(KEY.enter, f => f.includes('── row'));
			expect(frame).toContain('masked (r reveals)');
			expect(frame).not.toContain('REVEALED');
			expectFits(frame, width, height);
		});
	}

	it('opens the viewing history too, with its times in local time', async () => {
		const app = renderApp(ready(data, 24), {width: 80, height: 24});
		const frame = await openTable(app, 'Viewing activity');
		expect(frame.split('\n')[1]).toMatch(/^Viewing activity · masked \(r reveals\) · 2,\d{3} rows/);
		expect(frame).toMatch(/Start Time/);
		// The file's `2025-12-29 21:00:00` (UTC, the tests run in UTC) as the screens write times.
		expect(frame).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} /);
		expect(frame).not.toMatch(/\d{2}:\d{2}:\d{2} .*\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/);
	});

	it('sorts by the picked column: ascending, descending, then file order', async () => {
		const app = renderApp(ready(data, 24), {width: 120, height: 24});
		await openTable(app, 'IP addresses: sign-ins');
		let frame = '';
		for (let i = 0; i < 5; i++) frame = await app.press('l');
		expect(frame).toContain('[Ts]');
		frame = await app.press('s', f => f.includes('Ts ↑'));
		const times = (f: string) => [...f.matchAll(/^[› ] NFANDROID2.*(\d{4}-\d{2}-\d{2} \d{2}:\d{2}) *$/gm)].map(m => m[1]!);
		const up = times(frame);
		expect(up).toHaveLength(6);
		expect([...up].sort()).toEqual(up);
		frame = await app.press('s', f => f.includes('Ts ↓'));
		expect(times(frame)).toEqual([...up].reverse());
		frame = await app.press('s', f => f.includes('file order'));
	});

	it('filters with / on what is shown, Enter keeps the filter, Esc drops it', async () => {
		const app = renderApp(ready(data, 24), {width: 120, height: 24});
		await openTable(app, 'IP addresses: sign-ins');
		await app.press('/', f => f.includes('filter: ▏'));
		let frame = await app.press('iphone', f => f.includes('filter: iphone▏'));
		const shown = frame.split('\n').filter(l => /^[› ] NFANDROID2/.test(l));
		expect(shown.length).toBeGreaterThan(0);
		expect(shown.length).toBeLessThan(6);
		for (const line of shown) expect(line).toContain('iPhone');
		expect(frame).toMatch(new RegExp(`· ${shown.length} of 6 rows`));
		// q is text while filtering: it neither quits nor moves.
		frame = await app.press('q', f => f.includes('filter: iphoneq▏'));
		expect(frame).toContain('No row matches the filter');
		frame = await app.press(KEY.backspace, f => f.includes('filter: iphone▏'));
		frame = await app.press(KEY.enter, f => f.includes('filter: iphone') && !f.includes('▏'));
	});

	it('cannot find a masked value by typing it into the filter, until revealed', async () => {
		const app = renderApp(ready(data, 24), {width: 120, height: 24});
		await openTable(app, 'Extra members');
		await app.press('/', f => f.includes('filter: ▏'));
		let frame = await app.press('riley', f => f.includes('filter: riley▏'));
		expect(frame).toContain('0 of 1 row');
		await app.press(KEY.enter, f => f.includes('filter: riley') && !f.includes('▏'));
		frame = await app.press('r', f => f.includes('REVEALED'));
		expect(frame).toContain('1 of 1 row');
	});

	it('shows the selected row’s every cell on Enter, and goes back to the rows on Esc', async () => {
		const app = renderApp(ready(data, 15), {width: 60, height: 15});
		await openTable(app, 'Account details');
		let frame = await app.press(KEY.enter, f => f.includes('every cell · Enter or Esc'));
		for (const name of ['First Name: S•••', 'Last Name: Q•••', 'Email Address: s•••@example.com', 'Phone Number: +• ••• ••00']) expect(frame).toContain(name);
		expectFits(frame, 60, 15);
		// Scrolls down to the last cells.
		frame = await step(app, 'G');
		expect(frame).toContain('Email Marketing Opt In: false');
		frame = await app.press(KEY.escape, f => f.includes('── row 1 of 1'));
		expect(frame.split('\n')[1]).toContain('Account details');
	});
});

describe('personal values in the explorer', () => {
	it('shows none of the sample’s on the Data screen or in any table’s rows, until r', async () => {
		const app = renderApp(ready(data, 60), {width: 200, height: 60});
		let frame = await app.press('5', f => f.includes('What Netflix knows'));
		const frames: string[] = [frame];
		const titles: string[] = [];
		for (let i = 0; i < 40; i++) {
			const line = selected(frame);
			const title = /▸ (.+?) {2,}(\d[\d,]* rows?|no data)/.exec(line);
			if (title && title[2] !== 'no data' && !titles.includes(title[1]!)) titles.push(title[1]!);
			const next = await step(app, 'j');
			frames.push(next);
			if (next === frame) break;
			frame = next;
		}
		expect(titles.length).toBeGreaterThan(20);
		// Back to the top, then each table's rows, its first row in full and its last row.
		await step(app, 'g');
		for (const title of titles) {
			frames.push(await openTable(app, title));
			// The first row in full (the pane shows the others' cells as the cursor moves).
			frames.push(await app.press(KEY.enter, f => f.includes('every cell · Enter or Esc')));
			await app.press(KEY.escape, f => f.includes('── row'));
			frames.push(await step(app, 'G'));
			// Back on the Data screen the cursor is still on this table: the next one is further down.
			await app.press(KEY.escape, f => f.includes('What Netflix knows'));
		}
		expect(leaked(frames.join('\n'), secrets)).toEqual([]);
		// The check can fail: revealed, the extra member's values are there.
		await step(app, 'g');
		await openTable(app, 'Extra members');
		const revealed = await app.press('r', f => f.includes('REVEALED'));
		const detail = await app.press(KEY.enter, f => f.includes('every cell · Enter or Esc'));
		expect(leaked(revealed + detail, secrets)).toEqual(expect.arrayContaining(['riley.member@', '12 Example Street, Springfield']));
	}, 240_000);
});

describe('answers from the other tables in the explorer', () => {
	it('shows the profile’s rating of a show on its Show screen', async () => {
		const {ratingsByShow} = await import('../../source/query/other-answers.js');
		// The sample rates its first profile's first show two thumbs up (scripts/generator/other-tables.ts).
		const [key, ratings] = [...ratingsByShow(data.view.loaded, data.view.library)].find(([, list]) => list.some(r => r.rating === 'two thumbs up' && r.profile === 'Alex'))!;
		expect(ratings.length).toBeGreaterThan(0);
		const app = renderApp({...ready(data, 24), screen: 'show', showKey: key}, {width: 120, height: 24});
		const frame = await app.press('p', f => f.includes('Profile: Alex'));
		expect(frame.split('\n')[1]).toContain('rated two thumbs up');
		expect(frame.split('\n')[1]).not.toContain('(Alex)');
		// Another profile: Alex's rating is not theirs.
		const other = await app.press('p', f => !f.includes('Profile: Alex'));
		expect(other).not.toMatch(/rated .*two thumbs up/);
	});
});
