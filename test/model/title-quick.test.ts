/**
 * The parser's shortcuts (title-quick.ts, label-scan.ts, the cheap checks of extras.ts and showKey)
 * against the full parser and the patterns they stand in for: on every title of the fixtures and of
 * generated exports, on near misses of the common shapes, and on generated titles, both give the same
 * answer. And the shortcuts are taken: a shortcut that always stepped aside would pass the rest.
 */
import fc from 'fast-check';
import {beforeAll, describe, expect, it} from 'vitest';
import {isExtraTitle, isExtraTitleByPattern} from '../../source/model/extras.js';
import {
	mayOpenWith,
	openingLetters,
	openingLettersOf,
	isAscii,
	numberAfterWord,
	numberFirstSeason,
	numberThenStop,
	plainBareEpisode,
	plainEpisodeSuffix,
	wordNumberAfterWord,
} from '../../source/model/label-scan.js';
import {parseSegments} from '../../source/model/parse-title.js';
import {type FirstPass, FirstPassBuilder} from '../../source/model/title-first-pass.js';
import {showKey, showKeyByPattern} from '../../source/model/title-keys.js';
import {
	bareEpisodeByPattern,
	episodeSuffixByPattern,
	filmSegmentByPattern,
	matchBareEpisode,
	matchEpisodeSuffix,
	matchSeasonLabel,
	namesFilmSegment,
	seasonLabelByPattern,
} from '../../source/model/title-labels.js';
import {titleModelOf} from '../../source/model/title-model.js';
import {quickTitle} from '../../source/model/title-quick.js';
import {splitTitle} from '../../source/model/title-segments.js';
import {fuzzRuns} from '../helpers/fuzz.js';
import {NEAR_MISSES, titleCorpus} from '../helpers/title-corpus.js';

let corpus: string[] = [];
beforeAll(async () => {
	corpus = await titleCorpus();
}, 60_000);

/** Every segment of the corpus's titles, and the parts of its show names. */
function segments(): string[] {
	return [...new Set(corpus.flatMap(raw => splitTitle(raw).map(s => s.text)))];
}

const word = fc.constantFrom(
	'Season',
	'SEASON',
	'season',
	'Staffel',
	'Temporada',
	'temporada',
	'Sezon',
	'Part',
	'Vol.',
	'Episode',
	'Folge',
	'Épisode',
	'ÉPISODE',
	'Ep.',
	'Chapter',
	'Book',
	'Kausi',
	'Kausı',
);
const gap = fc.constantFrom(' ', '', '  ', '\u00a0', '. ', 'ª ', '\t');
const number = fc.constantFrom('1', '12', '007', '1,093', 'Two', 'II', '3B', '');
const labelLike = fc.tuple(word, gap, number).map(([w, g, n]) => `${w}${g}${n}`);
const numberFirst = fc.tuple(number, gap, word).map(([n, g, w]) => `${n}${g}${w}`);
const suffixLike = fc
	.tuple(fc.constantFrom('Pilot', '', 'A (B)', 'Trailer'), fc.constantFrom(' (', '(', ' （', ' ( '), word, gap, number, fc.constantFrom(')', '）', ') ', ' )'))
	.map(parts => parts.join(''));
const titleLike = fc
	.tuple(
		fc.constantFrom('Dark', ' Dark', 'Re:Zero', '(untitled)', 'Trailer', 'Dark_x'),
		fc.constantFrom(': ', ' : ', ':  ', ':'),
		fc.oneof(labelLike, numberFirst),
		fc.constantFrom(': ', ':\u00a0', ': : '),
		suffixLike,
	)
	.map(parts => parts.join(''));
// Titles of two to six segments of every kind quickTitle reads or steps aside from: labels anywhere, film
// segments, named seasons that repeat the show, bare episode numbers, colons inside names, French separators.
const anySegment = fc.oneof(
	labelLike,
	numberFirst,
	suffixLike,
	fc.constantFrom(
		'Dark',
		'Dark 2',
		'Berlin',
		'The Movie',
		'Episode VIII',
		'Episode 3',
		'Part II',
		'Limited Series',
		'Re:Zero',
		'Season 1_hook_primary_16x9',
		'Trailer',
		'Pilot',
		'',
	),
	fc.string({maxLength: 8}),
	fc.string({unit: 'grapheme', maxLength: 6}),
);
const separator = fc.constantFrom(': ', ' : ', '\u00a0: ', ':\u00a0', ':\t', ':  ', ': ');
const manySegments = fc
	.tuple(fc.constantFrom('Dark', 'Re:Zero', '(untitled)', 'Trailer', 'Sneak Peek', 'Ünlü'), fc.array(fc.tuple(separator, anySegment), {minLength: 1, maxLength: 5}))
	.map(([first, rest]) => first + rest.map(([gap, text]) => gap + text).join(''));

