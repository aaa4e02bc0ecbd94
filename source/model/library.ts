import {trace} from '../trace.js';
import type {ViewingRow} from '../export/viewing-activity.js';
import {eventOf, tableFromRows, type ViewingTable} from '../export/viewing-table.js';
import {firstPass} from './title-catalog.js';
import {episodeKey, KIND_EXTRA, KIND_NAMES, showKeys, titleModelOf, type TitleModel, type TitleNumbers} from './title-model.js';
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
	/** Real (non-extra) viewings of this episode, oldest first, all profiles. */
	viewings: ViewingEvent[];
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
	/** Real viewings, oldest first. */
	viewings: ViewingEvent[];
	/** Trailers, hooks, recaps of this show (not counted as watching). */
	extras: number;
	profiles: string[];
	firstWatched: number;
	lastWatched: number;
}

export {KIND_EPISODE, KIND_EXTRA, KIND_MOVIE, showKey, type TitleNumbers} from './title-model.js';

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
	/** Profile names, most viewings first. */
	profiles: string[];
	/** Shows and movies by key; grouped on first use (a summary never needs them). */
	readonly shows: Map<string, Show>;
	/** Parses, kinds and numbers of the distinct titles. */
	catalog: TitleModel;
	/** Per distinct raw title, indexed by `ViewingEvent.titleId`: its parse and keys (made on first use). */
	readonly titles: readonly TitleFacts[];
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
	trace('title model');
	// A row is an extra by its Supplemental Video Type, else its title's kind.
	const kinds = new Uint8Array(table.count);
	for (let i = 0; i < table.count; i++) kinds[i] = table.type[i] !== -1 ? KIND_EXTRA : catalog.kinds[table.title[i]!]!;
	const {order, merged} = mergeNearDuplicates(table, oldestFirst(table));
	trace('viewings ordered');
	let facts: TitleFacts[] | undefined;
	let viewings: ViewingEvent[] | undefined;
	let shows: Map<string, Show> | undefined;
	return {
		table,
		order,
		kinds,
		numbers: catalog.numbers,
		get viewings() {
			return (viewings ??= eventsOf(table, order, kinds, catalog.parses));
		},
		profiles: rankProfiles(table, order),
		get shows() {
			return (shows ??= groupShows(this.viewings, this.titles));
		},
		catalog,
		get titles() {
			return (facts ??= titleFacts(catalog));
		},
		merged,
	};
}

function titleFacts(model: TitleModel): TitleFacts[] {
	const keyOf = showKeys();
	// show and episode are set while grouping; declared here so every TitleFacts has one shape.
	return model.parses.map((parsed, i) => ({parsed, extra: model.kinds[i] === KIND_EXTRA, showKey: keyOf(parsed.show), episodeKey: episodeKey(parsed), show: undefined, episode: undefined}));
}

/** The viewings as objects, oldest first. */
function eventsOf(table: ViewingTable, order: Int32Array, kinds: Uint8Array, parses: readonly ParsedTitle[]): ViewingEvent[] {
	const events: ViewingEvent[] = new Array(order.length);
	for (let k = 0; k < order.length; k++) {
		const i = order[k]!;
		events[k] = eventOf(table, i, KIND_NAMES[kinds[i]!]!, parses[table.title[i]!]!);
	}
	return events;
}

/**
 * Row numbers by start time, oldest first. Netflix writes rows newest first (across profiles in 2025,
 * per profile before), so the reversed file order is usually already sorted: checking costs one pass,
 * sorting 250k rows ≈60 ms. Equal starts keep their reversed file order (or file order when sorted).
 */
function oldestFirst(table: ViewingTable): Int32Array {
	const start = table.start;
	const n = table.count;
	let descending = true;
	let ascending = true;
	for (let i = 1; i < n && (descending || ascending); i++) {
		const d = start[i]! - start[i - 1]!;
		if (d > 0) descending = false;
		else if (d < 0) ascending = false;
	}
	const order = new Int32Array(n);
	if (descending && !ascending) for (let i = 0; i < n; i++) order[i] = n - 1 - i;
	else for (let i = 0; i < n; i++) order[i] = i;
	if (!ascending && !descending) order.sort((a, b) => start[a]! - start[b]! || a - b);
	return order;
}

