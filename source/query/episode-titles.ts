/**
 * The episode titles the search looks in (`upside down` finds Stranger Things by S3E4): every episode
 * with a title, its show and its label, and each distinct folded title once (at 250k rows, 41,600
 * episodes have 250 distinct titles: `Episode 1`, `Chapitre 3`), so that a query looks in each once.
 */
import type {Show} from '../model/library.js';

/** One episode with a title. */
export interface EpisodeEntry {
	show: Show;
	/** Its folded title, as an index into `EpisodeTitles.titles`. */
	title: number;
	/** `S4E2 · Chapter Two: The Upside Down`. */
	label: string;
}

/** Every titled episode, in show, season and episode order, and the distinct folded titles. */
export interface EpisodeTitles {
	entries: EpisodeEntry[];
	titles: string[];
}

/** Lists the episode titles of `shows`, yielding every 16 series (the explorer reads keys between steps). */
export function* episodeTitleSteps(shows: Iterable<Show>, fold: (text: string) => string): Generator<void, EpisodeTitles, void> {
	const entries: EpisodeEntry[] = [];
	const titles: string[] = [];
	const ids = new Map<string, number>();
	let n = 0;
	for (const show of shows) {
		if (show.kind !== 'series') continue;
		if (++n % 16 === 0) yield;
		for (const season of show.seasons)
			for (const e of season.episodes) {
				if (!e.title) continue;
				const folded = fold(e.title);
				let title = ids.get(folded);
				if (title === undefined) {
					title = titles.push(folded) - 1;
					ids.set(folded, title);
				}
				entries.push({show, title, label: episodeLabel(e)});
			}
	}
	return {entries, titles};
}

/** `S4E2 · Chapter Two: The Upside Down`. */
function episodeLabel(e: {seasonNumber: number | null; seasonLabel: string | null; number: number | null; title: string | null}): string {
	const code =
		e.seasonNumber !== null ? `S${e.seasonNumber}${e.number !== null ? `E${e.number}` : ''}` : [e.seasonLabel, e.number !== null ? `E${e.number}` : null].filter(Boolean).join(' ');
	return [code, e.title].filter(Boolean).join(' · ');
}
