import {describe, expect, it} from 'vitest';
import {OFFLOAD_BYTES, TITLE_THREAD_BYTES, threadPlan} from '../../source/load/thread-plan.js';

describe('threadPlan: which work of a load goes to worker threads', () => {
	it('has an interactive load read large files in a worker, and parse the titles on its own thread', () => {
		expect(threadPlan(OFFLOAD_BYTES - 1, true, 2)).toEqual({rows: false, titles: false});
		expect(threadPlan(OFFLOAD_BYTES, true, 2)).toEqual({rows: true, titles: false});
		// Keys must be answered whatever the cores: the reading still leaves the thread that reads them.
		expect(threadPlan(OFFLOAD_BYTES, true, 1)).toEqual({rows: true, titles: false});
	});

	it('has a command parse the titles in a worker only for files large enough, and only with a second core', () => {
		expect(threadPlan(TITLE_THREAD_BYTES - 1, false, 2)).toEqual({rows: false, titles: false});
		expect(threadPlan(TITLE_THREAD_BYTES, false, 2)).toEqual({rows: false, titles: true});
		expect(threadPlan(TITLE_THREAD_BYTES * 10, false, 1)).toEqual({rows: false, titles: false});
	});
});
