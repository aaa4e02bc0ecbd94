/**
 * The Stopped screen's rows made from the library's columns (stoppedStops, no show grouped) against the
 * rows it was made of before, from the resume points over the grouped shows: the same headings, the
 * same cells, the same "left out" count, the same row in full (the detail pane) and the same show opened
 * by Enter, for every profile and every filter, sort and section, on the fixtures and a generated export.
 * The expected rows are worked out here as the screen worked them out from resume points.
 */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, describe, expect, it} from 'vitest';
import {generateExport} from '../../scripts/generate-export.js';
import {openExport} from '../../source/load/open-export.js';
import type {ResumePoint} from '../../source/model/stopped.js';
import {daysSince, stopGroup, stoppedList, stopSteps, type StopGroup} from '../../source/query/stopped-list.js';
import {ago, episodeCode, localDateTime, position, resumeText} from '../../source/text/format.js';
import {stoppedDetail} from '../../source/ui/detail-lines.js';
import {ABANDONED_DAYS, ScreenData, type StoppedFilter} from '../../source/ui/screen-data.js';
import {cells} from '../../source/ui/stopped-rows.js';
import type {UiState} from '../../source/ui/ui-state.js';

const NOW = Date.UTC(2026, 0, 1);
const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));

const generated = mkdtempSync(join(tmpdir(), 'netflix-tui-stops-'));
afterAll(() => rmSync(generated, {recursive: true, force: true}));

/** Every filter of the screen: a, f, each section of s and each order of o. */
const FILTERS: StoppedFilter[] = [false, true].flatMap(abandoned =>
	[false, true].flatMap(finished =>
		([undefined, 'mid-episode', 'next-up', 'movie', 'done'] as Array<StopGroup | undefined>).flatMap(group =>
			(['newest', 'show', 'profile'] as const).map(sort => ({abandoned, finished, group, sort})),
		),
	),
);

const SECTIONS: ReadonlyArray<[StopGroup, string]> = [
	['mid-episode', 'Stopped mid-episode'],
	['next-up', 'Next up: last episode watched to the end'],
	['movie', 'Movies left midway'],
	['done', 'Watched to the end, no later episode seen'],
];

/** A resume point's cells as the screen drew them. */
function pointCells(p: ResumePoint, withProfile: boolean): string[] {
	const e = p.episode;
	const at = p.show.kind === 'series' ? [episodeCode(e.seasonNumber, e.seasonLabel, e.number), e.title].filter(Boolean).join(' · ') : 'Movie';
	return [p.show.name, ...(withProfile ? [p.profile] : []), at || p.viewing.title, resumeText(p), ago(daysSince(p.viewing.start, NOW)), p.viewing.device ?? ''];
}

/** The screen's list as it was made from resume points: headings, then each entry's points. */
function pointRows(data: ScreenData, profile: string | null, filter: StoppedFilter): Array<string | ResumePoint> {
	const list = stoppedList(data.view.library, {
		profile: profile ?? undefined,
		unfinished: !filter.finished,
		olderThanDays: filter.abandoned ? ABANDONED_DAYS : undefined,
		now: NOW,
	});
	const byName = (a: ResumePoint, b: ResumePoint) => a.show.name.localeCompare(b.show.name);
	const sorted = filter.sort === 'show' ? [...list].sort(byName) : filter.sort === 'profile' ? [...list].sort((a, b) => a.profile.localeCompare(b.profile) || byName(a, b)) : list;
	const points = filter.group ? sorted.filter(p => stopGroup(p) === filter.group) : sorted;
	return SECTIONS.flatMap(([group, title]) => {
		const members = points.filter(p => stopGroup(p) === group);
		return members.length === 0 ? [] : [`${title} (${members.length})`, ...members];
	});
}

const GROUP_WORDS = {'mid-episode': ' (stopped inside the episode)', 'next-up': ' (watched to the end)', done: ' (watched to the end)', movie: ' (left midway)'} as const;

/** The detail pane's text for a resume point as it was: the stop in full, then every profile's stop in its show. */
function pointDetail(data: ScreenData, p: ResumePoint): string[] {
	const e = p.episode;
	const next = p.next;
	const stops = stoppedList(data.view.library).filter(o => o.show.key === p.show.key);
	return [
		p.show.name,
		`Profile: ${p.profile}`,
		...(p.show.kind === 'series' ? [`Stopped at ${[episodeCode(e.seasonNumber, e.seasonLabel, e.number), e.title].filter(Boolean).join(' · ')}`] : []),
		`Position: ${position(p.positionSeconds, p.estimatedRuntimeSeconds)}${GROUP_WORDS[stopGroup(p)]}`,
		...(next ? [`Next: ${[episodeCode(next.seasonNumber, next.season, next.episode), next.episodeTitle].filter(Boolean).join(' · ')}`] : []),
		`Last watched ${localDateTime(p.viewing.start)} (${ago(daysSince(p.viewing.start, NOW))})`,
		`Device: ${p.viewing.device ?? 'not recorded'}`,
		`Title as written: ${p.viewing.title}`,
		'',
		stops.length === 1 ? 'Where it was left' : `Where each of ${stops.length} profiles stopped`,
		...stops.map(
			o =>
				`${o.profile}: ${o.show.kind === 'series' ? `${episodeCode(o.episode.seasonNumber, o.episode.seasonLabel, o.episode.number)} ` : ''}${resumeText(o)} · ${ago(daysSince(o.viewing.start, NOW))}`,
		),
	];
}

