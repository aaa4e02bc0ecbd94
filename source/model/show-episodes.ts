/**
 * A show's episodes as `stopPoints` (stopped-points.ts) reads them from the library's columns: what its
 * one pass over the viewings learned (Tally), each show's episodes put in their order only when a point
 * asks for the next one (ShowEpisodes), and a title's parse fields read from the title model's columns or
 * parses alike (titleFields).
 */
import type {TitleFields, TitleModel, TitleNumbers} from './title-model.js';

/** An episode as a stopped point names it (the fields of Episode it needs). */
export interface EpisodeFacts {
	seasonLabel: string | null;
	seasonNumber: number | null;
	number: number | null;
	title: string | null;
}

/** What one pass over the viewings learns, by show and episode number (a movie's pseudo-episode after the real ones). */
export interface Tally {
	/** Per show: its first row's position (an extra's too; the shows are ordered by it), -1 none. */
	showFirst: Int32Array;
	/** Per show: its first row's title (the show is named after it). */
	showTitle: Int32Array;
	series: Uint8Array;
	/** Per episode: its first real viewing's title (its fields come from it), -1 none. */
	episodeTitle: Int32Array;
	/** Per episode: the longest bookmark of a visible real viewing, -1 none. */
	longest: Int32Array;
	/** Per title: the next title of its episode by first real viewing (from the episode's `episodeTitle`), -1 none. */
	nextTitle: Int32Array;
	/**
	 * Positions (in `Library.order`) of each profile's newest real, visible viewing of each show, newest
	 * first (resumePoints walks the viewings newest first and takes the first of each profile and show).
	 */
	newest: Int32Array;
	/** Episodes by their first real viewing. */
	episodesInOrder: Int32Array;
	episodeCount: number;
	/** Per episode: its first real viewing's title's season and episode numbers, NaN for none (read as the episode is first met). */
	seasonNo: Float64Array;
	episodeNo: Float64Array;
}

/**
 * Each show's episodes in its order (orderSeasons in shows.ts: numbered seasons first, then named ones
 * by first viewing; episodes by number, then first viewing), put in order when a point first asks.
 * A command runs it once, cold, over every series (43k episodes at 250k rows): the shows seen in order
 * are checked in one walk (orderSeenInOrder), without putInOrder's work space and sort.
 */
export class ShowEpisodes {
	/** Episodes by show, each show's the slice from `from[s]` to `from[s + 1]`: by first viewing, then in order once asked. */
	private readonly byShow: Int32Array;
	private readonly from: Int32Array;
	/** Per episode, its slot in `byShow` once its show is in order. */
	private readonly slot: Int32Array;
	/** Per show: 1 once in order. */
	private readonly ordered: Uint8Array;
	/** Per show: its typical episode length, -1 none (all worked out at once: nearly every series has a point). */
	private readonly typicals: Float64Array;
	/** putInOrder's and typical's work space, by slot of `byShow` and by season of the show at hand (made once, not once a show). */
	private readonly seasonRankOf: Int32Array;
	private readonly numberOf: Float64Array;
	private readonly lengths: Int32Array;
	private readonly seasonKeys: Array<number | string> = [];
	private readonly seasonNumbers: number[] = [];
	/** Tally.seasonNo and episodeNo: putting shows in order and judging what is next read arrays, not the title model's fields. */
	private readonly seasonNo: Float64Array;
	private readonly episodeNo: Float64Array;

	constructor(
		private readonly tally: Tally,
		private readonly numbers: TitleNumbers,
		private readonly fields: TitleFields,
	) {
		const {episodesInOrder, episodeCount, episodeTitle, showFirst} = tally;
		const shows = showFirst.length;
		this.from = new Int32Array(shows + 1);
		this.byShow = new Int32Array(episodeCount);
		bySlices(episodesInOrder, episodeCount, episodeTitle, numbers.show, this.from, this.byShow);
		this.slot = new Int32Array(episodeTitle.length).fill(-1);
		this.ordered = new Uint8Array(shows);
		this.typicals = new Float64Array(shows);
		this.seasonRankOf = new Int32Array(episodeCount);
		this.numberOf = new Float64Array(episodeCount);
		this.lengths = new Int32Array(episodeCount);
		this.seasonNo = tally.seasonNo;
		this.episodeNo = tally.episodeNo;
		orderSeenInOrder(this.byShow, this.from, this.slot, this.ordered, this.seasonNo, this.episodeNo, tally.longest, this.lengths, this.typicals);
	}

