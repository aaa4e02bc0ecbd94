/** The export generator: profiles watching series episode by episode and movies, with extras and autoplay. */
import type {Random} from './random.js';
import {type MovieSpec, type NameMaker, type ShowSpec, episodeRuntime, episodeTitle, makeMovie, makeShow} from './titles.js';
import type {GenerateOptions, ViewingRow} from './types.js';

export const DEVICES = [
	'Chrome PC (Cadmium)',
	'Samsung CE 2021 Nike-L UHD TV  Smart TV',
	'Apple iPhone 13',
	'Apple iPad Air 4th Gen (Wi-Fi)',
	'Android DefaultWidevineL3Phone Android Phone',
	'Sony PS5',
	'LG 2020 webOS TV (Ireland) Smart TV',
	'Safari MAC (Cadmium)',
	'Microsoft Edge (Cadmium) Windows',
	'Amazon Fire TV Stick 4K',
	'Roku 4K Streaming Stick+',
	'Google Chromecast with Google TV',
	'Apple TV 4K (2nd Gen)',
	'Netflix Windows App - Cadmium Windows Mobile',
	'Samsung Galaxy S21 Android Phone',
] as const;

export const COUNTRIES: ReadonlyArray<readonly [string, number]> = [
	['US (United States)', 40],
	['DE (Germany)', 10],
	['KR (Korea, Republic of)', 6],
	['GB (United Kingdom)', 8],
	['FR (France)', 6],
	['TR (Turkey)', 5],
	['ES (Spain)', 5],
	['BR (Brazil)', 5],
	['NL (Netherlands)', 3],
	['PL (Poland)', 3],
];

export const AUTOPLAY: ReadonlyArray<readonly [string, number]> = [
	['Autoplayed: user action: None; ', 70],
	['Autoplayed: user action: Unspecified; ', 15],
	['Autoplayed: user action: User_Interaction; ', 10],
	['Autoplayed: user action: Visibility_Timeout; ', 5],
];

export const EXTRA_TYPES: ReadonlyArray<readonly [string, number]> = [
	['HOOK', 40],
	['TRAILER', 28],
	['TEASER_TRAILER', 8],
	['RECAP', 5],
	['PROMOTIONAL', 4],
	['CINEMAGRAPH', 3],
	['PREVIEW', 3],
	['BUMPER', 2],
	['BONUS_VIDEO', 2],
	['TAKE_OVER', 1],
	['BIG_ROW', 1],
	['DATE_ANNOUNCEMENT', 1],
	['CHARACTER', 1],
	['TUTORIAL', 1],
];

/** A profile's habits: its devices, home country, evening hour. */
export interface Viewer {
	name: string;
	devices: string[];
	country: string;
	eveningHour: number;
}

export function makeViewers(random: Random, profiles: string[]): Viewer[] {
	const home = random.weighted(COUNTRIES);
	return profiles.map(name => {
		const devices: string[] = [];
		const count = random.int(1, 3);
		while (devices.length < count) {
			const device = random.pick(DEVICES);
			if (!devices.includes(device)) devices.push(device);
		}
		return {name, devices, country: home, eveningHour: random.int(17, 22)};
	});
}

export function rowCountry(random: Random, viewer: Viewer): string {
	if (random.chance(0.005)) return 'ZZ (Unknown Region)';
	// The one country name with a comma, so every export has a quoted field to trip naive splitting.
	if (random.chance(0.005)) return 'KR (Korea, Republic of)';
	if (random.chance(0.03)) return random.weighted(COUNTRIES);
	return viewer.country;
}

// ---------------------------------------------------------------- watching

export const DAY = 86_400_000;

/** Where a person picks a series up, how many episodes, and whether the last one is left unfinished. */
export interface WatchPlan {
	profile: string;
	show: ShowSpec;
	/** 0-based [season, episode] of the first episode watched. */
	from: [number, number];
	/** Number of episodes, in order, across seasons. */
	episodes: number;
	/** Epoch ms of the first session. */
	start: number;
	devices: string[];
	country: string;
	/** When set, the last episode stops at this position (seconds) instead of being finished. */
	stopAtSeconds?: number;
	/** Days between binge evenings (min, max); default [1, 3]. */
	gapDays?: [number, number];
	/** Most episodes per evening; default 4. */
	perEvening?: number;
	hidden?: boolean;
}

