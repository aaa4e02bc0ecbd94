/**
 * Extras hiding as real viewing. Format quirk (reference §4): a few hooks and trailers arrive with an empty
 * `Supplemental Video Type`, recognisable only by their title: `X: Season 1_hook_primary_16x9`,
 * `Trailer: X`, `Plot Clip: X`, `Season 2 Trailer`, Turkish `X (Fragman)`, `Sezon 3 (Klip): …`, and
 * `Character Intro Clip`.
 */
import {asciiLead, openingLetters} from './label-scan.js';
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
const LOWER_PREFIXES = EXTRA_PREFIXES.map(prefix => prefix.toLowerCase());
// PREFIX on an ASCII text: one of the prefixes written in ASCII, in any case (`Tráiler` needs a non-ASCII letter).
const ASCII_PREFIXES: ReadonlySet<string> = new Set(LOWER_PREFIXES.filter(prefix => asciiLead(prefix) === prefix));

// A whole last segment naming a trailer: `Season 2 Trailer`, `Official Trailer 2`, `Trailer`, `Season 1 Recap`.
// `The Trailer` or `Trailer Park Boys` do not match: the segment must be only these words.
const TRAILER_SEGMENT =
	/^(?:(?:season|series|part|volume|temporada|saison|staffel)\s+\w+\s+(?:trailer|teaser|recap)|(?:official\s+|final\s+|main\s+|teaser\s+)?(?:trailer|teaser)(?:\s+\d+)?|character\s+intro(?:\s+clip)?)$/iu;
// The words TRAILER_SEGMENT's branches open with (see mayOpenWith in label-scan.ts), and the last letters of each
// branch's forms (ASCII, lowercased; a digit is `0`): `Season 2 Trailer`, `Official Trailer 2`, `Character Intro Clip`.
const SEASON_TRAILER_ENDS = 'rp';
const TRAILER_ENDS = 'r0';
const TRAILER_OPENERS: ReadonlyMap<string, string> = new Map([
	...['season', 'series', 'part', 'volume', 'temporada', 'saison', 'staffel'].map(word => [word, SEASON_TRAILER_ENDS] as const),
	...['official', 'final', 'main', 'teaser', 'trailer'].map(word => [word, TRAILER_ENDS] as const),
	['character', 'op'],
]);

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

/**
 * Whether a last segment may be TRAILER_SEGMENT: every one of its forms ends in `r`, `p`, `o` or a digit,
 * whatever the case, and opens with one of its words.
 */
function mayBeTrailerSegment(last: string): boolean {
	const code = last.charCodeAt(last.length - 1);
	const end = code >= 0x30 && code <= 0x39 ? '0' : String.fromCharCode(code | 0x20);
	if (end !== 'r' && end !== 'p' && end !== 'o' && end !== '0') return false;
	// As mayOpenWith (label-scan.ts), with the endings of the branch the opening word picks.
	const letters = openingLetters(last);
	const next = last.charCodeAt(letters.length);
	return next === 0x17f || next === 0x212a || TRAILER_OPENERS.get(letters)?.includes(end) === true;
}

/** Whether a first segment is one of EXTRA_PREFIXES (PREFIX), the pattern left for a text that is not ASCII. */
function isExtraPrefix(first: string): boolean {
	if (first.length < PREFIX_SHORTEST || first.length > PREFIX_LONGEST) return false;
	const lead = asciiLead(first);
	if (lead.length === first.length) return ASCII_PREFIXES.has(lead);
	// A non-ASCII character after the ASCII lead: only a prefix of the same length (see PREFIX_SHORTEST)
	// with the same lead and a non-ASCII character there may match (`Tráiler`), or any when that character
	// is ſ or the Kelvin sign, which an `iu` pattern matches to `s` and `k` (no prefix holds either).
	const next = first.charCodeAt(lead.length);
	if (next === 0x17f || next === 0x212a) return PREFIX.test(first);
	return LOWER_PREFIXES.some(prefix => prefix.length === first.length && prefix.startsWith(lead) && prefix.charCodeAt(lead.length) >= 0x80) && PREFIX.test(first);
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

	if (count >= 2 && (checks ? isExtraPrefix(first) : PREFIX.test(first))) {
		return true;
	}

	// A lone `Trailer` or `Teaser` could be a film's name; `Season 2 Trailer` alone could not.
	return (!checks || mayBeTrailerSegment(last)) && TRAILER_SEGMENT.test(last) && (count >= 2 || /\s/u.test(last));
}
