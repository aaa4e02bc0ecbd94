/**
 * The engine's flags (load/engine-tuning.ts) are V8's, for the whole process: checked in a process of its
 * own, by what they change that can be seen, a code cache made before them being refused after.
 */
import {spawnSync} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {Script} from 'node:vm';
import {afterAll, describe, expect, it} from 'vitest';
import {tempDir} from '../helpers/exports.js';
import {engineFlags} from '../../source/load/engine-tuning.js';

const {dir, cleanup} = tempDir();
afterAll(cleanup);

const MODULE = pathToFileURL(new URL('../../source/load/engine-tuning.ts', import.meta.url).pathname).href;

const SOURCE = '(function () { return [1, 2, 3].map(x => x * 2); })';

/** Runs `steps` (calls of the module's functions, by name) in a new process; whether a code cache made here is then refused. */
function refusedAfter(steps: string[]): boolean {
	const file = path.join(dir, 'cache.bin');
	writeFileSync(file, new Script(SOURCE).createCachedData());
	const code = `
		import {Script} from 'node:vm';
		import {readFileSync} from 'node:fs';
		const tuning = await import(${JSON.stringify(MODULE)});
		for (const step of ${JSON.stringify(steps)}) tuning[step]();
		const script = new Script(${JSON.stringify(SOURCE)}, {cachedData: readFileSync(${JSON.stringify(file)})});
		process.stdout.write(String(script.cachedDataRejected));`;
	const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {encoding: 'utf8'});
	expect(run.stderr).toBe('');
	return run.stdout === 'true';
}

describe('the engine flags of a load', () => {
	it.runIf(engineFlags() !== null)('are set only once a way in allows it (not by the build, nor by tests), and then once', () => {
		expect(refusedAfter([])).toBe(false);
		expect(refusedAfter(['tuneEngine'])).toBe(false);
		expect(refusedAfter(['allowEngineTuning', 'tuneEngine', 'tuneEngine'])).toBe(true);
	});

	it('are known for the V8 of the Node versions supported (20 and up)', () => {
		expect(engineFlags()).toBe('--no-turbo-inlining');
	});
});
