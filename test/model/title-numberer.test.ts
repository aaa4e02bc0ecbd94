/**
 * TitleNumberer gives the numbers that keying every title by its show key and by
 * `${show}|${episodeKey}` strings gives (the rule it replaced for speed): the same show number for the
 * same key, a new one for a new key, in the order keys first come; the same for episodes. Checked
 * against that rule on generated parses (fast-check: a fixed seed here, more with `npm run fuzz`).
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {EpisodeTable, episodeKey, showKeyOf, smallEpisodeKey, TitleNumberer} from '../../source/model/title-keys.js';
import type {ParsedTitle} from '../../source/model/types.js';
import {fuzzRuns} from '../helpers/fuzz.js';

/** The rule: numbers by string keys, as titles come. */
function byStrings(parses: readonly ParsedTitle[]): {show: number[]; episode: number[]; shows: number; episodes: number} {
	const shows = new Map<string, number>();
	const episodes = new Map<string, number>();
	const show: number[] = [];
	const episode: number[] = [];
	for (const parsed of parses) {
		const key = showKeyOf(parsed);
		if (!shows.has(key)) shows.set(key, shows.size);
		const s = shows.get(key)!;
		show.push(s);
		if (parsed.kind !== 'episode') {
			episode.push(-1);
			continue;
		}
		const id = `${s}|${episodeKey(parsed)}`;
		if (!episodes.has(id)) episodes.set(id, episodes.size);
		episode.push(episodes.get(id)!);
	}
	return {show, episode, shows: shows.size, episodes: episodes.size};
}

function numbered(parses: readonly ParsedTitle[]): {show: number[]; episode: number[]; shows: number; episodes: number} {
	const numberer = new TitleNumberer();
	parses.forEach((parsed, i) => numberer.number(i, parsed));
	return {
		show: [...numberer.show.slice(0, parses.length)],
		episode: [...numberer.episode.slice(0, parses.length)],
		shows: numberer.showCount,
		episodes: numberer.episodeCount,
	};
}

// Names that share a key (case, spaces around colons, a no-break space, a decomposed accent) and that
// differ only by kind: a film and a series of one name are two shows.
const name = fc.constantFrom('Dark', 'dark', 'DARK', 'Re:Zero', 'Re: Zero', 'Re : Zero', 'Re\u00a0: Zero', 'Élite', 'E\u0301lite', 'Lupin', 'Lupin\u0000film', '');
const number = fc.oneof(fc.constant(null), fc.integer({min: 0, max: 3}), fc.constantFrom(-0, 1.5, 1023, 1024, 65_535, 65_536, -1, Number.NaN, 1e21));
const parse: fc.Arbitrary<ParsedTitle> = fc.record({
	raw: fc.constant('raw'),
	kind: fc.constantFrom<'episode' | 'movie'>('episode', 'movie'),
	show: name,
	seasonLabel: fc.constantFrom(null, 'Season 1', 'season 1', 'Book One'),
	seasonNumber: number,
	episodeNumber: number,
	episodeTitle: fc.constantFrom(null, 'Pilot', 'pilot', 'Geister'),
	placed: fc.boolean(),
});

describe('TitleNumberer', () => {
	it('numbers shows and episodes as string keys do', () => {
		fc.assert(
			fc.property(fc.array(parse, {maxLength: 60}), parses => {
				expect(numbered(parses)).toEqual(byStrings(parses));
			}),
			fuzzRuns(300),
		);
	});

	it('numbers a title parsed again (the catalog) by its new parse', () => {
		const first: ParsedTitle = {
			raw: 'Dark: Pilot',
			kind: 'movie',
			show: 'Dark: Pilot',
			seasonLabel: null,
			seasonNumber: null,
			episodeNumber: null,
			episodeTitle: null,
			placed: false,
		};
		const again: ParsedTitle = {...first, kind: 'episode', show: 'Dark', episodeTitle: 'Pilot', placed: true};
		const other: ParsedTitle = {...again, raw: 'Dark: Season 1: Secrets (Episode 1)', seasonNumber: 1, episodeNumber: 1, episodeTitle: 'Secrets'};
		const numberer = new TitleNumberer();
		numberer.number(0, first);
		numberer.number(1, other);
		numberer.number(0, again);
		expect([numberer.show[0], numberer.show[1], numberer.episode[0], numberer.episode[1]]).toEqual([1, 1, 1, 0]);
		expect([numberer.showCount, numberer.episodeCount]).toEqual([2, 2]);
	});

	it('keys only whole, small season and episode numbers by one number, without two pairs sharing one', () => {
		expect(smallEpisodeKey(1, 2)).toBe(65_538);
		expect(smallEpisodeKey(-0, 2)).toBe(2);
		for (const [season, episode] of [
			[1.5, 2],
			[1024, 2],
			[1, 65_536],
			[null, 2],
			[1, null],
			[-1, 2],
			[Number.NaN, 1],
		] as const) {
			expect(smallEpisodeKey(season, episode)).toBe(-1);
		}
		const keys = new Set<number>();
		for (const season of [0, 1, 1023]) for (const episode of [0, 1, 65_535]) keys.add(smallEpisodeKey(season, episode));
		expect(keys.size).toBe(9);
		expect(Math.max(...keys)).toBeLessThan(2 ** 26);
	});
});

describe('EpisodeTable', () => {
	it('gives each (show, key) the number it first got, as a Map of string keys does', () => {
		// Few distinct values, many pairs: slots collide and the table grows several times (from 1,024 slots).
		const pair = fc.tuple(fc.integer({min: 0, max: 40}), fc.integer({min: 0, max: 60}));
		fc.assert(
			fc.property(fc.array(pair, {maxLength: 3000}), pairs => {
				const table = new EpisodeTable();
				const map = new Map<string, number>();
				let next = 0;
				for (const [show, key] of pairs) {
					const id = `${show}|${key}`;
					if (!map.has(id)) map.set(id, map.size);
					const got = table.numberOf(show, key, next);
					if (got === next) next++;
					expect(got).toBe(map.get(id));
				}
				expect(next).toBe(map.size);
			}),
			fuzzRuns(20),
		);
	});
});
