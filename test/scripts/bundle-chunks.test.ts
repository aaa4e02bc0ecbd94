/**
 * How dist/ is cut into files decides what runs in one piece on the thread that reads keys (issue #14,
 * target 4) and what the first frame waits for: checked on the bundle `npm run build` made (esbuild
 * marks each module it bundles with a `// node_modules/…` or `// build/…` line).
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

function text(file: string): string {
	return readFileSync(path.join(DIST, file), 'utf8');
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

/** Modules that must not run before the first frame. */
const HEAVY =
	/^node_modules\/(ink|react|react-reconciler|scheduler|yoga-layout|string-width)\/|^build\/(model|query)\/(?!stopped\.js$)|^build\/ui\/(screen-data|run-tui|Root)\.js$/;

/**
 * The modules of the explorer script (dist/explorer-path.cjs, one CommonJS script: scripts/bundle.mjs), by
 * path: `name`, the function esbuild wraps a module in that runs it on its first import (init_… for an ES
 * module, require_… for CommonJS), absent for a module run as the script loads; `calls`, the init_ and
 * require_ functions its text calls (the modules it runs).
 */
function scriptModules(): Map<string, {name?: string; calls: string[]}> {
	const text = readFileSync(path.join(DIST, 'explorer-path.cjs'), 'utf8');
	const parts = text.split(/^\/\/ ((?:node_modules\/|build\/|[\w-]+:)\S+)$/m);
	const modules = new Map<string, {name?: string; calls: string[]}>();
	for (let i = 1; i < parts.length; i += 2) {
		const code = parts[i + 1]!;
		const name = /^var ((?:init|require)_\w+) = __(?:esm|commonJS)\(\{$/m.exec(code)?.[1];
		const calls = [...code.matchAll(/\b((?:init|require)_\w+)\(\)/g)].map(m => m[1]!).filter(call => call !== name);
		modules.set(parts[i]!, {name, calls});
	}
	return modules;
}

describe('the bundle: what loads when', () => {
	it('reads the static imports it follows (the scan itself can fail)', () => {
		const cli = staticClosure('cli.js');
		expect(cli.size).toBeGreaterThan(1);
		expect(modulesIn(cli)).toContain('build/cli.js');
	});

	it('the first frame waits for no Ink, React, string-width, reader or screen code', () => {
		const first = modulesIn(staticClosure('cli.js'));
		// Allowed: the error classes (cli.tsx maps them to exit codes), and query/typed-date.ts (args.ts reads --since with it).
		const heavy = first.filter(m => /^node_modules\/|^build\/(model|load|ui)\/|^build\/export\/(?!errors\.js$)|^build\/query\/(?!typed-date\.js$)/.test(m));
		expect(heavy).toEqual([]);
		// The explorer script is compiled before the first frame (from its code cache), but the modules of
		// Ink, React, Yoga and the screens in it run only when load-in-steps.ts and the load import them.
		const script = scriptModules();
		expect(script.get('build/ui/preload.js')?.name).toBeDefined();
		const eager = [...script].filter(([m, {name}]) => name === undefined && HEAVY.test(m)).map(([m]) => m);
		expect(eager).toEqual([]);
		// …and the ones that do run as it loads are the few that start the explorer.
		const running = [...script].filter(([, {name}]) => name === undefined).map(([m]) => m);
		expect(running).toContain('build/explorer-path.js');
		expect(running.length).toBeLessThan(12);
	});

	it('React, the reconciler, Yoga, Ink’s dependencies and Ink are each loaded by imports of their own, in that order, before the screens', () => {
		const script = scriptModules();
		const text = readFileSync(path.join(DIST, 'explorer-path.cjs'), 'utf8');
		const body = text.slice(text.indexOf('async function loadInkInSteps()'));
		const steps = body.slice(0, body.indexOf('\n}\n'));
		// Each import of the steps, in order: the module it runs (esbuild's init_/require_ function).
		const imported = [...steps.matchAll(/await Promise\.resolve\(\)\.then\(\(\) => (?:__toESM\()?\(?((?:init|require)_\w+)\(\)/g)].map(m => m[1]!);
		expect(imported.length).toBeGreaterThan(5);
		const byName = new Map([...script].flatMap(([m, {name}]) => (name ? [[name, m] as const] : [])));
		// Each step brings its own code: the modules each one runs, minus those of the steps before it.
		const loaded = new Set<string>();
		const closure = (name: string, found: string[] = []): string[] => {
			const module = byName.get(name);
			if (!module || loaded.has(module)) return found;
			loaded.add(module);
			found.push(module);
			for (const call of script.get(module)!.calls) closure(call, found);
			return found;
		};
		const own = imported.map(name => closure(name));
		const stepOf = (module: RegExp) => own.findIndex(modules => modules.some(m => module.test(m)));
		const react = stepOf(/^node_modules\/react\/cjs\/react\.production\.js$/);
		const reconciler = stepOf(/^node_modules\/react-reconciler\/cjs\/react-reconciler\.production\.js$/);
		const yoga = stepOf(/^node_modules\/yoga-layout\/dist\/binaries\//);
		const ink = stepOf(/^node_modules\/ink\/build\/ink\.js$/);
		// Ink's dependencies in two steps.
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
		// The screens then find all of it loaded, but for fuse.js (the search's, 60 kB of classes to define).
		const screens = closure(script.get('build/ui/run-tui.js')!.name!);
		expect(screens).toContain('build/ui/Root.js');
		expect(screens.filter(m => m.startsWith('node_modules/') && !m.startsWith('node_modules/fuse.js/'))).toEqual([]);
	});
});