/**
 * Merges near-duplicates (same profile, start and title): they share a start time, so after sorting
 * they sit in the same run of equal starts. The row with the longer Duration is kept (format reference §4).
 */
function mergeNearDuplicates(table: ViewingTable, sorted: Int32Array): {order: Int32Array; merged: number} {
	const {start, profile, title, duration} = table;
	const kept = new Int32Array(sorted.length);
	let n = 0;
	let runStart = 0;
	for (const row of sorted) {
		if (n === 0 || start[kept[n - 1]!] !== start[row]) runStart = n;
		let twin = -1;
		for (let j = runStart; j < n; j++) {
			if (profile[kept[j]!] === profile[row] && title[kept[j]!] === title[row]) {
				twin = j;
				break;
			}
		}
		if (twin === -1) kept[n++] = row;
		else if (Math.max(duration[row]!, 0) > Math.max(duration[kept[twin]!]!, 0)) kept[twin] = row;
	}
	return {order: kept.slice(0, n), merged: sorted.length - n};
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
	/** Filled while grouping. */
	show?: Show;
	episode?: Episode;
}

function groupShows(viewings: readonly ViewingEvent[], facts: readonly TitleFacts[]): Map<string, Show> {
	const shows = new Map<string, Show>();
	const episodes = new Map<Show, Map<string, Episode>>();
	for (const v of viewings) {
		const fact = facts[v.titleId]!;
		// One title always lands in the same show and episode: resolve that once per title, not per row.
		let show = fact.show;
		if (!show) {
			show = shows.get(fact.showKey);
			if (!show) {
				show = {key: fact.showKey, name: v.parsed.show, kind: 'movie', seasons: [], viewings: [], extras: 0, profiles: [], firstWatched: v.start, lastWatched: v.start};
				shows.set(fact.showKey, show);
				episodes.set(show, new Map());
			}
			fact.show = show;
		}
		if (v.kind === 'extra') {
			show.extras++;
			continue;
		}
		if (v.kind === 'episode') show.kind = 'series';
		if (show.viewings.length === 0) show.firstWatched = v.start;
		show.viewings.push(v);
		show.lastWatched = v.start;
		if (!show.profiles.includes(v.profile)) show.profiles.push(v.profile);
		let episode = fact.episode;
		if (!episode) {
			const byKey = episodes.get(show)!;
			episode = byKey.get(fact.episodeKey);
			if (!episode) {
				episode = {
					key: fact.episodeKey,
					seasonLabel: v.parsed.seasonLabel,
					seasonNumber: v.parsed.seasonNumber,
					number: v.parsed.episodeNumber,
					title: v.kind === 'movie' ? null : v.parsed.episodeTitle,
					titles: [],
					viewings: [],
					longestBookmark: null,
				};
				byKey.set(fact.episodeKey, episode);
			}
			episode.titles.push(v.title);
			if (episode.title === null && v.parsed.episodeTitle) episode.title = v.parsed.episodeTitle;
			fact.episode = episode;
		}
		episode.viewings.push(v);
		if (v.bookmarkSeconds !== null && !v.hidden && v.bookmarkSeconds > (episode.longestBookmark ?? -1)) episode.longestBookmark = v.bookmarkSeconds;
	}
	for (const [key, show] of shows) {
		if (show.viewings.length === 0) {
			// Only trailers or hooks were seen: not something the person watched.
			shows.delete(key);
			continue;
		}
		show.seasons = orderSeasons([...episodes.get(show)!.values()]);
	}
	return shows;
}

function orderSeasons(episodes: Episode[]): Season[] {
	const seasons = new Map<string, Season>();
	for (const e of episodes) {
		const key = e.seasonNumber !== null ? `s${e.seasonNumber}` : `n:${(e.seasonLabel ?? '').toLowerCase()}`;
		let season = seasons.get(key);
		if (!season) seasons.set(key, (season = {label: e.seasonLabel, number: e.seasonNumber, episodes: []}));
		season.episodes.push(e);
	}
	const first = (s: Season) => Math.min(...s.episodes.map(e => e.viewings[0]!.start));
	const list = [...seasons.values()];
	for (const s of list) {
		s.episodes.sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity) || a.viewings[0]!.start - b.viewings[0]!.start);
	}
	return list.sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity) || first(a) - first(b));
}
