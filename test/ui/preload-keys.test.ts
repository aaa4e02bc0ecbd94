import type {PassThrough} from 'node:stream';
import {describe, expect, it} from 'vitest';
import {preload} from '../../source/ui/preload.js';
import {fixture} from '../helpers/cli.js';
import {fakeStreams} from '../helpers/fake-terminal.js';

describe('preload: the keys before Ink reads them', () => {
	it('quits on q or Ctrl+C at once, leaving the alternate screen and turning the mouse off first', async () => {
		for (const key of ['q', '\u0003']) {
			const {stdout, stdin, written} = fakeStreams();
			let quits = 0;
			const pre = preload(fixture('sample/netflix-report.zip'), undefined, stdout, stdin, () => quits++);
			(stdin as unknown as PassThrough).write(`x${key}`);
			await new Promise(resolve => setImmediate(resolve));
			expect(quits).toBe(1);
			expect(written()).toContain('\x1b[?1049l');
			expect(written()).toContain('\x1b[?1000l');
			await pre.load(
				fixture('sample/netflix-report.zip'),
				() => {},
				() => {},
			);
		}
	});

	it('leaves pasted text and other keys alone, clears its frame for the app, and leaves the keys to the app once it takes the load', async () => {
		const {stdout, stdin, written} = fakeStreams();
		let quits = 0;
		const pre = preload(fixture('sample/netflix-report.zip'), undefined, stdout, stdin, () => quits++);
		(stdin as unknown as PassThrough).write('\u001B[200~quit\u001B[201~jk');
		await new Promise(resolve => setImmediate(resolve));
		expect(quits).toBe(0);
		const before = written().length;
		const progress = pre.takeScreen();
		// The plain frame is cleared for the app's, which starts at the figures shown so far.
		expect(written().slice(before)).toContain('\x1b[2J');
		expect(progress.fraction).toBeGreaterThanOrEqual(0);
		const shown: number[] = [];
		const loading = pre.load(
			fixture('sample/netflix-report.zip'),
			fraction => shown.push(fraction),
			() => {},
		);
		// Handed over: q is the app's now.
		(stdin as unknown as PassThrough).write('q');
		await new Promise(resolve => setImmediate(resolve));
		expect(quits).toBe(0);
		await loading;
		expect(shown.at(-1)).toBe(1);
		pre.guard.restore();
	});
});
