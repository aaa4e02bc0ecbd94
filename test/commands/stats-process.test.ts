import {describe, expect, it} from 'vitest';
import {fixture, runCli} from '../helpers/cli.js';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function json(args: string[], env: Record<string, string> = {}): any {
	const {code, stdout, stderr} = runCli([...args, '--json'], env);
	expect(stderr).toBe('');
	expect(code).toBe(0);
	return JSON.parse(stdout);
}

const period = {period: expect.any(String), watchSeconds: expect.any(Number), viewings: expect.any(Number)};

describe('netflix-tui stats', () => {
	it('--json: every documented field, periods that add up, the sample binge', () => {
		const s = json(['stats', '--demo']);
		expect(Object.keys(s).sort()).toEqual(
			[
				'since',
				'until',
				'timeZone',
				'sittingGapMinutes',
				'profile',
				'timed',
				'watchSeconds',
				'viewings',
				'overlapSeconds',
				'extras',
				'previews',
				'firstViewing',
				'lastViewing',
				'years',
				'months',
				'weekdays',
				'hours',
				'heatmap',
				'shows',
				'devices',
				'countries',
				'longestBinge',
				'biggestDay',
				'profiles',
			].sort(),
		);
		expect(s).toMatchObject({since: null, until: null, timeZone: 'UTC', sittingGapMinutes: 30, profile: null, timed: true});
		expect(s.firstViewing).toMatch(ISO);
		expect(s.years.map((y: any) => y.period)).toEqual(['2022', '2023', '2024', '2025']);
		for (const list of [s.years, s.months, s.weekdays, s.hours]) {
			for (const p of list) expect(p).toEqual(period);
			expect(list.reduce((n: number, p: any) => n + p.watchSeconds, 0)).toBeGreaterThanOrEqual(s.watchSeconds - list.length);
			expect(list.reduce((n: number, p: any) => n + p.viewings, 0)).toBe(s.viewings);
		}
		expect(s.weekdays[0].period).toBe('Monday');
		expect(s.hours).toHaveLength(24);
		expect(s.heatmap).toHaveLength(7);
		for (const row of s.heatmap) expect(row).toHaveLength(24);
		expect(s.shows[0]).toEqual({
			name: expect.any(String),
			kind: expect.stringMatching(/^(series|movie)$/),
			watchSeconds: expect.any(Number),
			viewings: expect.any(Number),
			episodes: expect.any(Number),
		});
		expect(s.devices[0]).toEqual({name: expect.any(String), watchSeconds: expect.any(Number), viewings: expect.any(Number)});
		expect(s.longestBinge).toEqual({profile: 'Mom, Dad', show: "Grey's Anatomy", episodes: 10, start: '2024-05-18T19:00:00.000Z', end: expect.stringMatching(/^2024-05-19T0/)});
		expect(s.biggestDay).toEqual({date: '2024-05-18', watchSeconds: expect.any(Number), viewings: expect.any(Number)});
		expect(s.profiles.map((p: any) => p.name).sort()).toEqual(['Alex', 'Begüm 🌙', 'Kids', 'Mom, Dad']);
		expect(s.profiles.reduce((n: number, p: any) => n + p.watchSeconds, 0)).toBeCloseTo(s.watchSeconds, -1);
		expect(s.extras.viewings).toBeGreaterThan(0);
		expect(s.previews.viewings).toBeGreaterThan(0);
		// Overlaps counted once: less than summary's plain sum of durations, by exactly overlapSeconds.
		const summary = json(['summary', '--demo']);
		expect(s.overlapSeconds).toBeGreaterThan(0);
		expect(s.watchSeconds + s.overlapSeconds).toBeCloseTo(summary.total.watchSeconds, -1);
	});

	it('counts each part in the zone of TZ or --tz, with the same total', () => {
		const utc = json(['stats', '--demo']);
		const tokyo = json(['stats', '--demo', '--tz', 'Asia/Tokyo']);
		const la = json(['stats', '--demo'], {TZ: 'America/Los_Angeles'});
		expect(tokyo.timeZone).toBe('Asia/Tokyo');
		expect(la.timeZone).toBe('America/Los_Angeles');
		expect(tokyo.watchSeconds).toBe(utc.watchSeconds);
		expect(la.watchSeconds).toBe(utc.watchSeconds);
		// Evenings in UTC are mornings in Tokyo and afternoons in Los Angeles.
		const peak = (s: any) => s.hours.reduce((best: any, h: any) => (h.watchSeconds > best.watchSeconds ? h : best)).period;
		expect(new Set([peak(utc), peak(tokyo), peak(la)]).size).toBe(3);
		expect(tokyo.biggestDay.date).toBe('2024-05-19');
	});

	it('filters by profile and by --since / --until (all of the last day or month)', () => {
		const all = json(['stats', '--demo']);
		const kids = json(['stats', '--demo', '--profile', 'kids']);
		expect(kids.profile).toBe('Kids');
		expect(kids.profiles.map((p: any) => p.name)).toEqual(['Kids']);
		expect(kids.watchSeconds).toBe(all.profiles.find((p: any) => p.name === 'Kids').watchSeconds);
		const year = json(['stats', '--demo', '--since', '2024-01', '--until', '2024-12']);
		expect(year.years.map((y: any) => y.period)).toEqual(['2024']);
		expect(year.viewings).toBe(all.years.find((y: any) => y.period === '2024').viewings);
		expect(year.until).toBe('2025-01-01T00:00:00.000Z');
	});

	it('prints text: totals, the breakdown asked for with bars and hours, binge and biggest day', () => {
		const {code, stdout} = runCli(['stats', '--demo']);
		expect(code).toBe(0);
		expect(stdout).toMatch(/^Watch time · All profiles · 2022-\d\d-\d\d → 2025-\d\d-\d\d · periods in UTC/);
		expect(stdout).toMatch(/2023 +█+[▏▎▍▌▋▊▉]? +[\d,]+ h +[\d,]+ viewings/);
		expect(stdout).toContain("Longest binge: 10 episodes of Grey's Anatomy in one sitting (Mom, Dad, 2024-05-18 19:00");
		expect(stdout).toMatch(/Biggest day: 2024-05-18, \d+ h \d+ min/);
		const months = runCli(['stats', '--demo', '--by', 'month', '--since', '2024-05', '--until', '2024-06']).stdout;
		expect(months).toMatch(/By month\n {2}2024-05 +█+.*\n {2}2024-06 /);
		expect(runCli(['stats', '--demo', '--by', 'hour']).stdout).toContain('  23:00 ');
		expect(runCli(['stats', '--demo', '--by', 'show']).stdout).toMatch(/Grey's Anatomy +█*[▏▎▍▌▋▊▉]? +[\d.,]+ h +\d+ viewings +\d+ episodes/);
	});

	it('on the simple download: counts and says there are no durations', () => {
		const text = runCli(['stats', fixture('NetflixViewingHistory-mdy.csv'), '--by', 'year']);
		expect(text.code).toBe(0);
		expect(text.stdout).toContain('dates only');
		expect(text.stdout).not.toMatch(/\d h\b/);
		const s = json(['stats', fixture('NetflixViewingHistory-mdy.csv')]);
		expect(s).toMatchObject({timed: false, watchSeconds: null, timeZone: 'UTC'});
		expect(s.years.every((y: any) => y.watchSeconds === null)).toBe(true);
		expect(s.years.reduce((n: number, y: any) => n + y.viewings, 0)).toBe(s.viewings);
	});

	it('refuses a bad --by or --until with a one-line usage error, exit 2', () => {
		for (const args of [
			['--by', 'decade'],
			['--until', '2024-13'],
			['--until', 'yesterday'],
		]) {
			const {code, stdout, stderr} = runCli(['stats', '--demo', ...args]);
			expect(code).toBe(2);
			expect(stdout).toBe('');
			expect(stderr.split('\n')[0]).toMatch(/^netflix-tui: --(by|until) /);
		}
	});
});

describe('netflix-tui history --until', () => {
	it('stops before the day after the one given', () => {
		const views = json(['history', '--demo', '--since', '2024-05-18', '--until', '2024-05-18', '--profile', 'Mom, Dad']);
		// The sample's binge: seven episodes and an overlapping one on the 18th, three past midnight.
		expect(views).toHaveLength(8);
		for (const v of views) expect(v.start.slice(0, 10)).toBe('2024-05-18');
		expect(json(['history', '--demo', '--since', '2024-05-18', '--until', '2024-05-19', '--profile', 'Mom, Dad'])).toHaveLength(11);
	});
});
