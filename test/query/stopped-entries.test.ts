/**
 * `stopped`'s entries worked out on the columns (stoppedEntries, model/stopped-points.ts) against the
 * explorer's path (stoppedList over the grouped shows, then stoppedEntry): the same entries, in the
 * same order, for every filter. Random rows from a vocabulary of titles that share shows, episodes
 * and names (two titles of one episode, named and numbered seasons, a film named as a series, extras,
 * hidden views, starts shared by several rows), and generated exports.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {generateExport} from '../../scripts/generate-export.js';
import {decodeTitleModel, encodeTitleModel} from '../../source/load/title-model-transfer.js';
import {readViewingActivity} from '../../source/load/viewing-activity.js';
import {buildLibrary, type Library} from '../../source/model/library.js';
import {firstPass} from '../../source/model/title-first-pass.js';
import {titleModelOf} from '../../source/model/title-model.js';
import {resumePoints} from '../../source/model/stopped.js';
import {stopPoints} from '../../source/model/stopped-points.js';
import {stoppedAnswer, stoppedEntries, stoppedEntry, stoppedList, type StoppedFilter} from '../../source/query/stopped-list.js';
import {fuzzRuns} from '../helpers/fuzz.js';
import {row} from '../helpers/rows.js';

const NOW = Date.UTC(2026, 0, 1);

/** Titles whose shows, seasons and episodes overlap in the ways the grouping must sort out. */
const TITLES = [
	'Dark: Staffel 1: Geheimnisse (Folge 1)',
	'Dark: Season 1: Secrets (Episode 1)',
	'Dark: Staffel 1: Lügen (Folge 2)',
	'Dark: Staffel 1 (Folge 3)',
	'Dark: Season 1: Past and Present (Episode 3)',
	'Dark: Staffel 2: Anfänge und Enden (Folge 1)',
	'Dark: Staffel 2: Reisende (Folge 4)',
	'Dark: Staffel 3: Deja-vu (Folge 1)',
	'Dark',
	'DARK: Staffel 2: Dunkle Materie (Folge 2)',
	'Money Heist: Part 1: Episode 13',
	'Money Heist: Part 2: Episode 1',
	'Money Heist: Part 2: Episode 5',
	// The same episodes with their titles: an episode first seen without one takes a later title's.
	'Narcos: Season 2: (Episode 4)',
	'Narcos: Season 2: The Sword of Simón Bolívar (Episode 4)',
	'Narcos: Season 2: (Episode 3)',
	'Narcos: Season 2: Episode 5',
	'Queen Charlotte: A Bridgerton Story: Limited Series: Queen to Be (Episode 1)',
	'Queen Charlotte: A Bridgerton Story: Limited Series: Honeymoon (Episode 2)',
	'Queen Charlotte: A Bridgerton Story: Limited Series: Crowning Glory',
	'Lupin: Part 2: Chapter 7',
	'Lupin: Part 2: Chapter 6',
	'Lupin: Part 1: Chapter 1',
	'The Hangover: Part II',
	'Glass Onion: A Knives Out Mystery',
	'Dark: Staffel 1 (Trailer)',
	'Stranger Things: Stranger Things 3: Chapter Five: The Flayed (Episode 5)',
	'Stranger Things: Stranger Things 3: Chapter Six: E Pluribus Unum (Episode 6)',
	'Stranger Things: Stranger Things 4: Chapter One: The Hellfire Club (Episode 1)',
];

const viewing = fc.record({
	profile: fc.constantFrom('Alex', 'Kids', 'Mom, Dad'),
	// Few distinct starts: rows of several shows often share one (ties are ordered by the shows' order).
	day: fc.integer({min: 1, max: 28}),
	hour: fc.constantFrom('08:00', '20:00'),
	title: fc.constantFrom(...TITLES),
	minutes: fc.integer({min: 0, max: 130}),
	at: fc.oneof(fc.constant(null), fc.integer({min: 0, max: 130})),
	type: fc.constantFrom(undefined, undefined, undefined, undefined, 'TRAILER', 'HOOK'),
	hidden: fc.constantFrom(false, false, false, true),
	device: fc.constantFrom('Sony PS5', 'Apple iPhone 13'),
});

