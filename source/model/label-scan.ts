/**
 * Hand scanners for the commonest shapes of a season label and an episode suffix: `Season 2`, `2. Sezon`,
 * `(Episode 4)`. title-labels.ts tries them before its patterns. Each accepts only text its pattern also
 * matches, and reads the same number from it; anything else (`Season 3B`, `Staffel\u00a02`, `(Episode
 * 1,093)`, `（第3話）`) gets null and goes to the pattern. Why: a command parses each distinct title once,
 * before V8 has optimised anything, and the `iu` patterns with their long word lists cost most there
 * (test/model/label-scan.test.ts holds both to the same answers).
 */
import {EPISODE_WORDS, NUMBER_FIRST_SEASON_WORDS} from './label-words.js';

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
