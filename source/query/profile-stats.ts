import type {Library} from '../model/library.js';
import {Viewings, type ViewingTotals} from './viewings.js';

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

/** Stats of all profiles together and of each profile (in `Library.profiles`' order: most viewings first). */
export function allStats(library: Library, totalName = 'All profiles'): {total: ProfileStats; profiles: ProfileStats[]} {
	const all = Viewings.of(library);
	const byProfile = new Map(all.groupBy('profile').map(g => [g.key, g.viewings]));
	return {total: statsOf(totalName, all), profiles: library.profiles.map(name => statsOf(name, byProfile.get(name) ?? all.where({profile: name})))};
}

/** One profile's (or all profiles') numbers from its viewings. */
function statsOf(name: string, viewings: Viewings): ProfileStats {
	const byKind = new Map(viewings.groupBy('kind').map(g => [g.key, g.viewings]));
	const none = viewings.where({kinds: []});
	const episodes = byKind.get('episode') ?? none;
	const movies = byKind.get('movie') ?? none;
	const real = both(episodes.totals(), movies.totals());
	return {
		name,
		viewings: real.count,
		extras: byKind.get('extra')?.length ?? 0,
		hidden: real.hidden,
		watchSeconds: real.seconds,
		firstViewing: real.first,
		lastViewing: real.last,
		// A movie and a series may share a name: counted apart.
		shows: episodes.distinct('show'),
		movies: movies.distinct('show'),
		episodes: episodes.distinct('episode'),
		// Extras are played on a device too; an unknown device is not counted.
		devices: viewings.distinct('device'),
	};
}

/** The totals of two selections together. */
function both(a: ViewingTotals, b: ViewingTotals): ViewingTotals {
	const least = (x: number | null, y: number | null) => (x === null ? y : y === null ? x : Math.min(x, y));
	const most = (x: number | null, y: number | null) => (x === null ? y : y === null ? x : Math.max(x, y));
	return {
		count: a.count + b.count,
		hidden: a.hidden + b.hidden,
		seconds: a.seconds === null && b.seconds === null ? null : (a.seconds ?? 0) + (b.seconds ?? 0),
		first: least(a.first, b.first),
		last: most(a.last, b.last),
	};
}
