/**
 * The two commonest title shapes, read in one scan: a title without a colon (a movie), and
 * `Show: <season label>: Episode title (<episode word> N)` with plain `: ` separators (≈70% of the
 * distinct titles of an export). Each gives exactly what parseSegments gives (test/model/title-quick.test.ts
 * holds them to it); every other title gets null and goes to the full parser. Why: a command parses each
 * distinct title once, before V8 has optimised anything, and the full parser's calls and segment objects
 * were most of that time; it now runs for the other titles only.
 */
import {matchEpisodeSuffix, matchSeasonLabel} from './title-labels.js';
import type {ParsedTitle} from './types.js';
import {movieTitle, UNTITLED_SHOW} from './title-shapes.js';

/** A title read by quickTitle: its parse, and for an episode its last segment. */
export interface QuickTitle {
	parsed: ParsedTitle;
	/** The last segment's text (the episode's, suffix and all); null for a movie. */
	last: string | null;
}

/** The separator characters splitTitle trims around a colon (title-segments.ts). */
function isSpace(code: number): boolean {
	return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x20_2f;
}

/** Whether the title's segment boundary at `colon` is exactly `x: y`: no space before it, one plain space after. */
function plainSeparator(raw: string, colon: number): boolean {
	return colon > 0 && !isSpace(raw.charCodeAt(colon - 1)) && raw.charCodeAt(colon + 1) === 0x20 && colon + 2 < raw.length && !isSpace(raw.charCodeAt(colon + 2));
}

/**
 * The parse of `raw` when it has one of the two common shapes, else null. No shows known from other
 * titles are used: this is the first pass's parse (parseSegments without `knownShows`).
 */
export function quickTitle(raw: string): QuickTitle | null {
	const first = raw.indexOf(':');
	if (first === -1) {
		// No separator: parseSegments reads one segment (or none) as a movie.
		return {parsed: movieTitle(raw, true), last: null};
	}

	const second = raw.indexOf(':', first + 1);
	if (second === -1 || raw.indexOf(':', second + 1) !== -1) return null;
	if (!plainSeparator(raw, first) || !plainSeparator(raw, second) || second < first + 3) return null;
	if (isSpace(raw.charCodeAt(0)) || isSpace(raw.charCodeAt(raw.length - 1))) return null;
	const show = raw.slice(0, first);
	// The name given to blank shows (the full parser does not teach it to other titles).
	if (show === UNTITLED_SHOW) return null;
	const label = raw.slice(first + 2, second);
	const match = matchSeasonLabel(label);
	if (!match) return null;
	const last = raw.slice(second + 2);
	const suffix = matchEpisodeSuffix(last);
	if (!suffix) return null;
	const rest = suffix.rest.trimEnd();
	return {
		parsed: {
			raw,
			kind: 'episode',
			show,
			seasonLabel: label,
			seasonNumber: match.number,
			episodeNumber: suffix.number,
			episodeTitle: rest === '' ? null : raw.slice(second + 2, second + 2 + rest.length),
			placed: true,
		},
		last,
	};
}
