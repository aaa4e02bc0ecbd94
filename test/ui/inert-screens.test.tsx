import {cleanup, render} from 'ink-testing-library';
import {PassThrough} from 'node:stream';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {openExport} from '../../source/load/open-export.js';
import {buildSearchIndex} from '../../source/query/search-index.js';
import {App} from '../../source/ui/App.js';
import {ScreenData} from '../../source/ui/screen-data.js';
import {preload} from '../../source/ui/preload.js';
import {initialState} from '../../source/ui/ui-state.js';
import {uiReducer} from '../../source/ui/ui-reducer.js';
import {tempDir, writeZip} from '../helpers/exports.js';
import {PAYLOADS, rawControlAt, writeHostileExport, type HostileExport} from '../helpers/hostile.js';
import {KEY, NOW, ready, renderApp, SAMPLE} from '../helpers/render.js';

/** Ink's own colours are not data: strip SGR before looking for raw controls (colour is off in tests anyway). */
const SGR = /\u001b\[[0-9;]*m/g;

/** The frame holds no raw control from the file, and is as many lines as it should be. */
function expectInert(frame: string, what: string, height = 40): void {
	const text = frame.replace(SGR, '');
	expect(rawControlAt(text), what).toBeNull();
	// A newline from a field would add a line (or push the status bar off).
	expect(text.split('\n').length, what).toBeLessThanOrEqual(height - 1);
}

let dir: {dir: string; cleanup: () => void};
let hostile: HostileExport;
let data: ScreenData;
beforeAll(async () => {
	dir = tempDir();
	hostile = writeHostileExport(dir.dir, writeZip);
	const view = await openExport(hostile.zip);
	data = new ScreenData(view, () => buildSearchIndex(view.library), NOW);
});
afterAll(() => dir.cleanup());
afterEach(() => cleanup());

describe('the explorer on a hostile export (issue 11: terminal injection)', () => {
	it('every screen shows the payloads as symbols, never as controls', async () => {
		const app = renderApp(ready(data, 40), {width: 120, height: 40});
		let frame = app.lastFrame()!;
		expect(frame).toContain('Where did I stop');
		// All profiles: the profile and the device columns show file text.
		// (Column widths by importance since explorer-lists: where each cell is cut is not the point here.)
		expect(frame).toContain(' Eve␛]52;c');
		expect(frame).toContain(' TV␛]52;c');
		expect(frame).toContain('Tabbedtab␉bedab␈cx␡y\\u2');
		expectInert(frame, 'Stopped');

		frame = await app.press(KEY.enter, f => f.includes('Show ·'));
		expect(frame).toContain('Tabbedtab␉bedab␈cx␡y\\u2066isolated\\u2069 ·');
		expect(frame).toContain('Eve␛]52;c;aGVsbG8=␇');
		expectInert(frame, 'Show');

		frame = await app.press(KEY.escape, f => f.includes('Where did I stop'));
		frame = await app.press('3', f => f.includes('History ·'));
		expect(frame).toContain('Dark␛]0;pwned␇');
		expectInert(frame, 'History');
		// One line per viewing: a newline in a title or profile name does not split a row.
		expect(frame.split('\n').filter(line => /^[ ›] \d{4}-\d{2}-\d{2} /.test(line))).toHaveLength(hostile.profiles.length * hostile.titles.length);

		frame = await app.press('4', f => f.includes('Profiles ·'));
		expect(frame).toContain('Malloryabc\\u202edef');
		expectInert(frame, 'Profiles');

		frame = await app.press('5', f => f.includes('What Netflix knows'));
		expect(frame).toContain('regions: 1 (Region␛]52;c;aGVsbG8=␇)');
		expectInert(frame, 'Data');
		// Open every table's columns (c): the hostile CSV header is among them.
		for (let i = 0; i < 3; i++) {
			frame = await app.press('c');
			frame = await app.press('j', () => true);
		}
		expect(frame).toContain('Esn␛]0;pwned␇');
		expectInert(frame, 'Data, columns');

		frame = await app.press('p', f => f.includes('Profile: Eve'));
		expect(frame).toContain('Profile: Eve␛]52;c;aGVsbG8=␇');
		expectInert(frame, 'header and status bar with a hostile profile');

		frame = await app.press('/', f => f.includes('Search:'));
		for (const letter of 'dark') frame = await app.press(letter);
		expect(frame).toContain('Dark␛]0;pwned␇');
		expectInert(frame, 'Search');
	});

	it('the loading screen and the welcome screen show hostile file names as symbols', () => {
		const name = `/tmp/netflix-report${PAYLOADS['OSC 0 (renames the window)']}${PAYLOADS['a newline in a field']}.zip`;
		const loading = uiReducer(initialState({exportPath: name, demoPath: SAMPLE}), {type: 'progress', fraction: 0.5, rows: 10});
		let frame = render(<App state={loading} width={100} height={24} />).lastFrame()!;
		expect(frame).toContain('reading netflix-report␛]0;pwned␇fake␊row.zip');
		expectInert(frame, 'Loading', 24);
		frame = render(<App state={initialState({exportPath: null, demoPath: SAMPLE, found: [name]})} width={100} height={24} />).lastFrame()!;
		expect(frame).toContain('Found /tmp/netflix-report␛]0;pwned␇fake␊row.zip: press Enter');
		expectInert(frame, 'Welcome', 24);
	});

	it('the first plain frame (drawn before Ink) shows a hostile file name as symbols', async () => {
		const stdout = new PassThrough();
		let written = '';
		stdout.on('data', chunk => (written += String(chunk)));
		const name = `${dir.dir}/bad${PAYLOADS['OSC 52 (sets the clipboard)']}${PAYLOADS['a newline in a field']}.zip`;
		const pre = preload(name, undefined, stdout as unknown as NodeJS.WriteStream, new PassThrough() as unknown as NodeJS.ReadStream);
		await expect(
			pre.load(
				name,
				() => {},
				() => {},
			),
		).rejects.toThrow();
		pre.guard.restore();
		// The frame's own sequences (alternate screen, clear, cursor) are ours; the name's are not.
		const frame = written.replace(/\u001b\[(\?1049[hl]|\?100[0236][hl]|\?2004[hl]|2J|H|\?25[hl])/g, '');
		expect(frame).toContain('Reading bad␛]52;c;aGVsbG8=␇fake␊row.zip… 0%');
		expect(rawControlAt(frame)).toBeNull();
	});
});
