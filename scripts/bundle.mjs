// Bundles the compiled JavaScript (tsc's output in build/) into dist/, what the `netflix-tui` command
// runs. Node 20 spends most of a start resolving, reading and compiling files: Ink, React and their
// dependencies are ≈150 modules, ≈380 ms to import one by one and ≈100 ms as one bundle on the machine
// measured (README, Performance). cli.js is a small ES module; what it runs is a script with V8's code
// cache (scripts/command-script.mjs): the command path, the explorer (Ink, React, Yoga, the screens), and
// the commands' title thread. The explorer's reader thread is an entry point of its own
// (`new URL('./viewing-worker.js', import.meta.url)`). Plain JavaScript: `npm run build` runs it with
// node, before anything is compiled for tsx.
import {rmSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {build} from 'esbuild';
import path from 'node:path';
import {LOADER, loaderOf, SCRIPTS, scriptOptions, writeCodeCache, writeEntry, writeExplorerCache, writeTitleWorker, writeTitleWorkerCache} from './command-script.mjs';
import {patchInkOutput, patchLogUpdate, patchSanitizeAnsi, patchSegmenters, patchStringWidth} from './ink-fast-paths.mjs';

/** The explorer script's own plugins: Ink's frame made cheaper, and Yoga loaded without a top-level await. */
const INK_PLUGINS = [
	{
		// Ink imports its React DevTools bridge when DEV=true is in the environment: `ws` (a WebSocket client,
		// bundled with it) and react-devtools-core, which connects to ws://localhost:8097. netflix-tui sends
		// nothing anywhere, whatever the environment: the bridge is not imported, so the bundle holds no
		// network code at all (test/scripts/offline.test.ts). Its import and the package.json read for it
		// were Ink's top-level awaits, which a script (CommonJS) cannot hold.
		name: 'no-ink-devtools',
		setup(bundle) {
			bundle.onLoad({filter: /[\\/]node_modules[\\/]ink[\\/]build[\\/]reconciler\.js$/}, async args => {
				const source = await readFile(args.path, 'utf8');
				const awaits = ["await import('./devtools.js');", '? await loadPackageJson()'];
				for (const text of awaits) if (!source.includes(text)) throw new Error(`${args.path}: Ink no longer has "${text}": update scripts/bundle.mjs`);
				return {contents: source.replace(awaits[0], '').replace(awaits[1], '? {name: undefined, version: undefined}'), loader: 'js'};
			});
		},
	},
	{
		// Ink turns each frame into text by cutting every line it draws into styled characters (ANSI
		// tokenizing and string-width), with caches made new for every frame: a keystroke in a 120×40
		// list redid all of it for the lines that did not change. One cache for every frame, emptied
		// when it grows large, keeps that work for new lines only (the characters are only read).
		name: 'ink-output-caches-kept',
		setup(bundle) {
			bundle.onLoad({filter: /[\\/]node_modules[\\/]ink[\\/]build[\\/]output\.js$/}, async args => {
				const source = await readFile(args.path, 'utf8');
				const field = 'caches = new OutputCaches();';
				if (!source.includes(field)) throw new Error(`${args.path}: Ink's Output no longer has "${field}": update scripts/bundle.mjs`);
				const kept =
					'let keptCaches;\nfunction frameCaches() {\n\tif (!keptCaches || keptCaches.styledChars.size > 2000 || keptCaches.widths.size > 50000) keptCaches = new OutputCaches();\n\treturn keptCaches;\n}\n';
				const patched = source.replace('export default class Output', `${kept}export default class Output`).replace(field, 'caches = frameCaches();');
				return {contents: patchInkOutput(patched, args.path), loader: 'js'};
			});
		},
	},
	{
		// Ink's frame drawn with less work (scripts/ink-fast-paths.mjs): plain text measured and kept as it
		// is by string-width and sanitizeAnsi, the changed-lines writer fixed; Output.get() is patched above.
		name: 'ink-plain-text',
		setup(bundle) {
			bundle.onLoad({filter: /[\\/]node_modules[\\/]string-width[\\/]index\.js$/}, async args => {
				const source = await readFile(args.path, 'utf8');
				return {contents: /[\\/]wrap-ansi[\\/]/.test(args.path) ? patchSegmenters(source, args.path) : patchStringWidth(source, args.path), loader: 'js'};
			});
			// The other modules that make an Intl.Segmenter as they are evaluated: made on first use.
			bundle.onLoad({filter: /[\\/]node_modules[\\/](slice-ansi[\\/]tokenize-ansi|@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]tokenize)\.js$/}, async args => ({
				contents: patchSegmenters(await readFile(args.path, 'utf8'), args.path),
				loader: 'js',
			}));
			bundle.onLoad({filter: /[\\/]node_modules[\\/]ink[\\/]build[\\/]sanitize-ansi\.js$/}, async args => ({
				contents: patchSanitizeAnsi(await readFile(args.path, 'utf8'), args.path),
				loader: 'js',
			}));
			bundle.onLoad({filter: /[\\/]node_modules[\\/]ink[\\/]build[\\/]log-update\.js$/}, async args => ({
				contents: patchLogUpdate(await readFile(args.path, 'utf8'), args.path),
				loader: 'js',
			}));
		},
	},
	{
		// Yoga (Ink's layout engine) loads its WebAssembly from a data: URL with fetch() when there is one:
		// Node's fetch is undici, ≈100 ms of modules compiled on the thread that reads keys, in one piece,
		// while the export loads (`q` waited for it). Without fetch, Yoga decodes the same bytes itself,
		// with atob() and a loop over its 72 kB (10 ms); Node's base64 decoder does it in 0.4 ms.
		name: 'yoga-without-fetch',
		setup(bundle) {
			bundle.onLoad({filter: /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/}, async args => {
				const source = await readFile(args.path, 'utf8');
				const decode = 'var b=xa(a.slice(37)),c=new Uint8Array(b.length);for(a=0;a<b.length;++a)c[a]=b.charCodeAt(a);var d=c';
				if (!source.includes(decode)) throw new Error(`${args.path}: Yoga no longer decodes its WebAssembly as "${decode}": update scripts/bundle.mjs`);
				return {contents: `var fetch;\n${source.replace(decode, "var d=new Uint8Array(Buffer.from(a.slice(37),'base64'))")}`, loader: 'js'};
			});
		},
	},
	{
		// yoga-layout's module awaits its WebAssembly at its top level, which a script (CommonJS) cannot
		// hold. In the explorer's script, `yoga-layout` is this module instead: the same exports, the
		// WebAssembly loaded when the module is evaluated, and `ready`, which load-in-steps.ts awaits
		// before anything uses Yoga (Ink only calls it from its functions, never as its modules are evaluated).
		name: 'yoga-without-top-level-await',
		setup(bundle) {
			const yoga = path.resolve('node_modules/yoga-layout/dist');
			bundle.onResolve({filter: /^yoga-layout$/}, () => ({path: 'yoga-layout', namespace: 'yoga-when-ready'}));
			bundle.onLoad({filter: /.*/, namespace: 'yoga-when-ready'}, () => ({
				contents: `import loadYoga from ${JSON.stringify(`${yoga}/binaries/yoga-wasm-base64-esm.js`)};
import wrapAssembly from ${JSON.stringify(`${yoga}/src/wrapAssembly.js`)};
export * from ${JSON.stringify(`${yoga}/src/generated/YGEnums.js`)};
let Yoga;
export const ready = loadYoga().then(assembly => {
	Yoga = wrapAssembly(assembly);
});
export {Yoga as default};
`,
				loader: 'js',
				resolveDir: yoga,
			}));
		},
	},
];

