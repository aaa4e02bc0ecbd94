/**
 * Reads a ZIP's central directory from its bytes, believing none of the sizes it declares until they
 * are checked: the entry count against a cap before anything is walked, every record against the
 * bytes it sits in, every entry's data against the others (no two may share bytes: a ZIP whose
 * entries all point at one deflate stream inflates it once per entry) and the declared sizes against
 * the archive's own size. Nothing is inflated here; `inflateEntry` inflates one entry with its
 * declared size as a hard limit.
 *
 * Our own reader, not adm-zip's: adm-zip reads the whole directory before any check can run (100,001
 * entries took 4.8 s and 1.1 GB), throws its own `ADM-ZIP: …` wording, and inflates without a limit.
 * Format: APPNOTE.TXT 6.3.10 (PKWARE), §4.3.7 local header, §4.3.12 central header, §4.3.16 end record,
 * §4.3.14–15 and §4.5.3 ZIP64.
 */
import {type DeflatedFile, FileParts, type FileTail} from './file-parts.js';
import {constants, crc32, createInflateRaw, InflateRaw, inflateRawSync, type ZlibOptions} from 'node:zlib';

/** One file of the archive, as its central directory describes it, with its data's place checked. */
export interface ZipEntry {
	/** The name as stored (UTF-8), `/`-separated. */
	name: string;
	/** Compression method: 0 stored, 8 deflate (others are refused when read). */
	method: number;
	/** General-purpose flags; bit 0 is encryption. */
	flags: number;
	crc: number;
	/** Declared sizes: believed only as limits. */
	compressedSize: number;
	size: number;
	/** Where the entry's local header starts, and its data's range in the archive. */
	headerOffset: number;
	dataStart: number;
	dataEnd: number;
}

/** Why a ZIP cannot be read; `kind` picks the message the caller shows. */
export class ZipProblem extends Error {
	constructor(
		readonly kind: 'damaged' | 'too-many-entries' | 'duplicate-name' | 'overlap',
		message: string,
		/** A number the message is about (the entry count claimed). */
		readonly count = 0,
		/** The entry names it is about. */
		readonly names: string[] = [],
	) {
		super(message);
		this.name = 'ZipProblem';
	}
}

const END = 0x06054b50;
const END64 = 0x06064b50;
const END64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const decoder = new TextDecoder('utf-8');

/**
 * The entries of the ZIP in `bytes` (directories left out), in directory order. Throws ZipProblem.
 * At most `maxEntries` records are walked: the count is checked before the first one.
 */
export function readZipDirectory(bytes: Buffer, maxEntries: number): ZipEntry[] {
	const end = findEnd(bytes);
	const damaged = (why: string) => new ZipProblem('damaged', why);
	let count = bytes.readUInt16LE(end + 10);
	let directorySize = bytes.readUInt32LE(end + 12);
	let directoryOffset = bytes.readUInt32LE(end + 16);
	let directoryLimit = end;
	if (bytes.readUInt16LE(end + 4) !== 0 || bytes.readUInt16LE(end + 6) !== 0 || bytes.readUInt16LE(end + 8) !== count) {
		throw damaged('it is split across several files');
	}
	// ZIP64 (§4.3.14–15): the 32-bit fields say 0xFFFF…, and the real values sit in a record before the end.
	const locator = end - 20;
	if (locator >= 0 && bytes.readUInt32LE(locator) === END64_LOCATOR) {
		const at = safeNumber(bytes.readBigUInt64LE(locator + 8));
		if (at === null || at + 56 > locator || bytes.readUInt32LE(at) !== END64) throw damaged('its ZIP64 end record is missing');
		const count64 = safeNumber(bytes.readBigUInt64LE(at + 32));
		directorySize = safeNumber(bytes.readBigUInt64LE(at + 40)) ?? Number.POSITIVE_INFINITY;
		directoryOffset = safeNumber(bytes.readBigUInt64LE(at + 48)) ?? Number.POSITIVE_INFINITY;
		count = count64 ?? Number.POSITIVE_INFINITY;
		directoryLimit = at;
	}
	if (count > maxEntries) throw new ZipProblem('too-many-entries', `it claims ${count} entries`, count);
	if (directoryOffset + directorySize > directoryLimit) throw damaged('its directory lies outside the file');

	const entries: ZipEntry[] = [];
	const names = new Set<string>();
	let p = directoryOffset;
	const directoryEnd = directoryOffset + directorySize;
	for (let i = 0; i < count; i++) {
		if (p + 46 > directoryEnd || bytes.readUInt32LE(p) !== CENTRAL) throw damaged('its directory is cut short');
		const nameLength = bytes.readUInt16LE(p + 28);
		const extraLength = bytes.readUInt16LE(p + 30);
		const next = p + 46 + nameLength + extraLength + bytes.readUInt16LE(p + 32);
		if (next > directoryEnd) throw damaged('its directory is cut short');
		const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
		const sizes = zip64Sizes(bytes, p, p + 46 + nameLength, extraLength);
		p = next;
		if (names.has(name)) throw new ZipProblem('duplicate-name', `it holds two entries named ${name}`, 0, [name]);
		names.add(name);
		if (name.endsWith('/')) continue;
		entries.push({name, ...sizes, dataStart: 0, dataEnd: 0});
	}
	return placeEntries(bytes, entries, directoryOffset);
}

