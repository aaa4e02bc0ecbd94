import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {generateExport} from '../../scripts/generate-export.js';
import {loadExport} from '../../source/export/load-export.js';
import {historyEntry, historyOf} from '../../source/query/history.js';
import {openExport} from '../../source/query/open-export.js';
import {runCli} from '../helpers/cli.js';
import {csv2025, tempDir} from '../helpers/exports.js';

const {dir, cleanup} = tempDir();
afterAll(cleanup);

// The built CLI reads files over 8 MB with a worker thread for the second half; tests run the sources,
// where the worker file does not exist and the main thread reads all. Both must read the same rows.
describe('reading a large file in two threads', () => {
	it('gives exactly the rows one thread reads', async () => {
		const entries = generateExport({rows: 60_000, seed: 3});
		const csv = [...entries].find(([name]) => name.endsWith('ViewingActivity.csv'))![1];
		const file = path.join(dir, 'ViewingActivity.csv');
		writeFileSync(file, csv);
		expect(Buffer.byteLength(csv)).toBeGreaterThan(8 * 1024 * 1024);
		const view = await openExport(file);
		const expected = historyOf(view.library, {extras: true}).map(historyEntry);
		const {code, stdout} = runCli(['history', file, '--json', '--extras']);
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toEqual(expected);
	}, 120_000);

	it('reads the same with the whole file and its titles handled by the worker (the explorer\'s way)', async () => {
		const file = path.join(dir, 'ViewingActivity.csv');
		// The built modules, where the worker file exists (npm test builds before it runs vitest).
		const built = (await import(new URL('../../dist/query/open-export.js', import.meta.url).href)) as typeof import('../../source/query/open-export.js');
		const [alone, offloaded] = await Promise.all([built.openExport(file), built.openExport(file, {offload: true})]);
		expect(offloaded.loaded.parsedTitles?.parsed.length).toBe(offloaded.loaded.titles.length);
		expect(alone.loaded.parsedTitles).toBeUndefined();
		const shape = (v: typeof alone) => historyOf(v.library, {extras: true}).map(historyEntry);
		expect(shape(offloaded)).toEqual(shape(alone));
		expect(offloaded.library.catalog.unplaced).toEqual(alone.library.catalog.unplaced);
	}, 120_000);

	it('reads on when the middle of the file falls inside a quoted field', async () => {
		const filler = (n: number, day: number) =>
			Array.from({length: n}, (_, i) => ({profile: 'Alex', start: `2024-01-${String(day).padStart(2, '0')} ${String(10 + (i % 10)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00`, title: `Filler ${i}: Season 1: Pilot (Episode 1)`}));
		const before = csv2025(filler(40_000, 1));
		const weird = csv2025([{profile: 'Alex', start: '2024-01-02 12:00:00', title: `Long\n${'line\n'.repeat(200_000)}title`}]).split('\n').slice(1).join('\n');
		const after = csv2025(filler(40_000, 3)).split('\n').slice(1).join('\n');
		const text = before + weird + after;
		const middle = Buffer.byteLength(text) / 2;
		expect(Buffer.byteLength(before)).toBeLessThan(middle);
		expect(Buffer.byteLength(before + weird)).toBeGreaterThan(middle);
		const file = path.join(dir, 'quoted-middle.csv');
		writeFileSync(file, text);
		const {code, stdout} = runCli(['summary', file, '--json']);
		expect(code).toBe(0);
		expect(JSON.parse(stdout).rows.viewings).toBe(80_001);
		expect((await loadExport(file)).rows).toHaveLength(80_001);
	}, 120_000);
});
