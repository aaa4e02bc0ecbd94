import Fuse, {type FuseResultMatch, type IFuseOptions} from 'fuse.js';
import type {Library, Show} from '../model/library.js';

/** One search hit: a show or movie. */
export interface SearchHit {
	show: Show;
	score: number;
	/** Character ranges of `show.name` that matched, for highlighting (inclusive start, inclusive end). */
	ranges: Array<[number, number]>;
}

/** The JSON shape of a hit for `search --json`. */
export interface SearchResult {
	title: string;
	kind: 'series' | 'movie';
	profiles: string[];
	viewings: number;
	episodes: number;
	lastWatched: string;
	score: number;
}

interface Entry {
	show: Show;
	/** Name folded for matching: no accents, lower case. Same length as the name where possible. */
	folded: string;
}

/**
 * Removes accents and case so `elite` finds `Élite` and `pokemon` finds `Pokémon`. Decomposes (NFD),
 * drops combining marks; characters that decompose to more than one base letter are rare in titles.
 */
export function fold(text: string): string {
	return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

const FUSE_OPTIONS: IFuseOptions<Entry> = {
	keys: ['folded'],
	includeScore: true,
	includeMatches: true,
	ignoreLocation: true,
	// 0.4 finds `strnger thngs` (two letters missing) without flooding short queries with noise.
	threshold: 0.4,
	minMatchCharLength: 1,
};

/** A fuzzy index over the distinct show and movie names (built once, queried per keystroke). */
export class SearchIndex {
	private readonly fuse: Fuse<Entry>;
	private readonly entries: Entry[];

	constructor(shows: Iterable<Show>) {
		this.entries = [...shows].map(show => ({show, folded: fold(show.name)}));
		this.fuse = new Fuse(this.entries, FUSE_OPTIONS);
	}

	/** Number of titles indexed. */
	get size(): number {
		return this.entries.length;
	}

	/** The best hits for a query, best first; ties go to the most recently watched. */
	search(query: string, limit = 50, profile?: string): SearchHit[] {
		const q = fold(query.trim());
		if (q === '') return [];
		const hits = this.fuse.search(q);
		const out: SearchHit[] = [];
		for (const h of hits) {
			if (profile && !h.item.show.profiles.includes(profile)) continue;
			out.push({show: h.item.show, score: h.score ?? 1, ranges: rangesOf(h.matches)});
			if (out.length >= limit * 2) break;
		}
		out.sort((a, b) => a.score - b.score || b.show.lastWatched - a.show.lastWatched);
		return out.slice(0, limit);
	}
}

function rangesOf(matches: readonly FuseResultMatch[] | undefined): Array<[number, number]> {
	return (matches ?? []).flatMap(m => m.indices.map(([a, b]) => [a, b] as [number, number]));
}

/** Builds the index for a library. */
export function buildSearchIndex(library: Library): SearchIndex {
	return new SearchIndex(library.shows.values());
}

/** The JSON shape of a hit. */
export function searchResult(hit: SearchHit): SearchResult {
	const s = hit.show;
	return {
		title: s.name,
		kind: s.kind,
		profiles: s.profiles,
		viewings: s.viewings.length,
		episodes: s.kind === 'series' ? s.seasons.reduce((n, season) => n + season.episodes.length, 0) : 0,
		lastWatched: new Date(s.lastWatched).toISOString(),
		score: Math.round(hit.score * 1000) / 1000,
	};
}
