/**
 * AssemblyScript, compiled to WebAssembly (scripts/build-viewing-core.ts writes viewing-core-wasm.ts):
 * the byte work of reading ViewingActivity.csv's rows (viewing-column-reader.ts drives it, through
 * viewing-core.ts). Scans the CSV (quotes, doubled quotes, CR/LF: csv.ts's rules), gives each text field's
 * bytes an id per column (a hash and a compare), makes each new raw title a title (trimmed, without a
 * HIDDEN prefix, told apart by its UTF-8), and reads the start times, durations, bookmarks and Latest
 * Bookmark into columns. Why WebAssembly: the same loops in JavaScript ran 25–50× slower on the first
 * thousand rows than on the last, before V8 had optimised them, and a file of 20k rows is read before that
 * pays off; WebAssembly is compiled whole before it runs. The JavaScript reader it replaced is the oracle
 * of its tests (test/helpers/js-column-reader.ts). One file of ≈1,000 lines on purpose: one WebAssembly
 * module whose functions all share its globals (the window, the row's fields, the batch columns, the tables).
 *
 * It stops and hands over to JavaScript for what needs strings: a new value of the other text columns
 * (decoded once), a raw title that is not UTF-8, a start time not in Netflix's form, a skipped row, and the
 * end of the bytes it holds: the file comes in through a window of memory, a part at a time, so it is
 * never copied whole. Not TypeScript: tsc skips `*.as.ts` (tsconfig.json).
 */

// What step() returns.
const SLICE_DONE = 0;
const END = 1;
const NEED_MORE = 2;
const UNCLOSED = 3;
const SKIPPED = 4;
const NEED_START = 5;
const NEW_VALUE = 6;
const SLASH_ROW = 7;
const BATCH_FULL = 8;

// Skip reasons (viewing-column-reader.ts names them).
const TOO_FEW = 1;
const MISREAD = 2;
const EMPTY_TITLE = 3;
const BAD_DURATION = 4;

// Columns, in the order of ColumnIndex's fields as the reader passes them to init().
const C_PROFILE = 0;
const C_START = 1;
const C_TITLE = 2;
const C_DURATION = 3;
const C_ATTRIBUTES = 4;
const C_TYPE = 5;
const C_DEVICE = 6;
const C_BOOKMARK = 7;
const C_LATEST = 8;
const C_COUNTRY = 9;

// Where a row is when step() returns in its middle (phase).
const P_SCAN = 0;
const P_START = 1;
const P_TITLE = 2;
const P_TITLE_KNOWN = 3;
const P_PROFILE = 4;
const P_DEVICE = 5;
const P_COUNTRY = 6;
const P_TYPE = 7;
const P_ATTRIBUTES = 8;

const QUOTE: u32 = 34;
const CR: u32 = 13;
const LF: u32 = 10;
const MAX_FIELDS = 4096;
/** Up to this many distinct values, a column's value is found by comparing with each (byte-interner.ts). */
const FEW = 24;

// ---- memory: the stub runtime's bump allocator, which frees nothing: the instance, and all of its
// memory, is dropped when the read is over.
// Eight bytes more than asked: a value's first eight bytes are read as one word (prefixOf) even when it is
// shorter, at the end of its buffer.
function alloc(size: usize): usize {
	return heap.alloc(size + 8);
}

function grown(old: usize, oldSize: usize, size: usize): usize {
	const at = alloc(size);
	memory.copy(at, old, oldSize);
	return at;
}

// ---- the window of the file's bytes.
let win: usize = 0;
let winCap: i32 = 0;
let winLen: i32 = 0;
let atEof = false;
let limit: i32 = 0;
let pos: i32 = 0;

// ---- the current row's fields (offsets in the window).
let fStart: usize = 0;
let fEnd: usize = 0;
let fShape: usize = 0;
let count: i32 = 0;
let rowStart: i32 = 0;

// ---- the file's shape.
let delimiter: u32 = 44;
let minFields: i32 = 0;
let maxFields: i32 = 0;
let semicolonTail = false;
let cols: usize = 0;

// ---- columns of the rows read since the last flush.
let batchCap: i32 = 0;
let batchCount: i32 = 0;
let bStart: usize = 0;
let bDuration: usize = 0;
let bBookmark: usize = 0;
let bLatest: usize = 0;
let bHidden: usize = 0;
let bTitle: usize = 0;
let bProfile: usize = 0;
let bDevice: usize = 0;
let bCountry: usize = 0;
let bType: usize = 0;
let bAttributes: usize = 0;

// ---- state of the row being read.
let phase = P_SCAN;
let rows: i32 = 0;
let maxRows: i32 = 0;
let dataRows: i32 = 0;
let rowStartTime: f64 = 0;
let rawTitle: i32 = -1;
let slashPending = false;
let lenientDuration = false;
let skipReason: i32 = 0;
let valueColumn: i32 = -1;
let valueStart: i32 = 0;
let valueEnd: i32 = 0;
let valueShape: i32 = 0;

// ---- interners: one per text column (profile, device, country, type, attributes, title).

/**
 * Bytes per value in an interner's `entries` (half a cache line): what comparing with a value reads,
 * together. Its first eight bytes (E_PREFIX, u64, zeros past the length), length (E_LENGTH), shape
 * (E_SHAPE) and offset in the arena (E_START). The few values of a column that repeats (profiles,
 * devices, countries) are compared with each in turn by these, most told apart by the first compare;
 * other values are found through the slots (SLOT).
 */
const ENTRY = 32;
const E_PREFIX = 0;
const E_LENGTH = 8;
const E_SHAPE = 12;
const E_START = 16;
const HIDDEN_BIT = 0x80000000;

