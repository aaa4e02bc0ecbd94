import {requireFreshBuild} from '../helpers/fresh-build.js';
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import AdmZip from 'adm-zip';
import {afterAll, describe, expect, it} from 'vitest';
import {generateExport} from '../../scripts/generate-export.js';
import {firstPass} from '../../source/model/title-first-pass.js';
import {titleModelOf} from '../../source/model/title-model.js';
import {OFFLOAD_BYTES, TITLE_THREAD_BYTES} from '../../source/load/thread-plan.js';
import {historyEntry, historyOf} from '../../source/query/history.js';
import {csv2025, tempDir} from '../helpers/exports.js';
import {deflatedEntry, rawZip} from '../helpers/raw-zip.js';

const {dir, cleanup} = tempDir();
afterAll(cleanup);

// The explorer has a worker thread read the viewing history (and parse its titles) while the main thread
// loads the UI; the commands read it on the main thread. Both must give the same rows and the same model.
// tsc's output (build/) is used: tests run the sources, where the workers' .js files do not exist.
const built = async () =>
	(requireFreshBuild('build/cli.js'), await import(new URL('../../build/load/open-export.js', import.meta.url).href)) as typeof import('../../source/load/open-export.js');

describe('reading the viewing history in a worker thread', () => {
	it('gives the same rows, titles and model as reading it on the main thread', async () => {
		// Over 3 × the worker's progress batch (PROGRESS_ROWS, 20,000 rows): the titles come back in several
		// batches, so a batch sent twice or one lost changes the parses compared below.
		const entries = generateExport({rows: 65_000, seed: 3});
		const csv = [...entries].find(([name]) => name.endsWith('ViewingActivity.csv'))![1];
		const file = path.join(dir, 'ViewingActivity.csv');
		writeFileSync(file, csv);
		expect(Buffer.byteLength(csv)).toBeGreaterThan(TITLE_THREAD_BYTES);
		const {openExport} = await built();
		const [alone, offloaded] = await Promise.all([openExport(file), openExport(file, {interactive: true})]);
		// The commands read the rows here and have a worker parse the titles; the explorer the other way round.
		expect(alone.loaded.workers).toEqual({rows: false, titles: true});
		expect(offloaded.loaded.workers).toEqual({rows: true, titles: false});
		expect(offloaded.loaded.titles).toEqual(alone.loaded.titles);
		const shape = (v: typeof alone) => historyOf(v.library, {extras: true}).map(historyEntry);
		expect(shape(offloaded)).toEqual(shape(alone));
		// The worker also puts the viewings in time order (a sort of every row): the order made here.
		expect([...offloaded.library.order]).toEqual([...alone.library.order]);
		expect(offloaded.library.merged).toBe(alone.library.merged);
		// The titles parsed while the rows come in (here, and in the commands' title thread whose model
		// comes back as columns) give the model one pass over the whole list gives.
		const whole = titleModelOf(alone.loaded.titles, firstPass(alone.loaded.titles));
		for (const view of [alone, offloaded]) {
			expect(view.library.catalog.parses).toEqual(whole.parses);
			expect(view.library.catalog.unplaced).toEqual(whole.unplaced);
			expect([...view.library.catalog.kinds]).toEqual([...whole.kinds]);
			expect([...view.library.numbers.show]).toEqual([...whole.numbers.show]);
			expect([...view.library.numbers.episode]).toEqual([...whole.numbers.episode]);
		}
	}, 120_000);

	it('makes what the rows say of each title with the order: what this thread makes', async () => {
		const {openExport} = await built();
		for (const rows of [20_000, 35_000]) {
			const entries = generateExport({rows, seed: 5});
			const csv = [...entries].find(([name]) => name.endsWith('ViewingActivity.csv'))![1];
			const file = path.join(dir, `tally-${rows}.csv`);
			writeFileSync(file, csv);
			expect(Buffer.byteLength(csv)).toBeGreaterThan(OFFLOAD_BYTES);
			const [alone, offloaded] = await Promise.all([openExport(file), openExport(file, {interactive: true})]);
			expect(offloaded.loaded.workers.rows).toBe(true);
			expect(offloaded.loaded.viewingOrder?.byTitle).toBeDefined();
			const tally = (v: typeof alone) => Object.entries(v.library.byTitle).map(([name, column]) => [name, [...(column as Int32Array)]]);
			expect(tally(offloaded)).toEqual(tally(alone));
		}
	}, 120_000);

	it('reports an unclosed quote and reads multi-line titles as the main thread does', async () => {
		const filler = (n: number, day: number) =>
			Array.from({length: n}, (_, i) => ({
				profile: 'Alex',
				start: `2024-01-${String(day).padStart(2, '0')} ${String(10 + (i % 10)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00`,
				title: `Filler ${i}: Season 1: Pilot (Episode 1)`,
			}));
		const multiLine = csv2025([{profile: 'Alex', start: '2024-01-02 12:00:00', title: 'Long\nline\ntitle'}])
			.split('\n')
			.slice(1)
			.join('\n');
		const text = csv2025(filler(10_000, 1)) + multiLine + csv2025(filler(10_000, 3)).split('\n').slice(1).join('\n') + '"unclosed,2024-01-04 10:00:00\n';
		const file = path.join(dir, 'quoted.csv');
		writeFileSync(file, text);
		expect(Buffer.byteLength(text)).toBeGreaterThan(1024 * 1024);
		const {openExport} = await built();
		const [alone, offloaded] = await Promise.all([openExport(file), openExport(file, {interactive: true})]);
		expect(offloaded.loaded.workers.rows).toBe(true);
		expect(offloaded.library.viewings).toHaveLength(20_001);
		expect(offloaded.loaded.titles).toContain('Long\nline\ntitle');
		expect(offloaded.loaded.warnings).toEqual(alone.loaded.warnings);
		const line = text.slice(0, text.lastIndexOf('"unclosed')).split('\n').length;
		expect(offloaded.loaded.warnings.join('\n')).toContain(`line ${line}: a quoted field is never closed`);
	}, 120_000);
});

