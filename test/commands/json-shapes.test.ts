import {describe, expect, it} from 'vitest';
import {runCli} from '../helpers/cli.js';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function json(args: string[]): any {
	const {code, stdout, stderr} = runCli([...args, '--demo', '--json']);
	expect(stderr).toBe('');
	expect(code).toBe(0);
	return JSON.parse(stdout);
}

describe('--json shapes on the bundled sample', () => {
	it('summary: source, files, row counts by classification, per profile numbers', () => {
		const s = json(['summary']);
		expect(s.source).toMatchObject({kind: 'zip', format: 'full export', headerVersion: '2025'});
		expect(s.source.layout).toMatch(/numeric folder/);
		expect(s.files.some((f: any) => f.table === 'ViewingActivity' && f.category === 'CONTENT_INTERACTION' && f.bytes > 0)).toBe(true);
		expect(s.files.some((f: any) => f.empty)).toBe(true);
		const r = s.rows;
		expect(r.episodes + r.movies + r.extras).toBe(r.viewings);
		expect(r.merged).toBeGreaterThan(0);
		expect(s.profiles.map((p: any) => p.name).sort()).toEqual(['Alex', 'Begüm 🌙', 'Kids', 'Mom, Dad']);
		for (const p of [s.total, ...s.profiles]) {
			expect(p.firstViewing).toMatch(ISO);
			expect(p.lastViewing).toMatch(ISO);
			expect(Number.isInteger(p.watchSeconds)).toBe(true);
			expect(p.shows).toBeGreaterThan(0);
		}
		expect(s.profiles.reduce((n: number, p: any) => n + p.viewings, 0)).toBe(s.total.viewings);
	});

	it('profiles: the same numbers as summary', () => {
		expect(json(['profiles'])).toEqual(json(['summary']).profiles);
	});

	it('stopped: one entry per (profile, show), the known end states of the sample', () => {
		const entries = json(['stopped', '--all']);
		const keys = entries.map((e: any) => `${e.profile}|${e.show}`);
		expect(new Set(keys).size).toBe(keys.length);
		for (const e of entries) {
			expect(Object.keys(e)).toEqual(
				expect.arrayContaining([
					'profile',
					'show',
					'kind',
					'season',
					'seasonNumber',
					'episode',
					'episodeTitle',
					'title',
					'lastWatched',
					'positionSeconds',
					'estimatedRuntimeSeconds',
					'state',
					'next',
				]),
			);
			expect(e.lastWatched).toMatch(ISO);
		}
		const times = entries.map((e: any) => Date.parse(e.lastWatched));
		expect(times).toEqual([...times].sort((a, b) => b - a));
		expect(entries.find((e: any) => e.profile === 'Alex' && e.show === 'Dark')).toMatchObject({
			kind: 'series',
			season: 'Staffel 2',
			seasonNumber: 2,
			episode: 4,
			episodeTitle: 'Reisende',
			title: 'Dark: Staffel 2: Reisende (Folge 4)',
			positionSeconds: 31 * 60 + 12,
			state: 'mid-episode',
		});
		expect(entries.find((e: any) => e.profile === 'Kids' && e.show === 'Stranger Things')).toMatchObject({seasonNumber: 3, episode: 5, positionSeconds: 18 * 60 + 20});
		expect(entries.find((e: any) => e.profile === 'Begüm 🌙' && e.show === 'Lupin')).toMatchObject({seasonNumber: 2, episode: 2, positionSeconds: 12 * 60 + 40});
		// Finished Part 2 Episode 5; Episode 6 appears nowhere in the export, so no next is claimed.
		expect(entries.find((e: any) => e.profile === 'Alex' && e.show === 'Money Heist')).toMatchObject({state: 'between-episodes', next: null, unfinished: false});
		expect(entries.find((e: any) => e.show === 'The Hangover: Part II')).toMatchObject({
			kind: 'movie',
			state: 'midway',
			season: null,
			episode: null,
			positionSeconds: 48 * 60 + 10,
		});
	});

	it('stopped lists only unfinished entries, as the explorer does; --all adds the finished', () => {
		const all = json(['stopped', '--all']);
		const unfinished = json(['stopped']);
		expect(unfinished.length).toBeLessThan(all.length);
		expect(unfinished.every((e: any) => e.unfinished)).toBe(true);
		expect(unfinished.some((e: any) => e.state === 'between-episodes' && e.next !== null)).toBe(true);
	});

	it('search: typo-, accent- and case-tolerant, with profiles, viewings and last watched', () => {
		const [hit] = json(['search', 'strnger thngs']);
		expect(hit).toMatchObject({title: 'Stranger Things', kind: 'series'});
		expect(hit.profiles).toContain('Kids');
		expect(hit.viewings).toBeGreaterThan(0);
		expect(hit.lastWatched).toMatch(ISO);
		expect(json(['search', 'elite'])[0].title).toBe('Élite');
		expect(json(['search', 'QUEEN CHARLOTTE'])[0].title).toBe('Queen Charlotte: A Bridgerton Story');
	});

	it('history: time order, filters by profile, show and date', () => {
		const rows = json(['history', '--profile', 'Kids', '--show', 'Stranger Things', '--since', '2025-01-01']);
		expect(rows.length).toBeGreaterThan(0);
		for (const r of rows) {
			expect(r).toMatchObject({profile: 'Kids', show: 'Stranger Things', kind: 'episode'});
			expect(r.start >= '2025-01-01').toBe(true);
			expect(r.start).toMatch(ISO);
		}
		const starts = rows.map((r: any) => r.start);
		expect(starts).toEqual([...starts].sort());
	});

	it('doctor: detection, files, skips and unplaced titles, without viewing rows', () => {
		const d = json(['doctor']);
		expect(d.source.headerVersion).toBe('2025');
		expect(d.rows.read).toBeGreaterThan(d.rows.merged);
		expect(d.titles.distinct).toBeGreaterThan(100);
		expect(Array.isArray(d.titles.unplacedTitles)).toBe(true);
		expect(d.profiles).toBe(4);
	});
});