/** Size, compressed size and local header offset of the central record at `p`, ZIP64 extras applied. */
function zip64Sizes(bytes: Buffer, p: number, extraStart: number, extraLength: number): Pick<ZipEntry, 'size' | 'compressedSize' | 'headerOffset' | 'method' | 'flags' | 'crc'> {
	let compressedSize = bytes.readUInt32LE(p + 20);
	let size = bytes.readUInt32LE(p + 24);
	let headerOffset = bytes.readUInt32LE(p + 42);
	if (size === 0xffffffff || compressedSize === 0xffffffff || headerOffset === 0xffffffff) {
		// §4.5.3: the extra field 0x0001 holds the 64-bit values, only those whose 32-bit field is full.
		for (let e = extraStart; e + 4 <= extraStart + extraLength; ) {
			const id = bytes.readUInt16LE(e);
			const length = bytes.readUInt16LE(e + 2);
			if (id === 1) {
				let q = e + 4;
				const fieldEnd = Math.min(e + 4 + length, extraStart + extraLength);
				const take = () => {
					if (q + 8 > fieldEnd) return Number.POSITIVE_INFINITY;
					const value = safeNumber(bytes.readBigUInt64LE(q)) ?? Number.POSITIVE_INFINITY;
					q += 8;
					return value;
				};
				if (size === 0xffffffff) size = take();
				if (compressedSize === 0xffffffff) compressedSize = take();
				if (headerOffset === 0xffffffff) headerOffset = take();
				break;
			}
			e += 4 + length;
		}
	}
	return {size, compressedSize, headerOffset, method: bytes.readUInt16LE(p + 10), flags: bytes.readUInt16LE(p + 8), crc: bytes.readUInt32LE(p + 16)};
}

/** Finds each entry's data from its local header and refuses data outside the file or shared. */
function placeEntries(bytes: Buffer, entries: ZipEntry[], directoryOffset: number): ZipEntry[] {
	for (const entry of entries) {
		const at = entry.headerOffset;
		if (at + 30 > directoryOffset || bytes.readUInt32LE(at) !== LOCAL) throw new ZipProblem('damaged', `the data of ${entry.name} is missing`, 0, [entry.name]);
		entry.dataStart = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
		entry.dataEnd = entry.dataStart + entry.compressedSize;
		if (entry.dataEnd > directoryOffset) throw new ZipProblem('damaged', `the data of ${entry.name} runs past the end`, 0, [entry.name]);
	}
	const byPlace = [...entries].sort((a, b) => a.headerOffset - b.headerOffset);
	for (let i = 1; i < byPlace.length; i++) {
		const [a, b] = [byPlace[i - 1]!, byPlace[i]!];
		if (b.headerOffset < a.dataEnd) throw new ZipProblem('overlap', `${a.name} and ${b.name} share their data`, 0, [a.name, b.name]);
	}
	return entries;
}

