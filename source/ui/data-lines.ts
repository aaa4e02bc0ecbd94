/**
 * The Data screen as a list of lines: a heading per category, then per table one line the cursor rests
 * on and the lines that explain it. Width-independent, so the reducer can move over it without
 * knowing the terminal's width; the screen cuts what does not fit.
 */
import {highlightText, myListLine, searchLines} from '../text/knows-text.js';
import type {OtherAnswers} from '../query/other-answers.js';
import type {DataOverview, TableOverview} from '../query/data-overview.js';
import {group} from '../text/format.js';

/** One line of the Data screen. */
export type DataLine =
	| {kind: 'heading'; text: string}
	| {kind: 'table'; table: TableOverview; expanded: boolean}
	/** A line under a table: what it is (`dim`), its highlights, its columns when expanded. */
	| {kind: 'detail'; path: string; text: string; dim: boolean};

/** Highlights and columns are packed into lines of at most this many characters: 80 columns less the indent. */
const LINE = 76;

/** Lines the answers of the other tables add under a table (My List, the searches), by table name. */
function answerLines(name: string, answers: OtherAnswers | undefined): string[] {
	if (!answers) return [];
	if (name.toLowerCase() === 'mylist') return [myListLine(answers)].filter((l): l is string => l !== null);
	if (name.toLowerCase() === 'searchhistory') return searchLines(answers);
	return [];
}

/** The lines for an overview, with the tables in `expanded` (by path) showing their columns. */
export function dataLines(o: DataOverview, expanded: readonly string[], answers?: OtherAnswers): DataLine[] {
	const lines: DataLine[] = [];
	for (const c of o.categories) {
		lines.push({kind: 'heading', text: `${c.title.toUpperCase()} · ${c.about}`});
		for (const t of c.tables) {
			const open = expanded.includes(t.path);
			const detail = (text: string, dim = false): DataLine => ({kind: 'detail', path: t.path, text, dim});
			lines.push({kind: 'table', table: t, expanded: open});
			lines.push(detail(t.description, true));
			if (!open) {
				for (const packed of pack(highlightParts(t), ' · ', LINE)) lines.push(detail(packed));
				if (!t.empty) for (const line of answerLines(t.name, answers)) lines.push(detail(line));
				if (t.problem) lines.push(detail(`could not read all of it: ${t.problem}`));
				continue;
			}
			lines.push(detail(`file: ${t.path}`, true));
			for (const h of t.highlights) lines.push(detail(highlightText(h)));
			for (const line of answerLines(t.name, answers)) lines.push(detail(line));
			if (t.capped) lines.push(detail(`highlights from the first ${group(t.highlightRows)} of ${group(t.rows)} rows`, true));
			if (t.problem) lines.push(detail(`could not read all of it: ${t.problem}`));
			if (t.columns.length > 0) {
				lines.push(detail(`${t.columns.length} columns:`, true));
				for (const packed of pack(t.columns, ', ', LINE - 2)) lines.push(detail(`  ${packed}`));
			}
		}
	}
	return lines;
}

/** The highlights as text, and the cap when it applied. */
function highlightParts(t: TableOverview): string[] {
	const parts = t.highlights.map(highlightText);
	if (t.capped) parts.push(`(from the first ${group(t.highlightRows)} rows)`);
	return parts;
}

/**
 * Pieces joined with `separator` into lines of at most `max` characters; a piece longer than that gets
 * a line of its own (the screen cuts it). A separator ending a line is kept without its trailing space.
 */
export function pack(pieces: readonly string[], separator: string, max: number): string[] {
	const out: string[] = [];
	let line = '';
	for (const piece of pieces) {
		if (line !== '' && line.length + separator.length + piece.length > max) {
			out.push(line + separator.trimEnd());
			line = piece;
		} else line = line === '' ? piece : line + separator + piece;
	}
	if (line !== '') out.push(line);
	return out;
}

/** Lines the cursor skips: everything but a table. */
export function isDataDetail(lines: readonly DataLine[], index: number): boolean {
	return lines[index]?.kind !== 'table';
}

/**
 * The lines that belong with the table at `index`: its category heading when it is the first table
 * under it, through its last detail line. Scrolling shows them with it.
 */
export function dataSpan(lines: readonly DataLine[], index: number): [number, number] {
	const first = lines[index - 1]?.kind === 'heading' ? index - 1 : index;
	let last = index;
	while (lines[last + 1]?.kind === 'detail') last++;
	return [first, last];
}
