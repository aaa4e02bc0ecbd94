import {readFile} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {nextTurn} from '../../source/ui/next-turn.js';

describe('nextTurn', () => {
	it('called in the poll phase (a read just ended), resolves after the next turn’s timers, not in this turn', async () => {
		const order = await new Promise<string[]>(resolve => {
			readFile(new URL(import.meta.url), () => {
				const seen: string[] = [];
				// Due by the next turn: the busy wait makes sure its millisecond has passed.
				setTimeout(() => seen.push('next turn'), 0);
				const until = performance.now() + 3;
				while (performance.now() < until) {}
				setImmediate(() => seen.push('this turn'));
				void nextTurn().then(() => {
					seen.push('nextTurn');
					resolve(seen);
				});
			});
		});
		expect(order).toEqual(['this turn', 'next turn', 'nextTurn']);
	});
});
