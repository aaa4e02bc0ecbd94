import {trace} from '../trace.js';
import type {ExportView} from '../load/open-export.js';
import {scanTable} from '../export/scan-table.js';
import {dataOverview, type DataOverview} from '../query/data-overview.js';
import type {ViewingList} from '../query/history.js';
import {allStats, type ProfileStats} from '../query/profile-stats.js';
import type {SearchIndex} from '../query/search-index.js';
import {stopGroup, stoppedList, stoppedListSteps, stoppedStops, stopShow, stopsInShow, type Stop, type StopGroup} from '../query/stopped-list.js';
import type {HistoryView} from '../query/history-filter.js';
import {statsOf, statsReady, statsSteps, type StatsReport} from '../query/stats.js';
import {statsLines, type StatsLine} from './stats-lines.js';
import {showFacts, type ShowFacts} from '../query/show-facts.js';
import {ABANDONED_DAYS} from '../model/stopped.js';
import type {ResumePoint} from '../model/stopped.js';
import type {Show} from '../model/library.js';
import {dataLines, type DataLine} from './data-lines.js';
import type {HistoryLines} from './history-lines.js';
import {HistoryLists} from './history-lists.js';
import type {TableRows} from '../query/table-rows.js';
import {otherAnswers, ratingsByShow, type OtherAnswers, type Rating} from '../query/other-answers.js';
import type {Masker} from '../query/mask.js';
import {TableViews} from './table-views.js';
import {showRows, type ShowRow} from './show-rows.js';
import {stoppedRows, type StoppedRow} from './stopped-rows.js';

export {ABANDONED_DAYS} from '../model/stopped.js';

/**
 * Exports of up to this many viewings get their stats made when first asked for: no steps, no
 * "computing…". Made right after the first screen, with code not yet compiled, 20,000 viewings held the
 * keys 56–88 ms (CPU time, trace at load average 8–10) in one piece, a real export's size (1k–25k).
 */
export const STATS_AT_ONCE_ROWS = 5_000;

/** The Stopped screen's two switches. */
export interface StoppedFilter {
	/** Only shows not touched for ABANDONED_DAYS or more. */
	abandoned: boolean;
	/** Include shows known to be finished. */
	finished: boolean;
	/** Only this section (`s` cycles); undefined: all. */
	group?: StopGroup;
	/** Order within each section (`o` cycles): newest first (default), by show name, by profile. */
	sort?: StoppedSort;
}

/** What the Stats screen shows: the year in focus (null: all time) and whether the bars are per month. */
export interface StatsView {
	year: number | null;
	months: boolean;
}

/** Orders of the Stopped list. */
export type StoppedSort = 'newest' | 'show' | 'profile';

/** One line of the Profiles screen: `profile` null is "All profiles". */
export interface ProfileRow {
	profile: string | null;
	stats: ProfileStats;
}

/**
 * An export loaded for the screens, with every per-profile list computed once and remembered: moving
 * the cursor never recomputes a list. Loaded data never changes, so the caches never go stale.
 */
export class ScreenData {
	/** `null` first ("All profiles"), then the library's profiles, most viewings first. */
	readonly profiles: ReadonlyArray<string | null>;
	private readonly memo = new Map<string, unknown>();
	private readonly showStops = new WeakMap<Stop, Stop[]>();

	private searchIndex: SearchIndex | undefined;
	private readonly historyLists: HistoryLists;
	private readonly tables: TableViews;

	constructor(
		readonly view: ExportView,
		/** Builds the search index: called on first use, or by `prepare` once the first screen is drawn. */
		private readonly makeIndex: () => SearchIndex,
		/** "Now" for how-long-ago, fixed at load so the lists do not shift while browsing. */
		readonly now: number,
		/** Builds the search index in steps (`prepareSteps`); without it, prepare builds it in one. */
		private readonly indexSteps?: () => Generator<void, SearchIndex, void>,
	) {
		this.profiles = [null, ...view.library.profiles];
		this.historyLists = new HistoryLists(view.library, view.loaded.datesOnly);
		this.tables = new TableViews(view.loaded);
	}

	/** The search index over show and movie names, built once. */
	get index(): SearchIndex {
		return (this.searchIndex ??= this.makeIndex());
	}

	/** Builds what the first screen did not need (the shows, the search index, the stats' columns, folded titles), so the first Enter, `/`, `6` and History `f` are quick. */
	prepare(): void {
		const steps = this.prepareSteps();
		while (!steps.next().done);
	}

