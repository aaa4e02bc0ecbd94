/**
 * Where every profile stopped in every show, worked out on the library's columns: the same points as
 * `resumePoints` (stopped.ts, judged by the same rules), without grouping the shows into objects. A
 * command answers once: building every Show, Season, Episode and TitleFacts object of 250k rows (50k
 * episodes, 55k titles, their keys) to read a few thousand of them cost more than the rest of the
 * answer. Only the episodes a point names (its own, the next) become objects. Its test checks it
 * against stoppedList's path on random and generated exports (test/query/stopped-entries.test.ts).
 */
import type {Library} from './library.js';
import {describeNext, episodeEstimate, isUnfinished, movieEstimate, stateOf, type NextEpisode, type StoppedState} from './stopped.js';
import {KIND_EPISODE, KIND_EXTRA, type TitleFields, type TitleNumbers} from './title-model.js';
import {type EpisodeFacts, ShowEpisodes, type Tally, titleFields} from './show-episodes.js';
import {PairsSeen} from './viewing-tally.js';

export type {EpisodeFacts} from './show-episodes.js';

/** One point of `stopPoints`: ResumePoint's values, with the viewing as its row of `Library.table`. */
export interface StopPoint {
	profile: string;
	showName: string;
	kind: 'series' | 'movie';
	episode: EpisodeFacts;
	/** The newest real, visible viewing of the show by the profile: a row of `Library.table`. */
	row: number;
	positionSeconds: number | null;
	estimatedRuntimeSeconds: number | null;
	state: StoppedState;
	unfinished: boolean;
	next: NextEpisode | null;
}

/**
 * Where every profile stopped in every show, newest first, in the order of `resumePoints`: one point per
 * (profile, series) and per (profile, movie), from the newest viewing that is neither an extra nor hidden.
 */
export function stopPoints(library: Library): StopPoint[] {
	const c = stopColumns(library);
	const {table} = library;
	const {row, show, episode, next, estimate, state, unfinished} = c;
	const points: StopPoint[] = [];
	for (let n = 0; n < c.count; n++) {
		const i = row[n]!;
		const kind = c.series[show[n]!] === 1 ? 'series' : 'movie';
		points.push({
			profile: table.profiles[table.profile[i]!]!,
			showName: c.showName(show[n]!),
			kind,
			episode: c.facts(episode[n]!),
			row: i,
			positionSeconds: table.bookmark[i]! < 0 ? null : table.bookmark[i]!,
			estimatedRuntimeSeconds: estimate[n]! < 0 ? null : estimate[n]!,
			state: STATES[state[n]!]!,
			unfinished: unfinished[n] === 1,
			next: next[n]! < 0 ? null : c.nextEpisode(next[n]!),
		});
	}
	return points;
}

