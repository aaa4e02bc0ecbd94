/**
 * Building a ParsedTitle once the parser (or the catalog) has decided where the show ends and where the
 * season label sits. Shared by parseTitle() and the catalog's sibling resolution.
 */
import type {ParsedTitle} from './types.js';
import {matchBareEpisode, matchEpisodeSuffix, matchSeasonLabel} from './title-labels.js';
import {readNumber} from './title-numbers.js';
import {rawSpan, type TitleSegment} from './title-segments.js';

/** A title read as a movie: the whole title is the "show". */
export function movieTitle(raw: string, placed: boolean): ParsedTitle {
	return {
		raw,
		kind: 'movie',
		show: raw.trim(),
		seasonLabel: null,
		seasonNumber: null,
		episodeNumber: null,
		episodeTitle: null,
		placed,
	};
}

/** The show name given to titles whose show name is blank (`  : 1 : Épisode 1 (Épisode 1)`). */
export const UNTITLED_SHOW = '(untitled)';

/**
 * A title with a blank show name (the 2025 French layout: `  : 1 : Épisode 1 (Épisode 1)`), grouped under
 * UNTITLED_SHOW and left unplaced so that `doctor` lists it. A bare number before the episode is its season.
 */
export function untitledTitle(raw: string, segments: readonly TitleSegment[]): ParsedTitle {
	const first = segments[0];
	const seasonLabel = segments.length >= 2 && first ? first.text : null;
	const seasonNumber = seasonLabel === null ? null : /^\d{1,3}$/.test(seasonLabel) ? Number(seasonLabel) : (matchSeasonLabel(seasonLabel)?.number ?? null);
	const from = seasonLabel === null ? 0 : 1;
	const last = segments.at(-1);
	const suffix = last ? matchEpisodeSuffix(last.text) : null;
	let title: string | null = null;
	if (last && from < segments.length) {
		const end = suffix && suffix.rest !== '' ? last.start + suffix.rest.length : last.end;
		title = end > segments[from]!.start ? raw.slice(segments[from]!.start, end) : null;
	}

	return {
		raw,
		kind: 'episode',
		show: UNTITLED_SHOW,
		seasonLabel,
		seasonNumber,
		episodeNumber: suffix ? suffix.number : bareEpisodeNumber(segments, from),
		episodeTitle: title,
		placed: false,
	};
}

/**
 * The season number of a label: from the keyword (`Staffel 2`, `Book One`, `Limited Series` → 1), else from a
 * named season that repeats the show's name with a number (`Stranger Things: Stranger Things 3`), else null.
 */
export function seasonNumberOf(label: string, show: string): number | null {
	const keyword = matchSeasonLabel(label);
	if (keyword) {
		return keyword.number;
	}

	if (label.length > show.length + 1 && label.slice(0, show.length + 1).toLowerCase() === show.toLowerCase() + ' ') {
		return readNumber(label.slice(show.length + 1).trim());
	}

	return null;
}

/** The `(Episode N)` number on the last segment, or the first bare `Episode 13` segment from `from` on. */
export function episodeNumberOf(segments: readonly TitleSegment[], from: number): number | null {
	const last = segments.at(-1);
	const suffix = last ? matchEpisodeSuffix(last.text) : null;
	return suffix ? suffix.number : bareEpisodeNumber(segments, from);
}

function bareEpisodeNumber(segments: readonly TitleSegment[], from: number): number | null {
	for (let i = Math.max(from, 0); i < segments.length; i++) {
		const bare = matchBareEpisode(segments[i]!.text);
		if (bare !== null) {
			return bare;
		}
	}

	return null;
}

/**
 * A title read as an episode: the show is segments `[0, showLength)`; `seasonIndex` is the segment holding
 * the season label (null when the title names no season); everything after is the episode title, colons
 * and all (`She's Leaving Home: Part 2`), with its `(Episode N)` suffix cut off. `labelNumber` is the
 * season number when the caller already read the label (saves a second match on the catalog's hot path).
 * `seasonEnd`: the label's last segment when it has several, as a named season repeating a show whose name
 * has colons (`Wild Station: Tokyo: Wild Station: Tokyo 2: …`, label `Wild Station: Tokyo 2`).
 */
export function episodeTitle(
	raw: string,
	segments: readonly TitleSegment[],
	showLength: number,
	seasonIndex: number | null,
	placed: boolean,
	labelNumber?: number | null,
	seasonEnd?: number,
): ParsedTitle {
	const show = rawSpan(raw, segments, 0, showLength - 1);
	const end = seasonEnd ?? seasonIndex;
	const seasonLabel = seasonIndex === null ? null : end! > seasonIndex ? rawSpan(raw, segments, seasonIndex, end!) : segments[seasonIndex]!.text;
	const firstEpisode = end === null ? showLength : end + 1;
	const last = segments.at(-1)!;
	const suffix = matchEpisodeSuffix(last.text);
	let title: string | null = null;
	if (firstEpisode < segments.length) {
		// A last segment that is only `(Episode 3)` leaves its separator behind: end at the previous segment.
		const rest = suffix ? suffix.rest.trimEnd() : last.text;
		const lastEnd = rest !== '' ? last.start + rest.length : segments.length - 2 >= firstEpisode ? segments.at(-2)!.end : -1;
		title = lastEnd > segments[firstEpisode]!.start ? raw.slice(segments[firstEpisode]!.start, lastEnd) : null;
	}

	return {
		raw,
		kind: 'episode',
		show,
		seasonLabel,
		seasonNumber: seasonLabel === null ? null : labelNumber === undefined ? seasonNumberOf(seasonLabel, show) : labelNumber,
		episodeNumber: suffix ? suffix.number : bareEpisodeNumber(segments, firstEpisode),
		episodeTitle: title,
		placed,
	};
}
