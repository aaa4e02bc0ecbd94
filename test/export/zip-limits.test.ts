import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {crc32} from 'node:zlib';
import {afterAll, describe, expect, it} from 'vitest';
import {ExportError} from '../../source/export/errors.js';
import {LIMITS, MAX_FILES} from '../../source/export/limits.js';
import {loadExport} from '../../source/load/load-export.js';
import {openSource} from '../../source/export/source.js';
import {csv2025, tempDir, type Row} from '../helpers/exports.js';
import {deflatedEntry, rawZip, type RawEntry, zeroStream} from '../helpers/raw-zip.js';

const {dir, cleanup} = tempDir();
afterAll(cleanup);

const ROWS: Row[] = [{profile: 'Alex', start: '2024-03-07 21:24:41', duration: '0:41:19', title: 'Dark: Staffel 2: Geister (Folge 3)'}];
const VIEWING = 'CONTENT_INTERACTION/ViewingActivity.csv';
/** Generous: the machine is shared. The refusals below take milliseconds alone. */
const SECONDS = 10;

function write(name: string, bytes: Buffer): string {
	const file = path.join(dir, name);
	writeFileSync(file, bytes);
	return file;
}

/** The error a load ends with, and how long it took. */
async function failure(location: string): Promise<{error: ExportError; seconds: number}> {
	const t0 = performance.now();
	const error = await loadExport(location).then(
		() => null,
		(e: unknown) => e,
	);
	const seconds = (performance.now() - t0) / 1000;
	expect(error).toBeInstanceOf(ExportError);
	const {message, hint} = error as ExportError;
	expect(message).not.toContain('\n');
	expect(`${message} ${hint}`).not.toMatch(/ADM-ZIP|ERR_|RangeError/);
	return {error: error as ExportError, seconds};
}