/** The offset of the end record (the last one, §4.3.16), searched in the last 64 KB + 22 bytes. */
function findEnd(bytes: Buffer): number {
	const last = bytes.length - 22;
	for (let i = last; i >= 0 && i >= last - 0xffff; i--) {
		if (bytes[i] === 0x50 && bytes.readUInt32LE(i) === END) return i;
	}
	throw new ZipProblem('damaged', 'it has no end record');
}

function safeNumber(value: bigint): number | null {
	return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : null;
}

/** Why an entry's bytes could not be had. */
export class InflateProblem extends Error {
	constructor(
		readonly kind: 'damaged' | 'larger-than-declared' | 'method',
		message: string,
	) {
		super(message);
		this.name = 'InflateProblem';
	}
}

/**
 * The entry's bytes, inflated with its declared size as a hard limit: zlib stops as soon as the
 * output would pass it, so an entry declaring 2 KB costs about 2 KB whatever its stream holds. The
 * CRC is checked too. Throws InflateProblem.
 */
export function inflateEntry(bytes: Buffer, entry: ZipEntry): Buffer {
	const raw = bytes.subarray(entry.dataStart, entry.dataEnd);
	let data: Buffer;
	if (entry.method === 0) data = raw;
	else if (entry.method === 8) {
		try {
			data = inflateRawSync(raw, inflateOptions(entry));
		} catch (error) {
			throw inflateProblem(entry, error);
		}
	} else throw new InflateProblem('method', `compression method ${entry.method} is not supported`);
	return checked(data, entry);
}

/**
 * `inflateEntry` on libuv's thread pool, ASYNC_PART bytes at a time: the same declared-size limit on the
 * output, the same checks (the checksum summed a part at a time). In one piece, a 45 MB history was
 * ≈130 ms of work that Node's exit waits for: `q` pressed during it took that long to end the process
 * (measured alone: 68–78 ms against 11–12). The parts are kept as zlib gives them, not joined: each
 * in memory of its own (owned), so the reading thread can give each back once read (file-parts.ts).
 */
export async function inflateEntryAsync(bytes: Buffer, entry: ZipEntry): Promise<FileParts> {
	if (entry.method !== 8) return new FileParts([inflateEntry(bytes, entry)]);
	return new Promise((resolve, reject) => {
		const parts: Uint8Array[] = [];
		const stream = createInflateRaw({chunkSize: ASYNC_PART});
		let length = 0;
		let crc = 0;
		let settled = false;
		const fail = (problem: InflateProblem): void => {
			if (settled) return;
			settled = true;
			stream.destroy();
			reject(problem);
		};
		stream.on('data', (part: Buffer) => {
			if (settled) return;
			if (length + part.length > entry.size) return fail(tooLarge(entry));
			// A part is a view into zlib's output chunk: kept when it starts the chunk (zlib writes no more
			// there), else copied (a chunk zlib went on filling, which an earlier part holds).
			parts.push(part.byteOffset === 0 && part.buffer !== parts.at(-1)?.buffer ? part : new Uint8Array(part));
			length += part.length;
			crc = crc32(part, crc);
		});
		stream.on('end', () => {
			if (settled) return;
			const problem = countProblem(length, crc, entry);
			if (problem) return fail(problem);
			settled = true;
			resolve(new FileParts(parts, true));
		});
		stream.on('error', error => fail(inflateProblem(entry, error)));
		stream.end(bytes.subarray(entry.dataStart, entry.dataEnd));
	});
}

