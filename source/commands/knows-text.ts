/** The text form of `knows`: every table of the export, by category. Also used by the Data screen. */
import type {DataOverview, DateRange, Highlight, TableOverview} from '../query/data-overview.js';
import {count, group, localDate} from './format.js';

/** `name: Sasha Example`, `IP addresses: 1,204`. */
export function highlightText(h: Highlight): string {
	return `${h.label}: ${typeof h.value === 'number' ? group(h.value) : h.value}`;
}

/** `2022-01-01 → 2025-12-30` in local dates, or one date when the table covers a single day. */
export function rangeText(range: DateRange | null): string {
	if (!range) return '';
	const first = localDate(Date.parse(range.first));
	const last = localDate(Date.parse(range.last));
	return first === last ? first : `${first} → ${last}`;
}

/** `1 row`, `3,089 rows`, or `empty` for Netflix's placeholder. */
export function rowsText(t: TableOverview): string {
	if (t.empty) return 'empty';
	return count(t.rows, 'row');
}

/** The highlights of a table on one line, with the cap said when it applied. */
export function highlightsLine(t: TableOverview): string {
	const parts = t.highlights.map(highlightText);
	if (t.capped) parts.push(`(from the first ${group(t.highlightRows)} rows)`);
	return parts.join(' · ');
}

/** The overview as text for a terminal or a pipe. */
export function knowsText(o: DataOverview): string {
	const lines = [
		`What Netflix knows about this account (${o.format}): ${o.location}`,
		`  ${o.layout}; ${o.totals.tables} tables: ${o.totals.withData} with data, ${o.totals.empty} empty; ${group(o.totals.rows)} rows in all`,
	];
	for (const c of o.categories) {
		lines.push('', `${c.title.toUpperCase()} (${c.about})`);
		for (const t of c.tables) {
			const head = [t.title === t.name ? t.name : `${t.title} (${t.name})`, rowsText(t), rangeText(t.dateRange)].filter(Boolean).join(' · ');
			lines.push(`  ${head}`, `    ${t.empty ? `${t.description}; Netflix found no data` : t.description}`);
			const highlights = highlightsLine(t);
			if (highlights) lines.push(`    ${highlights}`);
			if (t.problem) lines.push(`    could not read all of it: ${t.problem}`);
		}
	}
	if (o.otherFiles.length > 0) lines.push('', `Also in the export: ${o.otherFiles.map(f => f.split('/').at(-1)).join(', ')}`);
	return lines.join('\n') + '\n';
}
