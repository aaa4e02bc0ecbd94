/**
 * THE ONE PLACE the stats read the viewing columns (library.table, library.order, library.kinds, the
 * title numbers). Everything else in stats.ts works on what this module hands back: per profile, its
 * viewings as sorted [start, end) intervals split into real viewing, extras and autoplayed previews,
 * with each row's show, episode, device and country. When the query layer over the columns lands, this
 * module is what gets ported; nothing else in the stats touches an id of the library.
 */
import {KIND_EXTRA, type Library} from '../model/library.js';

/** A viewing that says it lasted longer than this counts as this long (see README: the longest seen in real exports is 29 h). */
export const MAX_VIEWING_HOURS = 48;

/** One kind of viewing of one profile, oldest first, as parallel arrays. */
export interface Intervals {
	count: number;
	/** Epoch ms UTC, ascending. */
	start: Float64Array;
	/** Epoch ms UTC: start + duration (start itself when the row has no duration). */
	end: Float64Array;
	/** Index into StatsSource.shows. */
	show: Int32Array;
	/** A number per distinct episode across the export; -1 for a movie. */
	episode: Int32Array;
	/** Index into StatsSource.devices / countries; -1 when the row has none. */
	device: Int32Array;
	country: Int32Array;
}

/** One profile's viewings for the stats. */
export interface ProfileIntervals {
	name: string;
	/** Episodes and movies (hidden ones included). */
	real: Intervals;
	/** Trailers, hooks, recaps… played on purpose. */
	extras: Intervals;
	/** Extras Netflix played by itself (an `Autoplayed` attribute), e.g. while browsing. */
	previews: Intervals;
}

/** Everything the stats are computed from. */
export interface StatsSource {
	/** Most viewings first (as the library ranks them). */
	profiles: ProfileIntervals[];
	shows: ReadonlyArray<{name: string; kind: 'series' | 'movie'}>;
	devices: readonly string[];
	countries: readonly string[];
	/** Distinct episode numbers (for marking arrays). */
	episodes: number;
	/** False when no real viewing has a duration (the simple NetflixViewingHistory.csv). */
	timed: boolean;
}

const sources = new WeakMap<Library, StatsSource>();

/** The stats' view of a library (made once per library). */
export function statsSource(library: Library): StatsSource {
	let source = sources.get(library);
	if (!source) sources.set(library, (source = readColumns(library)));
	return source;
}

function readColumns(library: Library): StatsSource {
	const {table, order, kinds, numbers, catalog} = library;
	const profileCount = table.profiles.length;
	// Kind 0 real, 1 extra, 2 autoplayed preview; per row of order.
	const group = new Uint8Array(order.length);
	const sizes = new Int32Array(profileCount * 3);
	let timed = false;
	for (let k = 0; k < order.length; k++) {
		const i = order[k]!;
		let g = 0;
		if (kinds[i] === KIND_EXTRA) {
			const a = table.attributes[i]!;
			g = a !== -1 && table.attributeInfo[a]!.autoplay !== null ? 2 : 1;
		} else if (table.duration[i]! >= 0) timed = true;
		group[k] = g;
		sizes[table.profile[i]! * 3 + g]!++;
	}
	// A movie and a series may share a show number: numbered apart (show * 2 + movie).
	const showIndex = new Int32Array(numbers.shows * 2).fill(-1);
	const shows: Array<{name: string; kind: 'series' | 'movie'}> = [];
	// Per title, its show's index once known (rows of a title seen before need one array read).
	const titleShow = new Int32Array(table.titles.length).fill(-1);
	const showOf = (t: number): number => {
		if (titleShow[t] !== -1) return titleShow[t]!;
		const movie = numbers.episode[t]! === -1 ? 1 : 0;
		const key = numbers.show[t]! * 2 + movie;
		let s = showIndex[key]!;
		if (s === -1) {
			s = showIndex[key] = shows.length;
			shows.push({name: catalog.parses[t]!.show, kind: movie ? 'movie' : 'series'});
		}
		titleShow[t] = s;
		return s;
	};
	const lists = Array.from({length: profileCount * 3}, (_, n) => emptyIntervals(sizes[n]!));
	const maxMs = MAX_VIEWING_HOURS * 3_600_000;
	for (let k = 0; k < order.length; k++) {
		const i = order[k]!;
		const list = lists[table.profile[i]! * 3 + group[k]!]!;
		const n = list.count++;
		const start = table.start[i]!;
		const seconds = table.duration[i]!;
		list.start[n] = start;
		list.end[n] = start + (seconds > 0 ? Math.min(seconds * 1000, maxMs) : 0);
		const t = table.title[i]!;
		list.show[n] = group[k] === 0 ? showOf(t) : -1;
		list.episode[n] = numbers.episode[t]!;
		list.device[n] = table.device[i]!;
		list.country[n] = table.country[i]!;
	}
	const profiles = library.profiles.map(name => {
		const p = table.profiles.indexOf(name);
		return {name, real: lists[p * 3]!, extras: lists[p * 3 + 1]!, previews: lists[p * 3 + 2]!};
	});
	return {profiles, shows, devices: table.devices, countries: table.countries, episodes: numbers.episodes, timed};
}

function emptyIntervals(size: number): Intervals {
	return {
		count: 0,
		start: new Float64Array(size),
		end: new Float64Array(size),
		show: new Int32Array(size),
		episode: new Int32Array(size),
		device: new Int32Array(size),
		country: new Int32Array(size),
	};
}