	/**
	 * `prepare` in steps, for the explorer to read keys in between (a `/` typed meanwhile builds the rest of
	 * the index at once). First the shows, grouped into objects (the Stopped screen is drawn without them),
	 * and where each profile stopped in each (the Show screen's marks: Enter on a Stopped row opens one).
	 */
	*prepareSteps(): Generator<void, void, void> {
		trace('shows: grouping');
		yield* this.view.library.groupInSteps();
		trace('shows: grouped');
		yield;
		yield* stoppedListSteps(this.view.library);
		trace('shows: resume points made');
		yield;
		trace('search index: start');
		if (!this.searchIndex && this.indexSteps) {
			const steps = this.indexSteps();
			for (;;) {
				const step = steps.next();
				if (step.done) {
					this.searchIndex ??= step.value;
					break;
				}
				yield;
				// Asked for between two steps (a `/`): made then, whole.
				if (this.searchIndex) break;
			}
		}
		void this.index;
		trace('search index: built');
		yield;
		yield* this.historyLists.prepareSteps();
		trace('history filter: titles folded');
	}

	/**
	 * Where-did-I-stop rows for a profile (null: all) and filter, from the library's columns: the shows
	 * need not be grouped first (the explorer's first screen is drawn before they are).
	 */
	stopped(profile: string | null, filter: StoppedFilter): StoppedRow[] {
		return this.remember(`stopped|${profile}|${filter.abandoned}|${filter.finished}|${filter.group}|${filter.sort}`, () => {
			trace('stopped list: start');
			const list = stoppedStops(this.view.library, {
				profile: profile ?? undefined,
				unfinished: !filter.finished,
				olderThanDays: filter.abandoned ? ABANDONED_DAYS : undefined,
				now: this.now,
			});
			const byName = (a: Stop, b: Stop) => a.show.localeCompare(b.show);
			const sorted =
				filter.sort === 'show' ? [...list].sort(byName) : filter.sort === 'profile' ? [...list].sort((a, b) => a.profile.localeCompare(b.profile) || byName(a, b)) : list;
			const rows = stoppedRows(filter.group ? sorted.filter(p => stopGroup(p) === filter.group) : sorted);
			trace('stopped list: done');
			return rows;
		});
	}

	/** Series watched to the end that the list leaves out without `f` (the screen says how many). */
	stoppedLeftOut(profile: string | null, filter: StoppedFilter): number {
		if (filter.finished) return 0;
		return this.stopped(profile, {...filter, finished: true}).filter(r => r.kind === 'entry' && !r.stop.unfinished).length;
	}

	/** The key of a Stopped row's show, for opening it (the shows are grouped now if they are not yet). */
	stopShowKey(stop: Stop): string | null {
		return stopShow(this.view.library, stop)?.key ?? null;
	}

	/** Every profile's stop in the show of a Stopped row, newest first (the detail pane's), without grouping the shows. */
	stopsInShow(stop: Stop): Stop[] {
		let stops = this.showStops.get(stop);
		if (!stops) this.showStops.set(stop, (stops = stopsInShow(this.view.library, stop)));
		return stops;
	}

	/** The profile's viewings, oldest first (screens read it backwards for newest first), made as read. */
	history(profile: string | null, view: Omit<HistoryView, 'profile'> = {}): ViewingList {
		return this.historyLists.list(profile, view);
	}

	/** The History list's lines: its viewings as shown with a separator between months (made once per list). */
	historyLines(profile: string | null, view: Omit<HistoryView, 'profile'> = {}): HistoryLines {
		return this.historyLists.lines(profile, view);
	}

	/** Every profile with its numbers, "All profiles" first. */
	profileRows(): ProfileRow[] {
		return this.remember('profiles', () => {
			const stats = allStats(this.view.library);
			return [{profile: null, stats: stats.total}, ...stats.profiles.map(profile => ({profile: profile.name, stats: profile}))];
		});
	}

	/** How far the Stats screen's numbers are made (0–1), while `statsReady()` is false. */
	statsDone = 0;

	/**
	 * Whether the Stats screen's numbers are made, so that a report is quick. An export of up to
	 * STATS_AT_ONCE_ROWS viewings has them made now (a few milliseconds); a larger one is made by
	 * `statsSteps`, which Root runs a step at a time between keys once the first screen is drawn.
	 */
	statsReady(): boolean {
		const {library, loaded} = this.view;
		if (statsReady(library, {}, loaded.datesOnly)) return true;
		if (library.order.length > STATS_AT_ONCE_ROWS) return false;
		this.stats(null, null);
		return true;
	}

	/**
	 * Makes the Stats screen's numbers a step of a few milliseconds at a time, yielding the fraction done:
	 * the pass over the viewings, then each profile's all-time report (so that `p` on the screen is quick).
	 */
	*statsSteps(): Generator<number, void, void> {
		const steps = statsSteps(this.view.library, {}, this.view.loaded.datesOnly);
		let next = steps.next();
		for (; !next.done; next = steps.next()) yield (this.statsDone = next.value * 0.9);
		trace('stats: tallied');
		const tallies = next.value;
		for (const [n, profile] of this.profiles.entries()) {
			const key = `stats|${profile}|null`;
			if (this.memo.has(key)) continue;
			// A step per profile of the report (all profiles' is the longest).
			const report = tallies.reportSteps(profile, null);
			let step = report.next();
			for (; !step.done; step = report.next()) yield this.statsDone;
			this.memo.set(key, step.value);
			yield (this.statsDone = 0.9 + (0.1 * (n + 1)) / this.profiles.length);
		}
	}

