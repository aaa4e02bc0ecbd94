import {firstPass} from '../model/title-first-pass.js';
import {titleModelOf, type TitleFields, type TitleModel} from '../model/title-model.js';
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

/**
 * Each title's final parse, field by field. Its texts are cut from the title itself, so they cross as
 * places in it (TextPlaces) rather than as 165k strings: copying those strings took ≈70 ms at 250k rows,
 * half on each side, while this thread waited for them.
 */
interface ParseColumns {
	/** Per title: 1 episode, 0 movie; 1 placed. */
	episode: Uint8Array;
	placed: Uint8Array;
	/** NaN for none. */
	seasonNumber: Float64Array;
	episodeNumber: Float64Array;
	show: TextPlaces;
	seasonLabel: TextPlaces;
	episodeTitle: TextPlaces;
}

/** A text field of each title's parse, as where it stands in the title. */
interface TextPlaces {
	/** Where the text starts in its title; NONE for null, ELSEWHERE for a text not found in its title. */
	start: Int32Array;
	length: Int32Array;
	/** The texts not found in their title, by title id (an untitled show's name). */
	elsewhere: Map<number, string>;
}

const NONE = -1;
const ELSEWHERE = -2;

/** The model as columns; with `withParses` false only its kinds and numbers (all a count needs). */
export function encodeTitleModel(model: TitleModel, titles: readonly string[], withParses: boolean): TitleModelColumns {
	return {
		parses: withParses ? encodeParses(model.parses, titles) : null,
		kinds: model.kinds,
		showNumber: model.numbers.show,
		episodeId: model.numbers.episode,
		shows: model.numbers.shows,
		episodes: model.numbers.episodes,
		unplaced: [...model.unplaced],
	};
}

function encodeParses(parses: readonly ParsedTitle[], titles: readonly string[]): ParseColumns {
	const n = parses.length;
	const c: ParseColumns = {
		episode: new Uint8Array(n),
		placed: new Uint8Array(n),
		seasonNumber: new Float64Array(n),
		episodeNumber: new Float64Array(n),
		show: textPlaces(n),
		seasonLabel: textPlaces(n),
		episodeTitle: textPlaces(n),
	};
	for (let i = 0; i < n; i++) {
		const p = parses[i]!;
		const title = titles[i]!;
		c.episode[i] = p.kind === 'episode' ? 1 : 0;
		c.placed[i] = p.placed ? 1 : 0;
		c.seasonNumber[i] = p.seasonNumber ?? Number.NaN;
		c.episodeNumber[i] = p.episodeNumber ?? Number.NaN;
		place(c.show, i, title, p.show);
		place(c.seasonLabel, i, title, p.seasonLabel);
		place(c.episodeTitle, i, title, p.episodeTitle);
	}
	return c;
}

function textPlaces(n: number): TextPlaces {
	return {start: new Int32Array(n), length: new Int32Array(n), elsewhere: new Map()};
}

/** Records where `text` stands in `title` (the first place it does: the same text, cut from there). */
function place(places: TextPlaces, i: number, title: string, text: string | null): void {
	const at = text === null ? NONE : text === title ? 0 : title.indexOf(text);
	places.start[i] = at === -1 && text !== null ? ELSEWHERE : at;
	places.length[i] = text === null ? 0 : text.length;
	if (at === -1 && text !== null) places.elsewhere.set(i, text);
}

/** The typed arrays to transfer (not copy) with a message. */
export function titleModelBuffers(c: TitleModelColumns): ArrayBuffer[] {
	const p = c.parses;
	const parses = p ? [p.episode, p.placed, p.seasonNumber, p.episodeNumber, ...[p.show, p.seasonLabel, p.episodeTitle].flatMap(t => [t.start, t.length])] : [];
	return [...parses, c.kinds, c.showNumber, c.episodeId].map(a => a.buffer as ArrayBuffer);
}

/**
 * The model back from its columns; `titles` are the titles it was made of. Parses are made on first
 * use: from the columns, or when they were not sent, by parsing the titles again here.
 */
export function decodeTitleModel(c: TitleModelColumns, titles: readonly string[]): TitleModel {
	let parses: readonly ParsedTitle[] | undefined;
	const fields = c.parses ? fieldsOf(c.parses, titles) : undefined;
	return {
		size: titles.length,
		get parses() {
			return (parses ??= fields ? decodeParses(c.parses!, fields, titles) : titleModelOf(titles, firstPass(titles)).parses);
		},
		kinds: c.kinds,
		numbers: {show: c.showNumber, episode: c.episodeId, shows: c.shows, episodes: c.episodes},
		unplaced: c.unplaced,
		...(fields ? {fields} : {}),
	};
}

/** The parses' fields, each text cut from its title when asked for. */
function fieldsOf(c: ParseColumns, titles: readonly string[]): TitleFields {
	return {
		show: t => textAt(c.show, t, titles)!,
		seasonLabel: t => textAt(c.seasonLabel, t, titles),
		seasonNumber: t => numberOrNull(c.seasonNumber[t]!),
		episodeNumber: t => numberOrNull(c.episodeNumber[t]!),
		episodeTitle: t => textAt(c.episodeTitle, t, titles),
	};
}

function textAt(places: TextPlaces, t: number, titles: readonly string[]): string | null {
	const start = places.start[t]!;
	if (start === NONE) return null;
	if (start === ELSEWHERE) return places.elsewhere.get(t)!;
	return titles[t]!.slice(start, start + places.length[t]!);
}

function decodeParses(c: ParseColumns, fields: TitleFields, titles: readonly string[]): ParsedTitle[] {
	return titles.map(
		(raw, i): ParsedTitle => ({
			raw,
			kind: c.episode[i] === 1 ? 'episode' : 'movie',
			show: fields.show(i),
			seasonLabel: fields.seasonLabel(i),
			seasonNumber: fields.seasonNumber(i),
			episodeNumber: fields.episodeNumber(i),
			episodeTitle: fields.episodeTitle(i),
			placed: c.placed[i] === 1,
		}),
	);
}

function numberOrNull(n: number): number | null {
	return Number.isNaN(n) ? null : n;
}
