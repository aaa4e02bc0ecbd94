/**
 * Signals and crashes in a real terminal: tmux runs the built explorer, the test sends it SIGINT,
 * SIGTERM or SIGHUP with `kill` (a signal, not the Ctrl+C key, which raw mode turns into a key) at three
 * moments, and reads back whether the terminal is as it was: normal screen, cursor shown, exit code
 * 128 + the signal's number. `npm test` builds dist/ and build/ before vitest runs.
 */
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {type Terminal, withTmuxServer} from '../helpers/tmux.js';

const NODE = `'${process.execPath}'`;
const SIGNALS = {INT: 130, TERM: 143, HUP: 129} as const;

const tmux = withTmuxServer();
let folder: string;

beforeAll(() => {
	folder = mkdtempSync(path.join(tmpdir(), 'netflix-tui-signals-'));
});

afterAll(() => {
	if (folder) rmSync(folder, {recursive: true, force: true});
});

const modesOf = new Map<Terminal, string>();

/** Opens `command` in a terminal between two `stty -g`, which record the terminal's modes (raw mode, echo). */
function open(name: string, command: string): Terminal {
	const modes = path.join(folder, name);
	const terminal = tmux.open(name, `stty -g > ${modes}.before; ${command}; code=$?; stty -g > ${modes}.after; (exit $code)`);
	modesOf.set(terminal, modes);
	return terminal;
}

/**
 * Opens `node <args>` in a terminal; the shell writes its pid to a file, then becomes node (`exec`). */
function launch(name: string, args: string): {terminal: Terminal; pid: () => Promise<number>} {
	const pidFile = path.join(folder, `${name}.pid`);
	const terminal = open(name, `sh -c 'echo $$ > ${pidFile}; exec ${NODE} ${args}'`);
	const pid = async (): Promise<number> => {
		const deadline = Date.now() + 10_000;
		while (!existsSync(pidFile) || readFileSync(pidFile, 'utf8').trim() === '') {
			if (Date.now() > deadline) throw new Error(`no pid from ${name}`);
			await new Promise(resolve => setTimeout(resolve, 5));
		}
		return Number(readFileSync(pidFile, 'utf8').trim());
	};
	return {terminal, pid};
}

async function until(what: string, holds: () => boolean): Promise<void> {
	const deadline = Date.now() + 10_000;
	while (!holds()) {
		if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
		await new Promise(resolve => setTimeout(resolve, 5));
	}
}

async function expectRestored(terminal: Terminal, code: number): Promise<string> {
	const screen = await terminal.waitForText(`EXIT=${code}`);
	expect(terminal.alternateScreenOn()).toBe(false);
	expect(terminal.cursorVisible()).toBe(true);
	expect(screen).not.toContain('[1 Stopped]');
	expect(screen).not.toMatch(/\n\s+at /);
	const modes = modesOf.get(terminal)!;
	expect(readFileSync(`${modes}.after`, 'utf8')).toBe(readFileSync(`${modes}.before`, 'utf8'));
	return screen;
}

describe('signals leave the terminal as it was (tmux)', () => {
	for (const [signal, code] of Object.entries(SIGNALS)) {
		it(`kill -${signal} right after launch exits ${code} with the terminal restored`, async () => {
			const {terminal, pid} = launch(`early-${signal}`, 'dist/cli.js --demo');
			process.kill(await pid(), `SIG${signal}`);
			await expectRestored(terminal, code);
		});

		it(`kill -${signal} as soon as the first frame switched screens (before Ink is loaded) exits ${code}`, async () => {
			const {terminal, pid} = launch(`first-${signal}`, 'dist/cli.js --demo');
			const id = await pid();
			await until('the alternate screen', () => terminal.alternateScreenOn());
			process.kill(id, `SIG${signal}`);
			await expectRestored(terminal, code);
		});

		it(`kill -${signal} with the explorer fully loaded exits ${code}`, async () => {
			const {terminal, pid} = launch(`loaded-${signal}`, 'dist/cli.js --demo');
			const id = await pid();
			await terminal.waitForText('[1 Stopped]', 'Dark');
			expect(terminal.alternateScreenOn()).toBe(true);
			expect(terminal.cursorVisible()).toBe(false);
			process.kill(id, `SIG${signal}`);
			await expectRestored(terminal, code);
		});
	}
});

describe('a crash leaves the terminal as it was (tmux)', () => {
	// The handlers the CLI installs (build/ is tsc's output of source/), in a program that switches
	// screens, hides the cursor, turns raw mode on, then fails in one of the two ways Node reports.
	const crash = (how: string) =>
		`--input-type=module -e "import {enterAlternateScreen, exitOnSignals} from './build/ui/terminal-guard.js'; ` +
		`exitOnSignals(error => process.stderr.write('crashed: ' + error.message + String.fromCharCode(10))); ` +
		`enterAlternateScreen(process.stdout, process.stdin); process.stdin.setRawMode(true); process.stdout.write('drawn' + String.fromCharCode(27) + '[?25l'); ` +
		`setTimeout(() => { ${how} }, 300)"`;

	for (const [name, how] of [
		['uncaught exception', "throw new Error('boom')"],
		['unhandled rejection', "Promise.reject(new Error('boom'))"],
	] as const) {
		it(`an ${name} prints one line and exits 1 with the terminal restored`, async () => {
			const terminal = open(name.replace(' ', '-'), `${NODE} ${crash(how)}`);
			await terminal.waitForText('drawn');
			expect(terminal.alternateScreenOn()).toBe(true);
			const screen = await expectRestored(terminal, 1);
			expect(screen).toContain('crashed: boom');
			expect(screen).not.toContain('drawn');
		});
	}
});
