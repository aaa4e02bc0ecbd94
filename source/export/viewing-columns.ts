import {ByteInterner} from './byte-interner.js';
import {type CsvCursor, type CsvRow, fieldText, lineNumbers, linesFrom, newRow, readCsvRows} from './csv.js';
import type {RowColumns} from './viewing-table.js';
import {clockFromBytes, isImpossibleStart, parseClock, parseStartLenient, readSlashTime, startFromBytes} from './time.js';

/** Where each ViewingActivity column is in a row (-1 when the file has no such column). */
export interface ColumnIndex {
	profile: number;
	start: number;
	title: number;
	duration: number;
	attributes: number;
	type: number;
	device: number;
	bookmark: number;
	latest: number;
	country: number;
}

/**
 * ViewingActivity.csv read into columns: numbers in typed arrays, text as ids into small tables of
 * distinct values. Columns, not one object per row, so rows read in a worker thread move to the main
 * thread by transferring a few buffers (a structured clone of 250k row objects took 0.57 s).
 */
export interface ViewingColumns extends RowColumns {
	/** 1 when the title carried the older `HIDDEN TITLE` prefix. */
	hiddenPrefix: Uint8Array;
	attributeTexts: string[];
	skipped: Record<string, number>;
	/** Lines (1-based, in the file) of the first SKIPPED_LINES_LISTED skipped rows of each reason. */
	skippedLines: Record<string, number[]>;
	/** Data rows in the file: rows read or skipped, and the lines an unclosed quote swallowed. */
	dataRows: number;
	lenientStart: boolean;
	lenientDuration: boolean;
	/**
	 * Start Times written `16/1/2021 14:23` (a spreadsheet re-save): whether day or month comes first is
	 * decided from all of them once read (time.ts, slashOrder). Seven numbers per row: the row, the first and
	 * second date fields, the year, hour, minute, second; the row's `start` is set then.
	 */
	slashStarts: number[];
	/** An unclosed quote that ended the read: byte offset and line of its row. */
	unclosedAt: number | null;
	unclosedLine: number | null;
}

/** Line numbers kept per reason of skipping (`doctor --json`); the counts stay exact past it. */
export const SKIPPED_LINES_LISTED = 100;

/**
 * Older exports mark hidden views by prefixing the title (format reference §4); some write the short
 * form `HIDDEN TITLE: BONDING`.
 */
const HIDDEN_PREFIXES = ['HIDDEN TITLE(user hid title at this time): ', 'HIDDEN TITLE: '];
const NOT_LATEST = new Uint8Array(Buffer.from('Not latest view'));
/** Why a row with more fields than the header is skipped (viewing-activity.ts warns with it). */
export const MISREAD = 'more fields than the header (a comma in a field that lost its quotes)';

/** How a file's rows are shaped beyond its columns (a spreadsheet re-save, format reference §9). */
export interface RowShape {
	/** Rows with more non-empty fields than this were misread (an unquoted comma): skipped, never read shifted. */
	maxFields?: number;
	/** Lines end in `;;` (a `;` re-save with empty trailing columns): strip them off the last field. */
	semicolonTail?: boolean;
}

/**
 * Reads the rows of `bytes` between two row boundaries into columns, a slice of rows per `step` so
 * the main thread can yield between slices.
 */
export class ColumnReader {
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
		const n = o.count;
		const i = this.interners;
		return {
			...o,
			start: trimmed(o.start, n),
			duration: trimmed(o.duration, n),
			bookmark: trimmed(o.bookmark, n),
			latest: trimmed(o.latest, n),
			hiddenPrefix: trimmed(o.hiddenPrefix, n),
			title: trimmed(o.title, n),
			profile: trimmed(o.profile, n),
			device: trimmed(o.device, n),
			country: trimmed(o.country, n),
			type: trimmed(o.type, n),
			attributes: trimmed(o.attributes, n),
			profiles: i.profile.values,
			devices: i.device.values,
			countries: i.country.values,
			types: i.type.values,
			attributeTexts: i.attributes.values,
			skippedLines: linesOf(this.bytes, this.skippedAt),
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
		const o = this.out;
		const bigger = emptyColumns(this.capacity);
		for (const key of NUMERIC_COLUMNS) (bigger[key] as Int32Array).set(o[key] as Int32Array);
		Object.assign(o, Object.fromEntries(NUMERIC_COLUMNS.map(key => [key, bigger[key]])));
	}
}

/**
 * The first `n` values: a view when the array is mostly filled (the capacity guessed from the file's size
 * is ≈20% over for Netflix's rows), else a copy, not to hold the rest. Copies held 12 MB more at the peak
 * of a 250k-row load, beside the file.
 */
function trimmed<T extends Int32Array | Float64Array | Int8Array | Uint8Array>(values: T, n: number): T {
	return (n * 4 >= values.length * 3 ? values.subarray(0, n) : values.slice(0, n)) as T;
}

/** The skip reason of a start time in the right shape naming no real moment (30 February, 24:61). */
export const IMPOSSIBLE_START = 'impossible Start Time (no such date or time)';

/** Offsets per reason as 1-based line numbers, counted in one pass over the bytes. */
function linesOf(bytes: Uint8Array, offsets: Record<string, number[]>): Record<string, number[]> {
	const lines = lineNumbers(bytes, Object.values(offsets).flat());
	return Object.fromEntries(Object.entries(offsets).map(([reason, at]) => [reason, at.map(o => lines.get(o)!)]));
}

const NUMERIC_COLUMNS = ['start', 'duration', 'bookmark', 'latest', 'hiddenPrefix', 'title', 'profile', 'device', 'country', 'type', 'attributes'] as const;

function emptyColumns(capacity: number): ViewingColumns {
	return {
		count: 0,
		start: new Float64Array(capacity),
		duration: new Int32Array(capacity),
		bookmark: new Int32Array(capacity),
		latest: new Int8Array(capacity),
		hiddenPrefix: new Uint8Array(capacity),
		title: new Int32Array(capacity),
		profile: new Int32Array(capacity),
		device: new Int32Array(capacity),
		country: new Int32Array(capacity),
		type: new Int32Array(capacity),
		attributes: new Int32Array(capacity),
		titles: [],
		profiles: [],
		devices: [],
		countries: [],
		types: [],
		attributeTexts: [],
		skipped: {},
		skippedLines: {},
		dataRows: 0,
		lenientStart: false,
		lenientDuration: false,
		slashStarts: [],
		unclosedAt: null,
		unclosedLine: null,
	};
}

/** A time field (`H+:MM:SS`) in seconds; null when empty, absent or unreadable. */
function timeField(row: CsvRow, i: number): number | null {
	if (i === -1 || i >= row.count) return null;
	if (row.shape[i] === 0 || row.shape[i] === 1) return clockFromBytes(row.bytes, row.start[i]!, row.end[i]!);
	return parseClock(fieldText(row, i));
}

function countColons(row: CsvRow, i: number): number {
	let n = 0;
	for (let k = row.start[i]!; k < row.end[i]!; k++) if (row.bytes[k] === 58) n++;
	return n;
}

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
