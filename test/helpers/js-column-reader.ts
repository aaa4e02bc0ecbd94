/**
 * The JavaScript reader of ViewingActivity.csv's rows that source/export/viewing-column-reader.ts replaced
 * (its byte work now runs in WebAssembly), kept whole as the oracle of the properties that compare the
 * two (test/export/viewing-core-properties.test.ts): the same columns, ids, skips and line numbers.
 */
import {type CsvCursor, type CsvRow, fieldText, lineNumbers, linesFrom, newRow, readCsvRows} from '../../source/export/csv.js';
import {clockFromBytes, isImpossibleStart, parseClock, parseStartLenient, readSlashTime, startFromBytes} from '../../source/export/time.js';
import {type ColumnIndex, emptyColumns, SKIPPED_LINES_LISTED, trimmedColumns, growColumns, type ViewingColumns} from '../../source/export/viewing-columns.js';
import {HIDDEN_PREFIXES, IMPOSSIBLE_START, MISREAD, type RowShape} from '../../source/export/viewing-row.js';

/**
 * Reads the rows of `bytes` between two row boundaries into columns, a slice of rows per `step` so
 * the main thread can yield between slices.
 */
export class JsColumnReader {
	readonly out: ViewingColumns;
	private cursor: CsvCursor | null;
	private readonly row: CsvRow;
	private readonly interners = {
		profile: new ByteInterner(),
		device: new ByteInterner(),
		country: new ByteInterner(),
		type: new ByteInterner(),
		attributes: new ByteInterner(),
		title: new ByteInterner(false),
	};
	/** Per raw title id: the title's id without a HIDDEN prefix (+1, 0 = not yet known), and the prefix. */
	private titleOfRaw = new Int32Array(1024);
	private hiddenOfRaw = new Uint8Array(1024);
	private readonly titleIds = new Map<string, number>();
	private capacity: number;
	/** Byte offsets of the skipped rows listed, per reason; made line numbers once, in `finish`. */
	private readonly skippedAt: Record<string, number[]> = {};
	private rowOffset = 0;

	constructor(
		private readonly bytes: Uint8Array,
		private readonly delimiter: number,
		private readonly cols: ColumnIndex,
		private readonly minFields: number,
		from: number,
		private readonly to: number,
		private readonly shape: RowShape = {},
	) {
		this.row = newRow(bytes);
		this.cursor = {offset: from};
		// ≈180 bytes a row in real files; grown by doubling when wrong.
		this.capacity = Math.max(64, Math.ceil((to - from) / 150));
		this.out = emptyColumns(this.capacity);
	}

	/** Reads up to `maxRows` rows; false once the part is read. */
	step(maxRows: number): boolean {
		if (!this.cursor) return false;
		const cursor = readCsvRows(
			this.row,
			this.delimiter,
			this.cursor,
			maxRows,
			(r, offset) => {
				this.out.dataRows++;
				this.rowOffset = offset;
				this.onRow(r);
			},
			error => {
				// Everything after an unclosed quote would be one field: each line from there on is a row lost.
				const lost = linesFrom(this.bytes, error.offset);
				this.skip(error.reason, lost, error.offset);
				this.out.dataRows += lost;
				this.out.unclosedAt = error.offset;
				this.out.unclosedLine = error.line;
			},
			this.to,
		);
		this.cursor = cursor && this.out.unclosedAt === null && cursor.offset < this.to ? cursor : null;
		return this.cursor !== null;
	}

	/** Offset (in `bytes`) of the next row to read, or null when done. */
	get offset(): number | null {
		return this.cursor?.offset ?? null;
	}

	/** The columns, trimmed to the rows read, with their value tables. */
	finish(): ViewingColumns {
		const o = this.out;
		const i = this.interners;
		return {
			...o,
			...trimmedColumns(o),
			profiles: i.profile.values,
			devices: i.device.values,
			countries: i.country.values,
			types: i.type.values,
			attributeTexts: i.attributes.values,
			skippedLines: skippedLineNumbers(this.bytes, this.skippedAt),
		};
	}

	/** Counts `rows` skipped rows for `reason`, listing where the current one starts. */
	private skip(reason: string, rows = 1, offset = this.rowOffset): void {
		this.out.skipped[reason] = (this.out.skipped[reason] ?? 0) + rows;
		const listed = (this.skippedAt[reason] ??= []);
		if (listed.length < SKIPPED_LINES_LISTED) listed.push(offset);
	}

