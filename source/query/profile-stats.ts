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
 * Stats of all profiles together and of each profile, in passes over the viewings' columns. Group 0
 * is all profiles, group p + 1 the profile with id p. Shows, movies, episodes and devices are counted
 * once per group by stamping their small numbers (the library numbers each) with the group last seen,
 * not with Sets: the rows are visited group by group (all rows, then each profile's rows, bucketed by a
 * counting sort), so one stamp per number serves every group. Linear in rows + titles + profiles: a
 * flag per (number, group) was profiles × titles bytes (100,000 profiles: minutes and gigabytes).
 * Per title first: rows of a title seen before in a group need no more than a look at one stamp.
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
	const stamps = (size: number) => new Int32Array(size).fill(-1);
	const seenDevice = stamps(table.devices.length);
	const seenTitle = stamps(table.titles.length);
	const seenShow = stamps(numbers.shows);
	// A movie and a series may share a name (and so a number): counted apart.
	const seenMovie = stamps(numbers.shows);
	const seenEpisode = stamps(numbers.episodes);

	const add = (g: number, i: number): void => {
		const d = device[i]!;
		if (d !== -1 && seenDevice[d] !== g) {
			seenDevice[d] = g;
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
		if (seenTitle[t] === g) return;
		seenTitle[t] = g;
		const show = numbers.show[t]!;
		const episode = numbers.episode[t]!;
		if (episode === -1) {
			if (seenMovie[show] !== g) movies[g]!++;
			seenMovie[show] = g;
			return;
		}
		if (seenShow[show] !== g) shows[g]!++;
		seenShow[show] = g;
		if (seenEpisode[episode] !== g) episodes[g]!++;
		seenEpisode[episode] = g;
	};
	for (let k = 0; k < order.length; k++) add(0, order[k]!);
	// The rows of each profile together (a counting sort by profile), so that a group's stamps are all made
	// before the next group's.
	const starts = new Int32Array(groups + 1);
	for (let k = 0; k < order.length; k++) starts[profile[order[k]!]! + 2]!++;
	for (let g = 1; g <= groups; g++) starts[g]! += starts[g - 1]!;
	const byProfile = new Int32Array(order.length);
	for (let k = 0; k < order.length; k++) {
		const i = order[k]!;
		byProfile[starts[profile[i]! + 1]!++] = i;
	}
	// starts[g] is now where group g + 1 ends, so group g's rows run from starts[g - 1] to starts[g].
	for (let g = 1; g < groups; g++) for (let k = starts[g - 1]!; k < starts[g]!; k++) add(g, byProfile[k]!);

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
	const ids = new Map(table.profiles.map((name, id) => [name, id]));
	return {total: stats(totalName, 0), profiles: library.profiles.map(name => stats(name, ids.get(name)! + 1))};
}
