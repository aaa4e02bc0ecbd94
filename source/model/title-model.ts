/**
 * What the model knows of each distinct title of an export, as arrays by title id: its final parse, its
 * kind, and small numbers for its show and episode (for counting with arrays instead of Sets). Made in
 * the thread that parsed the titles (export/title-worker.ts) and sent across as columns.
 */
import {catalogOf, type FirstPass} from './title-catalog.js';
import type {ParsedTitle, ViewingKind} from './types.js';

/** Kinds by number (per title in TitleModel.kinds, per row in Library.kinds). */
export const KIND_EPISODE = 0;
export const KIND_MOVIE = 1;
export const KIND_EXTRA = 2;
export const KIND_NAMES: readonly ViewingKind[] = ['episode', 'movie', 'extra'];

/** Small numbers for each title's show and episode. */
export interface TitleNumbers {
	show: Int32Array;
	/** -1 for a title parsed as a movie. */
	episode: Int32Array;
	/** How many shows and episodes were numbered. */
	shows: number;
	episodes: number;
}

export interface TitleModel {
	/** Number of distinct titles. */
	size: number;
	/** The final parse of each title (when sent from another thread, made on first use). */
	readonly parses: readonly ParsedTitle[];
	/** Per title: KIND_EXTRA when the title names an extra (a hook, a trailer), else its parse's kind. */
	kinds: Uint8Array;
	numbers: TitleNumbers;
	/** Titles the parser had to guess, extras left out, in title order (`doctor` lists them). */
	unplaced: readonly string[];
}

/** The model of distinct `titles` from their first pass (title-catalog.ts resolves the named seasons). */
export function titleModelOf(titles: readonly string[], first: FirstPass): TitleModel {
	const catalog = catalogOf(titles, first);
	const parses = catalog.parses;
	const kinds = new Uint8Array(titles.length);
	for (let i = 0; i < titles.length; i++) kinds[i] = first.extra[i] === 1 ? KIND_EXTRA : parses[i]!.kind === 'episode' ? KIND_EPISODE : KIND_MOVIE;
	return {size: titles.length, parses, kinds, numbers: numberShowsAndEpisodes(parses), unplaced: catalog.unplaced};
}

/** The key shows are grouped by. */
export function showKey(name: string): string {
	// French titles put a no-break space before the colon (`Queen Charlotte\u00a0: A …`): same show.
	return name.normalize('NFC').replace(/\s*:\s*/gu, ': ').replace(/\s+/gu, ' ').toLowerCase();
}

/** Season and episode key inside the show (`s2|e3`), `movie` for movies. */
export function episodeKey(p: ParsedTitle): string {
	if (p.kind === 'movie') return 'movie';
	const season = p.seasonNumber !== null ? `s${p.seasonNumber}` : `n:${(p.seasonLabel ?? '').toLowerCase()}`;
	const episode = p.episodeNumber !== null ? `e${p.episodeNumber}` : `t:${(p.episodeTitle ?? p.raw).toLowerCase()}`;
	return `${season}|${episode}`;
}

/** Show keys by show name: ~15 titles share each show. */
export function showKeys(): (name: string) => string {
	const keys = new Map<string, string>();
	return name => {
		let key = keys.get(name);
		if (key === undefined) keys.set(name, (key = showKey(name)));
		return key;
	};
}

function numberShowsAndEpisodes(parses: readonly ParsedTitle[]): TitleNumbers {
	const keyOf = showKeys();
	const shows = new Map<string, number>();
	const episodes = new Map<string, number>();
	const numbers: TitleNumbers = {show: new Int32Array(parses.length), episode: new Int32Array(parses.length), shows: 0, episodes: 0};
	parses.forEach((parsed, i) => {
		const key = keyOf(parsed.show);
		let show = shows.get(key);
		if (show === undefined) shows.set(key, (show = shows.size));
		numbers.show[i] = show;
		if (parsed.kind !== 'episode') {
			numbers.episode[i] = -1;
			return;
		}
		const episodeId = `${show}|${episodeKey(parsed)}`;
		let episode = episodes.get(episodeId);
		if (episode === undefined) episodes.set(episodeId, (episode = episodes.size));
		numbers.episode[i] = episode;
	});
	numbers.shows = shows.size;
	numbers.episodes = episodes.size;
	return numbers;
}
