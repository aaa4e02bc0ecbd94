/**
 * The export's other tables as the rows viewer shows them: each read when first opened, its personal
 * values masked or revealed, filtered and sorted (each filter key makes a new order: the last few are kept).
 */
import type {LoadedExport} from '../load/load-export.js';
import type {Masker} from '../query/mask.js';
import {exportMasker, readTableRows, type TableRows} from '../query/table-rows.js';
import {detailLines, displayCell, rowHaystacks, rowOrder} from './rows-view.js';

/** Orders (filtered and sorted rows) kept at once. */
const RECENT_ORDERS = 8;

/** The tables of one export, read and viewed as asked for. */
export class TableViews {
	private readonly tables = new Map<string, TableRows | null>();
	private readonly maskers = new Map<boolean, Masker>();
	private readonly haystacks = new Map<string, string[]>();
	private readonly orders = new Map<string, number[]>();

	constructor(private readonly loaded: LoadedExport) {}

	/** A table's rows (by path), read when first opened in the rows viewer; null when no such table. */
	rows(path: string): TableRows | null {
		if (!this.tables.has(path)) {
			const table = this.loaded.layout.tables.find(t => t.file.path === path);
			this.tables.set(path, table ? readTableRows(table) : null);
		}
		return this.tables.get(path)!;
	}

	/** The masker of this export (it knows the owner's name), masking or revealing. */
	masker(revealed: boolean): Masker {
		let masker = this.maskers.get(revealed);
		if (!masker) this.maskers.set(revealed, (masker = exportMasker(this.loaded, revealed)));
		return masker;
	}

	/** Rows shown of a table, filtered and sorted (the last few asked for are remembered). */
	order(path: string, filter: string, sort: {column: number; descending: boolean} | null, revealed: boolean): number[] {
		const key = `${path}|${filter}|${sort ? `${sort.column}${sort.descending ? 'd' : 'a'}` : ''}|${revealed}`;
		const hit = this.orders.get(key);
		if (hit) return hit;
		const table = this.rows(path);
		const masker = this.masker(revealed);
		const order = table ? rowOrder(table, masker, filter, sort, () => this.haystacksOf(path, table, masker, revealed)) : [];
		if (this.orders.size >= RECENT_ORDERS) this.orders.delete(this.orders.keys().next().value!);
		this.orders.set(key, order);
		return order;
	}

	/** Every cell of one row of a table, wrapped to `width`, as displayed. */
	detail(path: string, row: number, revealed: boolean, width: number): string[] {
		const table = this.rows(path);
		const cells = table?.rows[row];
		if (!table || !cells) return [];
		const masker = this.masker(revealed);
		return detailLines(
			table.header,
			table.header.map((_, c) => displayCell(table, cells, c, masker)),
			width,
		);
	}

	/** Each row's cells as displayed, for the filter to search (made once per table and masking). */
	private haystacksOf(path: string, table: TableRows, masker: Masker, revealed: boolean): string[] {
		const key = `${path}|${revealed}`;
		let haystacks = this.haystacks.get(key);
		if (!haystacks) this.haystacks.set(key, (haystacks = rowHaystacks(table, masker)));
		return haystacks;
	}
}
