import type {Library, Show} from '../model/library.js';

/** A show's numbers for one profile (or all): what a search hit and the Show screen's header count. */
export interface ShowFacts {
	/** Real viewings (extras not counted). */
	viewings: number;
	/** Distinct episodes seen (0 for a movie). */
	episodes: number;
	/** The profiles that watched it (just the one asked for, when it did). */
	profiles: string[];
	/** Newest viewing, epoch ms (the show's, when the profile never watched it). */
	lastWatched: number;
}

/**
 * A show's numbers counted for `profile` only (undefined: all profiles), from the positions of its
 * viewings: `search --profile Kids` then agrees with `history --profile Kids`.
 */
export function showFacts(library: Library, show: Show, profile?: string): ShowFacts {
	const episodesOf = (count: (positions: Int32Array) => number) =>
		show.kind === 'series' ? show.seasons.reduce((n, s) => n + s.episodes.filter(e => count(e.positions) > 0).length, 0) : 0;
	if (profile === undefined) return {viewings: show.viewingCount, episodes: episodesOf(p => p.length), profiles: show.profiles, lastWatched: show.lastWatched};
	const id = library.table.profiles.indexOf(profile);
	const {order} = library;
	const ofProfile = library.table.profile;
	const count = (positions: Int32Array) => {
		let n = 0;
		for (const k of positions) if (ofProfile[order[k]!] === id) n++;
		return n;
	};
	let last = -Infinity;
	let viewings = 0;
	for (const k of show.positions) {
		if (ofProfile[order[k]!] !== id) continue;
		viewings++;
		last = Math.max(last, library.table.start[order[k]!]!);
	}
	return {
		viewings,
		episodes: episodesOf(count),
		profiles: viewings > 0 ? [profile] : [],
		lastWatched: viewings > 0 ? last : show.lastWatched,
	};
}
