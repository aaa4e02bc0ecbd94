/**
 * The commonest title shapes, read in one scan without segment objects: a title without a separator (a
 * movie); `Show: <season label>: Episode title (<episode word> N)`, colons in the episode title and
 * French ` : ` separators too; and the two- and three-segment titles that the parser reads as movies
 * (`Show: Season 2`, `Show: Berlin: Season 2`, `Spider-Man: Into the Spider-Verse`). Together ≈90% of the
 * distinct titles of an export. Each gives exactly what parseSegments gives, and the same extra check
 * (test/model/title-quick.test.ts holds them to both); every other title gets null and goes to the full
 * parser. Why: a command parses each distinct title once, before V8 has optimised anything, and the full
 * parser's calls and segment objects were most of that time; it now runs for the other titles only.
 */
import {isExtraOfParts, isExtraTitle} from './extras.js';
import {isNameAndNumber} from './parse-title.js';
import {matchBareEpisode, matchEpisodeSuffix, matchSeasonLabel, namesFilmSegment, type SeasonLabelMatch} from './title-labels.js';
import type {ParsedTitle} from './types.js';
import {movieTitle, UNTITLED_SHOW} from './title-shapes.js';

/** A title read by quickTitle: its parse, whether it names an extra, and what show it teaches. */
export interface QuickTitle {
	parsed: ParsedTitle;
	/** isExtraTitle of the title. */
	extra: boolean;
	/**
	 * The segments key of the show a placed episode teaches the first pass (its show's segments joined by
	 * `: `), or null when it teaches none (a movie; a two-segment show behind a weak label).
	 */
	teaches: string | null;
	/** The title's first segment. */
	first: string;
}

/** The separator characters splitTitle trims around a colon (title-segments.ts). */
function isSpace(code: number): boolean {
	return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x20_2f;
}

/** The most segments quickTitle reads; a longer title goes to the full parser. */
const MOST_SEGMENTS = 8;
/** Start and end of each segment of the title being read (reused: no objects per title). */
const bounds = new Int32Array(MOST_SEGMENTS * 2);

/**
 * Splits `raw` into `bounds` as splitTitle splits it (a separator is a colon followed by spaces, the
 * spaces before it trimmed), and returns how many segments it has; -1 when splitTitle would have more
 * to do (a space at either end of the title, an empty segment) or there are more than MOST_SEGMENTS.
 */
function splitBounds(raw: string): number {
	const length = raw.length;
	if (isSpace(raw.charCodeAt(0)) || isSpace(raw.charCodeAt(length - 1))) return -1;
	let count = 0;
	let from = 0;
	for (let colon = raw.indexOf(':'); colon !== -1; colon = raw.indexOf(':', colon + 1)) {
		let after = colon + 1;
		while (after < length && isSpace(raw.charCodeAt(after))) after++;
		if (after === colon + 1) continue;
		let end = colon;
		while (end > from && isSpace(raw.charCodeAt(end - 1))) end--;
		if (end === from || count === MOST_SEGMENTS - 1) return -1;
		bounds[count * 2] = from;
		bounds[count * 2 + 1] = end;
		count++;
		from = after;
	}
	if (from >= length) return -1;
	bounds[count * 2] = from;
	bounds[count * 2 + 1] = length;
	return count + 1;
}

/** The text of segment `i` of the title last split. */
function segment(raw: string, i: number): string {
	return raw.slice(bounds[i * 2]!, bounds[i * 2 + 1]!);
}

/**
 * The parse of `raw` when it has one of the common shapes, else null. No shows known from other titles
 * are used: this is the first pass's parse (parseSegments without `knownShows`), whose steps it follows.
 */
