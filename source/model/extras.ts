/**
 * Extras hiding as real viewing. Format quirk (reference §4): a few hooks and trailers arrive with an empty
 * `Supplemental Video Type`, recognisable only by their title: `X: Season 1_hook_primary_16x9`,
 * `Trailer: X`, `Plot Clip: X`, `Season 2 Trailer`, Turkish `X (Fragman)`, `Sezon 3 (Klip): …`, and
 * `Character Intro Clip`.
 */
import {splitTitle, type TitleSegment} from './title-segments.js';

/** Words that open an extra's title when followed by `: ` (`Trailer: Dark`, `Plot Clip: Lupin`). */
export const EXTRA_PREFIXES: readonly string[] = [
	'Trailer',
	'Official Trailer',
	'Teaser',
	'Teaser Trailer',
	'Plot Clip',
	'Clip',
	'Recap',
	'Preview',
	'Sneak Peek',
	'Featurette',
	'Bande-annonce',
	'Tráiler',
	'Trailer oficial',
	'Avance',
	'Vorschau',
	'Fragman',
];

// Asset names leak into the title: `_hook_primary_16x9`, `_trailer_`, `…_16x9`. Real titles use no `_`.
const ASSET_NAME = /_(?:hook|trailer|teaser|recap|preview|clip|bumper|promo)(?:_|$)|_\d+x\d+$/iu;

// A segment closed by a bracketed extra word: `Kardeşler (Fragman)`, `Sezon 3 (Klip): …`, `Mini Dizi (Fragman): …`.
// Only at the end of a segment, so `The Clip (Episode 2)` is not one.
const BRACKETED_WORDS = ['fragman', 'klip', 'tanıtım', 'trailer', 'teaser', 'tráiler', 'bande-annonce', 'clip'];
const BRACKETED = new RegExp(String.raw`\((?:${BRACKETED_WORDS.join('|')})\)\s*(?::|$)`, 'iu');

const PREFIX = new RegExp(`^(?:${[...EXTRA_PREFIXES].sort((a, b) => b.length - a.length).join('|')})$`, 'iu');

// A whole last segment naming a trailer: `Season 2 Trailer`, `Official Trailer 2`, `Trailer`, `Season 1 Recap`.
// `The Trailer` or `Trailer Park Boys` do not match: the segment must be only these words.
const TRAILER_SEGMENT =
	/^(?:(?:season|series|part|volume|temporada|saison|staffel)\s+\w+\s+(?:trailer|teaser|recap)|(?:official\s+|final\s+|main\s+|teaser\s+)?(?:trailer|teaser)(?:\s+\d+)?|character\s+intro(?:\s+clip)?)$/iu;

// How long the words of BRACKETED and PREFIX are (case-insensitive matching keeps the length).
const BRACKETED_SHORTEST = Math.min(...BRACKETED_WORDS.map(w => w.length));
const BRACKETED_LONGEST = Math.max(...BRACKETED_WORDS.map(w => w.length));
const PREFIX_SHORTEST = Math.min(...EXTRA_PREFIXES.map(w => w.length));
const PREFIX_LONGEST = Math.max(...EXTRA_PREFIXES.map(w => w.length));

/** Whether a `(word)` of a length BRACKETED knows, without spaces, sits in the title: else BRACKETED cannot match. */
function mayHoldBracketWord(raw: string): boolean {
	for (let open = raw.indexOf('('); open !== -1; open = raw.indexOf('(', open + 1)) {
		let end = open + 1;
		while (end < raw.length && end - open - 1 <= BRACKETED_LONGEST) {
			const code = raw.charCodeAt(end);
			if (code === 0x29 || code === 0x20) break;
			end++;
		}

		const length = end - open - 1;
		if (raw.charCodeAt(end) === 0x29 && length >= BRACKETED_SHORTEST && length <= BRACKETED_LONGEST) return true;
	}

	return false;
}

/** Whether a last segment may be TRAILER_SEGMENT: every one of its forms ends in `r`, `p`, `o` or a digit, whatever the case. */
function mayBeTrailerSegment(last: string): boolean {
	const code = last.charCodeAt(last.length - 1) | 0x20;
	return code === 0x72 || code === 0x70 || code === 0x6f || (code >= 0x30 && code <= 0x39);
}

/**
 * True when a title with an empty Supplemental Video Type is really an extra (a hook, trailer, clip or
 * recap). Real titles such as `The Trailer Park Boys`, `Trailer Park Boys: Season 1: …` or `Clipped` are not.
 */
export function isExtraTitle(raw: string, segments: readonly TitleSegment[] = splitTitle(raw)): boolean {
	return isExtraOfParts(raw, segments.length, segments[0]?.text ?? '', segments.at(-1)?.text ?? '');
}

/**
 * isExtraTitle from the title's number of segments and its first and last segments' texts. Cheap
 * checks come first: a pattern runs only when the text could match it (the common episode title
 * runs none, see title-quick.ts on why that matters).
 */
export function isExtraOfParts(raw: string, count: number, first: string, last: string): boolean {
	return extraOfParts(raw, count, first, last, true);
}

/** isExtraTitle by its patterns alone, without the cheap checks (its test compares the two). */
export function isExtraTitleByPattern(raw: string, segments: readonly TitleSegment[] = splitTitle(raw)): boolean {
	return extraOfParts(raw, segments.length, segments[0]?.text ?? '', segments.at(-1)?.text ?? '', false);
}

function extraOfParts(raw: string, count: number, first: string, last: string, checks: boolean): boolean {
	if ((!checks || raw.includes('_')) && ASSET_NAME.test(raw)) {
		return true;
	}

	if ((!checks || mayHoldBracketWord(raw)) && BRACKETED.test(raw)) {
		return true;
	}

	if (count === 0) {
		return false;
	}

	if (count >= 2 && (!checks || (first.length >= PREFIX_SHORTEST && first.length <= PREFIX_LONGEST)) && PREFIX.test(first)) {
		return true;
	}

	// A lone `Trailer` or `Teaser` could be a film's name; `Season 2 Trailer` alone could not.
	return (!checks || mayBeTrailerSegment(last)) && TRAILER_SEGMENT.test(last) && (count >= 2 || /\s/u.test(last));
}
