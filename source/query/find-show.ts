import type {Library, Show} from '../model/library.js';
import {foldName} from '../text/names.js';
import type {SearchIndex} from './search-index.js';

/** The show a typed name (`--show`) means: one show, none, or the best candidates when it is ambiguous. */
export type ShowMatch = {kind: 'one'; show: Show} | {kind: 'none'} | {kind: 'many'; shows: Show[]};

/** Candidates listed for an ambiguous name. */
const CANDIDATES = 6;

/**
 * Finds a show as the search does (`strnger thngs`, `elite` for `Élite`): a name equal to the typed
 * one once folded wins; else the search's best hit, when no other hit scores as well.
 */
export function findShow(library: Library, index: SearchIndex, typed: string, profile?: string): ShowMatch {
	const want = foldName(typed);
	if (want === '') return {kind: 'none'};
	const same = [...library.shows.values()].filter(s => foldName(s.name) === want && (!profile || s.profiles.includes(profile)));
	if (same.length === 1) return {kind: 'one', show: same[0]!};
	// A series and a movie of the same name: both are meant.
	if (same.length > 1) return {kind: 'many', shows: same};
	const hits = index.search(typed, CANDIDATES, profile);
	if (hits.length === 0) return {kind: 'none'};
	if (hits.length === 1 || hits[0]!.score < hits[1]!.score) return {kind: 'one', show: hits[0]!.show};
	return {kind: 'many', shows: hits.filter(h => h.score === hits[0]!.score).map(h => h.show)};
}
