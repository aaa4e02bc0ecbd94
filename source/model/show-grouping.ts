/**
 * Groups the viewings into shows and episodes, by the numbers the title model gives each title (a
 * movie is its show's one pseudo-episode). One pass over the viewings tallies each show and episode
 * (ShowTally, EpisodeTally: counts and dates in typed arrays), then the objects are made once per
 * show, episode and title. Their viewings are laid out when first asked for (PositionLists). No
 * viewing object is made: 250k pushes into 50k arrays took longer than all of this.
 */
import type {ViewingTable} from '../export/viewing-table.js';
import {EpisodeRecord, orderSeasons, ShowRecord, type Show, type TitleFacts, type ViewingPositions} from './shows.js';
import {KIND_EPISODE, KIND_EXTRA, type TitleNumbers} from './title-model.js';
import type {ViewingEvent} from './types.js';

/**
 * Rows of the grouping's passes between two steps (a mask: 2^12 − 1, ≈2 ms on the machine measured; the
 * explorer runs several steps in a slice of its own length, so small steps cost nothing, a long one holds the keys).
 */
const ROWS_PER_STEP = 0xfff;
/** Titles or shows made into objects between two steps (a mask: 2^8 − 1). */
export const OBJECTS_PER_STEP = 0xff;

/** The viewings as the grouping reads them: by position in `Library.order`, what each is of and when. */
class ViewingsByPosition {
	/** Shows and their episodes, a movie's pseudo-episode included. */
	readonly shows: number;
	readonly episodes: number;

	constructor(
		readonly table: ViewingTable,
		readonly order: Int32Array,
		readonly kinds: Uint8Array,
		readonly numbers: TitleNumbers,
	) {
		this.shows = numbers.shows;
		this.episodes = numbers.episodes + numbers.shows;
	}

	get length(): number {
		return this.order.length;
	}
	title(k: number): number {
		return this.table.title[this.order[k]!]!;
	}
	showOfTitle(t: number): number {
		return this.numbers.show[t]!;
	}
	/** A title's episode; a movie's is its show's pseudo-episode, numbered after the real ones. */
	episodeOfTitle(t: number): number {
		const e = this.numbers.episode[t]!;
		return e >= 0 ? e : this.numbers.episodes + this.numbers.show[t]!;
	}
	isExtra(k: number): boolean {
		return this.kinds[this.order[k]!] === KIND_EXTRA;
	}
	rawTitle(t: number): string {
		return this.table.titles[t]!;
	}
}

/** What the first pass learns of each show, by show number. */
class ShowTally {
	/** The title of its first row (an extra's too): the show is named after it. -1: not met. */
	readonly firstTitle: Int32Array;
	readonly extras: Int32Array;
	readonly viewings: Int32Array;
	readonly first: Float64Array;
	readonly last: Float64Array;
	/** 1 once one of its viewings is an episode. */
	readonly series: Uint8Array;
	/** The profile of its last real viewing (-1: none yet): rows of a show by one profile come together. */
	readonly lastProfile: Int32Array;
	readonly profiles: Array<string[] | undefined>;
	/** Show numbers by first row: the order of the map. */
	readonly inOrder: number[] = [];
	// (profile, show) pairs as one number: a Set of the pairs seen, not a profiles × shows array
	// (100,000 profiles by 500 shows was 200 MB, and a loop over every profile for every show).
	readonly profileSeen = new Set<number>();

	constructor(readonly size: number) {
		this.firstTitle = new Int32Array(size).fill(-1);
		this.extras = new Int32Array(size);
		this.viewings = new Int32Array(size);
		this.first = new Float64Array(size);
		this.last = new Float64Array(size);
		this.series = new Uint8Array(size);
		this.lastProfile = new Int32Array(size).fill(-1);
		this.profiles = new Array(size).fill(undefined);
	}
}

/** What the first pass learns of each episode, by episode number. */
class EpisodeTally {
	readonly viewings: Int32Array;
	readonly first: Float64Array;
	/** The longest bookmark of a visible viewing, -1 when none. */
	readonly longest: Int32Array;

	constructor(size: number) {
		this.viewings = new Int32Array(size);
		this.first = new Float64Array(size);
		this.longest = new Int32Array(size).fill(-1);
	}
}

/**
 * The first pass: every row tallied into its show and episode, oldest first; the titles by their first
 * real viewing. One loop over the columns, no call per row: a command runs it once, before V8 has
 * optimised anything, where each call costs (it was ≈10 calls a row).
 */
