/**
 * The building blocks of the table highlights (table-highlights.ts): columns found by header name,
 * and small tallies over them (distinct values, counts, date spans) that each give one Highlight.
 */
import type {FieldReader} from '../export/scan-table.js';
import {parseAnyTimestamp} from '../export/time.js';

/** One fact about a table: `IP addresses: 12`. */
export interface Highlight {
	label: string;
	value: string | number;
	/** `seconds`: the value is an amount of time, written for people by text/format's hoursMinutes. */
	unit?: 'seconds';
}

/** A column of the table being read: its trimmed text in the current row ('' when empty). */
export type Column = (field: FieldReader) => string;

/** Finds columns by header name. */
export interface Columns {
	/** The first of these names present in the header (case-insensitive), or null. */
	find(...names: string[]): Column | null;
}

/** Sees each row (up to the cap) and then says what it found. */
export interface HighlightCollector {
	add(field: FieldReader): void;
	result(): Highlight[];
}

/** Columns of a header, looked up case-insensitively. */
export function columnsOf(header: readonly string[]): Columns {
	const at = new Map<string, number>();
	header.forEach((name, i) => {
		const key = name.trim().toLowerCase();
		if (!at.has(key)) at.set(key, i);
	});
	return {
		find(...names) {
			for (const name of names) {
				const i = at.get(name.toLowerCase());
				if (i !== undefined) return field => field(i).trim();
			}
			return null;
		},
	};
}

/** Distinct non-empty values of a column, with how often each occurs. */
export class Tally {
	readonly counts = new Map<string, number>();
	constructor(private readonly column: Column | null) {}
	add(field: FieldReader): void {
		if (!this.column) return;
		const value = this.column(field);
		if (value !== '') this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
	}
	get present(): boolean {
		return this.column !== null;
	}
	get size(): number {
		return this.counts.size;
	}
	/** The most frequent value and its count. */
	top(): [string, number] | null {
		let best: [string, number] | null = null;
		for (const entry of this.counts) if (!best || entry[1] > best[1]) best = entry;
		return best;
	}
	/** `US, DE, FR` for a short list (a name holding a comma quoted: `"Mom, Dad"`), or null when longer than `max`. */
	list(max: number): string | null {
		if (this.counts.size === 0 || this.counts.size > max) return null;
		return [...this.counts.keys()].map(v => (v.includes(',') ? `"${v}"` : v)).join(', ');
	}
}

/** `3 (US, DE, FR)`, or just the count when the list is long. */
export function distinct(label: string, tally: Tally, listUpTo = 0): Highlight | null {
	if (!tally.present) return null;
	const list = listUpTo > 0 ? tally.list(listUpTo) : null;
	return {label, value: list ? `${tally.size} (${list})` : tally.size};
}

export const keep = (items: Array<Highlight | null>): Highlight[] => items.filter((h): h is Highlight => h !== null).slice(0, 4);

export const day = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString().slice(0, 10));

/** Earliest and latest time seen in a column. */
export class Span {
	first: number | null = null;
	last: number | null = null;
	constructor(private readonly column: Column | null) {}
	add(field: FieldReader): void {
		if (!this.column) return;
		const ms = parseAnyTimestamp(this.column(field));
		if (ms === null) return;
		if (this.first === null || ms < this.first) this.first = ms;
		if (this.last === null || ms > this.last) this.last = ms;
	}
}

/** Collector from per-row tallies and a result function. */
export function collect(parts: ReadonlyArray<{add(field: FieldReader): void}>, result: () => Array<Highlight | null>): HighlightCollector {
	return {add: field => parts.forEach(p => p.add(field)), result: () => keep(result())};
}

/** Rows where `test` holds for a column. */
export class Count {
	n = 0;
	constructor(
		readonly column: Column | null,
		private readonly test: (value: string) => boolean,
	) {}
	add(field: FieldReader): void {
		if (this.column && this.test(this.column(field))) this.n++;
	}
	highlight(label: string, showZero = true): Highlight | null {
		return this.column && (showZero || this.n > 0) ? {label, value: this.n} : null;
	}
}

/** `15.49` or `15,49` to cents; null when not an amount. */
export function cents(text: string): number | null {
	const t = /^-?\d+,\d{1,2}$/.test(text) ? text.replace(',', '.') : text;
	if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
	return Math.round(Number(t) * 100);
}
