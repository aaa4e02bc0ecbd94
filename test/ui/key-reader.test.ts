import {describe, expect, it} from 'vitest';
import {KeyReader, splitKeys, type KeyEvent} from '../../source/ui/key-reader.js';

/** A key event as a short name, to compare whole chunks at a glance. */
function named(event: KeyEvent): string {
	if (event.mouse) return `mouse:${event.mouse.kind}@${event.mouse.x},${event.mouse.y}`;
	if (event.paste) return `paste:${event.input}`;
	const flags = Object.entries(event.key)
		.filter(([name, on]) => on && !(name === 'shift' && event.input !== '') && !(name === 'meta' && event.key.escape))
		.map(([name]) => name);
	return [...flags, event.input].filter(Boolean).join('+');
}

const names = (chunk: string) => splitKeys(chunk).map(named);

describe('key reader: every key of a chunk', () => {
	it.each([
		['text typed fast', 'lupin', ['l', 'u', 'p', 'i', 'n']],
		['text then Enter (a paste with its newline, tmux send-keys)', 'lupin\r', ['l', 'u', 'p', 'i', 'n', 'return']],
		['Backspace then a letter', '\u007Fx', ['backspace', 'x']],
		['a letter, Esc and another (or Alt+b: no binding tells them apart)', 'a\u001Bb', ['a', 'escape', 'b']],
		['Esc alone', '\u001B', ['escape']],
		['Esc twice', '\u001B\u001B', ['escape', 'escape']],
		['arrows (CSI) with text around', 'a\u001B[A\u001B[Bb', ['a', 'upArrow', 'downArrow', 'b']],
		['arrows in application mode (SS3)', '\u001BOA\u001BOD', ['upArrow', 'leftArrow']],
		['Home and End, both spellings', '\u001B[H\u001B[F\u001B[1~\u001B[4~\u001BOH', ['home', 'end', 'home', 'end', 'home']],
		['PgUp, PgDn and Delete', '\u001B[5~\u001B[6~\u001B[3~', ['pageUp', 'pageDown', 'delete']],
		['Shift+Tab and Tab', '\u001B[Z\t', ['tab+shift', 'tab']],
		['Ctrl+U, Ctrl+W, Ctrl+A, Ctrl+E, Ctrl+C', '\u0015\u0017\u0001\u0005\u0003', ['ctrl+u', 'ctrl+w', 'ctrl+a', 'ctrl+e', 'ctrl+c']],
		['Ctrl+Up (a modifier parameter)', '\u001B[1;5A', ['ctrl+upArrow']],
		['Alt+Backspace', '\u001B\u007F', ['backspace+meta']],
		['a bracketed paste is text, Enter inside it too', '/\u001B[200~q lupin\r\u001B[201~\r', ['/', 'paste:q lupin\r', 'return']],
		[
			'mouse wheel and a click (SGR), a release dropped',
			'\u001B[<64;3;4M\u001B[<65;3;4M\u001B[<0;12;7M\u001B[<0;12;7m',
			['mouse:wheelUp@3,4', 'mouse:wheelDown@3,4', 'mouse:press@12,7'],
		],
		['unknown sequences (F5, focus) dropped, keys around them kept', 'a\u001B[15~\u001B[Ib', ['a', 'b']],
		['letters outside ASCII and emoji, whole', 'é🎈ñ', ['é', '🎈', 'ñ']],
	])('%s', (_, chunk, expected) => {
		expect(names(chunk)).toEqual(expected);
	});

	it('keeps a paste whole across chunks, its end marker cut in two', () => {
		const reader = new KeyReader();
		expect(reader.read('\u001B[200~str').map(named)).toEqual([]);
		expect(reader.read('nger\u001B[20').map(named)).toEqual([]);
		expect(reader.read('1~j').map(named)).toEqual(['paste:strnger', 'j']);
	});

	it('waits for the rest of a sequence cut at the end of a chunk', () => {
		const reader = new KeyReader();
		expect(reader.read('x\u001B[').map(named)).toEqual(['x']);
		expect(reader.read('B').map(named)).toEqual(['downArrow']);
		expect(reader.read('\u001B').map(named)).toEqual([]);
		expect(reader.flush().map(named)).toEqual(['escape']);
	});
});