/**
 * The entry's bytes inflated as a reader copies them (FileParts.streamed): its first HEAD_BYTES now (the
 * header is read from them, and a stream damaged from its start is refused here, as `inflateEntry`
 * would), the rest straight into the memory the reader copies into, so the whole entry is never in memory
 * (each fresh page costs a fault: docs/performance.md, "Session 11"). The same declared-size limit, the same
 * checks as `inflateEntry`, made as the bytes come, with `inflateEntry`'s words; `fail` turns an
 * InflateProblem into the caller's error. Null when this Node's zlib is not driven the way EntryStream
 * knows: the caller inflates the entry whole.
 */
export function streamEntry(bytes: Buffer, entry: ZipEntry, fail: (problem: unknown) => Error): FileParts | null {
	if (entry.method !== 8 || entry.size <= HEAD_BYTES) return null;
	const stream = EntryStream.open(bytes.subarray(entry.dataStart, entry.dataEnd), entry, fail);
	if (!stream) return null;
	const head = Buffer.allocUnsafeSlow(HEAD_BYTES);
	stream.next(head, 0, HEAD_BYTES);
	return FileParts.streamed(head, stream, entry.size);
}

/**
 * A file another thread sent as its deflate stream (FileParts.deflated), streamed here the same way:
 * throws InflateProblem where `streamEntry` would (the sender then reads the file itself, and says why).
 */
export function streamDeflated(file: DeflatedFile): FileParts {
	const raw = Buffer.from(file.raw.buffer, file.raw.byteOffset, file.raw.byteLength);
	const entry: ZipEntry = {name: '', method: 8, flags: 0, crc: file.crc, size: file.size, compressedSize: raw.length, headerOffset: 0, dataStart: 0, dataEnd: raw.length};
	const streamed = streamEntry(raw, entry, problem => (problem instanceof Error ? problem : new Error(String(problem))));
	if (!streamed) throw new InflateProblem('damaged', 'this Node cannot inflate it as it is read');
	return streamed;
}

/** Bytes of a streamed entry inflated at once, in memory of its own (its header is read from them). */
const HEAD_BYTES = 64 * 1024;

/** zlib's handle, as Node's own synchronous inflate drives it (lib/zlib.js, processChunkSync). */
interface ZlibHandle {
	writeSync(flush: number, input: Uint8Array, inOffset: number, inLength: number, output: Uint8Array, outOffset: number, outLength: number): void;
}

/**
 * An entry inflated a piece at a time into memory the caller gives. Node has no public call that
 * inflates into a given buffer: this drives the stream's zlib handle as Node's `inflateRawSync` does
 * (`writeSync`, then the output and input left in `_writeState`), checked to be there before use.
 */
class EntryStream implements FileTail {
	private inOffset = 0;
	private inLeft: number;
	private made = 0;
	private crc = 0;

	private constructor(
		private readonly stream: InflateRaw,
		private readonly handle: ZlibHandle,
		private readonly state: Uint32Array,
		private readonly raw: Uint8Array,
		private readonly entry: ZipEntry,
		private readonly fail: (problem: unknown) => Error,
	) {
		this.inLeft = raw.length;
	}

	static open(raw: Uint8Array, entry: ZipEntry, fail: (problem: unknown) => Error): EntryStream | null {
		const stream = new InflateRaw();
		const inner = stream as unknown as {_handle?: Partial<ZlibHandle>; _writeState?: unknown};
		const handle = inner._handle;
		const state = inner._writeState;
		if (typeof handle?.writeSync !== 'function' || !(state instanceof Uint32Array) || state.length < 2) {
			stream.close();
			return null;
		}
		// zlib's errors are read from the stream after each write (`errored`); this keeps the 'error'
		// event Node emits for them later from ending the process.
		stream.on('error', () => {});
		return new EntryStream(stream, handle as ZlibHandle, state, raw, entry, fail);
	}

	next(into: Uint8Array, at: number, n: number): void {
		if (this.made + n > this.entry.size) throw this.fail(tooLarge(this.entry));
		while (n > 0) {
			const made = this.write(constants.Z_SYNC_FLUSH, into, at, n);
			if (made === 0) throw this.fail(this.shortProblem());
			this.crc = crc32(into.subarray(at, at + made), this.crc);
			at += made;
			n -= made;
		}
	}