/** The first passes of `titles` with and without quickTitle, after checking that they learnt the same. */
function sameFirstPass(titles: readonly string[]): [FirstPass, FirstPass] {
	const withQuick = new FirstPassBuilder().add(titles).result();
	const without = new FirstPassBuilder({quick: false}).add(titles).result();
	expect(withQuick.parsed).toEqual(without.parsed);
	expect([...withQuick.extra]).toEqual([...without.extra]);
	expect([...withQuick.knownShows].sort()).toEqual([...without.knownShows].sort());
	expect([...withQuick.knownFirstSegments].sort()).toEqual([...without.knownFirstSegments].sort());
	expect([...withQuick.numberedShows].sort()).toEqual([...without.numberedShows].sort());
	return [withQuick, without];
}

describe('the parser shortcuts give what the full parser gives', () => {
	it('quickTitle reads every title it takes as parseSegments does, and takes most generated ones', () => {
		let taken = 0;
		for (const raw of corpus) {
			const quick = quickTitle(raw);
			if (quick === null) continue;
			taken++;
			expect(quick.parsed, raw).toEqual(parseSegments(raw, splitTitle(raw)));
			expect(quick.extra, raw).toBe(isExtraTitle(raw));
		}
		expect(corpus.length).toBeGreaterThan(1000);
		expect(taken / corpus.length).toBeGreaterThan(0.8);
		// The near misses of the shapes go to the full parser.
		for (const raw of [
			' Dark: Season 1: Secrets (Episode 1)',
			'Dark: Season 1: Secrets (Episode 1) ',
			'(untitled): Season 1: Secrets (Episode 1)',
			'Dark: Pilot (Episode 1)',
			'Dark: Dark: Season 1: Secrets (Episode 1)',
			'Dark: Berlin: Tokyo: Season 1: Secrets (Episode 1)',
			'Dark: Dark 2: Secrets',
			'Dark: Berlin: Secrets (Episode 1)',
			'Dark: : Season 1: Secrets (Episode 1)',
			'A: B: C: D: E: F: G: H: Season 1 (Episode 1)',
		])
			expect(quickTitle(raw), raw).toBeNull();
		// And the shapes it takes besides `Show: Label: Title (Episode N)`.
		for (const raw of [
			'Dark : Season 1: Secrets (Episode 1)',
			'Dark\u00a0: Saison 1 : Secrets (Épisode 1)',
			'Dark: Season 1: Secrets: Part 2 (Episode 1)',
			'Dark: Season 1: Secrets: (Episode 1)',
			'Re:Zero: Season 1: Secrets (Episode 1)',
			'Dark: Season 1: Episode 13',
			'Dark: Part 1: Secrets: Episode 13: Again',
			'Dark: Berlin: Season 1: Secrets (Episode 1)',
			'Dark: Berlin: Part 1: Secrets (Episode 1)',
			'Dark: Berlin : Staffel 1 : (Folge 2)',
			'Re:Zero',
			'Dark: Season 2',
			'Dark: Berlin: Season 2',
			'Spider-Man: Into the Spider-Verse',
			'Naruto: The Movie',
			'LEGO: Marvel Super Heroes: Maximum Overload',
		]) {
			const quick = quickTitle(raw);
			expect(quick, raw).not.toBeNull();
			expect(quick!.parsed, raw).toEqual(parseSegments(raw, splitTitle(raw)));
		}
	});

	it('quickTitle agrees with parseSegments and isExtraTitle on generated titles', () => {
		fc.assert(
			fc.property(fc.oneof(titleLike, manySegments), raw => {
				const quick = quickTitle(raw);
				if (quick === null) return;
				expect(quick.parsed).toEqual(parseSegments(raw, splitTitle(raw)));
				expect(quick.extra).toBe(isExtraTitle(raw));
			}),
			fuzzRuns(2000),
		);
	});

	it('the first pass of generated titles is the same with the shortcut as without', () => {
		fc.assert(
			fc.property(fc.uniqueArray(fc.oneof(titleLike, manySegments), {maxLength: 40}), titles => {
				sameFirstPass(titles);
			}),
			fuzzRuns(500),
		);
	});

	it('the first pass learns the same shows and extras with the shortcut as without', () => {
		const [withQuick, without] = sameFirstPass(corpus);
		const a = titleModelOf(corpus, withQuick);
		const b = titleModelOf(corpus, without);
		expect(a.parses).toEqual(b.parses);
		expect([a.numbers.shows, a.numbers.episodes, [...a.numbers.show], [...a.numbers.episode], [...a.kinds], a.unplaced]).toEqual([
			b.numbers.shows,
			b.numbers.episodes,
			[...b.numbers.show],
			[...b.numbers.episode],
			[...b.kinds],
			b.unplaced,
		]);
	});

	it('season labels and episode suffixes: the scanners answer as the patterns do', () => {
		const labels = [
			'Season 1_hook_primary_16x9',
			'Season 1_',
			'Season 1.5',
			'Season 1-2',
			'Season 1, Part 2',
			'Season 1:x',
			'Season 12b',
			'Season 1 (Trailer)',
			'Season 1/2',
			'Book One',
			'Book  One',
			'Book Onex',
			'Book One!',
			'Part Time',
			'Vol. Two',
			'Teil III',
			'Part Two',
		];
		const all = [...segments(), ...NEAR_MISSES.flatMap(raw => raw.split(': ')), ...labels];
		for (const segment of all) {
			expect(matchSeasonLabel(segment), segment).toEqual(seasonLabelByPattern(segment));
			expect(matchEpisodeSuffix(segment), segment).toEqual(episodeSuffixByPattern(segment));
		}
		fc.assert(
			fc.property(fc.oneof(labelLike, numberFirst, suffixLike, fc.string({maxLength: 20})), segment => {
				expect(matchSeasonLabel(segment)).toEqual(seasonLabelByPattern(segment));
				expect(matchEpisodeSuffix(segment)).toEqual(episodeSuffixByPattern(segment));
			}),
			fuzzRuns(3000),
		);
	});

	it('bare episodes and film segments: the opening-word checks answer as the patterns do', () => {
		const near = [
			'Episode 13',
			'EPISODE 7',
			'episode 0013',
			'Episode13',
			'Episode  13',
			'Episode #7361',
			'Episode 1,093',
			'Episode 6. The Storm',
			'Episode One',
			'Episode VIII',
			'Episodes 3',
			'Ep. 4',
			'Ep 4',
			'Épisode 5',
			'Episódio 2',
			'Capítulo 3',
			'Folge 9',
			'Episode\u00a013',
			'Epi\u017fode 3',
			'第3話',
			'The Movie',
			'the  movie',
			'Movie',
			'Film',
			'Le Film',
			'La Película',
			'O Filme',
			'Episode IV',
			'episode\tvii',
			'Episode IV ',
			'The\u00a0Movie',
			'The Movie 2',
			'O  Filme',
			'La Pelicula',
			'Dolina Wieża',
			'Karanlık Gerçek',
			'The\u017f Movie',
			'Bölüm 4',
			'Into the Storm',
			'2ª temporada',
			'1. Sezon',
			'(Episode 3)',
			'#Episode 3',
			'The Moviegoer',
			'Season 2',
			'',
			' Episode 3',
		];
		const all = [...segments(), ...near];
		for (const segment of all) {
			expect(matchBareEpisode(segment), segment).toBe(bareEpisodeByPattern(segment));
			expect(namesFilmSegment(segment), segment).toBe(filmSegmentByPattern(segment));
		}
		fc.assert(
			fc.property(fc.oneof(labelLike, numberFirst, fc.constantFrom(...near), fc.string({maxLength: 20}), fc.string({unit: 'grapheme', maxLength: 12})), segment => {
				expect(matchBareEpisode(segment)).toBe(bareEpisodeByPattern(segment));
				expect(namesFilmSegment(segment)).toBe(filmSegmentByPattern(segment));
			}),
			fuzzRuns(3000),
		);
	});

	it('opening letters stop at the first character that is not an ASCII letter, and ſ or K decides nothing', () => {
		expect(openingLetters('Season 2')).toBe('season');
		expect(openingLetters('Ep. 3')).toBe('ep');
		expect(openingLetters('2. Sezon')).toBe('');
		expect(openingLetters('Bölüm 3')).toBe('b');
		const starts = openingLettersOf(['Episode', 'Ep.', 'Bölüm', 'Épisode']);
		expect([...starts].sort()).toEqual(['', 'b', 'ep', 'episode']);
		expect(mayOpenWith('EPISODE 2', starts)).toBe(true);
		expect(mayOpenWith('Episodes 2', starts)).toBe(false);
		expect(mayOpenWith('Bölüm 2', starts)).toBe(true);
		expect(mayOpenWith('Karanlık Gerçek', starts)).toBe(false);
		expect(mayOpenWith('Epi\u017fode 2', starts)).toBe(true);
		expect(mayOpenWith('Été', starts)).toBe(true);
		expect(isAscii('Plot Clip')).toBe(true);
		expect(isAscii('Tráiler')).toBe(false);
		expect(numberThenStop('Season 1_hook_primary_16x9', 6)).toBe(true);
		expect(numberThenStop('Season 1 - Secrets', 6)).toBe(false);
		expect(numberThenStop('Season 1B', 6)).toBe(false);
		expect(wordNumberAfterWord('Book One', 4)).toBe(1);
		expect(wordNumberAfterWord('Part Time', 4)).toBe(-1);
		expect(plainBareEpisode('Episode 13', 'episode')).toBe(13);
		expect(plainBareEpisode('Folge 4', 'folge')).toBe(4);
		expect(plainBareEpisode('Episode 1,093', 'episode')).toBe(-1);
		expect(plainBareEpisode('Chapter 3', 'chapter')).toBe(-1);
		expect(plainBareEpisode('Episode ', 'episode')).toBe(-1);
	});

	it('the scanners read the common shapes themselves', () => {
		expect(numberAfterWord('Season 12', 6)).toBe(12);
		expect(numberAfterWord('シーズン2', 4)).toBe(2);
		expect(numberAfterWord('Season 3B', 6)).toBe(-1);
		expect(numberFirstSeason('2. Sezon')).toBe(2);
		expect(numberFirstSeason('1ª temporada')).toBe(1);
		expect(numberFirstSeason('2nd temporada')).toBe(-1);
		expect(plainEpisodeSuffix('Geister (Folge 3)')).toEqual({number: 3, rest: 'Geister'});
		expect(plainEpisodeSuffix('(Ep. 14)')).toEqual({number: 14, rest: ''});
		expect(plainEpisodeSuffix('Geister (Folge 1,093)')).toBeNull();
		expect(plainEpisodeSuffix('Geister (Chapter 3)')).toBeNull();
	});

	it('extras by title and show keys: the cheap checks change no answer', () => {
		for (const raw of corpus) {
			expect(isExtraTitle(raw), raw).toBe(isExtraTitleByPattern(raw));
			expect(showKey(raw), raw).toBe(showKeyByPattern(raw));
		}
		for (const raw of [
			'Dark: Season 1: X (Fragman)',
			'Kardeşler (KLİP)',
			'Dark (bande-annonce): x',
			'Dark: Season 2 TRAILER',
			'Official Trailer 2',
			'A_16x9',
			'X: Character Intro',
			'X: Character Intro Clip',
			'X: Season 2 Recap',
			'X: Season 2',
			'X: Teaser 2',
			'X: Main Trailer',
			'X: Season\u00a02 Trailer',
			'Sneak Peek: X',
			'SNEAK PEEK: X',
			'\u017fneak Peek: X',
			'Tráiler: X',
			'TRÁILER: X',
			'Tr\u00e1iler oficial: X',
			'Kayıp Sahil: X',
			'Última Frontera: X',
		])
			expect(isExtraTitle(raw), raw).toBe(isExtraTitleByPattern(raw));
		for (const name of [
			'Dark',
			'Dark: Season 2',
			'Re:Zero',
			'Tokyo:',
			':x',
			': x',
			'A: ',
			'A:  B',
			'Élite',
			'Lupin  III',
			'Queen Charlotte\u00a0: A Bridgerton Story',
			'Kausı',
			'İstanbul',
			'e\u0301lite',
			'Tab\there',
			'A : B',
		])
			expect(showKey(name), name).toBe(showKeyByPattern(name));
		fc.assert(
			fc.property(fc.oneof(titleLike, fc.string({maxLength: 40}), fc.string({unit: 'grapheme', maxLength: 20})), raw => {
				expect(isExtraTitle(raw)).toBe(isExtraTitleByPattern(raw));
				expect(showKey(raw)).toBe(showKeyByPattern(raw));
			}),
			fuzzRuns(3000),
		);
	});
});
