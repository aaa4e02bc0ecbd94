/**
 * Every distinct title of an export, parsed once, with named seasons resolved from sibling titles
 * (format reference §5): `Stranger Things: Stranger Things 3: Chapter One: …` beside
 * `Stranger Things: Season 1: …`, or `The Alienist: Angel of Darkness: …` beside more of its episodes.
 * Made from the titles' first pass (title-first-pass.ts): a title is parsed again here only when the
 * shows other titles name may change its reading.
 */
import type {ParsedTitle} from './types.js';
import {parseSegments, repeatedNameLength, repeatedNameTitle} from './parse-title.js';
import {matchSeasonLabel} from './title-labels.js';
import {episodeNumberOf, episodeTitle, movieTitle, UNTITLED_SHOW} from './title-shapes.js';
import {segmentsKey, splitTitle, type TitleSegment} from './title-segments.js';
import type {FirstPass} from './title-first-pass.js';

/** The parsed titles of one export. */
export interface TitleCatalog {
	/**
	 * Titles the parser had to guess (`placed: false`), in first-seen order, leaving out extras recognised
	 * by their title (isExtraTitle); `doctor` lists them.
	 */
	readonly unplaced: readonly string[];
	/** Number of distinct titles. */
	readonly size: number;
	/** The parse of each title the catalog was made of, in that order. */
	readonly parses: readonly ParsedTitle[];
	/** Per title the catalog was made of: 1 when it names an extra (isExtraTitle). */
	readonly extra: Uint8Array;
}

/** A title still unresolved after the keyword and known-show passes: its index, text and segments. */
interface Pending {
	index: number;
	raw: string;
	segments: TitleSegment[];
}

/**
 * Whether a title may read differently once the shows of other titles are known: every guess, and an
 * episode whose multi-segment show ends before a weak label (`Show: Named Season: Part 2: …`).
 */
function mayBeHelped(parsed: ParsedTitle): boolean {
	if (!parsed.placed) {
		return true;
	}

	return parsed.seasonLabel !== null && parsed.show.includes(':') && matchSeasonLabel(parsed.seasonLabel)?.strength === 'weak';
}

/** How many leading segments all titles of a group share. */
function commonLeadingSegments(group: readonly Pending[]): number {
	const first = group[0]!.segments;
	let common = first.length;
	for (const {segments} of group) {
		let i = 0;
		while (i < common && i < segments.length && segments[i]!.text === first[i]!.text) {
			i++;
		}

		common = i;
	}

	return common;
}

/**
 * Titles sharing a first segment and no keyword: the show is their common leading segments, but it leaves
 * every title at least a season segment and an episode segment, since Netflix always names the season
 * (`X: Y: a`, `X: Y: b`, `X: Z: c` → show `X`, seasons `Y` and `Z`).
 */
function resolveGroup(group: readonly Pending[], into: ParsedTitle[], shows: Set<string>, numberedShows: Set<string>): void {
	let shortest = Number.POSITIVE_INFINITY;
	for (const {segments} of group) {
		shortest = Math.min(shortest, segments.length);
	}

	// `Stranger Things: Stranger Things 3: …`: a second segment that is the show's name and a number is
	// a named season even when every sibling shares it (an export holding one season only); so are the
	// segments after a show whose name has colons, repeated with a number (`Wild Station: Tokyo: Wild
	// Station: Tokyo 2: …`).
	const repeated = repeatedNameLength(group[0]!.segments);
	const numbered = repeated > 0 && group.every(({segments}, i) => i === 0 || repeatedNameLength(segments) === repeated);
	const common = commonLeadingSegments(group);
	// `Demon Slayer: Kimetsu no Yaiba: Cruelty (Episode 1)` beside `Demon Slayer: Kimetsu no Yaiba:
	// Entertainment District Arc: … (Episode 1)`: numbered episodes right after the shared segments, and
	// longer titles that name a season there. The shared segments are the show; the short titles have no season.
	const seasonless =
		!numbered &&
		common >= 2 &&
		group.some(({segments}) => segments.length === common + 1 && episodeNumberOf(segments, common) !== null) &&
		group.some(({segments}) => segments.length >= common + 2);
	if (seasonless) {
		const show = segmentsKey(group[0]!.segments, common);
		shows.add(show);
		for (const {index, raw, segments} of group) {
			into[index] = episodeTitle(raw, segments, common, segments.length === common + 1 ? null : common, true);
			if (into[index].episodeNumber !== null) numberedShows.add(show);
		}

		return;
	}

	const showLength = numbered ? repeated : Math.max(1, Math.min(common, shortest - 2));
	const show = segmentsKey(group[0]!.segments, showLength);
	shows.add(show);
	for (const {index, raw, segments} of group) {
		into[index] = numbered ? repeatedNameTitle(raw, segments, repeated, true) : episodeTitle(raw, segments, showLength, showLength, true);
		if (into[index].episodeNumber !== null) numberedShows.add(show);
	}
}

