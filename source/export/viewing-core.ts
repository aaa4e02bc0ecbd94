/**
 * The WebAssembly core of the viewing-history reader (viewing-core.as.ts) as an object: one instance, and
 * its memory, per read, dropped with it; the module is compiled once per thread, from the bytes in
 * viewing-core-wasm.ts (nothing is read from disk). The file's bytes go into the core's memory through a
 * window (SIZES), moved along the file: a 250k-row history (45 MB) is never copied whole.
 */
import {rangeText} from './csv.js';
import type {FileParts} from './file-parts.js';
import type {ColumnIndex, ViewingColumns} from './viewing-columns.js';
import {VIEWING_CORE_WASM} from './viewing-core-wasm.js';
import {MISREAD, type RowShape} from './viewing-row.js';

/** Why the core's step() stopped (viewing-core.as.ts). */
export const CoreStop = {SliceDone: 0, End: 1, NeedMore: 2, Unclosed: 3, SkippedRow: 4, StartTime: 5, NewValue: 6, SlashedRow: 7, BatchFull: 8} as const;

/** The core's column numbers, in ColumnIndex's order. */
export const CoreColumn = {Profile: 0, Start: 1, Title: 2, Duration: 3, Attributes: 4, Type: 5, Device: 6, Bookmark: 7, Latest: 8, Country: 9} as const;

/** The reasons of the core's skipped rows, by its numbers. */
export const SKIP_REASONS = ['', 'too few fields', MISREAD, 'empty Title', 'unreadable Duration'];

/** How much the core holds at a time; tests make both tiny, so rows cross every boundary. */
export interface CoreSizes {
	/** Bytes of the file in the core's memory at a time (grown for a longer row). */
	windowBytes: number;
	/** Rows the core reads before this side copies them out. */
	batchRows: number;
}

/** 2 MB of the file: a 20k-row history (3.5 MB) in two parts, a 250k-row one (45 MB) in 22. */
const SIZES: CoreSizes = {windowBytes: 2 * 1024 * 1024, batchRows: 4096};

interface Exports {
	memory: WebAssembly.Memory;
	init(delimiter: number, minFields: number, maxFields: number, semicolonTail: number, windowSize: number, batch: number, titles: number, titleBytes: number): number;
	columnsAt(): number;
	growWindow(size: number, keep: number): number;
	filled(length: number, eof: number, limit: number): void;
	lineFeeds(from: number, to: number): number;
	position(): number;
	windowCapacity(): number;
	windowAt(): number;
	batchRows(): number;
	currentRowStart(): number;
	readRows(): number;
	reason(): number;
	valueColumnOf(): number;
	valueStartOf(): number;
	valueEndOf(): number;
	valueShapeOf(): number;
	lenientDurations(): number;
	batchStart(): number;
	batchDuration(): number;
	batchBookmark(): number;
	batchLatest(): number;
	batchHidden(): number;
	batchTitle(): number;
	batchProfile(): number;
	batchDevice(): number;
	batchCountry(): number;
	batchType(): number;
	batchAttributes(): number;
	fieldStart(i: number): number;
	fieldEnd(i: number): number;
	fieldShape(i: number): number;
	fieldCount(): number;
	flushed(): void;
	setStart(value: number, slash: number): void;
	dropRow(): void;
	setTitleText(length: number, hidden: number): void;
	titleBuffer(length: number): number;
	titleCount(): number;
	titleTextAt(id: number): number;
	titleTextEnd(): number;
	titleLengths(): number;
	titleSizes(): number;
	slice(max: number): void;
	step(): number;
}

let compiled: WebAssembly.Module | null = null;
const decoder = new TextDecoder('utf-8', {ignoreBOM: true});

/** One read of a file's rows by the WebAssembly core. */
export class Core {
	private readonly x: Exports;
	private winBase: number;
	private winLen = 0;
	private finished = false;
	private unclosed: number | null = null;
	/** LF bytes before the window (line numbers of skipped rows: the file before the window may be given back). */
	private lines: number;

