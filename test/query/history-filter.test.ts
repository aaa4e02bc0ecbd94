import {beforeAll, describe, expect, it} from 'vitest';
import {filteredHistory, narrows, type FilteredHistory, type HistoryView} from '../../source/query/history-filter.js';
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
		expect(narrows({text: 'dar'}, {text: 'dark'})).toBe(true);
		expect(narrows({text: 'ark'}, {text: 'Dark '})).toBe(true);
		expect(narrows({text: ''}, {text: 'dark'})).toBe(true);
		expect(narrows({text: '2024'}, {text: '2024-03'})).toBe(true);
		expect(narrows({text: '2024-03'}, {text: '2024-03-15'})).toBe(true);
		// Shorter text, another profile or order, text then a date, a month then another month: all viewings again.
		expect(narrows({text: 'dark'}, {text: 'dar'})).toBe(false);
		expect(narrows({text: 'dar', profile: 'Kids'}, {text: 'dark'})).toBe(false);
		expect(narrows({text: 'dar'}, {text: 'dark', oldestFirst: true})).toBe(false);
		expect(narrows({text: '202'}, {text: '2024'})).toBe(false);
		expect(narrows({text: '2024-03'}, {text: '2024-04'})).toBe(false);
	});

	it('reads a date as the go-to prompt does; half a date is text, not another month', () => {
		const library = data.view.library;
		const march = filteredHistory(library, {text: '2024-03'});
		expect(march.length).toBeGreaterThan(10);
		expect(lines(filteredHistory(library, {text: 'mar 2024'}))).toEqual(lines(march));
		expect(lines(filteredHistory(library, {text: 'March 2024'}))).toEqual(lines(march));
		// `2024-0` on the way to `2024-03` is no month (it was December 2023).
		expect(filteredHistory(library, {text: '2024-0'}).length).toBe(0);
		expect(filteredHistory(library, {text: '2024-13'}).length).toBe(0);
	});

	it('gives the same list from the one before as from every viewing', () => {
		const library = data.view.library;
		const typed = ['d', 'da', 'dar', 'dark', 'dar', 'ki', 'kid', 'kids', '2', '20', '202', '2023', '2023-0', '2023-05', '2023-05-1', 'e', 'el', 'eli', 'élite'];
		for (const base of [{}, {profile: 'Kids'}, {oldestFirst: true}] as HistoryView[]) {
			let previous: FilteredHistory | undefined;
			for (const text of typed) {
				const view = {...base, text};
				const list = filteredHistory(library, view, previous);
				expect(lines(list), `${JSON.stringify(view)} after ${JSON.stringify(previous?.view)}`).toEqual(lines(filteredHistory(library, view)));
				previous = {view, list};
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
			const fresh = filteredHistory(library, {profile: profile ?? undefined, text, oldestFirst});
			expect(lines(data.history(profile, {text, oldestFirst})), `${profile} ${text} ${oldestFirst}`).toEqual(lines(fresh));
		}
	});
});
