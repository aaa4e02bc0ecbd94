import {crc32, deflateRawSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {FileParts, withWholeHeader} from '../../source/export/file-parts.js';
import {inflateEntryAsync, type ZipEntry} from '../../source/export/zip-directory.js';

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
