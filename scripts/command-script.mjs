// A command's code as one script with V8's code cache (issue #14, target 1). Node 20 compiles an ES
// module's functions as they are first called, and its module loader resolves, reads and links each of
// the ≈30 files a command imports: at 20k rows that compiling was ≈90 M of the ≈1,350 M instructions of
// `stopped --json`'s main thread (callgrind). Node 20 has no code cache for ES modules; it has one for
// scripts (vm.Script's cachedData). So the command path (source/commands/command-path.ts) is bundled a
// second time as one script, dist/command-path.cjs, and its code cache is made here, at build time, by
// running commands on the bundled sample export (synthetic): dist/command-path.cache holds bytecode of
// our own code, nothing of anyone's export, and nothing is written when the command runs. A cache made by
// another Node version or with other V8 flags is refused by V8, and the script then compiles as usual.
//
// The explorer (source/explorer-path.ts, dist/explorer-path.cjs) and the commands' title thread
// (source/load/title-worker.ts, dist/title-worker-script.cjs) are made the same way, their caches by running
// the explorer on the sample in a fake terminal (writeExplorerCache) and by parsing the sample's titles
// (writeTitleWorkerCache). Node 20 has no code cache for ES modules (the explorer's start was ≈180 ms of
// loading them at 20k rows, ≈30 ms as a script with its cache).
//
// cli.tsx imports `./commands/command-path.js`; in the bundle, that import is the loader below. The error
// classes stay one instance (cli.tsx tells a usage error from an export error with `instanceof`): the
// script receives the bundle's export/errors.js module instead of a copy of its own.
import {readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {Script} from 'node:vm';
import {setFlagsFromString} from 'node:v8';
import {readFile} from 'node:fs/promises';
import {patchStringWidth} from './ink-fast-paths.mjs';

/** The scripts the build makes (`NAME.cjs`, with its code cache `NAME.cache`), by what they run. */
export const SCRIPTS = {command: 'command-path', explorer: 'explorer-path', titles: 'title-worker-script'};

/**
 * The module cli.js imports in the bundle for `name`.cjs (a script made by scriptOptions): runs the script
 * with its cache, gives it the bundle's export/errors.js, and exports `names` from what it returns.
 */
export function loaderOf(name, names) {
	return `import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';
import {Script} from 'node:vm';
import * as errors from ${JSON.stringify(path.resolve('build/export/errors.js'))};
const file = fileURLToPath(new URL('./${name}.cjs', import.meta.url));
let cachedData;
try {
	cachedData = readFileSync(fileURLToPath(new URL('./${name}.cache', import.meta.url)));
} catch {}
const script = new Script(readFileSync(file, 'utf8'), {filename: file, cachedData});
const loaded = script.runInThisContext()(createRequire(import.meta.url), import.meta.url, errors);
export const {${names.join(', ')}} = loaded;
`;
}

/** The module cli.js imports for a command in the bundle: runs the script with its cache. */
export const LOADER = loaderOf(SCRIPTS.command, ['commandLine', 'answer']);

/**
 * esbuild options for a script: a function of (require, the URL of the bundle's files, export/errors.js).
 * `name`: the script's file name in `outdir` without `.cjs`; `entry`: the module it bundles (tsc's
 * output); `plugins`: esbuild plugins of its own, before the shared ones.
 */
export function scriptOptions(outdir, name = SCRIPTS.command, entry = 'build/commands/command-path.js', plugins = []) {
	return {
		entryPoints: [entry],
		outfile: path.join(outdir, `${name}.cjs`),
		bundle: true,
		format: 'cjs',
		platform: 'node',
		target: 'node20',
		define: {'process.env.NODE_ENV': '"production"', 'import.meta.url': '__bundleUrl'},
		banner: {js: '(function (require, __bundleUrl, __errors) {\n"use strict";\nvar module = {exports: {}}, exports = module.exports;'},
		footer: {js: 'return module.exports;\n})'},
		plugins: [
			...plugins,
			{
				// The title thread runs a script with its code cache too (title-worker.cjs, written below).
				name: 'title-worker-script',
				setup(build) {
					build.onLoad({filter: /[\\/]build[\\/]load[\\/]title-thread\.js$/}, async args => {
						const source = await readFile(args.path, 'utf8');
						const url = "new URL('./title-worker.js', import.meta.url)";
						if (!source.includes(url)) throw new Error(`${args.path}: no longer has ${url}: update scripts/command-script.mjs`);
						return {contents: source.replace(url, `new URL('./${TITLE_WORKER}', import.meta.url)`), loader: 'js'};
					});
				},
			},
			{
				name: 'errors-from-the-bundle',
				setup(build) {
					build.onResolve({filter: /[\\/]errors\.js$/}, args =>
						args.namespace !== 'bundle-errors' && path.resolve(args.resolveDir, args.path) === path.resolve('build/export/errors.js')
							? {path: 'errors', namespace: 'bundle-errors'}
							: undefined,
					);
					// The bin (netflix-tui.cjs) runs the script without the bundle, and gives no errors module: the
					// script then uses its own copy of the classes (nothing else is loaded to tell them apart).
					build.onLoad({filter: /.*/, namespace: 'bundle-errors'}, () => ({
						contents: `import * as own from ${JSON.stringify(path.resolve('build/export/errors.js'))};\nmodule.exports = __errors ?? own;`,
						loader: 'js',
						resolveDir: path.resolve('build/export'),
					}));
				},
			},
			{
				// string-width makes its Unicode patterns as its module is evaluated: ≈50 ms of a text answer
				// (summary, shows…) whose names are all plain text, which never needs them (text/format.ts
				// measures printable ASCII itself). Made on its first text that is not plain instead, as in
				// the explorer's bundle (scripts/ink-fast-paths.mjs).
				name: 'string-width-patterns-when-needed',
				setup(build) {
					build.onLoad({filter: /[\\/]node_modules[\\/]string-width[\\/]index\.js$/}, async args =>
						/[\\/]wrap-ansi[\\/]/.test(args.path) ? undefined : {contents: patchStringWidth(await readFile(args.path, 'utf8'), args.path), loader: 'js'},
					);
				},
			},
		],
		logLevel: 'warning',
	};
}

/**
 * CommonJS that runs the script `name`.cjs in dist/ with its code cache: `run(errors)` calls the
 * script's function (errors: export/errors.js, or undefined for the script's own copy).
 */
function runScript(name) {
	return `const {readFileSync} = require('node:fs');
const path = require('node:path');
const {pathToFileURL} = require('node:url');
const {Script} = require('node:vm');
const file = path.join(__dirname, '${name}.cjs');
let cachedData;
try {
	cachedData = readFileSync(path.join(__dirname, '${name}.cache'));
} catch {}
const script = new Script(readFileSync(file, 'utf8'), {filename: file, cachedData});
const run = errors => script.runInThisContext()(require, pathToFileURL(file).href, errors);`;
}

/** The file the title thread starts (title-thread.ts's URL, rewritten above): it runs SCRIPTS.titles. */
export const TITLE_WORKER = 'title-worker.cjs';

/** Writes dist/title-worker.cjs, the file the title thread starts: the script with its cache. */
export function writeTitleWorker(outdir) {
	const text = `'use strict';
// The title thread (source/load/title-worker.ts), written by scripts/command-script.mjs: its script with
// its code cache, as a command's (the thread starts before the file is inflated, and compiles less).
${runScript(SCRIPTS.titles)}
run(undefined);
`;
	writeFileSync(path.join(outdir, TITLE_WORKER), text);
}

/** The netflix-tui bin (package.json), next to the script. */
export const ENTRY = 'netflix-tui.cjs';

/**
 * Writes the netflix-tui bin: a command (`netflix-tui stopped …`) runs the command script with its code
 * cache as CommonJS, without Node's ES module loader and cli.js's chunks (≈20–50 ms of a command's start
 * at 20k rows, medians of 9 runs); anything else (the explorer, --help, --version) is cli.js, and so is a
 * command line the script finds names no command. The command names come from the build.
 */
export async function writeEntry(outdir) {
	const {COMMANDS} = await import(pathToFileURL(path.resolve('build/commands/args.js')).href);
	const text = `#!/usr/bin/env node
'use strict';
// The netflix-tui command (package.json "bin"), written by scripts/command-script.mjs: a command runs
// the command script (${SCRIPTS.command}.cjs) as CommonJS; anything else is cli.js.
const argv = process.argv.slice(2);
const COMMANDS = ${JSON.stringify(COMMANDS)};
const explorer = () => import('./cli.js');
if (argv.some(arg => COMMANDS.includes(arg))) {
${runScript(SCRIPTS.command).replace(/^/gm, '\t')}
	const place = {
		demoExport: path.join(__dirname, '../fixtures/sample/netflix-report.zip'),
		version: () => JSON.parse(readFileSync(path.join(__dirname, '../package.json'), 'utf8')).version,
	};
	// No errors module given: the script uses its own error classes.
	run(undefined).commandLine(argv, place).then(code => {
		if (code === null) return explorer();
		process.exitCode = code;
	});
} else explorer();
`;
	writeFileSync(path.join(outdir, ENTRY), text, {mode: 0o755});
}

/**
 * Runs the script `name`.cjs of `outdir` (with the bundle's error classes), awaits `warm` on what the
 * script returns, and writes `name`.cache: every function the warm-up compiled. Gives warm's value.
 */
async function writeCache(outdir, name, warm) {
	const file = path.resolve(outdir, `${name}.cjs`);
	const script = new Script(readFileSync(file, 'utf8'), {filename: file});
	const url = pathToFileURL(file).href;
	const errors = await import(pathToFileURL(path.resolve('build/export/errors.js')).href);
	const value = await warm(script.runInThisContext()(createRequire(url), url, errors));
	writeFileSync(path.resolve(outdir, `${name}.cache`), script.createCachedData());
	return value;
}

/**
 * The command script's cache: its commands run on the sample export. `commands`: the invocations to run
 * (argument lists, without the export). Gives the sample's distinct titles.
 */
export async function writeCodeCache(outdir, sample, commands) {
	const {parseInvocation} = await import(pathToFileURL(path.resolve('build/commands/args.js')).href);
	return writeCache(outdir, SCRIPTS.command, async run => {
		let titles = [];
		for (const argv of commands) {
			const inv = parseInvocation([...argv, sample]);
			const view = await run.openExport(sample, run.loadNeeds(inv.command));
			titles = view.loaded.titles;
			await run.runCommand(inv.command, view, inv, '0.0.0');
			run.warningsText(inv.command, view);
		}
		return titles;
	});
}

/**
 * The explorer script's cache: the explorer opens `sample` in a fake terminal, draws the Stopped screen
 * and takes a few keys (ui/warm-up.ts).
 */
export function writeExplorerCache(outdir, sample) {
	return writeCache(outdir, SCRIPTS.explorer, run => run.warmUp(sample));
}

/**
 * The title thread script's cache: its parse of `titles` (the sample export's), through a port that only
 * records. Made with the engine's flags set (source/load/engine-tuning.ts): a command sets them before it
 * starts the thread, and V8 refuses a cache made under other flags. So this one comes last: the flags stay
 * set in this process.
 */
export async function writeTitleWorkerCache(outdir, titles) {
	const {engineFlags} = await import(pathToFileURL(path.resolve('build/load/engine-tuning.js')).href);
	const flags = engineFlags();
	if (flags) setFlagsFromString(flags);
	return writeCache(outdir, SCRIPTS.titles, ({serveTitles}) => {
		let listener;
		const answers = [];
		serveTitles({on: (_event, l) => (listener = l), postMessage: message => answers.push(message)});
		listener({titles: titles.slice(0, titles.length >> 1)});
		listener({titles: titles.slice(titles.length >> 1)});
		listener({done: true, withParses: true});
		if (answers.length !== 1 || answers[0].columns.kinds.length !== titles.length) throw new Error('the title thread script did not answer its warm-up');
	});
}
