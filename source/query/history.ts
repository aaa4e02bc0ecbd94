import {KIND_EXTRA, showKey, type Library} from '../model/library.js';
import type {ViewingEvent, ViewingKind} from '../model/types.js';

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

/** Viewings in time order, oldest first, filtered. */
export function historyOf(library: Library, filter: HistoryFilter = {}): ViewingEvent[] {
	const key = filter.show ? showKey(filter.show) : null;
	const viewings = historyList(library, filter);
	const out: ViewingEvent[] = [];
	for (let i = 0; i < viewings.length; i++) {
		const v = viewings.at(i);
		if ((key === null || showKey(v.parsed.show) === key) && (filter.since === undefined || v.start >= filter.since) && (filter.until === undefined || v.start < filter.until))
			out.push(v);
	}
	return out;
}

/** A list of viewings whose objects are made as they are read (a screen shows a window of 250k). */
export interface ViewingList {
	readonly length: number;
	at(index: number): ViewingEvent;
}

/** A profile's viewings (or everyone's), oldest first, extras only if asked: picked from the columns. */
export function historyList(library: Library, filter: Pick<HistoryFilter, 'profile' | 'extras'> = {}): ViewingList {
	const {order, kinds, table} = library;
	const profile = filter.profile ? table.profiles.indexOf(filter.profile) : -1;
	const positions = new Int32Array(filter.profile && profile === -1 ? 0 : order.length);
	let n = 0;
	for (let k = 0; k < positions.length; k++) {
		const i = order[k]!;
		if ((filter.extras || kinds[i] !== KIND_EXTRA) && (profile === -1 || table.profile[i] === profile)) positions[n++] = k;
	}
	return {length: n, at: index => library.event(positions[index]!)};
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
