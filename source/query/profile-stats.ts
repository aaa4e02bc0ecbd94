import {KIND_EXTRA, type Library} from '../model/library.js';

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

/**
 * Stats of all profiles together and of each profile, in one pass over the viewings' columns. Group 0
 * is all profiles, group p + 1 the profile with id p. Shows, movies, episodes and devices are counted
 * once per group by marking their small numbers (the library numbers each), not with Sets; per title
 * first: rows of a title seen before in a group need no more than a look at one byte.
 */
export function allStats(library: Library, totalName = 'All profiles'): {total: ProfileStats; profiles: ProfileStats[]} {
	const {table, order, kinds, numbers} = library;
	const {profile, device, hidden, duration, start, title} = table;
	const groups = table.profiles.length + 1;
	const real = new Int32Array(groups);
	const extras = new Int32Array(groups);
	const hiddenViews = new Int32Array(groups);
	const seconds = new Float64Array(groups);
	const timed = new Uint8Array(groups);
	const first = new Float64Array(groups).fill(Infinity);
	const last = new Float64Array(groups).fill(-Infinity);
	const shows = new Int32Array(groups);
	const movies = new Int32Array(groups);
	const episodes = new Int32Array(groups);
	const devices = new Int32Array(groups);
	const seenDevice = new Uint8Array(table.devices.length * groups);
	const seenTitle = new Uint8Array(table.titles.length * groups);
	const seenShow = new Uint8Array(numbers.shows * groups);
	// A movie and a series may share a name (and so a number): counted apart.
	const seenMovie = new Uint8Array(numbers.shows * groups);
	const seenEpisode = new Uint8Array(numbers.episodes * groups);

	const add = (g: number, i: number): void => {
		const d = device[i]!;
		if (d !== -1 && seenDevice[d * groups + g] === 0) {
			seenDevice[d * groups + g] = 1;
			devices[g]!++;
		}
		if (kinds[i] === KIND_EXTRA) {
			extras[g]!++;
			return;
		}
		real[g]!++;
		hiddenViews[g]! += hidden[i]!;
		const watched = duration[i]!;
		if (watched >= 0) {
			timed[g] = 1;
			seconds[g]! += watched;
		}
		const at = start[i]!;
		if (at < first[g]!) first[g] = at;
		if (at > last[g]!) last[g] = at;
		const t = title[i]!;
		if (seenTitle[t * groups + g] === 1) return;
		seenTitle[t * groups + g] = 1;
		const show = numbers.show[t]! * groups + g;
		const episodeNumber = numbers.episode[t]!;
		if (episodeNumber === -1) {
			if (seenMovie[show] === 0) movies[g]!++;
			seenMovie[show] = 1;
			return;
		}
		if (seenShow[show] === 0) shows[g]!++;
		seenShow[show] = 1;
		const episode = episodeNumber * groups + g;
		if (seenEpisode[episode] === 0) episodes[g]!++;
		seenEpisode[episode] = 1;
	};
	for (let k = 0; k < order.length; k++) {
		const i = order[k]!;
		add(0, i);
		add(profile[i]! + 1, i);
	}

	const stats = (name: string, g: number): ProfileStats => ({
		name,
		viewings: real[g]!,
		extras: extras[g]!,
		hidden: hiddenViews[g]!,
		watchSeconds: timed[g] === 1 ? seconds[g]! : null,
		firstViewing: real[g]! > 0 ? first[g]! : null,
		lastViewing: real[g]! > 0 ? last[g]! : null,
		shows: shows[g]!,
		movies: movies[g]!,
		episodes: episodes[g]!,
		devices: devices[g]!,
	});
	return {total: stats(totalName, 0), profiles: library.profiles.map(name => stats(name, table.profiles.indexOf(name) + 1))};
}
