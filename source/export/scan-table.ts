import {bomLength, detectDelimiter, fieldText, newRow, readCsvRows, type CsvRow} from './csv.js';
import {ExportError} from './errors.js';
import type {ExportTable} from './layout.js';
import {utf16Of, utf16ToUtf8} from './text-encoding.js';

/** The text of field `i` of the current row ('' when the row is shorter). Valid only inside the callback. */
export type FieldReader = (index: number) => string;

/** What scanning one table found. */
export interface TableScan {
	/** Header names, trimmed, as written. */
	header: string[];
	/** Data rows in the file (blank lines not counted). */
	rows: number;
	/** A reason the file could not be read to the end (binary data, a quote never closed), else null. */
	problem: string | null;
}

/** What reads a table row by row: `scanTable`, or a stand-in (the Data overview takes one as a parameter). */
export type TableReader = typeof scanTable;

/**
 * Reads a table once, row by row, without keeping the rows. `start` gets the header and returns what
 * sees each data row; it decodes only the fields it asks for, so a Clickstream of a million rows costs
 * its bytes, not a million arrays.
 */
export function scanTable(table: ExportTable, start: (header: string[]) => (field: FieldReader, index: number) => void): TableScan {
	if (table.empty) return {header: [], rows: 0, problem: null};
	let bytes: Buffer;
	try {
		bytes = table.file.read();
	} catch (error) {
		return {header: [], rows: 0, problem: error instanceof ExportError ? error.message : String(error)};
	}
	const utf16 = utf16Of(bytes);
	if (utf16) bytes = utf16ToUtf8(bytes, utf16);
	// A PDF or image given a .csv name: a NUL byte in the first kilobyte (the same test the loader uses).
	else if (bytes.subarray(0, 1024).includes(0)) return {header: [], rows: 0, problem: 'not a CSV file (it holds binary data)'};
	const row = newRow(bytes);
	const field: FieldReader = i => fieldText(row, i);
	let header: string[] | null = null;
	let onRow: (field: FieldReader, index: number) => void = () => {};
	let rows = 0;
	let problem: string | null = null;
	readCsvRows(
		row,
		detectDelimiter(bytes),
		{offset: bomLength(bytes)},
		Number.POSITIVE_INFINITY,
		(r: CsvRow) => {
			if (header === null) {
				header = Array.from({length: r.count}, (_, i) => fieldText(r, i).trim());
				onRow = start(header);
				return;
			}
			onRow(field, rows++);
		},
		error => (problem = `line ${error.line}: ${error.reason}; the rows after it were not read`),
	);
	return {header: header ?? [], rows, problem};
}
