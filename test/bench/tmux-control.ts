/**
 * A tmux server of our own (private socket, no user config) driven through one control-mode client.
 *
 * Why control mode and not `capture-pane` polled every 5 ms, or `script -qfc` with a pipe: polling by
 * spawning `tmux capture-pane` costs a process start per poll (several ms on a busy 2-core machine) and
 * adds half a poll interval on average to every figure; `script` gives exact byte timestamps but no
 * screen, so it cannot tell a finished frame from half of one. In control mode tmux pushes a `%output`
 * line the moment the pane writes, and `capture-pane` answers over the same pipe without a new process.
 * A frame counts as on screen at the arrival of its last byte: after output, we wait for QUIET_MS of
 * silence (not counted), then read the screen. The remaining error is the notification hop, which
 * `roundTripMs` (one capture-pane request and answer) bounds from above.
 */
import {spawn, spawnSync, type ChildProcessWithoutNullStreams} from 'node:child_process';
import {rmSync} from 'node:fs';
import {performance} from 'node:perf_hooks';

/** Silence after a write that ends a frame. Ink writes a frame in one write(); the pty splits it into chunks microseconds apart. */
export const QUIET_MS = 3;

/** A screen read at a moment: its text and when its last byte arrived (performance.now() ms). */
export interface Frame {
	text: string;
	at: number;
}

export class TmuxControl {
	private readonly socket = `netflix-tui-bench-${process.pid}`;
	private client!: ChildProcessWithoutNullStreams;
	private buffer = '';
	private block: string[] | null = null;
	private readonly replies: Array<(lines: string[]) => void> = [];
	private lastOutput = 0;
	private wake: (() => void) | null = null;
	pane = '%0';
	private socketPath = '';

	/** Starts the server with an idle pane of `columns`×`rows` and attaches the control client. */
	async start(columns: number, rows: number, cwd: string): Promise<void> {
		// -f /dev/null: the user's ~/.tmux.conf must not change the measurement (status line, key tables).
		const made = spawnSync(
			'tmux',
			['-L', this.socket, '-f', '/dev/null', 'new-session', '-d', '-x', String(columns), '-y', String(rows), '-s', 'bench', '-c', cwd, 'sleep 86400'],
			{encoding: 'utf8'},
		);
		if (made.status !== 0) throw new Error(`tmux new-session failed: ${made.stderr.trim()}`);
		this.client = spawn('tmux', ['-L', this.socket, '-C', 'attach', '-t', 'bench'], {stdio: 'pipe'});
		this.client.stdout.setEncoding('utf8');
		this.client.stdout.on('data', (chunk: string) => this.read(chunk));
		// The attach itself answers with a block; a marker command separates it from our replies.
		this.replies.push(() => {});
		await this.command('set -g remain-on-exit on');
		await this.command('set -g status off');
		const [pane] = await this.command('display -p "#{pane_id} #{window_width}x#{window_height}"');
		this.pane = pane!.split(' ')[0]!;
		[this.socketPath = ''] = await this.command(`display -p '#{socket_path}'`);
	}

	/** Sends one tmux command and resolves with its output lines. */
	command(line: string): Promise<string[]> {
		return new Promise(resolve => {
			this.replies.push(resolve);
			this.client.stdin.write(`${line}\n`);
		});
	}

	/** Runs `shellCommand` in the pane (killing what ran there); resolves with the time the request left. */
	async launch(shellCommand: string): Promise<number> {
		const at = performance.now();
		await this.command(`respawn-pane -k -t ${this.pane} ${quote(shellCommand)}`);
		return at;
	}

	/** Types text literally (one keystroke per character when given one character); resolves with the send time. */
	async keys(text: string, literal = true): Promise<number> {
		const at = performance.now();
		await this.command(`send-keys -t ${this.pane}${literal ? ' -l' : ''} ${quote(text)}`);
		return at;
	}

	/** The visible screen now. */
	async screen(): Promise<string> {
		return (await this.command(`capture-pane -p -t ${this.pane}`)).join('\n');
	}

	/** Time for one capture-pane request and answer: the resolution of every TUI figure. */
	async roundTripMs(): Promise<number> {
		const at = performance.now();
		await this.screen();
		return performance.now() - at;
	}

	/**
	 * Waits for output written after `since` that leaves a screen satisfying `done`; resolves with the
	 * screen and the arrival time of its last byte. Rejects after `timeoutMs`.
	 */
	async waitFor(done: (screen: string) => boolean, since: number, timeoutMs = 30_000): Promise<Frame> {
		const deadline = since + timeoutMs;
		for (;;) {
			if (this.lastOutput <= since) await this.nextOutput(deadline - performance.now());
			// Let the frame finish: QUIET_MS without output.
			while (performance.now() - this.lastOutput < QUIET_MS) await sleep(1);
			const at = this.lastOutput;
			const text = await this.screen();
			if (at === this.lastOutput && done(text)) return {text, at};
			if (performance.now() > deadline) throw new Error(`timed out; screen:\n${text}`);
			since = at;
		}
	}

	/**
	 * Waits until the pane's process has exited (remain-on-exit keeps the pane); resolves with the time
	 * it was seen dead, or null after `timeoutMs`. Asked over the control client every millisecond or so
	 * (no process per poll): a figure is at most one poll round trip late.
	 */
	async waitForExit(timeoutMs: number): Promise<number | null> {
		const deadline = performance.now() + timeoutMs;
		while (performance.now() < deadline) {
			const [dead] = await this.command(`display -p -t ${this.pane} '#{pane_dead}'`);
			if (dead === '1') return performance.now();
			await sleep(1);
		}
		return null;
	}

	/** Ends our tmux server (only ours: its private socket). */
	stop(): void {
		spawnSync('tmux', ['-L', this.socket, 'kill-server']);
		this.client?.kill();
		// A killed server leaves its socket file behind in /tmp/tmux-UID.
		if (this.socketPath !== '') rmSync(this.socketPath, {force: true});
	}

	private nextOutput(ms: number): Promise<void> {
		return new Promise((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error('no output from the pane')), Math.max(ms, 0));
			this.wake = () => {
				clearTimeout(timer);
				resolve();
			};
		});
	}

	private read(chunk: string): void {
		this.buffer += chunk;
		let nl: number;
		while ((nl = this.buffer.indexOf('\n')) >= 0) {
			const line = this.buffer.slice(0, nl);
			this.buffer = this.buffer.slice(nl + 1);
			this.line(line);
		}
	}

	private line(line: string): void {
		if (this.block) {
			if (line.startsWith('%end ') || line.startsWith('%error ')) {
				const lines = this.block;
				this.block = null;
				this.replies.shift()?.(lines);
			} else this.block.push(line);
			return;
		}
		if (line.startsWith('%begin ')) this.block = [];
		else if (line.startsWith(`%output ${this.pane} `)) {
			this.lastOutput = performance.now();
			const wake = this.wake;
			this.wake = null;
			wake?.();
		}
	}
}

function quote(text: string): string {
	return `'${text.replaceAll("'", `'\\''`)}'`;
}

function sleep(ms: number): Promise<void> {
	return new Promise(resolve => setTimeout(resolve, ms));
}