function* tallySteps(rows: ViewingsByPosition, showTally: ShowTally, episodeTally: EpisodeTally, titlesInOrder: number[]): Generator<void, void, void> {
	const {table, order, kinds, numbers} = rows;
	const {title: titleOf, start: startOf, profile: profileOf, hidden, bookmark, profiles: profileNames} = table;
	const {show: showOf, episode: episodeOf} = numbers;
	const movieEpisodes = numbers.episodes;
	const {firstTitle, extras, viewings, first, last, series, lastProfile, profiles, inOrder, profileSeen, size} = showTally;
	const titleSeen = new Uint8Array(table.titles.length);
	for (let k = 0; k < order.length; k++) {
		if ((k & ROWS_PER_STEP) === ROWS_PER_STEP) yield;
		const i = order[k]!;
		const t = titleOf[i]!;
		const s = showOf[t]!;
		if (firstTitle[s] === -1) {
			firstTitle[s] = t;
			inOrder.push(s);
		}
		const kind = kinds[i]!;
		if (kind === KIND_EXTRA) {
			extras[s]!++;
			continue;
		}
		const start = startOf[i]!;
		if (viewings[s]!++ === 0) first[s] = start;
		last[s] = start;
		if (kind === KIND_EPISODE) series[s] = 1;
		const p = profileOf[i]!;
		if (lastProfile[s] !== p) {
			lastProfile[s] = p;
			const pair = p * size + s;
			if (!profileSeen.has(pair)) {
				profileSeen.add(pair);
				(profiles[s] ??= []).push(profileNames[p]!);
			}
		}
		// A movie's episode is its show's pseudo-episode, numbered after the real ones.
		const e0 = episodeOf[t]!;
		const e = e0 >= 0 ? e0 : movieEpisodes + s;
		if (episodeTally.viewings[e]!++ === 0) episodeTally.first[e] = start;
		const mark = hidden[i] !== 0 ? -1 : bookmark[i]!;
		if (mark > episodeTally.longest[e]!) episodeTally.longest[e] = mark;
		if (titleSeen[t] === 0) {
			titleSeen[t] = 1;
			titlesInOrder.push(t);
		}
	}
}

/**
 * Per profile and show, the newest visible real viewing: walking the rows newest first, the first one
 * met; pushed in that walk, each show's list comes out newest first.
 */
function* newestSteps(rows: ViewingsByPosition, showObjects: ReadonlyArray<ShowRecord | undefined>): Generator<void, void, void> {
	const {table, order, kinds} = rows;
	const {title: titleOf, profile: profileOf, hidden, profiles: profileNames} = table;
	const showOf = rows.numbers.show;
	const newestSeen = new Set<number>();
	// The profile last pushed to each show: a show's newest rows by one profile come together.
	const lastPushed = new Int32Array(rows.shows).fill(-1);
	for (let k = order.length - 1; k >= 0; k--) {
		if ((k & ROWS_PER_STEP) === ROWS_PER_STEP) yield;
		const i = order[k]!;
		if (kinds[i] === KIND_EXTRA || hidden[i] !== 0) continue;
		const s = showOf[titleOf[i]!]!;
		const p = profileOf[i]!;
		if (lastPushed[s] === p) continue;
		const pair = p * rows.shows + s;
		if (newestSeen.has(pair)) continue;
		newestSeen.add(pair);
		lastPushed[s] = p;
		showObjects[s]!.newest.push({profile: profileNames[p]!, position: k});
	}
}

/**
 * The shows of the viewings, a step of a few thousand rows at a time (the explorer reads keys between
 * the steps). Sets each title's `show` and `episode` in `facts`.
 */