	private onRow(row: CsvRow): void {
		const c = this.cols;
		const o = this.out;
		if (row.count < this.minFields) return this.skip('too few fields');
		const {maxFields, semicolonTail} = this.shape;
		if (maxFields !== undefined && row.count > maxFields && row.end[row.count - 1]! > row.start[row.count - 1]!) return this.skip(MISREAD);
		if (semicolonTail) {
			const last = row.count - 1;
			while (row.end[last]! > row.start[last]! && row.bytes[row.end[last]! - 1] === 59) row.end[last]!--;
		}
		let start = c.start < row.count ? startFromBytes(row.bytes, row.start[c.start]!, row.end[c.start]!) : null;
		let slash: number[] | null = null;
		if (start === null) {
			const text = fieldText(row, c.start);
			start = parseStartLenient(text, false);
			if (start === null) {
				slash = readSlashTime(text);
				if (slash === null) return this.skip(isImpossibleStart(text) ? IMPOSSIBLE_START : 'unreadable Start Time');
				start = 0;
			} else o.lenientStart = true;
		}
		const rawTitle = this.interners.title.id(row, c.title);
		if (rawTitle === -1) return this.skip('empty Title');
		const known = rawTitle < this.titleOfRaw.length ? this.titleOfRaw[rawTitle]! : 0;
		const title = known !== 0 ? known - 1 : this.titleOf(rawTitle);
		if (title === -1) return this.skip('empty Title');
		const duration = timeField(row, c.duration);
		if (duration === null && c.duration !== -1 && c.duration < row.count && row.end[c.duration]! > row.start[c.duration]!) return this.skip('unreadable Duration');
		if (duration !== null && duration < 3600 && countColons(row, c.duration) === 1) o.lenientDuration = true;
		if (o.count === this.capacity) this.grow();
		const n = o.count++;
		if (slash) o.slashStarts.push(n, ...slash);
		const hidden = this.hiddenOfRaw[rawTitle]!;
		o.start[n] = start;
		o.duration[n] = duration ?? -1;
		const bookmark = timeField(row, c.bookmark);
		// Older exports write 00:00:00 as the bookmark of a hidden view: the position is unknown, not zero.
		o.bookmark[n] = bookmark === null || (hidden && bookmark === 0) ? -1 : bookmark;
		o.latest[n] = c.latest === -1 ? -1 : isLatest(row, c.latest) ? 1 : 0;
		o.hiddenPrefix[n] = hidden;
		o.title[n] = title;
		o.profile[n] = this.interners.profile.id(row, c.profile);
		o.device[n] = this.interners.device.id(row, c.device);
		o.country[n] = this.interners.country.id(row, c.country);
		o.type[n] = this.interners.type.id(row, c.type);
		o.attributes[n] = this.interners.attributes.id(row, c.attributes);
	}

	/** The id of the title without any HIDDEN prefix (-1 when nothing is left), once per raw title. */
	private titleOf(rawId: number): number {
		if (rawId >= this.titleOfRaw.length) {
			const size = Math.max(rawId + 1, this.titleOfRaw.length * 2);
			const titles = new Int32Array(size);
			titles.set(this.titleOfRaw);
			const hidden = new Uint8Array(size);
			hidden.set(this.hiddenOfRaw);
			[this.titleOfRaw, this.hiddenOfRaw] = [titles, hidden];
		}
		let title = this.interners.title.values[rawId]!.trim();
		const prefix = title.startsWith('HIDDEN TITLE') ? HIDDEN_PREFIXES.find(p => title.startsWith(p)) : undefined;
		const hidden = prefix !== undefined;
		if (prefix) title = title.slice(prefix.length).trim();
		let id = -1;
		if (title !== '') {
			const seen = this.titleIds.get(title);
			id = seen ?? this.out.titles.push(title) - 1;
			if (seen === undefined) this.titleIds.set(title, id);
		}
		this.hiddenOfRaw[rawId] = hidden ? 1 : 0;
		this.titleOfRaw[rawId] = id + 1;
		return id;
	}

	private grow(): void {
		this.capacity *= 2;
		growColumns(this.out, this.capacity);
	}
}

/** A time field (`H+:MM:SS`) in seconds; null when empty, absent or unreadable. */
function timeField(row: CsvRow, i: number): number | null {
	if (i === -1 || i >= row.count) return null;
	if (row.shape[i] === 0 || row.shape[i] === 1) return clockFromBytes(row.bytes, row.start[i]!, row.end[i]!);
	return parseClock(fieldText(row, i));
}

/** How many `:` a field holds (`M:SS` from a spreadsheet has one). */
function countColons(row: CsvRow, i: number): number {
	let n = 0;
	for (let k = row.start[i]!; k < row.end[i]!; k++) if (row.bytes[k] === 58) n++;
	return n;
}

const NOT_LATEST = new Uint8Array(Buffer.from('Not latest view'));

/** `Latest Bookmark` holds a time for the newest session, `Not latest view` otherwise. */
function isLatest(row: CsvRow, i: number): boolean {
	if (i >= row.count) return false;
	const s = row.start[i]!;
	const e = row.end[i]!;
	if (e === s) return false;
	if (e - s !== NOT_LATEST.length) return true;
	const bytes = row.bytes;
	for (let k = 0; k < NOT_LATEST.length; k++) if (bytes[s + k] !== NOT_LATEST[k]) return true;
	return false;
}

/**
 * Gives each distinct field value of a column one id and one string, decoding a value only the first
 * time it is seen. A 250k-row file has ≈40k distinct titles and a handful of profiles, devices and
 * countries, so most rows cost a byte hash and a compare instead of a decode, a string and a Map
 * lookup by string (which hashes the whole string again).
 */
