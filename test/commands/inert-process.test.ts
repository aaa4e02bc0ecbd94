import {execFile} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {CLI, runCli} from '../helpers/cli.js';
import {tempDir, writeZip} from '../helpers/exports.js';
import {rawControlAt, writeHostileExport, type HostileExport, PAYLOADS} from '../helpers/hostile.js';

// Every command: their answers are written without a last pass over the whole output (run-command.ts).
const COMMANDS = [
	['summary'],
	['profiles'],
	['stopped'],
	['search', 'dark'],
	['history', '--extras'],
	['stats'],
	['doctor'],
	['knows'],
	['table', 'IpAddressesLogin', '--reveal'],
] as const;

type Out = {code: number; stdout: string; stderr: string};

/** Runs the CLI like runCli, but without blocking, so the runs below share the machine's cores. */
function run(args: readonly string[]): Promise<Out> {
	return new Promise(resolve => {
		execFile(process.execPath, [CLI, ...args], {encoding: 'utf8', env: {...process.env, TZ: 'UTC'}, maxBuffer: 64 * 1024 * 1024}, (error, stdout, stderr) => {
			resolve({code: error ? Number(error.code ?? -1) : 0, stdout, stderr});
		});
	});
}

let dir: {dir: string; cleanup: () => void};
let hostile: HostileExport;
/** Each command's answer on the hostile export, as text and as JSON (run once, asserted on below). */
const text = new Map<string, Out>();
const json = new Map<string, Out>();
beforeAll(async () => {
	dir = tempDir();
	hostile = writeHostileExport(dir.dir, writeZip);
	const runs = COMMANDS.flatMap(([command, ...rest]) => [
		async () => text.set(command, await run([command, hostile.zip, ...rest])),
		async () => json.set(command, await run([command, hostile.zip, ...rest, '--json'])),
	]);
	// Two at a time: the machine is small and shared.
	for (let i = 0; i < runs.length; i += 2) await Promise.all(runs.slice(i, i + 2).map(r => r()));
}, 120_000);
afterAll(() => dir.cleanup());

/** No raw control from the file on either stream (the output's own newlines are fine). */
function expectInert(out: {stdout: string; stderr: string}, what: string): void {
	expect(rawControlAt(out.stdout), `${what}: stdout`).toBeNull();
	expect(rawControlAt(out.stderr), `${what}: stderr`).toBeNull();
}

