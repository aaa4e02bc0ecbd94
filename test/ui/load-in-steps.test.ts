import {describe, expect, it} from 'vitest';
import {warmEngine} from '../../source/ui/load-in-steps.js';

describe('warmEngine', () => {
	it("makes the engine's one-time pieces a task at a time, once: I/O queued meanwhile runs between them", async () => {
		let done = false;
		const warming = warmEngine().then(() => (done = true));
		expect(warmEngine()).toBe(warmEngine());
		// Each turn of the event loop here is a turn in which a key could have been read.
		let turns = 0;
		while (!done) {
			await new Promise(resolve => setImmediate(resolve));
			turns++;
		}
		await warming;
		expect(turns).toBeGreaterThanOrEqual(1);
	});
});
