/**
 * The title catalog's first pass: every title parsed alone, as the titles come in, with what those
 * parses teach about the shows of the export (shows named by placed episodes, and which of them number
 * their episodes). The catalog (title-catalog.ts) then resolves named seasons from sibling titles.
 */
import type {ParsedTitle} from './types.js';
import {isExtraTitle} from './extras.js';
import {parseSegments} from './parse-title.js';
import {matchSeasonLabel} from './title-labels.js';
import {UNTITLED_SHOW} from './title-shapes.js';
import {segmentsKey, splitTitle, type TitleSegment} from './title-segments.js';
import {TitleNumberer} from './title-keys.js';
import {quickTitle, type QuickTitle} from './title-quick.js';

/** How many of a title's segments its parsed show spans (0 for a movie). */
function showLength(parsed: ParsedTitle, segments: readonly TitleSegment[]): number {
	// A title of separators only (`: `) splits into no segments, and an untitled show names none of them.
	const first = segments[0];
	if (parsed.kind !== 'episode' || first === undefined || parsed.show === UNTITLED_SHOW) {
		return 0;
	}

	const showEnd = first.start + parsed.show.length;
	let count = 0;
	while (count < segments.length && segments[count]!.end <= showEnd) {
		count++;
	}

	return count;
}

/**
 * Whether an episode's show can vouch for other titles: one-segment shows always, longer ones only behind a
 * strong label (Season, Temporada…). `Show: Named Season: Part 2: …` would otherwise teach a wrong show.
 */
function teachesShow(parsed: ParsedTitle, length: number): boolean {
	if (length === 0 || !parsed.placed) {
		return false;
	}

	return length === 1 || (parsed.seasonLabel !== null && matchSeasonLabel(parsed.seasonLabel)?.strength === 'strong');
}

/**
 * Every title parsed alone, with what those parses teach about the shows of the export. The thread that
 * reads the rows makes it (the explorer's worker, see viewing-worker.ts); the catalog then resolves named
 * seasons from it (`catalogOf`).
 */
export interface FirstPass {
	/** Parse of each title, in the order given. */
	parsed: ParsedTitle[];
	/** Per title, 1 when it names an extra (isExtraTitle). */
	extra: Uint8Array;
	/** Shows named by placed episodes (segment keys), and their first segments. */
	knownShows: Set<string>;
	knownFirstSegments: Set<string>;
	/** Known shows (segment keys) one of whose titles carries an episode number. */
	numberedShows: Set<string>;
	/** Show and episode numbers of each title by this parse (title-model.ts renumbers the ones read again). */
	numberer: TitleNumberer;
}

/** Bits of FirstPassBuilder's `taught`. */
const TAUGHT = 1;
const NUMBERED = 2;

/**
 * The catalog's first pass, made while the titles come in: the reader hands over the new distinct titles
 * every few thousand rows, and a second thread parses them as the first reads on.
 */
export class FirstPassBuilder {
	private readonly parsed: ParsedTitle[] = [];
	private extra = new Uint8Array(1024);
	private readonly knownShows = new Set<string>();
	// Only titles whose first segment starts a known show can be helped by it.
	private readonly knownFirstSegments = new Set<string>();
	private readonly numberedShows = new Set<string>();
	/** Per series name (TitleNumberer's number of it): TAUGHT once it taught its show, NUMBERED once with an episode number. */
	private taught = new Uint8Array(1024);
	private readonly numberer = new TitleNumberer();

	/** `quick: false` sends every title to the full parser, none to quickTitle (its test compares the two). */
	constructor(private readonly options: {quick: boolean} = {quick: true}) {}

	/** Parses titles not given before (distinct, in the reader's order). */
	add(titles: readonly string[]): this {
		if (this.parsed.length + titles.length > this.extra.length) {
			const extra = new Uint8Array(Math.max(this.extra.length * 2, this.parsed.length + titles.length));
			extra.set(this.extra);
			this.extra = extra;
		}

		for (const raw of titles) {
			const quick = this.options.quick ? quickTitle(raw) : null;
			if (quick !== null) {
				this.addQuick(quick);
				continue;
			}

			// Segments are not kept: holding 45,000 arrays of them alive made garbage collection the slowest step.
			const segments = splitTitle(raw);
			const result = parseSegments(raw, segments);
			const extra = isExtraTitle(raw, segments);
			this.extra[this.parsed.length] = extra ? 1 : 0;
			const name = this.numberer.number(this.parsed.length, result);
			this.parsed.push(result);
			// An extra known by its title teaches no show (title-catalog.ts says why for sibling groups too).
			if (!extra && this.mayTeach(name, result)) {
				const length = showLength(result, segments);
				if (teachesShow(result, length)) {
					this.learn(name, result, segmentsKey(segments, length), segments[0]!.text);
				}
			}
		}

		return this;
	}

	/** A title quickTitle read: a movie, or an episode whose show is its first one or two segments. */
	private addQuick({parsed, extra, teaches, first}: QuickTitle): void {
		const index = this.parsed.length;
		this.extra[index] = extra ? 1 : 0;
		const name = this.numberer.number(index, parsed);
		this.parsed.push(parsed);
		if (teaches !== null && !extra && this.mayTeach(name, parsed)) this.learn(name, parsed, teaches, first);
	}

	/**
	 * Whether a series parse may teach what its show name has not taught yet. A name's key and first
	 * segment are the same in every title that has it, so a name that taught once only adds to
	 * numberedShows, once. At 250k rows, 55k titles name 16k shows: most titles skip the three sets.
	 */
	private mayTeach(name: number, result: ParsedTitle): boolean {
		if (name === -1) return false;
		const taught = this.taught[name] ?? 0;
		return (taught & TAUGHT) === 0 || (result.episodeNumber !== null && (taught & NUMBERED) === 0);
	}

	/** A show a placed episode names: `key` its segments key, `firstSegment` its first segment. */
	private learn(name: number, result: ParsedTitle, key: string, firstSegment: string): void {
		this.knownShows.add(key);
		this.knownFirstSegments.add(firstSegment);
		if (name >= this.taught.length) {
			const taught = new Uint8Array(Math.max(name + 1, this.taught.length * 2));
			taught.set(this.taught);
			this.taught = taught;
		}
		this.taught[name]! |= TAUGHT;
		if (result.episodeNumber !== null) {
			this.numberedShows.add(key);
			this.taught[name]! |= NUMBERED;
		}
	}

	/** How many titles were parsed. */
	get size(): number {
		return this.parsed.length;
	}

	result(): FirstPass {
		return {
			parsed: this.parsed,
			extra: this.extra.slice(0, this.parsed.length),
			knownShows: this.knownShows,
			knownFirstSegments: this.knownFirstSegments,
			numberedShows: this.numberedShows,
			numberer: this.numberer,
		};
	}
}

/** Parses each title alone (the catalog's first pass). Titles must be distinct. */
export function firstPass(titles: readonly string[]): FirstPass {
	return new FirstPassBuilder().add(titles).result();
}
