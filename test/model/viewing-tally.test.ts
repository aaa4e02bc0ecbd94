/**
 * The titles' tally made while the titles are parsed (viewing-tally.ts), against the same facts read
 * from the viewings as objects; and the loader's tally and profile counts reaching the library.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {tableFromRows} from '../../source/export/viewing-table.js';
import {buildLibrary} from '../../source/model/library.js';
import {viewingOrder} from '../../source/model/viewing-order.js';
import {PairsSeen, titleTally} from '../../source/model/viewing-tally.js';
import {median} from '../../source/model/show-episodes.js';
import {typicalOf} from '../../source/model/stopped.js';
import {fuzzRuns} from '../helpers/fuzz.js';
import {row} from '../helpers/rows.js';

const viewing = fc.record({
	profile: fc.constantFrom('Alex', 'Kids'),
	day: fc.integer({min: 1, max: 9}),
	title: fc.constantFrom('Dark: Season 1: Secrets (Episode 1)', 'Dark: Season 1: Lies (Episode 2)', 'The Hangover: Part II', 'Dark: Season 1_hook_primary_16x9'),
	at: fc.oneof(fc.constant(null), fc.integer({min: 0, max: 90})),
	type: fc.constantFrom(undefined, undefined, 'TRAILER'),
	hidden: fc.constantFrom(false, false, true),
});

describe('titleTally', () => {
	it('says of each title what its viewings say: first viewing (any, plain), longest visible bookmark, each profile’s newest', () => {
		fc.assert(
			fc.property(fc.array(viewing, {maxLength: 60}), viewings => {
				const table = tableFromRows(viewings.map(v => row({profile: v.profile, start: `2024-03-0${v.day}`, title: v.title, at: v.at, type: v.type, hidden: v.hidden})));
				const {order} = viewingOrder(table);
				const tally = titleTally(table, order);
				const rows = Array.from(order, (i, k) => ({
					k,
					t: table.title[i]!,
					profile: table.profile[i]!,
					plain: table.type[i] === -1,
					visible: table.hidden[i] === 0,
					bookmark: table.bookmark[i]!,
				}));
				const firstOf = (keep: (r: (typeof rows)[number]) => boolean, t: number) => rows.find(r => r.t === t && keep(r))?.k ?? -1;
				for (let t = 0; t < table.titles.length; t++) {
					expect(tally.firstAny[t]).toBe(firstOf(() => true, t));
					expect(tally.firstPlain[t]).toBe(firstOf(r => r.plain, t));
					const bookmarks = rows.filter(r => r.t === t && r.plain && r.visible).map(r => r.bookmark);
					expect(tally.longest[t]).toBe(Math.max(-1, ...bookmarks));
				}
				const plainTitles = [...new Set(rows.filter(r => r.plain).map(r => r.t))];
				expect(Array.from(tally.byFirstPlain)).toEqual(plainTitles);
				const newest = new Map<string, number>();
				for (const r of rows) if (r.plain && r.visible) newest.set(`${r.profile}/${r.t}`, r.k);
				expect(Array.from(tally.newest)).toEqual([...newest.values()].sort((a, b) => b - a));
			}),
			fuzzRuns(200),
		);
	});

	it('reaches the library from the loader (made while the titles were parsed), with the profiles ranked by the order’s counts', () => {
		const table = tableFromRows([
			row({start: '2024-01-01', profile: 'Kids', title: 'Dark: Season 1: Secrets (Episode 1)'}),
			row({start: '2024-01-02', profile: 'Alex', title: 'The Hangover: Part II'}),
			row({start: '2024-01-03', profile: 'Kids', title: 'Dark: Season 1: Lies (Episode 2)'}),
		]);
		const ordered = viewingOrder(table, {byTitle: true});
		expect(ordered.byTitle).toBeDefined();
		expect(Array.from(ordered.profileViewings)).toEqual(table.profiles.map(name => (name === 'Kids' ? 2 : 1)));
		const library = buildLibrary(table, undefined, ordered);
		expect(library.byTitle).toBe(ordered.byTitle);
		expect(library.profiles).toEqual(['Kids', 'Alex']);
		// Without it, the library makes the same tally when first asked.
		expect(buildLibrary(table).byTitle).toEqual(ordered.byTitle);
	});
});

describe('PairsSeen', () => {
	it('is true the first time a pair is met only, in bytes and, past its size limit, in a Set', () => {
		for (const size of [64, (1 << 22) + 1]) {
			const seen = new PairsSeen(size);
			const met = [3, 5, 3, 63, 5, 0, 63].map(pair => seen.first(pair));
			expect(met, String(size)).toEqual([true, true, false, true, false, true, false]);
		}
	});
});

describe('median (show-episodes.ts)', () => {
	it('is typicalOf’s middle value: the sorted lengths’ value at floor(n / 2), by insertion or by the typed array’s sort', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({min: 1, max: 20_000}), {minLength: 2, maxLength: 40}), lengths => {
				const sorted = [...lengths].sort((a, b) => a - b);
				expect(median(Int32Array.from([...lengths, 7, 7]), lengths.length)).toBe(sorted[Math.floor(lengths.length / 2)]);
				expect(median(Int32Array.from(lengths), lengths.length)).toBe(typicalOf(lengths));
			}),
			fuzzRuns(300),
		);
	});
});