/** A step generator run to its end, in one piece; its value. */
export function finish<T>(steps: Generator<unknown, T, void>): T {
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/**
 * stopPoints as columns, one slot a point in the same order: what a point needs worked out for every
 * point (its state, whether it is unfinished) in typed arrays, its texts (the episode's fields, the
 * next episode) made only for the points asked for. `stopped` prints about half of the 13k points at
 * 250k rows; the rest are only counted.
 */
export interface StopColumns {
	count: number;
	/** The newest real, visible viewing of the show by the profile: a row of `Library.table`. */
	row: Int32Array;
	/** The show's number (TitleNumbers). */
	show: Int32Array;
	/** The episode's number (a movie's pseudo-episode after the real ones: `numbers.episodes + show`). */
	episode: Int32Array;
	/** The next episode to watch (NextEpisode), -1 none. */
	next: Int32Array;
	/** The runtime estimate, -1 none. */
	estimate: Int32Array;
	/** The state, as its place in STATES. */
	state: Uint8Array;
	/** 1 when unfinished (isUnfinished). */
	unfinished: Uint8Array;
	/** Per show: 1 for a series, 0 a movie. */
	series: Uint8Array;
	/** A show's name (its first row's title's show). */
	showName(s: number): string;
	/** An episode's fields (made once an episode). */
	facts(e: number): EpisodeFacts;
	/** An episode as a point's `next` names it. */
	nextEpisode(e: number): NextEpisode;
}

/** StopColumns' arrays of one slot a point, which walkPoints fills. */
type PointColumns = Pick<StopColumns, 'row' | 'show' | 'episode' | 'next' | 'estimate' | 'state' | 'unfinished'>;

/** StopColumns.state's values. */
export const STATES: readonly StoppedState[] = ['unknown', 'midway', 'finished', 'between-episodes', 'mid-episode'];

/** stopPoints' points as columns (StopColumns). */
export function stopColumns(library: Library): StopColumns {
	return finish(stopColumnsSteps(library));
}

/** Points walked between two steps of stopColumnsSteps (13k points at 250k rows: ≈23 ms in all, traced). */
const WALK_STEP = 4096;

/**
 * stopColumns a step at a time, for the explorer to read keys in between (as one piece, ≈80–180 ms at
 * 250k rows): a step is one loop of the tally, the shows' episodes, the runs' order, or WALK_STEP points.
 */
export function* stopColumnsSteps(library: Library): Generator<undefined, StopColumns, void> {
	const {table, order, numbers} = library;
	const fields = titleFields(library.catalog);
	const tally = yield* talliedSteps(library, fields);
	const {showTitle, series, longest, episodeTitle} = tally;
	const episodes = new ShowEpisodes(tally, numbers, fields);
	yield;
	const walk = tally.newest;
	// resumePoints lists points of one start by their shows' order: put the walk so first.
	orderRuns(walk, order, table.start, table.title, numbers.show, tally.showFirst);
	yield;
	const count = walk.length;
	const points: PointColumns = {
		row: new Int32Array(count),
		show: new Int32Array(count),
		episode: new Int32Array(count),
		next: new Int32Array(count),
		estimate: new Int32Array(count),
		state: new Uint8Array(count),
		unfinished: new Uint8Array(count),
	};
	for (let from = 0; from < count; from += WALK_STEP) {
		if (from > 0) yield;
		walkPoints(walk, from, Math.min(count, from + WALK_STEP), order, table.title, table.bookmark, numbers, series, longest, episodes, points);
	}
	// Each episode's facts made once, kept by a slot: `new Array(58k)` would be a dictionary, not an array.
	const factsSlot = new Int32Array(longest.length).fill(-1);
	const facts: EpisodeFacts[] = [];
	const factsOf = (e: number): EpisodeFacts => {
		if (factsSlot[e] === -1) factsSlot[e] = facts.push(episodes.facts(e)) - 1;
		return facts[factsSlot[e]!]!;
	};
	return {
		count,
		...points,
		series,
		showName: s => fields.show(showTitle[s]!),
		facts: factsOf,
		nextEpisode: e => describeNext(factsOf(e), table.titles[episodeTitle[e]!]!),
	};
}

/**
 * The values of points `from` to `to`, in the order of `walk` (positions in `order`). A loop of its own,
 * on typed arrays, with no object made: it runs once, cold, and V8 compiles a small function's loop soon.
 */
function walkPoints(
	walk: Int32Array,
	from: number,
	to: number,
	order: Int32Array,
	titleOf: Int32Array,
	bookmark: Int32Array,
	numbers: TitleNumbers,
	series: Uint8Array,
	longest: Int32Array,
	episodes: ShowEpisodes,
	points: PointColumns,
): void {
	const {show: showOf, episode: episodeOf, episodes: movieEpisodes} = numbers;
	const {row, show, episode, next, estimate, state, unfinished} = points;
	for (let n = from; n < to; n++) {
		const i = order[walk[n]!]!;
		const t = titleOf[i]!;
		const s = showOf[t]!;
		const e = episodeOf[t]! >= 0 ? episodeOf[t]! : movieEpisodes + s;
		const isSeries = series[s] === 1;
		const kind = isSeries ? 'series' : 'movie';
		const own = longest[e]! >= 0 ? longest[e]! : null;
		const guess = isSeries ? episodeEstimate(own, episodes.typical(s)) : movieEstimate(own);
		const position = bookmark[i]! < 0 ? null : bookmark[i]!;
		const pointState = stateOf(kind, position, guess);
		const following = isSeries ? episodes.nextInOrder(s, e) : -1;
		row[n] = i;
		show[n] = s;
		episode[n] = e;
		next[n] = following;
		estimate[n] = guess === null ? -1 : guess;
		state[n] = STATES.indexOf(pointState);
		unfinished[n] = isUnfinished(kind, pointState, following !== -1) ? 1 : 0;
	}
}

/** Up to this many points of one start are put in order by insertion; more (a file whose rows share a start) by a sort. */
const SHORT_RUN = 16;

/**
 * Puts each run of `walk` (positions in `order`, newest first) that shares a start in its shows' order
 * (`showFirst`), keeping the walk's order among points of one show's rank: resumePoints' order.
 */
function orderRuns(walk: Int32Array, order: Int32Array, start: Float64Array, titleOf: Int32Array, showOf: Int32Array, showFirst: Int32Array): void {
	for (let a = 0; a < walk.length; ) {
		const at = start[order[walk[a]!]!]!;
		let b = a + 1;
		while (b < walk.length && start[order[walk[b]!]!] === at) b++;
		if (b - a > SHORT_RUN) sortRun(walk, a, b, order, titleOf, showOf, showFirst);
		else if (b - a > 1) {
			// Insertion moving only past a higher rank: stable, as the sort by (rank, place in the walk).
			for (let j = a + 1; j < b; j++) {
				const k = walk[j]!;
				const rank = showFirst[showOf[titleOf[order[k]!]!]!]!;
				let m = j - 1;
				while (m >= a && showFirst[showOf[titleOf[order[walk[m]!]!]!]!]! > rank) {
					walk[m + 1] = walk[m]!;
					m--;
				}
				walk[m + 1] = k;
			}
		}
		a = b;
	}
}

function sortRun(walk: Int32Array, a: number, b: number, order: Int32Array, titleOf: Int32Array, showOf: Int32Array, showFirst: Int32Array): void {
	const run = Array.from(walk.subarray(a, b), (k, j) => ({k, rank: showFirst[showOf[titleOf[order[k]!]!]!]!, j}));
	run.sort((x, y) => x.rank - y.rank || x.j - y.j);
	for (let j = 0; j < run.length; j++) walk[a + j] = run[j]!.k;
}

/**
 * What stopPoints needs of the viewings (see Tally), added up from the titles' tally (viewing-tally.ts):
 * the loader made that while the titles were parsed, so this reads titles and (profile, title) pairs,
 * not every row. A row is an extra by its Supplemental Video Type (the tally leaves those out of all but
 * `firstAny`) or by its title's kind (left out here). Each loop is a function of its own, on typed
 * arrays: it runs once, cold, and V8 compiles a small function's loop soon (one function of three loops
 * was compiled three times, each loop dropping the code made for the one before).
 */
function* talliedSteps(library: Library, fields: TitleFields): Generator<undefined, Tally, void> {
	const {table, order, numbers} = library;
	const {firstAny, firstPlain, byFirstPlain, longest: titleLongest, newest: titleNewest} = library.byTitle;
	const titleKinds = library.catalog.kinds;
	const {show: showOf, episode: episodeOf} = numbers;
	const shows = numbers.shows;
	const showFirst = new Int32Array(shows).fill(-1);
	const showTitle = new Int32Array(shows);
	const series = new Uint8Array(shows);
	const episodeTitle = new Int32Array(numbers.episodes + shows).fill(-1);
	const longest = new Int32Array(numbers.episodes + shows).fill(-1);
	const episodesInOrder = new Int32Array(numbers.episodes + shows);
	const titles = titleKinds.length;
	showsOfTitles(firstAny, firstPlain, titleLongest, titleKinds, showOf, episodeOf, numbers.episodes, showFirst, showTitle, series, longest);
	yield;
	const nextTitle = new Int32Array(titles).fill(-1);
	const lastTitle = new Int32Array(numbers.episodes + shows);
	const seasonNo = new Float64Array(numbers.episodes + shows).fill(Number.NaN);
	const episodeNo = new Float64Array(numbers.episodes + shows).fill(Number.NaN);
	const episodeCount = episodesByFirstViewing(
		byFirstPlain,
		titleKinds,
		showOf,
		episodeOf,
		numbers.episodes,
		fields,
		episodeTitle,
		episodesInOrder,
		nextTitle,
		lastTitle,
		seasonNo,
		episodeNo,
	);
	yield;
	const seen = new PairsSeen(table.profiles.length * shows);
	const newest = new Int32Array(titleNewest.length);
	const n = newestOfShows(titleNewest, order, table.title, table.profile, titleKinds, showOf, shows, seen, newest);
	return {showFirst, showTitle, series, episodeTitle, longest, nextTitle, newest: newest.subarray(0, n), episodesInOrder, episodeCount, seasonNo, episodeNo};
}

/** Each show's first row and title, whether it is a series, each episode's longest bookmark. */
function showsOfTitles(
	firstAny: Int32Array,
	firstPlain: Int32Array,
	titleLongest: Int32Array,
	titleKinds: Uint8Array,
	showOf: Int32Array,
	episodeOf: Int32Array,
	movieEpisodes: number,
	showFirst: Int32Array,
	showTitle: Int32Array,
	series: Uint8Array,
	longest: Int32Array,
): void {
	for (let t = 0; t < titleKinds.length; t++) {
		const first = firstAny[t]!;
		if (first === -1) continue;
		const s = showOf[t]!;
		// A show is named after its first row's title (an extra's too).
		if (showFirst[s] === -1 || first < showFirst[s]!) {
			showFirst[s] = first;
			showTitle[s] = t;
		}
		const kind = titleKinds[t]!;
		if (kind === KIND_EXTRA || firstPlain[t] === -1) continue;
		if (kind === KIND_EPISODE) series[s] = 1;
		const e = episodeOf[t]! >= 0 ? episodeOf[t]! : movieEpisodes + s;
		if (titleLongest[t]! > longest[e]!) longest[e] = titleLongest[t]!;
	}
}

/**
 * Episodes by their first real viewing: their titles' first viewings, in order, and each one's season and
 * episode numbers, from that first title (NaN for none). Each episode's titles are chained in that order
 * too, from its first (nextTitle). Gives how many episodes there are.
 */
function episodesByFirstViewing(
	byFirstPlain: Int32Array,
	titleKinds: Uint8Array,
	showOf: Int32Array,
	episodeOf: Int32Array,
	movieEpisodes: number,
	fields: TitleFields,
	episodeTitle: Int32Array,
	episodesInOrder: Int32Array,
	nextTitle: Int32Array,
	lastTitle: Int32Array,
	seasonNo: Float64Array,
	episodeNo: Float64Array,
): number {
	let episodeCount = 0;
	for (let n = 0; n < byFirstPlain.length; n++) {
		const t = byFirstPlain[n]!;
		if (titleKinds[t] === KIND_EXTRA) continue;
		const e = episodeOf[t]! >= 0 ? episodeOf[t]! : movieEpisodes + showOf[t]!;
		if (episodeTitle[e] === -1) {
			episodeTitle[e] = t;
			episodesInOrder[episodeCount++] = e;
			seasonNo[e] = fields.seasonNumber(t) ?? Number.NaN;
			episodeNo[e] = fields.episodeNumber(t) ?? Number.NaN;
		} else nextTitle[lastTitle[e]!] = t;
		lastTitle[e] = t;
	}
	return episodeCount;
}

/** The newest of each (profile, show): the first of its titles' newest met, newest first. Gives how many. */
function newestOfShows(
	titleNewest: Int32Array,
	order: Int32Array,
	titleOf: Int32Array,
	profileOf: Int32Array,
	titleKinds: Uint8Array,
	showOf: Int32Array,
	shows: number,
	seen: PairsSeen,
	newest: Int32Array,
): number {
	let n = 0;
	for (let j = 0; j < titleNewest.length; j++) {
		const k = titleNewest[j]!;
		const i = order[k]!;
		const t = titleOf[i]!;
		if (titleKinds[t] === KIND_EXTRA) continue;
		if (!seen.first(profileOf[i]! * shows + showOf[t]!)) continue;
		newest[n++] = k;
	}
	return n;
}
