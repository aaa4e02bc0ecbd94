/**
 * Where did I stop, against the truth: the bench's export generator makes 250,000 viewings of shows in
 * every title style of format reference §5 (show names with a colon when names clash, named seasons,
 * extras, hidden views, near-duplicates) and knows what each title is. For every profile and show, the
 * newest real viewing (not an extra, not hidden) is where they stopped (§6): `stopped` must name its show,
 * season and episode, its time and its bookmark, and list nothing else. Read from the CSV text as a
 * person's file would be (the 2025 layout and the older one, whose hidden views say so in the title),
 * through the whole load (reader, title model, stops).
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, expect, it} from 'vitest';
import {viewingActivityCsv} from '../../scripts/generator/csv-text.js';
import {Random} from '../../scripts/generator/random.js';
import {episodeTitle, NameMaker} from '../../scripts/generator/titles.js';
import type {ViewingRow} from '../../scripts/generator/types.js';
import {defaultProfiles, generateViewing, makeCatalog, makeViewers} from '../../scripts/generator/viewing.js';
import {openExport} from '../../source/load/open-export.js';
import {stoppedAnswer} from '../../source/query/stopped-list.js';

const dir = mkdtempSync(join(tmpdir(), 'netflix-tui-stopped-truth-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

/** What a title was made from: its show (a movie is its own), season and episode (0 for a movie). */
interface Made {
	show: string;
	season: number;
	episode: number;
}

it.each([
	['2025', 1],
	['legacy', 3],
] as const)(
	'names, for every profile and show, the episode, time and position of its newest real viewing, and nothing else (%s layout, seed %i)',
	async (layout, seed) => {
		// As generateExport makes its viewing (same draws), keeping the catalog it was made from.
		const rows = 250_000;
		const random = new Random(seed);
		const profiles = defaultProfiles(rows);
		const viewers = makeViewers(random, profiles);
		const names = new NameMaker(random);
		const catalog = makeCatalog(random, names, rows);
		const viewing = generateViewing(random, {rows, viewers, from: Date.UTC(2022, 0, 1), to: Date.UTC(2026, 0, 1) - 1000, catalog, names});
		const made = new Map<string, Made>();
		for (const show of catalog.shows)
			show.seasons.forEach((episodes, s) => episodes.forEach((_, e) => made.set(episodeTitle(show, s, e), {show: show.name, season: s + 1, episode: e + 1})));
		for (const movie of catalog.movies) made.set(movie.title, {show: movie.title, season: 0, episode: 0});
		expect(catalog.shows.some(s => s.style === 'named' && s.name.includes(':') && s.seasons.length > 1)).toBe(true);

		const newest = new Map<string, ViewingRow>();
		for (const row of viewing) {
			const title = made.get(row.title);
			if (row.supplementalType !== '' || row.hidden || !title) continue;
			const key = `${row.profile}\u0000${title.show}`;
			const before = newest.get(key);
			// Near-duplicates share a start: the longer one is kept (§4).
			if (!before || row.start > before.start || (row.start === before.start && row.durationSeconds > before.durationSeconds)) newest.set(key, row);
		}

		const file = join(dir, `ViewingActivity-${layout}.csv`);
		writeFileSync(file, viewingActivityCsv(viewing, layout, profiles));
		const view = await openExport(file);
		const {entries} = stoppedAnswer(view.library, {now: Date.UTC(2026, 0, 1)});
		const wrong: string[] = [];
		const listed = new Set<string>();
		for (const entry of entries) {
			const key = `${entry.profile}\u0000${entry.show}`;
			listed.add(key);
			const row = newest.get(key);
			const got = [entry.lastWatched, entry.kind === 'series' ? entry.seasonNumber : 0, entry.kind === 'series' ? entry.episode : 0, entry.positionSeconds, entry.device];
			const want = row && [new Date(Math.floor(row.start / 1000) * 1000).toISOString(), made.get(row.title)!.season, made.get(row.title)!.episode, row.bookmarkSeconds, row.device];
			if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${entry.profile} / ${entry.show} (${entry.title}): ${JSON.stringify(got)}, made ${JSON.stringify(want)}`);
		}
		expect(entries.length).toBeGreaterThan(5000);
		expect(wrong.slice(0, 5)).toEqual([]);
		// Left out: only movies (a movie watched to its end is no place to stop); every series is listed.
		const series = [...newest].filter(([key, row]) => !listed.has(key) && made.get(row.title)!.season !== 0);
		expect(series.map(([key]) => key).slice(0, 5)).toEqual([]);
	},
	60_000,
);
