/**
 * Synthetic Netflix personal-data exports in the real shape (docs: /work/shared/netflix-export-format.md).
 *
 * `generateExport` is pure: it returns ZIP entry paths mapped to contents and is deterministic for a seed.
 * Only `writeExportZip` / `writeExportFolder` touch the disk. The sample and trap fixtures are made by
 * scripts/make-sample.ts from the same code, and the benchmark generates its 250k-row export here.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import AdmZip from 'adm-zip';

/** `2025`: numeric top folder, reordered headers, every field quoted. `legacy`: `netflix-report/`, mixed-case folders. */
export type ExportLayout = '2025' | 'legacy';

/** Options of `generateExport`. */
export interface GenerateOptions {
	/** Generated ViewingActivity rows (scripted `extraViewing` rows come on top). */
	rows: number;
	/** Same seed, same export, byte for byte. */
	seed: number;
	/** Profile names; default 6 profiles from 10,000 rows, 3 from 500, else 2. */
	profiles?: string[];
	/** Default `2025`. */
	layout?: ExportLayout;
	/** First year of history (default endYear − 3). */
	startYear?: number;
	/** Last year of history (default 2025); history runs to Dec 31 of it. */
	endYear?: number;
	/** Hand-written viewing (see `watchSeries`), merged before ordering and Latest Bookmark. */
	extraViewing?: ViewingRow[];
}

/** One ViewingActivity row before it is written; `Latest Bookmark` is derived when rendering. */
export interface ViewingRow {
	profile: string;
	/** Epoch milliseconds, UTC. */
	start: number;
	durationSeconds: number;
	bookmarkSeconds: number;
	/** Title without the legacy HIDDEN TITLE prefix. */
	title: string;
	/** Empty for real viewing. */
	supplementalType: string;
	/** Flags other than `View was hidden; ` (that one comes from `hidden`), e.g. `Autoplayed: user action: None; `. */
	attributes: string;
	device: string;
	country: string;
	hidden: boolean;
}

// ---------------------------------------------------------------- random

/** A seeded PRNG (mulberry32) with the few draws the generator needs. */
export class Random {
	private state: number;

	constructor(seed: number) {
		this.state = seed >>> 0;
	}

	/** Uniform in [0, 1). */
	next(): number {
		this.state = (this.state + 0x6d2b79f5) >>> 0;
		let t = this.state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	}

	/** Integer in [min, max], both included. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	chance(p: number): boolean {
		return this.next() < p;
	}

	pick<T>(items: readonly T[]): T {
		return items[Math.floor(this.next() * items.length)]!;
	}

	/** Pick with weights: `[[value, weight], …]`. */
	weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
		let total = 0;
		for (const [, w] of items) total += w;
		let r = this.next() * total;
		for (const [v, w] of items) {
			r -= w;
			if (r < 0) return v;
		}
		return items[items.length - 1]![0];
	}
}

// ---------------------------------------------------------------- titles (§5 of the format reference)

/** A title language/style: how the season label, separator and episode number are written. */
export type TitleStyle = 'en' | 'de' | 'es' | 'tr' | 'fr' | 'pt' | 'nl' | 'pl' | 'limited' | 'book' | 'part' | 'named';

const NUMBER_WORDS = ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];

const STYLES: Record<TitleStyle, {sep: string; label: (season: number) => string; episodeWord: string | null}> = {
	en: {sep: ': ', label: n => `Season ${n}`, episodeWord: 'Episode'},
	de: {sep: ': ', label: n => `Staffel ${n}`, episodeWord: 'Folge'},
	es: {sep: ': ', label: n => `Temporada ${n}`, episodeWord: 'Episodio'},
	tr: {sep: ': ', label: n => `${n}. Sezon`, episodeWord: 'Bölüm'},
	// French titles put a non-breaking space before the colon.
	fr: {sep: '\u00a0: ', label: n => `Saison ${n}`, episodeWord: 'Épisode'},
	pt: {sep: ': ', label: n => `${n}ª temporada`, episodeWord: 'Episódio'},
	nl: {sep: ': ', label: n => `Seizoen ${n}`, episodeWord: 'Aflevering'},
	pl: {sep: ': ', label: n => `Sezon ${n}`, episodeWord: 'Odcinek'},
	limited: {sep: ': ', label: () => 'Limited Series', episodeWord: 'Episode'},
	book: {sep: ': ', label: n => `Book ${NUMBER_WORDS[n - 1] ?? n}`, episodeWord: 'Episode'},
	// `Money Heist: Part 1: Episode 13`: the episode is just called that, so no `(Episode N)`.
	part: {sep: ': ', label: n => `Part ${n}`, episodeWord: null},
	// Named seasons (`Stranger Things: Stranger Things 3: …`) come from `seasonLabels`.
	named: {sep: ': ', label: n => `Season ${n}`, episodeWord: 'Episode'},
};

/** A series: its name as displayed, the title style, episode names per season, a typical episode runtime. */
export interface ShowSpec {
	name: string;
	style: TitleStyle;
	/** Episode names, one array per season (ignored for the `part` style, whose episodes are `Episode N`). */
	seasons: string[][];
	/** Overrides the style's season label, per season (named seasons, `Partie 1`). */
	seasonLabels?: string[];
	/** Typical episode length in minutes; each episode varies by up to ±10%. */
	runtimeMinutes: number;
}

