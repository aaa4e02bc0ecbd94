/** The export generator: made-up show and movie names, and titles in every style of format reference §5. */
import type {Random} from './random.js';

/** A title language/style: how the season label, separator and episode number are written. */
export type TitleStyle = 'en' | 'de' | 'es' | 'tr' | 'fr' | 'pt' | 'nl' | 'pl' | 'limited' | 'book' | 'part' | 'named';

export const NUMBER_WORDS = ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];

export const STYLES: Record<TitleStyle, {sep: string; label: (season: number) => string; episodeWord: string | null}> = {
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

export const WORDS: Record<string, {adjectives: string[]; nouns: string[]; episodes: string[]}> = {
	en: {
		adjectives: [
			'Silent',
			'Crimson',
			'Hollow',
			'Broken',
			'Golden',
			'Last',
			'Midnight',
			'Wild',
			'Hidden',
			'Bright',
			'Frozen',
			'Lost',
			'Iron',
			'Velvet',
			'Burning',
			'Quiet',
			'Northern',
			'Paper',
			'Glass',
			'Savage',
		],
		nouns: [
			'Harbor',
			'Kingdom',
			'Signal',
			'Orchard',
			'Frontier',
			'Empire',
			'Witness',
			'Tide',
			'Station',
			'Lantern',
			'Garden',
			'Verdict',
			'Compass',
			'Circuit',
			'Horizon',
			'Crown',
			'Shadow',
			'Valley',
			'Archive',
			'Island',
		],
		episodes: [
			'Pilot',
			'The Door',
			'Homecoming',
			'Old Friends',
			'The Long Night',
			'Reckoning',
			'First Light',
			'Blood Ties',
			'No Way Back',
			'The Offer',
			'Ghosts',
			'Fault Lines',
			'Endgame',
			'Crossroads',
			'The Visitor',
			'Cold Open',
			'Aftermath',
			'Loose Ends',
			'Leap of Faith',
			'Truth or Dare',
			'Run, Boy, Run',
			'Yes, Chef',
			'Suzie, Do You Copy?',
		],
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

export const STYLE_WEIGHTS: ReadonlyArray<readonly [TitleStyle, number]> = [
	['en', 40],
	['de', 8],
	['es', 8],
	['tr', 5],
	['fr', 6],
	['pt', 5],
	['nl', 3],
	['pl', 3],
	['limited', 6],
	['book', 3],
	['part', 5],
	['named', 4],
];

export const STYLE_LANGUAGE: Record<TitleStyle, string> = {
	en: 'en',
	de: 'de',
	es: 'es',
	tr: 'tr',
	fr: 'fr',
	pt: 'pt',
	nl: 'nl',
	pl: 'pl',
	limited: 'en',
	book: 'en',
	part: 'en',
	named: 'en',
};

export const PLACES = ['Berlin', 'Tokyo', 'Rio', 'Lagos', 'Oslo', 'Seoul', 'Lisbon', 'Cairo', 'Quebec', 'Lima'];

/** Unique names for made-up shows and movies; a clash gets a `: Place` tail, like `Queen Charlotte: A Bridgerton Story`. */
export class NameMaker {
	private readonly used = new Set<string>();

	constructor(private readonly random: Random) {}

	make(language: string): string {
		const words = WORDS[language] ?? WORDS['en']!;
		for (let attempt = 0; ; attempt++) {
			const adjective = this.random.pick(words.adjectives);
			const noun = this.random.pick(words.nouns);
			let name: string;
			if (language !== 'en') name = this.random.chance(0.5) ? `${adjective} ${noun}` : `${noun} ${this.random.pick(words.nouns)}`;
			else
				name = this.random.weighted<string>([
					[`The ${adjective} ${noun}`, 3],
					[`${adjective} ${noun}`, 3],
					[`${noun} of the ${this.random.pick(words.nouns)}`, 2],
				]);
			if (attempt > 4) name = `${name}: ${this.random.pick(PLACES)}${attempt > 12 ? ` ${attempt}` : ''}`;
			if (!this.used.has(name)) {
				this.used.add(name);
				return name;
			}
		}
	}
}

export function makeShow(random: Random, names: NameMaker, episodesWanted: number): ShowSpec {
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

export interface MovieSpec {
	title: string;
	runtimeSeconds: number;
	branched?: boolean;
}

export const MOVIE_TAILS = ['Part II', 'Volume 1', 'Volume 2', 'Into the Storm', 'The Beginning', 'Reloaded', 'Origins'];

export function makeMovie(random: Random, names: NameMaker): MovieSpec {
	let title = names.make(
		random.weighted<string>([
			['en', 6],
			['es', 1],
			['de', 1],
			['fr', 1],
		]),
	);
	// Movies that look like seasons: `The Hangover: Part II`, `Nymphomaniac: Volume 1`.
	if (random.chance(0.15) && !title.includes(':')) title = `${title}: ${random.pick(MOVIE_TAILS)}`;
	return {title, runtimeSeconds: random.int(80, 150) * 60};
}