	/** An episode's fields, from its first real viewing's title; its episode title from a later one when that one has none. */
	facts(e: number): EpisodeFacts {
		const {fields} = this;
		const t = this.tally.episodeTitle[e]!;
		let title = this.numbers.episode[t]! >= 0 ? fields.episodeTitle(t) : null;
		if (title === null) title = this.laterEpisodeTitle(e);
		return {seasonLabel: fields.seasonLabel(t), seasonNumber: fields.seasonNumber(t), number: fields.episodeNumber(t), title};
	}

	/** The typical episode length of series `s` (typicalOf: the median of its episodes' longest bookmarks over 0, with two or more). */
	typical(s: number): number | null {
		const typical = this.typicals[s]!;
		return typical >= 0 ? typical : null;
	}

	/** The episode after `e` in its show's order, -1 for none. */
	after(s: number, e: number): number {
		if (this.ordered[s] === 0) this.putInOrder(s);
		const next = this.slot[e]! + 1;
		return next < this.from[s + 1]! ? this.byShow[next]! : -1;
	}

	/**
	 * The episode after `e` in series `s`'s order when it is the next one to watch (isNextInOrder in
	 * stopped.ts: the next number of the same season, or the first of the next season), else -1. Read from
	 * the numbers' arrays; the season labels only when the season numbers are the same.
	 */
	nextInOrder(s: number, e: number): number {
		const f = this.after(s, e);
		if (f === -1) return -1;
		const {seasonNo, episodeNo} = this;
		const number = episodeNo[e]!;
		const following = episodeNo[f]!;
		// NaN: no number (isNextInOrder's null).
		if (Number.isNaN(number) || Number.isNaN(following)) return -1;
		const season = seasonNo[e]!;
		const followingSeason = seasonNo[f]!;
		if (season === followingSeason || (Number.isNaN(season) && Number.isNaN(followingSeason))) {
			// The same season number (or none): next only as the next number of the same label (of a
			// different label, the next season's first episode cannot be: its number is not season + 1).
			if (following !== number + 1) return -1;
			const episodeTitle = this.tally.episodeTitle;
			return (this.fields.seasonLabel(episodeTitle[e]!) ?? '') === (this.fields.seasonLabel(episodeTitle[f]!) ?? '') ? f : -1;
		}
		return !Number.isNaN(season) && followingSeason === season + 1 && following === 1 ? f : -1;
	}

	/** EpisodeRecord's title when its first title has none: the first episode title among the episode's titles, by their first real viewing (show-grouping.ts). */
	private laterEpisodeTitle(e: number): string | null {
		const next = this.tally.nextTitle;
		for (let t = this.tally.episodeTitle[e]!; t !== -1; t = next[t]!) {
			const title = this.fields.episodeTitle(t);
			if (title) return title;
		}
		return null;
	}

	/**
	 * Sorts show `s`'s slice of `byShow` into its order and notes each episode's slot. The slice is by
	 * first viewing, so an episode's place in it breaks the ties as orderSeasons' first viewings do.
	 * Nearly every show's episodes were first seen in order: they are only checked.
	 */
	private putInOrder(s: number): void {
		const {byShow, seasonRankOf: rankOf, numberOf, seasonKeys, seasonNumbers, seasonNo, episodeNo} = this;
		const fields = this.fields;
		const episodeTitle = this.tally.episodeTitle;
		const from = this.from[s]!;
		const to = this.from[s + 1]!;
		if (orderNumbered(byShow, from, to, seasonNo, episodeNo)) {
			for (let j = from; j < to; j++) this.slot[byShow[j]!] = j;
			this.ordered[s] = 1;
			return;
		}
		// Seasons by first viewing: a numbered one by its number, a named one by its label without case.
		seasonKeys.length = 0;
		seasonNumbers.length = 0;
		let seasonsInOrder = true;
		// The season of the episode before: most episodes are in the season of the one seen before them.
		let season = -1;
		for (let j = from; j < to; j++) {
			const e = byShow[j]!;
			const seasonNumber = Number.isNaN(seasonNo[e]!) ? null : seasonNo[e]!;
			const key = seasonNumber !== null ? seasonNumber : (fields.seasonLabel(episodeTitle[e]!) ?? '').toLowerCase();
			if (season === -1 || seasonKeys[season] !== key) {
				season = seasonKeys.indexOf(key);
				if (season === -1) {
					season = seasonKeys.push(key) - 1;
					const number = seasonNumber ?? Number.POSITIVE_INFINITY;
					// Infinity − Infinity is NaN, not above 0: named seasons stay by first viewing.
					if (season > 0 && seasonNumbers[season - 1]! - number > 0) seasonsInOrder = false;
					seasonNumbers.push(number);
				}
			}
			rankOf[j] = season;
			numberOf[j] = Number.isNaN(episodeNo[e]!) ? Number.POSITIVE_INFINITY : episodeNo[e]!;
		}
		if (!seasonsInOrder) {
			// Numbered seasons by number, the rest by first viewing.
			const order = seasonNumbers.map((_, i) => i).sort((a, b) => seasonNumbers[a]! - seasonNumbers[b]! || a - b);
			const rank = new Int32Array(order.length);
			for (let r = 0; r < order.length; r++) rank[order[r]!] = r;
			for (let j = from; j < to; j++) rankOf[j] = rank[rankOf[j]!]!;
		}
		// By season, then number, then first viewing (the slot); Infinity − Infinity is NaN: the next key decides.
		const before = (a: number, b: number) => rankOf[a]! - rankOf[b]! || numberOf[a]! - numberOf[b]! || a - b;
		let sorted = true;
		for (let j = from + 1; j < to; j++) {
			// before(j - 1, j) < 0, written out: the check runs for every episode of every series.
			const bySeason = rankOf[j - 1]! - rankOf[j]!;
			if (bySeason < 0) continue;
			const byNumber = numberOf[j - 1]! - numberOf[j]!;
			if (bySeason === 0 && !(byNumber > 0)) continue;
			sorted = false;
			break;
		}
		if (!sorted && !sortByKeys(byShow, from, to, rankOf, numberOf)) {
			const slots: number[] = [];
			for (let j = from; j < to; j++) slots.push(j);
			const episodes = slots.sort(before).map(j => byShow[j]!);
			byShow.set(episodes, from);
		}
		for (let j = from; j < to; j++) this.slot[byShow[j]!] = j;
		this.ordered[s] = 1;
	}
}