/** The display title of one episode (season and episode are 0-based). */
export function episodeTitle(show: ShowSpec, season: number, episode: number): string {
	const style = STYLES[show.style];
	const label = show.seasonLabels?.[season] ?? style.label(season + 1);
	if (style.episodeWord === null) return `${show.name}${style.sep}${label}${style.sep}Episode ${episode + 1}`;
	const name = show.seasons[season]?.[episode] ?? `Episode ${episode + 1}`;
	return `${show.name}${style.sep}${label}${style.sep}${name} (${style.episodeWord} ${episode + 1})`;
}

/** Runtime of one episode in seconds: the show's typical length ±10%, stable for a title. */
export function episodeRuntime(show: ShowSpec, season: number, episode: number): number {
	const wobble = ((season * 7919 + episode * 104_729 + show.name.length * 31) % 21) - 10;
	return Math.round(show.runtimeMinutes * 60 * (1 + wobble / 100));
}

const WORDS: Record<string, {adjectives: string[]; nouns: string[]; episodes: string[]}> = {
	en: {
		adjectives: ['Silent', 'Crimson', 'Hollow', 'Broken', 'Golden', 'Last', 'Midnight', 'Wild', 'Hidden', 'Bright', 'Frozen', 'Lost', 'Iron', 'Velvet', 'Burning', 'Quiet', 'Northern', 'Paper', 'Glass', 'Savage'],
		nouns: ['Harbor', 'Kingdom', 'Signal', 'Orchard', 'Frontier', 'Empire', 'Witness', 'Tide', 'Station', 'Lantern', 'Garden', 'Verdict', 'Compass', 'Circuit', 'Horizon', 'Crown', 'Shadow', 'Valley', 'Archive', 'Island'],
		episodes: ['Pilot', 'The Door', 'Homecoming', 'Old Friends', 'The Long Night', 'Reckoning', 'First Light', 'Blood Ties', 'No Way Back', 'The Offer', 'Ghosts', 'Fault Lines', 'Endgame', 'Crossroads', 'The Visitor', 'Cold Open', 'Aftermath', 'Loose Ends', 'Leap of Faith', 'Truth or Dare', 'Run, Boy, Run', 'Yes, Chef', 'Suzie, Do You Copy?'],
	},
	de: {
		adjectives: ['Dunkle', 'Stille', 'Verlorene', 'Kalte', 'Neue', 'Letzte', 'Wilde', 'Goldene'],
		nouns: ['Stadt', 'Grenze', 'Spur', 'Wahrheit', 'Nacht', 'Küste', 'Mauer', 'Zeit'],
		episodes: ['Geheimnisse', 'Lügen', 'Vergangenheit', 'Geister', 'Anfang und Ende', 'Schuld', 'Der Fremde', 'Rückkehr', 'Wendepunkt', 'Abschied', 'Spuren', 'Die Wahl'],
	},
	es: {
		adjectives: ['Oscura', 'Perdida', 'Nueva', 'Última', 'Salvaje', 'Dorada', 'Fría', 'Secreta'],
		nouns: ['Ciudad', 'Frontera', 'Verdad', 'Noche', 'Costa', 'Casa', 'Familia', 'Herencia'],
		episodes: ['Bienvenidos', 'Desaparecida', 'Culpables', 'El secreto', 'La fiesta', 'Mentiras', 'El regreso', 'La verdad', 'Sin salida', 'Traición', 'Despedida', 'Todo termina'],
	},
	tr: {
		adjectives: ['Karanlık', 'Kayıp', 'Yeni', 'Son', 'Vahşi', 'Altın', 'Soğuk', 'Gizli'],
		nouns: ['Şehir', 'Sınır', 'Gerçek', 'Gece', 'Sahil', 'Ev', 'Aile', 'Miras'],
		episodes: ['Kötü Mal', 'Başlangıç', 'Yalanlar', 'Dönüş', 'Sır', 'Veda', 'Kader', 'Yüzleşme', 'İhanet', 'Son Perde'],
	},
	fr: {
		adjectives: ['Sombre', 'Perdue', 'Nouvelle', 'Dernière', 'Sauvage', 'Dorée', 'Froide', 'Secrète'],
		nouns: ['Ville', 'Frontière', 'Vérité', 'Nuit', 'Côte', 'Maison', 'Famille', 'Héritage'],
		episodes: ['Chapitre 1', 'Chapitre 2', 'Chapitre 3', 'Le retour', 'Mensonges', 'La chute', 'Le secret', 'Adieux', 'La fuite', 'Trahison', 'Le piège', 'Fin de partie'],
	},
	pt: {
		adjectives: ['Sombria', 'Perdida', 'Nova', 'Última', 'Selvagem', 'Dourada', 'Fria', 'Secreta'],
		nouns: ['Cidade', 'Fronteira', 'Verdade', 'Noite', 'Costa', 'Casa', 'Família', 'Herança'],
		episodes: ['O começo', 'Mentiras', 'O segredo', 'A volta', 'Traição', 'Sem saída', 'Despedida', 'O preço', 'A escolha', 'Fim'],
	},
	nl: {
		adjectives: ['Donkere', 'Stille', 'Verloren', 'Koude', 'Nieuwe', 'Laatste', 'Wilde', 'Gouden'],
		nouns: ['Stad', 'Grens', 'Waarheid', 'Nacht', 'Kust', 'Haven', 'Familie', 'Erfenis'],
		episodes: ['Het begin', 'Leugens', 'Het geheim', 'Terugkeer', 'Verraad', 'Afscheid', 'De keuze', 'Het einde'],
	},
	pl: {
		adjectives: ['Ciemna', 'Zagubiona', 'Nowa', 'Ostatnia', 'Dzika', 'Złota', 'Zimna', 'Tajna'],
		nouns: ['Granica', 'Prawda', 'Noc', 'Rzeka', 'Rodzina', 'Woda', 'Wieża', 'Dolina'],
		episodes: ['Początek', 'Kłamstwa', 'Tajemnica', 'Powrót', 'Zdrada', 'Pożegnanie', 'Wybór', 'Koniec'],
	},
};

