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
const BRACKETED = /\((?:fragman|klip|tanıtım|trailer|teaser|tráiler|bande-annonce|clip)\)\s*(?::|$)/iu;

const PREFIX = new RegExp(`^(?:${[...EXTRA_PREFIXES].sort((a, b) => b.length - a.length).join('|')})$`, 'iu');

// A whole last segment naming a trailer: `Season 2 Trailer`, `Official Trailer 2`, `Trailer`, `Season 1 Recap`.
// `The Trailer` or `Trailer Park Boys` do not match: the segment must be only these words.
const TRAILER_SEGMENT =
	/^(?:(?:season|series|part|volume|temporada|saison|staffel)\s+\w+\s+(?:trailer|teaser|recap)|(?:official\s+|final\s+|main\s+|teaser\s+)?(?:trailer|teaser)(?:\s+\d+)?|character\s+intro(?:\s+clip)?)$/iu;

/**
 * True when a title with an empty Supplemental Video Type is really an extra (a hook, trailer, clip or
 * recap). Real titles such as `The Trailer Park Boys`, `Trailer Park Boys: Season 1: …` or `Clipped` are not.
 */
export function isExtraTitle(raw: string, segments: readonly TitleSegment[] = splitTitle(raw)): boolean {
	if (ASSET_NAME.test(raw) || BRACKETED.test(raw)) {
		return true;
	}

	if (segments.length === 0) {
		return false;
	}

	if (segments.length >= 2 && PREFIX.test(segments[0]!.text)) {
		return true;
	}

	const last = segments.at(-1)!.text;
	// A lone `Trailer` or `Teaser` could be a film's name; `Season 2 Trailer` alone could not.
	return TRAILER_SEGMENT.test(last) && (segments.length >= 2 || /\s/u.test(last));
}
