import {trace} from '../trace.js';
import type {ViewingRow} from '../export/viewing-activity.js';
import {eventOf, tableFromRows, type ViewingTable} from '../export/viewing-table.js';
import {catalogOf, firstPass, type FirstPass, type TitleCatalog} from './title-catalog.js';
import type {ParsedTitle, ViewingEvent, ViewingKind} from './types.js';

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

/** Kinds of the rows, by number (Library.kinds). */
export const KIND_EPISODE = 0;
export const KIND_MOVIE = 1;
export const KIND_EXTRA = 2;
const KIND_NAMES: readonly ViewingKind[] = ['episode', 'movie', 'extra'];

/** The model of an export: every viewing, classified, and the shows they belong to. */
export interface Library {
	/** The rows as read (columns, file order); `order` says which are viewings and in what order. */
	table: ViewingTable;
	/** Rows of `table` that are viewings (near-duplicates merged), oldest first. */
	order: Int32Array;
	/** Per row of `table`: KIND_EPISODE, KIND_MOVIE or KIND_EXTRA. */
	kinds: Uint8Array;
	/** Per title (as `titles`), its show's and episode's small numbers, for counting with arrays. */
	numbers: TitleNumbers;
	/** Every viewing (extras and hidden ones too), oldest first, as objects: made on first use. */
	readonly viewings: ViewingEvent[];
	/** Profile names, most viewings first. */
	profiles: string[];
	/** Shows and movies by key; grouped on first use (a summary never needs them). */
	readonly shows: Map<string, Show>;
	catalog: TitleCatalog;
	/** Per distinct raw title, indexed by `ViewingEvent.titleId`: its parse and keys, computed once. */
	titles: readonly TitleFacts[];
	/** Near-duplicate rows (same profile, start and title) merged into one. */
	merged: number;
}

/** The key shows are grouped by. */
export function showKey(name: string): string {
	// French titles put a no-break space before the colon (`Queen Charlotte\u00a0: A …`): same show.
	return name.normalize('NFC').replace(/\s*:\s*/gu, ': ').replace(/\s+/gu, ' ').toLowerCase();
}

/**
 * Builds the model: classifies every row (by Supplemental Video Type or a hook-like title → extra;
 * the title parser → episode or movie), merges near-duplicates, and groups episodes into shows. Works
 * on the columns of the rows: objects for the viewings and the shows are made when first asked for.
 */
export function buildLibrary(source: ViewingTable | ViewingRow[], first?: FirstPass): Library {
	const table = Array.isArray(source) ? tableFromRows(source) : source;
	const catalog = catalogOf(table.titles, first ?? firstPass(table.titles));
	trace('title catalog');
	const showKeys = new Map<string, string>();
	const facts = catalog.parses.map((parsed, i) => factsOf(parsed, catalog.extra[i] === 1, showKeys));
	const numbers = numberShowsAndEpisodes(facts);
	// A row is an extra by its Supplemental Video Type, else its title's kind: looked up per title once.
	const titleKinds = Uint8Array.from(facts, f => (f.extra ? KIND_EXTRA : f.parsed.kind === 'episode' ? KIND_EPISODE : KIND_MOVIE));
	const kinds = new Uint8Array(table.count);
	for (let i = 0; i < table.count; i++) kinds[i] = table.type[i] !== -1 ? KIND_EXTRA : titleKinds[table.title[i]!]!;
	trace('facts+kinds');
	const {order, merged} = mergeNearDuplicates(table, oldestFirst(table));
	trace('order+merge');
	let viewings: ViewingEvent[] | undefined;
	let shows: Map<string, Show> | undefined;
	return {
		table,
		order,
		kinds,
		numbers,
		get viewings() {
			return (viewings ??= eventsOf(table, order, kinds, facts));
		},
		profiles: rankProfiles(table, order),
		get shows() {
			return (shows ??= groupShows(this.viewings, facts));
		},
		catalog,
		titles: facts,
		merged,
	};
}

/** The viewings as objects, oldest first. */
function eventsOf(table: ViewingTable, order: Int32Array, kinds: Uint8Array, facts: readonly TitleFacts[]): ViewingEvent[] {
	const events: ViewingEvent[] = new Array(order.length);
	for (let k = 0; k < order.length; k++) {
		const i = order[k]!;
		events[k] = eventOf(table, i, KIND_NAMES[kinds[i]!]!, facts[table.title[i]!]!.parsed);
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
	/** Small numbers for the show key and the (show, episode) key, for counting with arrays. */
	showNumber: number;
	episodeNumber: number;
	/** Filled while grouping. */
	show?: Show;
	episode?: Episode;
}

function factsOf(parsed: ParsedTitle, extra: boolean, showKeys: Map<string, string>): TitleFacts {
	// ~15 titles per show: compute each show's key once.
	let key = showKeys.get(parsed.show);
	if (key === undefined) showKeys.set(parsed.show, (key = showKey(parsed.show)));
	// show and episode are set while grouping; declared here so every TitleFacts has one shape.
	return {parsed, extra, showKey: key, episodeKey: episodeKey(parsed), showNumber: -1, episodeNumber: -1, show: undefined, episode: undefined};
}

/** The small numbers of each title's show and episode (TitleFacts has them too), as arrays. */
export interface TitleNumbers {
	show: Int32Array;
	/** -1 for a title parsed as a movie. */
	episode: Int32Array;
	shows: number;
	episodes: number;
}

function numberShowsAndEpisodes(facts: readonly TitleFacts[]): TitleNumbers {
	const shows = new Map<string, number>();
	const episodes = new Map<string, number>();
	const numbers: TitleNumbers = {show: new Int32Array(facts.length), episode: new Int32Array(facts.length), shows: 0, episodes: 0};
	facts.forEach((fact, i) => {
		let show = shows.get(fact.showKey);
		if (show === undefined) shows.set(fact.showKey, (show = shows.size));
		const key = `${show}|${fact.episodeKey}`;
		let episode = episodes.get(key);
		if (episode === undefined) episodes.set(key, (episode = episodes.size));
		fact.showNumber = show;
		fact.episodeNumber = episode;
		numbers.show[i] = show;
		numbers.episode[i] = fact.parsed.kind === 'episode' ? episode : -1;
	});
	numbers.shows = shows.size;
	numbers.episodes = episodes.size;
	return numbers;
}

function episodeKey(p: ParsedTitle): string {
	if (p.kind === 'movie') return 'movie';
	const season = p.seasonNumber !== null ? `s${p.seasonNumber}` : `n:${(p.seasonLabel ?? '').toLowerCase()}`;
	const episode = p.episodeNumber !== null ? `e${p.episodeNumber}` : `t:${(p.episodeTitle ?? p.raw).toLowerCase()}`;
	return `${season}|${episode}`;
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
