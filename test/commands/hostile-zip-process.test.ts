import {spawnSync} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, describe, expect, it} from 'vitest';
import {CLI} from '../helpers/cli.js';
import {csv2025, tempDir} from '../helpers/exports.js';
import {deflatedEntry, rawZip, type RawEntry, zeroStream} from '../helpers/raw-zip.js';

const {dir, cleanup} = tempDir();
afterAll(cleanup);

const MAX_RSS = fileURLToPath(new URL('../helpers/max-rss.cjs', import.meta.url));
const VIEWING = 'CONTENT_INTERACTION/ViewingActivity.csv';
const CSV = csv2025([{profile: 'Alex', start: '2024-03-07 21:24:41', duration: '0:41:19', title: 'Dark: Staffel 2: Geister (Folge 3)'}]);
/** The goal is 2 s and 300 MB for any input up to 10 MB; time gets room for a shared machine. */
const SECONDS = 10;
const MEGABYTES = 300;

/** Runs the built CLI with its peak memory reported; returns the answer, the seconds and the megabytes. */
function measure(args: string[]): {code: number; stdout: string; stderr: string; seconds: number; megabytes: number} {
	const t0 = performance.now();
	const result = spawnSync(process.execPath, ['-r', MAX_RSS, CLI, ...args], {encoding: 'utf8', env: {...process.env, TZ: 'UTC'}, timeout: 120_000, maxBuffer: 64 * 1024 * 1024});
	const seconds = (performance.now() - t0) / 1000;
	const lines = result.stderr.trimEnd().split('\n');
	const rss = /^maxrss (\d+)$/.exec(lines.pop() ?? '');
	expect(rss).not.toBeNull();
	return {code: result.status ?? -1, stdout: result.stdout, stderr: lines.join('\n'), seconds, megabytes: Number(rss![1]) / 1024};
}

function zip(name: string, entries: RawEntry[], options = {}): string {
	const file = path.join(dir, name);
	const bytes = rawZip(entries, options);
	expect(bytes.length).toBeLessThan(10 * 1024 * 1024);
	writeFileSync(file, bytes);
	return file;
}

const overlap = () => {
	const entries: RawEntry[] = [{name: VIEWING, data: zeroStream(500), size: 500 * 1024 * 1024}];
	for (let i = 1; i < 300; i++) entries.push({name: `OTHER/Table${i}.csv`, size: 500 * 1024 * 1024, sameDataAs: 0});
	return zip('overlap.zip', entries);
};
const liar = () => zip('liar.zip', [{name: VIEWING, data: zeroStream(511), size: 2048}]);
const twelve = () =>
	zip('twelve.zip', [deflatedEntry(VIEWING, CSV), ...Array.from({length: 12}, (_, i) => ({name: `CLICKSTREAM/Clickstream${i}.csv`, data: zeroStream(500), size: 1024}))]);
const many = () =>
	zip(
		'many.zip',
		Array.from({length: 100_001}, (_, i) => ({name: `F/${i}.txt`, data: Buffer.alloc(0), method: 0, size: 0})),
		{zip64: true},
	);

describe('hostile ZIPs under 10 MB, through the built CLI: a clear answer in bounded time and memory', () => {
	it.each([
		['300 entries sharing one 500 MB stream', overlap, /share the same data/],
		['an entry declaring 2 KB that inflates to 511 MB', liar, /inflates to more than the 2048 bytes it declares/],
		['100,001 entries', many, /claims 100,001 entries/],
	])('%s: two clean lines, exit 1', (_name, make, message) => {
		const file = make();
		for (const command of ['summary', 'knows']) {
			const {code, stdout, stderr, seconds, megabytes} = measure([command, file]);
			expect(code, command).toBe(1);
			expect(stdout).toBe('');
			const lines = stderr.split('\n');
			expect(lines).toHaveLength(2);
			expect(lines[0]).toMatch(message);
			expect(stderr).not.toMatch(/ADM-ZIP|unexpected error|\n\s+at /);
			expect(seconds, command).toBeLessThan(SECONDS);
			expect(megabytes, command).toBeLessThan(MEGABYTES);
		}
	});

	it("twelve entries declaring 1 KB each over 500 MB streams: knows answers, each refused as its table's problem", () => {
		const {code, stdout, seconds, megabytes} = measure(['knows', twelve(), '--json']);
		expect(code).toBe(0);
		const tables = JSON.parse(stdout).categories.flatMap((c: {tables: unknown[]}) => c.tables) as Array<{name: string; problem: string | null; rows: number}>;
		const clicks = tables.filter(t => t.name.startsWith('Clickstream'));
		expect(clicks).toHaveLength(12);
		for (const t of clicks) expect(t.problem).toMatch(/inflates to more than the 1024 bytes it declares/);
		expect(tables.find(t => t.name === 'ViewingActivity')?.rows).toBe(1);
		expect(seconds).toBeLessThan(SECONDS);
		expect(megabytes).toBeLessThan(MEGABYTES);
	});
});
