/**
 * The rows of one table of the export, as they are (header order kept), for the rows viewer and the
 * `table` command. Read on demand, never while the export loads, and bounded: at most TABLE_ROW_CAP
 * rows are kept (every row is counted) and each cell at most CELL_CHARS characters.
 */
import type {ExportTable} from '../export/layout.js';
import type {LoadedExport} from '../export/load-export.js';
import {scanTable} from '../export/scan-table.js';
import {makeMasker, type Masker, type OwnerName} from '../text/mask.js';
import {tableInfo} from './table-catalog.js';

export {cellTime} from '../text/table-cells.js';

/** Rows of a table kept for viewing: a Clickstream can hold millions, a person reads the first thousands. */
export const TABLE_ROW_CAP = 50_000;
/** Characters kept of one cell (a chat transcript can be long; file text is never trusted to be short). */
export const CELL_CHARS = 4_000;

/** One table's rows. */
export interface TableRows {
	/** Table name as Netflix spells it. */
	name: string;
	/** A short name for a person. */
	title: string;
	/** Path inside the export. */
	path: string;
	header: string[];
	/** Up to TABLE_ROW_CAP rows in file order, each as long as the header. */
	rows: string[][];
	/** Rows in the file. */
	total: number;
	/** Indexes of the columns that hold times (shown in local time). */
	timeColumns: number[];
	/** Why the file could not be read to the end, or null. */
	problem: string | null;
}

/** A header name that holds times: `Ts`, `Utc Timestamp`, `Start Time`, `Plan Change Date`. */
const TIME_LIKE = /\b(ts|time|timestamp|date)\b/i;

/** Reads one table's rows (the `.txt` placeholder of an empty table gives none). */
export function readTableRows(table: ExportTable, cap = TABLE_ROW_CAP): TableRows {
	const rows: string[][] = [];
	let width = 0;
	const scan = scanTable(table, header => {
		width = header.length;
		return (field, index) => {
			if (index >= cap) return;
			const row = new Array<string>(width);
			for (let i = 0; i < width; i++) {
				const text = field(i);
				row[i] = text.length > CELL_CHARS ? `${text.slice(0, CELL_CHARS)}…` : text;
			}
			rows.push(row);
		};
	});
	const header = scan.header;
	return {
		name: table.name,
		title: tableInfo(table.name)?.title ?? table.name,
		path: table.file.path,
		header,
		rows,
		total: scan.rows,
		timeColumns: header.flatMap((name, i) => (TIME_LIKE.test(name) && !/duration/i.test(name) ? [i] : [])),
		problem: scan.problem,
	};
}

/** The table a person named: by Netflix's name (`IpAddressesLogin`) or its file path, any case. */
export function findExportTable(loaded: LoadedExport, name: string): ExportTable | undefined {
	const lower = name.toLowerCase().replace(/\.(csv|txt)$/, '');
	const tables = loaded.layout.tables;
	const hits = tables.filter(t => t.name.toLowerCase() === lower || t.file.path.toLowerCase().replace(/\.(csv|txt)$/, '') === lower);
	return hits.find(t => !t.empty) ?? hits[0];
}

/**
 * The account owner's name, from the first row of AccountDetails (`First Name`, `Last Name`), or null
 * when the export has no such table. Reads one small table.
 */
export function ownerName(loaded: LoadedExport): OwnerName | null {
	const table = loaded.layout.tables.find(t => t.name.toLowerCase() === 'accountdetails' && !t.empty);
	if (!table) return null;
	let owner: OwnerName | null = null;
	scanTable(table, header => {
		const at = (name: string) => header.findIndex(h => h.toLowerCase() === name);
		const first = at('first name');
		const last = at('last name');
		return field => {
			if (owner) return;
			const name = {first: first >= 0 ? field(first).trim() : '', last: last >= 0 ? field(last).trim() : ''};
			if (name.first !== '' || name.last !== '') owner = name;
		};
	});
	return owner;
}

/** A masker for this export: it knows the owner's name. `reveal` shows every value as it is. */
export function exportMasker(loaded: LoadedExport, reveal = false): Masker {
	return makeMasker(ownerName(loaded), reveal);
}

/** One table's rows as the `table` command answers (`--json`): masked unless revealed. */
export interface TableJson {
	name: string;
	title: string;
	path: string;
	columns: string[];
	/** Rows in the file. */
	rows: number;
	/** Rows listed (at most --limit, and TABLE_ROW_CAP). */
	shown: number;
	/** False with `--reveal`: personal values are as in the file. */
	masked: boolean;
	/** Each row as column → value, values as in the file (times in UTC as Netflix wrote them). */
	data: Array<Record<string, string>>;
	problem: string | null;
}

/** The `table` command's answer. */
export function tableJson(rows: TableRows, masker: Masker, limit: number | null): TableJson {
	const picked = limit === null ? rows.rows : rows.rows.slice(0, limit);
	return {
		name: rows.name,
		title: rows.title,
		path: rows.path,
		columns: rows.header,
		rows: rows.total,
		shown: picked.length,
		masked: masker.masking,
		data: picked.map(row => Object.fromEntries(rows.header.map((column, i) => [column, masker.cell(column, row[i] ?? '')]))),
		problem: rows.problem,
	};
}
