import {describe, expect, it} from 'vitest';
import {buildLibrary} from '../../source/model/library.js';
import {buildSearchIndex, fold} from '../../source/query/search-index.js';
import {row} from '../helpers/rows.js';

const library = buildLibrary([
	row({start: '2024-01-01', title: 'Stranger Things: Stranger Things 3: Chapter One: Suzie, Do You Copy? (Episode 1)', profile: 'Kids'}),
	row({start: '2024-01-02', title: 'Stranger Things: Stranger Things 3: Chapter Two: The Mall Rats (Episode 2)', profile: 'Kids'}),
	row({start: '2024-01-03', title: 'Élite: Temporada 1: Bienvenidos (Episodio 1)', profile: 'Mom, Dad'}),
	row({start: '2024-01-04', title: 'Dark: Staffel 1: Geheimnisse (Folge 1)'}),
	row({start: '2024-01-05', title: 'Pokémon: Season 1: Pokémon - I Choose You! (Episode 1)'}),
	row({start: '2024-01-06', title: 'The Strangers'}),
	...Array.from({length: 200}, (_, i) => row({start: '2023-06-01', title: `Filler Show ${i}: Season 1: Pilot (Episode 1)`})),
]);
const index = buildSearchIndex(library);
const titles = (query: string, profile?: string) => index.search(query, 5, profile).map(h => h.show.name);

describe('SearchIndex', () => {
	it('folds accents and case', () => {
		expect(fold('Élite')).toBe('elite');
		expect(titles('elite')[0]).toBe('Élite');
		expect(titles('POKEMON')[0]).toBe('Pokémon');
	});

	it('finds titles with letters missing (quick pass) and with wrong letters (fuzzy pass)', () => {
		expect(titles('strnger thngs')[0]).toBe('Stranger Things');
		expect(titles('strangr thongs')[0]).toBe('Stranger Things');
		expect(titles('dakr')[0]).toBe('Dark');
	});

	it('ranks a prefix above a looser match and returns nothing for nonsense', () => {
		expect(titles('the stran')[0]).toBe('The Strangers');
		expect(titles('qqqq zzzz')).toEqual([]);
	});

	it('highlights the matched letters of the name', () => {
		const [hit] = index.search('ark', 1);
		expect(hit!.show.name).toBe('Dark');
		expect(hit!.ranges).toEqual([[1, 3]]);
	});

	it('narrows to a profile', () => {
		expect(titles('stranger', 'Kids')).toContain('Stranger Things');
		expect(titles('stranger', 'Mom, Dad')).not.toContain('Stranger Things');
	});

	it('answers a repeated query from its cache with the same hits', () => {
		expect(index.search('filler show 1', 3)).toBe(index.search('filler show 1', 3));
	});
});
