import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {QUIET_MS, runBetweenKeys} from '../../source/ui/between-keys.js';

beforeEach(() => {
	vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate', 'Date']});
});
afterEach(() => {
	vi.useRealTimers();
});

/** Steps that each take `ms` of the fake clock and note when they ran. */
function* work(count: number, ms: number, ran: number[]): Generator<number, void, void> {
	for (let i = 0; i < count; i++) {
		ran.push(Date.now());
		vi.setSystemTime(Date.now() + ms);
		yield i / count;
	}
}

describe('runBetweenKeys', () => {
	it('starts no slice until QUIET_MS after the last key, and finishes once the keys stop', async () => {
		const ran: number[] = [];
		const keys: number[] = [];
		let done = false;
		const start = Date.now();
		const stop = runBetweenKeys(work(40, 2, ran), {sliceMs: 8, lastKeyAt: () => keys.at(-1) ?? -Infinity, now: Date.now, onDone: () => (done = true)});
		// Typing: a key every 100 ms for a second, from the start.
		for (let t = 0; t < 1000; t += 100) {
			keys.push(Date.now());
			await vi.advanceTimersByTimeAsync(100);
		}
		for (const step of ran) expect(keys.some(k => step >= k && step < k + QUIET_MS)).toBe(false);
		expect(ran.filter(t => t < start + 1000).length).toBeLessThan(40);
		await vi.advanceTimersByTimeAsync(2000);
		expect(done).toBe(true);
		expect(ran).toHaveLength(40);
		// Without keys, slices of at most sliceMs (4 steps of 2 ms) follow each other.
		const gaps = ran.slice(1).map((t, i) => t - ran[i]!);
		expect(Math.max(...gaps.slice(-10))).toBeLessThan(QUIET_MS);
		stop();
	});

	it('reports each step’s value, and runs nothing more once stopped', async () => {
		const ran: number[] = [];
		const values: number[] = [];
		const stop = runBetweenKeys(work(10, 5, ran), {sliceMs: 8, lastKeyAt: () => -Infinity, now: Date.now, onStep: v => values.push(v)});
		await vi.advanceTimersByTimeAsync(1);
		expect(values.length).toBeGreaterThan(0);
		expect(values.length).toBeLessThan(10);
		stop();
		const before = ran.length;
		await vi.advanceTimersByTimeAsync(1000);
		expect(ran).toHaveLength(before);
		expect(values).toEqual(ran.map((_, i) => i / 10));
	});
});

describe('runBetweenKeys in the real event loop', () => {
	beforeEach(() => {
		vi.useRealTimers();
	});

	/** Steps that log `name` and move the shared clock on by `ms`. */
	function* logged(name: string, count: number, ms: number, log: string[], clock: {now: number}): Generator<number, void, void> {
		for (let i = 0; i < count; i++) {
			log.push(name);
			clock.now += ms;
			yield i;
		}
	}

	/** Runs the jobs while a probe logs `|` once a turn of the event loop (where keys are read); resolves with the log. */
	async function interleaved(jobs: Array<[string, number, number]>, sliceMs: number): Promise<string> {
		const log: string[] = [];
		const clock = {now: 0};
		let running = jobs.length;
		let probing = true;
		const probe = () => {
			log.push('|');
			if (probing) setImmediate(probe);
		};
		setImmediate(probe);
		await new Promise<void>(resolve => {
			for (const [name, count, ms] of jobs) {
				runBetweenKeys(logged(name, count, ms, log, clock), {sliceMs, lastKeyAt: () => -Infinity, now: () => clock.now, onDone: () => --running === 0 && resolve()});
			}
		});
		probing = false;
		return log.join('');
	}

	it('runs one slice a turn when two jobs run at once: a turn between any two slices', async () => {
		const log = await interleaved(
			[
				['a', 6, 1],
				['b', 6, 1],
			],
			1,
		);
		expect(log.replaceAll('|', '')).toHaveLength(12);
		// Each slice here is one step (1 ms of a 1 ms slice): no two steps without a turn between them.
		expect(log).not.toMatch(/[ab]{2}/);
		expect(log).toMatch(/a\|+b|b\|+a/);
	});

	it('does not start a step that the last one says would take the slice past its end', async () => {
		// 6 ms steps in 8 ms slices: one step a slice (two would be 12 ms).
		const log = await interleaved([['a', 5, 6]], 8);
		expect(log.replaceAll('|', '')).toHaveLength(5);
		expect(log).not.toMatch(/aa/);
	});
});
