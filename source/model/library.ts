import {trace} from '../trace.js';
import {eventOf, tableFromRows, type ViewingRow, type ViewingTable} from '../export/viewing-table.js';
import {firstPass} from './title-catalog.js';
import {viewingOrder} from './viewing-order.js';
import {episodeKey, KIND_EPISODE, KIND_EXTRA, KIND_NAMES, showKeyOf, showKeys, titleModelOf, type TitleModel, type TitleNumbers} from './title-model.js';
import type {ParsedTitle, ViewingEvent} from './types.js';

/** One episode of a show, however many title strings it was seen under. */
export interface Episode {
	/** Stable key inside the show: season and episode number where known, else the titles. */
	key: string;
	seasonLabel: string | null;
	seasonNumber: number | null;
	number: number | null;
	title: string | null;
	/** Every raw title string this episode appeared as (`Season 1` and `Temporada 1` both). */
	titles: string[];
	/** Where its real (non-extra) viewings are in Library.order (all profiles, oldest first). */
	readonly positions: Int32Array;
	/** The same viewings as objects (made on first use). */
	readonly viewings: readonly ViewingEvent[];
	/** The longest bookmark any profile reached, seconds (null when no bookmarks). */
	longestBookmark: number | null;
}

/** A season as the export names it. */
export interface Season {
	label: string | null;
	number: number | null;
	episodes: Episode[];
}

/** A series or a movie: the unit people search for. */
export interface Show {
	/** Lower-cased, NFC key; the same show under two spellings of case is one show. */
	key: string;
	name: string;
	kind: 'series' | 'movie';
	/** Seasons in order (numbered first, then named seasons by first viewing). Movies: one pseudo-season. */
	seasons: Season[];
	/** Where its real viewings are in Library.order (oldest first). */
	readonly positions: Int32Array;
	/** How many real viewings (positions.length, without laying the positions out). */
	readonly viewingCount: number;
	/** Each profile's newest viewing of it that is not hidden, as a position in Library.order; newest first. */
	readonly newest: ReadonlyArray<{profile: string; position: number}>;
	/** The same viewings as objects (made on first use). */
	readonly viewings: readonly ViewingEvent[];
	/** Trailers, hooks, recaps of this show (not counted as watching). */
	extras: number;
	profiles: string[];
	firstWatched: number;
	lastWatched: number;
}

export {KIND_EPISODE, KIND_EXTRA, KIND_MOVIE, showKey, showKeyOf, type TitleNumbers} from './title-model.js';

/** The model of an export: every viewing, classified, and the shows they belong to. */
export interface Library {
	/** The rows as read (columns, file order); `order` says which are viewings and in what order. */
	table: ViewingTable;
	/** Rows of `table` that are viewings (near-duplicates merged), oldest first. */
	order: Int32Array;
	/** Per row of `table`: KIND_EPISODE, KIND_MOVIE or KIND_EXTRA. */
	kinds: Uint8Array;
	/** Per title (as `table.titles`), its show's and episode's small numbers, for counting with arrays. */
	numbers: TitleNumbers;
	/** Every viewing (extras and hidden ones too), oldest first, as objects: made on first use. */
	readonly viewings: ViewingEvent[];
	/** The viewing at position `k` of `order` as an object (made once, on first use). */
	event(k: number): ViewingEvent;
	/** Profile names, most viewings first. */
	profiles: string[];
	/** Shows and movies by key; grouped on first use (a summary never needs them). */
	readonly shows: Map<string, Show>;
	/**
	 * Groups `shows` a step of a few thousand rows at a time: the explorer reads keys between the steps
	 * (as one step the grouping held its keyboard for ≈0.2 s on 250k rows). Does nothing once grouped.
	 */
	groupInSteps(): Generator<void, void, void>;
	/** Parses, kinds and numbers of the distinct titles. */
	catalog: TitleModel;
	/** Per distinct raw title, indexed by `ViewingEvent.titleId`: its parse and keys (made on first use). */
	readonly titles: readonly TitleFacts[];
	/** The episode (a movie's pseudo-episode) a title belongs to; groups the shows first if not done yet. */
	episodeOf(titleId: number): Episode;
	/** Near-duplicate rows (same profile, start and title) merged into one. */
	merged: number;
}