/**
 * Rows for watching a series episode by episode: evenings of 1..perEvening episodes joined by autoplay,
 * an occasional false start under 10 s, an occasional episode split over two evenings.
 */
export function watchSeries(random: Random, plan: WatchPlan, budget = Number.POSITIVE_INFINITY): ViewingRow[] {
	const rows: ViewingRow[] = [];
	const order: Array<[number, number]> = [];
	for (let s = plan.from[0], e = plan.from[1]; order.length < plan.episodes && s < plan.show.seasons.length; ) {
		if (e < plan.show.seasons[s]!.length) order.push([s, e++]);
		else {
			s++;
			e = 0;
		}
	}
	const gap = plan.gapDays ?? [1, 3];
	const perEvening = plan.perEvening ?? 4;
	let device = random.pick(plan.devices);
	let clock = plan.start;
	let leftTonight = random.int(1, perEvening);
	let chained = false;
	const emit = (row: ViewingRow) => {
		if (rows.length < budget) rows.push(row);
	};
	for (let i = 0; i < order.length && rows.length < budget; i++) {
		const [s, e] = order[i]!;
		const title = episodeTitle(plan.show, s, e);
		const runtime = episodeRuntime(plan.show, s, e);
		const last = i === order.length - 1;
		const base = {profile: plan.profile, title, supplementalType: '', device, country: plan.country, hidden: plan.hidden ?? false};
		if (!chained && random.chance(0.14)) {
			const d = random.int(1, 9);
			emit({...base, start: clock, durationSeconds: d, bookmarkSeconds: d, attributes: ''});
			clock += random.int(20, 600) * 1000;
		}
		let position = 0;
		if (random.chance(0.18) && !(last && plan.stopAtSeconds !== undefined)) {
			// Stopped partway, resumed the next evening.
			const watched = random.int(Math.floor(runtime * 0.15), Math.floor(runtime * 0.8));
			emit({...base, start: clock, durationSeconds: watched + random.int(0, 40), bookmarkSeconds: watched, attributes: chained ? random.weighted(AUTOPLAY) : ''});
			position = watched;
			clock = nextEvening(random, clock, gap);
			device = random.chance(0.8) ? device : random.pick(plan.devices);
			chained = false;
			leftTonight = random.int(1, perEvening);
		}
		const end = last && plan.stopAtSeconds !== undefined ? plan.stopAtSeconds : runtime - random.int(0, Math.min(90, runtime >> 4));
		const duration = Math.max(1, end - position + random.int(0, 30));
		emit({...base, device, start: clock, durationSeconds: duration, bookmarkSeconds: end, attributes: chained ? random.weighted(AUTOPLAY) : ''});
		clock += (duration + random.int(5, 25)) * 1000;
		chained = true;
		if (--leftTonight <= 0) {
			clock = nextEvening(random, clock, gap);
			chained = false;
			leftTonight = random.int(1, perEvening);
			if (random.chance(0.2)) device = random.pick(plan.devices);
		}
	}
	return rows;
}

export function nextEvening(random: Random, clock: number, gap: [number, number]): number {
	const day = Math.floor(clock / DAY) + random.int(gap[0], gap[1]);
	return day * DAY + random.int(17 * 3600, 23 * 3600 + 1800) * 1000;
}

/** Rows for one viewing of a movie: usually one sitting, sometimes two, sometimes left midway. */
export function watchMovie(random: Random, viewer: Viewer, movie: MovieSpec, start: number, budget: number): ViewingRow[] {
	const device = random.pick(viewer.devices);
	const base = {profile: viewer.name, title: movie.title, supplementalType: '', device, country: rowCountry(random, viewer), hidden: random.chance(0.01)};
	const attributes = movie.branched ? 'Has branched playback; ' : '';
	const rows: ViewingRow[] = [];
	const end = movie.runtimeSeconds - random.int(0, 240);
	if (random.chance(0.25) && budget > 1) {
		const half = random.int(Math.floor(end * 0.2), Math.floor(end * 0.7));
		rows.push({...base, attributes, start, durationSeconds: half + random.int(0, 60), bookmarkSeconds: half});
		if (random.chance(0.6)) {
			rows.push({...base, attributes, start: nextEvening(random, start, [0, 4]), durationSeconds: end - half + random.int(0, 60), bookmarkSeconds: end});
		}
		return rows;
	}
	rows.push({...base, attributes, start, durationSeconds: end + random.int(0, 120), bookmarkSeconds: end});
	return rows;
}

