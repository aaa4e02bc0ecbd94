import {execFileSync, spawnSync} from 'node:child_process';
import {rmSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll} from 'vitest';
import {requireFreshBuild} from './fresh-build.js';

/** The repository root: the terminal's working directory, so fixture paths read as a person types them. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** How long a screen may take to appear; generous because a loaded 2-core CI machine is slow to start Node. */
const WAIT_MS = 10_000;
const POLL_MS = 50;

/** Fails with the way to fix it when tmux is missing: a skipped terminal test would look like a passing one. */
export function requireTmux(): void {
	requireFreshBuild('dist/cli.js');
	const probe = spawnSync('tmux', ['-V'], {encoding: 'utf8'});
	if (probe.error !== undefined || probe.status !== 0) {
		throw new Error(
			'tmux is not installed, and the terminal test needs it to run the explorer in a real terminal. Install it (apt-get install -y tmux, brew install tmux) and run the tests again.',
		);
	}
}

/**
 * A private tmux server (its own socket, no config file), so the tests never touch a tmux the user
 * runs and never read their key bindings or options.
 */
export class TmuxServer {
	readonly socket = `netflix-tui-test-${process.pid}`;

	/** Runs one tmux command on this server and returns its stdout. */
	run(args: readonly string[]): string {
		return execFileSync('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], {
			cwd: ROOT,
			encoding: 'utf8',
			// The server inherits this environment, and every pane inherits the server's. `sh` runs the
			// pane command (a user's fish would not understand `$?`); TZ pins the dates on screen. CI=true
			// as in CI runs: at a terminal the app must draw every frame all the same.
			env: {...process.env, SHELL: '/bin/sh', TZ: 'UTC', FORCE_COLOR: '0', TMUX: '', CI: 'true'},
			stdio: ['ignore', 'pipe', 'pipe'],
		});
	}

	/**
	 * Opens a detached terminal of the given size running `command` (a shell command line). The pane
	 * prints `EXIT=<code>` when the command ends, then stays open so the test can read it.
	 */
	open(name: string, command: string, size: {columns: number; rows: number} = {columns: 120, rows: 40}): Terminal {
		this.run(['new-session', '-d', '-s', name, '-x', String(size.columns), '-y', String(size.rows), '-c', ROOT, `${command}; echo EXIT=$?; sleep 60`]);
		return new Terminal(this, name);
	}

	/** Stops the server and every terminal on it, and removes its socket file (tmux leaves it behind). */
	kill(): void {
		const where = spawnSync('tmux', ['-L', this.socket, 'display-message', '-p', '#{socket_path}'], {encoding: 'utf8'});
		spawnSync('tmux', ['-L', this.socket, 'kill-server'], {stdio: 'ignore'});
		const socketPath = where.status === 0 ? where.stdout.trim() : '';
		if (socketPath.endsWith(`/${this.socket}`)) rmSync(socketPath, {force: true});
	}
}

/**
 * The private tmux server of the test file (or `describe` block) that calls this: before its tests,
 * checks that tmux is there and dist/ is fresh (requireTmux); after them, stops the server. Hooks the
 * caller adds after this call run after the check.
 */
export function withTmuxServer(): TmuxServer {
	const server = new TmuxServer();
	let checked = false;
	beforeAll(() => {
		requireTmux();
		checked = true;
	});
	afterAll(() => {
		if (checked) server.kill();
	});
	return server;
}

/** One terminal window: send keys to it, read what it shows. */
export class Terminal {
	constructor(
		private readonly server: TmuxServer,
		readonly name: string,
	) {}

	/** The visible screen as text, one string per row, trailing blanks trimmed by tmux. */
	screen(): string {
		return this.server.run(['capture-pane', '-p', '-t', this.name]);
	}

	/** The visible screen with its colour and style escape sequences (`capture-pane -e`). */
	styledScreen(): string {
		return this.server.run(['capture-pane', '-p', '-e', '-t', this.name]);
	}

	/**
	 * The screen with lines the terminal wrapped joined again: a line wider than the window shows up here
	 * as a line longer than the window, where `screen()` would show it as two.
	 */
	unwrappedScreen(): string {
		return this.server.run(['capture-pane', '-p', '-J', '-t', this.name]);
	}

	/** True while the program has the terminal on the alternate screen. */
	alternateScreenOn(): boolean {
		return this.server.run(['display-message', '-p', '-t', this.name, '#{alternate_on}']).trim() === '1';
	}

	/** True when the terminal shows its cursor (Ink hides it while drawing and must show it again on exit). */
	cursorVisible(): boolean {
		return this.server.run(['display-message', '-p', '-t', this.name, '#{cursor_flag}']).trim() === '1';
	}

	/** Types text literally, one key press per character (as a person types; each arrives in its own read). */
	async type(text: string, settle?: (screen: string, typed: string) => boolean): Promise<void> {
		let typed = '';
		for (const character of text) {
			typed += character;
			this.server.run(['send-keys', '-t', this.name, '-l', character]);
			if (settle) await this.waitFor(`the screen after typing "${typed}"`, screen => settle(screen, typed));
		}
	}

	/** Presses named keys (`Enter`, `Escape`, `C-c`, …), one after the other. */
	press(...keys: string[]): void {
		for (const key of keys) this.server.run(['send-keys', '-t', this.name, key]);
	}

	/** Resizes the window, as dragging a terminal's corner does (the program gets SIGWINCH). */
	resize(columns: number, rows: number): void {
		this.server.run(['resize-window', '-t', this.name, '-x', String(columns), '-y', String(rows)]);
	}

	/** Polls the screen until `holds` is true; fails after 10 s with what the screen showed last. */
	async waitFor(what: string, holds: (screen: string) => boolean): Promise<string> {
		const deadline = Date.now() + WAIT_MS;
		let screen = '';
		for (;;) {
			screen = this.screen();
			if (holds(screen)) return screen;
			if (Date.now() > deadline) throw new Error(`Timed out after ${WAIT_MS / 1000} s waiting for ${what}. The terminal showed:\n${screen}`);
			await new Promise(resolve => setTimeout(resolve, POLL_MS));
		}
	}

	/** Waits until the screen contains every one of `texts`. */
	waitForText(...texts: string[]): Promise<string> {
		return this.waitFor(texts.map(t => JSON.stringify(t)).join(' and '), screen => texts.every(t => screen.includes(t)));
	}
}