/**
 * Episodes by show (`from`: each show's slice of `byShow`, filled in order of first viewing). Each loop of
 * ShowEpisodes' constructor is a function of its own: a command runs them once, cold, and V8 compiles a
 * small function's loop soon, where a large one's loops ran interpreted while it compiled.
 */
function bySlices(episodesInOrder: Int32Array, count: number, episodeTitle: Int32Array, showOfTitle: Int32Array, from: Int32Array, byShow: Int32Array): void {
	const shows = from.length - 1;
	for (let n = 0; n < count; n++) from[showOfTitle[episodeTitle[episodesInOrder[n]!]!]! + 1]!++;
	for (let s = 0; s < shows; s++) from[s + 1]! += from[s]!;
	const fill = from.slice(0, shows);
	for (let n = 0; n < count; n++) {
		const e = episodesInOrder[n]!;
		byShow[fill[showOfTitle[episodeTitle[e]!]!]!++] = e;
	}
}

/**
 * Puts in order, in one walk, every show whose episodes were first seen in their order (nearly all), and
 * finds every show's typical episode length (its slice is at hand):
 * numbered seasons, never a lower one after a higher one, and within a season never a lower number
 * after a higher one (equal numbers, or none, stay by first viewing). putInOrder would find each of
 * them sorted; it does the rest (named seasons, episodes seen out of order) when asked.
 */
function orderSeenInOrder(
	byShow: Int32Array,
	from: Int32Array,
	slot: Int32Array,
	ordered: Uint8Array,
	seasonNo: Float64Array,
	episodeNo: Float64Array,
	longest: Int32Array,
	lengths: Int32Array,
	typical: Float64Array,
): void {
	for (let s = 0; s < ordered.length; s++) {
		const first = from[s]!;
		const end = from[s + 1]!;
		// The show's typical episode length (typicalOf: the median of its episodes' longest bookmarks over 0, with two or more), -1 none.
		let n = 0;
		for (let j = first; j < end; j++) {
			const length = longest[byShow[j]!]!;
			if (length > 0) lengths[n++] = length;
		}
		typical[s] = n < 2 ? -1 : median(lengths, n);
		if (first === end) continue;
		let e = byShow[first]!;
		// NaN: a named season (or none), left to putInOrder.
		let season = seasonNo[e]!;
		let number = Number.isNaN(episodeNo[e]!) ? Number.POSITIVE_INFINITY : episodeNo[e]!;
		let inOrder = !Number.isNaN(season);
		for (let j = first + 1; j < end && inOrder; j++) {
			e = byShow[j]!;
			const nextSeason = seasonNo[e]!;
			const nextNumber = Number.isNaN(episodeNo[e]!) ? Number.POSITIVE_INFINITY : episodeNo[e]!;
			// Infinity − Infinity is NaN, not above 0: two episodes without a number stay by first viewing.
			// A NaN season is below, above and equal to nothing: not in order.
			inOrder = nextSeason > season || (nextSeason === season && !(number - nextNumber > 0));
			season = nextSeason;
			number = nextNumber;
		}
		if (!inOrder) continue;
		for (let j = first; j < end; j++) slot[byShow[j]!] = j;
		ordered[s] = 1;
	}
}