// ---------------------------------------------------------------- the viewing history

export interface Catalog {
	shows: ShowSpec[];
	/** Episodes of each show that will be watched. */
	watched: number[];
	movies: MovieSpec[];
}

export function defaultProfiles(rows: number): string[] {
	const all = ['Alex', 'Sam', 'Begüm:)', 'Mom & Dad', 'Kids', 'À voir ensemble'];
	return all.slice(0, rows >= 10_000 ? 6 : rows >= 500 ? 3 : 2);
}

export function makeCatalog(random: Random, names: NameMaker, rows: number): Catalog {
	// Measured on real exports: about 1 distinct show or movie per 80 rows, 1 distinct episode per 6 rows.
	const titles = Math.max(2, Math.round(rows / 80));
	const movieCount = Math.max(1, Math.round(titles * 0.3));
	const showCount = Math.max(1, titles - movieCount);
	const episodeTarget = Math.max(showCount, Math.round(rows / 6));
	const weights = Array.from({length: showCount}, () => 0.3 + random.next() * 1.7);
	const sum = weights.reduce((a, b) => a + b, 0);
	const watched = weights.map(w => Math.max(1, Math.round((w / sum) * episodeTarget)));
	const shows = watched.map(k => makeShow(random, names, k));
	const movies = Array.from({length: movieCount}, () => makeMovie(random, names));
	return {shows, watched, movies};
}

