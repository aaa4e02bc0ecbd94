/**
 * The title parser: what show, season and episode one Netflix title names (format reference §5).
 *
 * Shape: `Show: <season label>: Episode title (<episode word> N)`, with colons allowed inside the show
 * (`Avatar: The Last Airbender: Book 1: …`) and inside the episode title (`Grey's Anatomy: Season 11:
 * She's Leaving Home: Part 2 (Episode 23)`). A title parsed alone cannot tell a named season
 * (`The Alienist: Angel of Darkness: …`) from part of the show's name; the title catalog resolves those
 * from sibling titles and passes the shows it knows back in as `knownShows`.
 */
import type {ParsedTitle} from './types.js';
import {matchEpisodeSuffix, matchBareEpisode, matchSeasonLabel, namesFilmSegment, type LabelStrength} from './title-labels.js';
import {episodeNumberOf, episodeTitle, movieTitle, untitledTitle} from './title-shapes.js';
import {rawSpan, type TitleSegment} from './title-segments.js';

/** Where the season label of a title sits. */
interface LabelPosition {
	index: number;
	strength: LabelStrength;
	number: number | null;
}

/**
 * The leftmost segment after the show that reads as a season label. Format quirk: a label counts only when
 * an episode segment follows it, so `The Hangover: Part II` and `Nymphomaniac: Volume 1` stay movies.
 */
function findLabel(segments: readonly TitleSegment[]): LabelPosition | null {
	for (let i = 1; i < segments.length - 1; i++) {
		const match = matchSeasonLabel(segments[i]!.text);
		if (match) {
			return {index: i, strength: match.strength, number: match.number};
		}
	}

	return null;
}

/** True when every separator is exactly `: `, so a segments key equals the raw text it spans. */
function plainSeparators(raw: string, segments: readonly TitleSegment[]): boolean {
	for (let i = 1; i < segments.length; i++) {
		const gap = segments[i - 1]!.end;
		if (segments[i]!.start - gap !== 2 || raw.charCodeAt(gap) !== 0x3a || raw.charCodeAt(gap + 1) !== 0x20) {
			return false;
		}
	}

	return true;
}

/** How many leading segments form the longest show in `knownShows` that prefixes the title (0 for none). */
function knownShowLength(raw: string, segments: readonly TitleSegment[], knownShows: ReadonlySet<string>): number {
	// Callers may hand in names written with NBSP separators, so the raw span is tried as well as the key.
	const plain = plainSeparators(raw, segments);
	let longest = 0;
	let key = '';
	for (let count = 1; count < segments.length; count++) {
		key = count === 1 ? segments[0]!.text : key + ': ' + segments[count - 1]!.text;
		if (knownShows.has(key) || (!plain && knownShows.has(rawSpan(raw, segments, 0, count - 1)))) {
			longest = count;
		}
	}

	return longest;
}

/** True when a segment carries an episode number: `… (Folge 3)` or a bare `Episode 13`. */
function hasEpisodeNumber(segment: TitleSegment): boolean {
	return matchEpisodeSuffix(segment.text) !== null || matchBareEpisode(segment.text) !== null;
}

/** True when a segment after the first names a film (`…: The Movie: …`, `Star Wars: Episode VIII: …`). */
function namesFilm(segments: readonly TitleSegment[]): boolean {
	for (let i = 1; i < segments.length; i++) {
		if (namesFilmSegment(segments[i]!.text)) {
			return true;
		}
	}

	return false;
}

/** True when a segment after `from` (or the last one's suffix) carries an episode number. */
function numberedFrom(segments: readonly TitleSegment[], from: number): boolean {
	return episodeNumberOf(segments, from) !== null;
}

/** The title read with the show known to be its first `showLength` segments. */
function parseWithShow(raw: string, segments: readonly TitleSegment[], showLength: number, repeated: number): ParsedTitle {
	const rest = segments.length - showLength;
	if (rest >= 2) {
		// The segment after the show is the season: a keyword label or a named one (`Stranger Things 3`); a
		// named one of a show whose name has colons is as many segments as the name (`Wild Station: Tokyo 2`).
		return repeated === showLength ? repeatedNameTitle(raw, segments, repeated, true) : episodeTitle(raw, segments, showLength, showLength, true);
	}

	if (hasEpisodeNumber(segments[showLength]!)) {
		return episodeTitle(raw, segments, showLength, null, true);
	}

	// `Black Mirror: Bandersnatch` beside Black Mirror episodes: the reference calls it a movie, but it could
	// as well be a special episode, so it is flagged as a guess.
	return movieTitle(raw, false);
}

/**
 * Parses one title: `Dark: Staffel 2: Geister (Folge 3)` → show `Dark`, season `Staffel 2` (2), episode 3
 * `Geister`. A title without separators is a movie, and so is one that names a film (`Star Wars: Episode
 * VIII: …`, `…: The Movie: …`). A title with `: ` segments that match no season or episode pattern is a
 * guess (`placed: false`): two segments are read as a movie; three or more as show / named season /
 * episode when an episode number says it is an episode, else as a movie (`X: English Title: Y`). A blank
 * show name (`  : 1 : Épisode 1 (Épisode 1)`) goes under UNTITLED_SHOW, unplaced.
 *
 * @param raw The title as written, HIDDEN TITLE prefix already removed.
 * @param knownShows Show names known from other titles (segments joined by `: `); the longest one that
 * prefixes the title decides where the show ends, unless a season keyword (Season, Temporada…) sits
 * further right, as in `Avatar: The Last Airbender: Book 1: …`.
 */