export function* groupingSteps(
	table: ViewingTable,
	order: Int32Array,
	kinds: Uint8Array,
	numbers: TitleNumbers,
	facts: readonly TitleFacts[],
	event: (k: number) => ViewingEvent,
): Generator<void, Map<string, Show>, void> {
	const rows = new ViewingsByPosition(table, order, kinds, numbers);
	const showTally = new ShowTally(rows.shows);
	const episodeTally = new EpisodeTally(rows.episodes);
	// Titles by their first real viewing: episodes take their fields (and their titles' order) from them.
	const titlesInOrder: number[] = [];
	yield* tallySteps(rows, showTally, episodeTally, titlesInOrder);

	const lists = new PositionLists(rows, showTally.viewings, episodeTally.viewings, event);
	const showObjects: Array<ShowRecord | undefined> = new Array(rows.shows).fill(undefined);
	const episodeObjects: Array<EpisodeRecord | undefined> = new Array(rows.episodes).fill(undefined);
	const episodesOf: EpisodeRecord[][] = [];
	for (let n = 0; n < titlesInOrder.length; n++) {
		if ((n & OBJECTS_PER_STEP) === OBJECTS_PER_STEP) yield;
		const t = titlesInOrder[n]!;
		const fact = facts[t]!;
		const s = rows.showOfTitle(t);
		let show = showObjects[s];
		if (!show) {
			const {firstTitle, first, last, extras, profiles, viewings} = showTally;
			show = new ShowRecord(fact.showKey, facts[firstTitle[s]!]!.parsed.show, first[s]!, last[s]!, extras[s]!, profiles[s]!, viewings[s]!, s, lists);
			show.kind = showTally.series[s] === 1 ? 'series' : 'movie';
			showObjects[s] = show;
			episodesOf[s] = [];
		}
		const e = rows.episodeOfTitle(t);
		const p = fact.parsed;
		let episode = episodeObjects[e];
		if (!episode) {
			const title = numbers.episode[t]! >= 0 ? p.episodeTitle : null;
			const longest = episodeTally.longest[e]!;
			episode = new EpisodeRecord(fact.episodeKey, p.seasonLabel, p.seasonNumber, p.episodeNumber, title, episodeTally.first[e]!, longest >= 0 ? longest : null, e, lists);
			episodeObjects[e] = episode;
			episodesOf[s]!.push(episode);
		}
		episode.titles.push(rows.rawTitle(t));
		if (episode.title === null && p.episodeTitle) episode.title = p.episodeTitle;
		fact.show = show;
		fact.episode = episode;
	}
	yield* newestSteps(rows, showObjects);
	const shows = new Map<string, Show>();
	for (let n = 0; n < showTally.inOrder.length; n++) {
		if ((n & OBJECTS_PER_STEP) === OBJECTS_PER_STEP) yield;
		const s = showTally.inOrder[n]!;
		const show = showObjects[s];
		// A show of which only trailers or hooks were seen is not something the person watched.
		if (!show) continue;
		show.seasons = orderSeasons(episodesOf[s]!);
		shows.set(show.key, show);
	}
	return shows;
}

/**
 * Each show's and each episode's viewings as slices of one position list, ordered by a counting sort
 * from the sizes the grouping counted. Laid out when first asked for: the Stopped screen does not need it.
 */
class PositionLists implements ViewingPositions {
	private byShow: Int32Array | undefined;
	private byEpisode: Int32Array | undefined;
	private readonly showStart: Int32Array;
	private readonly episodeStart: Int32Array;

	constructor(
		private readonly rows: ViewingsByPosition,
		showSizes: Int32Array,
		episodeSizes: Int32Array,
		readonly event: (k: number) => ViewingEvent,
	) {
		this.showStart = offsets(showSizes);
		this.episodeStart = offsets(episodeSizes);
	}

	ofShow(s: number): Int32Array {
		if (!this.byShow) this.layOut();
		return this.byShow!.subarray(this.showStart[s]!, this.showStart[s + 1]!);
	}

	ofEpisode(e: number): Int32Array {
		if (!this.byEpisode) this.layOut();
		return this.byEpisode!.subarray(this.episodeStart[e]!, this.episodeStart[e + 1]!);
	}

	private layOut(): void {
		const {rows} = this;
		const byShow = new Int32Array(rows.length);
		const byEpisode = new Int32Array(rows.length);
		const showFill = this.showStart.slice();
		const episodeFill = this.episodeStart.slice();
		for (let k = 0; k < rows.length; k++) {
			if (rows.isExtra(k)) continue;
			const t = rows.title(k);
			byShow[showFill[rows.showOfTitle(t)]!++] = k;
			byEpisode[episodeFill[rows.episodeOfTitle(t)]!++] = k;
		}
		[this.byShow, this.byEpisode] = [byShow, byEpisode];
	}
}

/** Where each group starts in a list sorted by group, from the groups' sizes (one more: the end). */
function offsets(counts: Int32Array): Int32Array {
	const starts = new Int32Array(counts.length + 1);
	for (let g = 0; g < counts.length; g++) starts[g + 1] = starts[g]! + counts[g]!;
	return starts;
}