describe('a history inflated in parts (over 8 MB), each given back once read', () => {
	it('reads in the worker as on the main thread: rows, titles, skipped rows and their lines', async () => {
		const entries = generateExport({rows: 100_000, seed: 7});
		const [name, csv] = [...entries].find(([entry]) => entry.endsWith('ViewingActivity.csv'))!;
		const lines = String(csv).split('\n');
		// Broken rows all along the file, so some sit in every part: too few fields, an unreadable duration.
		for (let i = 5_000; i < lines.length - 1; i += 9_973) lines[i] = i % 2 === 0 ? 'Alex,2024-01-01' : lines[i]!.replace(/"\d+:\d\d:\d\d"/, '"soon"');
		const text = lines.join('\n');
		expect(Buffer.byteLength(text)).toBeGreaterThan(2 * 8 * 1024 * 1024);
		const zip = new AdmZip();
		for (const [entry, content] of entries) zip.addFile(entry, Buffer.from(entry === name ? text : content));
		const file = path.join(dir, 'parts.zip');
		writeFileSync(file, zip.toBuffer());
		const {openExport} = await built();
		const [alone, offloaded] = await Promise.all([openExport(file), openExport(file, {interactive: true})]);
		expect(offloaded.loaded.workers.rows).toBe(true);
		expect(Object.values(alone.loaded.skippedLines ?? {}).flat().length).toBeGreaterThan(4);
		expect(offloaded.loaded.skippedLines).toEqual(alone.loaded.skippedLines);
		expect(offloaded.loaded.warnings).toEqual(alone.loaded.warnings);
		expect(offloaded.loaded.titles).toEqual(alone.loaded.titles);
		const shape = (v: typeof alone) => historyOf(v.library, {extras: true}).map(historyEntry);
		expect(shape(offloaded)).toEqual(shape(alone));
	}, 120_000);
});

describe("a command's title thread, on both sides of the size that starts it", () => {
	it('gives the model parsing the titles on the main thread gives, with parses or counts only', async () => {
		const entries = generateExport({rows: 40_000, seed: 5});
		const csv = Buffer.from([...entries].find(([name]) => name.endsWith('ViewingActivity.csv'))![1]);
		// Whole lines, up to just below and just above TITLE_THREAD_BYTES.
		const cut = (size: number) => csv.subarray(0, csv.lastIndexOf(10, size - 1) + 1);
		const below = cut(TITLE_THREAD_BYTES - 1);
		const above = cut(TITLE_THREAD_BYTES + 64 * 1024);
		expect(below.byteLength).toBeLessThan(TITLE_THREAD_BYTES);
		expect(above.byteLength).toBeGreaterThanOrEqual(TITLE_THREAD_BYTES);
		const {openExport} = await built();
		for (const [name, bytes, threaded] of [
			['below.csv', below, false],
			['above.csv', above, true],
		] as const) {
			const file = path.join(dir, name);
			writeFileSync(file, bytes);
			const [parses, counts] = [await openExport(file), await openExport(file, {titles: 'counts'})];
			expect(parses.loaded.workers).toEqual({rows: false, titles: threaded});
			expect(counts.loaded.workers).toEqual({rows: false, titles: threaded});
			const whole = titleModelOf(parses.loaded.titles, firstPass(parses.loaded.titles));
			for (const view of [parses, counts]) {
				expect(view.library.catalog.parses).toEqual(whole.parses);
				expect(view.library.catalog.unplaced).toEqual(whole.unplaced);
				expect([...view.library.kinds]).toEqual([...parses.library.kinds]);
				expect([...view.library.numbers.show]).toEqual([...whole.numbers.show]);
				expect([...view.library.numbers.episode]).toEqual([...whole.numbers.episode]);
			}
		}
	}, 120_000);
});

