import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import fc from 'fast-check';
import {beforeAll, describe, expect, it} from 'vitest';
import {patchLogUpdate} from '../../scripts/ink-fast-paths.mjs';
import {fuzzRuns} from '../helpers/fuzz.js';

type LogUpdate = ((text: string) => boolean) & {clear(): void};
let create: (stream: {write(s: string): boolean}, options: {incremental: boolean}) => LogUpdate;

// Ink's log-update.js as the bundle patches it, loaded from a copy whose imports point at Ink's files.
beforeAll(async () => {
	const modules = new URL('../../node_modules/', import.meta.url);
	const source = patchLogUpdate(readFileSync(new URL('ink/build/log-update.js', modules), 'utf8'), 'log-update.js')
		.replace("from 'ansi-escapes'", `from ${JSON.stringify(new URL('ansi-escapes/index.js', modules).href)}`)
		.replace("from 'cli-cursor'", `from ${JSON.stringify(new URL('cli-cursor/index.js', modules).href)}`)
		.replace("from './cursor-helpers.js'", `from ${JSON.stringify(new URL('ink/build/cursor-helpers.js', modules).href)}`)
		.replace(/\/\/# sourceMappingURL=.*/, '');
	const file = join(mkdtempSync(join(tmpdir(), 'netflix-tui-log-update-')), 'log-update.mjs');
	writeFileSync(file, source);
	create = ((await import(pathToFileURL(file).href)) as {default: {create: typeof create}}).default.create;
});

/**
 * A terminal of `rows` lines for what log-update writes: text, line feeds, and the cursor moves and
 * erasures it uses (CSI n A, E, G, K, 2K; SGR and cursor visibility kept or ignored). It scrolls when a
 * line feed leaves the last row.
 */
function terminal(rows: number) {
	const screen: string[][] = Array.from({length: rows}, () => []);
	let row = 0;
	let col = 0;
	const write = (data: string) => {
		for (let i = 0; i < data.length; i++) {
			const c = data[i]!;
			if (c === '\u001b') {
				const m = /^\u001b\[(\??)([\d;]*)([A-Za-z])/.exec(data.slice(i))!;
				i += m[0].length - 1;
				const n = m[2] === '' ? 1 : Number(m[2]);
				const final = m[3]!;
				if (m[1] === '?' || final === 'm') continue;
				if (final === 'A') row = Math.max(0, row - n);
				else if (final === 'E') (row = Math.min(rows - 1, row + n)), (col = 0);
				else if (final === 'G') col = n - 1;
				else if (final === 'K') screen[row]!.length = m[2] === '2' ? 0 : Math.min(screen[row]!.length, col);
				else throw new Error(`CSI ${m[0]} not modelled`);
			} else if (c === '\n') {
				col = 0;
				if (row === rows - 1) screen.shift(), screen.push([]);
				else row++;
			} else {
				const line = screen[row]!;
				while (line.length < col) line.push(' ');
				line[col++] = c;
			}
		}
		return true;
	};
	return {write, text: () => screen.map(line => line.join('').trimEnd())};
}

/** What the explorer writes: a frame a line shorter than the terminal, with the line break Ink adds. */
const frameArb = (rows: number) =>
	fc
		.array(fc.constantFrom('', 'a', 'Search: burni', '  Burning Empire', '› Burning Tide', 'Stopped · 1/70'), {minLength: rows - 1, maxLength: rows - 1})
		.map(l => `${l.join('\n')}\n`);

describe('incremental rendering (only the changed lines written), as the bundle patches Ink', () => {
	it('leaves the terminal as a full redraw of the last frame does, after any frames before it', () => {
		const rows = 6;
		fc.assert(
			fc.property(fc.array(frameArb(rows), {minLength: 1, maxLength: 5}), frames => {
				const changed = terminal(rows);
				const log = create(changed, {incremental: true});
				for (const frame of frames) log(frame);
				const full = terminal(rows);
				create(full, {incremental: false})(frames.at(-1)!);
				expect(changed.text()).toEqual(full.text());
			}),
			fuzzRuns(300),
		);
	});

	it('rewrites only the lines that changed', () => {
		const out = terminal(4);
		let written = '';
		const log = create({write: s => ((written = s), out.write(s))}, {incremental: true});
		log('one\ntwo\nthree\n');
		log('one\nTWO\nthree\n');
		expect(written).toContain('TWO');
		expect(written).not.toContain('one');
		expect(written).not.toContain('three');
		expect(out.text()).toEqual(['one', 'TWO', 'three', '']);
	});
});