export function generateViewing(
	random: Random,
	options: Required<Pick<GenerateOptions, 'rows'>> & {viewers: Viewer[]; from: number; to: number; catalog: Catalog; names: NameMaker},
): ViewingRow[] {
	const {rows, viewers, from, to, catalog} = options;
	const extras = Math.round(rows * 0.16);
	const duplicates = rows >= 200 ? Math.round(rows * 0.002) : 0;
	const real = rows - extras - duplicates;
	const movieRows = Math.round(real * 0.12);
	const showRows = real - movieRows;
	const out: ViewingRow[] = [];
	// Some profiles watch much more than others.
	const profileWeights = viewers.map((v, i) => [v, i === 0 ? 4 : 0.5 + random.next() * 2] as const);
	const span = to - from;

	const totalWatched = catalog.watched.reduce((a, b) => a + b, 0);
	let showBudgetLeft = showRows;
	catalog.shows.forEach((show, index) => {
		const k = catalog.watched[index]!;
		let budget = index === catalog.shows.length - 1 ? showBudgetLeft : Math.round((showRows * k) / totalWatched);
		budget = Math.min(budget, showBudgetLeft);
		showBudgetLeft -= budget;
		const primary = random.weighted(profileWeights);
		let start = from + random.next() * span * 0.85;
		let firstPass = true;
		for (let passes = 0; budget > 0 && passes < 500; passes++) {
			const viewer = firstPass || random.chance(0.35) ? primary : random.weighted(profileWeights);
			// The first pass runs through the watched episodes; later ones are other profiles and rewatches.
			const begin = firstPass ? 0 : random.chance(0.6) ? 0 : random.int(0, k - 1);
			const count = firstPass ? k : random.int(1, k - begin);
			const [s, e] = flatIndex(show, begin);
			const abandon = random.chance(firstPass ? 0.35 : 0.5);
			const endIndex = begin + count - 1;
			const [ls, le] = flatIndex(show, endIndex);
			const rowsOut = watchSeries(
				random,
				{
					profile: viewer.name,
					show,
					from: [s, e],
					episodes: count,
					start,
					devices: viewer.devices,
					country: rowCountry(random, viewer),
					stopAtSeconds: abandon ? random.int(60, Math.floor(episodeRuntime(show, ls, le) * 0.85)) : undefined,
					gapDays: random.chance(0.8) ? [1, 3] : [2, 14],
					hidden: random.chance(0.015),
				},
				budget,
			);
			for (const row of rowsOut) {
				if (row.start >= to) break;
				out.push(row);
				budget--;
			}
			firstPass = false;
			start = Math.min(from + random.next() * span, to - DAY * 30);
			if (start < from) start = from + random.next() * span;
		}
		// Whatever the passes could not place goes to the movies.
		showBudgetLeft += budget;
	});

	let movieBudget = movieRows + showBudgetLeft;
	const guardLimit = movieBudget * 10 + 10;
	for (let guard = 0; movieBudget > 0 && guard < guardLimit; guard++) {
		const movie = catalog.movies[guard % catalog.movies.length]!;
		const viewer = random.weighted(profileWeights);
		for (const row of watchMovie(random, viewer, movie, from + random.next() * (span - DAY * 5), movieBudget)) {
			if (movieBudget <= 0) break;
			out.push(row);
			movieBudget--;
		}
	}

	// Extras: hooks and trailers while browsing; some carry the exact title of an episode or movie.
	const promoNames = Array.from({length: Math.max(3, Math.round(extras / 20))}, () => options.names.make('en'));
	for (let i = 0; i < extras; i++) {
		const viewer = random.weighted(profileWeights);
		const near = out.length > 0 && random.chance(0.7) ? out[random.int(0, out.length - 1)]!.start - random.int(5, 900) * 1000 : from + random.next() * span;
		const start = Math.max(from, near);
		let title: string;
		let type = random.weighted(EXTRA_TYPES);
		// A show only promoted, a movie of the catalog or a show of it (the same draws as before movies were told apart).
		const named = random.chance(0.5) ? 'promo' : random.chance(0.5) ? 'movie' : 'show';
		const movie = named === 'movie';
		const name = named === 'promo' ? random.pick(promoNames) : movie ? random.pick(catalog.movies).title : random.pick(catalog.shows).name;
		const shape = random.next();
		if (random.chance(0.03)) {
			// A few hooks come without a type, recognisable only by their title.
			type = '';
			// A hook is a season's (`X: Season 1_hook_primary_16x9`): a movie's extras are its trailer and clips.
			title = random.pick(movie ? [`Trailer: ${name}`, `Plot Clip: ${name}`] : [`${name}: Season 1_hook_primary_16x9`, `Trailer: ${name}`, `Plot Clip: ${name}`]);
		} else if (shape < 0.3 && catalog.shows.length > 0) {
			const show = random.pick(catalog.shows);
			title = episodeTitle(show, 0, random.int(0, show.seasons[0]!.length - 1));
		} else if (shape < 0.6) {
			// A season's trailer; a movie's is called as the movie (a movie has no seasons).
			const season = random.int(1, 3);
			title = movie ? name : `${name}: Season ${season}`;
		} else title = name;
		const duration = random.chance(0.68) ? random.int(1, 9) : random.int(10, 150);
		out.push({
			profile: viewer.name,
			start,
			durationSeconds: duration,
			bookmarkSeconds: duration,
			title,
			supplementalType: type,
			attributes: random.chance(0.3) ? 'Autoplayed: user action: None; ' : '',
			device: random.pick(viewer.devices),
			country: rowCountry(random, viewer),
			hidden: false,
		});
	}

	// Near-duplicates: same profile, start and title; the duration differs by a second.
	const realCount = out.length;
	for (let i = 0; i < duplicates; i++) {
		const row = out[random.int(0, realCount - 1)]!;
		out.push({...row, durationSeconds: row.durationSeconds + (row.durationSeconds > 1 && random.chance(0.5) ? -1 : 1)});
	}
	return out;
}

export function flatIndex(show: ShowSpec, index: number): [number, number] {
	let i = index;
	for (let s = 0; s < show.seasons.length; s++) {
		const n = show.seasons[s]!.length;
		if (i < n) return [s, i];
		i -= n;
	}
	const s = show.seasons.length - 1;
	return [s, show.seasons[s]!.length - 1];
}
