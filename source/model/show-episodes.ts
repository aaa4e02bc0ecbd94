/**
 * A show's episodes as `stopPoints` (stopped-points.ts) reads them from the library's columns: what its
 * one pass over the viewings learned (Tally), each show's episodes put in their order only when a point
 * asks for the next one (ShowEpisodes), and a title's parse fields read from the title model's columns or
 * parses alike (titleFields).
 */
import {typicalOf} from './stopped.js';
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
	/** Per title: the position of its first real viewing, -1 none. */
	titleFirst: Int32Array;
	/**
	 * Positions (in `Library.order`) of each profile's newest real, visible viewing of each show, newest
	 * first (resumePoints walks the viewings newest first and takes the first of each profile and show).
	 */
	newest: Int32Array;
	/** Episodes by their first real viewing. */
	episodesInOrder: Int32Array;
	episodeCount: number;
}

/**
 * Each show's episodes in its order (orderSeasons in shows.ts: numbered seasons first, then named ones
 * by first viewing; episodes by number, then first viewing), put in order when a point first asks.
 */
export class ShowEpisodes {
	/** Episodes by show, each show's the slice from `from[s]` to `from[s + 1]`: by first viewing, then in order once asked. */
	private readonly byShow: Int32Array;
	private readonly from: Int32Array;
	/** Per episode, its slot in `byShow` once its show is in order. */
	private readonly slot: Int32Array;
	/** Per show: 1 once in order. */
	private readonly ordered: Uint8Array;
	/** Per show: its typical episode length; NaN not yet known, -1 none. */
	private readonly typicals: Float64Array;
	private titlesByEpisode: {from: Int32Array; titles: Int32Array} | undefined;
	/** putInOrder's work space, by slot of `byShow` and by season of the show at hand (made once, not once a show). */
	private readonly seasonRankOf: Int32Array;
	private readonly numberOf: Float64Array;
	private readonly seasonKeys: Array<number | string> = [];
	private readonly seasonNumbers: number[] = [];

	constructor(
		private readonly tally: Tally,
		private readonly numbers: TitleNumbers,
		private readonly fields: FieldReader,
	) {
		const showOfTitle = numbers.show;
		const {episodesInOrder, episodeCount, episodeTitle, showFirst} = tally;
		const shows = showFirst.length;
		this.from = new Int32Array(shows + 1);
		for (let n = 0; n < episodeCount; n++) this.from[showOfTitle[episodeTitle[episodesInOrder[n]!]!]! + 1]!++;
		for (let s = 0; s < shows; s++) this.from[s + 1]! += this.from[s]!;
		const fill = this.from.slice(0, shows);
		this.byShow = new Int32Array(episodeCount);
		for (let n = 0; n < episodeCount; n++) {
			const e = episodesInOrder[n]!;
			this.byShow[fill[showOfTitle[episodeTitle[e]!]!]!++] = e;
		}
		this.slot = new Int32Array(episodeTitle.length).fill(-1);
		this.ordered = new Uint8Array(shows);
		this.typicals = new Float64Array(shows).fill(Number.NaN);
		this.seasonRankOf = new Int32Array(episodeCount);
		this.numberOf = new Float64Array(episodeCount);
	}

	/** An episode's fields, from its first real viewing's title; its episode title from a later one when that one has none. */
	facts(e: number): EpisodeFacts {
		const {fields} = this;
		const t = this.tally.episodeTitle[e]!;
		let title = this.numbers.episode[t]! >= 0 ? fields.episodeTitle(t) : null;
		if (title === null) title = this.laterEpisodeTitle(e);
		return {seasonLabel: fields.seasonLabel(t), seasonNumber: fields.seasonNumber(t), number: fields.episodeNumber(t), title};
	}

	/** The typical episode length of series `s` (typicalOf). */
	typical(s: number): number | null {
		if (Number.isNaN(this.typicals[s]!)) {
			const lengths: number[] = [];
			for (let j = this.from[s]!; j < this.from[s + 1]!; j++) {
				const longest = this.tally.longest[this.byShow[j]!]!;
				if (longest > 0) lengths.push(longest);
			}
			this.typicals[s] = typicalOf(lengths) ?? -1;
		}
		return this.typicals[s]! >= 0 ? this.typicals[s]! : null;
	}

