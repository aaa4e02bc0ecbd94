/**
 * Hand scanners for the commonest shapes of a season label and an episode suffix: `Season 2`, `2. Sezon`,
 * `(Episode 4)`. title-labels.ts tries them before its patterns. Each accepts only text its pattern also
 * matches, and reads the same number from it; anything else (`Season 3B`, `Staffel\u00a02`, `(Episode
 * 1,093)`, `（第3話）`) gets null and goes to the pattern. Why: a command parses each distinct title once,
 * before V8 has optimised anything, and the `iu` patterns with their long word lists cost most there
 * (test/model/label-scan.test.ts holds both to the same answers). `mayOpenWith` and `isAscii`
 * let a pattern be skipped when the text cannot match it, so that a pattern no title of the export
 * needs is never compiled (V8 compiles each `iu` pattern on its first use, and again, natively, on its
 * second: ICU's case closure of every letter of the word lists).
 */
import {EPISODE_WORDS, NUMBER_FIRST_SEASON_WORDS} from './label-words.js';
import {readNumber} from './title-numbers.js';

const EPISODE_WORD_SET: ReadonlySet<string> = new Set(EPISODE_WORDS.map(word => word.toLowerCase()));
const NUMBER_FIRST_WORD_SET: ReadonlySet<string> = new Set(NUMBER_FIRST_SEASON_WORDS.map(word => word.toLowerCase()));

function isDigit(code: number): boolean {
	return code >= 0x30 && code <= 0x39;
}

/**
 * The number of a label that is its opening word (ending at `wordEnd`), plain spaces and ASCII digits to
 * its end (`Season 2`, `Part 1`, `シーズン2`); -1 for any other shape.
 */
export function numberAfterWord(segment: string, wordEnd: number): number {
	let i = wordEnd;
	while (i < segment.length && segment.charCodeAt(i) === 0x20) i++;
	const from = i;
	while (i < segment.length && isDigit(segment.charCodeAt(i))) i++;
	if (i === from || i !== segment.length) return -1;
	return Number.parseInt(segment.slice(from), 10);
}

/**
 * Whether a label opening with a season word (ending at `wordEnd`) cannot be one: plain spaces, ASCII
 * digits, then an ASCII character that is none of what the season patterns go on with after a number
 * (whitespace, a letter, `-`, `,`, `:`), as in the extra `Season 1_hook_primary_16x9`.
 */