class Interner {
	count: i32 = 0;
	cap: i32 = 64;
	arena: usize = alloc(64 * 1024);
	arenaCap: i32 = 64 * 1024;
	arenaUsed: i32 = 0;
	entries: usize = alloc(64 * ENTRY);
	/** Per id, where its bytes start in the arena and their length (i32s: JavaScript reads the titles' ones). */
	rawStart: usize = alloc(64 * 4);
	rawLength: usize = alloc(64 * 4);
	/** Open addressing: SLOT bytes per slot (S_*), all a look-up reads but the value's bytes in the arena. */
	slots: usize = alloc(128 * SLOT);
	slotCap: i32 = 128;
	lastId: i32 = -1;
	constructor(public repeats: bool) {
		memory.fill(this.slots, 0, 128 * SLOT);
	}
}

/** Room for `values` values and `textBytes` bytes of their text in `t` (its slots still grow as it fills). */
function reserve(t: Interner, values: i32, textBytes: i32): void {
	if (values > t.cap) {
		if (t.repeats) t.entries = alloc(<usize>values * ENTRY);
		t.rawStart = alloc(<usize>values * 4);
		t.rawLength = alloc(<usize>values * 4);
		t.cap = values;
	}
	if (textBytes > t.arenaCap) {
		t.arena = alloc(<usize>textBytes);
		t.arenaCap = textBytes;
	}
}

function entry(t: Interner, id: i32): usize {
	return t.entries + ((<usize>id) << 5);
}

/**
 * A slot: the value's hash (S_HASH, u32) and id + 1 (the next u32; 0: an empty slot), its offset in the
 * arena (S_START) and its length with its shape in the top two bits (S_LENGTH). A look-up reads one
 * slot's line and the arena's: a row's raw title (one of 55k at 250k rows) cost a cache miss per array
 * read before (hash, length, shape, start, arena, notes: a profile showed most of the reader's time
 * waiting on them).
 */
const SLOT = 16;
const S_HASH = 0;
const S_START = 8;
const S_LENGTH = 12;

let iProfile: Interner | null = null;
let iDevice: Interner | null = null;
let iCountry: Interner | null = null;
let iType: Interner | null = null;
let iAttributes: Interner | null = null;
let iTitle: Interner | null = null;
/** The titles themselves: a raw title trimmed, without a HIDDEN prefix, as UTF-8 (several raw titles may give one). */
let iTitles: Interner | null = null;

/**
 * Sets the reader up; returns where the window of `windowSize` bytes is. `titles` and `titleBytes`: how
 * many distinct titles, and how many bytes of their text, to make room for at once (the reader guesses
 * them from the file's size). Room made is memory the engine has not touched yet, and costs nothing until
 * it is written; a table grown by doubling leaves behind every smaller copy, each written in full (each
 * page of them faulted in: ≈11 MB at 250k rows, docs/performance.md, "Session 11").
 */
export function init(delim: u32, minF: i32, maxF: i32, semicolon: bool, windowSize: i32, batch: i32, titles: i32, titleBytes: i32): usize {
	delimiter = delim;
	minFields = minF;
	maxFields = maxF;
	semicolonTail = semicolon;
	cols = alloc(10 * 4);
	fStart = alloc(MAX_FIELDS * 4);
	fEnd = alloc(MAX_FIELDS * 4);
	fShape = alloc(MAX_FIELDS);
	batchCap = batch;
	bStart = alloc(<usize>batch * 8);
	bDuration = alloc(<usize>batch * 4);
	bBookmark = alloc(<usize>batch * 4);
	bLatest = alloc(<usize>batch);
	bHidden = alloc(<usize>batch);
	bTitle = alloc(<usize>batch * 4);
	bProfile = alloc(<usize>batch * 4);
	bDevice = alloc(<usize>batch * 4);
	bCountry = alloc(<usize>batch * 4);
	bType = alloc(<usize>batch * 4);
	bAttributes = alloc(<usize>batch * 4);
	iProfile = new Interner(true);
	iDevice = new Interner(true);
	iCountry = new Interner(true);
	iType = new Interner(true);
	iAttributes = new Interner(true);
	iTitle = new Interner(false);
	iTitles = new Interner(false);
	reserve(iTitle!, titles, titleBytes);
	reserve(iTitles!, titles, titleBytes);
	titleUtf16Cap = max(1024, titles);
	titleUtf16 = alloc(<usize>titleUtf16Cap * 4);
	// Fresh memory (the allocator never hands out memory twice) is zero, as a note not known yet is.
	notesCap = max(1024, titles);
	notes = alloc(<usize>notesCap * 4);
	win = alloc(<usize>windowSize);
	winCap = windowSize;
	return win;
}

/** Where the column indexes go (10 × i32, in C_* order). */
export function columnsAt(): usize {
	return cols;
}

/** A bigger window, keeping the first `keep` bytes; returns where it is. */
export function growWindow(size: i32, keep: i32): usize {
	win = grown(win, <usize>keep, <usize>size);
	winCap = size;
	return win;
}

/** The window now holds `length` bytes from the next row on (`pos` 0); `eof`: they run to the file's end. */
export function filled(length: i32, eof: bool, limitInWindow: i32): void {
	winLen = length;
	atEof = eof;
	limit = limitInWindow;
	pos = 0;
}

/** How many LF bytes the window holds in [from, to), sixteen at a time (line numbers: a LF ends a line). */
export function lineFeeds(from: i32, to: i32): i32 {
	const w = win;
	const lfs = i8x16.splat(<i8>LF);
	let n = 0;
	let k = from;
	while (k + 16 <= to) {
		n += popcnt<i32>(i8x16.bitmask(i8x16.eq(v128.load(w + <usize>k), lfs)));
		k += 16;
	}
	while (k < to) {
		if (load<u8>(w + <usize>k) === LF) n++;
		k++;
	}
	return n;
}