	/** The episode after `e` in its show's order, -1 for none. */
	after(s: number, e: number): number {
		if (this.ordered[s] === 0) this.putInOrder(s);
		const next = this.slot[e]! + 1;
		return next < this.from[s + 1]! ? this.byShow[next]! : -1;
	}

	/**
	 * EpisodeRecord's title when its first title has none: the first episode title among the episode's
	 * titles, by their first real viewing (show-grouping.ts). The titles by episode are listed once, when
	 * first needed.
	 */
	private laterEpisodeTitle(e: number): string | null {
		this.titlesByEpisode ??= titlesByEpisode(this.tally.titleFirst, this.numbers);
		const {from, titles} = this.titlesByEpisode;
		for (let j = from[e]!; j < from[e + 1]!; j++) {
			const title = this.fields.episodeTitle(titles[j]!);
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
		const {fields, byShow, seasonRankOf: rankOf, numberOf, seasonKeys, seasonNumbers} = this;
		const episodeTitle = this.tally.episodeTitle;
		const from = this.from[s]!;
		const to = this.from[s + 1]!;
		// Seasons by first viewing: a numbered one by its number, a named one by its label without case.
		seasonKeys.length = 0;
		seasonNumbers.length = 0;
		let seasonsInOrder = true;
		for (let j = from; j < to; j++) {
			const t = episodeTitle[byShow[j]!]!;
			const seasonNumber = fields.seasonNumber(t);
			const key = seasonNumber !== null ? seasonNumber : (fields.seasonLabel(t) ?? '').toLowerCase();
			let season = seasonKeys.indexOf(key);
			if (season === -1) {
				season = seasonKeys.push(key) - 1;
				const number = seasonNumber ?? Number.POSITIVE_INFINITY;
				// Infinity − Infinity is NaN, not above 0: named seasons stay by first viewing.
				if (season > 0 && seasonNumbers[season - 1]! - number > 0) seasonsInOrder = false;
				seasonNumbers.push(number);
			}
			rankOf[j] = season;
			numberOf[j] = fields.episodeNumber(t) ?? Number.POSITIVE_INFINITY;
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
		for (let j = from + 1; j < to && sorted; j++) sorted = before(j - 1, j) < 0;
		if (!sorted) {
			const slots: number[] = [];
			for (let j = from; j < to; j++) slots.push(j);
			const episodes = slots.sort(before).map(j => byShow[j]!);
			byShow.set(episodes, from);
		}
		for (let j = from; j < to; j++) this.slot[byShow[j]!] = j;
		this.ordered[s] = 1;
	}
}

/** The titles of each episode that have a real viewing, by their first real viewing: episode `e`'s from `from[e]` to `from[e + 1]`. */
function titlesByEpisode(titleFirst: Int32Array, numbers: TitleNumbers): {from: Int32Array; titles: Int32Array} {
	const episodeOf = (t: number) => (numbers.episode[t]! >= 0 ? numbers.episode[t]! : numbers.episodes + numbers.show[t]!);
	const from = new Int32Array(numbers.episodes + numbers.shows + 1);
	for (let t = 0; t < titleFirst.length; t++) if (titleFirst[t]! >= 0) from[episodeOf(t) + 1]!++;
	for (let e = 0; e + 1 < from.length; e++) from[e + 1]! += from[e]!;
	const fill = from.slice();
	const titles = new Int32Array(from[from.length - 1]!);
	for (let t = 0; t < titleFirst.length; t++) if (titleFirst[t]! >= 0) titles[fill[episodeOf(t)]!++] = t;
	for (let e = 0; e + 1 < from.length; e++) {
		if (from[e + 1]! - from[e]! > 1) titles.subarray(from[e]!, from[e + 1]!).sort((a, b) => titleFirst[a]! - titleFirst[b]!);
	}
	return {from, titles};
}

/** The fields of a title's parse that stopPoints reads. */
export type FieldReader = TitleFields;

/** A model's parse fields: from its columns when it came as columns (no parse object is made), else from its parses. */
export function titleFields(model: TitleModel): FieldReader {
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
