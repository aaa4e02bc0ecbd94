/**
 * The matchers built from the keyword lists of the Netflix title encoding (label-words.ts, format reference §5):
 * season labels (`Staffel 2`, `1ª temporada`, `Limited Series`), `(Episode N)` suffixes and bare
 * `Episode 13` segments. Keywords are matched case-insensitively and Unicode-aware.
 */
import {EPISODE_WORDS, SEASON_WORDS, NUMBER_FIRST_SEASON_WORDS, PART_WORDS, VOLUME_WORDS, LIMITED_SERIES, UNNUMBERED_LABELS} from './label-words.js';
import {NUMBER_WORDS, readNumber} from './title-numbers.js';
import {
	isAscii,
	numberAfterWord,
	numberFirstSeason,
	numberThenStop,
	mayOpenWith,
	openingLetters,
	openingLettersOf,
	plainBareEpisode,
	plainEpisodeSuffix,
	wordNumberAfterWord,
} from './label-scan.js';

/** How sure a season label is: `strong` for season words and limited series, `weak` for part/volume/book. */
export type LabelStrength = 'strong' | 'weak';

/** A segment read as a season label. */
export interface SeasonLabelMatch {
	/** The season number (`Season 3B` → 3, `Limited Series` → 1), or null when none can be read. */
	number: number | null;
	/**
	 * `strong` labels (Season, Temporada, Limited Series) beat a shorter show known from other rows;
	 * `weak` ones (Part, Volume, Book) are also common inside episode titles (`She's Leaving Home: Part 2`).
	 */
	strength: LabelStrength;
}

