/**
 * The title model against the truth: the bench's export generator (scripts/generator/titles.ts) makes
 * shows in every title style of format reference §5 (eight languages, Limited Series, Book One, Part N
 * without `(Episode N)`, named seasons that repeat the show's name, show names with a colon when two
 * names clash) and movies (some ending like a season: `: Part II`). Every title it makes must come out
 * as what it was made from: the show, the season's number, the episode's number and name, or a movie.
 */
import {describe, expect, it} from 'vitest';
import {Random} from '../../scripts/generator/random.js';
import {episodeTitle, makeMovie, makeShow, NameMaker, type ShowSpec} from '../../scripts/generator/titles.js';
import {buildTitleCatalog} from '../helpers/titles.js';

interface Truth {
	kind: 'episode' | 'movie';
	show: string;
	season: number | null;
	episode: number | null;
	name: string | null;
}

/** Titles made from `shows` and `movies`, each with what it was made from; `seasons` picks the seasons of a show kept. */
function made(shows: readonly ShowSpec[], movies: readonly string[], seasons: (show: ShowSpec, season: number) => boolean): Map<string, Truth> {
	const truth = new Map<string, Truth>();
	for (const show of shows) {
		show.seasons.forEach((episodes, s) => {
			if (!seasons(show, s)) return;
			episodes.forEach((name, e) =>
				truth.set(episodeTitle(show, s, e), {kind: 'episode', show: show.name, season: s + 1, episode: e + 1, name: show.style === 'part' ? `Episode ${e + 1}` : name}),
			);
		});
	}
	for (const title of movies) truth.set(title, {kind: 'movie', show: title, season: null, episode: null, name: null});
	return truth;
}

/** The titles whose parse is not their truth, with both (at most `most`). */
function misread(truth: Map<string, Truth>, most = 5): string[] {
	const catalog = buildTitleCatalog([...truth.keys()]);
	const wrong: string[] = [];
	for (const [title, want] of truth) {
		const p = catalog.get(title);
		const got: Truth = {kind: p.kind, show: p.show, season: p.seasonNumber, episode: p.episodeNumber, name: p.episodeTitle};
		if (JSON.stringify(got) !== JSON.stringify(want) && wrong.length < most) wrong.push(`${title}: read ${JSON.stringify(got)}, made ${JSON.stringify(want)}`);
	}
	return wrong;
}

describe('titles the export generator makes', () => {
	// 1,500 shows from one name maker: names clash, and clashes get a colon (`Wild Station: Tokyo`).
	for (const seed of [1, 7]) {
		const random = new Random(seed);
		const names = new NameMaker(random);
		const shows = Array.from({length: 1500}, () => makeShow(random, names, random.int(3, 30)));
		const movies = Array.from({length: 300}, () => makeMovie(random, names).title);

		it(`are read as made, every season present (seed ${seed})`, () => {
			const truth = made(shows, movies, () => true);
			expect(truth.size).toBeGreaterThan(25_000);
			expect(shows.some(s => s.style === 'named' && s.name.includes(':') && s.seasons.length > 1)).toBe(true);
			expect(misread(truth)).toEqual([]);
		});

		it(`are read as made without each show's first season (seed ${seed}): named seasons from their siblings alone`, () => {
			const truth = made(shows, movies, (show, s) => s > 0 || show.seasons.length === 1);
			expect(misread(truth)).toEqual([]);
		});

		it(`are read as made with a random half of the seasons, or one season a show (seed ${seed})`, () => {
			const pick = new Random(seed * 100);
			expect(misread(made(shows, movies, () => pick.chance(0.5)))).toEqual([]);
			const only = new Map(shows.map(show => [show, pick.int(0, show.seasons.length - 1)]));
			expect(misread(made(shows, movies, (show, s) => s === only.get(show)))).toEqual([]);
		});
	}
});