	/** Watch time, when and what for a profile (null: all) and a year (null: all time). */
	stats(profile: string | null, year: number | null): StatsReport {
		return this.remember(`stats|${profile}|${year}`, () => {
			trace('stats: start');
			const report = statsOf(this.view.library, {profile, year}, this.view.loaded.datesOnly);
			trace('stats: done');
			return report;
		});
	}

	/** The Stats screen's lines (width-free: the screen draws them to its width). */
	statsLines(profile: string | null, view: StatsView): StatsLine[] {
		return this.remember(`statsLines|${profile}|${view.year}|${view.months}`, () => statsLines(this.stats(profile, view.year), view));
	}

	/** The show with this key, if the library has it. */
	show(key: string | null): Show | undefined {
		return key === null ? undefined : this.view.library.shows.get(key);
	}

	/** Seasons, episodes and viewings of a show for a profile. Falls back to all profiles when the profile never watched it. */
	showRows(key: string, profile: string | null): ShowRow[] {
		return this.remember(`show|${key}|${profile}`, () => {
			const show = this.show(key);
			if (!show) return [];
			const rows = showRows(show, profile);
			return rows.length > 0 || profile === null ? rows : showRows(show, null);
		});
	}

	/** Where each profile (or the one) stopped in a show, newest first. */
	stoppedIn(key: string, profile: string | null): ResumePoint[] {
		return this.remember(`stoppedIn|${key}|${profile}`, () => {
			const of = (who: string | null) => stoppedList(this.view.library, {profile: who ?? undefined}).filter(p => p.show.key === key);
			// A profile that never watched the show sees every profile's (as its rows, see showRows).
			const own = of(profile);
			return own.length > 0 || profile === null ? own : of(null);
		});
	}

	/** A show's numbers for the profile (all profiles when it never watched the show): the Show screen's header. */
	showFacts(show: Show, profile: string | null): ShowFacts {
		return this.remember(`facts|${show.key}|${profile}`, () => {
			const own = profile !== null && show.profiles.includes(profile);
			return showFacts(this.view.library, show, own ? profile : undefined);
		});
	}

	/** What Netflix knows: every table of the export, read once, when the Data screen first asks. */
	/** Whether the Data overview has been computed (it reads every other table of the export). */
	get overviewReady(): boolean {
		return this.memo.has('overview');
	}

	overview(): DataOverview {
		return this.remember('overview', () => {
			const overview = dataOverview(this.view, scanTable);
			// Read with the other tables, while the Data screen says it is reading them.
			this.answers();
			return overview;
		});
	}

	/** What My List, the searches and the ratings say about the viewing (personal values masked). */
	answers(): OtherAnswers {
		return this.remember('answers', () => otherAnswers(this.view.loaded, this.view.library, this.now, this.masker(false)));
	}

	/** The Data screen's lines with these tables (by path) showing their columns. */
	dataLines(expanded: readonly string[]): DataLine[] {
		return this.remember(`data|${[...expanded].sort().join('|')}`, () => dataLines(this.overview(), expanded, this.answers()));
	}

	/** A table's rows (by path), read when first opened in the rows viewer; null when no such table. */
	tableRows(path: string): TableRows | null {
		return this.tables.rows(path);
	}

	/** The masker of this export (it knows the owner's name), masking or revealing. */
	masker(revealed: boolean): Masker {
		return this.tables.masker(revealed);
	}

	/** Rows shown of a table, filtered and sorted (the last few asked for are remembered). */
	rowOrder(path: string, filter: string, sort: {column: number; descending: boolean} | null, revealed: boolean): number[] {
		return this.tables.order(path, filter, sort, revealed);
	}

	/** Every cell of one row of a table, wrapped to `width`, as displayed. */
	rowDetail(path: string, row: number, revealed: boolean, width: number): string[] {
		return this.tables.detail(path, row, revealed, width);
	}

	/** How each profile rated a show (from Ratings.csv, read on first use). */
	ratings(showKey: string): Rating[] {
		return this.remember('ratings', () => ratingsByShow(this.view.loaded, this.view.library)).get(showKey) ?? [];
	}

	private remember<T>(key: string, make: () => T): T {
		if (!this.memo.has(key)) this.memo.set(key, make());
		return this.memo.get(key) as T;
	}
}
