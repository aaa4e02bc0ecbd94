/**
 * A command's code runs as one script with V8's code cache (scripts/command-script.mjs): checked on the
 * files `npm run build` made. The cache must be one this Node accepts (else every command compiles its
 * code as before, silently), the script must hold no copy of the error classes (cli.tsx tells usage
 * errors from export errors by `instanceof`), and the explorer must not load it.
 */
import {spawnSync} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {Script} from 'node:vm';
import {describe, expect, it} from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = path.join(ROOT, 'dist');

describe('the command script and its code cache', () => {
	it('Node accepts the cache made at build time', () => {
		const file = path.join(DIST, 'command-path.cjs');
		const script = new Script(readFileSync(file, 'utf8'), {filename: file, cachedData: readFileSync(path.join(DIST, 'command-path.cache'))});
		expect(script.cachedDataRejected).toBe(false);
		// A cache of another script is refused: the check above can fail.
		const other = new Script('(function () { return 1; })', {filename: file, cachedData: readFileSync(path.join(DIST, 'command-path.cache'))});
		expect(other.cachedDataRejected).toBe(true);
	});

	it('Node accepts the explorer script’s cache too, made by running the explorer on the sample export', () => {
		const file = path.join(DIST, 'explorer-path.cjs');
		const cachedData = readFileSync(path.join(DIST, 'explorer-path.cache'));
		const script = new Script(readFileSync(file, 'utf8'), {filename: file, cachedData});
		expect(script.cachedDataRejected).toBe(false);
		// The warm-up ran the screens (ui/warm-up.ts): a cache of the modules' loading alone was ≈0.7 MB.
		expect(cachedData.length).toBeGreaterThan(1_000_000);
		// cli.js runs the explorer through the script, given the bundle's error classes.
		const loaders = readdirSync(DIST).filter(f => f.endsWith('.js') && readFileSync(path.join(DIST, f), 'utf8').includes('explorer-path.cjs'));
		expect(loaders).toHaveLength(1);
		expect(readFileSync(path.join(DIST, loaders[0]!), 'utf8')).toMatch(/runInThisContext\(\)\(createRequire\(import\.meta\.url\), import\.meta\.url, errors\w*\)/);
	});

	it('the title thread runs its own script with a cache Node accepts under the flags a command sets, and answers as the module does', async () => {
		// A command sets the engine's flags (load/engine-tuning.ts) before it starts the thread: the cache is
		// made under them. Checked in a process of its own (V8's flags are the whole process's), both ways.
		const accepted = (flags: string) =>
			spawnSync(
				process.execPath,
				[
					'-e',
					`if (process.argv[1]) require('node:v8').setFlagsFromString(process.argv[1]);
					const {Script} = require('node:vm'); const {readFileSync} = require('node:fs');
					const file = ${JSON.stringify(path.join(DIST, 'title-worker-script.cjs'))};
					const script = new Script(readFileSync(file, 'utf8'), {filename: file, cachedData: readFileSync(${JSON.stringify(path.join(DIST, 'title-worker-script.cache'))})});
					process.stdout.write(String(!script.cachedDataRejected));`,
					flags,
				],
				{encoding: 'utf8'},
			).stdout;
		const {engineFlags} = await import('../../source/load/engine-tuning.js');
		const flags = engineFlags();
		expect(accepted(flags ?? '')).toBe('true');
		if (flags) expect(accepted('')).toBe('false');
		// The command script starts dist/title-worker.cjs, not the ES module it was bundled from.
		expect(readFileSync(path.join(DIST, 'command-path.cjs'), 'utf8')).toContain('new URL("./title-worker.cjs", __bundleUrl)');
		const {Worker} = await import('node:worker_threads');
		const worker = new Worker(path.join(DIST, 'title-worker.cjs'));
		const titles = ['Dark: Season 1: Secrets', 'Dark: Season 1: Lies', 'The Irishman', 'Lupin: Part 2: Chapter 7'];
		const answer = new Promise<{columns: {kinds: ArrayLike<number>}}>((resolve, reject) => {
			// The thread's first message says it has started (READY); the answer comes after.
			worker.on('message', message => 'columns' in message && resolve(message));
			worker.once('error', reject);
		});
		worker.postMessage({titles: titles.slice(0, 2)});
		worker.postMessage({titles: titles.slice(2)});
		worker.postMessage({done: true, withParses: false});
		const {columns} = await answer;
		await worker.terminate();
		expect(columns.kinds.length).toBe(titles.length);
		// Two episodes of one show, a movie, an episode: the same kinds as the model made here.
		const {titleModelOf} = await import('../../source/model/title-model.js');
		const {firstPass} = await import('../../source/model/title-first-pass.js');
		expect(Array.from(columns.kinds)).toEqual(Array.from(titleModelOf(titles, firstPass(titles)).kinds));
	});

	it("holds the command path, and takes the bundle's error classes when given them", () => {
		const text = readFileSync(path.join(DIST, 'command-path.cjs'), 'utf8');
		expect(text).toContain('// build/load/open-export.js');
		expect(text).toContain('// build/commands/run-command.js');
		// Its own copy serves the bin, which loads no bundle; through cli.js the bundle's are used (below).
		expect(text).toMatch(/module2?\.exports = __errors \?\? errors_exports;/);
	});

	it("makes string-width's Unicode patterns on its first text that is not plain, not as it is loaded", () => {
		const text = readFileSync(path.join(DIST, 'command-path.cjs'), 'utf8');
		// ≈50 ms of every text answer whose names are plain (scripts/command-script.mjs).
		expect(text).toMatch(/^var [^;\n]*\brgiEmojiRegex\b/m);
		expect(text).toMatch(/rgiEmojiRegex \?\?= new RegExp/);
		expect(text).not.toMatch(/const rgiEmojiRegex = /);
	});

	it('is loaded by the bundle only for a command', () => {
		const loaders = readdirSync(DIST).filter(f => f.endsWith('.js') && readFileSync(path.join(DIST, f), 'utf8').includes('command-path.cjs'));
		expect(loaders).toHaveLength(1);
		// The explorer's code does not reach that chunk: only cli.js imports it, by a dynamic import.
		const importers = readdirSync(DIST).filter(f => f.endsWith('.js') && readFileSync(path.join(DIST, f), 'utf8').includes(`./${loaders[0]}`));
		expect(importers).toEqual(['cli.js']);
	});

	it('a command through it answers, and its errors keep their exit codes', () => {
		const cli = path.join(DIST, 'cli.js');
		const sample = path.join(ROOT, 'fixtures/sample/netflix-report.zip');
		const ok = spawnSync(process.execPath, [cli, 'stopped', '--json', sample], {encoding: 'utf8'});
		expect(ok.status).toBe(0);
		expect(JSON.parse(ok.stdout).length).toBeGreaterThan(0);
		const bad = spawnSync(process.execPath, [cli, 'stopped', path.join(ROOT, 'fixtures/bad/corrupt.zip')], {encoding: 'utf8'});
		expect([bad.status, bad.stderr.split('\n')[0]]).toEqual([1, expect.stringContaining('the ZIP is damaged')]);
		// A usage error thrown inside the script (the profile is looked up once the export is read).
		const usage = spawnSync(process.execPath, [cli, 'stopped', '--profile', 'Nobody', sample], {encoding: 'utf8'});
		expect([usage.status, usage.stderr.split('\n')[0]]).toEqual([2, expect.stringContaining('no profile "Nobody"')]);
	});

	it('the netflix-tui bin answers a command as cli.js does, with its exit codes, and leaves the rest to cli.js', () => {
		const bin = path.join(DIST, 'netflix-tui.cjs');
		const cli = path.join(DIST, 'cli.js');
		const sample = path.join(ROOT, 'fixtures/sample/netflix-report.zip');
		const both = (...args: string[]) =>
			[bin, cli].map(file => {
				const run = spawnSync(process.execPath, [file, ...args], {encoding: 'utf8', env: {...process.env, TZ: 'UTC'}});
				return {status: run.status, stdout: run.stdout, stderr: run.stderr};
			});
		for (const args of [
			['stopped', '--json', sample],
			['summary', sample],
			['search', sample, 'strnger'],
			['stopped', path.join(ROOT, 'fixtures/bad/corrupt.zip')],
			['stopped', '--profile', 'Nobody', sample],
			['stopped', '--tz', 'Mars/Olympus', sample],
			['--json', 'stopped', '--demo'],
			['stopped', '--help'],
			['--version'],
			[sample],
		]) {
			const [viaBin, viaCli] = both(...args);
			expect(viaBin, args.join(' ')).toEqual(viaCli);
		}
		const [corrupt] = both('stopped', path.join(ROOT, 'fixtures/bad/corrupt.zip'));
		expect(corrupt!.status).toBe(1);
		const [usage] = both('stopped', '--profile', 'Nobody', sample);
		expect(usage!.status).toBe(2);
	});

	it('the bin starts a command without the ES module loader, and the explorer through cli.js', () => {
		const bin = path.join(DIST, 'netflix-tui.cjs');
		const sample = path.join(ROOT, 'fixtures/sample/netflix-report.zip');
		const probe = path.join(ROOT, 'test/helpers/esm-probe.cjs');
		const loaded = (...args: string[]) => spawnSync(process.execPath, ['--require', probe, bin, ...args], {encoding: 'utf8'}).stderr;
		expect(loaded('stopped', '--json', sample)).toContain('es module loaded: false');
		expect(loaded(sample)).toContain('es module loaded: true');
	});

	it('a command never makes the stdin stream (5–10 ms of its start); the explorer asks for it', () => {
		const probe = path.join(ROOT, 'test/helpers/stdin-probe.cjs');
		const cli = path.join(DIST, 'cli.js');
		const sample = path.join(ROOT, 'fixtures/sample/netflix-report.zip');
		const command = spawnSync(process.execPath, ['--require', probe, cli, 'summary', sample], {encoding: 'utf8'});
		expect(command.stderr).toContain('stdin made: false');
		// Not a terminal: the explorer's check reads stdin, then prints the summary (the probe can tell).
		const explorer = spawnSync(process.execPath, ['--require', probe, cli, sample], {encoding: 'utf8'});
		expect(explorer.stderr).toContain('stdin made: true');
	});
});