const STYLE_WEIGHTS: ReadonlyArray<readonly [TitleStyle, number]> = [
	['en', 40], ['de', 8], ['es', 8], ['tr', 5], ['fr', 6], ['pt', 5], ['nl', 3], ['pl', 3],
	['limited', 6], ['book', 3], ['part', 5], ['named', 4],
];

const STYLE_LANGUAGE: Record<TitleStyle, string> = {
	en: 'en', de: 'de', es: 'es', tr: 'tr', fr: 'fr', pt: 'pt', nl: 'nl', pl: 'pl',
	limited: 'en', book: 'en', part: 'en', named: 'en',
};

const PLACES = ['Berlin', 'Tokyo', 'Rio', 'Lagos', 'Oslo', 'Seoul', 'Lisbon', 'Cairo', 'Quebec', 'Lima'];

/** Unique names for made-up shows and movies; a clash gets a `: Place` tail, like `Queen Charlotte: A Bridgerton Story`. */
class NameMaker {
	private readonly used = new Set<string>();

	constructor(private readonly random: Random) {}

	make(language: string): string {
		const words = WORDS[language] ?? WORDS['en']!;
		for (let attempt = 0; ; attempt++) {
			const adjective = this.random.pick(words.adjectives);
			const noun = this.random.pick(words.nouns);
			let name: string;
			if (language !== 'en') name = this.random.chance(0.5) ? `${adjective} ${noun}` : `${noun} ${this.random.pick(words.nouns)}`;
			else name = this.random.weighted<string>([[`The ${adjective} ${noun}`, 3], [`${adjective} ${noun}`, 3], [`${noun} of the ${this.random.pick(words.nouns)}`, 2]]);
			if (attempt > 4) name = `${name}: ${this.random.pick(PLACES)}${attempt > 12 ? ` ${attempt}` : ''}`;
			if (!this.used.has(name)) {
				this.used.add(name);
				return name;
			}
		}
	}
}

function makeShow(random: Random, names: NameMaker, episodesWanted: number): ShowSpec {
	const style = random.weighted(STYLE_WEIGHTS);
	const language = STYLE_LANGUAGE[style];
	const name = names.make(language);
	const words = WORDS[language]!;
	const seasons: string[][] = [];
	const perSeason = style === 'limited' ? Math.max(4, episodesWanted) : random.int(6, 12);
	let total = 0;
	// A few more episodes than will be watched: some shows are dropped before the end.
	const available = episodesWanted + (random.chance(0.4) ? random.int(1, 8) : 0);
	while (total < available) {
		const count = Math.min(perSeason, style === 'limited' ? perSeason : available - total + random.int(0, 3));
		const season: string[] = [];
		for (let e = 0; e < count; e++) {
			let episode = random.pick(words.episodes);
			// Episode titles with their own colon: `She's Leaving Home: Part 2`.
			if (language === 'en' && random.chance(0.06)) episode = `${episode}: Part ${random.int(1, 2)}`;
			season.push(episode);
		}
		seasons.push(season);
		total += count;
		if (style === 'limited') break;
	}
	const seasonLabels = style === 'named' ? seasons.map((_, i) => (i === 0 ? 'Season 1' : `${name} ${i + 1}`)) : undefined;
	return {name, style, seasons, seasonLabels, runtimeMinutes: random.int(20, 60)};
}

interface MovieSpec {
	title: string;
	runtimeSeconds: number;
	branched?: boolean;
}

const MOVIE_TAILS = ['Part II', 'Volume 1', 'Volume 2', 'Into the Storm', 'The Beginning', 'Reloaded', 'Origins'];

function makeMovie(random: Random, names: NameMaker): MovieSpec {
	let title = names.make(random.weighted<string>([['en', 6], ['es', 1], ['de', 1], ['fr', 1]]));
	// Movies that look like seasons: `The Hangover: Part II`, `Nymphomaniac: Volume 1`.
	if (random.chance(0.15) && !title.includes(':')) title = `${title}: ${random.pick(MOVIE_TAILS)}`;
	return {title, runtimeSeconds: random.int(80, 150) * 60};
}

// ---------------------------------------------------------------- devices, countries, attributes