/**
 * Builds the model: classifies every row (by Supplemental Video Type or a hook-like title → extra;
 * the title parser → episode or movie), merges near-duplicates, and groups episodes into shows. Works
 * on the columns of the rows: objects for the viewings and the shows are made when first asked for.
 */
export function buildLibrary(source: ViewingTable | ViewingRow[], model?: TitleModel): Library {
	const table = Array.isArray(source) ? tableFromRows(source) : source;
	const catalog = model ?? titleModelOf(table.titles, firstPass(table.titles));
	// A row is an extra by its Supplemental Video Type, else its title's kind.
	const kinds = new Uint8Array(table.count);
	for (let i = 0; i < table.count; i++) kinds[i] = table.type[i] !== -1 ? KIND_EXTRA : catalog.kinds[table.title[i]!]!;
	const {order, merged} = viewingOrder(table);
	trace('viewings classified and ordered');
	let facts: TitleFacts[] | undefined;
	let viewings: ViewingEvent[] | undefined;
	let shows: Map<string, Show> | undefined;
	const events = new Array<ViewingEvent | null>(order.length).fill(null);
	const event = (k: number): ViewingEvent => {
		const i = order[k]!;
		return (events[k] ??= eventOf(table, i, KIND_NAMES[kinds[i]!]!, catalog.parses[table.title[i]!]!));
	};
	return {
		table,
		order,
		kinds,
		numbers: catalog.numbers,
		get viewings() {
			return (viewings ??= Array.from(order, (_, k) => event(k)));
		},
		event,
		profiles: rankProfiles(table, order),
		get shows() {
			return (shows ??= drain(groupingSteps(table, order, kinds, catalog.numbers, this.titles, event)));
		},
		*groupInSteps() {
			if (shows) return;
			facts ??= yield* titleFactsSteps(catalog);
			yield;
			const grouped = yield* groupingSteps(table, order, kinds, catalog.numbers, facts, event);
			shows ??= grouped;
		},
		catalog,
		get titles() {
			return (facts ??= drain(titleFactsSteps(catalog)));
		},
		episodeOf(titleId: number): Episode {
			// A title's episode is set while grouping: ask for the shows first, so no caller depends on that order.
			void this.shows;
			const episode = this.titles[titleId]?.episode;
			if (!episode) throw new Error(`title ${titleId} has no episode: it has no real viewing`);
			return episode;
		},
		merged,
	};
}

/** Each title's keys, OBJECTS_PER_STEP titles a step (the explorer reads keys between steps). */
function* titleFactsSteps(model: TitleModel): Generator<void, TitleFacts[], void> {
	const keyOf = showKeys();
	// A film keeps its plain key unless a series has the same name (showKeyOf).
	const series = new Set<string>();
	const parses = model.parses;
	for (let i = 0; i < parses.length; i++) {
		if ((i & OBJECTS_PER_STEP) === OBJECTS_PER_STEP) yield;
		if (parses[i]!.kind === 'episode') series.add(keyOf(parses[i]!.show));
	}
	const keyOfParse = (parsed: ParsedTitle) => (parsed.kind === 'movie' && series.has(keyOf(parsed.show)) ? showKeyOf(parsed, keyOf) : keyOf(parsed.show));
	const facts: TitleFacts[] = new Array(parses.length);
	for (let i = 0; i < parses.length; i++) {
		if ((i & OBJECTS_PER_STEP) === OBJECTS_PER_STEP) yield;
		const parsed = parses[i]!;
		// show and episode are set while grouping; declared here so every TitleFacts has one shape.
		facts[i] = {parsed, extra: model.kinds[i] === KIND_EXTRA, showKey: keyOfParse(parsed), episodeKey: episodeKey(parsed), show: undefined, episode: undefined};
	}
	return facts;
}

