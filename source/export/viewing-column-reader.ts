/**
 * The reader of ViewingActivity.csv's rows into columns (viewing-columns.ts), a slice of rows at a time;
 * each row's fields are read by viewing-row.ts.
 */
import {ByteInterner} from './byte-interner.js';
import {type CsvCursor, type CsvRow, fieldText, lineNumbers, linesFrom, newRow, readCsvRows} from './csv.js';
import {isImpossibleStart, parseStartLenient, readSlashTime, startFromBytes} from './time.js';
import {type ColumnIndex, emptyColumns, NUMERIC_COLUMNS, SKIPPED_LINES_LISTED, trimmed, type ViewingColumns} from './viewing-columns.js';
import {countColons, HIDDEN_PREFIXES, IMPOSSIBLE_START, isLatest, MISREAD, type RowShape, timeField} from './viewing-row.js';

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

/** Offsets per reason as 1-based line numbers, counted in one pass over the bytes. */
function linesOf(bytes: Uint8Array, offsets: Record<string, number[]>): Record<string, number[]> {
	const lines = lineNumbers(bytes, Object.values(offsets).flat());
	return Object.fromEntries(Object.entries(offsets).map(([reason, at]) => [reason, at.map(o => lines.get(o)!)]));
}
