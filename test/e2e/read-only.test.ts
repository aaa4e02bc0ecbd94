/**
 * Read-only proven: every command, and a scripted explorer session in a real terminal (tmux), run under
 * Node's permission model with reads allowed and nothing else but worker threads
 * (`--experimental-permission --allow-fs-read=* --allow-worker`, Node 20's names). Any file written,
 * created, renamed or removed would throw ERR_ACCESS_DENIED and fail the command. `npm test` builds dist/.
 */
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {CLI, fixture} from '../helpers/cli.js';
import {withTmuxServer} from '../helpers/tmux.js';

const READ_ONLY = ['--experimental-permission', '--allow-fs-read=*', '--allow-worker', '--no-warnings'];

let folder: string;
/** A ViewingActivity.csv of 5 MB: large enough that the commands parse titles in a worker thread, and the explorer reads rows in one. */
let large: string;

beforeAll(() => {
	folder = mkdtempSync(path.join(tmpdir(), 'netflix-tui-read-only-'));
	const sample = readFileSync(fixture('ViewingActivity-2025.csv'), 'utf8').trimEnd().split('\n');
	const [header, ...rows] = sample;
	const lines = [header];
	for (let copy = 0; lines.join('\n').length < 5 * 1024 * 1024; copy++) {
		for (const row of rows)
			lines.push(
				row.replace(/"(\d{4})-/, (_, year: string) => `"${Number(year) - (copy % 20)}-`).replace(/\(Episode (\d+)\)/, (_, n: string) => `(Episode ${Number(n) + 100 * copy})`),
			);
	}
	large = path.join(folder, 'ViewingActivity.csv');
	writeFileSync(large, `${lines.join('\n')}\n`);
});

afterAll(() => {
	if (folder) rmSync(folder, {recursive: true, force: true});
});

function runReadOnly(args: readonly string[]): {code: number; stdout: string; stderr: string} {
	const result = spawnSync(process.execPath, [...READ_ONLY, CLI, ...args], {encoding: 'utf8', env: {...process.env, TZ: 'UTC'}, timeout: 120_000, maxBuffer: 256 * 1024 * 1024});
	return {code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr};
}

describe('read-only: nothing is written (Node permission model, reads only)', () => {
	it('the permission model does refuse a write (so a command that passes wrote nothing)', () => {
		const target = path.join(folder, 'written.txt');
		const result = spawnSync(process.execPath, [...READ_ONLY, '-e', `require('node:fs').writeFileSync(${JSON.stringify(target)}, 'x')`], {encoding: 'utf8'});
		expect(result.status).not.toBe(0);
		expect(result.stderr).toContain('ERR_ACCESS_DENIED');
	});

	const every: Array<readonly string[]> = [
		['summary'],
		['profiles', '--json'],
		['stopped'],
		['stopped', '--json', '--all'],
		['search', 'dark'],
		['history', '--limit', '20'],
		['doctor', '--json'],
		['knows'],
	];
	const some: Array<readonly string[]> = [['summary'], ['stopped', '--json'], ['search', 'lantern'], ['doctor']];
	const cases: Array<[string, () => string, Array<readonly string[]>]> = [
		['the sample ZIP', () => fixture('sample/netflix-report.zip'), every],
		['a 5 MB ViewingActivity.csv (worker threads)', () => large, some],
		['a simple download', () => fixture('NetflixViewingHistory-dmy.csv'), some],
		['an older ZIP', () => fixture('legacy-export.zip'), some],
	];

	for (const [name, where, commands] of cases) {
		it(`${commands.length === every.length ? 'every command' : 'commands'} succeed on ${name}`, () => {
			for (const [command, ...rest] of commands) {
				// `search <export> <query>`: the export comes before the query.
				const full = command === 'search' ? [command, where(), ...rest] : [command!, ...rest, where()];
				const result = runReadOnly(full);
				expect(result.stderr, full.join(' ')).not.toContain('ERR_ACCESS_DENIED');
				expect(result.code, `${full.join(' ')}\n${result.stderr}`).toBe(0);
				expect(result.stdout.length, full.join(' ')).toBeGreaterThan(0);
			}
		});
	}

	it('a bad input is refused with its own error, not a permission error', () => {
		const result = runReadOnly(['summary', fixture('bad/corrupt.zip')]);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/^netflix-tui: .*damaged/);
		expect(result.stderr).not.toContain('ERR_ACCESS_DENIED');
	});
});

describe('read-only: an explorer session (tmux, permission model)', () => {
	const tmux = withTmuxServer();

	for (const [name, args] of [
		['the sample', '--demo'],
		['a 5 MB file read by a worker', 'LARGE'],
	] as const) {
		it(`browses every screen of ${name}, searches, opens a show, and quits with exit 0`, async () => {
			const target = args === 'LARGE' ? `'${large}'` : args;
			const terminal = tmux.open(`read-only-${args === 'LARGE' ? 'large' : 'demo'}`, `'${process.execPath}' ${READ_ONLY.join(' ')} dist/cli.js ${target} 2>&1`);
			await terminal.waitForText('[1 Stopped]', 'Where did I stop');
			for (const key of ['3', '4', '6', '5']) {
				terminal.press(key);
				await terminal.waitForText(`[${key} `);
			}
			// The table's own line, not the status bar's `Enter rows` (shown while the tables are still being read, when Enter does nothing).
			await terminal.waitFor('the Data screen', screen => /Viewing ?[Aa]ctivity.* [\d,]+ rows/.test(screen));
			// Enter opens the table's rows (the rows viewer); Esc goes back to the Data screen.
			terminal.press('Enter');
			await terminal.waitFor('a table’s rows', screen => screen.includes('masked'));
			terminal.press('Escape');
			await terminal.waitFor('the Data screen again', screen => !screen.includes('masked (r reveals)'));
			terminal.press('p');
			terminal.press('/');
			await terminal.waitForText('Search: ');
			await terminal.type(args === 'LARGE' ? 'lantern' : 'dark');
			await terminal.waitFor('a search result', screen => /\b1 title|\d+ titles/.test(screen));
			terminal.press('Enter');
			await terminal.waitFor('the show', screen => screen.includes('· series') || screen.includes('· movie'));
			terminal.press('Escape');
			await terminal.waitFor('the results again', screen => screen.includes('Search: ') && !/· (series|movie)/.test(screen));
			terminal.press('Escape');
			await terminal.waitFor('search to close', screen => !screen.includes('Search: '));
			terminal.press('q');
			const screen = await terminal.waitForText('EXIT=0');
			expect(screen).not.toContain('ERR_ACCESS_DENIED');
			expect(screen).not.toContain('netflix-tui:');
		});
	}
});
