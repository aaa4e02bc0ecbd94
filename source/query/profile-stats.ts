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
	const byProfile = new Map<string, ViewingEvent[]>(library.profiles.map(name => [name, []]));
	for (const v of library.viewings) byProfile.get(v.profile)!.push(v);
	return library.profiles.map(name => statsOf(library, name, byProfile.get(name)!));
}

/** Stats for a set of viewings under a name (`All profiles`, or one profile). */
export function statsOf(library: Library, name: string, viewings: readonly ViewingEvent[]): ProfileStats {
	let real = 0;
	let extras = 0;
	let hidden = 0;
	let seconds = 0;
	let hasDuration = false;
	let first: number | null = null;
	let last: number | null = null;
	// Mark titles, then count shows and episodes over distinct titles: a Set add per row costs ~4x more.
	const seen = new Uint8Array(library.titles.length);
	const devices = new Set<string>();
	let lastDevice: string | null = null;
	for (const v of viewings) {
		if (v.device !== lastDevice && v.device) devices.add((lastDevice = v.device));
		if (v.kind === 'extra') {
			extras++;
			continue;
		}
		real++;
		if (v.hidden) hidden++;
		if (v.durationSeconds !== null) {
			hasDuration = true;
			seconds += v.durationSeconds;
		}
		if (first === null || v.start < first) first = v.start;
		if (last === null || v.start > last) last = v.start;
		seen[v.titleId] = 1;
	}
	// Show and episode numbers, not Show objects: a summary does not need the shows grouped (library.shows
	// is lazy), and marking arrays costs less than Sets.
	const seenSeries = new Uint8Array(library.titles.length);
	const seenMovie = new Uint8Array(library.titles.length);
	const seenEpisode = new Uint8Array(library.titles.length);
	let shows = 0;
	let movies = 0;
	let episodes = 0;
	for (let id = 0; id < seen.length; id++) {
		if (seen[id] === 0) continue;
		const fact = library.titles[id]!;
		if (fact.parsed.kind !== 'episode') {
			if (seenMovie[fact.showNumber] === 0) movies++;
			seenMovie[fact.showNumber] = 1;
			continue;
		}
		if (seenSeries[fact.showNumber] === 0) shows++;
		seenSeries[fact.showNumber] = 1;
		if (seenEpisode[fact.episodeNumber] === 0) episodes++;
		seenEpisode[fact.episodeNumber] = 1;
	}
	return {
		name,
		viewings: real,
		extras,
		hidden,
		watchSeconds: hasDuration ? seconds : null,
		firstViewing: first,
		lastViewing: last,
		shows,
		movies,
		episodes,
		devices: devices.size,
	};
}
