/**
 * The width of text in terminal cells when it is easy to know: every character one cell wide and a
 * grapheme of its own, with only SGR styling (ESC [ … m) between them. Ink measures each text, each
 * frame, with string-width, which segments graphemes (Intl.Segmenter) as soon as one character is not
 * ASCII: `›`, `·`, `│` or an accented title put every line of a frame on that slow path. The bundle
 * (scripts/ink-fast-paths.mjs) asks this first and falls back to Ink's own code for anything else.
 */

/**
 * UTF-16 code units that are one cell wide and never join a neighbour into one grapheme: printable
 * ASCII, Latin-1 and the Latin extensions (accented titles, `ı`, `ł`, `ş`), general punctuation, arrows,
 * maths, control pictures (`␛`, what inert() shows), box drawing and block elements. Emoji-capable
 * characters are left out (a terminal may draw them two cells wide): test/ui/plain-cells.test.ts checks
 * every unit here against string-width, Ink's tokenizer and Intl.Segmenter.
 */
const RANGES: ReadonlyArray<readonly [number, number]> = [
	[0x20, 0x7e],
	[0xa0, 0x2ff],
	[0x2010, 0x2027],
	[0x2030, 0x205e],
	[0x2190, 0x21ff],
	[0x2200, 0x22ff],
	[0x2400, 0x2426],
	[0x2500, 0x25ff],
];
/** Inside RANGES but not one plain cell: soft hyphen (no width), and emoji or emoji-capable characters. */
const EXCLUDED = [0xa9, 0xad, 0xae, 0x203c, 0x2049, 0x2194, 0x2195, 0x2196, 0x2197, 0x2198, 0x2199, 0x21a9, 0x21aa, 0x25aa, 0x25ab, 0x25b6, 0x25c0, 0x25fb, 0x25fc, 0x25fd, 0x25fe];

const PLAIN = new Uint8Array(0x2600);
for (const [from, to] of RANGES) PLAIN.fill(1, from, to + 1);
for (const unit of EXCLUDED) PLAIN[unit] = 0;

/** Whether one UTF-16 code unit is a plain cell (exported for the test that checks the table). */
export function isPlainUnit(unit: number): boolean {
	return unit < PLAIN.length && PLAIN[unit] === 1;
}

const ESC = 0x1b;

/**
 * SGR attributes as bits, to tell whether a text closes every style it opens. Each bit is cleared by
 * its own code (22 clears bold and dim, 39 the foreground, …) or by 0.
 */
const OPENS: Record<number, number> = {1: 1, 2: 2, 3: 4, 4: 8, 5: 16, 7: 32, 8: 64, 9: 128, 53: 1024};
const CLOSES: Record<number, number> = {22: 1 | 2, 23: 4, 24: 8, 25: 16, 27: 32, 28: 64, 29: 128, 39: 256, 49: 512, 55: 1024};
const FOREGROUND = 256;
const BACKGROUND = 512;
const BOLD_SEEN = 2048;
const DIM_SEEN = 4096;
/** Bits that only remember what a text used. */
const SEEN = BOLD_SEEN | DIM_SEEN;

/**
 * Cells `text` takes, or -1 when it is not plain: a character outside the plain table, an escape
 * sequence other than SGR, or (with `closed`) a style still open at its end or an SGR code this does
 * not know. Ink writes a line of a frame cell by cell; a plain, closed line can be written as it is.
 */
export function plainCells(text: string, closed = false): number {
	let cells = 0;
	let open = 0;
	const length = text.length;
	for (let i = 0; i < length; i++) {
		const unit = text.charCodeAt(i);
		if (unit !== ESC) {
			if (unit >= PLAIN.length || PLAIN[unit] === 0) return -1;
			cells++;
			continue;
		}
		if (text.charCodeAt(i + 1) !== 0x5b) return -1;
		// ESC [ params m: params are digits and semicolons.
		let j = i + 2;
		let code = 0;
		let digits = 0;
		const codes: number[] = [];
		for (; j < length; j++) {
			const c = text.charCodeAt(j);
			if (c >= 0x30 && c <= 0x39) {
				code = code * 10 + (c - 0x30);
				digits++;
			} else if (c === 0x3b) {
				codes.push(code);
				code = 0;
				digits = 0;
			} else break;
		}
		if (j >= length || text.charCodeAt(j) !== 0x6d) return -1;
		if (closed) {
			// `ESC [ m` is a reset, as 0.
			codes.push(digits === 0 && codes.length === 0 ? 0 : code);
			open = applyCodes(open, codes);
			if (open < 0) return -1;
		}
		i = j;
	}
	return closed && (open & ~SEEN) !== 0 ? -1 : cells;
}

/** The open-style bits after SGR `codes`; -1 for a code not known here. */
function applyCodes(open: number, codes: number[]): number {
	for (let k = 0; k < codes.length; k++) {
		const code = codes[k]!;
		if (code === 0) open &= SEEN;
		else if (code === 1 || code === 2) {
			open |= code === 1 ? 1 | BOLD_SEEN : 2 | DIM_SEEN;
			// Bold and dim share their closing code (22). Ink's tokenizer, leaving one of the two on, closes
			// with 22 and does not open the other again, so its frame shows less than the text asks for:
			// such a text goes through Ink's own grid, to look as it always did.
			if ((open & SEEN) === SEEN) return -1;
		} else if (OPENS[code] !== undefined) open |= OPENS[code]!;
		else if (CLOSES[code] !== undefined) open &= ~CLOSES[code]!;
		else if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97)) open |= FOREGROUND;
		else if ((code >= 40 && code <= 47) || (code >= 100 && code <= 107)) open |= BACKGROUND;
		else if (code === 38 || code === 48) {
			// 38;5;n or 38;2;r;g;b (and 48 for the background).
			const mode = codes[k + 1];
			const skip = mode === 5 ? 2 : mode === 2 ? 4 : -1;
			if (skip < 0 || k + skip >= codes.length) return -1;
			open |= code === 38 ? FOREGROUND : BACKGROUND;
			k += skip;
		} else return -1;
	}
	return open;
}