// Getters JavaScript reads after step() returns.
export function position(): i32 {
	return pos;
}
export function windowCapacity(): i32 {
	return winCap;
}
export function windowAt(): usize {
	return win;
}
export function batchRows(): i32 {
	return batchCount;
}
export function currentRowStart(): i32 {
	return rowStart;
}
export function readRows(): i32 {
	return dataRows;
}
export function reason(): i32 {
	return skipReason;
}
export function valueColumnOf(): i32 {
	return valueColumn;
}
export function valueStartOf(): i32 {
	return valueStart;
}
export function valueEndOf(): i32 {
	return valueEnd;
}
export function valueShapeOf(): i32 {
	return valueShape;
}
export function lenientDurations(): bool {
	return lenientDuration;
}
export function batchStart(): usize {
	return bStart;
}
export function batchDuration(): usize {
	return bDuration;
}
export function batchBookmark(): usize {
	return bBookmark;
}
export function batchLatest(): usize {
	return bLatest;
}
export function batchHidden(): usize {
	return bHidden;
}
export function batchTitle(): usize {
	return bTitle;
}
export function batchProfile(): usize {
	return bProfile;
}
export function batchDevice(): usize {
	return bDevice;
}
export function batchCountry(): usize {
	return bCountry;
}
export function batchType(): usize {
	return bType;
}
export function batchAttributes(): usize {
	return bAttributes;
}
/** The start field of the current row (window offsets, shape), for a start time read in JavaScript. */
export function fieldStart(i: i32): i32 {
	return load<i32>(fStart + ((<usize>i) << 2));
}
export function fieldEnd(i: i32): i32 {
	return load<i32>(fEnd + ((<usize>i) << 2));
}
export function fieldShape(i: i32): i32 {
	return load<u8>(fShape + <usize>i);
}
export function fieldCount(): i32 {
	return count;
}

/** Empties the batch after JavaScript copied it. */
export function flushed(): void {
	batchCount = 0;
}

/** The start time JavaScript read for the row that returned NEED_START; `slash`: a slashed date, set later. */
export function setStart(value: f64, slash: bool): void {
	rowStartTime = value;
	slashPending = slash;
	phase = P_TITLE;
}

/** Drops the row that returned NEED_START (JavaScript counted why). */
export function dropRow(): void {
	phase = P_SCAN;
}

/**
 * The title of the new raw title that is not UTF-8 (NEW_VALUE for C_TITLE), as JavaScript decoded, trimmed
 * and stripped it: its `length` bytes of UTF-8 at titleBuffer(), none for no title, and its HIDDEN prefix.
 */
export function setTitleText(length: i32, hidden: bool): void {
	keepTitle(length === 0 ? -1 : newTitle(titleBytes, length), hidden);
	phase = P_TITLE_KNOWN;
}

/** Where setTitleText's bytes go, `length` of them. */
export function titleBuffer(length: i32): usize {
	if (length > titleBytesCap) {
		titleBytesCap = max(length, titleBytesCap * 2);
		titleBytes = alloc(<usize>titleBytesCap);
	}
	return titleBytes;
}

let titleBytes: usize = 0;
let titleBytesCap: i32 = 0;

/** Titles found (ids 0…n-1): their UTF-8 one after the other from titleTextAt(0), their UTF-16 lengths. */
export function titleCount(): i32 {
	return iTitles!.count;
}
export function titleTextAt(id: i32): usize {
	return iTitles!.arena + <usize>load<i32>(iTitles!.rawStart + ((<usize>id) << 2));
}
export function titleTextEnd(): usize {
	return iTitles!.arena + <usize>iTitles!.arenaUsed;
}
export function titleLengths(): usize {
	return titleUtf16;
}
/** Per title id, the length of its UTF-8 (i32s). */
export function titleSizes(): usize {
	return iTitles!.rawLength;
}

/** Per title id, the length of its text in UTF-16 units (JavaScript slices one decoded string with them). */
let titleUtf16: usize = 0;
let titleUtf16Cap: i32 = 0;

/** The id of a title's UTF-8 bytes (valid, trimmed, not empty), noting the UTF-16 length of a new one. */
function newTitle(p: usize, length: i32): i32 {
	const before = iTitles!.count;
	const id = internBytes(iTitles!, p, length, 0);
	if (iTitles!.count === before) return id;
	if (id >= titleUtf16Cap) {
		titleUtf16 = grown(titleUtf16, <usize>titleUtf16Cap * 4, <usize>titleUtf16Cap * 8);
		titleUtf16Cap *= 2;
	}
	store<i32>(titleUtf16 + ((<usize>id) << 2), utf16Length(p, length));
	return id;
}

/**
 * Per raw title id, a note (u32): its title id + 2 (0 = not known yet; 1 = no title, only a prefix or
 * blanks), with the HIDDEN prefix in the top bit (HIDDEN_BIT). Apart from the slots: 4 bytes a raw title
 * (220 KB for 55k) stay in the processor's cache better than 16 more per slot (2 MB more at 128k slots).
 */
let notes: usize = 0;
let notesCap: i32 = 0;

/** Room for the current raw title's note (true). */
function makeRoomForNote(): bool {
	if (rawTitle < notesCap) return true;
	let size = max(1024, notesCap * 2);
	if (size <= rawTitle) size = rawTitle + 1;
	const grown = alloc(<usize>size * 4);
	memory.fill(grown, 0, <usize>size * 4);
	if (notesCap > 0) memory.copy(grown, notes, <usize>notesCap * 4);
	notes = grown;
	notesCap = size;
	return true;
}

/** Notes what the current raw title is: its title id (-1 for none) and its HIDDEN prefix. */
function keepTitle(title: i32, hidden: bool): void {
	store<u32>(notes + ((<usize>rawTitle) << 2), <u32>(title + 2) | (hidden ? HIDDEN_BIT : 0));
}

