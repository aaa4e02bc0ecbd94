import {describe, expect, it} from 'vitest';
import {buildLibrary} from '../../source/model/library.js';
import {buildSearchIndex} from '../../source/query/search-index.js';
import {row} from '../helpers/rows.js';

const library = buildLibrary([
	row({start: '2024-01-01', title: 'Stranger Things: Stranger Things 3: Chapter Four: The Upside Down (Episode 4)', profile: 'Kids'}),
	row({start: '2024-01-03', title: 'Upside Down Cake: Season 1: Flour (Episode 1)', profile: 'Alex'}),
	row({start: '2024-01-05', title: 'Dark: Staffel 1: Geheimnisse (Folge 1)'}),
	row({start: '2024-01-06', title: 'The Strangers'}),
]);
const index = buildSearchIndex(library);

describe('search over episode titles and the empty query', () => {
	it('finds a show by one of its episodes’ titles, after shows named so, and says which episode', () => {
		const hits = index.search('upside down');
		expect(hits.map(h => h.show.name)).toEqual(['Upside Down Cake', 'Stranger Things']);
		expect(hits[0]!.episode).toBeUndefined();
		expect(hits[1]!.episode).toBe('S3E4 · Chapter Four: The Upside Down');
		expect(index.search('geheimnisse')[0]).toMatchObject({episode: 'S1E1 · Geheimnisse'});
		// Too short to look into episode titles: `up` would match half of them.
		expect(index.search('ge').some(h => h.episode)).toBe(false);
	});

	it('names a show’s first matching episode, however often its titles occur in other shows', () => {
		const shared = buildSearchIndex(
			buildLibrary([
				row({start: '2024-02-01', title: 'Harbor: Season 1: Night Fall (Episode 1)'}),
				row({start: '2024-02-02', title: 'Lantern: Season 1: The Fall Begins (Episode 1)'}),
				row({start: '2024-02-03', title: 'Lantern: Season 1: Night Fall (Episode 2)'}),
				...Array.from({length: 30}, (_, i) => row({start: '2024-03-01', title: `Filler ${i}: Season 1: Night Fall (Episode 1)`})),
			]),
		);
		const hits = shared.search('fall', 50);
		expect(hits).toHaveLength(32);
		expect(hits.find(h => h.show.name === 'Lantern')).toMatchObject({episode: 'S1E1 · The Fall Begins', score: 0.3});
		expect(hits.find(h => h.show.name === 'Harbor')).toMatchObject({episode: 'S1E1 · Night Fall'});
	});

	it('an episode hit respects the profile', () => {
		expect(index.search('the upside down', 10, 'Alex').map(h => h.show.name)).not.toContain('Stranger Things');
		expect(index.search('the upside down', 10, 'Kids').map(h => h.show.name)).toEqual(['Stranger Things']);
	});

	it('the empty query lists every title of the profile, most recently watched first', () => {
		expect(index.all().map(h => h.show.name)).toEqual(['The Strangers', 'Dark', 'Upside Down Cake', 'Stranger Things']);
		expect(index.all('Kids').map(h => h.show.name)).toEqual(['Stranger Things']);
	});
});
