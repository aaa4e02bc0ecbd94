/**
 * Terminal input as keys. A terminal sends whatever was typed since its last read as one chunk: a
 * paste, keys typed fast over SSH, or tmux `send-keys` give `lupin\r` or `\x7fx` in one read. Each key
 * in it counts, so a chunk is split into text characters, control characters and escape sequences
 * (CSI `ESC [ … final`, SS3 `ESC O x`, Alt+key `ESC x`). A bracketed paste (`ESC[200~ … ESC[201~`,
 * turned on by terminal-guard.ts) is one piece of text, whatever it holds. This module must not import
 * Ink or React.
 */
import type {KeyPress} from './keymap.js';

/** A mouse report (SGR mode 1006): a wheel step or a button press, at a 1-based cell. */
export interface MouseReport {
	kind: 'wheelUp' | 'wheelDown' | 'press';
	/** Column and line of the cell, 1-based (the top-left cell is 1,1). */
	x: number;
	y: number;
}

/** One key, the way the keymap reads it (`input` as Ink's useInput gives it), or a paste, or a mouse report. */
export interface KeyEvent {
	input: string;
	key: KeyPress;
	/** Text that arrived in a bracketed paste: typed as is, never read as commands. */
	paste?: boolean;
	mouse?: MouseReport;
}

const ESC = '\u001B';
const PASTE_START = `${ESC}[200~`;
const PASTE_END = `${ESC}[201~`;

/** CSI and SS3 final bytes of the keys the explorer knows (xterm, rxvt, tmux, the Linux console). */
const FINAL_KEYS: Record<string, keyof KeyPress> = {A: 'upArrow', B: 'downArrow', C: 'rightArrow', D: 'leftArrow', H: 'home', F: 'end'};
/** `ESC [ n ~` keys. */
const TILDE_KEYS: Record<string, keyof KeyPress> = {'1': 'home', '7': 'home', '4': 'end', '8': 'end', '3': 'delete', '5': 'pageUp', '6': 'pageDown'};

/**
 * Reads input chunks into keys. Keeps what must survive from one chunk to the next: being inside a
 * bracketed paste (Ink hands the paste markers over as chunks of their own), and a sequence cut in two.
 */
export class KeyReader {
	private pasting = false;
	private pasted = '';
	private pending = '';

	/** The keys of `chunk`, in order. */
	read(chunk: string): KeyEvent[] {
		const text = this.pending + chunk;
		this.pending = '';
		const keys: KeyEvent[] = [];
		let i = 0;
		while (i < text.length) {
			if (this.pasting) {
				const end = text.indexOf(PASTE_END, i);
				if (end === -1) {
					// The end marker may be cut across two chunks: keep a tail that could start it.
					const cut = partialSuffix(text, PASTE_END);
					this.pasted += text.slice(i, text.length - cut);
					this.pending = text.slice(text.length - cut);
					return keys;
				}
				this.pasted += text.slice(i, end);
				keys.push({input: this.pasted, key: {}, paste: true});
				this.pasting = false;
				this.pasted = '';
				i = end + PASTE_END.length;
				continue;
			}
			const char = String.fromCodePoint(text.codePointAt(i)!);
			if (char !== ESC) {
				keys.push(plainKey(char));
				i += char.length;
				continue;
			}
			const sequence = escapeSequence(text, i);
			if (sequence === 'partial') {
				this.pending = text.slice(i);
				return keys;
			}
			i += sequence.length;
			if (sequence === PASTE_START) {
				this.pasting = true;
				continue;
			}
			if (sequence === PASTE_END) continue;
			keys.push(...escapeKeys(sequence));
		}
		return keys;
	}

	/** A lone ESC held back in case more of a sequence followed: it was the Esc key after all. */
	flush(): KeyEvent[] {
		if (this.pasting) return [];
		const rest = this.pending;
		this.pending = '';
		return rest === ESC ? [{input: '', key: {escape: true, meta: true}}] : [];
	}
}

/** Every key of one chunk read on its own (no paste or sequence carried over). */
export function splitKeys(chunk: string): KeyEvent[] {
	const reader = new KeyReader();
	return [...reader.read(chunk), ...reader.flush()];
}

/** A character that is not ESC: text, or a control character (Enter, Tab, Backspace, Ctrl+letter). */
function plainKey(char: string): KeyEvent {
	if (char === '\r' || char === '\n') return {input: '', key: {return: true}};
	if (char === '\t') return {input: '', key: {tab: true}};
	if (char === '\u007F' || char === '\b') return {input: '', key: {backspace: true}};
	const code = char.codePointAt(0)!;
	// Ctrl+A … Ctrl+Z arrive as 1 … 26 (Ctrl+C is 3): the letter with `ctrl`, as Ink reports it.
	if (code >= 1 && code <= 26) return {input: String.fromCharCode(code + 96), key: {ctrl: true}};
	if (code < 32) return {input: '', key: {ctrl: true}};
	return {input: char, key: {shift: /[A-Z]/.test(char)}};
}

