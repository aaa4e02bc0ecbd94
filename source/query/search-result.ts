/** A search hit as `search --json` prints it. */
import type {SearchHit} from './search-index.js';
import type {ShowFacts} from './show-facts.js';

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

/** The JSON shape of a hit; `facts` counts for one profile (see showFacts). */
export function searchResult(hit: SearchHit, facts?: ShowFacts): SearchResult {
	const s = hit.show;
	return {
		title: s.name,
		kind: s.kind,
		profiles: facts?.profiles ?? s.profiles,
		viewings: facts?.viewings ?? s.viewingCount,
		episodes: facts?.episodes ?? (s.kind === 'series' ? s.seasons.reduce((n, season) => n + season.episodes.length, 0) : 0),
		lastWatched: new Date(facts?.lastWatched ?? s.lastWatched).toISOString(),
		score: Math.round(hit.score * 1000) / 1000,
	};
}