function escapeRegExp(text: string): string {
	return text.replaceAll(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`);
}

/** Longest first, so that `Sezonul` is tried before `Sezon`. */
function alternation(words: readonly string[]): string {
	return [...new Set(words)]
		.sort((a, b) => b.length - a.length)
		.map(escapeRegExp)
		.join('|');
}

// The number token is digits (`シーズン2` needs no space) or, after a space, a run of letters (a roman
// numeral or a number word; a glued one such as `Deli` is a word, not `Del i`). readNumber() decides.
const TOKEN = String.raw`(?:\s*(\d+)|\s+(\p{L}+))`;
const PART_OR_VOLUME = alternation([...PART_WORDS, ...VOLUME_WORDS]);

// `Season 3`, `Season 3B`, `Season 2 Part B`, `Temporada 3 - Parte 1` (compounds keep the season number).
const SEASON_FIRST = new RegExp(String.raw`^(?:${alternation(SEASON_WORDS)})${TOKEN}(?:\s*\p{L}(?!\p{L}))?(?:\s*[-–,]?\s*(?:${PART_OR_VOLUME})\s*(?:\d+|\p{L}+))?$`, 'iu');
// A season number followed by a name: `Season 1 - Secrets of Something`, `Season 4 Crystallized - Part 1`.
// Digits only: `Season of the Witch` or `Season One Finale` are not labels.
const SEASON_NAMED = new RegExp(String.raw`^(?:${alternation(SEASON_WORDS)})\s*(\d+)(?:\s*[-–:]\s*|\s+)\S.*$`, 'iu');
// `2ª temporada`, and `2.ª temporada` as European Portuguese writes the ordinal.
const NUMBER_FIRST = new RegExp(String.raw`^(\d+)\s*(?:\.?\s*(?:ª|º|°)|\.|st|nd|rd|th|er|re|e|ème|a|o)?\s+(?:${alternation([...NUMBER_FIRST_SEASON_WORDS])})$`, 'iu');
// Chinese `第2季`.
const CJK_SEASON = /^第\s*(\d+)\s*季$/u;
const PART_FIRST = new RegExp(`^(?:${PART_OR_VOLUME})${TOKEN}$`, 'iu');
// `2. Kısım`, and Turkish `2. Kitap` (Book 2).
const NUMBER_FIRST_PART = new RegExp(String.raw`^(\d+)\s*(?:ª|º|°|\.|st|nd|rd|th|e|a)?\s+(?:${alternation([...PART_WORDS, 'Kitap'])})$`, 'iu');

const EPISODE_ALTERNATION = alternation(EPISODE_WORDS);
// An episode number: `3`, `#7361`, and long-running shows' `1,093`, `1.093`, `1 089` (French writes a
// narrow no-break space, U+202F, between thousands; `\s` covers it and U+00A0).
const EPISODE_NUMBER = String.raw`#?\s*(\d{1,3}(?:[,.\s]\d{3})+|\d+)`;
// `(Folge 3)`, `(Épisode 3)`, `（第3話）`, `(3화)`; full-width brackets appear in Japanese titles.
const EPISODE_SUFFIX = new RegExp(String.raw`^[(（]\s*(?:(?:${EPISODE_ALTERNATION})\s*${EPISODE_NUMBER}|第\s*(\d+)\s*[話话集回]|(\d+)\s*[화회])\s*[)）]\s*$`, 'iu');
// A segment that is only `Episode 13` (`Money Heist: Part 1: Episode 13`), `Episode #7361`, `Episode One`,
// or opens with the number and a full stop before a name (`Episode 6. The Storm`).
const BARE_EPISODE = new RegExp(String.raw`^(?:(?:${EPISODE_ALTERNATION})\s*(?:${EPISODE_NUMBER}(?:\.\s+\S.*)?|\s(\p{L}+))|第\s*(\d+)\s*[話话集回])$`, 'iu');
// Every branch of BARE_EPISODE opens with an episode word or `第` (whose opening letters are none).
const BARE_EPISODE_OPENERS = openingLettersOf(EPISODE_WORDS);

const MAX_LABEL_LENGTH = 40;

// The commonest limited-series labels, which LIMITED_SERIES matches (read without it, in ASCII).
const COMMON_LIMITED: ReadonlySet<string> = new Set(['limited series', 'miniseries', 'mini-series', 'mini series', 'miniserie']);

/** Which matcher a segment's first word sends it to. */
type Opener = 'number' | 'limited' | 'season' | 'part' | 'unnumbered';

// Every label opens with a digit, `第`, or one of these words. Looking the first word up in a map spares
// the regexes for the many segments that are episode names, and runs only the one regex that can match.
const OPENERS: ReadonlyMap<string, Opener> = new Map<string, Opener>([
	...SEASON_WORDS.map(word => [word.toLowerCase(), 'season'] as const),
	...[...PART_WORDS, ...VOLUME_WORDS].map(word => [word.toLowerCase(), 'part'] as const),
	['limited', 'limited'],
	['limited-series', 'limited'],
	['serie', 'limited'],
	['série', 'limited'],
	['minisarja', 'limited'],
	['special', 'unnumbered'],
	['specials', 'unnumbered'],
]);
const LONGEST_OPENER = Math.max(...[...OPENERS.keys()].map(word => word.length));

/** Where a segment's first word ends: at a space or a digit (`シーズン1` has no space), or past LONGEST_OPENER. */
function openingWordEnd(segment: string): number {
	let end = 0;
	while (end < segment.length && end <= LONGEST_OPENER) {
		const code = segment.charCodeAt(end);
		if (code === 0x20 || code === 0xa0 || (code >= 0x30 && code <= 0x39)) {
			break;
		}

		end++;
	}

	return end;
}

function openerOf(segment: string, end: number): Opener | undefined {
	const first = segment.charCodeAt(0);
	if ((first >= 0x30 && first <= 0x39) || first === 0x7b_2c /* 第 */) {
		return 'number';
	}

	const opener = segment.slice(0, end).toLowerCase();
	if (opener.startsWith('mini')) {
		return 'limited';
	}

	return end <= LONGEST_OPENER ? OPENERS.get(opener) : undefined;
}

function tokenLabel(match: RegExpExecArray | null, strength: LabelStrength): SeasonLabelMatch | null {
	const number = match ? readNumber(match[1] ?? match[2]!) : null;
	return number === null ? null : {number, strength};
}

function unnumbered(segment: string): SeasonLabelMatch | null {
	return UNNUMBERED_LABELS.test(segment) ? {number: null, strength: 'weak'} : null;
}

/** Reads one trimmed title segment as a season label, or returns null. `Chapter …` is never a label. */
export function matchSeasonLabel(segment: string): SeasonLabelMatch | null {
	return seasonLabel(segment, true);
}

/** matchSeasonLabel by its patterns alone, without the hand scanners of label-scan.ts (its test compares the two). */
export function seasonLabelByPattern(segment: string): SeasonLabelMatch | null {
	return seasonLabel(segment, false);
}

function seasonLabel(segment: string, scan: boolean): SeasonLabelMatch | null {
	// The longest keyword label seen is about 25 characters (`Temporada 3 - Parte 1`); a named one such
	// as `Season 1 - Secrets of Something` stays under 40.
	if (segment.length > MAX_LABEL_LENGTH) {
		return null;
	}

	const wordEnd = openingWordEnd(segment);
	switch (openerOf(segment, wordEnd)) {
		case 'limited': {
			return (scan && isAscii(segment) && COMMON_LIMITED.has(segment.toLowerCase())) || LIMITED_SERIES.test(segment) ? {number: 1, strength: 'strong'} : null;
		}

		case 'season': {
			const plain = scan ? numberAfterWord(segment, wordEnd) : -1;
			if (plain !== -1) return {number: plain, strength: 'strong'};
			return scan && numberThenStop(segment, wordEnd) ? null : tokenLabel(SEASON_FIRST.exec(segment) ?? SEASON_NAMED.exec(segment), 'strong');
		}

		case 'part': {
			const plain = scan ? numberAfterWord(segment, wordEnd) : -1;
			const word = plain === -1 && scan ? wordNumberAfterWord(segment, wordEnd) : plain;
			return word !== -1 ? {number: word, strength: 'weak'} : (tokenLabel(PART_FIRST.exec(segment), 'weak') ?? unnumbered(segment));
		}

		case 'unnumbered': {
			return unnumbered(segment);
		}

		case 'number': {
			const plain = scan ? numberFirstSeason(segment) : -1;
			if (plain !== -1) return {number: plain, strength: 'strong'};
			const season = NUMBER_FIRST.exec(segment) ?? CJK_SEASON.exec(segment);
			return season ? tokenLabel(season, 'strong') : tokenLabel(NUMBER_FIRST_PART.exec(segment), 'weak');
		}

		case undefined: {
			return null;
		}
	}
}

/** The `(Episode N)` suffix of a segment: the number and the segment text without it, or null. */
export function matchEpisodeSuffix(segment: string): {number: number; rest: string} | null {
	return plainEpisodeSuffix(segment) ?? episodeSuffixByPattern(segment);
}

/** matchEpisodeSuffix by its pattern alone, without the hand scanner of label-scan.ts (its test compares the two). */
export function episodeSuffixByPattern(segment: string): {number: number; rest: string} | null {
	// Only a segment ending in a bracket can carry the suffix: check before running the regex.
	const trimmed = segment.trimEnd();
	const last = trimmed.charCodeAt(trimmed.length - 1);
	if (last !== 0x29 && last !== 0xff_09) {
		return null;
	}

	const open = Math.max(trimmed.lastIndexOf('('), trimmed.lastIndexOf('（'));
	const match = open === -1 ? null : EPISODE_SUFFIX.exec(trimmed.slice(open));
	if (!match) {
		return null;
	}

	const digits = match[1] ?? match[2] ?? match[3]!;
	return {number: digitsOf(digits), rest: trimmed.slice(0, open).trimEnd()};
}

/** `1,093` / `1 089` → 1093. */
function digitsOf(text: string): number {
	return Number.parseInt(text.replaceAll(/\D/gu, ''), 10);
}

/**
 * The number of a segment that is only an episode word and a number (`Episode 13`, `Capítulo 4`,
 * `Episode One`), or opens with one before a full stop (`Episode 6. The Storm`); null otherwise. A roman
 * numeral is not read (`Star Wars: Episode VIII: …` is a film, see parse-title.ts).
 */
export function matchBareEpisode(segment: string): number | null {
	const letters = openingLetters(segment);
	// Every episode word opens with a letter: a segment opening with an ASCII digit or sign (`2ª temporada`,
	// `1. Sezon`, ≈4,000 of the 250k bench export's segments) cannot match.
	if (letters === '' && segment.charCodeAt(0) < 0x80) return null;
	if (!mayOpenWith(segment, BARE_EPISODE_OPENERS, letters)) return null;
	const plain = plainBareEpisode(segment, letters);
	return plain !== -1 ? plain : bareEpisodeByPattern(segment);
}

/** matchBareEpisode by its pattern alone, without the checks of label-scan.ts (its test compares the two). */
export function bareEpisodeByPattern(segment: string): number | null {
	const match = BARE_EPISODE.exec(segment);
	if (!match) {
		return null;
	}

	if (match[2] !== undefined) {
		return NUMBER_WORDS.get(match[2].toLowerCase()) ?? null;
	}

	return digitsOf(match[1] ?? match[3]!);
}

/**
 * A segment that names a film, not a season: `Naruto Shippuden: The Movie: The Lost Tower`, `Pokémon: The
 * Movie`, and a roman-numbered saga episode (`Star Wars: Episode VIII: The Last Jedi`; a series writes its
 * episode numbers in digits).
 */
const FILM_SEGMENT = /^(?:(?:the\s+)?movie|film|le\s+film|der\s+film|la\s+pel[ií]cula|o\s+filme|il\s+film|episode\s+[ivxl]+)$/iu;
// FILM_SEGMENT's two-word forms in ASCII, by their first word: what the second must be.
const FILM_SECOND_WORDS: ReadonlyMap<string, string> = new Map([
	['the', 'movie'],
	['le', 'film'],
	['der', 'film'],
	['il', 'film'],
	['o', 'filme'],
	['la', 'pelicula'],
]);

const FILM_OPENERS: ReadonlySet<string> = new Set(['movie', 'film', 'episode', ...FILM_SECOND_WORDS.keys()]);

/** Whether a title segment names a film (FILM_SEGMENT); read without the pattern when it is ASCII. */
export function namesFilmSegment(segment: string): boolean {
	if (isAscii(segment)) return asciiFilmSegment(segment.toLowerCase());
	return mayOpenWith(segment, FILM_OPENERS) && FILM_SEGMENT.test(segment);
}

/** FILM_SEGMENT on lowercased ASCII text: one word, or two with a run of whitespace (`\s`: tab to CR, space) between. */
function asciiFilmSegment(text: string): boolean {
	let space = 0;
	while (space < text.length && !isAsciiSpace(text.charCodeAt(space))) space++;
	if (space === text.length) return text === 'movie' || text === 'film';
	let from = space;
	while (from < text.length && isAsciiSpace(text.charCodeAt(from))) from++;
	const second = text.slice(from);
	for (let i = 0; i < second.length; i++) {
		if (isAsciiSpace(second.charCodeAt(i))) return false;
	}

	const first = text.slice(0, space);
	if (first === 'episode') return second !== '' && isRomanLetters(second);
	return FILM_SECOND_WORDS.get(first) === second;
}

function isAsciiSpace(code: number): boolean {
	return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

/** Letters of a roman numeral as FILM_SEGMENT reads them (`[ivxl]+`, lowercased). */
function isRomanLetters(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code !== 0x69 && code !== 0x76 && code !== 0x78 && code !== 0x6c) return false;
	}

	return true;
}

/** namesFilmSegment by its pattern alone (its test compares the two). */
export function filmSegmentByPattern(segment: string): boolean {
	return FILM_SEGMENT.test(segment);
}
