import type {Episode, Show} from '../model/library.js';
import {reachedEnd} from '../model/stopped.js';
import type {ResumePoint} from '../model/stopped.js';
import type {ViewingEvent} from '../model/types.js';

/** A row of the Show screen: a season heading, an episode, or one viewing of the episode above. */
export type ShowRow =
	| {kind: 'season'; label: string; episodes: number}
	| {kind: 'episode'; episode: Episode; viewings: number}
	| {kind: 'viewing'; viewing: ViewingEvent; rewatch: boolean};

/**
 * Seasons and episodes in order, each episode followed by its viewings (oldest first), for one
 * profile or all. Hidden viewings stay: they are history too. Movies list only their viewings.
 */
export function showRows(show: Show, profile: string | null): ShowRow[] {
	const rows: ShowRow[] = [];
	for (const season of show.seasons) {
		const episodes = season.episodes
			.map(episode => ({episode, viewings: episode.viewings.filter(v => profile === null || v.profile === profile)}))
			.filter(e => e.viewings.length > 0);
		if (episodes.length === 0) continue;
		if (show.kind === 'series') rows.push({kind: 'season', label: season.label ?? 'Episodes', episodes: episodes.length});
		for (const {episode, viewings} of episodes) {
			if (show.kind === 'series') rows.push({kind: 'episode', episode, viewings: viewings.length});
			const done = new Set<string>();
			for (const viewing of viewings) {
				// Only the viewing that starts a new pass is the rewatch; the sessions continuing it are not.
				const rewatch = done.delete(viewing.profile);
				rows.push({kind: 'viewing', viewing, rewatch});
				if (reachedEnd(viewing.bookmarkSeconds, episode.longestBookmark)) done.add(viewing.profile);
			}
		}
	}
	return rows;
}

/**
 * The row where the first of `points` (the current profile's stop, or the newest of all profiles')
 * stopped: its episode's row for a series, its viewing's row for a movie; 0 when it is not listed.
 */
export function stopRow(rows: readonly ShowRow[], points: readonly ResumePoint[]): number {
	const p = points[0];
	if (!p) return 0;
	const at = rows.findIndex(r => (p.show.kind === 'series' ? r.kind === 'episode' && r.episode === p.episode : r.kind === 'viewing' && r.viewing === p.viewing));
	return Math.max(0, at);
}

/** The profiles that stopped at an episode (a series' episode rows name them). */
export function stopsAt(episode: Episode, points: readonly ResumePoint[]): ResumePoint[] {
	return points.filter(p => p.episode === episode);
}