describe('ZIP sizes that lie', () => {
	it('entries that all point at one deflate stream are refused before anything is inflated', async () => {
		// 300 entries, each honestly declaring the 64 MiB the shared stream inflates to: 19 GB in all.
		const stream = zeroStream(64);
		const entries: RawEntry[] = [{name: VIEWING, data: stream, size: 64 * 1024 * 1024}];
		for (let i = 1; i < 300; i++) entries.push({name: `OTHER/Table${i}.csv`, size: 64 * 1024 * 1024, sameDataAs: 0});
		const {error, seconds} = await failure(write('overlap.zip', rawZip(entries)));
		expect(error.message).toMatch(/share the same data/);
		expect(seconds).toBeLessThan(SECONDS);
	});

	it('an entry declaring 2 KB is never inflated past 2 KB', async () => {
		// 256 MiB of zeros behind a header that says 2 KB.
		const file = write('liar.zip', rawZip([{name: VIEWING, data: zeroStream(256), size: 2048}]));
		const before = process.memoryUsage().arrayBuffers;
		const {error, seconds} = await failure(file);
		expect(error.message).toMatch(/ViewingActivity\.csv is damaged inside the ZIP \(it inflates to more than the 2048 bytes it declares\)/);
		expect(seconds).toBeLessThan(SECONDS);
		// Inflating it would hold 256 MiB; the limit holds about the declared size.
		expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 * 1024);
	});

	it('twelve entries declaring 1 KB each inflate 12 KB at most, each refused on its own', () => {
		const entries: RawEntry[] = [deflatedEntry(VIEWING, csv2025(ROWS))];
		for (let i = 0; i < 12; i++) entries.push({name: `CLICKSTREAM/Clickstream${i}.csv`, data: zeroStream(128), size: 1024});
		const source = openSource(write('twelve.zip', rawZip(entries)));
		const t0 = performance.now();
		for (const file of source.files.slice(1)) expect(() => file.read()).toThrow(/inflates to more than the 1024 bytes it declares/);
		expect(source.files[0]!.read().toString()).toContain('Geister');
		expect((performance.now() - t0) / 1000).toBeLessThan(SECONDS);
	});

	it('an honest bomb (an entry declaring 1,000 times its size) is refused before inflating', async () => {
		const {error} = await failure(write('honest-bomb.zip', rawZip([{name: VIEWING, data: zeroStream(256), size: 256 * 1024 * 1024}])));
		expect(error.message).toMatch(/the ZIP's files claim to inflate to 256 MB from \d+ KB, more than 50 times its size/);
	});

	it('one entry past the ratio inside an otherwise plausible ZIP is refused alone, when read', () => {
		// 8 MB of incompressible padding makes the whole ZIP's total plausible; the entry itself is not.
		const padding = Buffer.alloc(8 * 1024 * 1024);
		for (let i = 0; i < padding.length; i += 4) padding.writeUInt32LE((i * 2654435761) >>> 0, i);
		const source = openSource(
			write(
				'one-bomb.zip',
				rawZip([
					{name: 'PADDING/Noise.bin', data: padding, method: 0, size: padding.length, crc: crc32(padding)},
					{name: VIEWING, data: zeroStream(300), size: 300 * 1024 * 1024},
				]),
			),
		);
		expect(() => source.files[1]!.read()).toThrow(/ViewingActivity\.csv claims to inflate from \d+ KB to 300 MB, more than 50 times/);
		expect(source.files[0]!.read().length).toBe(padding.length);
	});

	it('the total cap is reported as the total cap, counted on what was inflated', () => {
		const body = 'x'.repeat(600);
		const file = write('total.zip', rawZip([deflatedEntry('A/One.csv', body), deflatedEntry('A/Two.csv', body)]));
		const source = openSource(file, {...LIMITS, totalBytes: 1000});
		expect(source.files[0]!.read().length).toBe(600);
		// Read again: counted once.
		expect(source.files[0]!.read().length).toBe(600);
		expect(() => source.files[1]!.read()).toThrow(/inflate to more than 1000 bytes together, the limit for a whole export \(reached at A\/Two\.csv\)/);
	});

	it('readAsync (the explorer inflates on the thread pool) keeps the same bounds: declared size, total cap, one-file cap', async () => {
		const liar = openSource(write('liar-async.zip', rawZip([{name: VIEWING, data: zeroStream(256), size: 2048}])));
		await expect(liar.files[0]!.readAsync!()).rejects.toThrow(/inflates to more than the 2048 bytes it declares/);
		const body = 'x'.repeat(600);
		const total = openSource(write('total-async.zip', rawZip([deflatedEntry('A/One.csv', body), deflatedEntry('A/Two.csv', body)])), {...LIMITS, totalBytes: 1000});
		// Two reads in flight at once: the second is refused, the cap held while the first inflates.
		const [one, two] = await Promise.allSettled([total.files[0]!.readAsync!(), total.files[1]!.readAsync!()]);
		expect(one.status === 'fulfilled' && Buffer.from(one.value.joined()).toString()).toBe(body);
		expect(two.status === 'rejected' && String(two.reason)).toMatch(/inflate to more than 1000 bytes together/);
		// Read again: counted once.
		expect((await total.files[0]!.readAsync!()).length).toBe(600);
		const big = openSource(write('one-file-async.zip', rawZip([deflatedEntry('A/One.csv', 'y'.repeat(2000))])), {...LIMITS, entryBytes: 1000});
		await expect(big.files[0]!.readAsync!()).rejects.toThrow(/over the 1000 bytes limit for one file/);
	});

	it("readAsync (inflated a part at a time on the thread pool) gives read()'s bytes, and read()'s errors", async () => {
		const body = Array.from({length: 30_000}, (_, i) => `line ${i},${'x'.repeat(i % 40)}`).join('\n');
		const honest = deflatedEntry(VIEWING, body);
		const cases: Record<string, RawEntry> = {
			honest,
			larger: {name: VIEWING, data: zeroStream(256), size: 2048},
			smaller: {...honest, size: honest.size + 10},
			checksum: {...honest, crc: (honest.crc! + 1) >>> 0},
			truncated: {...honest, data: honest.data!.subarray(0, honest.data!.length >> 1)},
			garbage: {...honest, data: Buffer.from('not a deflate stream at all, really not', 'latin1')},
		};
		for (const [name, entry] of Object.entries(cases)) {
			const file = write(`parts-${name}.zip`, rawZip([entry]));
			let whole: Buffer | ExportError;
			try {
				whole = openSource(file).files[0]!.read();
			} catch (error) {
				whole = error as ExportError;
			}
			const parts = openSource(file).files[0]!.readAsync!();
			if (whole instanceof ExportError) await expect(parts, name).rejects.toThrow(whole.message);
			else expect(Buffer.from((await parts).joined()).equals(whole), name).toBe(true);
		}
	});

	it("readStreamed (a command inflates as it reads, in order) gives read()'s bytes, and read()'s errors, and the same bounds", () => {
		const body = Array.from({length: 30_000}, (_, i) => `line ${i},${'x'.repeat(i % 40)}`).join('\n');
		const honest = deflatedEntry(VIEWING, body);
		const cases: Record<string, RawEntry> = {
			honest,
			larger: {name: VIEWING, data: zeroStream(2), size: 100_000},
			smaller: {...honest, size: honest.size + 10},
			checksum: {...honest, crc: (honest.crc! + 1) >>> 0},
			truncated: {...honest, data: honest.data!.subarray(0, honest.data!.length >> 1)},
			garbage: {...honest, data: Buffer.from('not a deflate stream at all, really not', 'latin1')},
		};
		for (const [name, entry] of Object.entries(cases)) {
			const file = write(`streamed-${name}.zip`, rawZip([entry]));
			let whole: Buffer | ExportError;
			try {
				whole = openSource(file).files[0]!.read();
			} catch (error) {
				whole = error as ExportError;
			}
			let streamed: Buffer | ExportError;
			try {
				const parts = openSource(file).files[0]!.readStreamed!()!;
				expect(parts.streaming, name).toBe(true);
				const into = Buffer.alloc(parts.length);
				// Copied out as the reader does, a window at a time, in order.
				for (let at = 0; at < parts.length; at += 65_537) parts.copy(into, at, at, Math.min(parts.length, at + 65_537));
				streamed = into;
			} catch (error) {
				streamed = error as ExportError;
			}
			if (whole instanceof ExportError) {
				expect(streamed, name).toBeInstanceOf(ExportError);
				expect((streamed as ExportError).message, name).toBe(whole.message);
			} else expect(Buffer.isBuffer(streamed) && streamed.equals(whole), name).toBe(true);
		}
		// The bounds before a byte is inflated, and the total counted once.
		const big = openSource(write('one-file-streamed.zip', rawZip([deflatedEntry('A/One.csv', 'y'.repeat(200_000))])), {...LIMITS, entryBytes: 100_000});
		expect(() => big.files[0]!.readStreamed!()).toThrow(/over the 98 KB limit for one file/);
		const body2 = 'z'.repeat(100_000);
		const total = openSource(write('total-streamed.zip', rawZip([deflatedEntry('A/One.csv', body2), deflatedEntry('A/Two.csv', body2)])), {...LIMITS, totalBytes: 150_000});
		expect(total.files[0]!.readStreamed!()!.length).toBe(100_000);
		expect(total.files[0]!.readStreamed!()!.length).toBe(100_000);
		expect(() => total.files[1]!.readStreamed!()).toThrow(/inflate to more than 146 KB together, the limit for a whole export \(reached at A\/Two\.csv\)/);
		// Stored entries and small ones are read whole by the caller.
		const small = openSource(write('small-streamed.zip', rawZip([deflatedEntry(VIEWING, 'Title,Date\nA,1\n')])));
		expect(small.files[0]!.readStreamed!()).toBeNull();
	});

	it('the one-file cap names the one-file limit', () => {
		const file = write('one-file.zip', rawZip([deflatedEntry('A/One.csv', 'y'.repeat(2000))]));
		expect(() => openSource(file, {...LIMITS, entryBytes: 1000}).files[0]!.read()).toThrow(/A\/One\.csv would inflate to 2 KB, over the 1000 bytes limit for one file/);
	});
});