function rankProfiles(table: ViewingTable, order: Int32Array): string[] {
	const counts = new Int32Array(table.profiles.length);
	for (const i of order) counts[table.profile[i]!]!++;
	return table.profiles
		.map((name, id) => ({name, n: counts[id]!}))
		.filter(p => p.n > 0)
		.sort((a, b) => b.n - a.n || a.name.localeCompare(b.name))
		.map(p => p.name);
}

/** What is known of a title once, however many rows carry it. */
export interface TitleFacts {
	parsed: ParsedTitle;
	/** A trailer, hook or recap by its title (the row's Supplemental Video Type is checked separately). */
	extra: boolean;
	showKey: string;
	/** Season and episode key inside the show (`s2|e3`), `movie` for movies. */
	episodeKey: string;
	/** Set once grouped: the title's show and episode. */
	show?: Show;
	episode?: Episode;
}

/** A show as grouped: its viewings kept as positions, made into objects only when read. */
/** A show or an episode as grouped: its viewings' positions from PositionLists, objects made on first read. */
abstract class Grouped {
	private made: ViewingEvent[] | undefined;

	protected constructor(protected readonly lists: PositionLists) {}

	abstract get positions(): Int32Array;

	get viewings(): readonly ViewingEvent[] {
		return (this.made ??= Array.from(this.positions, this.lists.event));
	}
}

class ShowRecord extends Grouped implements Show {
	kind: 'series' | 'movie' = 'movie';
	seasons: Season[] = [];
	newest: Array<{profile: string; position: number}> = [];

	constructor(
		readonly key: string,
		readonly name: string,
		readonly firstWatched: number,
		readonly lastWatched: number,
		readonly extras: number,
		readonly profiles: string[],
		readonly viewingCount: number,
		private readonly number: number,
		lists: PositionLists,
	) {
		super(lists);
	}

	get positions(): Int32Array {
		return this.lists.ofShow(this.number);
	}
}

class EpisodeRecord extends Grouped implements Episode {
	readonly titles: string[] = [];

	constructor(
		readonly key: string,
		readonly seasonLabel: string | null,
		readonly seasonNumber: number | null,
		readonly number: number | null,
		public title: string | null,
		/** Start of its first viewing (seasons and episodes are ordered by it). */
		readonly firstStart: number,
		readonly longestBookmark: number | null,
		private readonly id: number,
		lists: PositionLists,
	) {
		super(lists);
	}

	get positions(): Int32Array {
		return this.lists.ofEpisode(this.id);
	}
}

/**
 * Each show's and each episode's viewings as slices of one position list, ordered by a counting sort
 * from the sizes the grouping counted. Laid out when first asked for: the Stopped screen does not need it.
 */
class PositionLists {
	private byShow: Int32Array | undefined;
	private byEpisode: Int32Array | undefined;
	private readonly showStart: Int32Array;
	private readonly episodeStart: Int32Array;

	constructor(
		private readonly order: Int32Array,
		private readonly rows: {title: Int32Array; kinds: Uint8Array; showOf: (t: number) => number; episodeOf: (t: number) => number},
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
		const {order} = this;
		const {title, kinds, showOf, episodeOf} = this.rows;
		const byShow = new Int32Array(order.length);
		const byEpisode = new Int32Array(order.length);
		const showFill = this.showStart.slice();
		const episodeFill = this.episodeStart.slice();
		for (let k = 0; k < order.length; k++) {
			const i = order[k]!;
			if (kinds[i] === KIND_EXTRA) continue;
			const t = title[i]!;
			byShow[showFill[showOf(t)]!++] = k;
			byEpisode[episodeFill[episodeOf(t)]!++] = k;
		}
		[this.byShow, this.byEpisode] = [byShow, byEpisode];
	}
}

/**
 * Groups the viewings into shows and episodes from the columns, by the numbers the title model gives
 * each (a movie is its show's one pseudo-episode): one pass counts and measures into typed arrays, and
 * the objects are made once per show, episode and title. Their viewings are laid out when first asked
 * for (PositionLists). No viewing object is made; 250k pushes into 50k arrays took longer than all of this.
 */
