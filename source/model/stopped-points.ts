/**
 * Where every profile stopped in every show, worked out on the library's columns: the same points as
 * `resumePoints` (stopped.ts, judged by the same rules), without grouping the shows into objects. A
 * command answers once: building every Show, Season, Episode and TitleFacts object of 250k rows (50k
 * episodes, 55k titles, their keys) to read a few thousand of them cost more than the rest of the
 * answer. Only the episodes a point names (its own, the next) become objects. Its test checks it
 * against stoppedList's path on random and generated exports (test/query/stopped-entries.test.ts).
 */
import type {Library} from './library.js';
import {describeNext, episodeEstimate, isNextInOrder, isUnfinished, movieEstimate, stateOf, type NextEpisode, type StoppedState} from './stopped.js';
import {KIND_EPISODE, KIND_EXTRA} from './title-model.js';
import {type EpisodeFacts, ShowEpisodes, type Tally, titleFields} from './show-episodes.js';

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
	const {table, order, numbers} = library;
	const fields = titleFields(library.catalog);
	const tally = tallied(library);
	const {showFirst, showTitle, series, longest} = tally;
	const episodes = new ShowEpisodes(tally, numbers, fields);
	const {title: titleOf, profile: profileOf, bookmark, start, profiles: profileNames} = table;
	const {show: showOf, episode: episodeOf} = numbers;
	const facts = new Array<EpisodeFacts | undefined>(longest.length);
	const factsOf = (e: number): EpisodeFacts => (facts[e] ??= episodes.facts(e));
	const walk = tally.newest;
	const points: StopPoint[] = new Array(walk.length);
	for (let n = 0; n < walk.length; n++) {
		const k = walk[n]!;
		const i = order[k]!;
		const t = titleOf[i]!;
		const s = showOf[t]!;
		const e = episodeOf[t]! >= 0 ? episodeOf[t]! : numbers.episodes + s;
		const kind = series[s] === 1 ? 'series' : 'movie';
		const own = longest[e]! >= 0 ? longest[e]! : null;
		const estimate = kind === 'series' ? episodeEstimate(own, episodes.typical(s)) : movieEstimate(own);
		const position = bookmark[i]! < 0 ? null : bookmark[i]!;
		const state = stateOf(kind, position, estimate);
		const episode = factsOf(e);
		const following = kind === 'series' ? episodes.after(s, e) : -1;
		const next = following >= 0 && isNextInOrder(episode, factsOf(following)) ? describeNext(factsOf(following), table.titles[tally.episodeTitle[following]!]!) : null;
		points[n] = {
			profile: profileNames[profileOf[i]!]!,
			showName: fields.show(showTitle[s]!),
			kind,
			episode,
			row: i,
			positionSeconds: position,
			estimatedRuntimeSeconds: estimate,
			state,
			unfinished: isUnfinished(kind, state, next !== null),
			next,
		};
	}
	// The walk met the points newest first; resumePoints lists points of one start by their shows' order.
	for (let a = 0; a < walk.length; ) {
		let b = a + 1;
		while (b < walk.length && start[order[walk[b]!]!] === start[order[walk[a]!]!]) b++;
		if (b - a > 1) {
			const run = points.slice(a, b).map((p, j) => ({p, rank: showFirst[showOf[titleOf[p.row]!]!]!, j}));
			run.sort((x, y) => x.rank - y.rank || x.j - y.j);
			for (let j = 0; j < run.length; j++) points[a + j] = run[j]!.p;
		}
		a = b;
	}
	return points;
}

/** One pass over the viewings, oldest first (see Tally). An index loop without calls: it runs once, cold. */
function tallied(library: Library): Tally {
	const {table, order, kinds, numbers} = library;
	const {title: titleOf, profile: profileOf, hidden, bookmark} = table;
	const {show: showOf, episode: episodeOf} = numbers;
	const movieEpisodes = numbers.episodes;
	const showFirst = new Int32Array(numbers.shows).fill(-1);
	const showTitle = new Int32Array(numbers.shows);
	const series = new Uint8Array(numbers.shows);
	const episodeTitle = new Int32Array(numbers.episodes + numbers.shows).fill(-1);
	const longest = new Int32Array(numbers.episodes + numbers.shows).fill(-1);
	const episodesInOrder = new Int32Array(numbers.episodes + numbers.shows);
	const titleFirst = new Int32Array(table.titles.length).fill(-1);
	// The newest position of each (profile, show) pair, by pair number; a Map when there are very many
	// pairs (100,000 profiles by 500 shows would be 200 MB).
	const shows = numbers.shows;
	const pairs = table.profiles.length * shows;
	const newest = pairs <= MAX_PAIRS ? new Int32Array(pairs).fill(-1) : null;
	const newestOfMany = newest === null ? new Map<number, number>() : null;
	let episodeCount = 0;
	for (let k = 0; k < order.length; k++) {
		const i = order[k]!;
		const t = titleOf[i]!;
		const s = showOf[t]!;
		if (showFirst[s] === -1) {
			showFirst[s] = k;
			showTitle[s] = t;
		}
		const kind = kinds[i]!;
		if (kind === KIND_EXTRA) continue;
		if (kind === KIND_EPISODE) series[s] = 1;
		if (titleFirst[t] === -1) titleFirst[t] = k;
		const e0 = episodeOf[t]!;
		const e = e0 >= 0 ? e0 : movieEpisodes + s;
		if (episodeTitle[e] === -1) {
			episodeTitle[e] = t;
			episodesInOrder[episodeCount++] = e;
		}
		if (hidden[i] !== 0) continue;
		if (bookmark[i]! > longest[e]!) longest[e] = bookmark[i]!;
		const pair = profileOf[i]! * shows + s;
		if (newest !== null) newest[pair] = k;
		else newestOfMany!.set(pair, k);
	}
	return {showFirst, showTitle, series, episodeTitle, longest, titleFirst, newest: newestFirst(newest ?? newestOfMany!.values()), episodesInOrder, episodeCount};
}

/** Pairs of (profile, show) above which tallied keeps the newest of each in a Map, not an array. */
const MAX_PAIRS = 1 << 22;

/** The positions met (-1: none), newest first; `positions` may be reused. */
function newestFirst(positions: Int32Array | Iterable<number>): Int32Array {
	let n = 0;
	const found = positions instanceof Int32Array ? positions : Int32Array.from(positions);
	for (let j = 0; j < found.length; j++) if (found[j]! >= 0) found[n++] = found[j]!;
	return found.subarray(0, n).sort().reverse();
}
