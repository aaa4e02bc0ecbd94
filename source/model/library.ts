import {assignTitleIds} from '../export/title-ids.js';
import type {ViewingRow} from '../export/viewing-activity.js';
import {isExtraTitle} from './extras.js';
import {buildTitleCatalog, type TitleCatalog} from './title-catalog.js';
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

/** The model of an export: every viewing, classified, and the shows they belong to. */
export interface Library {
	/** Every viewing (extras and hidden ones too), oldest first. */
	viewings: ViewingEvent[];
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
 * the title parser → episode or movie), merges near-duplicates, and groups episodes into shows.
 * Rows are modified in place into ViewingEvents (no copy: 250k rows must stay cheap).
 */
export function buildLibrary(rows: ViewingRow[], titles?: readonly string[], parsed?: TitleCatalog): Library {
	const distinct = titles ?? assignTitleIds(rows);
	const catalog = parsed ?? buildTitleCatalog(distinct);
	const showKeys = new Map<string, string>();
	const facts = distinct.map(title => factsOf(catalog, title, showKeys));
	numberShowsAndEpisodes(facts);
	const sorted = oldestFirst(rows);
	const viewings: ViewingEvent[] = [];
	let merged = 0;
	// Near-duplicates share a start time, so after sorting they sit in the same run of equal starts.
	let runStart = 0;
	for (const row of sorted) {
		if (viewings.length === 0 || viewings[viewings.length - 1]!.start !== row.start) runStart = viewings.length;
		const twin = findTwin(viewings, runStart, row);
		if (twin) {
			// Near-duplicate rows differ by a second of Duration: keep the longer reading (format reference §4).
			merged++;
			if ((row.durationSeconds ?? 0) > (twin.durationSeconds ?? 0)) {
				const {parsed, kind} = twin;
				Object.assign(twin, row, {parsed, kind});
			}
			continue;
		}
		const fact = facts[row.titleId]!;
		const event = row as ViewingEvent;
		event.parsed = fact.parsed;
		event.kind = row.supplementalType !== null || fact.extra ? 'extra' : fact.parsed.kind;
		viewings.push(event);
	}
	let shows: Map<string, Show> | undefined;
	return {
		viewings,
		profiles: rankProfiles(viewings),
		get shows() {
			return (shows ??= groupShows(viewings, facts));
		},
		catalog,
		titles: facts,
		merged,
	};
}

/**
 * The rows by start time, oldest first. Netflix writes them newest first (across profiles in 2025,
 * per profile before), so a reversed copy is usually already in order: checking costs one pass,
 * sorting 250k rows ≈60 ms.
 */
function oldestFirst(rows: readonly ViewingRow[]): ViewingRow[] {
	let descending = true;
	let ascending = true;
	for (let i = 1; i < rows.length && (descending || ascending); i++) {
		const d = rows[i]!.start - rows[i - 1]!.start;
		if (d > 0) descending = false;
		else if (d < 0) ascending = false;
	}
	if (ascending) return rows.slice();
	if (descending) return rows.slice().reverse();
	return rows.slice().sort((a, b) => a.start - b.start);
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

function factsOf(catalog: TitleCatalog, title: string, showKeys: Map<string, string>): TitleFacts {
	const parsed = catalog.get(title);
	// ~15 titles per show: compute each show's key once.
	let key = showKeys.get(parsed.show);
	if (key === undefined) showKeys.set(parsed.show, (key = showKey(parsed.show)));
	// show and episode are set while grouping; declared here so every TitleFacts has one shape.
	return {parsed, extra: isExtraTitle(title), showKey: key, episodeKey: episodeKey(parsed), showNumber: -1, episodeNumber: -1, show: undefined, episode: undefined};
}

function numberShowsAndEpisodes(facts: readonly TitleFacts[]): void {
	const shows = new Map<string, number>();
	const episodes = new Map<string, number>();
	for (const fact of facts) {
		let show = shows.get(fact.showKey);
		if (show === undefined) shows.set(fact.showKey, (show = shows.size));
		const key = `${show}|${fact.episodeKey}`;
		let episode = episodes.get(key);
		if (episode === undefined) episodes.set(key, (episode = episodes.size));
		fact.showNumber = show;
		fact.episodeNumber = episode;
	}
}

function findTwin(viewings: readonly ViewingEvent[], from: number, row: ViewingRow): ViewingEvent | undefined {
	for (let i = from; i < viewings.length; i++) {
		const v = viewings[i]!;
		if (v.profile === row.profile && v.title === row.title) return v;
	}
	return undefined;
}

function rankProfiles(viewings: readonly ViewingEvent[]): string[] {
	const counts = new Map<string, number>();
	for (const v of viewings) counts.set(v.profile, (counts.get(v.profile) ?? 0) + 1);
	return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
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
