import type {Episode, Library, Show} from './library.js';
import type {ViewingEvent} from './types.js';

/**
 * Where a profile stopped in a show. The export has no runtime and no "finished" flag (format
 * reference §6), so `state` rests on an estimated runtime; these are judgements, documented in README.
 *
 * - `mid-episode` / `midway` (movie): the position is clearly short of the estimate.
 * - `between-episodes` / `finished` (movie): the last episode or movie was watched to (near) its end.
 * - `unknown`: no estimate can be made.
 */
export type StoppedState = 'mid-episode' | 'between-episodes' | 'midway' | 'finished' | 'unknown';

/** The episode after the one stopped in, when the data knows it. */
export interface NextEpisode {
	season: string | null;
	seasonNumber: number | null;
	episode: number | null;
	episodeTitle: string | null;
	title: string;
}

/** One line of "where did I stop". */
export interface ResumePoint {
	profile: string;
	show: Show;
	episode: Episode;
	/** The newest real, visible viewing of this show by this profile. */
	viewing: ViewingEvent;
	positionSeconds: number | null;
	estimatedRuntimeSeconds: number | null;
	state: StoppedState;
	/** True for series not known to be done (mid-episode, unknown, or a next episode exists) and movies left midway. */
	unfinished: boolean;
	next: NextEpisode | null;
}

/** Within this many seconds of the estimated end counts as finished: end credits are often skipped. */
export const CREDITS_SECONDS = 5 * 60;
/** Watching at least this share of the estimate counts as finished (credits on long runtimes). */
export const FINISHED_FRACTION = 0.9;
/**
 * An episode's own longest bookmark is trusted as its runtime only when it reaches this share of the
 * show's typical episode length; below, one partial viewing would make itself look finished.
 */
export const TRUST_EPISODE_FRACTION = 0.8;
/**
 * Days without watching after which an unfinished show counts as abandoned, counted back from the
 * export's last viewing (an export a year old would otherwise call everything abandoned).
 */
export const ABANDONED_DAYS = 30;
/** A movie left before this many seconds was only looked at (a preview, a wrong click), not started. */
export const PEEK_SECONDS = 5 * 60;
/** A movie's longest bookmark is a runtime estimate only if at least this long (feature films rarely run under 75 min; a movie stopped at 20 min is not a 20-min movie). */
export const MIN_MOVIE_ESTIMATE_SECONDS = 75 * 60;

/**
 * How an entry of the list reads to a person, and the section it is shown in:
 * - `mid-episode`: a series stopped inside an episode (or where the position says nothing);
 * - `next-up`: a series whose last episode was watched to the end, with the next one known (`done · next S1E8`);
 * - `done`: a series whose last episode was watched to the end and no later one is known;
 * - `movie`: a movie left midway.
 */
export type StopGroup = 'mid-episode' | 'next-up' | 'done' | 'movie';

/** What a stop's group is decided by: a resume point's values, or a point's of the columns (with its kind). */
export type GroupedBy = Pick<ResumePoint, 'state' | 'next'> & ({show: Pick<Show, 'kind'>} | {kind: Show['kind']});

/** The group of a resume point, or of a stop made from the columns (see StopGroup). */
export function stopGroup(p: GroupedBy): StopGroup {
	if (('kind' in p ? p.kind : p.show.kind) === 'movie') return 'movie';
	if (p.state !== 'between-episodes') return 'mid-episode';
	return p.next ? 'next-up' : 'done';
}

/**
 * The rewatch rule: a viewing whose position reached FINISHED_FRACTION of the episode's longest known
 * position got to the end, so the same profile's next viewing of that episode starts a new pass (a
 * rewatch), not a resume. The Show screen marks that viewing ↻.
 */
export function reachedEnd(positionSeconds: number | null, longestSeconds: number | null): boolean {
	return positionSeconds !== null && longestSeconds !== null && longestSeconds > 0 && positionSeconds >= longestSeconds * FINISHED_FRACTION;
}

/**
 * Where every profile stopped in every show, newest first: one point per (profile, series) and per
 * (profile, movie). Uses the newest viewing that is neither an extra nor hidden.
 */