function* groupingSteps(
	table: ViewingTable,
	order: Int32Array,
	kinds: Uint8Array,
	numbers: TitleNumbers,
	facts: readonly TitleFacts[],
	event: (k: number) => ViewingEvent,
): Generator<void, Map<string, Show>, void> {
	const showCount = numbers.shows;
	const episodeCount = numbers.episodes + showCount;
	const episodeOf = (t: number) => (numbers.episode[t]! >= 0 ? numbers.episode[t]! : numbers.episodes + numbers.show[t]!);
	const showTitle = new Int32Array(showCount).fill(-1);
	const showExtras = new Int32Array(showCount);
	const showReal = new Int32Array(showCount);
	const showFirst = new Float64Array(showCount);
	const showLast = new Float64Array(showCount);
	const showSeries = new Uint8Array(showCount);
	const showProfiles: Array<string[] | undefined> = new Array(showCount).fill(undefined);
	const episodeReal = new Int32Array(episodeCount);
	const episodeFirst = new Float64Array(episodeCount);
	const longest = new Int32Array(episodeCount).fill(-1);
	const titleSeen = new Uint8Array(facts.length);
	// (profile, show) pairs as one number: a Set of the pairs seen, not a profiles × shows array (100,000
	// profiles by 500 shows was 200 MB, and a loop over every profile for every show).
	const pair = (profileId: number, s: number) => profileId * showCount + s;
	const showProfileSeen = new Set<number>();
	// Titles by their first real viewing: episodes take their fields (and their titles' order) from them.
	const titlesInOrder: number[] = [];
	// Shows by their first row (an extra's too): the order of the map, as rows come.
	const showsInOrder: number[] = [];
	for (let k = 0; k < order.length; k++) {
		if ((k & ROWS_PER_STEP) === ROWS_PER_STEP) yield;
		const i = order[k]!;
		const t = table.title[i]!;
		const s = numbers.show[t]!;
		// A show is named after its first row, an extra's if that came first (as its key, the name is the same show).
		if (showTitle[s] === -1) {
			showTitle[s] = t;
			showsInOrder.push(s);
		}
		if (kinds[i] === KIND_EXTRA) {
			showExtras[s]!++;
			continue;
		}
		const start = table.start[i]!;
		if (showReal[s]!++ === 0) showFirst[s] = start;
		showLast[s] = start;
		if (kinds[i] === KIND_EPISODE) showSeries[s] = 1;
		const profileId = table.profile[i]!;
		const profiles = (showProfiles[s] ??= []);
		if (!showProfileSeen.has(pair(profileId, s))) {
			showProfileSeen.add(pair(profileId, s));
			profiles.push(table.profiles[profileId]!);
		}
		const e = episodeOf(t);
		if (episodeReal[e]!++ === 0) episodeFirst[e] = start;
		const bookmark = table.bookmark[i]!;
		if (bookmark > longest[e]! && table.hidden[i] === 0) longest[e] = bookmark;
		if (titleSeen[t] === 0) {
			titleSeen[t] = 1;
			titlesInOrder.push(t);
		}
	}

	const lists = new PositionLists(order, {title: table.title, kinds, showOf: t => numbers.show[t]!, episodeOf}, showReal, episodeReal, event);
	const showObjects: Array<ShowRecord | undefined> = new Array(showCount).fill(undefined);
	const episodeObjects: Array<EpisodeRecord | undefined> = new Array(episodeCount).fill(undefined);
	const episodesOf: EpisodeRecord[][] = [];
	for (let n = 0; n < titlesInOrder.length; n++) {
		if ((n & OBJECTS_PER_STEP) === OBJECTS_PER_STEP) yield;
		const t = titlesInOrder[n]!;
		const fact = facts[t]!;
		const s = numbers.show[t]!;
		let show = showObjects[s];
		if (!show) {
			show = new ShowRecord(fact.showKey, facts[showTitle[s]!]!.parsed.show, showFirst[s]!, showLast[s]!, showExtras[s]!, showProfiles[s]!, showReal[s]!, s, lists);
			show.kind = showSeries[s] === 1 ? 'series' : 'movie';
			showObjects[s] = show;
			episodesOf[s] = [];
		}
		const e = episodeOf(t);
		const p = fact.parsed;
		let episode = episodeObjects[e];
		if (!episode) {
			const title = numbers.episode[t]! >= 0 ? p.episodeTitle : null;
			episode = new EpisodeRecord(fact.episodeKey, p.seasonLabel, p.seasonNumber, p.episodeNumber, title, episodeFirst[e]!, longest[e]! >= 0 ? longest[e]! : null, e, lists);
			episodeObjects[e] = episode;
			episodesOf[s]!.push(episode);
		}
		episode.titles.push(table.titles[t]!);
		if (episode.title === null && p.episodeTitle) episode.title = p.episodeTitle;
		fact.show = show;
		fact.episode = episode;
	}
	// Per profile and show, the newest visible real viewing: walking the rows newest first, the first one
	// met; pushed in that walk, each show's list comes out newest first.
	const newestSeen = new Set<number>();
	for (let k = order.length - 1; k >= 0; k--) {
		if ((k & ROWS_PER_STEP) === ROWS_PER_STEP) yield;
		const i = order[k]!;
		if (kinds[i] === KIND_EXTRA || table.hidden[i] !== 0) continue;
		const s = numbers.show[table.title[i]!]!;
		const key = pair(table.profile[i]!, s);
		if (newestSeen.has(key)) continue;
		newestSeen.add(key);
		showObjects[s]!.newest.push({profile: table.profiles[table.profile[i]!]!, position: k});
	}
	const shows = new Map<string, Show>();
	for (let n = 0; n < showsInOrder.length; n++) {
		if ((n & OBJECTS_PER_STEP) === OBJECTS_PER_STEP) yield;
		const s = showsInOrder[n]!;
		const show = showObjects[s];
		// A show of which only trailers or hooks were seen is not something the person watched.
		if (!show) continue;
		show.seasons = orderSeasons(episodesOf[s]!);
		shows.set(show.key, show);
	}
	return shows;
}