describe('ZIP directories that lie', () => {
	it(`100,001 entries (ZIP64) are refused before the directory is walked; the cap is ${MAX_FILES}`, async () => {
		const entries: RawEntry[] = Array.from({length: 100_001}, (_, i) => ({name: `F/${i}.txt`, data: Buffer.alloc(0), method: 0, size: 0}));
		const {error, seconds} = await failure(write('many.zip', rawZip(entries, {zip64: true})));
		expect(error.message).toMatch(/claims 100,001 entries; a Netflix export holds about 40 \(the limit is 5,000\)/);
		expect(error.hint).toMatch(/not a Netflix export/);
		expect(seconds).toBeLessThan(SECONDS);
	});

	it('an end record that claims 65,535 entries gets our own message', async () => {
		const {error} = await failure(write('claims.zip', rawZip([deflatedEntry(VIEWING, csv2025(ROWS))], {claimedCount: 0xffff})));
		expect(error.message).toMatch(/claims 65,535 entries/);
	});

	it('a duplicate entry name gets our own message', async () => {
		const {error} = await failure(write('dup.zip', rawZip([deflatedEntry(VIEWING, csv2025(ROWS)), deflatedEntry(VIEWING, csv2025(ROWS))])));
		expect(error.message).toMatch(/the ZIP holds two entries named CONTENT_INTERACTION\/ViewingActivity\.csv/);
		expect(error.hint).toMatch(/names each file once/);
	});

	it('an entry whose data runs past the directory is damaged, in our words', async () => {
		const zip = rawZip([deflatedEntry(VIEWING, csv2025(ROWS))]);
		// Compressed size in the central header (46-byte header after the local one) made huge.
		const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
		zip.writeUInt32LE(0x7fffffff, central + 20);
		const {error} = await failure(write('past.zip', zip));
		expect(error.message).toMatch(/the ZIP is damaged or incomplete \(the data of CONTENT_INTERACTION\/ViewingActivity\.csv runs past the end\)/);
	});

	it('an honest ZIP with ZIP64 end records reads (the real count is in the ZIP64 record)', async () => {
		const loaded = await loadExport(write('zip64.zip', rawZip([deflatedEntry(VIEWING, csv2025(ROWS)), deflatedEntry('ACCOUNT/AccountDetails.csv', 'a,b\n1,2\n')], {zip64: true})));
		expect(loaded.rows).toHaveLength(1);
		expect(loaded.layout.tables.map(t => t.name).sort()).toEqual(['AccountDetails', 'ViewingActivity']);
	});

	it('an honest ZIP built by hand reads', async () => {
		const loaded = await loadExport(write('honest.zip', rawZip([deflatedEntry(VIEWING, csv2025(ROWS))])));
		expect(loaded.rows).toHaveLength(1);
	});
});
