import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {ExportError} from '../../source/export/errors.js';
import {loadExport} from '../../source/load/load-export.js';
import {resumePoints} from '../../source/model/stopped.js';
import {openExport} from '../../source/load/open-export.js';
import {fixture} from '../helpers/cli.js';
import {tempDir} from '../helpers/exports.js';

const {dir, cleanup} = tempDir();
afterAll(cleanup);

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16);

describe('files re-saved by spreadsheets and scripts (format reference §9)', () => {
	it('reads day-first Start Times decided from all the values, and says so', async () => {
		const loaded = await loadExport(fixture('resaved/ViewingActivity-day-first.csv'));
		expect(loaded.rows.map(r => iso(r.start))).toEqual(['2021-01-16T14:23', '2021-01-17T09:05', '2021-02-03T21:10', '2020-12-28T20:00', '2021-01-05T20:30']);
		expect(loaded.skipped).toEqual({});
		expect(loaded.warnings.join('\n')).toMatch(/5 Start Times are not in Netflix's .* day first/);
	});

	it('asks for --date-order when no re-saved Start Time can tell, and obeys it', async () => {
		const file = path.join(dir, 'ambiguous-times.csv');
		writeFileSync(file, 'Profile Name,Start Time,Duration,Title\nAlex,3/2/2021 21:10,0:20:00,Roma\nAlex,4/2/2021 21:10,0:20:00,Amélie\n');
		const error = await loadExport(file).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ExportError);
		expect((error as ExportError).message).toMatch(/cannot tell whether the Start Times are day-first or month-first/);
		expect((error as ExportError).hint).toMatch(/--date-order dmy/);
		const dayFirst = await loadExport(file, {dateOrder: 'dmy'});
		expect(dayFirst.rows.map(r => iso(r.start))).toEqual(['2021-02-03T21:10', '2021-02-04T21:10']);
		const monthFirst = await loadExport(file, {dateOrder: 'mdy'});
		expect(monthFirst.rows.map(r => iso(r.start))).toEqual(['2021-03-02T21:10', '2021-04-02T21:10']);
	});

	it('refuses Start Times that mix day-first and month-first', async () => {
		const file = path.join(dir, 'mixed-times.csv');
		writeFileSync(file, 'Profile Name,Start Time,Duration,Title\nAlex,16/1/2021 21:10,0:20:00,Roma\nAlex,1/16/2021 21:10,0:20:00,Amélie\n');
		await expect(loadExport(file)).rejects.toThrow(/mix day-first and month-first/);
	});

	it('recognises lines ending in ";;", skips shifted rows instead of making them extras, and warns', async () => {
		const view = await openExport(fixture('resaved/ViewingActivity-semicolon-tail.csv'));
		const {loaded, library} = view;
		expect(loaded.rows).toHaveLength(5);
		expect(loaded.rows.map(r => r.country)).toEqual(Array(5).fill('US (United States)'));
		expect(library.viewings.filter(v => v.kind === 'extra')).toEqual([]);
		expect(Object.values(loaded.skipped).reduce((a, b) => a + b, 0)).toBe(3);
		expect(loaded.skipped['too few fields']).toBe(1);
		const warnings = loaded.warnings.join('\n');
		expect(warnings).toMatch(/lines end in ";"/);
		expect(warnings).toMatch(/2 rows have more fields than the header/);
		expect(warnings).toMatch(/3 rows could not be read/);
	});

	it('maps column names written by R (Profile.Name, Start.Time) beside a row-number column', async () => {
		const loaded = await loadExport(fixture('resaved/ViewingActivity-r-headers.csv'));
		expect(loaded.rows.map(r => r.profile)).toEqual(['Alex', 'Alex', 'Alex', 'Mom & Dad', 'Mom & Dad']);
		expect(loaded.rows[0]).toMatchObject({title: 'Quiet Coast: Season 1: The Arrival (Episode 1)', durationSeconds: 29 * 60 + 31});
		expect(loaded.warnings.join('\n')).toMatch(/"Profile\.Name"/);
	});

	it('names the one profile of a file without a Profile Name column after the file, and says so', async () => {
		const loaded = await loadExport(fixture('resaved/ViewingActivity-one-profile.csv'));
		expect(loaded.rows.map(r => r.profile)).toEqual(Array(3).fill('ViewingActivity-one-profile'));
		expect(loaded.warnings.join('\n')).toMatch(/no Profile Name column.*"ViewingActivity-one-profile"/);
	});
});

describe('title traps of real histories (fixtures/ViewingActivity-title-traps.csv)', () => {
	it('keeps the film apart from the series of its name, reads new markers and extras, and groups blank show names', async () => {
		const {library} = await openExport(fixture('ViewingActivity-title-traps.csv'));
		const points = resumePoints(library).filter(p => p.profile === 'Alex' && p.show.name === 'Harbor Lights');
		expect(points.map(p => [p.show.kind, p.episode.number, p.positionSeconds])).toEqual([
			['movie', null, 72 * 60 + 5],
			['series', 3, 21 * 60 + 40],
		]);
		const shows = [...library.shows.values()];
		const names = shows.map(s => s.name);
		for (const name of ['Bank Job: From Tokyo to Berlin', 'Iron Alchemist: Brotherhood', 'Łowca: Rodowód krwi', 'Avatar - O Dobrador', 'Yeni Yurt', '(untitled)', 'BONDING DAYS'])
			expect(names).toContain(name);
		expect(shows.find(s => s.name === 'Star Voyage: Episode VIII: The Last Pilot')?.kind).toBe('movie');
		expect(shows.find(s => s.name === 'Ninja Road: The Movie: The Lost Tower')?.kind).toBe('movie');
		expect(shows.find(s => s.name === '(untitled)')?.viewingCount).toBe(2);
		const pirate = shows.find(s => s.name === 'Pirate Saga')!;
		expect(pirate.seasons[0]!.episodes.map(e => e.number)).toEqual([1093, 1094]);
		const extras = library.viewings.filter(v => v.kind === 'extra').map(v => v.title);
		expect(extras).toEqual(['Kardeşler Yolu (Fragman)', 'Yalı Evi: Sezon 3 (Klip): Ferit ile Seyran', 'Character Intro Clip']);
		expect(library.viewings.find(v => v.title === 'BONDING DAYS')).toMatchObject({hidden: true, bookmarkSeconds: null});
	});

	it('reads `Show: Episode title` of the simple download as an episode of that show', async () => {
		const {library} = await openExport(fixture('NetflixViewingHistory-show-episodes.csv'));
		const coast = library.shows.get('quiet coast')!;
		expect(coast.kind).toBe('series');
		expect(coast.viewingCount).toBe(4);
		expect(library.catalog.unplaced).toEqual([]);
		const harbor = [...library.shows.values()].filter(s => s.name === 'Harbor Lights').map(s => [s.kind, s.viewingCount]);
		expect(harbor).toEqual([
			['series', 2],
			['movie', 1],
		]);
	});
});
