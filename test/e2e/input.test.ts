/**
 * Keys, pastes, the mouse and quitting, in a real terminal: tmux runs the built binary (`npm test`
 * builds dist/ first); `send-keys -l` writes several keys in one write, as a paste or a fast typist
 * over SSH does, and `paste-buffer -p` pastes the way a terminal does when the app asked for
 * bracketed paste.
 */
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {availableParallelism, loadavg, tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {generateExport, writeExportZip} from '../../scripts/generate-export.js';
import {type Terminal, withTmuxServer} from '../helpers/tmux.js';

const EXPLORER = `'${process.execPath}' dist/cli.js`;

const tmux = withTmuxServer();
let dir: string;

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'netflix-tui-input-'));
});

afterAll(() => {
	if (dir) rmSync(dir, {recursive: true, force: true});
});

/** A tmux format variable of the terminal (`mouse_any_flag`: the program asked for mouse reports). */
function flag(name: string, terminal: Terminal): string {
	return tmux.run(['display-message', '-p', '-t', terminal.name, `#{${name}}`]).trim();
}

/** Writes `keys` to the terminal in one write (`send-keys -l`): they reach the program as one chunk. */
function sendTogether(terminal: Terminal, keys: string): void {
	tmux.run(['send-keys', '-t', terminal.name, '-l', keys]);
}

/** The row with the cursor marker. */
const cursorRow = (screen: string) => screen.split('\n').find(line => line.startsWith('›')) ?? '';

describe('keys in a real terminal (tmux)', () => {
	it('types a pasted title and opens it on the Enter that came with it; Backspace and a letter in one chunk both count', async () => {
		const terminal = tmux.open('paste', `${EXPLORER} --demo`);
		await terminal.waitForText('[1 Stopped]', 'Dark');
		terminal.press('/');
		await terminal.waitForText('Search: ');
		sendTogether(terminal, 'lupin\r');
		const show = await terminal.waitForText('Lupin · series');
		expect(show).toMatch(/stopped at S2E2/);
		terminal.press('Escape');
		await terminal.waitForText('Search: lupin (/ edits)');
		sendTogether(terminal, '/\u007F\u007Fxx');
		await terminal.waitForText('Search: lupxx');
		// A bracketed paste, as a terminal sends it: text only, its q and its newline never commands.
		tmux.run(['set-buffer', '-b', 'netflix-tui-test', 'q dark\n']);
		tmux.run(['paste-buffer', '-p', '-d', '-b', 'netflix-tui-test', '-t', terminal.name]);
		await terminal.waitForText('Search: lupxxq dark ');
		terminal.press('C-u');
		await terminal.waitFor('the query cleared by Ctrl+U', screen => /Search: {2}/.test(screen) || screen.includes('Search:  '));
		terminal.press('C-c');
		await terminal.waitForText('EXIT=0');
	});

	it('reports the mouse only while it runs: a click selects the row, the wheel scrolls, and quitting turns reports off', async () => {
		const terminal = tmux.open('mouse', `${EXPLORER} --demo`);
		await terminal.waitForText('[1 Stopped]', 'Dark');
		terminal.press('3');
		const history = await terminal.waitForText('[3 History]');
		expect(flag('mouse_any_flag', terminal)).toBe('1');
		expect(flag('mouse_sgr_flag', terminal)).toBe('1');
		// SGR reports, as the terminal writes them: a press and release of the left button on line 8, row 5.
		const fifth = history.split('\n')[7]!.trim();
		sendTogether(terminal, '\u001B[<0;20;8M\u001B[<0;20;8m');
		await terminal.waitFor('the clicked row to have the cursor', screen => cursorRow(screen).includes(fifth.slice(0, 30)));
		sendTogether(terminal, '\u001B[<65;20;8M\u001B[<65;20;8M');
		await terminal.waitFor('the wheel to move the cursor six rows down', screen => /^ History · All profiles · 11\//m.test(screen));
		terminal.press('q');
		await terminal.waitForText('EXIT=0');
		expect(flag('mouse_any_flag', terminal)).toBe('0');
		expect(flag('alternate_on', terminal)).toBe('0');
	});

	it('with NO_COLOR, draws no colour but keeps the cursor row inverse', async () => {
		const terminal = tmux.open('no-colour', `env -u FORCE_COLOR NO_COLOR=1 ${EXPLORER} --demo`);
		await terminal.waitForText('[1 Stopped]', 'Dark');
		const styled = terminal.styledScreen();
		expect(styled).not.toMatch(/\u001B\[[0-9;]*(3[0-7]|38;[0-9;]+|9[0-7])m/);
		expect(styled).toMatch(/\u001B\[(0;)?7m(\u001B\[[0-9;]*m)*› /);
		terminal.press('q');
		await terminal.waitForText('EXIT=0');
	});

	it('quits on q and Ctrl+C at once at any moment of a 250k-row load, and restores the terminal', async () => {
		const zip = join(dir, 'netflix-report-250k.zip');
		writeExportZip(generateExport({rows: 250_000, seed: 3, layout: '2025'}), zip);
		// The first frame and the inflate, Ink's import, the rows read beside the titles parsed, the model,
		// the grouping and the first screen's lists (≈6 s at 250k rows on a busy 2-core machine).
		const took: Record<string, number> = {};
		const moments: Array<[number, string]> = [
			[300, 'q'],
			[1000, 'C-c'],
			[2000, 'q'],
			[3000, 'q'],
			[4500, 'C-c'],
			[6000, 'q'],
		];
		for (const [after, key] of moments) {
			const gone = join(dir, `gone-${after}`);
			// The shell writes the time the process ended (ms) before the helper's `echo EXIT=$?`, which still
			// prints the explorer's own exit code.
			const terminal = tmux.open(`quit-${after}`, `${EXPLORER} ${zip}; code=$?; date +%s%3N > ${gone}; (exit $code)`);
			await new Promise(resolve => setTimeout(resolve, after));
			const pressed = Date.now();
			terminal.press(key);
			await terminal.waitFor('the explorer to exit', screen => screen.includes('EXIT=0'));
			took[`${key} at ${after} ms`] = Number(readFileSync(gone, 'utf8')) - pressed;
			expect(flag('alternate_on', terminal)).toBe('0');
		}
		// From the key (sent by spawning tmux) to the end of the process, as the shell saw it. The explorer
		// acts on a quitting key as it reads it, and the thread that reads keys is never busy for long; what
		// is left is the process's own exit (a 250 MB heap and a thread to end: 50–150 ms with the cores free).
		// A machine running more threads than it has cores gives each process that much less CPU time, so
		// the bound grows by the oversubscription; 150 ms more for starting tmux and date.
		const oversubscribed = Math.max(1, loadavg()[0]! / availableParallelism());
		const bound = 250 * oversubscribed + 150;
		for (const ms of Object.values(took)) expect(ms, `${JSON.stringify(took)}, bound ${bound.toFixed(0)} ms`).toBeLessThan(bound);
	}, 180_000);
});
