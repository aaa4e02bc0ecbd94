/**
 * The keys shows and episodes are grouped by, and the small numbers given to them so that counting and
 * grouping can use arrays instead of Maps of strings.
 */
import type {ParsedTitle} from './types.js';

/** The key shows are grouped by. */
export function showKey(name: string): string {
	return isPlainName(name) ? name.toLowerCase() : showKeyByPattern(name);
}

/**
 * True when showKey's normalising would change nothing but the case: no whitespace but single spaces, a
 * colon only as `x: y`, and only characters below U+0300 (no combining mark, so the text is in NFC
 * already). Most show names are, and the movies named `Show: Season 2`; they skip the normalising and
 * the patterns (a command keys each show once, cold).
 */
function isPlainName(name: string): boolean {
	let previous = 0;
	for (let i = 0; i < name.length; i++) {
		const code = name.charCodeAt(i);
		if (code >= 0x300 || code === 0xa0 || (code >= 0x09 && code <= 0x0d) || (code === 0x20 && previous === 0x20)) {
			return false;
		}

		// `\s*:\s*` → `: ` leaves a colon alone only with no space before it and one space after.
		if (code === 0x3a && (previous === 0x20 || name.charCodeAt(i + 1) !== 0x20)) {
			return false;
		}

		previous = code;
	}

	return true;
}

/** showKey by its normalising and patterns alone, for any name (its test compares the two). */
export function showKeyByPattern(name: string): string {
	// French titles put a no-break space before the colon (`Queen Charlotte\u00a0: A …`): same show.
	return name
		.normalize('NFC')
		.replace(/\s*:\s*/gu, ': ')
		.replace(/\s+/gu, ' ')
		.toLowerCase();
}

/**
 * The key a parsed title's show is numbered by. A film is kept apart from a series of the same name
 * (`Limitless` the film beside `Limitless: Season 1: …`): a title with no season or episode marker is the
 * film, everywhere (history, Stopped, the Show screen, search). Library.shows keys a film by its plain
 * showKey() unless a series has that key too; then by this one.
 */
export function showKeyOf(parsed: Pick<ParsedTitle, 'kind' | 'show'>, keyOf: (name: string) => string = showKey): string {
	return parsed.kind === 'movie' ? keyOf(parsed.show) + FILM_KEY : keyOf(parsed.show);
}

/** Appended to a film's show key (see showKeyOf). */
export const FILM_KEY = '\u0000film';

/** Season and episode key inside the show (`s2|e3`), `movie` for movies. */
export function episodeKey(p: ParsedTitle): string {
	if (p.kind === 'movie') return 'movie';
	const season = p.seasonNumber !== null ? `s${p.seasonNumber}` : `n:${(p.seasonLabel ?? '').toLowerCase()}`;
	const episode = p.episodeNumber !== null ? `e${p.episodeNumber}` : `t:${(p.episodeTitle ?? p.raw).toLowerCase()}`;
	return `${season}|${episode}`;
}

/** Show keys by show name: ~15 titles share each show. */
export function showKeys(): (name: string) => string {
	const keys = new Map<string, string>();
	return name => {
		let key = keys.get(name);
		if (key === undefined) keys.set(name, (key = showKey(name)));
		return key;
	};
}

/**
 * Numbers shows (by key) and episodes (by show and episode key) as titles come. A number once given
 * stays; a title parsed again (title-catalog.ts resolves named seasons at the end) is numbered again,
 * which may leave a number no title has: counts are made by marking numbers, so gaps do not count.
 *
 * The same numbers as keying every title by `showKeyOf` and `${show}|${episodeKey}` strings, without
 * making those strings for the common titles: a show name seen before gives its number at once, and an
 * episode with small whole season and episode numbers is keyed by one number (at 55k titles the string
 * keys were a third of the first pass).
 */
export class TitleNumberer {
	/** Show numbers by show key (`showKeyOf`'s, a film's with FILM_KEY). */
	private readonly shows = new Map<string, number>();
	/** Series names as written, each with a number of its own (nameShow gives its key's show number). */
	private readonly seriesNames = new Map<string, number>();
	private nameShow = new Int32Array(1024);
	/** Show numbers by a film's show name as written. */
	private readonly filmNames = new Map<string, number>();
	/** Episode numbers by `${show}|${episodeKey}`, and by show and `smallEpisodeKey` where it applies. */
	private readonly episodes = new Map<string, number>();
	private readonly smallEpisodes = new EpisodeTable();
	private episodeTotal = 0;
	show = new Int32Array(1024);
	/** -1 for a title parsed as a movie. */
	episode = new Int32Array(1024);

