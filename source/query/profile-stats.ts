import type {Library} from '../model/library.js';
import type {ViewingEvent} from '../model/types.js';

/** The numbers of one profile (or of all profiles together). */
export interface ProfileStats {
	name: string;
	/** Real viewings (episodes and movies; extras not counted). */
	viewings: number;
	/** Extras played (trailers, hooks, recaps). */
	extras: number;
	/** Hidden views among the viewings. */
	hidden: number;
	/** Seconds watched, real viewings only; null when the source has no durations. */
	watchSeconds: number | null;
	firstViewing: number | null;
	lastViewing: number | null;
	shows: number;
	movies: number;
	episodes: number;
	devices: number;
}

/** Stats for each profile, in the library's profile order. */
export function profileStats(library: Library): ProfileStats[] {
	return allStats(library).profiles;
}

/** Stats of all profiles together and of each profile, in one pass over the viewings. */
export function allStats(library: Library, totalName = 'All profiles'): {total: ProfileStats; profiles: ProfileStats[]} {
	const total = new Tally(library);
	const tallies = new Map(library.profiles.map(name => [name, new Tally(library)]));
	let lastProfile: string | undefined;
	let tally: Tally | undefined;
	for (const v of library.viewings) {
		// Rows of one profile tend to come together: look the profile up only when it changes.
		if (v.profile !== lastProfile) tally = tallies.get((lastProfile = v.profile));
		total.add(v);
		tally!.add(v);
	}
	return {total: total.stats(totalName), profiles: library.profiles.map(name => tallies.get(name)!.stats(name))};
}

/** Stats for a set of viewings under a name (`All profiles`, or one profile). */
export function statsOf(library: Library, name: string, viewings: readonly ViewingEvent[]): ProfileStats {
	const tally = new Tally(library);
	for (const v of viewings) tally.add(v);
	return tally.stats(name);
}

/**
 * Running counts for one profile. Shows and episodes are counted by the small numbers the library
 * gives each (marking arrays, not Sets), once per distinct title: a summary never groups the shows.
 */
class Tally {
	private real = 0;
	private extras = 0;
	private hidden = 0;
	private seconds = 0;
	private hasDuration = false;
	private first: number | null = null;
	private last: number | null = null;
	private shows = 0;
	private movies = 0;
	private episodes = 0;
	private readonly devices = new Set<string>();
	private lastDevice: string | null = null;
	private readonly seenTitle: Uint8Array;
	private readonly seenSeries: Uint8Array;
	private readonly seenMovie: Uint8Array;
	private readonly seenEpisode: Uint8Array;

	constructor(private readonly library: Library) {
		const n = library.titles.length;
		[this.seenTitle, this.seenSeries, this.seenMovie, this.seenEpisode] = [new Uint8Array(n), new Uint8Array(n), new Uint8Array(n), new Uint8Array(n)];
	}

	add(v: ViewingEvent): void {
		if (v.device !== this.lastDevice && v.device) this.devices.add((this.lastDevice = v.device));
		if (v.kind === 'extra') {
			this.extras++;
			return;
		}
		this.real++;
		if (v.hidden) this.hidden++;
		if (v.durationSeconds !== null) {
			this.hasDuration = true;
			this.seconds += v.durationSeconds;
		}
		if (this.first === null || v.start < this.first) this.first = v.start;
		if (this.last === null || v.start > this.last) this.last = v.start;
		if (this.seenTitle[v.titleId] === 1) return;
		this.seenTitle[v.titleId] = 1;
		const fact = this.library.titles[v.titleId]!;
		if (fact.parsed.kind !== 'episode') {
			if (this.seenMovie[fact.showNumber] === 0) this.movies++;
			this.seenMovie[fact.showNumber] = 1;
			return;
		}
		if (this.seenSeries[fact.showNumber] === 0) this.shows++;
		this.seenSeries[fact.showNumber] = 1;
		if (this.seenEpisode[fact.episodeNumber] === 0) this.episodes++;
		this.seenEpisode[fact.episodeNumber] = 1;
	}

	stats(name: string): ProfileStats {
		return {
			name,
			viewings: this.real,
			extras: this.extras,
			hidden: this.hidden,
			watchSeconds: this.hasDuration ? this.seconds : null,
			firstViewing: this.first,
			lastViewing: this.last,
			shows: this.shows,
			movies: this.movies,
			episodes: this.episodes,
			devices: this.devices.size,
		};
	}
}