	deflated(): DeflatedFile {
		return {raw: this.raw, size: this.entry.size, crc: this.entry.crc};
	}

	end(): void {
		// One byte more must not come (inflateEntry's limit is the declared size), and the sum must match.
		const extra = this.write(constants.Z_SYNC_FLUSH, new Uint8Array(1), 0, 1);
		this.stream.close();
		const problem = extra > 0 ? tooLarge(this.entry) : countProblem(this.made, this.crc, this.entry);
		if (problem) throw this.fail(problem);
	}

	/** Inflates up to `n` bytes into `into` at `at`; how many came. Throws zlib's error as inflateEntry words it. */
	private write(flush: number, into: Uint8Array, at: number, n: number): number {
		// zlib's handle asserts its bounds (a failed assertion ends the process): bytes gone from under it
		// (a buffer moved to another thread) are refused here instead.
		if (this.inOffset + this.inLeft > this.raw.length || at + n > into.length) throw this.fail(new InflateProblem('damaged', 'its bytes are no longer in memory'));
		this.handle.writeSync(flush, this.raw, this.inOffset, this.inLeft, into, at, n);
		if (this.stream.errored) {
			const error = this.stream.errored;
			this.stream.close();
			throw this.fail(inflateProblem(this.entry, error));
		}
		const made = n - this.state[0]!;
		this.inOffset += this.inLeft - this.state[1]!;
		this.inLeft = this.state[1]!;
		this.made += made;
		return made;
	}

	/**
	 * Why no byte came where the entry declares more: its data ended mid-stream (zlib's "unexpected end
	 * of file", as inflateEntry says it: asked to finish, zlib tells) or its stream ended early.
	 */
	private shortProblem(): InflateProblem {
		this.write(constants.Z_FINISH, new Uint8Array(1), 0, 1);
		this.stream.close();
		return countProblem(this.made, this.crc, this.entry) ?? new InflateProblem('damaged', 'it inflates to fewer bytes than it declares');
	}
}

/** Bytes inflated in one piece of work by inflateEntryAsync (≈20 ms). */
const ASYNC_PART = 8 * 1024 * 1024;

function inflateOptions(entry: ZipEntry): ZlibOptions {
	// One output chunk of the declared size (+1, so that one byte more is seen and refused): zlib's
	// default 16 KB chunks are joined by a copy at the end, ≈30 ms of ≈80 ms for a 45 MB history.
	return {maxOutputLength: Math.max(1, entry.size), chunkSize: Math.min(Math.max(entry.size + 1, 64 * 1024), 64 * 1024 * 1024)};
}

function inflateProblem(entry: ZipEntry, error: unknown): InflateProblem {
	if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return tooLarge(entry);
	const text = error instanceof Error ? error.message : String(error);
	return new InflateProblem('damaged', text.split('\n')[0]!.replace(/\.$/, ''));
}

function tooLarge(entry: ZipEntry): InflateProblem {
	return new InflateProblem('larger-than-declared', `it inflates to more than the ${entry.size} bytes it declares`);
}

/** The inflated bytes, when they are as many as declared and their checksum matches. */
function checked(data: Buffer, entry: ZipEntry): Buffer {
	const problem = countProblem(data.length, crc32(data), entry);
	if (problem) throw problem;
	return data;
}

/** What is wrong with `length` inflated bytes of checksum `crc`, null when they are what the entry declares. */
function countProblem(length: number, crc: number, entry: ZipEntry): InflateProblem | null {
	if (length !== entry.size)
		return new InflateProblem(length > entry.size ? 'larger-than-declared' : 'damaged', `it inflates to ${length} bytes, not the ${entry.size} it declares`);
	return crc !== entry.crc >>> 0 ? new InflateProblem('damaged', 'its checksum does not match') : null;
}