const DEVICES = [
	'Chrome PC (Cadmium)', 'Samsung CE 2021 Nike-L UHD TV  Smart TV', 'Apple iPhone 13', 'Apple iPad Air 4th Gen (Wi-Fi)',
	'Android DefaultWidevineL3Phone Android Phone', 'Sony PS5', 'LG 2020 webOS TV (Ireland) Smart TV', 'Safari MAC (Cadmium)',
	'Microsoft Edge (Cadmium) Windows', 'Amazon Fire TV Stick 4K', 'Roku 4K Streaming Stick+', 'Google Chromecast with Google TV',
	'Apple TV 4K (2nd Gen)', 'Netflix Windows App - Cadmium Windows Mobile', 'Samsung Galaxy S21 Android Phone',
] as const;

const COUNTRIES: ReadonlyArray<readonly [string, number]> = [
	['US (United States)', 40], ['DE (Germany)', 10], ['KR (Korea, Republic of)', 6], ['GB (United Kingdom)', 8],
	['FR (France)', 6], ['TR (Turkey)', 5], ['ES (Spain)', 5], ['BR (Brazil)', 5], ['NL (Netherlands)', 3], ['PL (Poland)', 3],
];

const AUTOPLAY: ReadonlyArray<readonly [string, number]> = [
	['Autoplayed: user action: None; ', 70], ['Autoplayed: user action: Unspecified; ', 15],
	['Autoplayed: user action: User_Interaction; ', 10], ['Autoplayed: user action: Visibility_Timeout; ', 5],
];

const EXTRA_TYPES: ReadonlyArray<readonly [string, number]> = [
	['HOOK', 40], ['TRAILER', 28], ['TEASER_TRAILER', 8], ['RECAP', 5], ['PROMOTIONAL', 4], ['CINEMAGRAPH', 3], ['PREVIEW', 3],
	['BUMPER', 2], ['BONUS_VIDEO', 2], ['TAKE_OVER', 1], ['BIG_ROW', 1], ['DATE_ANNOUNCEMENT', 1], ['CHARACTER', 1], ['TUTORIAL', 1],
];

/** A profile's habits: its devices, home country, evening hour. */
interface Viewer {
	name: string;
	devices: string[];
	country: string;
	eveningHour: number;
}

