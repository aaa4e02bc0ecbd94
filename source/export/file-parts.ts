import {headerEnd, lineNumbers} from './csv.js';

/**
 * A file's bytes as consecutive parts, as an entry inflated off the thread that reads keys arrives
 * (zip-directory.ts, inflateEntryAsync). The reader copies its window from them without joining them
 * (viewing-core.ts), and the explorer's reading thread gives each part back once its rows are read: a
 * 250k-row history (45 MB) is then not held whole at the end of its read, the explorer's peak of memory.
 */
export class FileParts {
	/** Bytes in all parts. */
	readonly length: number;
	private readonly parts: (Uint8Array | null)[];
	/** Offset in the file of each part's first byte, and of the byte after its last. */
	private readonly starts: number[] = [];
	private readonly ends: number[] = [];

	/**
	 * `owned`: each part is all of its memory, which nothing else uses (an inflated entry, a file read for
	 * this), so the parts may move to another thread and `dropBefore` may give them back.
	 */
	constructor(
		parts: readonly Uint8Array[],
		readonly owned = false,
	) {
		this.parts = parts.filter(part => part.length > 0);
		let length = 0;
		for (const part of this.parts) {
			this.starts.push(length);
			length += part!.length;
			this.ends.push(length);
		}
		this.length = length;
	}

	/** The parts of `bytes`: itself alone when it is one piece, owned when it is all of its memory. */
	static of(bytes: Uint8Array | FileParts): FileParts {
		return bytes instanceof FileParts ? bytes : new FileParts([bytes], ownsItsMemory(bytes));
	}

	/** Whether every part still holds its bytes (a part moved to another thread holds none). */
	get intact(): boolean {
		return this.parts.every(part => part !== null && part.byteLength > 0);
	}

	/** The parts still held (none given back yet: all of them), for sending to another thread. */
	get pieces(): readonly Uint8Array[] {
		return this.parts.filter((part): part is Uint8Array => part !== null);
	}

	/** The first part: the header and the first rows of a history. */
	get head(): Uint8Array {
		return this.parts[0] ?? new Uint8Array(0);
	}

	/** Copies the file's bytes from `from` to `to` into `into` at `at`. Throws for a part given back. */
	copy(into: Uint8Array, at: number, from: number, to: number): void {
		for (let i = this.partAt(from); i < this.parts.length && from < to; i++) {
			const part = this.parts[i];
			if (!part) throw new Error(`bytes at ${from} were given back`);
			const start = this.starts[i]!;
			const end = Math.min(to, this.ends[i]!);
			into.set(part.subarray(from - start, end - start), at);
			at += end - from;
			from = end;
		}
	}

	/** The bytes from `from` to the end in one piece (a copy when they span parts). */
	tail(from: number): Uint8Array {
		const i = this.partAt(from);
		if (i === this.parts.length - 1 && this.parts[i]) return this.parts[i]!.subarray(from - this.starts[i]!);
		const out = new Uint8Array(Math.max(0, this.length - from));
		this.copy(out, 0, from, this.length);
		return out;
	}

	/** All the bytes in one piece: the part itself when there is one. */
	joined(): Uint8Array {
		return this.parts.length === 1 && this.parts[0] ? this.parts[0] : this.tail(0);
	}

	/** How many LF bytes lie before `offset` (the header's end: in the first part, but for a header past it). */
	lineFeedsBefore(offset: number): number {
		return lineNumbers(offset <= this.head.length ? this.head : this.tail(0), [offset]).get(offset)! - 1;
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
	return file.pieces.length > 1 && end >= head.length && head[end - 1] !== 10 ? new FileParts([file.joined()]) : file;
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