/** Starts a slice of up to `max` rows. */
export function slice(max: i32): void {
	rows = 0;
	maxRows = max;
}

/**
 * Reads rows until the slice or the batch is full, the window ends in the middle of a row, or a row
 * needs JavaScript; returns which.
 */
export function step(): i32 {
	while (true) {
		if (phase === P_SCAN) {
			if (rows >= maxRows) return SLICE_DONE;
			if (batchCount >= batchCap) return BATCH_FULL;
			if (pos >= limit || (pos >= winLen && atEof)) return END;
			const scanned = scanRow();
			if (scanned !== 0) return scanned;
			if (count === 1 && load<i32>(fEnd) === load<i32>(fStart) && load<u8>(fShape) === 0) continue;
			rows++;
			dataRows++;
			if (count < minFields) return skip(TOO_FEW);
			const last = (<usize>(count - 1)) << 2;
			if (maxFields > 0 && count > maxFields && load<i32>(fEnd + last) > load<i32>(fStart + last)) return skip(MISREAD);
			if (semicolonTail) {
				let e = load<i32>(fEnd + last);
				const s = load<i32>(fStart + last);
				while (e > s && load<u8>(win + <usize>(e - 1)) === 59) e--;
				store<i32>(fEnd + last, e);
			}
			const c = load<i32>(cols + (C_START << 2));
			const start = c >= 0 && c < count ? startOf(load<i32>(fStart + ((<usize>c) << 2)), load<i32>(fEnd + ((<usize>c) << 2))) : -1;
			if (start < 0) {
				phase = P_START;
				return NEED_START;
			}
			rowStartTime = start;
			slashPending = false;
			phase = P_TITLE;
		}
		if (phase === P_TITLE) {
			rawTitle = intern(iTitle!, load<i32>(cols + (C_TITLE << 2)));
			if (rawTitle === -1) return skip(EMPTY_TITLE);
			if ((rawTitle >= notesCap || load<u32>(notes + ((<usize>rawTitle) << 2)) === 0) && !(makeRoomForNote() && titleOf())) {
				// Not UTF-8: JavaScript decodes it (setTitleText() moves on to P_TITLE_KNOWN).
				valueColumn = C_TITLE;
				return NEW_VALUE;
			}
			phase = P_TITLE_KNOWN;
		}
		if (phase === P_TITLE_KNOWN) {
			const note = load<u32>(notes + ((<usize>rawTitle) << 2));
			const title = <i32>(note & ~HIDDEN_BIT) - 2;
			if (title === -1) return skip(EMPTY_TITLE);
			const cd = load<i32>(cols + (C_DURATION << 2));
			const duration = timeField(cd);
			if (duration === -1 && cd !== -1 && cd < count && load<i32>(fEnd + ((<usize>cd) << 2)) > load<i32>(fStart + ((<usize>cd) << 2))) return skip(BAD_DURATION);
			if (duration >= 0 && duration < 3600 && !simpleClock && colons(cd) === 1) lenientDuration = true;
			const n = <usize>batchCount;
			batchCount++;
			const hidden = <u8>(note >> 31);
			store<f64>(bStart + (n << 3), rowStartTime);
			store<i32>(bDuration + (n << 2), duration);
			const bookmark = timeField(load<i32>(cols + (C_BOOKMARK << 2)));
			// Older exports write 00:00:00 as the bookmark of a hidden view: the position is unknown, not zero.
			store<i32>(bBookmark + (n << 2), hidden && bookmark === 0 ? -1 : bookmark);
			const cl = load<i32>(cols + (C_LATEST << 2));
			store<i8>(bLatest + n, cl === -1 ? -1 : isLatest(cl) ? 1 : 0);
			store<u8>(bHidden + n, hidden);
			store<i32>(bTitle + (n << 2), title);
			phase = P_PROFILE;
			if (slashPending) {
				slashPending = false;
				return SLASH_ROW;
			}
		}
		if (phase === P_PROFILE) {
			phase = P_DEVICE;
			if (column(iProfile!, C_PROFILE, bProfile)) return NEW_VALUE;
		}
		if (phase === P_DEVICE) {
			phase = P_COUNTRY;
			if (column(iDevice!, C_DEVICE, bDevice)) return NEW_VALUE;
		}
		if (phase === P_COUNTRY) {
			phase = P_TYPE;
			if (column(iCountry!, C_COUNTRY, bCountry)) return NEW_VALUE;
		}
		if (phase === P_TYPE) {
			phase = P_ATTRIBUTES;
			if (column(iType!, C_TYPE, bType)) return NEW_VALUE;
		}
		if (phase === P_ATTRIBUTES) {
			phase = P_SCAN;
			if (column(iAttributes!, C_ATTRIBUTES, bAttributes)) return NEW_VALUE;
		}
	}
}

function skip(why: i32): i32 {
	skipReason = why;
	phase = P_SCAN;
	return SKIPPED;
}

/** Stores the id of column `c` in the batch's last row; true when the value is new (valueColumn & co set). */
function column(interner: Interner, c: i32, to: usize): bool {
	const before = interner.count;
	const id = intern(interner, load<i32>(cols + ((<usize>c) << 2)));
	store<i32>(to + ((<usize>(batchCount - 1)) << 2), id);
	if (interner.count === before) return false;
	valueColumn = c;
	return true;
}

/** The first quote from `k` on in the window (`length` when none), sixteen bytes at a time. */
function findQuote(w: usize, k: i32, length: i32): i32 {
	const quotes = i8x16.splat(<i8>QUOTE);
	while (k + 16 <= length) {
		const found = i8x16.bitmask(i8x16.eq(v128.load(w + <usize>k), quotes));
		if (found !== 0) return k + ctz(found);
		k += 16;
	}
	while (k < length && load<u8>(w + <usize>k) !== QUOTE) k++;
	return k;
}

