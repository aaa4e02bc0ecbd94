import {describe, expect, it} from 'vitest';
import {ENTER_SEQUENCE, enterAlternateScreen, restoreAll, RESTORE_SEQUENCE} from '../../source/ui/terminal-guard.js';

/** A stream that records writes, and a terminal stdin that records its raw mode. */
function fakes() {
	const written: string[] = [];
	const stream = {write: (text: string) => (written.push(text), true)} as unknown as NodeJS.WritableStream;
	const modes: boolean[] = [];
	const stdin = {isTTY: true, setRawMode: (on: boolean) => modes.push(on)} as unknown as NodeJS.ReadStream;
	return {stream, stdin, written, modes};
}

describe('terminal guard', () => {
	it('enters the alternate screen, and restores once: the app unmounts first, then raw mode off, then the sequence', () => {
		const {stream, stdin, written, modes} = fakes();
		const guard = enterAlternateScreen(stream, stdin);
		expect(written).toEqual([ENTER_SEQUENCE]);
		const order: string[] = [];
		guard.beforeRestore(() => order.push(`unmount after ${written.length} writes`));
		guard.beforeRestore(() => {
			throw new Error('a broken unmount must not keep the terminal switched');
		});
		guard.restore();
		guard.restore();
		restoreAll();
		expect(order).toEqual(['unmount after 1 writes']);
		expect(modes).toEqual([false]);
		expect(written).toEqual([ENTER_SEQUENCE, RESTORE_SEQUENCE]);
		expect(ENTER_SEQUENCE.startsWith('\x1b[?1049h')).toBe(true);
	});

	it('restores every guard still switched when the process is ending (restoreAll), and only those', () => {
		const first = fakes();
		const second = fakes();
		const done = enterAlternateScreen(first.stream);
		const pending = enterAlternateScreen(second.stream);
		done.restore();
		restoreAll();
		expect(first.written.filter(text => text === RESTORE_SEQUENCE)).toHaveLength(1);
		expect(second.written.at(-1)).toBe(RESTORE_SEQUENCE);
		pending.restore();
		expect(second.written.filter(text => text === RESTORE_SEQUENCE)).toHaveLength(1);
	});

	it('the sequence leaves the alternate screen, shows the cursor, and turns mouse reporting and bracketed paste off', () => {
		for (const part of ['\x1b[?1049l', '\x1b[?25h', '\x1b[?1000l', '\x1b[?1002l', '\x1b[?1003l', '\x1b[?1006l', '\x1b[?2004l']) expect(RESTORE_SEQUENCE).toContain(part);
	});
});