describe('a hostile export through every command (issue 11: terminal injection)', () => {
	it.each(COMMANDS.map(([command]) => command))('%s as text: every control from the file is shown as a symbol', command => {
		const out = text.get(command)!;
		expect(out.code, out.stderr).toBe(0);
		expect(out.stdout.length).toBeGreaterThan(50);
		expectInert(out, command);
	});

	it('the text shows the payloads as symbols where the values were (profiles, titles, devices, files)', () => {
		const profiles = text.get('profiles')!.stdout;
		expect(profiles).toContain('Eve␛]52;c;aGVsbG8=␇');
		expect(profiles).toContain('Malloryabc\\u202edeffake␊row');
		const history = text.get('history')!.stdout;
		expect(history).toContain('Heist␛]8;;https://example.com/x␛\\click');
		expect(history).toContain('\\x9b31mred');
		// A newline in a title or a profile name does not make a row: one line per viewing.
		expect(history.trimEnd().split('\n')).toHaveLength(hostile.profiles.length * hostile.titles.length);
		expect(text.get('summary')!.stdout).toContain('export␛]0;pwned␇fake␊row.zip');
		expect(text.get('doctor')!.stdout).toContain('notes␛[2Jabc\\u202edeffake␊row.pdf');
		expect(text.get('knows')!.stdout).toContain('notes␛[2J');
		expect(text.get('knows')!.stdout).toContain('countries: 1 (USabc\\u202edefover␍write) · devices: 1 · regions: 1 (Region␛]52;c;aGVsbG8=␇)');
	});

	it('stopped: columns stay aligned with controls in the show name', () => {
		// The note on finished series left out (explorer-lists: unfinished only by default) is no row.
		const lines = text
			.get('stopped')!
			.stdout.trimEnd()
			.split('\n')
			.filter(line => !line.includes('(--all lists'));
		expect(lines.length).toBeGreaterThan(1);
		// Column 2 (after the 30-cell show and two spaces) starts at the same cell on every line.
		for (const line of lines) expect(line.slice(0, 32)).toMatch(/^.{30} {2}$/u);
	});

	it.each(COMMANDS.map(([command]) => command))('%s --json: valid, and with C1, DEL and bidi escaped', command => {
		const out = json.get(command)!;
		expect(out.code, out.stderr).toBe(0);
		expectInert(out, `${command} --json`);
		expect(() => JSON.parse(out.stdout)).not.toThrow();
	});

	it('--json gives back the exact values of the file', () => {
		const answer = (command: string) => JSON.parse(json.get(command)!.stdout);
		expect(
			answer('profiles')
				.map((p: {name: string}) => p.name)
				.sort(),
		).toEqual([...hostile.profiles].sort());
		const history = answer('history') as Array<{title: string; profile: string; device: string; country: string}>;
		expect(new Set(history.map(v => v.title))).toEqual(new Set(hostile.titles));
		expect(new Set(history.map(v => v.profile))).toEqual(new Set(hostile.profiles));
		expect(new Set(history.map(v => v.device))).toEqual(new Set([hostile.device]));
		expect(new Set(history.map(v => v.country))).toEqual(new Set([hostile.country]));
		expect(answer('summary').source.location).toBe(hostile.zip);
		expect(answer('doctor').files.map((f: {path: string}) => f.path)).toContain(hostile.entry);
		const knows = answer('knows');
		const tables = knows.categories.flatMap((c: {tables: Array<{name: string; columns: string[]}>}) => c.tables);
		expect(tables.find((t: {name: string}) => t.name === 'IpAddressesLogin').columns).toContain(hostile.header);
		expect(knows.otherFiles).toContain(hostile.entry);
	});

	it('--profile with a hostile name matches the exact name', async () => {
		const out = await run(['stopped', hostile.zip, '--profile', hostile.profiles[0]!, '--json']);
		expect(out.code, out.stderr).toBe(0);
		const entries = JSON.parse(out.stdout) as Array<{profile: string}>;
		expect(entries.length).toBeGreaterThan(0);
		expect(entries.every(e => e.profile === hostile.profiles[0])).toBe(true);
	});

	it('without a terminal and a command: the summary it prints is inert too', () => {
		const out = runCli([hostile.zip]);
		expect(out.code).toBe(0);
		expect(out.stdout).toContain('Eve␛]52;c;aGVsbG8=␇');
		expectInert(out, 'fallback summary');
	});
});

describe('error messages that echo file text', () => {
	it('an unknown profile: the profile names in the message are inert', () => {
		const out = runCli(['stopped', hostile.zip, '--profile', 'Nobody']);
		expect(out.code).toBe(2);
		expect(out.stderr).toContain('Eve␛]52;c;aGVsbG8=␇');
		expectInert(out, 'unknown profile');
		expect(out.stderr.trimEnd().split('\n')).toHaveLength(2);
	});

	it('a CSV whose header is not Netflix\'s: the "found: …" columns are inert', () => {
		const file = `${dir.dir}/bad${PAYLOADS['OSC 0 (renames the window)']}.csv`;
		writeFileSync(file, `Name${PAYLOADS['OSC 52 (sets the clipboard)']},When${PAYLOADS['C1 CSI (U+009B, ESC [ in one character)']}\nx,y\n`);
		const out = runCli(['summary', file]);
		expect(out.code).toBe(1);
		expect(out.stderr).toMatch(/^netflix-tui: /);
		expect(out.stderr.trimEnd().split('\n')).toHaveLength(2);
		expectInert(out, 'bad header');
	});

	it('a ZIP without viewing history: the listed entry names and the file name are inert', () => {
		const zip = writeZip(dir.dir, `empty${PAYLOADS['ESC [2J (clears the screen)']}.zip`, {
			[`x/${PAYLOADS['OSC 52 (sets the clipboard)']}${PAYLOADS['a newline in a field']}.csv`]: 'a,b\n1,2\n',
		});
		const out = runCli(['summary', zip]);
		expect(out.code).toBe(1);
		expect(out.stderr).toContain('empty␛[2J.zip');
		expect(out.stderr.trimEnd().split('\n')).toHaveLength(2);
		expectInert(out, 'no viewing history');
	});

	it('a path that does not exist, named with controls', () => {
		const out = runCli(['summary', `${dir.dir}/nope${PAYLOADS['OSC 8 (a hyperlink)']}${PAYLOADS['a newline in a field']}.zip`]);
		expect(out.code).toBe(1);
		// The full path is named (resolved, so `//` in the hostile name reads as `/`), as symbols.
		expect(out.stderr).toContain('nope␛]8;;https:/example.com/x␛\\click');
		expect(out.stderr.trimEnd().split('\n')).toHaveLength(2);
		expectInert(out, 'missing file');
	});
});