describe('a reader thread that fails after the bytes moved to it', () => {
	it('has the file read again on this thread, losing no row', async () => {
		const {readViewingActivity} = await import('../../source/load/viewing-activity.js');
		const text = csv2025(
			Array.from({length: 3000}, (_, i) => ({profile: 'Alex', start: `2024-02-0${1 + (i % 9)} 10:00:00`, title: `Show ${i % 50}: Season 1: Part ${i} (Episode ${i})`})),
		);
		const bytes = new Uint8Array(Buffer.from(text));
		expect(bytes.byteLength).toBeGreaterThan(OFFLOAD_BYTES / 4);
		// A stand-in for the worker: takes the bytes (as postMessage with a transfer list does), then fails.
		const failing = {
			read: (input: {parts: Uint8Array[]}) => {
				structuredClone(input.parts[0]!.buffer, {transfer: [input.parts[0]!.buffer as ArrayBuffer]});
				return Promise.resolve(null);
			},
			stop: () => {},
		};
		let rereads = 0;
		const big = new Uint8Array(OFFLOAD_BYTES + bytes.byteLength);
		big.set(bytes);
		big.fill(10, bytes.byteLength);
		const result = await readViewingActivity(
			big,
			'ViewingActivity.csv',
			{interactive: true, reread: () => (rereads++, Uint8Array.from(Buffer.concat([Buffer.from(text), Buffer.alloc(OFFLOAD_BYTES, 10)])))},
			{reader: failing as never},
		);
		expect(big.byteLength).toBe(0);
		expect(rereads).toBe(1);
		expect(result.table.count).toBe(3000);
		expect(result.workers.rows).toBe(false);
	});
});

describe('the bytes handed to the reader thread', () => {
	it('move with an inflated entry (no copy of the history), and are copied from a stored one (the ZIP stays whole)', async () => {
		const {readViewingActivity} = await import('../../source/load/viewing-activity.js');
		const {openSource} = await import('../../source/export/source.js');
		const {detectLayout, findTable} = await import('../../source/export/layout.js');
		const text = csv2025(Array.from({length: 12_000}, (_, i) => ({profile: 'Alex', start: '2024-02-01 10:00:00', title: `Show ${i}: Season 1: Part ${i} (Episode ${i})`})));
		expect(Buffer.byteLength(text)).toBeGreaterThan(OFFLOAD_BYTES);
		const zipOf = (method: number) => {
			const zip = new AdmZip();
			zip.addFile('CONTENT_INTERACTION/ViewingActivity.csv', Buffer.from(text));
			zip.getEntry('CONTENT_INTERACTION/ViewingActivity.csv')!.header.method = method;
			return zip.toBuffer();
		};
		const [deflated, stored] = [zipOf(8), zipOf(0)];
		for (const [name, archive, moves] of [
			['deflated.zip', deflated, true],
			['stored.zip', stored, false],
		] as const) {
			const file = path.join(dir, name);
			writeFileSync(file, archive);
			const entry = findTable(detectLayout(openSource(file)), 'ViewingActivity')!.file;
			const bytes = await entry.readAsync!();
			const size = bytes.length;
			let handed: {same: boolean; size: number} | undefined;
			// A stand-in for the worker: notes what it was given, then says it cannot read (this thread reads).
			const reader = {
				read: (input: {parts: Uint8Array[]}) => (
					(handed = {same: input.parts.every((part, i) => part.buffer === bytes.pieces[i]!.buffer), size: input.parts.reduce((sum, part) => sum + part.byteLength, 0)}),
					Promise.resolve(null)
				),
				stop: () => {},
			};
			const result = await readViewingActivity(bytes, name, {interactive: true, reread: () => entry.read()}, {reader: reader as never});
			expect(handed).toEqual({same: moves, size});
			expect(result.table.count).toBe(12_000);
		}
	});
});

