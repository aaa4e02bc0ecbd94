/**
 * The History screen's month separators and go-to-date in a real terminal (tmux) running the built
 * binary, at the smallest size laid out (60×15) and at 80×24. `npm test` builds dist/ before vitest runs.
 */
import {describe, expect, it} from 'vitest';
import {withTmuxServer} from '../helpers/tmux.js';

const EXPLORER = `'${process.execPath}' dist/cli.js --demo`;
const rows = (screen: string) => screen.trimEnd().split('\n');
const cursorAt = (screen: string) => rows(screen).findIndex(l => l.startsWith('›'));

const tmux = withTmuxServer();

describe('History in a real terminal (tmux)', () => {
	for (const size of [
		{columns: 60, rows: 15},
		{columns: 80, rows: 24},
	]) {
		it(`at ${size.columns}×${size.rows}: : 2023-05 Enter lands under May's separator; a bad date says why; Esc closes`, async () => {
			const terminal = tmux.open(`jump${size.columns}`, EXPLORER, size);
			await terminal.waitForText('[1 Stopped]');
			terminal.press('3');
			let screen = await terminal.waitForText('History', 'newest first');
			if (size.columns >= 80) expect(rows(screen).at(-1)).toContain(': date');
			terminal.press(':');
			await terminal.waitForText('Go to:');
			await terminal.type('2023-05', (s, typed) => s.includes(`Go to: ${typed}`));
			terminal.press('Enter');
			screen = await terminal.waitFor('the cursor in May 2023', s => !s.includes('Go to:') && s.includes('── May 2023'));
			const lines = rows(screen);
			expect(lines[cursorAt(screen)]).toMatch(/^› 2023-05-\d\d/);
			expect(lines[cursorAt(screen) - 1]).toContain('── May 2023 · ');
			expect(lines.length).toBeLessThanOrEqual(size.rows - 1);
			// Up over the separator: June's last viewing.
			terminal.press('k');
			screen = await terminal.waitFor('the cursor in June 2023', s => rows(s)[cursorAt(s)]?.startsWith('› 2023-06') === true);
			terminal.press(':');
			await terminal.waitForText('Go to:');
			await terminal.type('2023-02-30', (s, typed) => s.includes(`Go to: ${typed}`));
			terminal.press('Enter');
			screen = await terminal.waitForText('no day 30: February 2023 has 28 days');
			terminal.press('Escape');
			screen = await terminal.waitFor('the prompt closed', s => !s.includes('Go to:'));
			expect(rows(screen)[cursorAt(screen)]).toMatch(/^› 2023-06/);
			terminal.press('q');
			await terminal.waitForText('EXIT=0');
		});
	}
});
