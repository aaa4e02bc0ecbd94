/**
 * The explorer run once on an export in a fake terminal, keys and all: what `npm run build` does to make
 * the explorer script's code cache (scripts/command-script.mjs), so that the cache holds the code of a
 * load, of the first screen and of the keys, compiled, not only the code that runs as modules are
 * loaded. Run on the bundled sample export (synthetic): the cache holds our code's bytecode, nothing of
 * an export.
 */
import {EventEmitter} from 'node:events';
import {setTimeout as sleep} from 'node:timers/promises';
import type {preload as preloadFunction} from './preload.js';
import type {runTui as runTuiFunction} from './run-tui.js';

/** What the Stopped screen shows once it is complete (as test/bench/measure-tui.ts waits for it). */
const STOPPED = /Where did I stop[\s\S]*Stopped · .* · [\d,]+\/[\d,]+/;

/** Keys pressed once the Stopped screen is drawn: down, open a show, back, a search typed, out, the next tab, quit. */
const KEYS = ['j', '\r', '\x1b', '/', 's', 'a', '\x1b', '\t', '\t', 'q'];

/** How long the whole run may take before the build gives up on it. */
const LIMIT_MS = 30_000;

/** A terminal the explorer can take: TTY-like stdin fed by `press`, stdout and stderr kept as text. */
function fakeTerminal(columns: number, rows: number) {
	const queued: string[] = [];
	const stdin = Object.assign(new EventEmitter(), {
		isTTY: true,
		setRawMode: () => stdin,
		setEncoding: () => stdin,
		read: () => queued.shift() ?? null,
		resume: () => stdin,
		pause: () => stdin,
		ref: () => stdin,
		unref: () => stdin,
	});
	let written = '';
	const stdout = Object.assign(new EventEmitter(), {isTTY: true, columns, rows, write: (s: string) => ((written += s), true)});
	let errors = '';
	const stderr = Object.assign(new EventEmitter(), {write: (s: string) => ((errors += s), true)});
	return {
		streams: {stdin: stdin as unknown as NodeJS.ReadStream, stdout: stdout as unknown as NodeJS.WriteStream, stderr: stderr as unknown as NodeJS.WriteStream},
		press: (key: string) => {
			queued.push(key);
			stdin.emit('readable');
		},
		output: () => written,
		errors: () => errors,
	};
}

/**
 * Opens `exportPath` as the explorer does (preload, then runTui), waits for the Stopped screen, presses
 * KEYS and resolves when the explorer has quit; throws if it did not get there or said an error.
 */
export async function warmUp(exportPath: string, preload: typeof preloadFunction, runTui: typeof runTuiFunction): Promise<void> {
	const term = fakeTerminal(120, 40);
	const preloaded = preload(exportPath, undefined, term.streams.stdout, term.streams.stdin, () => {});
	await preloaded.started;
	const running = runTui({exportPath, demoPath: exportPath, preloaded}, term.streams);
	const start = Date.now();
	while (!STOPPED.test(term.output())) {
		if (Date.now() - start > LIMIT_MS) throw new Error(`warm-up: no Stopped screen after ${LIMIT_MS} ms: ${term.errors()}`);
		await sleep(20);
	}
	for (const key of KEYS) {
		term.press(key);
		await sleep(60);
	}
	const code = await Promise.race([running, sleep(LIMIT_MS, 'not quit', {ref: false})]);
	if (code !== 0) throw new Error(`warm-up: the explorer ended with ${code}: ${term.errors()}`);
}