/**
 * Rows of the grouping's passes between two steps (a mask: 2^12 − 1, ≈2 ms on the machine measured; the
 * explorer runs several steps in a slice of its own length, so small steps cost nothing, a long one holds the keys).
 */
const ROWS_PER_STEP = 0xfff;
/** Titles or shows made into objects between two steps (a mask: 2^8 − 1). */
const OBJECTS_PER_STEP = 0xff;

/** Runs a generator of steps to its end, without pausing: its value. */
function drain<T>(steps: Generator<void, T, void>): T {
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/** Where each group starts in a list sorted by group, from the groups' sizes (one more: the end). */
function offsets(counts: Int32Array): Int32Array {
	const starts = new Int32Array(counts.length + 1);
	for (let g = 0; g < counts.length; g++) starts[g + 1] = starts[g]! + counts[g]!;
	return starts;
}

function orderSeasons(episodes: EpisodeRecord[]): Season[] {
	const seasons = new Map<string, Season>();
	for (const e of episodes) {
		const key = e.seasonNumber !== null ? `s${e.seasonNumber}` : `n:${(e.seasonLabel ?? '').toLowerCase()}`;
		let season = seasons.get(key);
		if (!season) seasons.set(key, (season = {label: e.seasonLabel, number: e.seasonNumber, episodes: []}));
		season.episodes.push(e);
	}
	const first = (s: Season) => Math.min(...(s.episodes as EpisodeRecord[]).map(e => e.firstStart));
	const list = [...seasons.values()];
	for (const s of list) {
		(s.episodes as EpisodeRecord[]).sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity) || a.firstStart - b.firstStart);
	}
	return list.sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity) || first(a) - first(b));
}