/**
 * The catalog of distinct `titles` from their first pass (each title parsed alone): named seasons
 * resolved from sibling titles, first with the longest show already known from keyworded titles, then
 * by grouping the remaining titles on their first segment. Linear (maps keyed by segment text).
 */
export function catalogOf(titles: readonly string[], first: FirstPass): TitleCatalog {
	const steps = catalogSteps(titles, first);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/** Titles looked at between two steps of catalogSteps (a mask: 2^9 − 1). */
const TITLES_PER_STEP = 0x1ff;

/** catalogOf a few hundred titles at a time: the explorer reads keys between the steps. */
export function* catalogSteps(titles: readonly string[], first: FirstPass): Generator<void, TitleCatalog, void> {
	const parses = first.parsed.slice();
	const {knownShows, knownFirstSegments} = first;
	const groups = new Map<string, Pending[]>();
	const twoSegmentMovies: Pending[] = [];
	for (let index = 0; index < parses.length; index++) {
		if ((index & TITLES_PER_STEP) === TITLES_PER_STEP) yield;
		const result = parses[index]!;
		if (!mayBeHelped(result) || result.show === UNTITLED_SHOW) {
			continue;
		}

		const raw = titles[index]!;
		const segments = splitTitle(raw);
		if (knownFirstSegments.has(segments[0]!.text)) {
			const again = parseSegments(raw, segments, knownShows);
			// No known show prefixes the title after all (`Avatar: The Way of Water` beside `Avatar: The Last
			// Airbender`): fall through to the sibling rules below.
			if (again.show !== result.show || again.placed !== result.placed || again.seasonLabel !== result.seasonLabel) {
				parses[index] = again;
				continue;
			}
		}

		// An extra by its title (`Frozen Circuit: Lagos: Season 1_hook_primary_16x9`) is shown as an extra: it
		// must not make a show of its first segment for the titles beside it (two such hooks made the movie
		// `Frozen Circuit: Tokyo` an episode of a show `Frozen Circuit`).
		if (result.placed || first.extra[index] !== 0) {
			continue;
		}

		if (segments.length === 2) {
			twoSegmentMovies.push({index, raw, segments});
		} else {
			const key = segments[0]!.text;
			const group = groups.get(key);
			if (group) {
				group.push({index, raw, segments});
			} else {
				groups.set(key, [{index, raw, segments}]);
			}
		}
	}

	let resolved = 0;
	for (const group of groups.values()) {
		if ((++resolved & TITLES_PER_STEP) === 0) yield;
		// A lone `A: B: c` stays a guess: nothing tells a named season from a colon in the show's name.
		if (group.length >= 2) {
			resolveGroup(group, parses, knownShows, first.numberedShows);
		}
	}

	// `A: B` with no show of that name is taken for a movie (`Spider-Man: Into the Spider-Verse`). Beside a
	// show whose episodes carry numbers it stays a guess, as `Black Mirror: Bandersnatch` does. Beside a show
	// whose titles never do (the simple download, NetflixViewingHistory.csv, writes no `(Episode N)`), it is
	// an episode of that show without a season: `Show: Episode title`.
	for (const {index, raw, segments} of twoSegmentMovies) {
		const show = segments[0]!.text;
		if (!knownShows.has(show)) {
			parses[index] = movieTitle(raw, true);
		} else if (!first.numberedShows.has(show)) {
			parses[index] = episodeTitle(raw, segments, 1, null, true);
		}
	}

	// A hook such as `Dark: Season 1_hook_primary_16x9` is shown as an extra, so its parse is no concern.
	const unplaced = titles.filter((_, i) => !parses[i]!.placed && first.extra[i] === 0);
	return {
		unplaced,
		size: titles.length,
		parses,
		extra: first.extra,
	};
}
