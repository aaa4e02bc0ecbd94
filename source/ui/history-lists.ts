/**
 * The History screen's lists, as the filter is typed: each key answered from the list of the key
 * before when it can, the last few kept for Backspace, and each list's lines (month separators) made once.
 */
import type {Library} from '../model/library.js';
import {FoldedTitles} from '../query/folded-titles.js';
import {filteredHistory, type FilteredHistory, type HistoryView, historyQuery, narrows} from '../query/history-filter.js';
import {historyList, type ViewingList} from '../query/history.js';
import type {Viewings} from '../query/viewings.js';
import {HistoryLines} from './history-lines.js';

/** Filtered History lists kept for Backspace (a key typed, then taken back). */
const RECENT_FILTERS = 16;

/** One library's History lists, made as asked for and remembered. */
export class HistoryLists {
	/** Each profile's unfiltered list (null: all profiles). */
	private readonly unfiltered = new Map<string | null, Viewings>();
	/** The last few filtered History lists, oldest first (each at most one Int32Array of positions). */
	private readonly filtered = new Map<string, FilteredHistory>();
	private readonly linesOf = new WeakMap<ViewingList, HistoryLines>();
	/** The titles folded for the filter's text, once for every key. */
	private readonly foldedTitles: FoldedTitles;

	constructor(
		private readonly library: Library,
		private readonly datesOnly: boolean,
	) {
		this.foldedTitles = new FoldedTitles(library);
	}

	/** Folds the titles for the filter ahead of its first key, in steps (FoldedTitles.steps). */
	prepareSteps(): Generator<void, void, void> {
		return this.foldedTitles.steps();
	}

	/** The profile's viewings, oldest first (screens read it backwards for newest first), made as read. */
	list(profile: string | null, view: Omit<HistoryView, 'profile'> = {}): ViewingList {
		if (!view.text?.trim() && !view.oldestFirst) return this.unfilteredList(profile);
		const key = `${profile}|${view.text}|${view.oldestFirst}`;
		const known = this.filtered.get(key);
		if (known) {
			// Backspace comes back to a list made a key ago: no pass at all.
			this.filtered.delete(key);
			this.filtered.set(key, known);
			return known.list;
		}
		// Each new key narrows the list of the key before when it can (filteredHistory's `previous`); its
		// text is read (as a date or as text) once here, not again at each comparison.
		const query = historyQuery({...view, profile: profile ?? undefined});
		const candidates = [...this.filtered.values()].reverse();
		const previous =
			candidates.find(c => narrows(c.query, query)) ?? (view.oldestFirst ? undefined : {query: historyQuery({profile: profile ?? undefined}), list: this.unfilteredList(profile)});
		const made = {query, list: filteredHistory(this.library, query, previous, this.foldedTitles)};
		this.filtered.set(key, made);
		if (this.filtered.size > RECENT_FILTERS) this.filtered.delete(this.filtered.keys().next().value!);
		return made.list;
	}

	/** The History list's lines: its viewings as shown with a separator between months (made once per list). */
	lines(profile: string | null, view: Omit<HistoryView, 'profile'> = {}): HistoryLines {
		const list = this.list(profile, view);
		let lines = this.linesOf.get(list);
		if (!lines) this.linesOf.set(list, (lines = HistoryLines.of(list, this.datesOnly)));
		return lines;
	}

	private unfilteredList(profile: string | null): Viewings {
		let list = this.unfiltered.get(profile);
		if (!list) this.unfiltered.set(profile, (list = historyList(this.library, {profile: profile ?? undefined})));
		return list;
	}
}
