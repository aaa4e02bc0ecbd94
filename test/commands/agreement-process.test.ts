import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {parseDay} from '../../source/commands/args.js';
import {fixture, runCli} from '../helpers/cli.js';
import {olderCsv, tempDir, writeFolder, writeZip} from '../helpers/exports.js';

const {dir, cleanup} = tempDir();
afterAll(cleanup);

/** Four profiles whose names hold an accent, an emoji and a comma; Kids watched Stranger Things less than Alex. */
const CSV = path.join(dir, 'ViewingActivity.csv');
writeFileSync(
	CSV,
	olderCsv([
		{profile: 'Niños 🎈', start: '2024-03-01 18:00:00', title: 'Pokémon: Season 1: Pokémon - I Choose You! (Episode 1)'},
		{profile: 'Niños 🎈', start: '2024-03-02 18:00:00', title: 'Pokémon: Season 1: Pokémon Emergency! (Episode 2)'},
		{profile: 'Mom, Dad', start: '2024-04-01 20:00:00', title: 'Stranger Things: Stranger Things 4: Chapter Two: Vecna’s Curse (Episode 2)'},
		{profile: 'Kids', start: '2024-02-01 17:00:00', title: 'Stranger Things: Stranger Things 3: Chapter Four: The Sauna Test (Episode 4)'},
		{profile: 'Kids', start: '2024-02-02 17:00:00', title: 'Stranger Things: Stranger Things 3: Chapter Five: The Flayed (Episode 5)'},
		{profile: 'Kidsroom', start: '2024-05-01 17:00:00', title: 'Dark: Season 1: Secrets (Episode 1)'},
		...['2024-01-31 23:00:00', '2024-02-10 10:00:00', '2024-02-29 12:00:00', '2024-03-01 00:00:00'].map(start => ({
			profile: 'Alex',
			start,
			title: 'Stranger Things: Stranger Things 3: Chapter One: Suzie, Do You Copy? (Episode 1)',
		})),
	]),
);

const json = <T>(args: string[]) => {
	const result = runCli([...args, '--json']);
	expect(result.stderr).toBe('');
	return JSON.parse(result.stdout) as T;
};

describe('the commands agree with the explorer', () => {
	it('--profile matches without case, accents or emoji', () => {
		const rows = json<Array<{profile: string}>>(['history', CSV, '--profile', 'Niños']);
		expect(rows.map(r => r.profile)).toEqual(['Niños 🎈', 'Niños 🎈']);
		expect(json<Array<{profile: string}>>(['history', CSV, '--profile', 'ninos']).length).toBe(2);
	});

	it('an ambiguous --profile lists the candidates, exit 2', () => {
		const {code, stderr} = runCli(['history', CSV, '--profile', 'kid']);
		expect(code).toBe(2);
		expect(stderr.split('\n')[0]).toBe('netflix-tui: --profile "kid" fits 2 profiles: "Kids", "Kidsroom"; give more of the name');
	});

	it('--show matches as search does (typos, accents), and lists candidates when it cannot choose', () => {
		const shows = (query: string) => [...new Set(json<Array<{show: string}>>(['history', CSV, '--show', query]).map(r => r.show))];
		expect(shows('strnger thngs')).toEqual(['Stranger Things']);
		expect(shows('pokemon')).toEqual(['Pokémon']);
		expect(shows('DARK')).toEqual(['Dark']);
		const none = runCli(['history', CSV, '--show', 'xyzzy']);
		expect(none.code).toBe(2);
		expect(none.stderr).toMatch(/--show: no show or movie matches "xyzzy"/);
	});

	it('search --profile counts only that profile’s viewings, as history --profile does', () => {
		const [hit] = json<Array<{title: string; viewings: number; episodes: number; profiles: string[]}>>(['search', CSV, 'stranger', '--profile', 'Kids']);
		const history = json<unknown[]>(['history', CSV, '--profile', 'Kids', '--show', 'Stranger Things']);
		expect(hit).toMatchObject({title: 'Stranger Things', viewings: 2, episodes: 2, profiles: ['Kids']});
		expect(history.length).toBe(hit!.viewings);
		const [all] = json<Array<{viewings: number}>>(['search', CSV, 'stranger']);
		expect(all!.viewings).toBe(7);
	});

	it('history --since and --until take whole days and months; impossible dates are usage errors', () => {
		const starts = (...args: string[]) => json<Array<{start: string}>>(['history', CSV, '--profile', 'Alex', ...args]).map(r => r.start.slice(0, 10));
		expect(starts('--since', '2024-02', '--until', '2024-02')).toEqual(['2024-02-10', '2024-02-29']);
		expect(starts('--until', '2024-01-31')).toEqual(['2024-01-31']);
		expect(starts('--since', '2024-02-29')).toEqual(['2024-02-29', '2024-03-01']);
		for (const [option, bad] of [
			['--since', '2025-13'],
			['--until', '2025-02-30'],
			['--since', '2024-1'],
			['--until', 'yesterday'],
		]) {
			const {code, stdout, stderr} = runCli(['history', CSV, option!, bad!]);
			expect(code, bad).toBe(2);
			expect(stdout).toBe('');
			expect(stderr.split('\n')[0]).toBe(`netflix-tui: ${option} wants a date like 2024-01-31 or a month like 2024-01, not "${bad}"`);
		}
		expect(runCli(['history', CSV, '--since', '2024-03', '--until', '2024-02']).stderr).toMatch(/--until 2024-02 is before --since 2024-03/);
	});

	it('parseDay: a month ends where the next begins, a day at the next midnight (leap years too)', () => {
		expect(parseDay('2024-02', '--since')).toEqual({start: Date.UTC(2024, 1, 1), end: Date.UTC(2024, 2, 1)});
		expect(parseDay('2024-02-29', '--until')).toEqual({start: Date.UTC(2024, 1, 29), end: Date.UTC(2024, 2, 1)});
		expect(() => parseDay('2023-02-29', '--until')).toThrow(/--until wants a date/);
	});

	it('an unknown command gets "did you mean"', () => {
		for (const args of [['stoped', '--demo'], ['stoped'], ['histroy', 'x.zip']]) {
			const {code, stderr} = runCli(args);
			expect(code, args.join(' ')).toBe(2);
			expect(stderr.split('\n')[0]).toBe(`netflix-tui: unknown command "${args[0]}"; did you mean "${args[0] === 'histroy' ? 'history' : 'stopped'}"?`);
		}
	});

	it('text says 1 viewing, not 1 viewings, and quotes profile names holding a comma', () => {
		const profiles = runCli(['profiles', CSV]).stdout;
		expect(profiles).toContain('"Mom, Dad"\n  1 viewing,');
		expect(profiles).not.toMatch(/\b1 viewings\b/);
		expect(runCli(['search', CSV, 'dark']).stdout).toMatch(/Dark +series +1 viewing +last 2024-05-01 +Kidsroom/);
		expect(runCli(['history', CSV, '--profile', 'mom']).stdout).toContain('"Mom, Dad"');
		expect(runCli(['search', CSV, 'stranger']).stdout).toMatch(/Alex, Kids, "Mom, Dad"$/m);
	});

	it('summary: the header and the All profiles line count viewings the same way', () => {
		const text = runCli(['summary', fixture('sample/netflix-report.zip')]).stdout;
		const header = /^ {2}([\d,]+) viewings \(([\d,]+) episodes, ([\d,]+) movies\) and ([\d,]+) extras;/m.exec(text);
		const all = /^All profiles\n {2}([\d,]+) viewings,.*\n.* ([\d,]+) extras,/m.exec(text);
		expect(header).not.toBeNull();
		expect(all).not.toBeNull();
		expect(header![1]).toBe(all![1]);
		expect(header![4]).toBe(all![2]);
	});

	it('the hint printed without a terminal names every command', () => {
		const {stderr} = runCli(['--demo']);
		for (const command of ['summary', 'profiles', 'stopped', 'search', 'history', 'doctor', 'knows']) expect(stderr).toContain(command);
	});
});

