/**
 * The WebAssembly the viewing-history reader runs (source/export/viewing-core-wasm.ts) is what its
 * AssemblyScript source compiles to: a change to viewing-core.as.ts without `npm run wasm` fails here.
 */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {compileViewingCore, VIEWING_CORE_MODULE, viewingCoreModule} from '../../scripts/build-viewing-core.js';
import {VIEWING_CORE_WASM} from '../../source/export/viewing-core-wasm.js';

describe('the viewing-history reader core', () => {
	it('is the WebAssembly viewing-core.as.ts compiles to (run `npm run wasm` after changing it)', async () => {
		const binary = await compileViewingCore();
		expect(readFileSync(VIEWING_CORE_MODULE, 'utf8')).toBe(viewingCoreModule(binary));
	}, 60_000);

	it('imports nothing: no JavaScript it could call, no network, no file', () => {
		const module = new WebAssembly.Module(Buffer.from(VIEWING_CORE_WASM, 'base64'));
		expect(WebAssembly.Module.imports(module)).toEqual([]);
		expect(WebAssembly.Module.exports(module).map(e => e.name)).toContain('step');
	});
});