/** The Stopped screen of `path` with its stops made from the columns in steps before the screen (as the explorer does), or in one piece as it asks. */
async function screenData(path: string, from: 'steps' | 'at once'): Promise<ScreenData> {
	const view = await openExport(path);
	if (from === 'steps') for (const _ of stopSteps(view.library));
	return new ScreenData(
		view,
		() => {
			throw new Error('no search here');
		},
		NOW,
	);
}

async function expectSameScreen(path: string, from: 'steps' | 'at once'): Promise<number> {
	const data = await screenData(path, from);
	// The expected rows group the shows (and make their own resume points) on the same library: after the
	// new rows are made, so that those are made without them.
	const made = new Map(data.profiles.flatMap(profile => FILTERS.map(filter => [`${profile}|${JSON.stringify(filter)}`, data.stopped(profile, filter)] as const)));
	let entries = 0;
	for (const profile of data.profiles) {
		for (const filter of FILTERS) {
			const rows = made.get(`${profile}|${JSON.stringify(filter)}`)!;
			const expected = pointRows(data, profile, filter);
			expect(rows.map(r => (r.kind === 'heading' ? r.text : cells(r.stop, profile === null, NOW)))).toEqual(
				expected.map(r => (typeof r === 'string' ? r : pointCells(r, profile === null))),
			);
			const finished = pointRows(data, profile, {...filter, finished: true});
			expect(data.stoppedLeftOut(profile, filter)).toBe(filter.finished ? 0 : finished.filter(r => typeof r !== 'string' && !r.unfinished).length);
			if (filter.abandoned || filter.group || filter.sort !== 'newest') continue;
			// Each entry's row in full, and the show Enter opens.
			for (const [cursor, row] of rows.entries()) {
				if (row.kind !== 'entry') continue;
				const point = expected[cursor] as ResumePoint;
				const state = {profile, stoppedFilter: filter, lists: {stopped: {cursor, offset: 0}}} as unknown as UiState;
				expect(stoppedDetail(state, data).map(line => line.text)).toEqual(pointDetail(data, point));
				expect(data.stopShowKey(row.stop)).toBe(point.show.key);
				entries++;
			}
		}
	}
	return entries;
}

describe('the Stopped screen from the columns, as it was from the grouped shows', () => {
	const fixtures = [
		'sample/netflix-report.zip',
		'legacy-export.zip',
		'ViewingActivity-2025.csv',
		'ViewingActivity-legacy.csv',
		'ViewingActivity-title-traps.csv',
		'NetflixViewingHistory-show-episodes.csv',
	];
	for (const from of ['steps', 'at once'] as const) {
		it(`on the fixtures (stops made ${from === 'steps' ? 'in steps' : 'at once'})`, async () => {
			let entries = 0;
			for (const name of fixtures) entries += await expectSameScreen(fixture(name), from);
			expect(entries).toBeGreaterThan(100);
		}, 60_000);
	}

	it('on a generated export (both ways)', async () => {
		for (const [name, content] of generateExport({rows: 6000, seed: 4})) {
			mkdirSync(dirname(join(generated, name)), {recursive: true});
			writeFileSync(join(generated, name), content);
		}
		expect(await expectSameScreen(generated, 'steps')).toBeGreaterThan(200);
		expect(await expectSameScreen(generated, 'at once')).toBeGreaterThan(200);
		// In steps indeed: the tally's slice, its loops, the episodes, the runs.
		const view = await openExport(generated);
		expect([...stopSteps(view.library)].length).toBeGreaterThan(5);
	}, 120_000);

	it('draws the first screen without grouping the shows, and opens a show from it before they are grouped', async () => {
		const data = await screenData(fixture('sample/netflix-report.zip'), 'steps');
		const library = data.view.library;
		const rows = data.stopped(null, {abandoned: false, finished: false});
		const row = rows.find(r => r.kind === 'entry')!;
		expect(row.kind).toBe('entry');
		if (row.kind !== 'entry') return;
		const state = {profile: null, stoppedFilter: {abandoned: false, finished: false}, lists: {stopped: {cursor: rows.indexOf(row), offset: 0}}} as unknown as UiState;
		expect(stoppedDetail(state, data).length).toBeGreaterThan(8);
		// The shows are not grouped yet: stepping the grouping has work to do.
		const grouping = library.groupInSteps();
		for (let step = 0; step < 6; step++) expect(grouping.next().done).toBe(false);
		// Enter with the background grouping under way: the show is found, the steps then have nothing left to do.
		const key = data.stopShowKey(row.stop)!;
		expect(data.show(key)?.name).toBe(row.stop.show);
		expect(grouping.next().done).toBe(true);
		expect(data.stoppedIn(key, null).map(p => p.profile)).toEqual(data.stopsInShow(row.stop).map(s => s.profile));
		// One grouping, not two: the Show screen marks a stop on its episode by identity.
		const episodes = data.show(key)!.seasons.flatMap(s => s.episodes);
		for (const p of data.stoppedIn(key, null)) expect(episodes).toContain(p.episode);
		expect(library.episodeOf(library.table.title[library.order[0]!]!)).toBe(library.titles[library.table.title[library.order[0]!]!]!.episode);
	});
});