/** Up to this many distinct values, a value is found by comparing with each instead of by hash. */
const FEW = 24;

class ByteInterner {
	/**
	 * @param repeats whether consecutive rows often hold the same value (profiles, devices: yes; titles:
	 * no, so the check would only cost a compare per row).
	 */
	constructor(private readonly repeats = true) {}

	/** The distinct values, by id. */
	readonly values: string[] = [];
	/**
	 * Raw bytes of every value as first seen, one after the other in one buffer (a copy: the file's buffer
	 * is not kept alive). One buffer, not a Uint8Array per value: 40k small arrays scattered in memory made
	 * each compare a cache miss.
	 */
	private arena = new Uint8Array(64 * 1024);
	private arenaUsed = 0;
	private rawStart = new Int32Array(64);
	private rawLength = new Int32Array(64);
	private shapes = new Uint8Array(64);
	private hashes = new Int32Array(64);
	/** Open-addressing table of id + 1 (0 = empty), indexed by hash; a Map costs ≈3x more per lookup. */
	private slots = new Int32Array(128);
	private lastId = -1;

	/** The id of field `i` of the row (see `values`); -1 for an empty field. */
	id(row: CsvRow, i: number): number {
		if (i < 0 || i >= row.count) return -1;
		const bytes = row.bytes;
		const s = row.start[i]!;
		const e = row.end[i]!;
		if (e <= s) return -1;
		// Consecutive rows mostly repeat a profile, device or country: check the last value first.
		if (this.repeats && this.lastId !== -1 && this.same(this.lastId, row, i)) return this.lastId;
		// A column of few values (profiles, devices, countries) is matched by comparing with each: most
		// compares end at the length, and no byte is hashed.
		if (this.repeats && this.values.length <= FEW) {
			for (let id = 0; id < this.values.length; id++) if (this.same(id, row, i)) return (this.lastId = id);
		}
		let hash = 0x811c9dc5 ^ row.shape[i]!;
		for (let k = s; k < e; k++) hash = Math.imul(hash ^ bytes[k]!, 0x01000193);
		const mask = this.slots.length - 1;
		let at = hash & mask;
		for (let slot = this.slots[at]!; slot !== 0; slot = this.slots[at]!) {
			const id = slot - 1;
			if (this.hashes[id] === hash && this.same(id, row, i)) return (this.lastId = id);
			at = (at + 1) & mask;
		}
		const id = this.values.length;
		this.values.push(fieldText(row, i));
		if (id >= this.hashes.length) this.growIds();
		if (this.arenaUsed + (e - s) > this.arena.length) this.growArena(e - s);
		this.arena.set(bytes.subarray(s, e), this.arenaUsed);
		this.rawStart[id] = this.arenaUsed;
		this.rawLength[id] = e - s;
		this.arenaUsed += e - s;
		this.shapes[id] = row.shape[i]!;
		this.hashes[id] = hash;
		this.slots[at] = id + 1;
		if ((id + 1) * 2 > this.slots.length) this.rehash();
		return (this.lastId = id);
	}

	private growIds(): void {
		const size = this.hashes.length * 2;
		const grow = <T extends Int32Array | Uint8Array>(old: T, fresh: T): T => (fresh.set(old), fresh);
		this.hashes = grow(this.hashes, new Int32Array(size));
		this.rawStart = grow(this.rawStart, new Int32Array(size));
		this.rawLength = grow(this.rawLength, new Int32Array(size));
		this.shapes = grow(this.shapes, new Uint8Array(size));
	}

	private growArena(needed: number): void {
		const arena = new Uint8Array(Math.max(this.arena.length * 2, this.arenaUsed + needed));
		arena.set(this.arena.subarray(0, this.arenaUsed));
		this.arena = arena;
	}

	private rehash(): void {
		const slots = new Int32Array(this.slots.length * 2);
		const mask = slots.length - 1;
		for (let id = 0; id < this.values.length; id++) {
			let at = this.hashes[id]! & mask;
			while (slots[at] !== 0) at = (at + 1) & mask;
			slots[at] = id + 1;
		}
		this.slots = slots;
	}

	/** Whether field `i` of the row holds the same bytes, quoted the same way, as value `id`. */
	private same(id: number, row: CsvRow, i: number): boolean {
		const bytes = row.bytes;
		const s = row.start[i]!;
		const length = this.rawLength[id]!;
		if (length !== row.end[i]! - s || this.shapes[id] !== row.shape[i]) return false;
		const arena = this.arena;
		const from = this.rawStart[id]!;
		for (let k = 0; k < length; k++) if (arena[from + k] !== bytes[s + k]) return false;
		return true;
	}
}

/** Skipped rows' byte offsets, per reason, as 1-based line numbers (`skippedLines`), counted in one pass over the bytes. */
function skippedLineNumbers(bytes: Uint8Array, offsets: Record<string, number[]>): Record<string, number[]> {
	const lines = lineNumbers(bytes, Object.values(offsets).flat());
	return Object.fromEntries(Object.entries(offsets).map(([reason, at]) => [reason, at.map(o => lines.get(o)!)]));
}