export function numberThenStop(segment: string, wordEnd: number): boolean {
	let i = wordEnd;
	while (i < segment.length && segment.charCodeAt(i) === 0x20) i++;
	const from = i;
	while (i < segment.length && isDigit(segment.charCodeAt(i))) i++;
	if (i === from || i === segment.length) return false;
	const code = segment.charCodeAt(i);
	const letter = (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
	return code < 0x80 && !letter && code !== 0x20 && (code < 0x09 || code > 0x0d) && code !== 0x2d && code !== 0x2c && code !== 0x3a;
}

/**
 * The number of `Book One`, `Part Two`, `Teil III`: the opening word (ending at `wordEnd`), one space, and
 * ASCII letters to the end that `readNumber` reads; -1 for any other shape or a word that is no number.
 */
export function wordNumberAfterWord(segment: string, wordEnd: number): number {
	if (segment.charCodeAt(wordEnd) !== 0x20 || wordEnd + 1 >= segment.length) return -1;
	for (let i = wordEnd + 1; i < segment.length; i++) {
		const code = segment.charCodeAt(i) | 0x20;
		if (code < 0x61 || code > 0x7a) return -1;
	}

	return readNumber(segment.slice(wordEnd + 1)) ?? -1;
}

/** The season number of `2. Sezon`, `1ª temporada` or `3º temporada`: digits, `.`/`ª`/`º`, one space, a season word; -1 else. */
export function numberFirstSeason(segment: string): number {
	let i = 0;
	while (i < segment.length && isDigit(segment.charCodeAt(i))) i++;
	if (i === 0) return -1;
	const mark = segment.charCodeAt(i);
	if ((mark !== 0x2e && mark !== 0xaa && mark !== 0xba) || segment.charCodeAt(i + 1) !== 0x20) return -1;
	return NUMBER_FIRST_WORD_SET.has(segment.slice(i + 2).toLowerCase()) ? Number.parseInt(segment.slice(0, i), 10) : -1;
}

/**
 * A segment ending in `(<episode word> <digits>)` exactly (one space, no thousands separator, ASCII
 * brackets): the number and the text before the bracket. Null for any other ending.
 */
export function plainEpisodeSuffix(segment: string): {number: number; rest: string} | null {
	const close = segment.length - 1;
	if (segment.charCodeAt(close) !== 0x29) return null;
	let i = close;
	while (i > 0 && isDigit(segment.charCodeAt(i - 1))) i--;
	const digits = i;
	if (digits === close || segment.charCodeAt(digits - 1) !== 0x20) return null;
	const wordEnd = digits - 1;
	i = wordEnd;
	for (;;) {
		if (i === 0) return null;
		const code = segment.charCodeAt(i - 1);
		if (code === 0x28) break;
		// A space, a tab or another bracket inside: not one word in one pair of brackets.
		if (code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x29 || code === 0xff_08 || code === 0xff_09) return null;
		i--;
	}
	if (i === wordEnd || !EPISODE_WORD_SET.has(segment.slice(i, wordEnd).toLowerCase())) return null;
	return {number: Number.parseInt(segment.slice(digits, close), 10), rest: segment.slice(0, i - 1).trimEnd()};
}

/** The ASCII letters `text` opens with, lowercased (`Season 2` → `season`, `Ep. 3` → `ep`, `Bölüm` → `b`). */
export function openingLetters(text: string): string {
	let end = 0;
	while (end < text.length) {
		const code = text.charCodeAt(end) | 0x20;
		if (code < 0x61 || code > 0x7a) break;
		end++;
	}

	return text.slice(0, end).toLowerCase();
}

/**
 * The opening letters (openingLetters) of a word list's entries, for mayOpenWith: `Episode` → `episode`,
 * `Ep.` → `ep`, `Bölüm` → `b`, `Épisode` → ``.
 */
export function openingLettersOf(words: readonly string[]): ReadonlySet<string> {
	return new Set(words.map(openingLetters));
}

/**
 * Whether `text` may open with one of the words whose opening letters are `starts` (openingLettersOf), as
 * a case-insensitive pattern anchored at the start reads them, each word followed by something that is
 * not a letter (`\s`, a digit, `.`, the end). The text's opening letters must then be some word's own:
 * a shorter run leaves a letter of the word unmatched, a longer one a letter where the word has ended or
 * goes on with a non-ASCII letter or `.`. Only ſ and the Kelvin sign, which such a pattern matches to `s`
 * and `k`, can stand for an ASCII letter: after them nothing is decided here.
 */
export function mayOpenWith(text: string, starts: ReadonlySet<string>, letters: string = openingLetters(text)): boolean {
	const next = text.charCodeAt(letters.length);
	return next === 0x17f || next === 0x212a || starts.has(letters);
}

/** The text before the first non-ASCII character of `text` (all of it when there is none), lowercased. */
export function asciiLead(text: string): string {
	let end = 0;
	while (end < text.length && text.charCodeAt(end) < 0x80) end++;
	return text.slice(0, end).toLowerCase();
}

/** True when every character of `text` is ASCII. */
export function isAscii(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		if (text.charCodeAt(i) >= 0x80) return false;
	}

	return true;
}

/**
 * The number of a bare episode segment in its commonest shape, an ASCII episode word, one space and
 * ASCII digits to the end (`Episode 13`, `Folge 4`); -1 for any other shape.
 */
export function plainBareEpisode(segment: string, word: string = openingLetters(segment)): number {
	const from = word.length + 1;
	if (from >= segment.length || segment.charCodeAt(word.length) !== 0x20 || !EPISODE_WORD_SET.has(word)) return -1;
	for (let i = from; i < segment.length; i++) {
		if (!isDigit(segment.charCodeAt(i))) return -1;
	}

	return Number.parseInt(segment.slice(from), 10);
}
