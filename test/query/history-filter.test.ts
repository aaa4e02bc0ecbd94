import {beforeAll, describe, expect, it} from 'vitest';
import {filteredHistory, type FilteredHistory, type HistoryView, historyQuery, narrows} from '../../source/query/history-filter.js';
import type {ScreenData} from '../../source/ui/screen-data.js';
import type {ViewingList} from '../../source/query/history.js';
import {sampleData} from '../helpers/render.js';

let data: ScreenData;
beforeAll(async () => {
	data = await sampleData();
});

/** A list as `start title profile` lines, in its order: what two lists must agree on. */
const lines = (list: ViewingList) => Array.from({length: list.length}, (_, i) => list.at(i)).map(v => `${v.start} ${v.title} ${v.profile}`);

describe('the History filter typed key by key', () => {
	it('narrows only when the new filter can keep no more than the old one', () => {
		expect(narrows(historyQuery({text: 'dar'}), historyQuery({text: 'dark'}))).toBe(true);
		expect(narrows(historyQuery({text: 'ark'}), historyQuery({text: 'Dark '}))).toBe(true);
		expect(narrows(historyQuery({text: ''}), historyQuery({text: 'dark'}))).toBe(true);
		expect(narrows(historyQuery({text: '2024'}), historyQuery({text: '2024-03'}))).toBe(true);
		expect(narrows(historyQuery({text: '2024-03'}), historyQuery({text: '2024-03-15'}))).toBe(true);
		// Shorter text, another profile or order, text then a date, a month then another month: all viewings again.
		expect(narrows(historyQuery({text: 'dark'}), historyQuery({text: 'dar'}))).toBe(false);
		expect(narrows(historyQuery({text: 'dar', profile: 'Kids'}), historyQuery({text: 'dark'}))).toBe(false);
		expect(narrows(historyQuery({text: 'dar'}), historyQuery({text: 'dark', oldestFirst: true}))).toBe(false);
		expect(narrows(historyQuery({text: '202'}), historyQuery({text: '2024'}))).toBe(false);
		expect(narrows(historyQuery({text: '2024-03'}), historyQuery({text: '2024-04'}))).toBe(false);
	});

	it('reads the typed text once: a date as its local days, other text as text', () => {
		const march = historyQuery({text: ' mar 2024 ', profile: ''});
		expect(march).toEqual({profile: undefined, oldestFirst: false, text: 'mar 2024', range: [new Date(2024, 2, 1).getTime(), new Date(2024, 3, 1).getTime()]});
		expect(historyQuery({text: '2024-0'}).range).toBeNull();
		expect(historyQuery({}).text).toBe('');
	});

	it('reads a date as the go-to prompt does; half a date is text, not another month', () => {
		const library = data.view.library;
		const march = filteredHistory(library, historyQuery({text: '2024-03'}));
		expect(march.length).toBeGreaterThan(10);
		expect(lines(filteredHistory(library, historyQuery({text: 'mar 2024'})))).toEqual(lines(march));
		expect(lines(filteredHistory(library, historyQuery({text: 'March 2024'})))).toEqual(lines(march));
		// `2024-0` on the way to `2024-03` is no month (it was December 2023).
		expect(filteredHistory(library, historyQuery({text: '2024-0'})).length).toBe(0);
		expect(filteredHistory(library, historyQuery({text: '2024-13'})).length).toBe(0);
	});

	it('gives the same list from the one before as from every viewing', () => {
		const library = data.view.library;
		const typed = ['d', 'da', 'dar', 'dark', 'dar', 'ki', 'kid', 'kids', '2', '20', '202', '2023', '2023-0', '2023-05', '2023-05-1', 'e', 'el', 'eli', 'élite'];
		for (const base of [{}, {profile: 'Kids'}, {oldestFirst: true}] as HistoryView[]) {
			let previous: FilteredHistory | undefined;
			for (const text of typed) {
				const view = {...base, text};
				const list = filteredHistory(library, historyQuery(view), previous);
				expect(lines(list), `${JSON.stringify(view)} after ${JSON.stringify(previous?.query)}`).toEqual(lines(filteredHistory(library, historyQuery(view))));
				previous = {query: historyQuery(view), list};
			}
		}
	});

	it('ScreenData answers each key (and Backspace) with the list a fresh filter gives', () => {
		const library = data.view.library;
		const steps: Array<[string | null, string, boolean]> = [
			[null, 'st', false],
			[null, 'str', false],
			[null, 'stra', false],
			[null, 'str', false],
			[null, 'stre', false],
			['Kids', 'stre', false],
			['Kids', 'stre', true],
			['Kids', 'stree', true],
			[null, '2024', false],
			[null, '2024-1', false],
		];
		for (const [profile, text, oldestFirst] of steps) {
			const fresh = filteredHistory(library, historyQuery({profile: profile ?? undefined, text, oldestFirst}));
			expect(lines(data.history(profile, {text, oldestFirst})), `${profile} ${text} ${oldestFirst}`).toEqual(lines(fresh));
		}
	});
});