	constructor(
		private readonly bytes: FileParts,
		delimiter: number,
		private readonly cols: ColumnIndex,
		minFields: number,
		from: number,
		private readonly to: number,
		shape: RowShape,
		sizes: CoreSizes = SIZES,
	) {
		compiled ??= new WebAssembly.Module(Buffer.from(VIEWING_CORE_WASM, 'base64'));
		this.x = new WebAssembly.Instance(compiled, {}).exports as unknown as Exports;
		const x = this.x;
		// Room for the titles at once, guessed from the bytes to read (≈175 a row in real files; at most one
		// new title a row, ≈8% of the bytes): beyond it the core's tables grow by doubling.
		const span = Math.max(0, to - from);
		x.init(
			delimiter,
			minFields,
			shape.maxFields ?? 0,
			shape.semicolonTail ? 1 : 0,
			sizes.windowBytes,
			sizes.batchRows,
			Math.min(Math.ceil(span / 120), 1 << 22),
			Math.min(Math.ceil(span / 8), 64 << 20),
		);
		const c = cols;
		new Int32Array(x.memory.buffer, x.columnsAt(), 10).set([c.profile, c.start, c.title, c.duration, c.attributes, c.type, c.device, c.bookmark, c.latest, c.country]);
		this.winBase = from;
		this.lines = bytes.lineFeedsBefore(from);
		this.refill();
	}

	/** The line (from 1) of the file's byte at `offset`, which must be in the window: a row the core stopped in. */
	lineAt(offset: number): number {
		return 1 + this.lines + this.x.lineFeeds(0, offset - this.winBase);
	}

	/** Starts a slice of up to `maxRows` rows. */
	slice(maxRows: number): void {
		this.x.slice(Math.min(maxRows, 0x7fffffff));
	}

	/** Reads on until something needs this side (CoreStop); moves the window along the file itself. */
	step(): number {
		if (this.finished) return CoreStop.End;
		for (;;) {
			const stop = this.x.step();
			if (stop === CoreStop.NeedMore) {
				this.refill();
				continue;
			}
			if (stop === CoreStop.Unclosed) {
				this.unclosed = this.winBase + this.x.currentRowStart();
				this.finished = true;
			} else if (stop === CoreStop.End) this.finished = true;
			return stop;
		}
	}

	/** Offset in the file of the next row, null when the read is over. */
	offset(): number | null {
		if (this.finished) return null;
		const at = this.winBase + this.x.position();
		return at < this.to && at < this.bytes.length ? at : null;
	}

	/**
	 * The bytes from `offset` (in the window) to the end of the window: after an unclosed quote, the rest
	 * of the file (a row that does not end grows the window to the end of the file).
	 */
	windowFrom(offset: number): Uint8Array {
		const x = this.x;
		return new Uint8Array(x.memory.buffer, x.windowAt() + offset - this.winBase, this.winBase + this.winLen - offset);
	}

	/** Where the row with the unclosed quote starts, if one ended the read. */
	unclosedAt(): number | null {
		return this.unclosed;
	}

	/** Where the current row starts in the file. */
	rowOffset(): number {
		return this.winBase + this.x.currentRowStart();
	}

	dataRows(): number {
		return this.x.readRows();
	}

	reason(): number {
		return this.x.reason();
	}

	batchRows(): number {
		return this.x.batchRows();
	}

	lenientDurations(): boolean {
		return this.x.lenientDurations() !== 0;
	}

	/** The new value the core stopped for, decoded. */
	newValue(): {column: number; text: string} {
		const x = this.x;
		const win = x.windowAt();
		return {column: x.valueColumnOf(), text: rangeText(new Uint8Array(x.memory.buffer), win + x.valueStartOf(), win + x.valueEndOf(), x.valueShapeOf())};
	}

	/** The text of the current row's Start Time ('' when the row has no such field). */
	startText(): string {
		const x = this.x;
		const c = this.cols.start;
		if (c < 0 || c >= x.fieldCount()) return '';
		const win = x.windowAt();
		return rangeText(new Uint8Array(x.memory.buffer), win + x.fieldStart(c), win + x.fieldEnd(c), x.fieldShape(c));
	}

	setStart(value: number, slash: boolean): void {
		this.x.setStart(value, slash ? 1 : 0);
	}