/** The first delimiter, CR or LF from `k` on in the window (`length` when none), sixteen bytes at a time. */
function findEnd(w: usize, k: i32, length: i32): i32 {
	const delimiters = i8x16.splat(<i8>delimiter);
	const crs = i8x16.splat(<i8>CR);
	const lfs = i8x16.splat(<i8>LF);
	while (k + 16 <= length) {
		const bytes = v128.load(w + <usize>k);
		const found = i8x16.bitmask(v128.or(i8x16.eq(bytes, delimiters), v128.or(i8x16.eq(bytes, crs), i8x16.eq(bytes, lfs))));
		if (found !== 0) return k + ctz(found);
		k += 16;
	}
	let c: u32 = 0;
	while (k < length && (c = load<u8>(w + <usize>k)) !== delimiter && c !== LF && c !== CR) k++;
	return k;
}

/**
 * Scans the row at `pos` into the field arrays and moves `pos` past it (csv.ts, readCsvRows); returns 0,
 * NEED_MORE when the window ends before the row does (pos unchanged), or UNCLOSED.
 */
function scanRow(): i32 {
	const w = win;
	const length = winLen;
	let i = pos;
	let n = 0;
	while (true) {
		let c: u32 = i < length ? load<u8>(w + <usize>i) : 256;
		if (c === QUOTE) {
			let j = i + 1;
			let kind: u8 = 0;
			while (true) {
				const q = findQuote(w, j, length);
				if (q === length) {
					if (!atEof) return NEED_MORE;
					rowStart = pos;
					return UNCLOSED;
				}
				if (q + 1 >= length && !atEof) return NEED_MORE;
				if (q + 1 < length && load<u8>(w + <usize>(q + 1)) === QUOTE) {
					kind = 1;
					j = q + 2;
					continue;
				}
				j = q + 1;
				break;
			}
			// Netflix's quoted fields end at their closing quote: no search for the delimiter.
			let k = j;
			if (j < length) {
				const next = load<u8>(w + <usize>j);
				if (next !== delimiter && next !== LF && next !== CR) {
					k = findEnd(w, j, length);
					if (k === length && !atEof) return NEED_MORE;
				}
			} else if (!atEof) return NEED_MORE;
			if (n < MAX_FIELDS) {
				const at = (<usize>n) << 2;
				store<i32>(fStart + at, i + 1);
				if (k > j) {
					store<i32>(fEnd + at, k);
					store<u8>(fShape + <usize>n, 2);
				} else {
					store<i32>(fEnd + at, j - 1);
					store<u8>(fShape + <usize>n, kind);
				}
			}
			i = k;
		} else {
			const k = findEnd(w, i, length);
			if (k === length && !atEof) return NEED_MORE;
			if (n < MAX_FIELDS) {
				const at = (<usize>n) << 2;
				store<i32>(fStart + at, i);
				store<i32>(fEnd + at, k);
				store<u8>(fShape + <usize>n, 0);
			}
			i = k;
		}
		n++;
		c = i < length ? load<u8>(w + <usize>i) : 256;
		if (c === delimiter) {
			i++;
			continue;
		}
		if (c === CR) {
			i++;
			// The LF of a CRLF may be in the next part of the file.
			if (i === length && !atEof) return NEED_MORE;
		}
		if (i < length && load<u8>(w + <usize>i) === LF) i++;
		break;
	}
	count = min(n, MAX_FIELDS);
	rowStart = pos;
	pos = i;
	return 0;
}

/** FNV-1a of a field's bytes and shape, its id in `t` (-1 for an empty or absent field); a new value sets value*. */
function intern(t: Interner, i: i32): i32 {
	if (i < 0 || i >= count) return -1;
	const at = (<usize>i) << 2;
	const s = load<i32>(fStart + at);
	const e = load<i32>(fEnd + at);
	if (e <= s) return -1;
	const shape = load<u8>(fShape + <usize>i);
	const before = t.count;
	const id = internBytes(t, win + <usize>s, e - s, shape);
	if (t.count !== before) {
		valueStart = s;
		valueEnd = e;
		valueShape = shape;
	}
	return id;
}

