/**
 * The built binary in a real terminal: tmux runs `node dist/cli.js` in a detached window, the test
 * sends keys with `send-keys` and reads the screen with `capture-pane`, as a person would see it.
 * `npm test` builds dist/ before vitest runs.
 */
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {keyHelpLines} from '../../source/ui/key-help.js';
import {type Terminal, withTmuxServer} from '../helpers/tmux.js';

const EXPLORER = `'${process.execPath}' dist/cli.js`;
/** Text only the explorer's tab bar shows, so its absence means the explorer's screen is gone. */
const TAB_BAR = '3 History   4 Profiles';

/** The rows of a captured screen, without the blank rows below the last text. */
const rows = (screen: string) => screen.trimEnd().split('\n');

const tmux = withTmuxServer();

/** Waits for the program to end and checks it left the terminal as it found it. */
async function expectExitAndRestored(terminal: Terminal, code: number): Promise<string> {
	const screen = await terminal.waitForText(`EXIT=${code}`);
	expect(terminal.alternateScreenOn()).toBe(false);
	expect(terminal.cursorVisible()).toBe(true);
	expect(screen).not.toContain(TAB_BAR);
	return screen;
}

describe('the explorer in a real terminal (tmux)', () => {
	it('opens the sample, finds a misspelt show, opens it, goes back, cycles the profile, shows help and quits with q', async () => {
		const terminal = tmux.open('flow', `${EXPLORER} --demo`);

		// The landing screen: the tab bar with Stopped chosen, and where each show was left.
		const landing = await terminal.waitForText('[1 Stopped]', 'Dark', 'S2E4');
		expect(terminal.alternateScreenOn()).toBe(true);
		expect(rows(landing)[0]).toContain('Profile: All profiles');
		expect(landing).toMatch(/Dark +Alex +S2E4 · Reisende +31:12 of ~49 min/);

		// `/` then a misspelt query, one key per send-keys; each key must show up in the query line.
		terminal.press('/');
		await terminal.waitForText('[2 Search]', 'Search: ');
		await terminal.type('strnger', (screen, typed) => screen.includes(`Search: ${typed} `));
		const results = await terminal.waitForText('Stranger Things');
		expect(results).toContain('1 title');

		// Enter opens the show: its seasons and where Kids stopped.
		terminal.press('Enter');
		const show = await terminal.waitForText('Stranger Things · series', '18:20');
		expect(show).toMatch(/stopped at S3E5 · Chapter Five: The Upside Down · 18:20 of ~49 min/);
		// It opens scrolled to that episode, the cursor on it and the stop marked.
		expect(show).toMatch(/^› +E5 Chapter Five: The Upside Down .*◀ Kids 18:20 of ~49 min/m);
		expect(rows(show).at(-1)).toMatch(/^ Show · /);

		// Esc goes back to the results with the query kept, Esc again leaves search for Stopped.
		terminal.press('Escape');
		await terminal.waitFor('the search results again', screen => screen.includes('Search: strnger ') && !screen.includes('Stranger Things · series'));
		terminal.press('Escape');
		await terminal.waitForText('[1 Stopped]', 'Where did I stop');

		// p picks the next profile: the header and the status bar say so, and the list narrows to it.
		terminal.press('p');
		const alex = await terminal.waitForText('Profile: Alex');
		expect(rows(alex)[0]).not.toContain('All profiles');
		expect(rows(alex).at(-1)).toMatch(/^ Stopped · Alex · /);
		expect(alex).not.toContain('Begüm');

		// ? opens the help with every key binding; ? closes it again, and so does Esc.
		terminal.press('?');
		const help = await terminal.waitForText('Keys — Esc or ? closes this help');
		// Every context's keys no longer fit 40 lines (Stats, Data, Rows, History merged in): the Stopped
		// screen's keys come first, a line says how many are below, and G scrolls to the last.
		const lines = keyHelpLines('stopped');
		for (const line of lines.slice(0, 30)) expect(help).toContain(line.trimEnd());
		expect(help).toMatch(/↓ \d+ more lines/);
		terminal.press('G');
		const end = await terminal.waitForText('more above');
		for (const line of lines.slice(-10)) expect(end).toContain(line.trimEnd());
		terminal.press('?');
		await terminal.waitFor('the help to close on ?', screen => !screen.includes('closes this help') && screen.includes('Where did I stop'));
		terminal.press('?');
		await terminal.waitForText('closes this help');
		terminal.press('Escape');
		await terminal.waitFor('the help to close on Esc', screen => !screen.includes('closes this help') && screen.includes('Where did I stop'));

		terminal.press('q');
		await expectExitAndRestored(terminal, 0);
	});

	it('quits with Ctrl+C, exit 0, and restores the screen', async () => {
		const terminal = tmux.open('ctrl-c', `${EXPLORER} --demo`);
		await terminal.waitForText('[1 Stopped]', 'Dark');
		terminal.press('C-c');
		await expectExitAndRestored(terminal, 0);
	});

	it('quits with Ctrl+C while a query is being typed (q is text there)', async () => {
		const terminal = tmux.open('ctrl-c-search', `${EXPLORER} --demo`);
		await terminal.waitForText('[1 Stopped]');
		terminal.press('/');
		await terminal.waitForText('Search: ');
		await terminal.type('q', screen => screen.includes('Search: q '));
		expect(terminal.screen()).toContain(TAB_BAR);
		terminal.press('C-c');
		await expectExitAndRestored(terminal, 0);
	});

	it('lays the screen out again on resize, says when the window is too small, and recovers', async () => {
		const terminal = tmux.open('resize', `${EXPLORER} --demo`, {columns: 160, rows: 40});
		// From 140 columns a pane beside the list shows the row under the cursor in full.
		await terminal.waitForText('[1 Stopped]', 'Dark', 'Title as written:');

		terminal.resize(80, 24);
		// At 80 columns the pane goes; waiting for that proves the frame was drawn again.
		const narrow = await terminal.waitFor('the 80×24 layout', screen => /Show +.*Last watched/.test(screen) && !screen.includes('Title as written:'));
		const lines = rows(narrow);
		// A frame taller than the window would push the tab bar off the top.
		expect(lines[0]).toContain('[1 Stopped]');
		expect(lines.at(-1)).toMatch(/^ Stopped · All profiles · \d+\/\d+/);
		// A line wider than the window would wrap; joined again it would be longer than 80 cells.
		for (const line of rows(terminal.unwrappedScreen())) expect(stringWidth(line.trimEnd()), line).toBeLessThanOrEqual(80);

		terminal.resize(50, 12);
		const tiny = await terminal.waitForText('too small');
		expect(tiny).toContain('50×12');
		expect(tiny).not.toContain(TAB_BAR);

		terminal.resize(160, 40);
		await terminal.waitForText('[1 Stopped]', 'Title as written:', 'Dark');
		terminal.press('q');
		await expectExitAndRestored(terminal, 0);
	});

	it('q quits from the too-small message', async () => {
		const terminal = tmux.open('tiny', `${EXPLORER} --demo`, {columns: 50, rows: 12});
		await terminal.waitForText('too small');
		terminal.press('q');
		await expectExitAndRestored(terminal, 0);
	});

	it('draws colour by default and none with NO_COLOR', async () => {
		// A foreground colour in an SGR sequence: ESC [ … 3x or 38;… m (the search highlight is yellow).
		const colour = /\x1b\[[0-9;]*(3[0-7]|38;[0-9;]+|9[0-7])m/;
		for (const [name, env, coloured] of [
			['colour', 'env -u NO_COLOR FORCE_COLOR=1', true],
			['no-colour', 'env -u FORCE_COLOR NO_COLOR=1', false],
		] as const) {
			const terminal = tmux.open(name, `${env} ${EXPLORER} --demo`);
			await terminal.waitForText('[1 Stopped]', 'Dark');
			terminal.press('/');
			await terminal.type('dark');
			await terminal.waitForText('Search: dark');
			expect(colour.test(terminal.styledScreen()), name).toBe(coloured);
			terminal.press('C-c');
			await expectExitAndRestored(terminal, 0);
		}
	});

	it('a damaged export prints one clear line and a hint, exit 1, and leaves the alternate screen', async () => {
		const terminal = tmux.open('corrupt', `${EXPLORER} fixtures/bad/corrupt.zip`);
		const screen = await expectExitAndRestored(terminal, 1);
		const [message, ...rest] = rows(terminal.unwrappedScreen());
		// Named by its full path, as in every message.
		expect(message).toMatch(/^netflix-tui: \/.*\/fixtures\/bad\/corrupt\.zip: .*damaged/);
		expect(rest).toHaveLength(2);
		expect(rest[0]).toMatch(/Download the export again/);
		expect(rest[1]).toBe('EXIT=1');
		expect(screen).not.toMatch(/\n\s+at /);
	});
});