/** Every filter the command and the Stopped screen use. */
const FILTERS: StoppedFilter[] = [{}, {unfinished: true}, {profile: 'Alex'}, {profile: 'Kids', unfinished: true}, {olderThanDays: 5}, {olderThanDays: 30, unfinished: true}];

/** stopPoints (on the columns) against resumePoints (on the shows): every point, finished movies too, in order. */
function expectSamePoints(library: Library): void {
	const {table} = library;
	const fromColumns = stopPoints(library).map(p => ({
		profile: p.profile,
		show: p.showName,
		kind: p.kind,
		episode: p.episode,
		start: table.start[p.row],
		title: table.titles[table.title[p.row]!],
		titleId: table.title[p.row],
		position: p.positionSeconds,
		estimate: p.estimatedRuntimeSeconds,
		state: p.state,
		unfinished: p.unfinished,
		next: p.next,
	}));
	const fromShows = resumePoints(library).map(p => ({
		profile: p.profile,
		show: p.show.name,
		kind: p.show.kind,
		episode: {seasonLabel: p.episode.seasonLabel, seasonNumber: p.episode.seasonNumber, number: p.episode.number, title: p.episode.title},
		start: p.viewing.start,
		title: p.viewing.title,
		titleId: p.viewing.titleId,
		position: p.positionSeconds,
		estimate: p.estimatedRuntimeSeconds,
		state: p.state,
		unfinished: p.unfinished,
		next: p.next,
	}));
	expect(fromColumns).toEqual(fromShows);
}

function expectSameEntries(library: Library): void {
	expectSamePoints(library);
	for (const filter of FILTERS) {
		const expected = stoppedList(library, {...filter, now: NOW}).map(p => stoppedEntry(p, NOW));
		expect(stoppedEntries(library, {...filter, now: NOW})).toEqual(expected);
		// The command's answer: the unfinished ones (without --all), --limit of them, the finished ones counted.
		const all = stoppedList(library, {...filter, unfinished: false, now: NOW}).map(p => stoppedEntry(p, NOW));
		for (const limit of [undefined, 2]) {
			const answer = stoppedAnswer(library, {...filter, unfinished: true, limit, now: NOW});
			expect(answer.entries).toEqual(all.filter(e => e.unfinished).slice(0, limit));
			expect(answer.leftOut).toBe(all.filter(e => !e.unfinished).length);
		}
	}
}

describe('stoppedEntries (on the columns) and stoppedList (on the shows) agree', () => {
	it('on random viewings of overlapping titles', () => {
		fc.assert(
			fc.property(fc.array(viewing, {minLength: 0, maxLength: 120}), viewings => {
				const library = buildLibrary(
					viewings.map(v =>
						row({
							profile: v.profile,
							start: `2024-03-${String(v.day).padStart(2, '0')} ${v.hour}`,
							title: v.title,
							minutes: v.minutes,
							at: v.at,
							type: v.type,
							hidden: v.hidden,
							device: v.device,
						}),
					),
				);
				expectSameEntries(library);
			}),
			fuzzRuns(300),
		);
	});

	it('on generated exports, with the title model as made here and as sent from the title thread (columns)', async () => {
		for (const seed of [1, 2, 3]) {
			const csv = [...generateExport({rows: 6000, seed})].find(([name]) => name.endsWith('ViewingActivity.csv'))![1] as string;
			const {table} = await readViewingActivity(Buffer.from(csv), 'ViewingActivity.csv');
			const library = buildLibrary(table);
			expect(stoppedEntries(library, {now: NOW}).length).toBeGreaterThan(50);
			expectSameEntries(library);
			const sent = decodeTitleModel(encodeTitleModel(titleModelOf(table.titles, firstPass(table.titles)), table.titles, true), table.titles);
			expect(sent.fields).toBeDefined();
			const fromColumns = buildLibrary(table, sent);
			expect(stoppedEntries(fromColumns, {now: NOW})).toEqual(stoppedEntries(library, {now: NOW}));
			expectSameEntries(fromColumns);
		}
	}, 60_000);
});
