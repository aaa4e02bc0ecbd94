/**
 * Offline proven: no module of the built bundle (dist/, what `netflix-tui` runs, dependencies included)
 * and no source file imports Node's network modules, so nothing can be sent anywhere. Scans the text for
 * every way an ES module or CommonJS code loads one: `import … from`, `import "…"`, `import("…")`,
 * `require("…")` (esbuild's `__require` too), with or without `node:`. `npm test` builds dist/ first.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NETWORK = ['net', 'http', 'https', 'http2', 'dgram', 'dns', 'tls'] as const;

/** Every module a text loads by name: the string after `from`, `import`, `import(` or `require(`. */
function importedModules(text: string): string[] {
	const names: string[] = [];
	const pattern = /(?:\bfrom\s*|\bimport\s*\(?\s*|require\s*\(\s*)(["'`])([^"'`\n]+)\1/g;
	for (const match of text.matchAll(pattern)) names.push(match[2]!);
	return names;
}

/** The network modules among `names` (`node:` prefix or not, subpaths such as `dns/promises` too). */
function networkModules(names: readonly string[]): string[] {
	return names.filter(name => (NETWORK as readonly string[]).includes(name.replace(/^node:/, '').split('/')[0]!));
}

function filesUnder(folder: string, extensions: RegExp): string[] {
	return readdirSync(path.join(ROOT, folder), {recursive: true, withFileTypes: true})
		.filter(entry => entry.isFile() && extensions.test(entry.name))
		.map(entry => path.join(entry.parentPath, entry.name));
}

describe('offline: nothing imports a network module', () => {
	it('finds imports written every way (the scan itself can fail)', () => {
		const sample = `import a from "node:net"; import {b} from 'http'; import "node:tls"; await import("dns/promises"); const c = require("https"); __require( 'dgram' ); import x from "node:fs";`;
		expect(networkModules(importedModules(sample))).toEqual(['node:net', 'http', 'node:tls', 'dns/promises', 'https', 'dgram']);
		expect(importedModules(sample)).toContain('node:fs');
	});

	it('no module of the dist/ bundle (dependencies included) imports net, http, https, http2, dgram, dns or tls', () => {
		const files = filesUnder('dist', /\.[mc]?js$/);
		expect(files.length).toBeGreaterThan(3);
		const found = files.flatMap(file => networkModules(importedModules(readFileSync(file, 'utf8'))).map(name => `${path.relative(ROOT, file)}: ${name}`));
		expect(found).toEqual([]);
		// The bundle does load Node's modules by name, so an empty result is not a scan that found nothing.
		expect(importedModules(readFileSync(path.join(ROOT, 'dist/cli.js'), 'utf8')).some(name => name.startsWith('node:'))).toBe(true);
	});

	it('no source file imports a network module or calls fetch or WebSocket', () => {
		const files = filesUnder('source', /\.tsx?$/);
		expect(files.length).toBeGreaterThan(20);
		for (const file of files) {
			const text = readFileSync(file, 'utf8');
			expect(networkModules(importedModules(text)), file).toEqual([]);
			expect(text, file).not.toMatch(/\bfetch\s*\(|\bWebSocket\b|\bEventSource\b/);
		}
	});
});
