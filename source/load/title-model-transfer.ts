import {firstPass} from '../model/title-first-pass.js';
import {titleModelOf, type TitleModel} from '../model/title-model.js';
import type {ParsedTitle} from '../model/types.js';

/**
 * A title model (model/title-model.ts) in a form that crosses threads cheaply: a structured clone of
 * 55k parse objects took ≈60 ms, of these few arrays ≈10 ms; and the parse objects are only made again
 * when something asks for them (a summary never does). The titles travel with the rows.
 */
export interface TitleModelColumns {
	/** The parses, unless only the numbers were asked for. */
	parses: ParseColumns | null;
	kinds: Uint8Array;
	showNumber: Int32Array;
	episodeId: Int32Array;
	shows: number;
	episodes: number;
	unplaced: string[];
}

/** Each title's final parse, field by field. */
interface ParseColumns {
	/** Per title: 1 episode, 0 movie; 1 placed. */
	episode: Uint8Array;
	placed: Uint8Array;
	/** NaN for none. */
	seasonNumber: Float64Array;
	episodeNumber: Float64Array;
	show: string[];
	seasonLabel: Array<string | null>;
	episodeTitle: Array<string | null>;
}

/** The model as columns; with `withParses` false only its kinds and numbers (all a count needs). */
export function encodeTitleModel(model: TitleModel, withParses: boolean): TitleModelColumns {
	return {
		parses: withParses ? encodeParses(model.parses) : null,
		kinds: model.kinds,
		showNumber: model.numbers.show,
		episodeId: model.numbers.episode,
		shows: model.numbers.shows,
		episodes: model.numbers.episodes,
		unplaced: [...model.unplaced],
	};
}

function encodeParses(parses: readonly ParsedTitle[]): ParseColumns {
	const n = parses.length;
	const c: ParseColumns = {
		episode: new Uint8Array(n),
		placed: new Uint8Array(n),
		seasonNumber: new Float64Array(n),
		episodeNumber: new Float64Array(n),
		show: new Array(n),
		seasonLabel: new Array(n),
		episodeTitle: new Array(n),
	};
	parses.forEach((p, i) => {
		c.episode[i] = p.kind === 'episode' ? 1 : 0;
		c.placed[i] = p.placed ? 1 : 0;
		c.seasonNumber[i] = p.seasonNumber ?? Number.NaN;
		c.episodeNumber[i] = p.episodeNumber ?? Number.NaN;
		c.show[i] = p.show;
		c.seasonLabel[i] = p.seasonLabel;
		c.episodeTitle[i] = p.episodeTitle;
	});
	return c;
}

/** The typed arrays to transfer (not copy) with a message. */
export function titleModelBuffers(c: TitleModelColumns): ArrayBuffer[] {
	const parses = c.parses ? [c.parses.episode, c.parses.placed, c.parses.seasonNumber, c.parses.episodeNumber] : [];
	return [...parses, c.kinds, c.showNumber, c.episodeId].map(a => a.buffer as ArrayBuffer);
}

/**
 * The model back from its columns; `titles` are the titles it was made of. Parses are made on first
 * use: from the columns, or when they were not sent, by parsing the titles again here.
 */
export function decodeTitleModel(c: TitleModelColumns, titles: readonly string[]): TitleModel {
	let parses: readonly ParsedTitle[] | undefined;
	return {
		size: titles.length,
		get parses() {
			return (parses ??= c.parses ? decodeParses(c.parses, titles) : titleModelOf(titles, firstPass(titles)).parses);
		},
		kinds: c.kinds,
		numbers: {show: c.showNumber, episode: c.episodeId, shows: c.shows, episodes: c.episodes},
		unplaced: c.unplaced,
		...(c.parses ? {fields: c.parses} : {}),
	};
}

function decodeParses(c: ParseColumns, titles: readonly string[]): ParsedTitle[] {
	return titles.map(
		(raw, i): ParsedTitle => ({
			raw,
			kind: c.episode[i] === 1 ? 'episode' : 'movie',
			show: c.show[i]!,
			seasonLabel: c.seasonLabel[i]!,
			seasonNumber: numberOrNull(c.seasonNumber[i]!),
			episodeNumber: numberOrNull(c.episodeNumber[i]!),
			episodeTitle: c.episodeTitle[i]!,
			placed: c.placed[i] === 1,
		}),
	);
}

function numberOrNull(n: number): number | null {
	return Number.isNaN(n) ? null : n;
}
