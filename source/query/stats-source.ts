/**
 * THE ONE PLACE the stats read the viewing columns (library.table, library.order, library.kinds, the
 * title numbers). The other stats modules work on what this module hands back: the viewings oldest
 * first as row numbers of the columns, each row's kind (real, extra, autoplayed preview), and each
 * title's show and episode. When the query layer over the columns lands, this module is what gets
 * ported; nothing else in the stats reads the library.
 */
import {KIND_EXTRA, type Library} from '../model/library.js';

/** A viewing that says it lasted longer than this counts as this long (see README: the longest seen in real exports is 29 h). */
export const MAX_VIEWING_HOURS = 48;

/** The columns the stats read, and each title's show and episode. */
export interface StatsSource {
	/** Profile names, most viewings first (as the library ranks them). */
	profiles: readonly string[];
	/** Per profile id of the columns: its index in `profiles` (−1: a profile with no viewing). */
	profileIndex: Int32Array;
	/** The viewings, oldest first, as row numbers of the columns below. */
	order: Int32Array;
	/** Per row number: profile id, start (epoch ms UTC), duration (seconds, −1 when none), title, device and country (−1 when none). */
	profile: Int32Array;
	start: Float64Array;
	duration: Int32Array;
	title: Int32Array;
	device: Int32Array;
	country: Int32Array;
	/** Per row number: 0 a real viewing (episode or movie, hidden ones too), 1 an extra, 2 an autoplayed preview (an extra with an `Autoplayed` attribute). */
	kind: Uint8Array;
	/** Per title t: [2t] its show (index into `shows`; −1 until `showOf` numbers it), [2t + 1] its episode (−1 for a movie). */
	titles: Int32Array;
	/** The shows of real viewings, numbered in the order `showOf` first meets them. */
	shows: ReadonlyArray<{name: string; kind: 'series' | 'movie'}>;
	/** Numbers the show of a title met for the first time (a movie and a series sharing a show number apart). */
	showOf(title: number): number;
	devices: readonly string[];
	countries: readonly string[];
	/** Distinct episode numbers (for marking arrays). */
	episodes: number;
	/** False when no real viewing has a duration (the simple NetflixViewingHistory.csv). */
	timed: boolean;
}

/** The end of a viewing (epoch ms): start + duration, at most MAX_VIEWING_HOURS; the start itself when it has no duration. */
export function viewingEnd(start: number, seconds: number): number {
	return start + (seconds > 0 ? Math.min(seconds * 1000, MAX_VIEWING_MS) : 0);
}

const MAX_VIEWING_MS = MAX_VIEWING_HOURS * 3_600_000;

/** Rows classified per step of `statsSourceSteps`. */
const STEP_ROWS = 65_536;

/**
 * The stats' view of a library's columns, a step at a time (a new one per pass: the shows are numbered
 * by the pass); the generator's value is the source.
 */
export function* statsSourceSteps(library: Library): Generator<number, StatsSource, void> {
	const {table, order, kinds, numbers, catalog} = library;
	const kind = new Uint8Array(table.count);
	const autoplay = table.attributeInfo.map(a => a.autoplay !== null);
	for (let from = 0; from < table.count; from += STEP_ROWS) {
		for (let i = from; i < Math.min(table.count, from + STEP_ROWS); i++) {
			const a = table.attributes[i]!;
			kind[i] = kinds[i] !== KIND_EXTRA ? 0 : a !== -1 && autoplay[a] ? 2 : 1;
		}
		// Progress: reading the columns is counted as nothing yet.
		yield 0;
	}
	let timed = false;
	for (let k = 0; k < order.length && !timed; k++) timed = kind[order[k]!] === 0 && table.duration[order[k]!]! >= 0;
	const shows = new ShowNumbers(numbers, catalog.parses, table.titles.length);
	const profileIndex = new Int32Array(table.profiles.length).fill(-1);
	library.profiles.forEach((name, n) => {
		profileIndex[table.profiles.indexOf(name)] = n;
	});
	const {profile, start, duration, title, device, country} = table;
	return {
		profiles: library.profiles,
		profileIndex,
		order,
		profile,
		start,
		duration,
		title,
		device,
		country,
		kind,
		titles: shows.byTitle,
		shows: shows.list,
		showOf: t => shows.first(t),
		devices: table.devices,
		countries: table.countries,
		episodes: numbers.episodes,
		timed,
	};
}

/** Numbers the shows of real viewings in the order they are first met; a movie and a series sharing a show number apart. */
class ShowNumbers {
	readonly list: Array<{name: string; kind: 'series' | 'movie'}> = [];
	private readonly index: Int32Array;
	/** Per title t: [2t] its show's number once known (−1 before), [2t + 1] its episode's (−1 for a movie). */
	readonly byTitle: Int32Array;

	constructor(
		private readonly numbers: Library['numbers'],
		private readonly parses: Library['catalog']['parses'],
		titles: number,
	) {
		this.index = new Int32Array(numbers.shows * 2).fill(-1);
		this.byTitle = new Int32Array(titles * 2).fill(-1);
		for (let t = 0; t < titles; t++) this.byTitle[t * 2 + 1] = numbers.episode[t]!;
	}

	/** Numbers the show of a title met for the first time. */
	first(t: number): number {
		const movie = this.numbers.episode[t]! === -1 ? 1 : 0;
		const key = this.numbers.show[t]! * 2 + movie;
		let s = this.index[key]!;
		if (s === -1) {
			s = this.index[key] = this.list.length;
			this.list.push({name: this.parses[t]!.show, kind: movie ? 'movie' : 'series'});
		}
		this.byTitle[t * 2] = s;
		return s;
	}
}
