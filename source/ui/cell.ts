/**
 * Text cut or padded to a width in terminal cells. `fit` in commands/format.ts counts code points,
 * which is right for plain text, but an emoji (`Begüm 🌙`) or a CJK letter takes two cells and a
 * combining accent none, so table columns after such a name would shift by a cell.
 */

// East Asian wide and fullwidth ranges (Unicode EastAsianWidth W/F), the common blocks only.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const EMOJI = /\p{Extended_Pictographic}/u;
// Combining marks, zero-width joiner and variation selectors take no cell of their own.
const ZERO = /[\p{M}\u200b-\u200f\ufe00-\ufe0f]/u;

/** Cells one code point takes. */
function cellsOf(char: string): number {
	const code = char.codePointAt(0)!;
	if (code < 0x300) return code < 0x20 ? 0 : 1;
	if (ZERO.test(char)) return 0;
	if (code >= 0x1f000 && EMOJI.test(char)) return 2;
	if (WIDE.test(char) || (code >= 0x20000 && code <= 0x3fffd)) return 2;
	return 1;
}

/** Width of text in terminal cells. */
export function cellWidth(text: string): number {
	let width = 0;
	for (const char of text) width += cellsOf(char);
	return width;
}

/** Pads or cuts text to exactly `width` cells, ending a cut with `…`. */
export function cell(text: string, width: number): string {
	if (width <= 0) return '';
	const total = cellWidth(text);
	if (total <= width) return text + ' '.repeat(width - total);
	let out = '';
	let used = 0;
	for (const char of text) {
		const w = cellsOf(char);
		if (used + w > width - 1) break;
		out += char;
		used += w;
	}
	return out + '…' + ' '.repeat(Math.max(0, width - 1 - used));
}