export function parseSegments(raw: string, segments: readonly TitleSegment[], knownShows?: ReadonlySet<string>): ParsedTitle {
	if (isUntitled(raw)) {
		// The 2025 French layout sometimes leaves the show's name out: `  : 1 : Épisode 1 (Épisode 1)`.
		return untitledTitle(raw, segments);
	}

	if (segments.length <= 1) {
		return movieTitle(raw, true);
	}

	const label = findLabel(segments);
	// `Avatar - A lenda de Aang: Avatar - A lenda de Aang: Livro 1: …`: the Portuguese titles write the show
	// twice before the label; it is one show.
	if (label && label.index === 2 && segments[0]!.text.toLowerCase() === segments[1]!.text.toLowerCase()) {
		return episodeTitle(raw, segments, 1, 2, true, label.number);
	}

	const known = knownShows && knownShows.size > 0 ? knownShowLength(raw, segments, knownShows) : 0;
	const repeated = repeatedNameLength(segments);
	// `Last Lantern: Lima: Last Lantern: Lima 2: …` beside a show `Last Lantern`: the title repeats a longer
	// name with a number, its own show's, whose keyword seasons may not be in the export.
	if (known > 0 && repeated > known && !label) {
		return repeatedNameTitle(raw, segments, repeated, true);
	}
	// A weak label (Part, Volume, Book) right of a known show is more likely part of an episode name
	// (`The Alienist: Angel of Darkness: Part 2: Hunt`), unless an episode number follows it: then the
	// segments before it are the show (`Money Heist: From Tokyo to Berlin: Volume 1: Episode 1` beside
	// `Money Heist: Part 1: …`, `Fullmetal Alchemist: Brotherhood: Part 1: … (Episode 1)`).
	if (known > 0 && (!label || known >= label.index || (label.strength === 'weak' && !numberedFrom(segments, label.index + 1)))) {
		return parseWithShow(raw, segments, known, repeated);
	}

	if (label) {
		return episodeTitle(raw, segments, label.index, label.index, true, label.number);
	}

	if (namesFilm(segments)) {
		return movieTitle(raw, true);
	}

	const last = segments.at(-1)!;
	if (segments.length === 2) {
		if (hasEpisodeNumber(last)) {
			// `Show: Pilot (Episode 1)`: an episode of a show without seasons.
			return episodeTitle(raw, segments, 1, null, true);
		}

		// `The Hangover: Part II` is a sequel, surely a movie; `Spider-Man: Into the Spider-Verse` is a guess.
		return movieTitle(raw, matchSeasonLabel(last.text) !== null);
	}

	const numbered = numberedFrom(segments, 1);
	if (!numbered && repeated === 0 && matchSeasonLabel(last.text) !== null) {
		// `The Hunger Games: Mockingjay: Part 1`: a label with nothing after it ends a movie's name (not after
		// a named season repeating the show's name: `Lost Archive: Lost Archive 2: Pilot: Part 1` is an episode).
		return movieTitle(raw, true);
	}

	if (!numbered && repeated === 0) {
		// `LEGO: Marvel Super Heroes: Maximum Overload`, `X: English Title: Y`: no label and no episode number,
		// so nothing says this is a series. Taken for a film (a guess); the catalog makes it an episode when
		// sibling titles share its first segments.
		return movieTitle(raw, false);
	}

	// Three or more segments and an episode number but no label: most likely show / named season / episode,
	// the season repeating the show's name when the show's name has colons (`Wild Station: Tokyo: Wild
	// Station: Tokyo 2: …`). A guess all the same: the catalog places it from its sibling titles.
	return repeated > 0 ? repeatedNameTitle(raw, segments, repeated, false) : episodeTitle(raw, segments, 1, 1, false);
}

/** `Stranger Things 3` after `Stranger Things`: a named season that repeats the show's name with a number. */
export function isNameAndNumber(segment: string | undefined, name: string): boolean {
	return segment?.startsWith(`${name} `) === true && /^\d{1,2}$/.test(segment.slice(name.length + 1));
}

/**
 * How many leading segments are a show's name that the title then repeats with a number, as its named
 * season, with an episode after it: 1 for `Stranger Things: Stranger Things 3: …`, 2 for `Wild Station:
 * Tokyo: Wild Station: Tokyo 2: …` (a show whose name has a colon); 0 when the title is not so shaped.
 */
export function repeatedNameLength(segments: readonly TitleSegment[]): number {
	for (let k = 1; 2 * k < segments.length; k++) {
		let same = true;
		for (let j = 0; j < k - 1 && same; j++) same = segments[k + j]!.text === segments[j]!.text;
		if (same && isNameAndNumber(segments[2 * k - 1]!.text, segments[k - 1]!.text)) return k;
	}
	return 0;
}

/** The title read as its first `length` segments (the show) repeated with a number (its named season), then the episode. */
export function repeatedNameTitle(raw: string, segments: readonly TitleSegment[], length: number, placed: boolean): ParsedTitle {
	return episodeTitle(raw, segments, length, length, placed, undefined, 2 * length - 1);
}

/** True when the title opens with a separator: the show's name is blank. */
export function isUntitled(raw: string): boolean {
	for (let i = 0; i < raw.length; i++) {
		const code = raw.charCodeAt(i);
		if (code === 0x3a) {
			const next = raw.charCodeAt(i + 1);
			return next === 0x20 || next === 0xa0 || next === 0x20_2f || next === 0x09;
		}

		if (code !== 0x20 && code !== 0xa0 && code !== 0x20_2f && code !== 0x09) {
			return false;
		}
	}

	return false;
}
