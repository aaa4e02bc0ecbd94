/**
 * Properties of the title parser and the title catalog on generated titles built from the pieces Netflix
 * titles are made of (show names, `: ` and ` : ` separators, season labels in several languages,
 * `(Episode N)` suffixes, bare colons, spaces, emoji) and on any text: nothing throws, and what comes
 * out is cut from what went in. fast-check: a fixed seed here, many more cases with `npm run fuzz`.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {buildTitleCatalog, parseTitle} from '../helpers/titles.js';
import type {ParsedTitle} from '../../source/model/types.js';
import {UNTITLED_SHOW} from '../../source/model/title-shapes.js';
import {fuzzRuns} from '../helpers/fuzz.js';

const piece = fc.constantFrom(
	'Dark',
	'Stranger Things',
	'Élite',
	'Lupin',
	'Re:Zero',
	'Part 2',
	'Season 1',
	'Staffel 2',
	'Temporada 3',
	'Partie 1',
	'Limited Series',
	'Book One',
	'Volume 1',
	'Stranger Things 3',
	'Chapter One',
	'Episode 13',
	'(Episode 4)',
	'(Folge 3)',
	'(Épisode 2)',
	'Pilot',
	'Part II',
	'HIDDEN TITLE',
	'🌙',
	'1',
	'',
);
const separator = fc.constantFrom(': ', ' : ', '\u00a0: ', ':', ': : ', ' ', '  ', ':\u00a0', ' (', ')');
const titleLike = fc.array(fc.tuple(piece, separator), {minLength: 1, maxLength: 6}).map(parts => parts.map(([p, s]) => p + s).join(''));
const anyTitle = fc.oneof(
	titleLike,
	titleLike.map(t => t.trim()),
	fc.string({maxLength: 60}),
	fc.string({unit: 'grapheme', maxLength: 40}),
);

/** What every parse must hold, whatever the title. */
function expectConsistent(parsed: ParsedTitle, raw: string): void {
	expect(parsed.raw).toBe(raw);
	// A blank show name (`  : 1 : Épisode 1`) is filed under UNTITLED_SHOW, which the title cannot hold.
	if (parsed.show !== UNTITLED_SHOW) expect(raw).toContain(parsed.show);
	if (parsed.seasonLabel !== null) expect(raw).toContain(parsed.seasonLabel);
	for (const n of [parsed.seasonNumber, parsed.episodeNumber]) if (n !== null) expect(Number.isSafeInteger(n) && n >= 0).toBe(true);
	if (parsed.kind === 'movie') {
		expect(parsed.show).toBe(raw.trim());
		expect([parsed.seasonLabel, parsed.seasonNumber, parsed.episodeNumber, parsed.episodeTitle]).toEqual([null, null, null, null]);
	}
	if (parsed.seasonLabel === null) expect(parsed.seasonNumber === null || parsed.kind === 'episode').toBe(true);
}

describe('title parser (properties)', () => {
	it('never throws; the show and season label are cut from the title; numbers are whole and ≥ 0', () => {
		fc.assert(
			fc.property(anyTitle, raw => expectConsistent(parseTitle(raw), raw)),
			fuzzRuns(1000),
		);
	});

	it('parses a title the same way every time, alone or with shows known from other titles', () => {
		fc.assert(
			fc.property(anyTitle, fc.array(anyTitle, {maxLength: 5}), (raw, others) => {
				expect(parseTitle(raw)).toEqual(parseTitle(raw));
				const known = new Set(others.map(o => parseTitle(o).show).filter(s => s !== ''));
				expectConsistent(parseTitle(raw, known), raw);
			}),
			fuzzRuns(500),
		);
	});

	it('the catalog of many titles never throws and gives every distinct title one consistent parse', () => {
		fc.assert(
			fc.property(fc.array(anyTitle, {maxLength: 30}), titles => {
				const catalog = buildTitleCatalog(titles);
				expect(catalog.size).toBe(new Set(titles).size);
				for (const raw of titles) expectConsistent(catalog.get(raw), raw);
			}),
			fuzzRuns(300),
		);
	});
});