/** The escape sequence starting at `text[i]` (an ESC), or 'partial' when the chunk ends inside it. */
function escapeSequence(text: string, i: number): string | 'partial' {
	const next = text[i + 1];
	if (next === undefined) return 'partial';
	if (next === '[') {
		for (let j = i + 2; j < text.length; j++) {
			const c = text.charCodeAt(j);
			// Parameter and intermediate bytes (digits, `;`, `<`, `?`, space…), then one final byte.
			if (c >= 0x20 && c <= 0x3f) continue;
			return text.slice(i, j + 1);
		}
		return 'partial';
	}
	if (next === 'O') return i + 2 < text.length ? text.slice(i, i + 3) : 'partial';
	if (next === ESC) return ESC; // Esc pressed twice: the first one alone.
	// Alt+key: ESC then the key (a whole code point).
	return text.slice(i, i + 1 + String.fromCodePoint(text.codePointAt(i + 1)!).length);
}

const ESCAPE_KEY: KeyEvent = {input: '', key: {escape: true, meta: true}};

/** What an escape sequence means: none for sequences no key of the explorer uses (F-keys, focus reports). */
function escapeKeys(sequence: string): KeyEvent[] {
	if (sequence === ESC) return [ESCAPE_KEY];
	const introducer = sequence[1];
	if (introducer !== 'O' && introducer !== '[') {
		// ESC and a key in one read is Alt+key, or Esc and a key typed fast (over SSH, `Esc j`): no binding
		// uses Alt with a character, so it is both keys. Alt+Backspace and Alt+Ctrl keep `meta` (a word delete).
		const key = plainKey(sequence.slice(1));
		return key.input !== '' && !key.key.ctrl ? [ESCAPE_KEY, key] : [{input: key.input, key: {...key.key, meta: true}}];
	}
	const key = escapeKey(sequence);
	return key ? [key] : [];
}

/** A CSI or SS3 sequence's key; null for sequences no key of the explorer uses. */
function escapeKey(sequence: string): KeyEvent | null {
	const introducer = sequence[1];
	if (introducer === 'O') {
		const name = FINAL_KEYS[sequence[2]!];
		return name ? {input: '', key: {[name]: true}} : null;
	}
	const body = sequence.slice(2, -1);
	const final = sequence.at(-1)!;
	if (body.startsWith('<')) return mouseKey(body.slice(1), final);
	if (final === 'Z') return {input: '', key: {tab: true, shift: true}};
	const params = body.split(';');
	const modifiers = modifierKeys(params[1]);
	if (final === '~') {
		const name = TILDE_KEYS[params[0]!];
		return name ? {input: '', key: {...modifiers, [name]: true}} : null;
	}
	const name = FINAL_KEYS[final];
	return name ? {input: '', key: {...modifiers, [name]: true}} : null;
}

/** xterm's modifier parameter (`ESC [ 1 ; 5 A` is Ctrl+Up): 1 + Shift 1 + Alt 2 + Ctrl 4. */
function modifierKeys(param: string | undefined): KeyPress {
	const bits = Number(param ?? 1) - 1;
	if (!(bits > 0)) return {};
	return {shift: (bits & 1) !== 0, meta: (bits & 2) !== 0, ctrl: (bits & 4) !== 0};
}

/** An SGR mouse report: `ESC [ < button ; x ; y M` (press) or `m` (release). Releases and drags are dropped. */
function mouseKey(body: string, final: string): KeyEvent | null {
	const [button, x, y] = body.split(';').map(Number);
	if (final !== 'M' || button === undefined || !(x! > 0) || !(y! > 0)) return null;
	// Bits 2–4 are Shift, Alt, Ctrl; 32 marks a drag; 64 the wheel.
	const base = button & ~(4 | 8 | 16);
	const kind = base === 64 ? 'wheelUp' : base === 65 ? 'wheelDown' : base === 0 ? 'press' : null;
	return kind ? {input: '', key: {}, mouse: {kind, x: x!, y: y!}} : null;
}

/** How many characters at the end of `text` could be the start of `marker`. */
function partialSuffix(text: string, marker: string): number {
	for (let n = Math.min(marker.length - 1, text.length); n > 0; n--) if (text.endsWith(marker.slice(0, n))) return n;
	return 0;
}