export function resumePoints(library: Library): ResumePoint[] {
	const steps = resumePointSteps(library);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/** Shows looked at between two steps of resumePointSteps (a show can hold hundreds of episodes: small steps, see ROWS_PER_STEP in show-grouping.ts). */
const SHOWS_PER_STEP = 16;

/** resumePoints SHOWS_PER_STEP shows at a time: the explorer reads keys between the steps. */
export function* resumePointSteps(library: Library): Generator<void, ResumePoint[], void> {
	const points: ResumePoint[] = [];
	let seen = 0;
	for (const show of library.shows.values()) {
		if (++seen % SHOWS_PER_STEP === 0) yield;
		const series = show.kind === 'series';
		// Episodes in order, for the typical length and the next episode (a movie has neither).
		const ordered = series ? show.seasons.flatMap(s => s.episodes) : [];
		// Where each episode sits in that order: an indexOf per profile was profiles × episodes per show.
		const place = new Map(ordered.map((episode, at) => [episode, at]));
		const typical = series ? typicalOf(ordered.map(e => e.longestBookmark)) : null;
		for (const {profile, position: at} of show.newest) {
			// Only these viewings become objects.
			const viewing = library.event(at);
			const episode = library.episodeOf(viewing.titleId);
			const estimate = series ? episodeEstimate(episode.longestBookmark, typical) : movieEstimate(episode.longestBookmark);
			const position = viewing.bookmarkSeconds;
			const state = stateOf(show.kind, position, estimate);
			const following = series ? ordered[(place.get(episode) ?? -1) + 1] : undefined;
			const next = following && isNextInOrder(episode, following) ? describeNext(following, following.titles[0]!) : null;
			const unfinished = isUnfinished(show.kind, state, next !== null);
			points.push({profile, show, episode, viewing, positionSeconds: position, estimatedRuntimeSeconds: estimate, state, unfinished, next});
		}
	}
	return points.sort((a, b) => b.viewing.start - a.viewing.start);
}

/**
 * The stopped rules, on plain values: both the resume points above and the command's column path
 * (stopped-points.ts) judge with these.
 */

/** Where a viewing stopped, from its position and the runtime estimate. */
export function stateOf(kind: Show['kind'], position: number | null, estimate: number | null): StoppedState {
	if (position === null) return 'unknown';
	if (estimate === null) {
		// No runtime known, but a feature film does not end before MIN_MOVIE_ESTIMATE_SECONDS: a movie left
		// earlier (and past a first peek) is midway.
		return kind === 'movie' && position >= PEEK_SECONDS && position < MIN_MOVIE_ESTIMATE_SECONDS ? 'midway' : 'unknown';
	}
	const done = position >= estimate * FINISHED_FRACTION || estimate - position <= CREDITS_SECONDS;
	if (kind === 'series') return done ? 'between-episodes' : 'mid-episode';
	return done ? 'finished' : 'midway';
}

/** ResumePoint.unfinished: series not known to be done (mid-episode, unknown, or a next episode exists) and movies left midway. */
export function isUnfinished(kind: Show['kind'], state: StoppedState, hasNext: boolean): boolean {
	return kind === 'series' ? state !== 'between-episodes' || hasNext : state === 'midway';
}

/** A show's typical episode length: the median of its episodes' longest bookmarks, or null with fewer than two. */
export function typicalOf(longestBookmarks: ReadonlyArray<number | null>): number | null {
	const lengths: number[] = [];
	for (const b of longestBookmarks) if (b !== null && b > 0) lengths.push(b);
	if (lengths.length < 2) return null;
	lengths.sort((a, b) => a - b);
	return lengths[Math.floor(lengths.length / 2)]!;
}

/** An episode's runtime estimate from its own longest bookmark and its show's typical length. */
export function episodeEstimate(own: number | null, typical: number | null): number | null {
	if (typical === null) return null;
	if (own !== null && own >= typical * TRUST_EPISODE_FRACTION) return own;
	return typical;
}

/** A movie's runtime estimate from its longest bookmark. */
export function movieEstimate(own: number | null): number | null {
	return own !== null && own >= MIN_MOVIE_ESTIMATE_SECONDS ? own : null;
}

/** An episode's place in its show's order (Episode's fields). */
export type EpisodePlace = Pick<Episode, 'number' | 'seasonNumber' | 'seasonLabel'>;

/** Only the next episode of the same season, or the first of the next season, is "next". */
export function isNextInOrder(current: EpisodePlace, following: EpisodePlace): boolean {
	if (current.number === null || following.number === null) return false;
	if (current.seasonNumber === following.seasonNumber && (current.seasonLabel ?? '') === (following.seasonLabel ?? '')) {
		return following.number === current.number + 1;
	}
	return current.seasonNumber !== null && following.seasonNumber === current.seasonNumber + 1 && following.number === 1;
}

/** The next episode as a resume point names it; `title` is the first title it was seen under. */
export function describeNext(e: EpisodePlace & Pick<Episode, 'title'>, title: string): NextEpisode {
	return {season: e.seasonLabel, seasonNumber: e.seasonNumber, episode: e.number, episodeTitle: e.title, title};
}
