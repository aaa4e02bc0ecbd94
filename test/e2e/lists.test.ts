/**
 * Layout, the Show screen's stop, filters, sorting and help, in a real 80×24 terminal (tmux) running
 * the built binary. `npm test` builds dist/ before vitest runs.
 */
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {withTmuxServer} from '../helpers/tmux.js';

const EXPLORER = `'${process.execPath}' dist/cli.js --demo`;
const rows = (screen: string) => screen.trimEnd().split('\n');
const SIZE = {columns: 80, rows: 24};

const tmux = withTmuxServer();

describe('lists at 80×24 in a real terminal (tmux)', () => {
	it('every tab is named in the tab bar, with the profile', async () => {
		const terminal = tmux.open('tabs', EXPLORER, SIZE);
		const screen = await terminal.waitForText('[1 Stopped]', 'Where did I stop');
		const top = rows(screen)[0]!;
		for (const name of ['[1 Stopped]', '2 Search', '3 History', '4 Profiles', '5 Data', 'Profile: All profiles']) expect(top).toContain(name);
		expect(stringWidth(top.trimEnd())).toBeLessThanOrEqual(80);
		terminal.press('q');
		await terminal.waitForText('EXIT=0');
	});

	it('Enter on Stopped opens the show scrolled to the stop, that episode under the cursor and marked', async () => {
		const terminal = tmux.open('stop', EXPLORER, SIZE);
		await terminal.waitForText('[1 Stopped]', 'Where did I stop');
		// Kids' profile: Stranger Things is the first entry, stopped at S3E5.
		terminal.press('p', 'p', 'p', 'p');
		const kids = await terminal.waitForText('Profile: Kids', 'Stranger Things');
		expect(rows(kids).find(l => l.startsWith('›'))).toMatch(/Stranger Things +S3E5/);
		terminal.press('Enter');
		const show = await terminal.waitForText('Stranger Things · series', '◀ stopped');
		const cursor = rows(show).find(l => l.startsWith('›'))!;
		expect(cursor).toMatch(/E5 Chapter Five: The Upside Down .*◀ stopped 18:20 of ~49 min/);
		// Scrolled: the first season's heading is above the window.
		expect(show).not.toContain('Season 1 ·');
		terminal.press('q');
		await terminal.waitForText('EXIT=0');
	});

	it('History: f filters while typing, o puts the oldest first', async () => {
		const terminal = tmux.open('filter', EXPLORER, SIZE);
		await terminal.waitForText('[1 Stopped]');
		terminal.press('3');
		await terminal.waitForText('[3 History]', 'newest first');
		terminal.press('f');
		await terminal.waitForText('filter:');
		await terminal.type('dark', (screen, typed) => screen.includes(`filter: ${typed}`));
		const filtered = await terminal.waitForText('17 viewings');
		const listed = rows(filtered).filter(l => /\d{4}-\d{2}-\d{2} \d{2}:\d{2}/.test(l));
		expect(listed.length).toBeGreaterThan(5);
		for (const line of listed) expect(line).toContain('Dark · S');
		terminal.press('Enter');
		await terminal.waitForText('(f edits)');
		terminal.press('o');
		const oldest = await terminal.waitForText('oldest first');
		const starts = rows(oldest).flatMap(l => /\d{4}-\d{2}-\d{2} \d{2}:\d{2}/.exec(l)?.[0] ?? []);
		expect(starts.length).toBeGreaterThan(5);
		expect(starts).toEqual([...starts].sort());
		terminal.press('q');
		await terminal.waitForText('EXIT=0');
	});

	it('help at 80×24: the screen’s own keys first and a line saying there is more', async () => {
		const terminal = tmux.open('help', EXPLORER, SIZE);
		await terminal.waitForText('[1 Stopped]');
		terminal.press('?');
		const help = await terminal.waitForText('closes this help', 'more lines');
		const lines = rows(help);
		expect(lines[2]).toBe('Stopped screen:');
		expect(lines.length).toBeLessThanOrEqual(23);
		terminal.press('G');
		await terminal.waitFor('the end of the help', screen => screen.includes('more above') && !screen.includes('more lines'));
		terminal.press('q');
		await terminal.waitForText('EXIT=0');
	});
});
