import {MessageChannel} from 'node:worker_threads';
import {describe, expect, it} from 'vitest';
import {tick} from '../../source/load/sliced-first-pass.js';

describe('tick', () => {
	it('lets one sliced job go on per turn of the event loop, with I/O polled between any two slices of two jobs', async () => {
		// I/O that is always ready: a message bounced between two ports is taken at every poll for I/O.
		const {port1, port2} = new MessageChannel();
		let polls = 0;
		port2.on('message', () => {
			polls++;
			port2.postMessage(0);
		});
		port1.on('message', () => port1.postMessage(0));
		port1.postMessage(0);
		await new Promise(resolve => setTimeout(resolve, 20));
		const slices: number[] = [];
		const job = async () => {
			for (let i = 0; i < 3; i++) {
				await tick();
				slices.push(polls);
			}
		};
		await Promise.all([job(), job(), job()]);
		port1.close();
		expect(slices).toHaveLength(9);
		// Each slice saw at least one more poll than the slice before it, whichever job it belonged to.
		for (let i = 1; i < slices.length; i++) expect(slices[i], `slice ${i}: ${slices.join(', ')}`).toBeGreaterThan(slices[i - 1]!);
	});
});
