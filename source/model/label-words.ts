/**
 * The keyword lists of the Netflix title encoding (format reference §5), per title language: the words
 * for season, episode, part and volume, and the labels of limited series and unnumbered collections.
 * title-labels.ts builds its matchers from them.
 */
/** Words for "episode" in the `(Episode N)` suffix and in a bare `Episode 13` segment, across title languages. */
export const EPISODE_WORDS: readonly string[] = [
	'Episode',
	'Épisode',
	'Episódio',
	'Episodio',
	'Capítulo',
	'Capitolo',
	'Folge',
	'Aflevering',
	'Odcinek',
	'Bölüm',
	'Episodul',
	'Avsnitt',
	'Afsnit',
	'Jakso',
	'Epizód',
	'Epizoda',
	'Epizod',
	'Episod',
	'Серия',
	'Эпизод',
	'Епізод',
	'Επεισόδιο',
	'Tập',
	'Ep.',
	'Ep',
	'פרק',
	'الحلقة',
	'ตอนที่',
	'에피소드',
];

/** Season words written before the number: `Season 2`, `Staffel 2`, `Kausi 2`, `Сезон 2`, `시즌 2`. */
export const SEASON_WORDS: readonly string[] = [
	'Season',
	'Series',
	'Saison',
	'Temporada',
	'Staffel',
	'Stagione',
	'Seizoen',
	'Sezon',
	'Sezonul',
	'Sæson',
	'Säsong',
	'Sesong',
	'Kausi',
	'Sezóna',
	'Sezona',
	'Сезон',
	'Σεζόν',
	'Musim',
	'Mùa',
	'עונה',
	'الموسم',
	'ซีซั่น',
	'시즌',
	'シーズン',
];

/** Season words written after the number: `1ª temporada`, `2. Sezon`, `3. Staffel`, `1. évad`, `2e saison`. */
export const NUMBER_FIRST_SEASON_WORDS: readonly string[] = [
	'temporada',
	'Sezon',
	'Staffel',
	'Sæson',
	'Säsong',
	'Sesong',
	'saison',
	'évad',
	'sezóna',
	'série',
	'řada',
	'Season',
	'Series',
	'Stagione',
	'Seizoen',
	'Kausi',
];

/** Part words: `Money Heist: Part 1`, `Lupin: Partie 1`, `Dark: Teil 1`, `Część 1`, `Del 1`, `Osa 1`. */
export const PART_WORDS: readonly string[] = ['Part', 'Partie', 'Parte', 'Teil', 'Deel', 'Część', 'Del', 'Osa', 'Часть', 'Kısım'];

/** Volume, collection and book words: `Volume 1`, `Vol. 2`, `Collection 3`, `Book 1` / `Book One`. */
export const VOLUME_WORDS: readonly string[] = [
	'Volume',
	'Vol.',
	'Vol',
	'Volumen',
	'Volym',
	'Collection',
	'Colección',
	'Coleção',
	'Collezione',
	'Book',
	'Livre',
	'Libro',
	'Livro',
	'Buch',
	'Boek',
	'Księga',
	'Kitap',
];

/**
 * Labels of a one-season show, which count as season 1: Limited Series, Miniseries, Mini-Series, Minissérie,
 * Mini-série, Miniserie, Miniserial (Polish), Mini Dizi, Serie limitada, Série limitée, Serie limitata, Minisarja.
 */
export const LIMITED_SERIES = /^(?:limited[\s-]series|mini[\s-]?s{1,2}[eéè]ri(?:e|es|a|al|en)?|mini[\s-]?dizi|s[eé]rie\s+limit(?:ada|ée|ata)|minisarja)$/iu;

/**
 * Labels that name a season without a number: a lone `Collection` (Lego shows), `Colección`, `Coleção`,
 * `Special` / `Specials`. They count as labels (the show is placed) with no season number.
 */
export const UNNUMBERED_LABELS = /^(?:collection|colección|coleção|collezione|special|specials)$/iu;
