import {headerEnd, lineNumbers} from './csv.js';

/**
 * The bytes of a file after its first part, made as they are asked for, in order: a ZIP entry inflated
 * straight into the reader's window (zip-directory.ts, streamEntry), never whole in memory.
 */
export interface FileTail {
	/** Writes the next `n` bytes of the file into `into` at `at`. Throws when the file has fewer, or is damaged. */
	next(into: Uint8Array, at: number, n: number): void;
	/** Called once the last byte is made: throws when more follow, or when the whole does not check. */
	end(): void;
	/** What another thread needs to make the whole file itself (zip-directory.ts), where the tail can say. */
	deflated?(): DeflatedFile;
}

/** A file as its deflate stream (a ZIP entry's data), its size and its checksum: sent to another thread to inflate there. */
export interface DeflatedFile {
	raw: Uint8Array;
	size: number;
	crc: number;
}

/**
 * A file's bytes as consecutive parts, as an entry inflated off the thread that reads keys arrives
 * (zip-directory.ts, inflateEntryAsync). The reader copies its window from them without joining them
 * (viewing-core.ts), and the explorer's reading thread gives each part back once its rows are read: a
 * 250k-row history (45 MB) is then not held whole at the end of its read, the explorer's peak of memory.
 *
 * Or a first part and a FileTail (`streamed`): the bytes past the first part are made as `copy` asks
 * for them, in order, into the reader's own memory. Every byte of a fresh buffer costs a page fault on
 * first touch, ≈11 µs a 4 KB page on the machines measured: a 250k-row history inflated whole was
 * ≈120 ms of faults before a row was read (docs/performance.md, "Session 11").
 */
export class FileParts {
	/** Bytes in all parts (a streamed file: the size its tail will make, checked as it is made). */
	readonly length: number;
	private readonly parts: (Uint8Array | null)[];
	/** Offset in the file of each part's first byte, and of the byte after its last. */
	private readonly starts: number[] = [];
	private readonly ends: number[] = [];
	/** The bytes past the parts, still to be made (streamed files). */
	private rest: FileTail | null;
	/** Where the bytes not made yet start: the parts' end, then past what `copy` had the tail make. */
	private made: number;

	/**
	 * `owned`: each part is all of its memory, which nothing else uses (an inflated entry, a file read for
	 * this), so the parts may move to another thread and `dropBefore` may give them back.
	 */
	constructor(
		parts: readonly Uint8Array[],
		readonly owned = false,
		tail?: {rest: FileTail; length: number},
	) {
		this.parts = parts.filter(part => part.length > 0);
		let length = 0;
		for (const part of this.parts) {
			this.starts.push(length);
			length += part!.length;
			this.ends.push(length);
		}
		this.made = length;
		this.rest = tail && tail.length > length ? tail.rest : null;
		if (tail && !this.rest) tail.rest.end();
		this.length = this.rest ? tail!.length : length;
	}

	/**
	 * A file of `length` bytes: `head` (its first bytes, its own memory), then what `rest` makes as the
	 * bytes are copied out, in order (`copy`). What needs the bytes otherwise (`joined`, `pieces`, `tail`)
	 * has the rest made into memory first, which only works before `copy` went past the head.
	 */
	static streamed(head: Uint8Array, rest: FileTail, length: number): FileParts {
		return new FileParts([head], true, {rest, length});
	}

	/** The parts of `bytes`: itself alone when it is one piece, owned when it is all of its memory. */
	static of(bytes: Uint8Array | FileParts): FileParts {
		return bytes instanceof FileParts ? bytes : new FileParts([bytes], ownsItsMemory(bytes));
	}

	/** Whether every part still holds its bytes (a part moved to another thread holds none). */
	get intact(): boolean {
		return this.parts.every(part => part !== null && part.byteLength > 0) && (this.rest === null || this.made === this.ends.at(-1));
	}

	/** The parts still held (none given back yet: all of them), for sending to another thread. */
	get pieces(): readonly Uint8Array[] {
		this.makeRest();
		return this.parts.filter((part): part is Uint8Array => part !== null);
	}

	/** Whether bytes past the parts are still to be made, as `copy` asks for them (a streamed file). */
	get streaming(): boolean {
		return this.rest !== null;
	}

	/**
	 * The deflate stream the file is made from, while nothing past its head was made here: another thread
	 * can then inflate it as it reads, instead of this one sending it the bytes (the explorer's reader).
	 */
	get deflated(): DeflatedFile | null {
		return this.rest?.deflated && this.made === this.ends.at(-1) ? this.rest.deflated() : null;
	}

