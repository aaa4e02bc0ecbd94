import path from 'node:path';
import type {DateOrder} from '../export/viewing-history.js';
import {tick} from '../load/sliced-first-pass.js';
import {inert} from '../text/inert.js';
import {trace, watchStalls} from '../trace.js';
import {KeyReader} from './key-reader.js';
import {nextTurn} from './next-turn.js';
import {commandFor} from './keymap.js';
import type {LoadData} from './Root.js';
import {enterAlternateScreen, type TerminalGuard} from './terminal-guard.js';

/** The explorer's start, before Ink is in memory: the first frame, and the export already loading. */
export interface Preload {
	guard: TerminalGuard;
	/** A loader that hands the already running load to the app, with the progress so far. */
	load: LoadData;
	/**
	 * Called just before Ink draws: the plain frame stops drawing and is cleared (one loading screen at a
	 * time). Returns the progress so far, for Ink's frame to start from.
	 */
	takeScreen: () => {fraction: number; rows: number; indexing: boolean};
	/**
	 * Resolves a task after the load has started (its code imported, the ZIP's directory read, the reader
	 * thread started), failed load or not: the explorer's own code is loaded after that, so that no module
	 * of one is compiled in the same turn of the event loop as a piece of the other.
	 */
	started: Promise<void>;
}

const CLEAR = '\x1b[2J\x1b[H';
const HIDE_CURSOR = '\x1b[?25l';

/**
 * Importing Ink and React takes ≈0.5 s of module compiling on this machine, longer than the 250 ms a
 * first frame may take. So the CLI calls this first (it imports no Ink): it switches to the alternate
 * screen, draws a plain loading frame with progress, starts reading the export, and takes keys in raw
 * mode so nothing typed meanwhile is echoed; Ink then takes the screen, the keys and the running load.
 */
export function preload(
	exportPath: string,
	dateOrder: DateOrder | undefined,
	stdout: NodeJS.WriteStream = process.stdout,
	stdin: NodeJS.ReadStream = process.stdin,
	/** What `q` or Ctrl+C does before Ink has the keys (after `guard.restore`). */
	quit: () => void = () => process.exit(0),
): Preload {
	watchStalls();
	const guard = enterAlternateScreen(stdout, stdin);
	if (stdin.isTTY) stdin.setRawMode(true);
	// `q quits` from the first frame: until Ink reads the keys (its import alone takes ≈0.5 s), they are read here.
	const reader = new KeyReader();
	const onKeys = (chunk: Buffer | string) => {
		if (reader.read(String(chunk)).some(k => !k.paste && !k.mouse && commandFor(k.input, k.key, []) === 'quit')) {
			trace('quit: key read (before Ink)');
			guard.restore();
			quit();
		}
	};
	stdin.on('data', onKeys);
	// The file's name is file text too (a name can hold ESC or a newline).
	const name = inert(path.basename(exportPath));
	let drawn = -1;
	let ownScreen = true;
	const draw = (fraction: number, rows: number) => {
		const percent = Math.floor(fraction * 100);
		if (!ownScreen || percent === drawn) return;
		drawn = percent;
		const then = percent === 100 ? ' · sorting into shows…' : '';
		stdout.write(`${CLEAR}${HIDE_CURSOR}netflix-tui\n\n  Reading ${name}… ${percent}% · ${thousands(rows)} rows read${then}\n\n  q quits\n`);
	};
	draw(0, 0);

	let handedOff = false;
	let last: [number, number] = [0, 0];
	let indexed = false;
	let onProgress: ((fraction: number, rows: number) => void) | undefined;
	let onIndexing: (() => void) | undefined;
	// The loader's code (the reader, the model) is imported after the frame is out: the first frame waits
	// for nothing but this file and the keys' modules. The load starts a turn of the event loop after the import (each
	// ≈30 ms at 250k rows: parsing the code; reading the ZIP's directory and starting the reader thread).
	const loader = async () => {
		const {screenDataLoader} = await import('./load-screen-data.js');
		// Not in the turn its code was compiled in (35–50 ms of CPU together, traced at 250k rows).
		await nextTurn();
		return screenDataLoader(dateOrder);
	};
	const code = loader();
	const running = code.then(load =>
		load(
			exportPath,
			(fraction, rows) => {
				last = [fraction, rows];
				if (handedOff) onProgress?.(fraction, rows);
				else draw(fraction, rows);
			},
			() => {
				indexed = true;
				onIndexing?.();
			},
		),
	);
	// The app reports a failed load; until it asks, keep Node from calling the rejection unhandled.
	running.catch(() => {});
	const started = code.then(
		() => tick(),
		() => {},
	);

	const load: LoadData = (requested, progress, indexing) => {
		if (requested !== exportPath || handedOff) return loader().then(load => load(requested, progress, indexing));
		handedOff = true;
		// Ink reads the keys by now (Root asks for the load after its input effect ran); until then this
		// listener kept stdin flowing to someone, and `q` quit.
		stdin.off('data', onKeys);
		onProgress = progress;
		onIndexing = indexing;
		progress(...last);
		if (indexed) indexing();
		return running;
	};
	const takeScreen = () => {
		if (ownScreen) {
			ownScreen = false;
			stdout.write(CLEAR);
		}
		return {fraction: last[0], rows: last[1], indexing: indexed};
	};
	return {guard, load, takeScreen, started};
}

/** 12345 → "12,345", as toLocaleString('en-US') writes it, without ICU's number format (≈15 ms to make the first time). */
export function thousands(n: number): string {
	return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