/** The id of the `length` bytes at `p` of this shape in `t`: a new one when first seen. */
function internBytes(t: Interner, p: usize, length: i32, shape: u8): i32 {
	const prefix = prefixOf(p, length);
	if (t.repeats) {
		if (t.lastId !== -1 && same(t, t.lastId, p, length, shape, prefix)) return t.lastId;
		if (t.count <= FEW) for (let id = 0; id < t.count; id++) if (same(t, id, p, length, shape, prefix)) return (t.lastId = id);
	}
	// FNV-1a, eight bytes a step (the ids do not depend on the hash, only how fast a value is found), its
	// halves folded and mixed down: a word's high bytes only reach the hash's high bits, the slot is its low bits.
	let h: u64 = FNV_OFFSET ^ <u64>shape;
	let k = 0;
	for (; k + 8 <= length; k += 8) h = (h ^ load<u64>(p + <usize>k)) * 0x100000001b3;
	if (k < length) h = (h ^ prefixOf(p + <usize>k, length - k)) * 0x100000001b3;
	let hash = <u32>(h ^ (h >> 32));
	hash ^= hash >> 16;
	hash *= 0x85ebca6b;
	hash ^= hash >> 13;
	const lengthShape = length | ((<i32>shape) << 30);
	let mask = t.slotCap - 1;
	let slot = <i32>(hash & <u32>mask);
	let s = t.slots + <usize>slot * SLOT;
	for (let v = load<u64>(s); v !== 0; v = load<u64>(s)) {
		if (<u32>v === hash && load<i32>(s + S_LENGTH) === lengthShape && sameBytes(t.arena + <usize>load<i32>(s + S_START), p, length)) return (t.lastId = <i32>(v >> 32) - 1);
		slot = (slot + 1) & mask;
		s = t.slots + <usize>slot * SLOT;
	}
	const id = t.count++;
	if (id >= t.cap) {
		const size = t.cap * 2;
		// Only the values of a column that repeats are compared by their entries (55k titles would hold 1.7 MB).
		if (t.repeats) t.entries = grown(t.entries, <usize>t.cap * ENTRY, <usize>size * ENTRY);
		t.rawStart = grown(t.rawStart, <usize>t.cap * 4, <usize>size * 4);
		t.rawLength = grown(t.rawLength, <usize>t.cap * 4, <usize>size * 4);
		t.cap = size;
	}
	if (t.arenaUsed + length > t.arenaCap) {
		let size = t.arenaCap * 2;
		if (size < t.arenaUsed + length) size = t.arenaUsed + length;
		t.arena = grown(t.arena, <usize>t.arenaUsed, <usize>size);
		t.arenaCap = size;
	}
	memory.copy(t.arena + <usize>t.arenaUsed, p, <usize>length);
	if (t.repeats) {
		const e = entry(t, id);
		store<u64>(e + E_PREFIX, prefix);
		store<i32>(e + E_LENGTH, length);
		store<i32>(e + E_SHAPE, shape);
		store<i32>(e + E_START, t.arenaUsed);
	}
	store<i32>(t.rawStart + ((<usize>id) << 2), t.arenaUsed);
	store<i32>(t.rawLength + ((<usize>id) << 2), length);
	store<u64>(s + S_HASH, ((<u64>(id + 1)) << 32) | <u64>hash);
	store<i32>(s + S_START, t.arenaUsed);
	store<i32>(s + S_LENGTH, lengthShape);
	t.arenaUsed += length;
	if ((id + 1) * 2 > t.slotCap) {
		const size = t.slotCap * 2;
		const slots = alloc(<usize>size * SLOT);
		memory.fill(slots, 0, <usize>size * SLOT);
		mask = size - 1;
		for (let k = 0; k < t.slotCap; k++) {
			const from = t.slots + <usize>k * SLOT;
			const v = load<u64>(from);
			if (v === 0) continue;
			let to = <i32>(<u32>v & <u32>mask);
			while (load<u64>(slots + <usize>to * SLOT) !== 0) to = (to + 1) & mask;
			const at = slots + <usize>to * SLOT;
			memory.copy(at, from, SLOT);
		}
		t.slots = slots;
		t.slotCap = size;
	}
	return (t.lastId = id);
}

/** FNV-1a's 64-bit offset basis, 0xcbf29ce484222325, written in halves so that no tool reads it as a double. */
const FNV_OFFSET: u64 = ((<u64>0xcbf29ce4) << 32) | 0x84222325;

/** Whether the `length` bytes at `a` and at `b` are the same. */
function sameBytes(a: usize, b: usize, length: i32): bool {
	let k = 0;
	for (; k + 8 <= length; k += 8) if (load<u64>(a + <usize>k) !== load<u64>(b + <usize>k)) return false;
	return k === length || prefixOf(a + <usize>k, length - k) === prefixOf(b + <usize>k, length - k);
}

/** The first eight of the `length` bytes at `p` as a word, zeros past the length (alloc leaves room to read them). */
function prefixOf(p: usize, length: i32): u64 {
	const word = load<u64>(p);
	return length >= 8 ? word : word & (((<u64>1) << ((<u64>length) << 3)) - 1);
}

/** Whether value `id` of `t` is the `length` bytes at `at` (`prefix`: their first eight) of this shape. */
function same(t: Interner, id: i32, at: usize, length: i32, shape: u8, prefix: u64): bool {
	const e = entry(t, id);
	if (load<u64>(e + E_PREFIX) !== prefix || load<i32>(e + E_LENGTH) !== length || load<i32>(e + E_SHAPE) !== <i32>shape) return false;
	if (length <= 8) return true;
	const from = t.arena + <usize>load<i32>(e + E_START);
	let k = 8;
	for (; k + 8 <= length; k += 8) if (load<u64>(from + <usize>k) !== load<u64>(at + <usize>k)) return false;
	// The last word ends at the value's end, overlapping the one before.
	return load<u64>(from + <usize>(length - 8)) === load<u64>(at + <usize>(length - 8));
}

/** time.ts, startFromBytes: `YYYY-MM-DD HH:MM:SS` to epoch ms, or -1. */
function startOf(s: i32, e: i32): f64 {
	if (e - s !== 19) return -1;
	const b = win + <usize>s;
	if (load<u8>(b + 4) !== 45 || load<u8>(b + 7) !== 45 || load<u8>(b + 10) !== 32 || load<u8>(b + 13) !== 58 || load<u8>(b + 16) !== 58) return -1;
	const hour = digits(b, 11, 2);
	const minute = digits(b, 14, 2);
	const second = digits(b, 17, 2);
	if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return -1;
	// Rows come newest first: most share their date with the row before.
	const dateLow = load<u64>(b);
	const dateHigh = <u32>load<u16>(b + 8);
	if (dateLow !== lastDateLow || dateHigh !== lastDateHigh) {
		const days = daysOf(b);
		if (days === NO_DAYS) return -1;
		lastDateLow = dateLow;
		lastDateHigh = dateHigh;
		lastDays = days;
	}
	return <f64>lastDays * 86400000 + <f64>(hour * 3600 + minute * 60 + second) * 1000;
}

const NO_DAYS = i32.MIN_VALUE;
/** The date (first ten bytes) of the last start time read, and its days (an u16 never equals the first lastDateHigh). */
let lastDateLow: u64 = 0;
let lastDateHigh: u32 = 0xffffffff;
let lastDays: i32 = 0;