	/** The first part: the header and the first rows of a history. */
	get head(): Uint8Array {
		return this.parts[0] ?? new Uint8Array(0);
	}

	/**
	 * Copies the file's bytes from `from` to `to` into `into` at `at`. Throws for a part given back, and
	 * for bytes of a streamed file's tail asked for out of order (made once, into the caller's memory).
	 */
	copy(into: Uint8Array, at: number, from: number, to: number): void {
		for (let i = this.partAt(from); i < this.parts.length && from < to && from < this.ends[i]!; i++) {
			const part = this.parts[i];
			if (!part) throw new Error(`bytes at ${from} were given back`);
			const start = this.starts[i]!;
			const end = Math.min(to, this.ends[i]!);
			into.set(part.subarray(from - start, end - start), at);
			at += end - from;
			from = end;
		}
		if (from >= to || !this.rest) return;
		if (from !== this.made) throw new Error(`bytes at ${from} were made and given back (a streamed file is read in order)`);
		const rest = this.rest;
		const end = Math.min(to, this.length);
		rest.next(into, at, end - from);
		this.made = end;
		if (end === this.length) {
			this.rest = null;
			rest.end();
		}
	}

	/** The bytes from `from` to the end in one piece (a copy when they span parts). */
	tail(from: number): Uint8Array {
		this.makeRest();
		const i = this.partAt(from);
		if (i === this.parts.length - 1 && this.parts[i]) return this.parts[i]!.subarray(from - this.starts[i]!);
		const out = new Uint8Array(Math.max(0, this.length - from));
		this.copy(out, 0, from, this.length);
		return out;
	}

	/** All the bytes in one piece: the part itself when there is one. */
	joined(): Uint8Array {
		this.makeRest();
		return this.parts.length === 1 && this.parts[0] ? this.parts[0] : this.tail(0);
	}

	/** How many LF bytes lie before `offset` (the header's end: in the first part, but for a header past it). */
	lineFeedsBefore(offset: number): number {
		return lineNumbers(offset <= this.head.length ? this.head : this.tail(0), [offset]).get(offset)! - 1;
	}

	/**
	 * A streamed file's rest made into memory of its own, as one more part: for a reader that needs the
	 * whole file (the simple history's, a UTF-16 file's conversion, another thread). Only before `copy`
	 * went past the head: bytes the tail made into a reader's memory are not kept.
	 */
	private makeRest(): void {
		const rest = this.rest;
		if (!rest) return;
		const from = this.ends.at(-1) ?? 0;
		if (this.made !== from) throw new Error('a streamed file was read past its head, in order: its bytes are gone');
		const bytes = Buffer.allocUnsafeSlow(this.length - from);
		this.rest = null;
		rest.next(bytes, 0, bytes.length);
		rest.end();
		this.parts.push(bytes);
		this.starts.push(from);
		this.ends.push(this.length);
		this.made = this.length;
	}

	/**
	 * Gives back the memory of the parts wholly before `offset` when the parts are owned (else nothing):
	 * moved into a clone nothing holds, a part goes at the next minor collection, where a part merely
	 * unreferenced would wait for a full one (it lived through the read).
	 */
	dropBefore(offset: number): void {
		if (!this.owned) return;
		for (let i = 0; i < this.parts.length && this.ends[i]! <= offset; i++) {
			const part = this.parts[i];
			if (!part) continue;
			this.parts[i] = null;
			structuredClone(part.buffer, {transfer: [part.buffer as ArrayBuffer]});
		}
	}

	/** The index of the part holding `offset` (the last part for the end). */
	private partAt(offset: number): number {
		let i = 0;
		while (i + 1 < this.parts.length && this.ends[i]! <= offset) i++;
		return i;
	}
}

/**
 * `file` with its header line in its first part, where the header is read from: parts joined for a
 * header longer than a part (8 MB; never Netflix's).
 */
export function withWholeHeader(file: FileParts): FileParts {
	const head = file.head;
	const end = headerEnd(head);
	return file.length > head.length && end >= head.length && head[end - 1] !== 10 ? new FileParts([file.joined()]) : file;
}

/**
 * Whether `bytes` are all of their memory: a file read for this, or an entry inflated at once, which is
 * zlib's one output chunk, a byte longer than the entry (zip-directory.ts, inflateOptions). A stored ZIP
 * entry is a view into the ZIP's buffer, which must stay (it never starts at the buffer's first byte:
 * the entry's local header comes first). Unknown to be nobody else's, so never given back here.
 */
function ownsItsMemory(bytes: Uint8Array): boolean {
	return bytes.byteOffset === 0 && bytes.byteLength > 0 && bytes.buffer.byteLength - bytes.byteLength <= 1;
}
