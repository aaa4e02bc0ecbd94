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

/**
 * What stopPoints needs of the viewings (see Tally), added up from the titles' tally (viewing-tally.ts):
 * the loader made that while the titles were parsed, so this reads titles and (profile, title) pairs,
 * not every row. A row is an extra by its Supplemental Video Type (the tally leaves those out of all but
 * `firstAny`) or by its title's kind (left out here). Index loops without calls: it runs once, cold.
 */
function tallied(library: Library): Tally {
	const {table, order, numbers} = library;
	const {firstAny, firstPlain, byFirstPlain, longest: titleLongest, newest: titleNewest} = library.byTitle;
	const titleKinds = library.catalog.kinds;
	const {title: titleOf, profile: profileOf} = table;
	const {show: showOf, episode: episodeOf} = numbers;
	const movieEpisodes = numbers.episodes;
	const shows = numbers.shows;
	const showFirst = new Int32Array(shows).fill(-1);
	const showTitle = new Int32Array(shows);
	const series = new Uint8Array(shows);
	const episodeTitle = new Int32Array(numbers.episodes + shows).fill(-1);
	const longest = new Int32Array(numbers.episodes + shows).fill(-1);
	const episodesInOrder = new Int32Array(numbers.episodes + shows);
	const titles = titleKinds.length;
	for (let t = 0; t < titles; t++) {
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
	// Episodes by their first real viewing: their titles' first viewings, in order. Each episode's titles
	// are chained in that order too, from its first (nextTitle).
	const nextTitle = new Int32Array(titles).fill(-1);
	const lastTitle = new Int32Array(numbers.episodes + shows);
	let episodeCount = 0;
	for (let n = 0; n < byFirstPlain.length; n++) {
		const t = byFirstPlain[n]!;
		if (titleKinds[t] === KIND_EXTRA) continue;
		const e = episodeOf[t]! >= 0 ? episodeOf[t]! : movieEpisodes + showOf[t]!;
		if (episodeTitle[e] === -1) {
			episodeTitle[e] = t;
			episodesInOrder[episodeCount++] = e;
		} else nextTitle[lastTitle[e]!] = t;
		lastTitle[e] = t;
	}
	// The newest of each (profile, show): the first of its titles' newest met, newest first.
	const seen = new PairsSeen(table.profiles.length * shows);
	const newest = new Int32Array(titleNewest.length);
	let n = 0;
	for (let j = 0; j < titleNewest.length; j++) {
		const k = titleNewest[j]!;
		const i = order[k]!;
		const t = titleOf[i]!;
		if (titleKinds[t] === KIND_EXTRA) continue;
		if (!seen.first(profileOf[i]! * shows + showOf[t]!)) continue;
		newest[n++] = k;
	}
	return {showFirst, showTitle, series, episodeTitle, longest, nextTitle, newest: newest.subarray(0, n), episodesInOrder, episodeCount};
}
