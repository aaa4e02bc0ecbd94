/**
 * Splitting a Netflix title into its `: `-separated segments while keeping the original text, so that a show
 * or an episode title can be cut out of the raw string exactly as written.
 */

/** One segment of a title: its trimmed text and where that text sits in the raw title. */
export interface TitleSegment {
	/** Trimmed text of the segment. */
	text: string;
	/** Offset of the first character of `text` in the raw title. */
	start: number;
	/** Offset just past the last character of `text` in the raw title. */
	end: number;
}

// Format quirk (§5): the separator is a colon followed by a space, or in French titles ` : ` with a
// non-breaking space before the colon (U+00A0, sometimes the narrow U+202F). A bare colon is part of a name
// (`Tokyo Ghoul:re`, `Re:Zero`), so at least one space must follow. Scanned by hand: a global regex was the
// slowest step of building a 45,000-title catalog.
function isSpace(code: number): boolean {
	return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x20_2f;
}

/** Splits a title on its separators; empty segments (a stray leading or trailing `: `) are dropped. */
export function splitTitle(raw: string): TitleSegment[] {
	const segments: TitleSegment[] = [];
	const push = (start: number, end: number): void => {
		while (start < end && isSpace(raw.charCodeAt(start))) {
			start++;
		}

		while (end > start && isSpace(raw.charCodeAt(end - 1))) {
			end--;
		}

		if (end > start) {
			segments.push({text: raw.slice(start, end), start, end});
		}
	};

	let from = 0;
	let colon = raw.indexOf(':');
	while (colon !== -1) {
		let after = colon + 1;
		while (after < raw.length && isSpace(raw.charCodeAt(after))) {
			after++;
		}

		if (after > colon + 1) {
			push(from, colon);
			from = after;
		}

		colon = raw.indexOf(':', colon + 1);
	}

	push(from, raw.length);
	return segments;
}

/**
 * A separator-independent key for the first `count` segments: `Lupin\u00a0: Partie 1` and `Lupin: Partie 1`
 * give the same key, so shows from French and English rows meet.
 */
export function segmentsKey(segments: readonly TitleSegment[], count: number = segments.length): string {
	let key = segments[0]?.text ?? '';
	for (let i = 1; i < count && i < segments.length; i++) {
		key += ': ' + segments[i]!.text;
	}

	return key;
}

/** The raw text from the start of segment `first` to the end of segment `last` (inclusive), separators kept. */
export function rawSpan(raw: string, segments: readonly TitleSegment[], first: number, last: number): string {
	return raw.slice(segments[first]!.start, segments[last]!.end);
}
