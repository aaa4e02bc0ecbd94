import chalk from 'chalk';
import {fit} from '../text/format.js';
import {inert} from '../text/inert.js';
import {colour} from './colour.js';

/** A piece of text and whether it matched the search. */
export interface Segment {
	text: string;
	match: boolean;
}

/**
 * Cuts text into matched and unmatched pieces from inclusive `[start, end]` ranges (as the search
 * index returns them over the show name). Ranges may overlap, come unsorted or run past the end.
 */
export function segments(text: string, ranges: ReadonlyArray<readonly [number, number]>): Segment[] {
	const marked = new Array<boolean>(text.length).fill(false);
	for (const [start, end] of ranges) for (let i = Math.max(0, start); i <= Math.min(end, text.length - 1); i++) marked[i] = true;
	const out: Segment[] = [];
	for (let i = 0; i < text.length; i++) {
		const last = out.at(-1);
		if (last && last.match === marked[i]) last.text += text[i];
		else out.push({text: text[i]!, match: marked[i]!});
	}
	return out;
}

/**
 * The pieces of a name as shown in a column `width` cells wide: made inert and cut or padded by `fit`,
 * with the ranges (indexes into the raw name, as the search index gives them) still on the letters they
 * matched. `inert` works one UTF-16 unit at a time, so each raw piece maps to its inert piece; the cut
 * `…` and the padding are never marked.
 */
export function shownSegments(raw: string, ranges: ReadonlyArray<readonly [number, number]>, width: number): Segment[] {
	const shown = fit(raw, width);
	const full = inert(raw);
	let kept = 0;
	while (kept < shown.length && kept < full.length && shown[kept] === full[kept]) kept++;
	const out: Segment[] = [];
	let at = 0;
	for (const s of segments(raw, ranges)) {
		if (at >= kept) break;
		const text = inert(s.text).slice(0, kept - at);
		out.push({text, match: s.match});
		at += text.length;
	}
	if (at < shown.length) out.push({text: shown.slice(at), match: false});
	return out;
}

/**
 * A name as shownSegments cuts it, styled as `<HighlightedName>` draws it (matched letters in bold
 * yellow, underlined; no yellow under NO_COLOR), made as one text: with Ink's own chalk, in the order
 * Ink's <Text> applies its styles (colour, then bold, then underline), so Ink writes the same.
 */
export function highlightedText(raw: string, ranges: ReadonlyArray<readonly [number, number]>, width: number): string {
	let out = '';
	for (const s of shownSegments(raw, ranges, width)) {
		if (!s.match) out += s.text;
		else {
			const yellow = colour('yellow');
			out += chalk.underline(chalk.bold(yellow ? chalk[yellow](s.text) : s.text));
		}
	}
	return out;
}
