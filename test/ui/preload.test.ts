import {describe, expect, it} from 'vitest';
import {preload, thousands} from '../../source/ui/preload.js';
import {fixture} from '../helpers/cli.js';
import {fakeStreams} from '../helpers/fake-terminal.js';

describe('preload', () => {
	it('draws a loading frame on the alternate screen at once and hands the running load to the app', async () => {
		const {stdout, stdin, written} = fakeStreams();
		const sample = fixture('sample/netflix-report.zip');
		const pre = preload(sample, undefined, stdout, stdin);
		expect(written()).toContain('\x1b[?1049h');
		expect(written()).toContain('Reading netflix-report.zip… 0%');
		const seen: number[] = [];
		let indexing = false;
		const data = await pre.load(
			sample,
			fraction => seen.push(fraction),
			() => (indexing = true),
		);
		expect(seen.at(-1)).toBe(1);
		expect(indexing).toBe(true);
		expect(data.view.library.profiles).toContain('Kids');
		// The lists the Stopped screen's first frame reads are made by the load, not by that frame: its rows,
		// and the list with finished series that its "left out" count comes from.
		const made = (data as unknown as {memo: Map<string, unknown>}).memo;
		expect([...made.keys()]).toEqual(expect.arrayContaining(['stopped|null|false|false|undefined|undefined', 'stopped|null|false|true|undefined|undefined']));
		pre.guard.restore();
		expect(written()).toContain('\x1b[?1049l');
	});

	it('reports a failed load to the app, not as an unhandled rejection', async () => {
		const {stdout, stdin} = fakeStreams();
		const pre = preload(fixture('bad/corrupt.zip'), undefined, stdout, stdin);
		await new Promise(resolve => setTimeout(resolve, 20));
		await expect(
			pre.load(
				fixture('bad/corrupt.zip'),
				() => {},
				() => {},
			),
		).rejects.toThrow(/damaged or incomplete/);
		pre.guard.restore();
	});

	it('says when the load has started, before it ends, and for a load that fails too', async () => {
		const {stdout, stdin} = fakeStreams();
		const sample = fixture('sample/netflix-report.zip');
		const pre = preload(sample, undefined, stdout, stdin);
		let ended = false;
		const loading = pre
			.load(
				sample,
				() => {},
				() => {},
			)
			.then(() => (ended = true));
		await pre.started;
		expect(ended).toBe(false);
		await loading;
		pre.guard.restore();
		const bad = preload(fixture('bad/corrupt.zip'), undefined, stdout, stdin);
		await expect(bad.started).resolves.toBeUndefined();
		await expect(
			bad.load(
				fixture('bad/corrupt.zip'),
				() => {},
				() => {},
			),
		).rejects.toThrow(/damaged or incomplete/);
		bad.guard.restore();
	});

	it('writes the row count as toLocaleString does in English, without ICU', () => {
		for (const n of [0, 7, 999, 1000, 12345, 250000, 1234567]) expect(thousands(n)).toBe(n.toLocaleString('en-US'));
	});
});
