import {render, Text} from 'ink';
import {describe, expect, it} from 'vitest';
import {inertFrame, inertOutput} from '../../source/ui/inert-output.js';
import {PAYLOADS} from '../helpers/hostile.js';
import {fakeTerminal} from '../helpers/fake-terminal.js';

/** Draws raw file text the way a screen that forgot `inert` would, and returns what reached the terminal. */
async function draw(text: string, guarded: boolean): Promise<string> {
	const term = fakeTerminal(100);
	const app = render(<Text color="red">{text}</Text>, {stdout: guarded ? inertOutput(term.stdout) : term.stdout, stdin: term.stdin, patchConsole: false});
	await new Promise(resolve => setTimeout(resolve, 30));
	app.unmount();
	return term.output();
}

const OSC = /\u001b[\]P_^X]|\u0007|[\u0080-\u009f]/;

describe('inertFrame', () => {
	it('leaves what Ink writes alone: colours, cursor moves, erasing, synchronized output, kitty flags', () => {
		const ink = '\u001b[?2026h\u001b[2K\u001b[1A\u001b[G\u001b[31mred\u001b[39m\u001b[?25l\u001b[>1u\u001b[<u\u001b[2J\u001b[3J\u001b[H Élite 🌙\n\u001b[?2026l';
		expect(inertFrame(ink)).toBe(ink);
	});

	it('shows OSC, DCS, APC, a reset, BEL, C1 and bidi controls as symbols', () => {
		expect(inertFrame(`a${PAYLOADS['OSC 52 (sets the clipboard)']}b`)).toBe('a␛]52;c;aGVsbG8=␇b');
		expect(inertFrame('\u001bPq\u001b\\ \u001b_x \u001bc \u009d0;t\u009c \u202eabc')).toBe('␛Pq\u001b\\ ␛_x ␛c \\x9d0;t\\x9c \\u202eabc');
	});
});

describe('inertOutput, between Ink and the terminal', () => {
	it('Ink alone passes OSC sequences of text through (why this guard exists)', async () => {
		expect(await draw(`Title${PAYLOADS['OSC 52 (sets the clipboard)']}`, false)).toContain('\u001b]52;c;aGVsbG8=\u0007');
	});

	it.each(Object.entries(PAYLOADS))('%s in text a screen forgot to make inert: not obeyed', async (_name, payload) => {
		const out = await draw(`Title ${payload} end`, true);
		expect(out).toContain('Title');
		expect(out).not.toMatch(OSC);
		expect(out).not.toMatch(/[\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/);
	});

	it('writes nothing once closed: a frame Ink flushes as the process ends stays off the shell’s screen', async () => {
		const term = fakeTerminal(100);
		let closed = false;
		const app = render(<Text>loading 47%</Text>, {stdout: inertOutput(term.stdout, () => closed), stdin: term.stdin, patchConsole: false, maxFps: 120});
		await new Promise(resolve => setTimeout(resolve, 30));
		expect(term.output()).toContain('loading 47%');
		closed = true;
		app.rerender(<Text>loading 48%</Text>);
		app.unmount();
		expect(term.output()).not.toContain('48%');
	});
});