export function quickTitle(raw: string): QuickTitle | null {
	if (raw.indexOf(':') === -1) {
		// No separator: parseSegments reads one segment (or none) as a movie.
		return {parsed: movieTitle(raw, true), extra: isExtraTitle(raw), teaches: null, first: raw};
	}

	const count = splitBounds(raw);
	if (count === -1) return null;
	const first = segment(raw, 0);
	const last = segment(raw, count - 1);
	const extra = isExtraOfParts(raw, count, first, last);
	if (count === 1) return {parsed: movieTitle(raw, true), extra, teaches: null, first};
	// The name given to blank shows (the full parser does not teach it to other titles).
	if (first === UNTITLED_SHOW) return null;
	if (count === 2) {
		// No label can sit between the show and an episode: a film's segment, or an episode without seasons
		// (left to the full parser), or a movie, placed when it ends on a label (`The Hangover: Part II`).
		if (namesFilmSegment(last)) return {parsed: movieTitle(raw, true), extra, teaches: null, first};
		if (matchEpisodeSuffix(last) !== null || matchBareEpisode(last) !== null) return null;
		return {parsed: movieTitle(raw, matchSeasonLabel(last) !== null), extra, teaches: null, first};
	}

	const second = segment(raw, 1);
	const label = matchSeasonLabel(second);
	if (label !== null) return labelled(raw, count, 1, first, second, label, last, extra);
	if (count > 3) {
		// A show of two segments (`Money Heist: Korea: Part 1: …`), unless the show's name is written twice
		// (`Avatar - A lenda de Aang: Avatar - A lenda de Aang: Livro 1: …`: the full parser's).
		const third = segment(raw, 2);
		const later = matchSeasonLabel(third);
		if (later === null || first.toLowerCase() === second.toLowerCase()) return null;
		return labelled(raw, count, 2, first, third, later, last, extra);
	}
	// Three segments, no label: a film's segment, an episode number (left to the full parser), a label at
	// the end (`The Hunger Games: Mockingjay: Part 1`), a named season repeating the show (full parser), or a guess.
	if (namesFilmSegment(second) || namesFilmSegment(last)) return {parsed: movieTitle(raw, true), extra, teaches: null, first};
	if (matchEpisodeSuffix(last) !== null || matchBareEpisode(second) !== null || matchBareEpisode(last) !== null) return null;
	if (isNameAndNumber(second, first)) return null;
	if (matchSeasonLabel(last) !== null) return {parsed: movieTitle(raw, true), extra, teaches: null, first};
	return {parsed: movieTitle(raw, false), extra, teaches: null, first};
}

/**
 * A title whose label is segment `at` (1 or 2), the first label of the title: episodeTitle(raw,
 * segments, at, at, true) of title-shapes.ts. The show is the segments before the label; the episode title
 * runs from the segment after it to the end, its `(Episode N)` suffix cut off; without a suffix, the
 * episode number is the first bare `Episode 13` segment after the label.
 */
function labelled(raw: string, count: number, at: 1 | 2, first: string, label: string, match: SeasonLabelMatch, last: string, extra: boolean): QuickTitle {
	const suffix = matchEpisodeSuffix(last);
	const lastStart = bounds[(count - 1) * 2]!;
	const episodeStart = bounds[(at + 1) * 2]!;
	let end: number;
	let episodeNumber: number | null = null;
	if (suffix) {
		const rest = suffix.rest.trimEnd();
		// A last segment that is only `(Episode 3)` leaves its separator behind: end at the previous segment.
		end = rest !== '' ? lastStart + rest.length : count - 2 >= at + 1 ? bounds[(count - 2) * 2 + 1]! : -1;
		episodeNumber = suffix.number;
	} else {
		end = bounds[(count - 1) * 2 + 1]!;
		for (let i = at + 1; i < count && episodeNumber === null; i++) episodeNumber = matchBareEpisode(i === count - 1 ? last : segment(raw, i));
	}
	const show = at === 1 ? first : raw.slice(0, bounds[3]!);
	// A one-segment show always teaches; a longer one only behind a strong label (title-first-pass.ts).
	const teaches = at === 1 ? first : match.strength === 'strong' ? `${first}: ${segment(raw, 1)}` : null;
	return {
		parsed: {
			raw,
			kind: 'episode',
			show,
			seasonLabel: label,
			seasonNumber: match.number,
			episodeNumber,
			episodeTitle: end > episodeStart ? raw.slice(episodeStart, end) : null,
			placed: true,
		},
		extra,
		teaches,
		first,
	};
}
