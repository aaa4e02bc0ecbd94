/**
 * The Stats screen of the built binary in a real terminal (tmux): reached with 6, moved through years
 * with ← and →, months with m, readable with NO_COLOR and at the smallest size. `npm test` builds dist/.
 */
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {withTmuxServer} from '../helpers/tmux.js';

const EXPLORER = `'${process.execPath}' dist/cli.js`;
const rows = (screen: string) => screen.trimEnd().split('\n');

const tmux = withTmuxServer();

describe('the Stats screen in a real terminal (tmux)', () => {
	it('shows watch time per year with bars, moves through years and months, follows the profile, and quits', async () => {
		const terminal = tmux.open('stats', `env -u FORCE_COLOR NO_COLOR=1 ${EXPLORER} --demo`, {columns: 120, rows: 40});
		await terminal.waitForText('[1 Stopped]', 'Dark');
		terminal.press('6');
		// Waits for the heatmap's legend and the status bar too: a capture can land between two writes of one frame.
		const years = await terminal.waitForText('[6 Stats]', 'Watch time per year', '· none', ' Stats · All profiles');
		for (const year of ['2022', '2023', '2024', '2025']) expect(years).toMatch(new RegExp(`${year} +█+[▏▎▍▌▋▊▉]? +[\\d,]+ h`));
		// Without colour the heatmap still reads: its shades are distinct characters, with a legend.
		expect(years).toMatch(/Mon [·░▒▓█]{48,}/);
		expect(years).toMatch(/· none +░ ≤/);
		expect(rows(years).at(-1)).toMatch(/^ Stats · All profiles/);

		// ← puts the last year in focus: the tops follow it; m shows its months.
		terminal.press('Left');
		const focused = await terminal.waitForText('Stats · All profiles · 2025 · years', '› 2025');
		expect(focused).toContain('What · top shows and movies · 2025');
		terminal.press('h');
		await terminal.waitForText('Stats · All profiles · 2024 · years');
		terminal.press('m');
		const months = await terminal.waitForText('per month · 2023-01 – 2024-12');
		expect(months).toMatch(/2024-05 +█+[▏▎▍▌▋▊▉]? +[\d.,]+ h/);
		terminal.press('Right', 'Right');
		await terminal.waitForText('Stats · All profiles · all time · months');

		// Scroll to the end: the sample's binge.
		terminal.press('G');
		const end = await terminal.waitForText('Longest binge: 10 episodes of Grey');
		expect(end).toMatch(/Biggest day: 2024-05-18/);

		// p: one profile; its own numbers, no per-profile lines.
		terminal.press('p');
		const alex = await terminal.waitForText('Profile: Alex', 'Stats · Alex');
		expect(alex).not.toContain('Per profile');

		terminal.press('q');
		await terminal.waitForText('EXIT=0');
		expect(terminal.alternateScreenOn()).toBe(false);
	});

	it('fits a 60×15 terminal', async () => {
		const terminal = tmux.open('stats-small', `${EXPLORER} --demo`, {columns: 60, rows: 15});
		await terminal.waitForText('Stopped');
		terminal.press('6');
		const screen = await terminal.waitForText('[6 Stats]', 'Watch time per year');
		expect(rows(screen).length).toBeLessThanOrEqual(15);
		for (const line of rows(terminal.unwrappedScreen())) expect(stringWidth(line)).toBeLessThanOrEqual(60);
		expect(screen).toMatch(/2023 +█+/);
		terminal.press('C-c');
		await terminal.waitForText('EXIT=0');
	});
});
