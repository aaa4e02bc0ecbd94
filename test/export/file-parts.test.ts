import {crc32, deflateRawSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {FileParts, type FileTail, withWholeHeader} from '../../source/export/file-parts.js';
import {inflateEntryAsync, streamEntry, type ZipEntry} from '../../source/export/zip-directory.js';

const bytesOf = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('a file in parts', () => {
	it('copies any range across the parts, and joins them', () => {
		const file = new FileParts([bytesOf('abc'), bytesOf(''), bytesOf('defg'), bytesOf('h')]);
		expect(file.length).toBe(8);
		const into = new Uint8Array(10);
		file.copy(into, 1, 2, 7);
		expect(text(into.subarray(1, 6))).toBe('cdefg');
		expect(text(file.joined())).toBe('abcdefgh');
		expect(text(file.tail(5))).toBe('fgh');
		expect(text(file.tail(7))).toBe('h');
		expect(file.lineFeedsBefore(3)).toBe(0);
		// Line feeds before an offset in the first part, and past it (a header longer than a part).
		const lines = new FileParts([bytesOf('a\nb'), bytesOf('\nc\n'), bytesOf('d')]);
		expect([lines.lineFeedsBefore(2), lines.lineFeedsBefore(3), lines.lineFeedsBefore(4), lines.lineFeedsBefore(7)]).toEqual([1, 1, 2, 3]);
	});

	it('gives back the parts wholly before an offset when they are its own, and only then', () => {
		const parts = [bytesOf('ab\n'), bytesOf('cd\n'), bytesOf('ef')];
		const owned = new FileParts(parts, true);
		owned.dropBefore(4);
		expect(parts.map(part => part.byteLength)).toEqual([0, 3, 2]);
		expect(owned.intact).toBe(false);
		expect(text(owned.tail(4))).toBe('d\nef');
		expect(() => owned.copy(new Uint8Array(3), 0, 1, 4)).toThrow(/given back/);
		const shared = [bytesOf('ab\n'), bytesOf('cd')];
		const lent = new FileParts(shared);
		lent.dropBefore(5);
		expect(shared.map(part => part.byteLength)).toEqual([3, 2]);
		expect(lent.intact).toBe(true);
	});

	it('a one-piece file owns its memory only when it is all of its buffer', () => {
		expect(FileParts.of(bytesOf('abc')).owned).toBe(true);
		const archive = bytesOf('xxabcxx');
		expect(FileParts.of(archive.subarray(2, 5)).owned).toBe(false);
	});

	it('joins the parts when the header line runs past the first part', () => {
		const split = new FileParts([bytesOf('Title,Da'), bytesOf('te\nA,1\n')]);
		expect(withWholeHeader(split).pieces.length).toBe(1);
		for (const first of ['Title,Date\n', 'Title,Date\r\n', 'Title,Date\nA,']) {
			const whole = new FileParts([bytesOf(first), bytesOf('A,1\n')]);
			expect(withWholeHeader(whole)).toBe(whole);
		}
		const lastCr = new FileParts([bytesOf('Title,Date\r'), bytesOf('\nA,1\n')]);
		expect(withWholeHeader(lastCr).pieces.length).toBe(1);
	});
});

describe('an entry inflated in parts (the explorer)', () => {
	it('gives the bytes in parts that each own their memory, so they can move to another thread and be given back', async () => {
		// 20 MB of rows: three of zlib's 8 MB parts.
		const line = 'Alex,2024-02-01 10:00:00,0:42:00,Show: Season 1: Pilot (Episode 1),,,Phone,0:42:00,Latest View,FR\n';
		const data = Buffer.from(line.repeat(Math.ceil((20 * 1024 * 1024) / line.length)));
		const raw = deflateRawSync(data);
		const entry: ZipEntry = {
			name: 'ViewingActivity.csv',
			method: 8,
			flags: 0,
			crc: crc32(data),
			compressedSize: raw.length,
			size: data.length,
			headerOffset: 0,
			dataStart: 0,
			dataEnd: raw.length,
		};
		const file = await inflateEntryAsync(raw, entry);
		expect(file.owned).toBe(true);
		expect(file.pieces.length).toBeGreaterThanOrEqual(3);
		expect(file.pieces.every(part => part.byteOffset === 0)).toBe(true);
		expect(new Set(file.pieces.map(part => part.buffer)).size).toBe(file.pieces.length);
		expect(Buffer.from(file.joined()).equals(data)).toBe(true);
	});
});

/** A tail that makes `text`'s bytes from `from` on, recording each call. */
function tailOf(text: string, from: number): FileTail & {calls: string[]} {
	const bytes = bytesOf(text);
	let at = from;
	const calls: string[] = [];
	return {
		calls,
		next(into, to, n) {
			calls.push(`next ${n}`);
			if (at + n > bytes.length) throw new Error('fewer bytes than declared');
			into.set(bytes.subarray(at, at + n), to);
			at += n;
		},
		end() {
			calls.push('end');
		},
	};
}

describe('a streamed file (a command inflates as it reads)', () => {
	it('copies its head, then has its tail make the rest in order, and ends it after the last byte', () => {
		const rest = tailOf('Title,Date\nA,1\nB,2\n', 6);
		const file = FileParts.streamed(bytesOf('Title,'), rest, 19);
		expect([file.length, text(file.head), file.streaming, file.intact]).toEqual([19, 'Title,', true, true]);
		const into = new Uint8Array(19);
		file.copy(into, 0, 0, 8);
		expect(text(into.subarray(0, 8))).toBe('Title,Da');
		expect(file.intact).toBe(false);
		file.copy(into, 8, 8, 14);
		expect(rest.calls).toEqual(['next 2', 'next 6']);
		// Bytes already made went into the reader's memory: they cannot be had again, nor the whole file.
		expect(() => file.copy(into, 0, 7, 10)).toThrow(/in order/);
		expect(() => file.joined()).toThrow(/bytes are gone/);
		file.copy(into, 14, 14, 19);
		expect(text(into)).toBe('Title,Date\nA,1\nB,2\n');
		expect(rest.calls).toEqual(['next 2', 'next 6', 'next 5', 'end']);
		expect(file.streaming).toBe(false);
	});

	it('makes its rest into memory of its own for a reader of the whole file, before a copy went past the head', () => {
		const rest = tailOf('Title,Date\nA,1\n', 6);
		const file = FileParts.streamed(bytesOf('Title,'), rest, 15);
		// The header's end and a blank check need no more than the head.
		expect(withWholeHeader(FileParts.streamed(bytesOf('T,D\nA,'), tailOf('T,D\nA,1\n', 6), 9)).streaming).toBe(true);
		expect(rest.calls).toEqual([]);
		expect(text(file.joined())).toBe('Title,Date\nA,1\n');
		expect(rest.calls).toEqual(['next 9', 'end']);
		expect([file.streaming, file.intact, file.pieces.length]).toEqual([false, true, 2]);
		// A head that is the whole file: the tail is ended at once.
		const done = tailOf('ab', 2);
		expect(FileParts.streamed(bytesOf('ab'), done, 2).streaming).toBe(false);
		expect(done.calls).toEqual(['end']);
	});

	it("throws the tail's error where the bytes run short", () => {
		const file = FileParts.streamed(bytesOf('Title,'), tailOf('Title,Date\n', 6), 40);
		expect(() => file.copy(new Uint8Array(40), 0, 0, 40)).toThrow(/fewer bytes than declared/);
	});
});

describe('an entry inflated as it is read (streamEntry)', () => {
	const line = 'Alex,2024-02-01 10:00:00,0:42:00,Show: Season 1: Pilot (Episode 1),,,Phone,0:42:00,Latest View,FR\n';
	const data = Buffer.from(line.repeat(3000));
	const raw = deflateRawSync(data);
	const entry: ZipEntry = {name: 'V.csv', method: 8, flags: 0, crc: crc32(data), compressedSize: raw.length, size: data.length, headerOffset: 0, dataStart: 0, dataEnd: raw.length};
	const fail = (problem: unknown) => new Error(`failed: ${problem instanceof Error ? problem.message : String(problem)}`);

	it('gives the bytes, copied out in pieces of any size, in order', () => {
		const file = streamEntry(raw, entry, fail)!;
		expect(file.streaming).toBe(true);
		expect(file.head.length).toBeLessThan(data.length);
		const into = new Uint8Array(data.length);
		for (let at = 0, n = 1; at < data.length; at += n, n = n * 3 + 7) file.copy(into, at, at, Math.min(data.length, at + n));
		expect(Buffer.from(into).equals(data)).toBe(true);
		expect(file.streaming).toBe(false);
	});

	it("refuses, in the caller's words, a stream longer or shorter than declared, a wrong checksum, a cut stream", () => {
		const copyAll = (e: ZipEntry, bytes: Buffer = raw) => {
			const file = streamEntry(bytes, e, fail)!;
			file.copy(new Uint8Array(file.length), 0, 0, file.length);
		};
		expect(() => copyAll({...entry, size: data.length - 100})).toThrow(/^failed: it inflates to more than the \d+ bytes it declares$/);
		expect(() => copyAll({...entry, size: data.length + 100})).toThrow(/^failed: it inflates to \d+ bytes, not the \d+ it declares$/);
		expect(() => copyAll({...entry, crc: (entry.crc + 1) >>> 0})).toThrow(/^failed: its checksum does not match$/);
		expect(() => copyAll({...entry, dataEnd: raw.length >> 1}, raw)).toThrow(/^failed: unexpected end of file$/);
		// Too small to gain from it, or stored: read whole by the caller.
		expect(streamEntry(raw, {...entry, method: 0}, fail)).toBeNull();
		expect(streamEntry(raw, {...entry, size: 100}, fail)).toBeNull();
	});
});
