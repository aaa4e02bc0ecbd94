import type {Library} from '../model/library.js';
import type {ViewingEvent, ViewingKind} from '../model/types.js';
import {Viewings} from './viewings.js';

/** Filters for the history. */
export interface HistoryFilter {
	profile?: string;
	/** Show or movie name (case-insensitive, exact). */
	show?: string;
	/** Only viewings at or after this instant (epoch ms). */
	since?: number;
	/** Only viewings before this instant (epoch ms). */
	until?: number;
	/** Include trailers, hooks and recaps (off by default: they are not watching). */
	extras?: boolean;
}

/** One viewing as `history --json` prints it. */
export interface HistoryEntry {
	profile: string;
	start: string;
	durationSeconds: number | null;
	kind: ViewingKind;
	show: string;
	season: string | null;
	seasonNumber: number | null;
	episode: number | null;
	episodeTitle: string | null;
	title: string;
	positionSeconds: number | null;
	latest: boolean | null;
	autoplay: string | null;
	hidden: boolean;
	supplementalType: string | null;
	device: string | null;
	country: string | null;
}

/** A list of viewings whose objects are made as they are read (a Viewings selection is one). */
export interface ViewingList {
	readonly length: number;
	at(index: number): ViewingEvent;
	/** The start (epoch ms) of the viewing at `index`, without making its object (binary searches over time). */
	startAt(index: number): number;
}

/** Viewings in time order, oldest first, filtered: the `history` command's answer. */
export function historyOf(library: Library, filter: HistoryFilter = {}): ViewingEvent[] {
	return historyList(library, filter).toArray();
}

/**
 * A profile's viewings (or everyone's), oldest first, extras only if asked, narrowed by show and dates:
 * a selection whose objects are made as they are read (a screen shows a window of 250k).
 */
export function historyList(library: Library, filter: HistoryFilter = {}): Viewings {
	return Viewings.of(library).where({
		profile: filter.profile || undefined,
		kinds: filter.extras ? undefined : ['episode', 'movie'],
		show: filter.show || undefined,
		since: filter.since,
		until: filter.until,
	});
}

/** The JSON shape of one viewing. */
export function historyEntry(v: ViewingEvent): HistoryEntry {
	const p = v.parsed;
	const episode = v.kind === 'episode' || (v.kind === 'extra' && p.kind === 'episode');
	return {
		profile: v.profile,
		start: new Date(v.start).toISOString(),
		durationSeconds: v.durationSeconds,
		kind: v.kind,
		show: p.show,
		season: episode ? p.seasonLabel : null,
		seasonNumber: episode ? p.seasonNumber : null,
		episode: episode ? p.episodeNumber : null,
		episodeTitle: episode ? p.episodeTitle : null,
		title: v.title,
		positionSeconds: v.bookmarkSeconds,
		latest: v.latest,
		autoplay: v.autoplay,
		hidden: v.hidden,
		supplementalType: v.supplementalType,
		device: v.device,
		country: v.country,
	};
}
