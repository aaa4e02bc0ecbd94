import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import type {ScreenData} from '../../source/ui/screen-data.js';
import {KEY, ready, renderApp, sampleData, TERMINAL_SIZES} from '../helpers/render.js';

// The test setup pins TZ=UTC: the Started column and the months are UTC here.
let data: ScreenData;
/** Starts of every viewing of the sample, newest first, as `2024-03-31 00:18`. */
let newest: string[];
beforeAll(async () => {
	data = await sampleData();
	const list = data.history(null);
	newest = Array.from({length: list.length}, (_, i) => new Date(list.at(list.length - 1 - i).start).toISOString().slice(0, 16).replace('T', ' '));
});
afterEach(() => cleanup());

const lines = (frame: string) => frame.split('\n');
const selected = (frame: string) => lines(frame).find(l => l.startsWith('›')) ?? '';
const statusBar = (frame: string) => lines(frame).at(-1)!;

/** Types text one key at a time, as a person does; returns the last frame. */
async function type(app: ReturnType<typeof renderApp>, text: string): Promise<string> {
	let frame = '';
	for (const ch of text) frame = await app.press(ch);
	return frame;
}

describe('History: month separators and going to a date', () => {
	it('shows the key in the status bar, a line between months, and : 2023-05 Enter goes to May 2023', async () => {
		const app = renderApp(ready(data));
		let frame = await app.press('3', f => f.includes('[3 History]'));
		expect(statusBar(frame)).toContain(': date');
		// December 2025 fills the first page; November's separator comes while paging down.
		expect(frame).not.toContain('── ');
		frame = await app.press(KEY.pageDown);
		frame = await app.press(KEY.pageDown);
		frame = await app.press(KEY.pageDown, f => f.includes('── November 2025 · '));
		expect(lines(frame).find(l => l.includes('── November 2025'))).toMatch(/^ {2}── November 2025 · \d+ viewings ─+$/);
		frame = await app.press(':', f => f.includes('Go to:'));
		expect(statusBar(frame)).toContain('Enter go');
		expect(statusBar(frame)).toContain('Esc cancel');
		frame = await type(app, '2023-05');
		expect(frame).toContain('Go to: 2023-05');
		frame = await app.press(KEY.enter, f => !f.includes('Go to:'));
		// The newest viewing of May 2023 is under the cursor, May's separator right above it.
		const target = newest.find(s => s.startsWith('2023-05'))!;
		expect(selected(frame)).toContain(target);
		const rows = lines(frame);
		expect(rows[rows.findIndex(l => l.startsWith('›')) - 1]).toMatch(/── May 2023 · \d+ viewings/);
		expect(statusBar(frame)).toContain(`${(newest.indexOf(target) + 1).toLocaleString('en-US')}/${newest.length.toLocaleString('en-US')}`);
		// k steps over the separator to June's last viewing; j comes back.
		frame = await app.press('k');
		expect(selected(frame)).toContain(newest[newest.indexOf(target) - 1]!);
		expect(selected(frame)).toContain('2023-06');
		frame = await app.press('j');
		expect(selected(frame)).toContain(target);
	});

	it('says what is wrong with a date and keeps the prompt; Esc cancels; a month with no viewing goes to the nearest', async () => {
		const app = renderApp(ready(data));
		await app.press('3', f => f.includes('[3 History]'));
		await app.press(':', f => f.includes('Go to:'));
		await type(app, '2024-13');
		let frame = await app.press(KEY.enter, f => f.includes('no month 13'));
		expect(frame).toContain('Go to: 2024-13');
		expect(selected(frame)).toContain(newest[0]!);
		frame = await app.press(KEY.escape, f => !f.includes('Go to:'));
		expect(frame).toContain('Started (local)');
		expect(selected(frame)).toContain(newest[0]!);
		// Typed text is text: `q` and `j` do not quit or move while the prompt is open.
		await app.press(':', f => f.includes('Go to:'));
		frame = await type(app, 'qj');
		expect(frame).toContain('Go to: qj');
		frame = await app.press(KEY.enter, f => f.includes('not a date'));
		await app.press(KEY.escape, f => !f.includes('Go to:'));
		// After the last viewing: the newest before it, and the screen says so until the next key.
		await app.press(':', f => f.includes('Go to:'));
		await type(app, 'mar 2030');
		frame = await app.press(KEY.enter, f => f.includes('No viewing in March 2030'));
		expect(frame).toContain(`the nearest before it: ${newest[0]!.slice(0, 10)}`);
		frame = await app.press('j', f => !f.includes('No viewing'));
		expect(frame).toContain('Started (local)');
	});

	it('keeps the selected row on screen at 60×15, 80×24, 120×40 and 200×60, going to a date and paging over months', async () => {
		const target = newest.find(s => s.startsWith('2024-03'))!;
		for (const [width, height] of TERMINAL_SIZES) {
			const app = renderApp(ready(data, height), {width, height});
			await app.press('3', f => f.includes('History'));
			await app.press(':', f => f.includes('Go to:'));
			await type(app, '2024-03');
			let frame = await app.press(KEY.enter, f => !f.includes('Go to:'));
			const size = `${width}×${height}`;
			expect(selected(frame), size).toContain(target.slice(0, width < 80 ? 10 : 16));
			expect(frame, size).toContain('── March 2024');
			expect(lines(frame).length, size).toBeLessThanOrEqual(height - 1);
			for (const key of [KEY.pageDown, KEY.pageDown, 'k', KEY.pageUp, KEY.pageUp, KEY.pageUp, 'j']) {
				frame = await app.press(key);
				expect(selected(frame), `${size} after ${JSON.stringify(key)}`).toMatch(/^› \d{4}-\d{2}-\d{2}/);
				expect(lines(frame).length, size).toBeLessThanOrEqual(height - 1);
			}
			cleanup();
		}
	});
});
