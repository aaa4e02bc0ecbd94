/**
 * How dist/ is cut into files decides what runs in one piece on the thread that reads keys (issue #14,
 * target 4) and what the first frame waits for: checked on the bundle `npm run build` made (esbuild
 * marks each module it bundles with a `// node_modules/…` or `// build/…` line).
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

function text(file: string): string {
	return readFileSync(path.join(DIST, file), 'utf8');
}

/** The file of dist/ whose name starts with `prefix` (esbuild adds a hash). */
function named(prefix: string): string {
	const found = readdirSync(DIST).filter(f => f.startsWith(`${prefix}-`) && f.endsWith('.js'));
	expect(found, prefix).toHaveLength(1);
	return found[0]!;
}

/** The files a file loads before it runs: itself and its static imports, transitively. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
	if (seen.has(file)) return seen;
	seen.add(file);
	for (const m of text(file).matchAll(/^(?:import|export)\s[^;]*?from\s*"\.\/([^"]+)"|^import\s*"\.\/([^"]+)"/gm)) staticClosure(m[1] ?? m[2]!, seen);
	return seen;
}

/** The modules (`node_modules/…`, `build/…` paths) bundled into the given files. */
function modulesIn(files: Iterable<string>): string[] {
	return [...files].flatMap(f => [...text(f).matchAll(/^\/\/ ((?:node_modules|build)\/\S+)$/gm)].map(m => m[1]!));
}

describe('the bundle: what loads when', () => {
	it('reads the static imports it follows (the scan itself can fail)', () => {
		const cli = staticClosure('cli.js');
		expect(cli.size).toBeGreaterThan(1);
		expect(modulesIn(cli)).toContain('build/cli.js');
	});

	it('the first frame waits for no Ink, React, string-width, reader or screen code', () => {
		const first = modulesIn(new Set([...staticClosure('cli.js'), ...staticClosure(named('preload'))]));
		expect(first).toContain('build/ui/preload.js');
		expect(first).toContain('build/ui/key-reader.js');
		// Allowed: the error classes (cli.tsx maps them to exit codes), load/sliced-first-pass.ts (its `tick`) and
		// model/stopped.ts (the keymap's help names its abandoned threshold; it imports only types, ≈4 KB).
		const heavy = first.filter(m =>
			/^node_modules\/(ink|react|react-reconciler|yoga-layout|string-width)\/|^build\/model\/(?!stopped\.js$)|^build\/load\/(?!sliced-first-pass\.js$)|^build\/export\/(?!errors\.js$)|^build\/ui\/screen-data\.js$/.test(
				m,
			),
		);
		expect(heavy).toEqual([]);
	});

	it('React, the reconciler, Yoga, Ink’s dependencies and Ink are each loaded by imports of their own, in that order, before the screens', () => {
		const chunk = staticClosure(named('load-in-steps'));
		// load-in-steps is a small entry re-exporting from its chunk: find the import() calls in either.
		const source = [...chunk].map(text).join('\n');
		const imported = [...source.matchAll(/import\("\.\/([^"]+)"\)/g)].map(m => m[1]!);
		expect(imported.length).toBeGreaterThan(5);
		// Each step brings its own code: the files each import loads, minus those of the steps before it.
		const loaded = new Set<string>();
		const own = imported.map(file => {
			const files = [...staticClosure(file)].filter(f => !loaded.has(f));
			for (const f of files) loaded.add(f);
			return modulesIn(files);
		});
		const stepOf = (module: RegExp) => own.findIndex(modules => modules.some(m => module.test(m)));
		const react = stepOf(/^node_modules\/react\/cjs\/react\.production\.js$/);
		const reconciler = stepOf(/^node_modules\/react-reconciler\/cjs\/react-reconciler\.production\.js$/);
		const yoga = stepOf(/^node_modules\/yoga-layout\/dist\/binaries\//);
		const ink = stepOf(/^node_modules\/ink\/build\/ink\.js$/);
		// Ink's dependencies in two steps (each module of the dependencies costs the loader a file of its own).
		const textStep = stepOf(/^node_modules\/wrap-ansi\//);
		expect(stepOf(/^node_modules\/slice-ansi\//)).toBe(textStep);
		const terminal = stepOf(/^node_modules\/chalk\//);
		expect(stepOf(/^node_modules\/ansi-escapes\//)).toBe(terminal);
		expect(stepOf(/^node_modules\/stack-utils\//)).toBe(terminal);
		const order = [react, reconciler, yoga, textStep, terminal, ink];
		expect(order.every(i => i >= 0)).toBe(true);
		expect(new Set(order).size).toBe(order.length);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
		// Ink's own step is Ink and a few small helpers: its 25 other dependencies came a step before.
		const inkStep = own[ink]!.filter(m => m.startsWith('node_modules/') && !m.startsWith('node_modules/ink/'));
		expect(
			inkStep.filter(m =>
				/^node_modules\/(chalk|wrap-ansi|slice-ansi|cli-truncate|signal-exit|ansi-escapes|@alcalzone|stack-utils|terminal-size|emoji-regex|string-width)\//.test(m),
			),
		).toEqual([]);
		// The screens then find all of it loaded.
		const screens = [...staticClosure(named('run-tui'))].filter(f => !loaded.has(f));
		expect(modulesIn(screens).filter(m => m.startsWith('node_modules/'))).toEqual([]);
	});
});