describe('a history the reader thread inflates itself, as it reads (its deflate stream sent)', () => {
	const text = csv2025(Array.from({length: 12_000}, (_, i) => ({profile: 'Alex', start: '2024-02-01 10:00:00', title: `Show ${i}: Season 1: Part ${i} (Episode ${i})`})));
	const VIEWING = 'CONTENT_INTERACTION/ViewingActivity.csv';

	it("is sent as the entry's deflate stream alone (a copy: the ZIP stays whole here), not as inflated bytes", async () => {
		const {readViewingActivity} = await import('../../source/load/viewing-activity.js');
		const {openSource} = await import('../../source/export/source.js');
		const file = path.join(dir, 'deflate-stream.zip');
		writeFileSync(file, rawZip([deflatedEntry(VIEWING, text)]));
		const entry = openSource(file).files[0]!;
		const streamed = entry.readStreamed!()!;
		expect(streamed.streaming).toBe(true);
		let handed: {raw: number; size: number; crc: number} | undefined;
		const reader = {
			read: (input: {deflated?: {raw: Uint8Array; size: number; crc: number}; parts?: unknown}) => (
				(handed = input.deflated && {raw: input.deflated.raw.byteLength, size: input.deflated.size, crc: input.deflated.crc}), Promise.resolve(null)
			),
			stop: () => {},
		};
		const result = await readViewingActivity(streamed, 'x', {interactive: true, reread: () => entry.read()}, {reader: reader as never});
		const raw = deflatedEntry(VIEWING, text);
		expect(handed).toEqual({raw: raw.data!.length, size: Buffer.byteLength(text), crc: raw.crc});
		// The stand-in said it could not read: this thread read the same streamed file itself.
		expect(result.table.count).toBe(12_000);
	});

	it('gives the rows the main thread reads, and a damaged stream the error the main thread gives', async () => {
		const {openExport} = await built();
		const honest = deflatedEntry(VIEWING, text);
		const good = path.join(dir, 'stream-good.zip');
		writeFileSync(good, rawZip([honest]));
		const [alone, offloaded] = await Promise.all([openExport(good), openExport(good, {interactive: true})]);
		expect(offloaded.loaded.workers.rows).toBe(true);
		expect(offloaded.loaded.titles).toEqual(alone.loaded.titles);
		const shape = (v: typeof alone) => historyOf(v.library, {extras: true}).map(historyEntry);
		expect(shape(offloaded)).toEqual(shape(alone));
		for (const [name, entry] of Object.entries({checksum: {...honest, crc: (honest.crc! + 1) >>> 0}, cut: {...honest, data: honest.data!.subarray(0, honest.data!.length - 40)}})) {
			const bad = path.join(dir, `stream-${name}.zip`);
			writeFileSync(bad, rawZip([entry]));
			const errors = await Promise.all(
				[openExport(bad), openExport(bad, {interactive: true})].map(p =>
					p.then(
						() => null,
						(e: unknown) => e,
					),
				),
			);
			expect(errors[0], name).toBeInstanceOf(Error);
			expect(String(errors[0]), name).toMatch(/is damaged inside the ZIP/);
			expect(String(errors[1]), name).toBe(String(errors[0]));
		}
	}, 60_000);
});

describe("the file's memory once its rows are read", () => {
	it("is given back when it was the history's own (inflated), and left alone when it is the ZIP's (stored)", async () => {
		const {readViewingActivity} = await import('../../source/load/viewing-activity.js');
		const {openSource} = await import('../../source/export/source.js');
		const {detectLayout, findTable} = await import('../../source/export/layout.js');
		const text = csv2025(Array.from({length: 2000}, (_, i) => ({profile: 'Alex', start: '2024-02-01 10:00:00', title: `Show ${i % 40}: Season 1: Part ${i} (Episode ${i})`})));
		for (const [name, method] of [
			['given-back.zip', 8],
			['left-alone.zip', 0],
		] as const) {
			const zip = new AdmZip();
			zip.addFile('ViewingActivity.csv', Buffer.from(text));
			zip.getEntry('ViewingActivity.csv')!.header.method = method;
			const file = path.join(dir, name);
			writeFileSync(file, zip.toBuffer());
			const entry = findTable(detectLayout(openSource(file)), 'ViewingActivity')!.file;
			const bytes = entry.read();
			const size = bytes.byteLength;
			const result = await readViewingActivity(bytes, name);
			expect(result.table.count).toBe(2000);
			expect(bytes.byteLength).toBe(method === 8 ? 0 : size);
			// The ZIP itself is whole: the entry reads again, with every row.
			expect((await readViewingActivity(entry.read(), name)).table.count).toBe(2000);
		}
	});
});

describe('a worker thread stopped before it was needed', () => {
	it('answers at once that it cannot do the work, instead of waiting for a thread that is gone', async () => {
		const {TitleThread} = (await import(new URL('../../build/load/title-thread.js', import.meta.url).href)) as typeof import('../../source/load/title-thread.js');
		const thread = TitleThread.start();
		thread.send(['Dark: Staffel 1: Geheimnisse (Folge 1)']);
		thread.stop();
		await new Promise(resolve => setTimeout(resolve, 50));
		expect(await thread.finish(['Dark: Staffel 1: Geheimnisse (Folge 1)'])).toBeNull();
		// A running one gives the model.
		const running = TitleThread.start();
		const model = await running.finish(['Dark: Staffel 1: Geheimnisse (Folge 1)']);
		expect(model?.parses[0]).toMatchObject({show: 'Dark', seasonNumber: 1, episodeNumber: 1});
	});
});
