/**
 * Shows, seasons and episodes as the person thinks of them, grouped from the viewings
 * (show-grouping.ts). Their viewings are kept as positions in `Library.order` and made into objects
 * only when read.
 */
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

/** Where the viewings of each show and each episode are in `Library.order`: see PositionLists. */
export interface ViewingPositions {
	ofShow(show: number): Int32Array;
	ofEpisode(episode: number): Int32Array;
	/** The viewing at a position of `Library.order`, as an object. */
	readonly event: (k: number) => ViewingEvent;
}

/** A show or an episode as grouped: its viewings' positions, objects made on first read. */
abstract class Grouped {
	private made: ViewingEvent[] | undefined;

	protected constructor(protected readonly lists: ViewingPositions) {}

	abstract get positions(): Int32Array;

	get viewings(): readonly ViewingEvent[] {
		return (this.made ??= Array.from(this.positions, this.lists.event));
	}
}

export class ShowRecord extends Grouped implements Show {
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
		lists: ViewingPositions,
	) {
		super(lists);
	}

	get positions(): Int32Array {
		return this.lists.ofShow(this.number);
	}
}

export class EpisodeRecord extends Grouped implements Episode {
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
		lists: ViewingPositions,
	) {
		super(lists);
	}

	get positions(): Int32Array {
		return this.lists.ofEpisode(this.id);
	}
}

/** A show's episodes into seasons: numbered seasons first, then named ones by first viewing; episodes by number. */
export function orderSeasons(episodes: EpisodeRecord[]): Season[] {
	const seasons = new Map<string, Season>();
	for (const e of episodes) {
		const key = e.seasonNumber !== null ? `s${e.seasonNumber}` : `n:${(e.seasonLabel ?? '').toLowerCase()}`;
		let season = seasons.get(key);
		if (!season) seasons.set(key, (season = {label: e.seasonLabel, number: e.seasonNumber, episodes: []}));
		season.episodes.push(e);
	}
	const list = [...seasons.values()];
	// Each season's first viewing, found once (not in every comparison of the sort).
	const firsts = new Map<Season, number>();
	for (const s of list) {
		let first = Infinity;
		for (const e of s.episodes as EpisodeRecord[]) first = Math.min(first, e.firstStart);
		firsts.set(s, first);
		(s.episodes as EpisodeRecord[]).sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity) || a.firstStart - b.firstStart);
	}
	if (list.length < 2) return list;
	return list.sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity) || firsts.get(a)! - firsts.get(b)!);
}
