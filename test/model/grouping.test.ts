import {describe, expect, it} from 'vitest';
import {generateExport} from '../../scripts/generate-export.js';
import {parseCsv} from '../../source/export/csv.js';
import {parseClock, parseStartStrict} from '../../source/export/time.js';
import type {ViewingRow} from '../../source/export/viewing-table.js';
import {buildLibrary, type Library} from '../../source/model/library.js';
import type {ViewingEvent} from '../../source/model/types.js';

/** Rows of a generated export, built by hand from its CSV (the reader is not under test here). */
function generatedRows(rows: number, seed: number): ViewingRow[] {
	const csv = [...generateExport({rows, seed})].find(([name]) => name.endsWith('ViewingActivity.csv'))![1] as string;
	const {header, rows: fields} = parseCsv(csv);
	const col = (name: string) => header.indexOf(name);
	return fields.map(f => ({
		profile: f[col('Profile Name')]!,
		start: parseStartStrict(f[col('Start Time')]!)!,
		durationSeconds: parseClock(f[col('Duration')]!),
		autoplay: null,
		hidden: f[col('Attributes')]!.includes('View was hidden'),
		branched: false,
		title: f[col('Title')]!,
		titleId: -1,
		supplementalType: f[col('Supplemental Video Type')] || null,
		device: f[col('Device Type')] || null,
		country: f[col('Country')] || null,
		bookmarkSeconds: parseClock(f[col('Bookmark')]!),
		latest: f[col('Latest Bookmark')] !== 'Not latest view',
	}));
}

/** The grouping done the plain way, from the viewing objects: the oracle for the column passes. */
function naiveShows(library: Library) {
	const shows = new Map<string, {name: string; kind: string; viewings: ViewingEvent[]; extras: number; episodes: Map<string, ViewingEvent[]>}>();
	for (const v of library.viewings) {
		const fact = library.titles[v.titleId]!;
		let show = shows.get(fact.showKey);
		if (!show) shows.set(fact.showKey, (show = {name: v.parsed.show, kind: 'movie', viewings: [], extras: 0, episodes: new Map()}));
		if (v.kind === 'extra') {
			show.extras++;
			continue;
		}
		if (v.kind === 'episode') show.kind = 'series';
		show.viewings.push(v);
		const episode = show.episodes.get(fact.episodeKey) ?? [];
		show.episodes.set(fact.episodeKey, [...episode, v]);
	}
	return new Map([...shows].filter(([, s]) => s.viewings.length > 0));
}

describe('grouping viewings into shows and episodes', () => {
	it('gives each show and episode exactly the viewings, extras and bookmarks the viewing objects say', () => {
		const library = buildLibrary(generatedRows(8_000, 5));
		const expected = naiveShows(library);
		expect([...library.shows.keys()]).toEqual([...expected.keys()]);
		expect(library.shows.size).toBeGreaterThan(50);
		for (const [key, show] of library.shows) {
			const want = expected.get(key)!;
			expect([show.name, show.kind, show.extras]).toEqual([want.name, want.kind, want.extras]);
			expect(show.viewings).toEqual(want.viewings);
			expect(show.viewingCount).toBe(want.viewings.length);
			const newest = new Map<string, ViewingEvent>();
			for (const v of [...want.viewings].reverse()) if (!v.hidden && !newest.has(v.profile)) newest.set(v.profile, v);
			expect(show.newest.map(n => [n.profile, library.event(n.position)])).toEqual([...newest]);
			expect(show.profiles).toEqual([...new Set(want.viewings.map(v => v.profile))]);
			expect([show.firstWatched, show.lastWatched]).toEqual([want.viewings[0]!.start, want.viewings.at(-1)!.start]);
			const episodes = show.seasons.flatMap(s => s.episodes);
			expect(new Set(episodes.map(e => e.key))).toEqual(new Set(want.episodes.keys()));
			for (const episode of episodes) {
				const views = want.episodes.get(episode.key)!;
				expect(episode.viewings).toEqual(views);
				expect(episode.titles).toEqual([...new Set(views.map(v => v.title))]);
				const marks = views.filter(v => !v.hidden && v.bookmarkSeconds !== null).map(v => v.bookmarkSeconds!);
				expect(episode.longestBookmark).toBe(marks.length > 0 ? Math.max(...marks) : null);
			}
		}
	});
});