describe('error messages name files the same way', () => {
	it('a PDF renamed .zip is called a PDF, by its full path', () => {
		const file = path.join(dir, 'netflix-report.zip');
		writeFileSync(file, '%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
		const {code, stderr} = runCli(['summary', file]);
		expect(code).toBe(1);
		expect(stderr.split('\n')[0]).toBe(`netflix-tui: ${file}: this is a PDF document, not a Netflix export`);
	});

	it('a folder without viewing history lists its files with their extensions; only placeholders are called empty', () => {
		const folder = writeFolder(dir, 'export', {
			'ACCOUNT/AccountDetails.csv': 'First Name,Email Address\nAlex,alex@example.com\n',
			'CONTENT_INTERACTION/Ratings.txt': 'No data found\n',
			'CONTENT_INTERACTION/notes.txt': 'my own notes about what we watched\n',
			'Cover sheet.pdf': '%PDF-1.7\n',
		});
		const {code, stderr} = runCli(['summary', folder]);
		expect(code).toBe(1);
		const [first, hint] = stderr.split('\n');
		expect(first).toBe(`netflix-tui: ${folder}: no viewing history found (no ViewingActivity.csv or NetflixViewingHistory.csv)`);
		expect(hint).toContain('ACCOUNT/AccountDetails.csv');
		expect(hint).toContain('CONTENT_INTERACTION/Ratings.txt (empty)');
		expect(hint).toContain('CONTENT_INTERACTION/notes.txt');
		expect(hint).not.toContain('notes.txt (empty)');
		expect(hint).toContain('Cover sheet.pdf');
	});

	it('a file inside a ZIP is named by the ZIP’s full path and its path inside', () => {
		const zip = writeZip(dir, 'broken.zip', {'netflix-report/CONTENT_INTERACTION/ViewingActivity.csv': 'Foo,Bar\n1,2\n'});
		const {stderr} = runCli(['summary', zip]);
		expect(stderr.split('\n')[0]).toMatch(
			new RegExp(`^netflix-tui: ${zip.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: netflix-report/CONTENT_INTERACTION/ViewingActivity\\.csv: this is not a Netflix viewing history`),
		);
		const missing = runCli(['summary', 'no-such-export.zip']);
		expect(missing.stderr.split('\n')[0]).toBe(`netflix-tui: ${path.resolve('no-such-export.zip')}: no such file or folder`);
	});
});
