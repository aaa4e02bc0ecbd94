/**
 * The explorer in a real terminal on an export whose every field holds terminal commands (issue 11):
 * tmux obeys OSC 0 (it renames the pane) and, with set-clipboard on, OSC 52 (it fills a paste buffer),
 * so this shows whether any reached the terminal as commands rather than as text.
 */
import {copyFileSync, writeFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {tempDir, writeZip} from '../helpers/exports.js';
import {PAYLOADS, writeHostileExport, type HostileExport} from '../helpers/hostile.js';
import {withTmuxServer} from '../helpers/tmux.js';

const tmux = withTmuxServer();
let dir: {dir: string; cleanup: () => void};
let hostile: HostileExport;

beforeAll(() => {
	dir = tempDir();
	hostile = writeHostileExport(dir.dir, writeZip);
	// A first window starts the server, so the options hold before the explorer draws anything.
	tmux.open('idle', 'true');
	tmux.run(['set-option', '-s', 'set-clipboard', 'on']);
	tmux.run(['set-option', '-g', 'allow-rename', 'on']);
});

afterAll(() => {
	dir?.cleanup();
});

describe('a hostile export in a real terminal (tmux)', () => {
	it('leaves the window title, the clipboard and the screen alone, and shows the payloads as text', async () => {
		// The ZIP's name holds OSC 0 too; the shell reads it from a file rather than from a quoted command line.
		const zip = `${dir.dir}/export${PAYLOADS['OSC 0 (renames the window)']}.zip`;
		copyFileSync(hostile.zip, zip);
		writeFileSync(`${dir.dir}/name`, zip);
		const command = `echo MARKER-BEFORE; '${process.execPath}' dist/cli.js "$(cat '${dir.dir}/name')"`;
		const terminal = tmux.open('hostile', command);
		const title = () => tmux.run(['display-message', '-p', '-t', 'hostile', '#{pane_title}']).trim();
		const before = title();

		const screens = [
			await terminal.waitForText('[1 Stopped]', ' Eve␛]52;c'),
			(terminal.press('3'), await terminal.waitForText('History ·', 'Dark␛]0;pwned␇')),
			(terminal.press('4'), await terminal.waitForText('Profiles ·', 'Malloryabc\\u202edef')),
			(terminal.press('5'), await terminal.waitForText('What Netflix knows', 'regions: 1 (Region␛]52;c;aGVsbG8=␇)')),
		];
		terminal.press('/');
		await terminal.waitForText('Search: ');
		await terminal.type('dark');
		screens.push(await terminal.waitForText('Profile: All profiles', '› Dark␛]0;pwned␇'));
		for (const screen of screens) expect(screen).not.toContain('MARKER-BEFORE');

		expect(title()).toBe(before);
		expect(title()).not.toContain('pwned');
		expect(tmux.run(['list-buffers'])).toBe('');

		terminal.press('Escape');
		await terminal.waitForText('What Netflix knows');
		terminal.press('q');
		const after = await terminal.waitForText('EXIT=0');
		// The shell's screen is back as it was: the line printed before the explorer is still there.
		expect(after).toContain('MARKER-BEFORE');
		expect(title()).toBe(before);
		expect(tmux.run(['list-buffers'])).toBe('');
	});
});
