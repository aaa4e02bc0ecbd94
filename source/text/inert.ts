/**
 * File text made safe for a terminal. Every string read from an export (titles, profile names,
 * devices, countries, CSV headers, ZIP entry names, file names) is hostile text: an ESC in a title is
 * the start of a command to the terminal (OSC 52 sets the clipboard, OSC 0 the window title, OSC 8
 * writes a link, `ESC [2J` clears the screen), a CR or BS overwrites what was drawn, C1 controls
 * (U+0080–U+009F) are the same commands in one character on some terminals, a newline or tab inside a
 * field fakes or breaks a row, and bidirectional controls reorder the rest of a line (Trojan Source).
 */

/**
 * What is made visible: C0 controls, DEL and C1 controls; Arabic letter mark, LRM/RLM, the bidi
 * embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069); and the line and paragraph
 * separators (U+2028/U+2029), which some terminals and libraries break lines at. Nothing else: accents,
 * CJK, emoji and their joiners (U+200D) stay as they are.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');

/** One visible form per unsafe character, made once. */
const VISIBLE = new Map<string, string>();
for (let code = 0; code <= 0x1f; code++) VISIBLE.set(String.fromCharCode(code), String.fromCharCode(0x2400 + code)); // ␀…␟ (Control Pictures)
VISIBLE.set('\u007f', '\u2421'); // ␡
const escaped = (code: number, form: 'x' | 'u') => `\\${form}${code.toString(16).padStart(form === 'x' ? 2 : 4, '0')}`;
for (let code = 0x80; code <= 0x9f; code++) VISIBLE.set(String.fromCharCode(code), escaped(code, 'x')); // \x9b: no pictures exist for C1
for (const code of [0x061c, 0x200e, 0x200f, 0x2028, 0x2029, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
	VISIBLE.set(String.fromCharCode(code), escaped(code, 'u')); // \u202e
}

/**
 * The text with every control character shown as a visible symbol: `␛` for ESC, `␇` BEL, `␍` CR, `␊`
 * newline, `␉` tab, `␡` DEL (U+2400 + the code for C0), `\x9b` for a C1 control, `\u202e` for a
 * bidirectional control. Each symbol takes terminal cells of its own, so widths stay right. Clean text
 * (nearly all of it) is returned as is after one regular-expression test. Applying it twice changes
 * nothing more, and it works one UTF-16 unit at a time: `inert(a + b) === inert(a) + inert(b)`.
 */
export function inert(text: string): string {
	if (!UNSAFE.test(text)) return text;
	return text.replace(UNSAFE_ALL, c => VISIBLE.get(c)!);
}

/** UNSAFE but for the newline, which `inertLines` keeps. */
const UNSAFE_IN_LINES = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/**
 * Like `inert`, but keeps the newlines: for whole outputs whose lines are ours. Output without any other
 * unsafe character (nearly all) is returned after one test, not split into its lines (a 250k-row
 * `history --json` has a million).
 */
export function inertLines(text: string): string {
	if (!UNSAFE_IN_LINES.test(text)) return text;
	return text.split('\n').map(inert).join('\n');
}

/** Characters JSON.stringify leaves raw that a terminal acts on (it escapes C0 itself). */
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const JSON_UNSAFE_ALL = new RegExp(JSON_UNSAFE.source, 'g');

/**
 * A value as exact JSON (two-space indent, newline at the end) that is also safe to `cat`: DEL, C1
 * controls and the bidirectional controls become `\u` escapes (JSON.stringify already escapes C0).
 * Those characters can only occur inside strings, so the escapes keep the JSON valid and
 * `JSON.parse` gives back the very same values.
 */
export function jsonText(value: unknown): string {
	const json = JSON.stringify(value, null, 2);
	return `${JSON_UNSAFE.test(json) ? json.replace(JSON_UNSAFE_ALL, c => escaped(c.charCodeAt(0), 'u')) : json}\n`;
}
