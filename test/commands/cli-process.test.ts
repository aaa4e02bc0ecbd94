import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {keyHelpLines} from '../../source/ui/key-help.js';
import {fixture, runCli} from '../helpers/cli.js';

/** One clear line first, a hint second, never a stack trace. */
function expectCleanError(stderr: string, first: RegExp): void {
	const lines = stderr.trimEnd().split('\n');
	expect(lines[0]).toMatch(/^netflix-tui: /);
	expect(lines[0]).toMatch(first);
	expect(lines.length).toBeLessThanOrEqual(2);
	expect(stderr).not.toMatch(/\n\s+at /);
}

describe('the built CLI as a process', () => {
	it('--help prints usage, every command and the key table to stdout, exit 0', () => {
		const {code, stdout, stderr} = runCli(['--help']);
		expect(code).toBe(0);
		expect(stderr).toBe('');
		for (const command of ['summary', 'profiles', 'stopped', 'search', 'history', 'doctor', '--demo', '--json', '--date-order']) expect(stdout).toContain(command);
		for (const line of keyHelpLines()) expect(stdout).toContain(line);
	});

	it('--version prints the package version', () => {
		const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string};
		expect(runCli(['--version'])).toMatchObject({code: 0, stdout: `${pkg.version}\n`});
	});

	it.each([
		['a path that does not exist', ['summary', 'fixtures/nope.zip'], /nope\.zip: no such file or folder/],
		['an empty file', ['summary', fixture('bad/empty.csv')], /empty/],
		['a CSV with an unknown header', ['summary', fixture('bad/unknown-header.csv')], /"Profile Name", "Start Time", "Title" are missing/],
		['a truncated ZIP', ['summary', fixture('bad/corrupt.zip')], /damaged or incomplete/],
		['a ZIP without viewing history', ['summary', fixture('bad/no-viewing.zip')], /no viewing history found/],
		['a password-protected ZIP', ['summary', fixture('bad/encrypted.zip')], /password-protected/],
		['an undecidable simple download', ['summary', fixture('NetflixViewingHistory-ambiguous.csv')], /day-first or month-first/],
	])('%s: exit 1 with one clear line', (_name, args, message) => {
		const {code, stdout, stderr} = runCli(args);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expectCleanError(stderr, message);
	});

	it.each([
		['an unknown option', ['--bogus'], /Unknown option '--bogus'/],
		['a command without an export', ['stopped'], /stopped needs an export/],
		['search without a query', ['search', '--demo'], /search needs a query/],
		['an unknown profile', ['stopped', '--demo', '--profile', 'Bob'], /no profile "Bob"; profiles: "Alex"|no profile "Bob" in this export/],
		['a bad --date-order', ['summary', '--demo', '--date-order', 'ymdx'], /--date-order is dmy/],
		['a bad --tz', ['summary', '--demo', '--tz', 'Mars/Olympus'], /unknown time zone/],
	])('%s: exit 2', (_name, args, message) => {
		const {code, stderr} = runCli(args);
		expect(code).toBe(2);
		expectCleanError(stderr, message);
	});

	it.each(['stopped', 'history', 'search', 'profiles'])("%s prints the reader's warnings on stderr, the answer on stdout", command => {
		const args =
			command === 'search'
				? [command, fixture('resaved/ViewingActivity-semicolon-tail.csv'), 'Quiet', '--json']
				: [command, fixture('resaved/ViewingActivity-semicolon-tail.csv'), '--json'];
		const {code, stdout, stderr} = runCli(args);
		expect(code).toBe(0);
		expect(() => JSON.parse(stdout)).not.toThrow();
		expect(stderr).toMatch(/^netflix-tui: warning: .*lines end in ";"/m);
		expect(stderr).toMatch(/^netflix-tui: warning: .*3 rows could not be read/m);
	});

	it('lists every unplaced title in doctor --json and says how many more in text', () => {
		const json = JSON.parse(runCli(['doctor', fixture('ViewingActivity-title-traps.csv'), '--json']).stdout);
		expect(json.titles.unplacedTitles).toHaveLength(json.titles.unplaced);
		expect(json.titles.untitled).toBe(2);
		expect(runCli(['doctor', fixture('ViewingActivity-title-traps.csv')]).stdout).toMatch(/2 of them have a blank show name/);
	});

	it('reads malformed rows, skipping and counting them (doctor)', () => {
		const {code, stdout} = runCli(['doctor', fixture('bad/malformed-rows.csv'), '--json']);
		expect(code).toBe(0);
		const doctor = JSON.parse(stdout);
		// `yesterday` and an empty field are no time; `2024-13-45 25:61:00` is one that cannot exist.
		expect(doctor.rows.skipped['unreadable Start Time']).toBe(2);
		expect(doctor.rows.skipped['impossible Start Time (no such date or time)']).toBe(1);
		expect(doctor.rows.skipped['a quoted field is never closed']).toBe(1);
		expect(doctor.rows.skippedLines['a quoted field is never closed']).toEqual([20]);
		expect(doctor.rows.read).toBeGreaterThan(5);
	});

	it("shows the simple download's dates as dates, the same day in any time zone", () => {
		for (const tz of ['Pacific/Honolulu', 'UTC', 'Asia/Tokyo']) {
			const {stdout} = runCli(['history', fixture('NetflixViewingHistory-dmy.csv'), '--limit', '1', '--tz', tz]);
			expect(stdout, tz).toMatch(/^2020-06-18 {2}/);
		}
	});

	it('reads the date order --date-order gives', () => {
		const {code, stdout} = runCli(['history', fixture('NetflixViewingHistory-ambiguous.csv'), '--date-order', 'dmy', '--json']);
		expect(code).toBe(0);
		expect(JSON.parse(stdout).length).toBeGreaterThan(0);
	});

	it('without a terminal and without a command, prints the summary and a hint, exit 0', () => {
		const {code, stdout, stderr} = runCli(['--demo']);
		expect(code).toBe(0);
		expect(stdout).toContain('2025 ZIP layout');
		expect(stdout).toContain('Begüm 🌙');
		expect(stderr).toMatch(/not a terminal, so the explorer did not start/);
	});

	it('reads the legacy ZIP, the bare CSVs and the simple downloads', () => {
		for (const [file, format] of [
			['legacy-export.zip', 'full export'],
			['ViewingActivity-2025.csv', 'ViewingActivity.csv'],
			['ViewingActivity-legacy.csv', 'ViewingActivity.csv'],
			['NetflixViewingHistory-mdy.csv', 'simple download'],
			['NetflixViewingHistory-dmy.csv', 'simple download'],
		] as const) {
			const {code, stdout} = runCli(['summary', fixture(file), '--json']);
			expect(code, file).toBe(0);
			const summary = JSON.parse(stdout);
			expect(summary.source.format).toContain(format);
			expect(summary.rows.viewings).toBeGreaterThan(10);
		}
	});

	it('the 2025 and legacy bare CSVs hold the same viewing and read the same', () => {
		// Older exports zero the bookmark of hidden views (format reference §4): their position is unknown.
		const read = (file: string) => JSON.parse(runCli(['history', fixture(file), '--json', '--extras']).stdout) as Array<{hidden: boolean; positionSeconds: number | null}>;
		const a = read('ViewingActivity-2025.csv');
		const b = read('ViewingActivity-legacy.csv');
		expect(a.length).toBeGreaterThan(10);
		expect(b.filter(v => v.hidden).map(v => v.positionSeconds)).toEqual(b.filter(v => v.hidden).map(() => null));
		const visible = (rows: typeof a) => rows.map(v => (v.hidden ? {...v, positionSeconds: null} : v));
		expect(visible(a)).toEqual(visible(b));
	});
});

describe('NETFLIX_TUI_TRACE', () => {
	it('prints the load phases in order on stderr and leaves the answer on stdout alone', () => {
		const plain = runCli(['summary', fixture('sample/netflix-report.zip'), '--json']);
		const traced = runCli(['summary', fixture('sample/netflix-report.zip'), '--json'], {NETFLIX_TUI_TRACE: '1'});
		expect(traced.code).toBe(0);
		expect(traced.stdout).toBe(plain.stdout);
		expect(plain.stderr).toBe('');
		const phases = traced.stderr
			.trim()
			.split('\n')
			.map(line => /^netflix-tui trace +(\d+) ms {2}(.+)$/.exec(line));
		expect(phases.every(m => m !== null)).toBe(true);
		expect(phases.map(m => m![2])).toEqual([
			'viewing history opened, inflated as read',
			'rows read',
			'title model ready',
			'viewings classified and ordered',
			'export opened',
			'command answered',
		]);
		const times = phases.map(m => Number(m![1]));
		expect(times).toEqual([...times].sort((a, b) => a - b));
	});
});
