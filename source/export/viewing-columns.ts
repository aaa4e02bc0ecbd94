/**
 * The columns ViewingActivity.csv is read into (ViewingColumns), where each column is in a row
 * (ColumnIndex), and how the column reader (viewing-column-reader.ts) makes, grows and trims them.
 */
import type {RowColumns} from './viewing-table.js';

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

/** The typed-array columns, grown and trimmed together. */
export const NUMERIC_COLUMNS = ['start', 'duration', 'bookmark', 'latest', 'hiddenPrefix', 'title', 'profile', 'device', 'country', 'type', 'attributes'] as const;

/** Columns for `capacity` rows, none read yet. */
export function emptyColumns(capacity: number): ViewingColumns {
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

/**
 * The first `n` values: a view when the array is mostly filled (the capacity guessed from the file's size
 * is ≈20% over for Netflix's rows), else a copy, not to hold the rest. Copies held 12 MB more at the peak
 * of a 250k-row load, beside the file.
 */
export function trimmed<T extends Int32Array | Float64Array | Int8Array | Uint8Array>(values: T, n: number): T {
	return (n * 4 >= values.length * 3 ? values.subarray(0, n) : values.slice(0, n)) as T;
}

/** Every typed-array column of `columns` trimmed to its `count` rows (see `trimmed`). */
export function trimmedColumns(columns: ViewingColumns): Pick<ViewingColumns, (typeof NUMERIC_COLUMNS)[number]> {
	const n = columns.count;
	return {
		start: trimmed(columns.start, n),
		duration: trimmed(columns.duration, n),
		bookmark: trimmed(columns.bookmark, n),
		latest: trimmed(columns.latest, n),
		hiddenPrefix: trimmed(columns.hiddenPrefix, n),
		title: trimmed(columns.title, n),
		profile: trimmed(columns.profile, n),
		device: trimmed(columns.device, n),
		country: trimmed(columns.country, n),
		type: trimmed(columns.type, n),
		attributes: trimmed(columns.attributes, n),
	};
}

/** Moves every typed-array column of `columns` into arrays of `capacity` rows (the rows read kept). */
export function growColumns(columns: ViewingColumns, capacity: number): void {
	const bigger = emptyColumns(capacity);
	for (const key of NUMERIC_COLUMNS) (bigger[key] as Int32Array).set(columns[key] as Int32Array);
	Object.assign(columns, Object.fromEntries(NUMERIC_COLUMNS.map(key => [key, bigger[key]])));
}
