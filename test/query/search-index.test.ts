import {describe, expect, it} from 'vitest';
import {buildLibrary} from '../../source/model/library.js';
import {buildSearchIndex} from '../../source/query/search-index.js';
import {foldLetters as fold} from '../../source/query/names.js';
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

	it('folds the letters NFD keeps (ı, ł, ø, đ) to plain ones, one for one, so they match as typed', () => {
		expect(fold('Sınır Şehir · ZŁOTA Wieża · Ørkenen · Đakovo')).toBe('sinir sehir · zlota wieza · orkenen · dakovo');
		const folded = buildSearchIndex(buildLibrary([row({start: '2024-01-01', title: 'Sınır Şehir: Sezon 1: Kader (Bölüm 1)'}), row({start: '2024-01-02', title: 'Złota Wieża'})]));
		expect(folded.search('sinir seh', 5).map(h => [h.show.name, h.score, h.ranges])).toEqual([['Sınır Şehir', 0, [[0, 8]]]]);
		expect(folded.search('zlota', 5)[0]!.show.name).toBe('Złota Wieża');
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

	it('each keystroke, searched among the previous one’s matches, finds what a fresh index finds', () => {
		const typing = buildSearchIndex(library);
		const fresh = buildSearchIndex(library);
		const shown = (hits: ReturnType<typeof index.search>) => hits.map(h => [h.show.name, h.score, h.ranges, h.episode]);
		const same = (query: string, profile?: string) => {
			fresh.forget();
			expect(shown(typing.search(query, 50, profile)), query).toEqual(shown(fresh.search(query, 50, profile)));
		};
		// Two searches typed a key each in turn (so the query searched last is not the one typed before),
		// then pieces of each that are not its beginning, then each erased key by key.
		const pairs: Array<[[string, string?], [string, string?]]> = [
			[['stranger things'], ['filler show 12', 'Kids']],
			[['strangr thongs'], ['the mall rats', 'Kids']],
			[['pokemon  i choose'], ['elite bienvenidos', 'Mom, Dad']],
		];
		for (const [[a, profileA], [b, profileB]] of pairs) {
			for (let end = 1; end <= Math.max(a.length, b.length); end++) {
				same(a.slice(0, end), profileA);
				same(b.slice(0, end), profileB);
			}
			for (const [typed, profile] of [
				[a, profileA],
				[b, profileB],
			] as const) {
				for (let from = 1; from < typed.length; from++) same(typed.slice(from), profile);
				for (let end = typed.length - 1; end > 0; end--) same(typed.slice(0, end), profile);
			}
		}
	});

	it('answers a repeated query from its cache with the same hits', () => {
		expect(index.search('filler show 1', 3)).toBe(index.search('filler show 1', 3));
	});
});
