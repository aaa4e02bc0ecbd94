/**
 * The reader of ViewingActivity.csv's rows into columns (viewing-columns.ts), a slice of rows at a time.
 * The byte work (the CSV scan, an id per distinct text value, the time fields) runs in WebAssembly
 * (viewing-core.as.ts, through viewing-core.ts); this side decodes each distinct value once, reads the
 * start times a spreadsheet re-wrote, and counts the rows skipped, with their lines.
 */
import {linesFrom} from './csv.js';
import {FileParts} from './file-parts.js';
import {isImpossibleStart, parseStartLenient, readSlashTime} from './time.js';
import {type ColumnIndex, emptyColumns, SKIPPED_LINES_LISTED, trimmedColumns, growColumns, type ViewingColumns} from './viewing-columns.js';
import {Core, CoreColumn, type CoreSizes, CoreStop, SKIP_REASONS} from './viewing-core.js';
import {HIDDEN_PREFIXES, IMPOSSIBLE_START, type RowShape} from './viewing-row.js';

/**
 * Reads the rows of `bytes` between two row boundaries into columns, a slice of rows per `step` so
 * the main thread can yield between slices. Owned parts (FileParts) are given back as they are read.
 */
export class ColumnReader {
	readonly out: ViewingColumns;
	private core: Core | null;
	/** The distinct values of each text column but the title, by the core's ids. */
	private readonly values: string[][] = [[], [], [], [], [], [], [], [], [], []];
	/** The numbers of a slashed start time (time.ts, readSlashTime) until its row is kept. */
	private slash: number[] | null = null;
	private capacity: number;
	/** Lines of the skipped rows listed, per reason (numbered as they are met: the bytes read may be gone). */
	private readonly skippedLines: Record<string, number[]> = {};
	private readonly bytes: FileParts;

	constructor(bytes: Uint8Array | FileParts, delimiter: number, cols: ColumnIndex, minFields: number, from: number, to: number, shape: RowShape = {}, sizes?: CoreSizes) {
		this.bytes = FileParts.of(bytes);
		this.core = from < to ? new Core(this.bytes, delimiter, cols, minFields, from, to, shape, sizes) : null;
		// ≈180 bytes a row in real files; grown by doubling when wrong.
		this.capacity = Math.max(64, Math.ceil((to - from) / 150));
		this.out = emptyColumns(this.capacity);
	}

	/** Reads up to `maxRows` rows; false once the part is read. */
	step(maxRows: number): boolean {
		const core = this.core;
		if (!core) return false;
		core.slice(maxRows);
		for (;;) {
			const stop = core.step();
			if (stop === CoreStop.SkippedRow) this.skip(SKIP_REASONS[core.reason()]!, 1, core, core.rowOffset());
			else if (stop === CoreStop.NewValue) this.newValue(core);
			else if (stop === CoreStop.StartTime) this.startTime(core);
			else if (stop === CoreStop.SlashedRow) this.out.slashStarts.push(this.out.count + core.batchRows() - 1, ...this.slash!);
			else if (stop === CoreStop.BatchFull) this.flush(core);
			else break;
		}
		this.flush(core);
		this.out.dataRows = core.dataRows();
		const offset = core.unclosedAt();
		if (offset !== null) {
			// Everything after an unclosed quote would be one field: each line from there on is a row lost.
			const lost = linesFrom(core.windowFrom(offset), 0);
			this.skip('a quoted field is never closed', lost, core, offset);
			this.out.dataRows += lost;
			this.out.unclosedAt = offset;
			this.out.unclosedLine = core.lineAt(offset);
		}
		if (core.offset() === null || offset !== null) this.done();
		return this.core !== null;
	}

	/** Offset (in `bytes`) of the next row to read, or null when done. */
	get offset(): number | null {
		return this.core?.offset() ?? null;
	}

	/** The columns, trimmed to the rows read, with their value tables. */
	finish(): ViewingColumns {
		this.done();
		const o = this.out;
		const v = this.values;
		return {
			...o,
			...trimmedColumns(o),
			profiles: v[CoreColumn.Profile]!,
			devices: v[CoreColumn.Device]!,
			countries: v[CoreColumn.Country]!,
			types: v[CoreColumn.Type]!,
			attributeTexts: v[CoreColumn.Attributes]!,
			skippedLines: this.skippedLines,
		};
	}

	/** The WebAssembly memory goes with the core once the read is over (the module stays compiled). */
	private done(): void {
		this.core = null;
	}

	/** Counts `rows` skipped rows for `reason`, listing the line where the first starts (`offset`, in the core's window). */
	private skip(reason: string, rows: number, core: Core, offset: number): void {
		this.out.skipped[reason] = (this.out.skipped[reason] ?? 0) + rows;
		const listed = (this.skippedLines[reason] ??= []);
		if (listed.length < SKIPPED_LINES_LISTED) listed.push(core.lineAt(offset));
	}

	/** A value the core has not seen before in its column: decoded once, here. */
	private newValue(core: Core): void {
		const {column, text} = core.newValue();
		if (column === CoreColumn.Title) {
			// A raw title that is not UTF-8 (the core reads the others' titles itself).
			const [title, hidden] = titleOf(text);
			core.setTitleText(title, hidden);
		} else this.values[column]!.push(text);
	}

	/**
	 * A start time not in Netflix's form, read as the JavaScript reader read it (time.ts): a re-saved
	 * `2023-08-24 9:07`, or a slashed date whose order is decided from all of them, or a skipped row.
	 */
	private startTime(core: Core): void {
		const text = core.startText();
		const start = parseStartLenient(text, false);
		if (start !== null) {
			this.out.lenientStart = true;
			return core.setStart(start, false);
		}
		this.slash = readSlashTime(text);
		if (this.slash !== null) return core.setStart(0, true);
		this.skip(isImpossibleStart(text) ? IMPOSSIBLE_START : 'unreadable Start Time', 1, core, core.rowOffset());
		core.dropRow();
	}

	/** Copies the rows the core read since the last flush into the columns. */
	private flush(core: Core): void {
		// The titles of rows skipped after their title was read count as well, as they always did.
		core.titlesFrom(this.out.titles.length, this.out.titles);
		const n = core.batchRows();
		if (n === 0) return;
		while (this.out.count + n > this.capacity) this.grow();
		core.copyBatch(this.out, this.out.count);
		this.out.count += n;
		if (core.lenientDurations()) this.out.lenientDuration = true;
	}

	private grow(): void {
		this.capacity *= 2;
		growColumns(this.out, this.capacity);
	}
}

/** A raw title without any HIDDEN prefix, trimmed ('' when nothing is left), and whether it had one. */
function titleOf(raw: string): [string, boolean] {
	const title = raw.trim();
	const prefix = title.startsWith('HIDDEN TITLE') ? HIDDEN_PREFIXES.find(p => title.startsWith(p)) : undefined;
	return prefix ? [title.slice(prefix.length).trim(), true] : [title, false];
}