	dropRow(): void {
		this.x.dropRow();
	}

	/** The title of the raw title the core stopped for (it was not UTF-8), as this side read it ('' for none). */
	setTitleText(title: string, hidden: boolean): void {
		const x = this.x;
		const bytes = Buffer.from(title, 'utf8');
		new Uint8Array(x.memory.buffer).set(bytes, x.titleBuffer(bytes.length));
		x.setTitleText(bytes.length, hidden ? 1 : 0);
	}

	/** How many titles the core has found. */
	titleCount(): number {
		return this.x.titleCount();
	}

	/**
	 * Appends the titles from id `from` on to `into`. A run of ASCII titles is decoded at once and cut (a
	 * decode per title was most of the cost of a new title); a title with other characters alone, so that
	 * one of them does not make every title after it a two-byte string.
	 */
	titlesFrom(from: number, into: string[]): void {
		const x = this.x;
		const count = x.titleCount() - from;
		if (count <= 0) return;
		const memory = x.memory.buffer;
		const start = x.titleTextAt(from);
		const bytes = new Uint8Array(memory, start, x.titleTextEnd() - start);
		const units = new Int32Array(memory, x.titleLengths() + from * 4, count);
		const sizes = new Int32Array(memory, x.titleSizes() + from * 4, count);
		let at = 0;
		for (let i = 0; i < count; ) {
			if (units[i] !== sizes[i]) {
				into.push(decoder.decode(bytes.subarray(at, (at += sizes[i]!))));
				i++;
				continue;
			}
			let end = at;
			let j = i;
			while (j < count && units[j] === sizes[j]) end += sizes[j++]!;
			const text = decoder.decode(bytes.subarray(at, end));
			for (let k = 0; i < j; i++) into.push(text.slice(k, (k += units[i]!)));
			at = end;
		}
	}

	/** Copies the batch of rows read into `out` from row `at`, and empties it. */
	copyBatch(out: ViewingColumns, at: number): void {
		const x = this.x;
		const n = x.batchRows();
		const m = x.memory.buffer;
		out.start.set(new Float64Array(m, x.batchStart(), n), at);
		out.duration.set(new Int32Array(m, x.batchDuration(), n), at);
		out.bookmark.set(new Int32Array(m, x.batchBookmark(), n), at);
		out.latest.set(new Int8Array(m, x.batchLatest(), n), at);
		out.hiddenPrefix.set(new Uint8Array(m, x.batchHidden(), n), at);
		out.title.set(new Int32Array(m, x.batchTitle(), n), at);
		out.profile.set(new Int32Array(m, x.batchProfile(), n), at);
		out.device.set(new Int32Array(m, x.batchDevice(), n), at);
		out.country.set(new Int32Array(m, x.batchCountry(), n), at);
		out.type.set(new Int32Array(m, x.batchType(), n), at);
		out.attributes.set(new Int32Array(m, x.batchAttributes(), n), at);
		x.flushed();
	}

	/**
	 * Moves the window on to the row the core stopped in (a row longer than the window doubles it: an
	 * unclosed quote runs to the end of the file) and fills it from the file; the file's parts before the
	 * window are given back (when they are the reader's to give).
	 */
	private refill(): void {
		const x = this.x;
		const pos = x.position();
		this.lines += x.lineFeeds(0, pos);
		const keep = this.winLen - pos;
		const base = this.winBase + pos;
		let win = x.windowAt();
		if (keep > 0 && pos > 0) new Uint8Array(x.memory.buffer).copyWithin(win, win + pos, win + this.winLen);
		if (keep >= x.windowCapacity()) win = x.growWindow(x.windowCapacity() * 2, keep);
		const end = Math.min(base + x.windowCapacity(), this.bytes.length);
		this.bytes.copy(new Uint8Array(x.memory.buffer), win + keep, base + keep, end);
		this.bytes.dropBefore(base);
		this.winBase = base;
		this.winLen = end - base;
		x.filled(this.winLen, end >= this.bytes.length ? 1 : 0, Math.min(this.to - base, 0x7fffffff));
	}
}