/** Keys of slotKey: an episode's place in its slice, its number (NO_NUMBER for none) and its season's rank, in 21, 20 and 11 bits. */
const SLOT_KEY = 2 ** 21;
const NUMBER_KEY = 2 ** 20;
const NO_NUMBER = NUMBER_KEY - 1;

/**
 * An episode's key for sortSlice: rank·2^41 + number·2^21 + place, exact below 2^53; -1 when a value does
 * not fit (a rank that is not whole or past 2^11, a number that is not whole or not below NO_NUMBER).
 * `number` NaN or Infinity: none, sorted after every number.
 */
function slotKey(rank: number, number: number, place: number): number {
	const none = Number.isNaN(number) || number === Number.POSITIVE_INFINITY;
	const n = none ? NO_NUMBER : number;
	if (!(rank >= 0 && rank < 2048 && Number.isInteger(rank) && Number.isInteger(n) && n >= 0 && n < NUMBER_KEY)) return -1;
	if (n === NO_NUMBER && !none) return -1;
	return rank * SLOT_KEY * NUMBER_KEY + n * SLOT_KEY + place;
}

/** Puts `byShow` from `from` on in the order of `keys` (slotKey's, one for each place), sorted as a typed array: by value, no JavaScript comparator. */
function sortSlice(byShow: Int32Array, from: number, keys: Float64Array): void {
	keys.sort();
	const episodes = new Int32Array(keys.length);
	for (let k = 0; k < keys.length; k++) episodes[k] = byShow[from + (keys[k]! % SLOT_KEY)]!;
	byShow.set(episodes, from);
}

/**
 * Sorts `byShow` from `from` to `to` as putInOrder's comparator does (season rank, then number, none
 * last, then place), by slotKey. False, having done nothing, when a value does not fit (or more than 2^21 episodes).
 */
function sortByKeys(byShow: Int32Array, from: number, to: number, rankOf: Int32Array, numberOf: Float64Array): boolean {
	if (to - from > SLOT_KEY) return false;
	const keys = new Float64Array(to - from);
	for (let j = from; j < to; j++) {
		const key = slotKey(rankOf[j]!, numberOf[j]!, j - from);
		if (key === -1) return false;
		keys[j - from] = key;
	}
	sortSlice(byShow, from, keys);
	return true;
}

/**
 * putInOrder for a show whose every episode has a season number (nearly all of those seen out of order):
 * its seasons' ranks are their numbers' order (numbered seasons by number, and a season's number is its
 * key), so the keys are sortByKeys' with the season number for the rank, made without putInOrder's
 * season list. False, having done nothing, for a season without a number or a value that does not fit.
 */
function orderNumbered(byShow: Int32Array, from: number, to: number, seasonNo: Float64Array, episodeNo: Float64Array): boolean {
	if (to - from > SLOT_KEY) return false;
	const keys = new Float64Array(to - from);
	for (let j = from; j < to; j++) {
		const e = byShow[j]!;
		// NaN (no season number) is no rank.
		const key = slotKey(seasonNo[e]!, episodeNo[e]!, j - from);
		if (key === -1) return false;
		keys[j - from] = key;
	}
	sortSlice(byShow, from, keys);
	return true;
}

/**
 * The middle value (the upper one of an even count) of the first `n` of `lengths`, sorted in place:
 * typicalOf's `lengths[floor(n / 2)]` after sorting by `a - b`. A few values (nearly every series) by
 * insertion, more by the typed array's own sort (by value: the same order).
 */
export function median(lengths: Int32Array, n: number): number {
	if (n > 16) return lengths.subarray(0, n).sort()[n >> 1]!;
	for (let i = 1; i < n; i++) {
		const v = lengths[i]!;
		let j = i - 1;
		while (j >= 0 && lengths[j]! > v) {
			lengths[j + 1] = lengths[j]!;
			j--;
		}
		lengths[j + 1] = v;
	}
	return lengths[n >> 1]!;
}

/** A model's parse fields: from its columns when it came as columns (no parse object is made), else from its parses. */
export function titleFields(model: TitleModel): TitleFields {
	if (model.fields) return model.fields;
	const parses = model.parses;
	return {
		show: t => parses[t]!.show,
		seasonLabel: t => parses[t]!.seasonLabel,
		seasonNumber: t => parses[t]!.seasonNumber,
		episodeNumber: t => parses[t]!.episodeNumber,
		episodeTitle: t => parses[t]!.episodeTitle,
	};
}
