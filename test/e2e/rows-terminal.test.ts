/**
 * The rows viewer of the built binary in a real terminal (tmux): open a table from the Data screen, see
 * its personal values masked, reveal them with r, and find them masked again after leaving the table.
 */
import {describe, expect, it} from 'vitest';
import {withTmuxServer} from '../helpers/tmux.js';

const tmux = withTmuxServer();

describe('the rows viewer in a real terminal (tmux)', () => {
	it('opens Account details masked at 80×24, reveals on r, masks again after Esc', async () => {
		const terminal = tmux.open('rows', `'${process.execPath}' dist/cli.js --demo`, {columns: 80, rows: 24});
		await terminal.waitForText('[1 Stopped]');
		terminal.press('5');
		await terminal.waitForText('What Netflix knows', '› ▸ Account details');
		terminal.press('Enter');
		let screen = await terminal.waitForText('Account details · masked (r reveals)', '── row 1 of 1');
		expect(screen).toContain('s•••@example.com');
		expect(screen).not.toContain('sasha@example.com');
		terminal.press('r');
		screen = await terminal.waitForText('REVEALED (r masks)');
		expect(screen).toContain('sasha@example.com');
		terminal.press('Escape');
		await terminal.waitForText('What Netflix knows');
		terminal.press('Enter');
		screen = await terminal.waitForText('Account details · masked (r reveals)');
		expect(screen).not.toContain('sasha@example.com');
		for (const line of screen.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(80);
		terminal.press('q');
	});
});