rmSync('dist', {recursive: true, force: true});
await build({
	entryPoints: ['build/cli.js', 'build/load/viewing-worker.js'],
	outdir: 'dist',
	entryNames: '[name]',
	chunkNames: '[name]-[hash]',
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	// React's production build only (the CLI asked for it through NODE_ENV before; now it is fixed here).
	define: {'process.env.NODE_ENV': '"production"'},
	plugins: [
		{
			// A command's code, and the explorer's (source/explorer-path.ts), are scripts with their code caches
			// (scripts/command-script.mjs): cli.js's import of either is a loader that runs it.
			name: 'scripts',
			setup(bundle) {
				const loaders = {'./commands/command-path.js': LOADER, './explorer-path.js': loaderOf(SCRIPTS.explorer, ['explore'])};
				bundle.onResolve({filter: /^\.\/(commands\/command-path|explorer-path)\.js$/}, args =>
					/[\\/]build[\\/]cli\.js$/.test(args.importer) ? {path: args.path, namespace: 'script-loader'} : undefined,
				);
				bundle.onLoad({filter: /.*/, namespace: 'script-loader'}, args => ({contents: loaders[args.path], loader: 'js', resolveDir: path.resolve('build')}));
			},
		},
	],
	// CommonJS inside the bundle (React, adm-zip's own requires) calls require(): give ES modules one.
	banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"},
	logLevel: 'warning',
});
await build(scriptOptions('dist'));
await build(scriptOptions('dist', SCRIPTS.explorer, 'build/explorer-path.js', INK_PLUGINS));
await writeEntry('dist');
// Every command, so that the cache holds the code each one runs (a function no command ran is compiled when called).
const sampleTitles = await writeCodeCache('dist', 'fixtures/sample/netflix-report.zip', [
	['stopped', '--json'],
	['stopped'],
	['summary', '--json'],
	['summary'],
	['history', '--json'],
	['doctor', '--json'],
]);
await writeExplorerCache('dist', 'fixtures/sample/netflix-report.zip');
// The title thread: a script with its cache, started by dist/title-worker.cjs (scripts/command-script.mjs).
await build(scriptOptions('dist', SCRIPTS.titles, 'build/load/title-worker.js'));
writeTitleWorker('dist');
await writeTitleWorkerCache('dist', sampleTitles);
