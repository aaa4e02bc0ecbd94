/** The text form of `table`: a table's rows in aligned columns, times in local time, personal values masked. */
import type {TableJson} from '../query/table-rows.js';
import {cellWidth, count, fit, group} from '../text/format.js';
import {cellText} from '../text/table-cells.js';
import {makeMasker} from '../query/mask.js';

/** Widest a column is drawn in text output; the JSON has every value in full. */
const MAX_COLUMN = 40;
/** A header name that holds times (the same rule as the viewer's). */
const TIME_LIKE = /\b(ts|time|timestamp|date)\b/i;

/** The rows as text; `data` is already masked (or revealed) by the query. */
export function tableText(t: TableJson): string {
	// Values arrive masked as asked; only the times are turned into local time here.
	const asIs = makeMasker(null, true);
	const times = t.columns.map(c => TIME_LIKE.test(c) && !/duration/i.test(c));
	const cells = t.data.map(row => t.columns.map((c, i) => oneLine(cellText(c, row[c] ?? '', times[i]!, asIs))));
	const widths = t.columns.map((c, i) => Math.min(MAX_COLUMN, Math.max(cellWidth(c), ...cells.map(r => cellWidth(r[i]!)))));
	const line = (values: string[]) =>
		values
			.map((v, i) => fit(v, widths[i]!))
			.join('  ')
			.trimEnd();
	const lines = [
		`${t.title === t.name ? t.name : `${t.title} (${t.name})`} · ${count(t.rows, 'row')}${t.shown < t.rows ? `, the first ${group(t.shown)} shown` : ''} · ${t.masked ? 'personal values masked (--reveal shows them)' : 'personal values shown (--reveal)'}`,
		`  ${t.path}`,
	];
	if (t.columns.length > 0) lines.push('', line(t.columns), ...cells.map(line));
	else lines.push('', 'Netflix found no data for this table.');
	if (t.problem) lines.push(`could not read all of it: ${t.problem}`);
	return lines.join('\n') + '\n';
}

/** A cell on one line: line breaks and tabs become spaces. */
function oneLine(text: string): string {
	return text.replace(/[\r\n\t]+/g, ' ');
}