function makeViewers(random: Random, profiles: string[]): Viewer[] {
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

function rowCountry(random: Random, viewer: Viewer): string {
	if (random.chance(0.005)) return 'ZZ (Unknown Region)';
	// The one country name with a comma, so every export has a quoted field to trip naive splitting.
	if (random.chance(0.005)) return 'KR (Korea, Republic of)';
	if (random.chance(0.03)) return random.weighted(COUNTRIES);
	return viewer.country;
}

// ---------------------------------------------------------------- watching

const DAY = 86_400_000;

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

function nextEvening(random: Random, clock: number, gap: [number, number]): number {
	const day = Math.floor(clock / DAY) + random.int(gap[0], gap[1]);
	return day * DAY + random.int(17 * 3600, 23 * 3600 + 1800) * 1000;
}

/** Rows for one viewing of a movie: usually one sitting, sometimes two, sometimes left midway. */
function watchMovie(random: Random, viewer: Viewer, movie: MovieSpec, start: number, budget: number): ViewingRow[] {
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

interface Catalog {
	shows: ShowSpec[];
	/** Episodes of each show that will be watched. */
	watched: number[];
	movies: MovieSpec[];
}

function defaultProfiles(rows: number): string[] {
	const all = ['Alex', 'Sam', 'Begüm:)', 'Mom & Dad', 'Kids', 'À voir ensemble'];
	return all.slice(0, rows >= 10_000 ? 6 : rows >= 500 ? 3 : 2);
}

function makeCatalog(random: Random, names: NameMaker, rows: number): Catalog {
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

function generateViewing(random: Random, options: Required<Pick<GenerateOptions, 'rows'>> & {viewers: Viewer[]; from: number; to: number; catalog: Catalog; names: NameMaker}): ViewingRow[] {
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
			const rowsOut = watchSeries(random, {
				profile: viewer.name, show, from: [s, e], episodes: count, start, devices: viewer.devices, country: rowCountry(random, viewer),
				stopAtSeconds: abandon ? random.int(60, Math.floor(episodeRuntime(show, ls, le) * 0.85)) : undefined,
				gapDays: random.chance(0.8) ? [1, 3] : [2, 14],
				hidden: random.chance(0.015),
			}, budget);
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
		const name = random.chance(0.5) ? random.pick(promoNames) : random.chance(0.5) ? random.pick(catalog.movies).title : random.pick(catalog.shows).name;
		const shape = random.next();
		if (random.chance(0.03)) {
			// A few hooks come without a type, recognisable only by their title.
			type = '';
			title = random.pick([`${name}: Season 1_hook_primary_16x9`, `Trailer: ${name}`, `Plot Clip: ${name}`]);
		} else if (shape < 0.3 && catalog.shows.length > 0) {
			const show = random.pick(catalog.shows);
			title = episodeTitle(show, 0, random.int(0, show.seasons[0]!.length - 1));
		} else if (shape < 0.6) title = `${name}: Season ${random.int(1, 3)}`;
		else title = name;
		const duration = random.chance(0.68) ? random.int(1, 9) : random.int(10, 150);
		out.push({profile: viewer.name, start, durationSeconds: duration, bookmarkSeconds: duration, title, supplementalType: type, attributes: random.chance(0.3) ? 'Autoplayed: user action: None; ' : '', device: random.pick(viewer.devices), country: rowCountry(random, viewer), hidden: false});
	}

	// Near-duplicates: same profile, start and title; the duration differs by a second.
	const realCount = out.length;
	for (let i = 0; i < duplicates; i++) {
		const row = out[random.int(0, realCount - 1)]!;
		out.push({...row, durationSeconds: row.durationSeconds + (row.durationSeconds > 1 && random.chance(0.5) ? -1 : 1)});
	}
	return out;
}

function flatIndex(show: ShowSpec, index: number): [number, number] {
	let i = index;
	for (let s = 0; s < show.seasons.length; s++) {
		const n = show.seasons[s]!.length;
		if (i < n) return [s, i];
		i -= n;
	}
	const s = show.seasons.length - 1;
	return [s, show.seasons[s]!.length - 1];
}

// ---------------------------------------------------------------- CSV

/** Time as `H:MM:SS`; hours are not capped at 24. */
export function formatDuration(seconds: number): string {
	const s = Math.max(0, Math.round(seconds));
	const h = Math.floor(s / 3600);
	const m = Math.floor((s % 3600) / 60);
	return `${h}:${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** `YYYY-MM-DD HH:MM:SS` in UTC, the ViewingActivity Start Time format. */
export function formatStart(ms: number): string {
	const dayIndex = Math.floor(ms / DAY);
	let date = DATE_CACHE.get(dayIndex);
	if (date === undefined) DATE_CACHE.set(dayIndex, (date = new Date(dayIndex * DAY).toISOString().slice(0, 10)));
	const s = Math.floor((ms - dayIndex * DAY) / 1000);
	const h = Math.floor(s / 3600);
	const m = Math.floor((s % 3600) / 60);
	return `${date} ${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}:${s % 60 < 10 ? '0' : ''}${s % 60}`;
}

const DATE_CACHE = new Map<number, string>();

function quoteAll(field: string): string {
	return field.includes('"') ? `"${field.replaceAll('"', '""')}"` : `"${field}"`;
}

function quoteMinimal(field: string): string {
	return /[",\r\n]/.test(field) ? quoteAll(field) : field;
}

/** One CSV table: every field quoted (2025) or only where needed (legacy). */
export function csvTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>, layout: ExportLayout, eol = '\n'): string {
	const quote = layout === '2025' ? quoteAll : quoteMinimal;
	const lines = new Array<string>(rows.length + 1);
	lines[0] = header.map(quote).join(',');
	for (let i = 0; i < rows.length; i++) lines[i + 1] = rows[i]!.map(quote).join(',');
	return lines.join(eol) + eol;
}

export const VIEWING_HEADER: Record<ExportLayout, readonly string[]> = {
	'2025': ['Duration', 'Start Time', 'Profile Name', 'Country', 'Bookmark', 'Latest Bookmark', 'Supplemental Video Type', 'Attributes', 'Device Type', 'Title'],
	legacy: ['Profile Name', 'Start Time', 'Duration', 'Attributes', 'Title', 'Supplemental Video Type', 'Device Type', 'Bookmark', 'Latest Bookmark', 'Country'],
};

function sameShape(r: ViewingRow): ViewingRow {
	return {
		profile: r.profile, start: Math.floor(r.start / 1000) * 1000, durationSeconds: r.durationSeconds, bookmarkSeconds: r.bookmarkSeconds, title: r.title,
		supplementalType: r.supplementalType, attributes: r.attributes, device: r.device, country: r.country, hidden: r.hidden,
	};
}

const HIDDEN_PREFIX = 'HIDDEN TITLE(user hid title at this time): ';

/**
 * ViewingActivity.csv text for rows in any order. Orders them the way the layout does, and gives the newest
 * session of each (profile, title) its Latest Bookmark (every row at that newest start, so near-duplicates agree).
 */
export function viewingActivityCsv(input: readonly ViewingRow[], layout: ExportLayout, profiles?: readonly string[]): string {
	// One object shape for every row keeps the sort and the loop below monomorphic (3x faster at 250k rows).
	const rows = input.map(sameShape);
	if (layout === '2025') rows.sort((a, b) => b.start - a.start || (a.profile < b.profile ? -1 : a.profile > b.profile ? 1 : 0));
	else {
		const order = new Map((profiles ?? [...new Set(rows.map(r => r.profile))]).map((p, i) => [p, i]));
		rows.sort((a, b) => (order.get(a.profile) ?? 0) - (order.get(b.profile) ?? 0) || b.start - a.start);
	}
	// Both orders put a profile's newer rows first, so the first row seen for a (profile, title) is its newest.
	const newest = new Map<string, Map<string, number>>();
	for (const row of rows) {
		let titles = newest.get(row.profile);
		if (!titles) newest.set(row.profile, (titles = new Map()));
		if (!titles.has(row.title)) titles.set(row.title, row.start);
	}
	const header = VIEWING_HEADER[layout];
	const quote = layout === '2025' ? quoteAll : quoteMinimal;
	const lines = new Array<string>(rows.length + 1);
	lines[0] = header.map(quote).join(',');
	const values = new Array<string>(header.length);
	const column = Object.fromEntries(header.map((h, i) => [h, i])) as Record<string, number>;
	for (let i = 0; i < rows.length; i++) {
		const row = rows[i]!;
		const latest = newest.get(row.profile)!.get(row.title) === row.start;
		const legacyHidden = layout === 'legacy' && row.hidden;
		const bookmark = legacyHidden ? '00:00:00' : formatDuration(row.bookmarkSeconds);
		values[column['Profile Name']!] = quote(row.profile);
		values[column['Start Time']!] = quote(formatStart(row.start));
		values[column['Duration']!] = quote(formatDuration(row.durationSeconds));
		values[column['Attributes']!] = quote(row.attributes + (row.hidden && layout === '2025' ? 'View was hidden; ' : ''));
		values[column['Title']!] = quote(legacyHidden ? HIDDEN_PREFIX + row.title : row.title);
		values[column['Supplemental Video Type']!] = quote(row.supplementalType);
		values[column['Device Type']!] = quote(row.device);
		values[column['Bookmark']!] = quote(bookmark);
		values[column['Latest Bookmark']!] = quote(latest ? bookmark : 'Not latest view');
		values[column['Country']!] = quote(row.country);
		lines[i + 1] = values.join(',');
	}
	return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------- other tables

function isoZ(ms: number): string {
	return new Date(ms).toISOString().slice(0, 19) + 'Z';
}

function day(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

function otherTables(random: Random, viewers: Viewer[], viewing: ViewingRow[], from: number, to: number, rows: number, layout: ExportLayout): Map<string, string> {
	const tables = new Map<string, string>();
	const scale = Math.max(1, Math.round(Math.log10(Math.max(10, rows))));
	const at = () => from + Math.floor(random.next() * (to - from) / 1000) * 1000;
	const real = viewing.filter(r => r.supplementalType === '');
	const someTitle = () => (real.length > 0 ? random.pick(real).title.split(/\u00a0?: /)[0]! : 'The Silent Harbor');
	const add = (path: string, header: string[], body: string[][], eol = '\n') => tables.set(path, csvTable(header, body, layout, eol));
	const owner = random.pick(['Jordan', 'Robin', 'Kim', 'Alexis', 'Sasha']);

	add('ACCOUNT/AccountDetails.csv', ['First Name', 'Last Name', 'Email Address', 'Phone Number', 'Country Of Registration', 'Country Of Signup', 'Primary Lang', 'Customer Creation Timestamp', 'Membership Status', 'Email Marketing Opt In'],
		[[owner, 'Example', `${owner.toLowerCase()}@example.com`, '+1 555 0100', viewers[0]!.country.slice(0, 2), viewers[0]!.country.slice(0, 2), 'en-US', `${formatStart(from - 200 * DAY)}.000+0000`, 'CURRENT_MEMBER', 'false']], '\r\n');
	add('ACCOUNT/SubscriptionHistory.csv', ['Subscription Opened Ts', 'Subscription Closed Ts', 'Plan Change Date', 'Plan Change Old Plan', 'Plan Change New Plan', 'Is Free Trial At Signup', 'Subscription Closed Reason'],
		[[isoZ(from - 200 * DAY), '', '', '', '', 'true', ''], [isoZ(from - 200 * DAY), '', day(from + 90 * DAY), 'Standard', 'Premium', 'false', '']]);
	add('PROFILES/Profiles.csv', ['Profile Name', 'Email Address', 'Profile Creation Time', 'Maturity Level', 'Primary Lang', 'Has Auto Playback', 'Max Stream Quality', 'Profile Lock Enabled', 'Opt Out Of Ads'],
		viewers.map((v, i) => [v.name, i === 0 ? `${owner.toLowerCase()}@example.com` : '', `${formatStart(from - (200 - i) * DAY)}.000+0000`, /kid/i.test(v.name) ? 'LITTLE_KIDS' : 'ADULTS', 'en', 'true', 'UHD', 'false', 'false']), '\r\n');

	const charges: string[][] = [];
	for (let month = 0; month < Math.min(48, Math.round((to - from) / (30 * DAY))); month++) {
		const when = from + month * 30 * DAY;
		const price = month < 12 ? '15.49' : '22.99';
		const common = [day(when), day(when), day(when + 30 * DAY), 'Premium', 'CC', '4242', price, 'USD', '0.00', price];
		charges.push([...common, 'SUBSCRIPTION', '', 'SETTLED']);
		for (const status of ['NEW', 'PENDING', 'APPROVED']) charges.push([...common, 'payment_transaction', status, 'SETTLED']);
	}
	add('PAYMENT_AND_BILLING/BillingHistory.csv', ['Transaction Date', 'Service Period Start Date', 'Service Period End Date', 'Description', 'Payment Type', 'Mop Last 4', 'Item Price Amt', 'Currency', 'Tax Amt', 'Gross Sale Amt', 'Pmt Txn Type', 'Pmt Status', 'Final Invoice Result'], charges);

	const n = (base: number) => base * scale;
	const list = <T>(count: number, f: (i: number) => T) => Array.from({length: count}, (_, i) => f(i));
	add('CONTENT_INTERACTION/Ratings.csv', ['Profile Name', 'Title Name', 'Rating Type', 'Star Value', 'Thumbs Value', 'Device Model', 'Event Utc Ts', 'Region View Date'],
		list(n(3), () => {
			const v = random.pick(viewers);
			const t = at();
			const thumbs = random.weighted<string>([['2', 5], ['1', 2], ['3', 2]]);
			return [v.name, someTitle(), 'thumb', '', thumbs, random.pick(v.devices), `${formatStart(t)}`, day(t)];
		}));
	add('CONTENT_INTERACTION/MyList.csv', ['Profile Name', 'Title Name', 'Country', 'Utc Title Add Date'], list(n(3), () => {
		const v = random.pick(viewers);
		return [v.name, someTitle(), v.country.slice(0, 2), day(at())];
	}));
	add('CONTENT_INTERACTION/SearchHistory.csv', ['Profile Name', 'Country Iso Code', 'Device', 'Is Kids', 'Query Typed', 'Displayed Name', 'Action', 'Section', 'Utc Timestamp'], list(n(4), () => {
		const v = random.pick(viewers);
		const shown = someTitle();
		return [v.name, v.country.slice(0, 2), random.pick(v.devices), /kid/i.test(v.name) ? '1' : '0', shown.slice(0, random.int(2, 6)).toLowerCase(), shown, random.pick(['play', 'typed', 'select']), 'search', `${formatStart(at())}.000+0000`];
	}));
	const recent = real.filter(r => r.start > to - 30 * DAY).slice(0, n(3));
	add('CONTENT_INTERACTION/PlaybackRelatedEvents.csv', ['Profile Name', 'Title Description', 'Device', 'Playback Start Utc Ts', 'Country', 'Playtraces'], recent.map(r => {
		const endMs = r.bookmarkSeconds * 1000;
		const beginMs = Math.max(0, endMs - r.durationSeconds * 1000);
		const traces = [
			{eventType: 'start', sessionOffsetMs: 0, mediaOffsetMs: beginMs},
			{eventType: 'playing', sessionOffsetMs: 1200, mediaOffsetMs: beginMs},
			{eventType: 'paused', sessionOffsetMs: Math.round((endMs - beginMs) / 2), mediaOffsetMs: Math.round((beginMs + endMs) / 2)},
			{eventType: 'stopped', sessionOffsetMs: r.durationSeconds * 1000, mediaOffsetMs: endMs},
		];
		return [r.profile, r.title, r.device, formatStart(r.start), r.country.slice(0, 2), JSON.stringify(traces)];
	}));

	const devices = [...new Set(viewers.flatMap(v => v.devices))];
	const esn = (d: string) => `NFANDROID2-PRV-${d.replace(/[^A-Za-z0-9]/g, '').slice(0, 8).toUpperCase()}-${(d.length * 7919).toString(16).toUpperCase()}`;
	add('DEVICES/Devices.csv', ['Profile Name', 'Esn', 'Device Type', 'Acct First Playback Date', 'Acct Last Playback Date', 'Profile First Playback Date', 'Profile Last Playback Date', 'Deactivation Time'],
		viewers.flatMap(v => v.devices.map(d => [v.name, esn(d), d, isoZ(from), isoZ(to - DAY), isoZ(from + DAY), isoZ(to - 2 * DAY), random.chance(0.2) ? isoZ(to - DAY) : ''])));
	const ip = () => `${random.pick(['203.0.113', '198.51.100'])}.${random.int(1, 254)}`;
	add('IP_ADDRESSES/IpAddressesStreaming.csv', ['Esn', 'Country', 'Localized Device Description', 'Device Description', 'Ip Address', 'Region Code Display Name', 'Ts'],
		list(n(4), () => {
			const d = random.pick(devices);
			return [esn(d), viewers[0]!.country.slice(0, 2), d, d, ip(), 'Example Region', `${formatStart(at())}.000+0000`];
		}));
	add('IP_ADDRESSES/IpAddressesLogin.csv', ['Esn', 'Country', 'Device Description', 'Ip', 'Region Code Display Name', 'Ts'],
		list(n(2), () => {
			const d = random.pick(devices);
			return [esn(d), viewers[0]!.country.slice(0, 2), d, ip(), 'Example Region', isoZ(at())];
		}));
	add('MESSAGES/MessagesSentByNetflix.csv', ['Profile Name', 'Sent Utc Ts', 'Message Name', 'Channel', 'Title Name', 'Click Cnt', 'Click Utc Ts'], list(n(3), () => {
		const v = random.pick(viewers);
		const t = at();
		const clicked = random.chance(0.3);
		return [v.name, isoZ(t), random.pick(['NEW_TITLE_ALERT', 'CONTINUE_WATCHING', 'MEMBER_BILLING']), random.pick(['EMAIL', 'PUSH', 'IN_APP']), someTitle(), clicked ? '1' : '', clicked ? isoZ(t + 3_600_000) : ''];
	}));
	add('GAMES/GamePlaySession.csv', ['Profile Name', 'Game Title', 'Platform', 'Session Start Utc Ts', 'Duration', 'Country'], list(n(1), () => {
		const v = random.pick(viewers);
		return [v.name, random.pick(['Example Puzzle Quest', 'Tiny Racer']), 'ANDROID', `${formatStart(at())}`, String(random.int(30, 3600)), v.country.slice(0, 2)];
	}));
	add('CLICKSTREAM/Clickstream.csv', ['Profile Name', 'Source', 'Navigation Level', 'Referrer Url', 'Webpage Url', 'Click Utc Ts'], list(n(3), () => {
		const v = random.pick(viewers);
		return [v.name, 'WEB', random.pick(['browseTitles', 'search', 'account']), 'https://www.netflix.com/browse', 'https://www.netflix.com/title/80000000', `${formatStart(at())}.000+0000`];
	}));
	return tables;
}

// ---------------------------------------------------------------- the export

/** Folder names as the older exports spell them (mixed case); the 2025 export uses the upper-case names. */
const LEGACY_FOLDERS: Record<string, string> = {
	ACCOUNT: 'ACCOUNT', PROFILES: 'Profiles', PAYMENT_AND_BILLING: 'Payment_And_Billing', CONTENT_INTERACTION: 'Content_Interaction',
	IP_ADDRESSES: 'IP_ADDRESSES', DEVICES: 'Devices', MESSAGES: 'MESSAGES', GAMES: 'GAMES', CLICKSTREAM: 'Clickstream', CUSTOMER_SERVICE: 'Customer_Service',
};

/** Placeholder text for an empty table, by layout (`<Name>.txt`). */
export const EMPTY_TABLE_TEXT: Record<ExportLayout, string> = {
	'2025': 'No data found',
	legacy: 'We found no information for this table.',
};

/** A few bytes that open as a PDF; the real export's cover sheets are localized and not read by netflix-tui. */
function placeholderPdf(text: string): Buffer {
	return Buffer.from(`%PDF-1.4\n% ${text} (synthetic placeholder)\n%%EOF\n`, 'latin1');
}

/**
 * A whole export as ZIP entry paths → contents. Pure and deterministic for `seed`.
 * Viewing rows are ordered as the layout orders them; other tables get a few rows each.
 */
export function generateExport(options: GenerateOptions): Map<string, string | Buffer> {
	const random = new Random(options.seed);
	const layout = options.layout ?? '2025';
	const endYear = options.endYear ?? 2025;
	const startYear = options.startYear ?? endYear - 3;
	const from = Date.UTC(startYear, 0, 1);
	const to = Date.UTC(endYear + 1, 0, 1) - 1000;
	const profiles = options.profiles ?? defaultProfiles(options.rows);
	const viewers = makeViewers(random, profiles);
	const names = new NameMaker(random);
	const catalog = makeCatalog(random, names, options.rows);
	const viewing = generateViewing(random, {rows: options.rows, viewers, from, to, catalog, names});
	const allViewing = options.extraViewing ? viewing.concat(options.extraViewing) : viewing;

	const prefix = layout === '2025' ? `${360_467_735_073_947_130n + BigInt(options.seed >>> 0)}/` : 'netflix-report/';
	const folder = (name: string) => (layout === '2025' ? name : LEGACY_FOLDERS[name] ?? name);
	const entries = new Map<string, string | Buffer>();
	entries.set(`${prefix}Cover sheet.pdf`, placeholderPdf('Cover sheet'));
	entries.set(`${prefix}Additional Information.pdf`, placeholderPdf('Additional Information'));
	entries.set(`${prefix}${folder('CONTENT_INTERACTION')}/ViewingActivity.csv`, viewingActivityCsv(allViewing, layout, profiles));
	for (const [path, text] of otherTables(random, viewers, allViewing, from, to, options.rows, layout)) {
		const [dir, file] = path.split('/') as [string, string];
		entries.set(`${prefix}${folder(dir)}/${file}`, text);
	}
	entries.set(`${prefix}${folder('CUSTOMER_SERVICE')}/CSContact.txt`, EMPTY_TABLE_TEXT[layout]);
	if (layout === 'legacy') {
		for (const empty of ['CUSTOMER_SERVICE/ChatTranscripts', 'CONTENT_INTERACTION/InteractiveTitles', 'SURVEYS/ProductCancellationSurvey', 'SOCIAL_MEDIA_CONNECTIONS/SocialMediaConnections']) {
			const [dir, file] = empty.split('/') as [string, string];
			entries.set(`${prefix}${folder(dir)}/${file}.txt`, EMPTY_TABLE_TEXT.legacy);
		}
	}
	return entries;
}

// ---------------------------------------------------------------- writing

/** Fixed entry time, so the same entries give the same ZIP bytes. */
const ZIP_TIME = new Date(Date.UTC(2025, 11, 31, 12, 0, 0));

/** The entries as a ZIP in memory (file entries only, no directory entries, like Netflix's ZIPs). */
export function exportZipBuffer(entries: Map<string, string | Buffer>): Buffer {
	const zip = new AdmZip();
	for (const [name, content] of entries) {
		zip.addFile(name, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
		zip.getEntry(name)!.header.time = ZIP_TIME;
	}
	return zip.toBuffer();
}

/** Write the entries as one ZIP file (built in memory, then a single write). */
export function writeExportZip(entries: Map<string, string | Buffer>, path: string): void {
	mkdirSync(dirname(path), {recursive: true});
	writeFileSync(path, exportZipBuffer(entries));
}

/** Write the entries as an unzipped folder, the way someone who extracted the ZIP would have it. */
export function writeExportFolder(entries: Map<string, string | Buffer>, dir: string): void {
	for (const [name, content] of entries) {
		const path = join(dir, name);
		mkdirSync(dirname(path), {recursive: true});
		writeFileSync(path, content);
	}
}