/** Days from 1970-01-01 of the `YYYY-MM-DD` at `b`, or NO_DAYS. */
function daysOf(b: usize): i32 {
	const year = digits(b, 0, 4);
	const month = digits(b, 5, 2);
	const day = digits(b, 8, 2);
	if (year < 1970 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return NO_DAYS;
	// Days from 1970-01-01 of a Gregorian date (Howard Hinnant's days_from_civil), as Date.UTC counts.
	const y = month <= 2 ? year - 1 : year;
	const era = y / 400;
	const yoe = y - era * 400;
	const doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
	const doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

function digits(b: usize, from: i32, length: i32): i32 {
	let value = 0;
	for (let i = from; i < from + length; i++) {
		const d = <i32>load<u8>(b + <usize>i) - 48;
		if (d < 0 || d > 9) return -1;
		value = value * 10 + d;
	}
	return value;
}

function daysIn(year: i32, month: i32): i32 {
	if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** viewing-row.ts, timeField: a `H+:MM:SS` field in seconds, -1 when empty, absent or unreadable. */
function timeField(i: i32): i32 {
	if (i === -1 || i >= count) return -1;
	const at = (<usize>i) << 2;
	const s = load<i32>(fStart + at);
	const e = load<i32>(fEnd + at);
	const shape = load<u8>(fShape + <usize>i);
	simpleClock = false;
	if (shape !== 2) {
		const quick = quickClock(win + <usize>s, e - s);
		if (quick >= 0) {
			simpleClock = true;
			return quick;
		}
		return clock(win + <usize>s, 0, e - s);
	}
	return clock(unescaped(s, e), 0, unescapedLength);
}

/** Whether the last timeField was `H:MM:SS` or `HH:MM:SS` (two colons: not a lenient M:SS). */
let simpleClock = false;

/**
 * clock() of Netflix's own `H:MM:SS` and `HH:MM:SS` (nearly every Duration and Bookmark) without its
 * loop; -1 for any other text, which clock() then reads.
 */
function quickClock(b: usize, n: i32): i32 {
	let hours: u32 = 0;
	let at: usize = 0;
	if (n === 7) {
		hours = <u32>load<u8>(b) - 48;
		at = 1;
	} else if (n === 8) {
		const tens = <u32>load<u8>(b) - 48;
		const ones = <u32>load<u8>(b + 1) - 48;
		if (tens > 9 || ones > 9) return -1;
		hours = tens * 10 + ones;
		at = 2;
	} else return -1;
	if (hours > 99 || load<u8>(b + at) !== 58 || load<u8>(b + at + 3) !== 58) return -1;
	const m1 = <u32>load<u8>(b + at + 1) - 48;
	const m2 = <u32>load<u8>(b + at + 2) - 48;
	const s1 = <u32>load<u8>(b + at + 4) - 48;
	const s2 = <u32>load<u8>(b + at + 5) - 48;
	if (m1 > 5 || m2 > 9 || s1 > 5 || s2 > 9) return -1;
	return <i32>(hours * 3600 + (m1 * 10 + m2) * 60 + s1 * 10 + s2);
}

let scratch: usize = 0;
let scratchCap: i32 = 0;
let unescapedLength: i32 = 0;

/**
 * csv.ts, fieldText of a field quoted with text after its closing quote (`"1:00"0`): the quoted part
 * without its `""` escapes, then the rest.
 */
function unescaped(s: i32, e: i32): usize {
	if (e - s > scratchCap) {
		// Doubled, so a file of ever longer fields leaves at most twice the longest behind.
		scratchCap = max(e - s, scratchCap * 2);
		scratch = alloc(<usize>scratchCap);
	}
	let i = s;
	let n = 0;
	let closed = false;
	while (i < e) {
		const c = load<u8>(win + <usize>i);
		if (!closed && c === QUOTE) {
			if (i + 1 < e && load<u8>(win + <usize>(i + 1)) === QUOTE) {
				store<u8>(scratch + <usize>n, QUOTE);
				n++;
				i += 2;
				continue;
			}
			closed = true;
			i++;
			continue;
		}
		store<u8>(scratch + <usize>n, c);
		n++;
		i++;
	}
	unescapedLength = n;
	return scratch;
}

/** time.ts, clockFromBytes. */
function clock(b: usize, from: i32, to: i32): i32 {
	let total = 0;
	let part = 0;
	let digits = 0;
	let parts = 1;
	let start = from;
	let end = to;
	while (start < end && load<u8>(b + <usize>start) === 32) start++;
	while (end > start && load<u8>(b + <usize>(end - 1)) === 32) end--;
	for (let i = start; i < end; i++) {
		const c = <i32>load<u8>(b + <usize>i);
		if (c === 58) {
			if (digits === 0 || (parts > 1 && part > 59) || ++parts > 3) return -1;
			total = total * 60 + part;
			part = 0;
			digits = 0;
		} else if (c >= 48 && c <= 57 && digits < 6) {
			part = part * 10 + (c - 48);
			digits++;
		} else return -1;
	}
	if (parts < 2 || digits === 0 || part > 59) return -1;
	return total * 60 + part;
}

/** viewing-row.ts, countColons. */
function colons(i: i32): i32 {
	const at = (<usize>i) << 2;
	let n = 0;
	for (let k = load<i32>(fStart + at); k < load<i32>(fEnd + at); k++) if (load<u8>(win + <usize>k) === 58) n++;
	return n;
}

/** viewing-row.ts, isLatest: anything but an empty field or `Not latest view`. */
function isLatest(i: i32): bool {
	if (i >= count) return false;
	const at = (<usize>i) << 2;
	const s = load<i32>(fStart + at);
	const e = load<i32>(fEnd + at);
	if (e === s) return false;
	if (e - s !== 15) return true;
	const b = win + <usize>s;
	return !(load<u64>(b) === NOT_LATE && load<u64>(b + 7) === EST_VIEW);
}

// "Not latest view" as two little-endian words, "Not late" and "est view" (0x6574616c20746f4e and
// 0x7765697620747365, written in halves so that no tool reads them as doubles).
const NOT_LATE: u64 = ((<u64>0x6574616c) << 32) | 0x20746f4e;
const EST_VIEW: u64 = ((<u64>0x77656976) << 32) | 0x20747365;

/**
 * The title of a new raw title (value*), as the JavaScript reader made it with strings: decoded, trimmed
 * (String.prototype.trim's white space), without a HIDDEN prefix (viewing-row.ts), trimmed again; its
 * bytes, valid UTF-8, name one string and no other, so titles are told apart by bytes. False when the raw
 * title is not UTF-8: TextDecoder's replacement characters make several byte strings one text, so
 * JavaScript decodes those (setTitleText).
 */
function titleOf(): bool {
	let p = win + <usize>valueStart;
	let n = valueEnd - valueStart;
	if (valueShape !== 0) {
		p = unescaped(valueStart, valueEnd);
		n = unescapedLength;
	}
	if (utf16Length(p, n) < 0) return false;
	let s = trimStart(p, 0, n);
	const e = trimEnd(p, s, n);
	let hidden = false;
	if (startsWith(p + <usize>s, e - s, 'HIDDEN TITLE')) {
		const prefix = startsWith(p + <usize>s, e - s, HIDDEN_LONG) ? HIDDEN_LONG.length : startsWith(p + <usize>s, e - s, HIDDEN_SHORT) ? HIDDEN_SHORT.length : 0;
		if (prefix > 0) {
			hidden = true;
			s = trimStart(p, s + prefix, e);
		}
	}
	keepTitle(e > s ? newTitle(p + <usize>s, e - s) : -1, hidden);
	return true;
}

/** viewing-row.ts, HIDDEN_PREFIXES, in its order. */
const HIDDEN_LONG = 'HIDDEN TITLE(user hid title at this time): ';
const HIDDEN_SHORT = 'HIDDEN TITLE: ';

/** Whether the `n` bytes at `p` start with the ASCII `text`. */
function startsWith(p: usize, n: i32, text: string): bool {
	if (n < text.length) return false;
	for (let i = 0; i < text.length; i++) if (<i32>load<u8>(p + <usize>i) !== text.charCodeAt(i)) return false;
	return true;
}

/** The first byte from `s` that does not start a white space character (before `e`). */
function trimStart(p: usize, s: i32, e: i32): i32 {
	while (s < e) {
		const n = space(p, s, e);
		if (n === 0) break;
		s += n;
	}
	return s;
}

/** The end of the bytes `s…e` without white space characters at their end. */
function trimEnd(p: usize, s: i32, e: i32): i32 {
	while (e > s) {
		// The last character's first byte (the bytes are UTF-8).
		let k = e - 1;
		while (k > s && (load<u8>(p + <usize>k) & 0xc0) === 0x80) k--;
		if (space(p, k, e) !== e - k) break;
		e = k;
	}
	return e;
}

/**
 * The length in bytes of the white space character at `i` (0 for none): what String.prototype.trim
 * removes, TAB…CR, space, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF.
 */
function space(p: usize, i: i32, e: i32): i32 {
	const b = <i32>load<u8>(p + <usize>i);
	if ((b >= 0x09 && b <= 0x0d) || b === 0x20) return 1;
	if (b < 0xc2) return 0;
	const b1 = i + 1 < e ? <i32>load<u8>(p + <usize>(i + 1)) : 0;
	if (b === 0xc2) return b1 === 0xa0 ? 2 : 0;
	const b2 = i + 2 < e ? <i32>load<u8>(p + <usize>(i + 2)) : 0;
	if (b === 0xe1) return b1 === 0x9a && b2 === 0x80 ? 3 : 0;
	if (b === 0xe2) return (b1 === 0x80 && ((b2 >= 0x80 && b2 <= 0x8a) || b2 === 0xa8 || b2 === 0xa9 || b2 === 0xaf)) || (b1 === 0x81 && b2 === 0x9f) ? 3 : 0;
	if (b === 0xe3) return b1 === 0x80 && b2 === 0x80 ? 3 : 0;
	if (b === 0xef) return b1 === 0xbb && b2 === 0xbf ? 3 : 0;
	return 0;
}

/**
 * The length in UTF-16 units of the `n` bytes at `p` read as UTF-8, or -1 when they are not well-formed
 * UTF-8 (Unicode's table 3-7: no overlong forms, no surrogates, nothing past U+10FFFF).
 */
function utf16Length(p: usize, n: i32): i32 {
	let units = 0;
	let i = 0;
	while (i < n) {
		const b = <i32>load<u8>(p + <usize>i);
		if (b < 0x80) {
			i++;
			units++;
			continue;
		}
		let more = 0;
		let low = 0x80;
		let high = 0xbf;
		if (b >= 0xc2 && b <= 0xdf) more = 1;
		else if (b >= 0xe0 && b <= 0xef) {
			more = 2;
			if (b === 0xe0) low = 0xa0;
			else if (b === 0xed) high = 0x9f;
		} else if (b >= 0xf0 && b <= 0xf4) {
			more = 3;
			if (b === 0xf0) low = 0x90;
			else if (b === 0xf4) high = 0x8f;
		} else return -1;
		if (i + more >= n) return -1;
		const b1 = <i32>load<u8>(p + <usize>(i + 1));
		if (b1 < low || b1 > high) return -1;
		for (let k = 2; k <= more; k++) {
			const c = <i32>load<u8>(p + <usize>(i + k));
			if (c < 0x80 || c > 0xbf) return -1;
		}
		i += more + 1;
		units += more === 3 ? 2 : 1;
	}
	return units;
}
