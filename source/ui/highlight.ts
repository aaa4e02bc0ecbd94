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