	/**
	 * Numbers title `i` by its parse. Returns the number of a series' show name as written (0, 1, 2… as
	 * names first come; a name that differs only in case or spacing has its own), -1 for a film.
	 */
	number(i: number, parsed: ParsedTitle): number {
		if (i >= this.show.length) this.grow(i + 1);
		if (parsed.kind === 'movie') {
			let show = this.filmNames.get(parsed.show);
			if (show === undefined) this.filmNames.set(parsed.show, (show = this.showNumber(parsed)));
			this.show[i] = show;
			this.episode[i] = -1;
			return -1;
		}
		let name = this.seriesNames.get(parsed.show);
		if (name === undefined) {
			name = this.seriesNames.size;
			this.seriesNames.set(parsed.show, name);
			if (name === this.nameShow.length) this.nameShow = grown(this.nameShow, name + 1);
			this.nameShow[name] = this.showNumber(parsed);
		}
		const show = this.nameShow[name]!;
		this.show[i] = show;
		const small = smallEpisodeKey(parsed.seasonNumber, parsed.episodeNumber);
		let episode: number | undefined;
		if (small !== -1) {
			episode = this.smallEpisodes.numberOf(show, small, this.episodeTotal);
			if (episode === this.episodeTotal) this.episodeTotal++;
		} else {
			const id = `${show}|${episodeKey(parsed)}`;
			episode = this.episodes.get(id);
			if (episode === undefined) this.episodes.set(id, (episode = this.episodeTotal++));
		}
		this.episode[i] = episode;
		return name;
	}

	/** The number of a parse's show key; a new one for a key not seen. */
	private showNumber(parsed: ParsedTitle): number {
		const key = showKeyOf(parsed);
		let show = this.shows.get(key);
		if (show === undefined) this.shows.set(key, (show = this.shows.size));
		return show;
	}

	/** How many show and episode numbers were given. */
	get showCount(): number {
		return this.shows.size;
	}

	get episodeCount(): number {
		return this.episodeTotal;
	}

	private grow(size: number): void {
		this.show = grown(this.show, size);
		this.episode = grown(this.episode, size);
	}
}

/** A copy of `array` at least `size` long (and at least twice as long), its values first. */
function grown(array: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
	const bigger = new Int32Array(Math.max(size, array.length * 2));
	bigger.set(array);
	return bigger;
}

/**
 * One whole number for `s${season}|e${episode}` inside a show when both numbers are whole and small (as
 * nearly every episode's are: 0–1023 and 0–65,535), else -1 (then the string key is used). Two such pairs
 * never share a number, and the number is below 2^26.
 */
export function smallEpisodeKey(season: number | null, episode: number | null): number {
	if (season === null || episode === null || !(season >= 0 && season < 1024 && episode >= 0 && episode < 65_536)) return -1;
	if (season !== Math.floor(season) || episode !== Math.floor(episode)) return -1;
	return season * 65_536 + episode;
}

/**
 * Episode numbers by (show number, smallEpisodeKey), in typed arrays with open addressing: at 250k rows a
 * Map keyed by one number made of both was a third of the numbering (its keys, beyond 2^31, were heap
 * numbers, each an allocation and a hash). No library offers a map of two small integers without
 * allocating per entry; this is the usual linear probing, grown at half full.
 */
export class EpisodeTable {
	private shows = new Int32Array(1024);
	private keys = new Int32Array(1024);
	/** The episode number, -1 for an empty slot. */
	private values = new Int32Array(1024).fill(-1);
	private size = 0;

	/** The number of (show, key): the one given before, else `next`, which it then keeps. */
	numberOf(show: number, key: number, next: number): number {
		const mask = this.values.length - 1;
		let slot = (Math.imul(show, 0x9e_37_79_b1) ^ Math.imul(key, 0x85_eb_ca_77)) >>> 0;
		slot = (slot ^ (slot >>> 15)) & mask;
		for (;;) {
			const value = this.values[slot]!;
			if (value === -1) break;
			if (this.shows[slot] === show && this.keys[slot] === key) return value;
			slot = (slot + 1) & mask;
		}
		this.shows[slot] = show;
		this.keys[slot] = key;
		this.values[slot] = next;
		if (++this.size * 2 > this.values.length) this.grow();
		return next;
	}

	private grow(): void {
		const {shows, keys, values} = this;
		this.shows = new Int32Array(values.length * 2);
		this.keys = new Int32Array(values.length * 2);
		this.values = new Int32Array(values.length * 2).fill(-1);
		this.size = 0;
		for (let slot = 0; slot < values.length; slot++) {
			if (values[slot] !== -1) this.numberOf(shows[slot]!, keys[slot]!, values[slot]!);
		}
	}
}
