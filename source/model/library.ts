import {trace} from '../trace.js';
import {eventOf, tableFromRows, type ViewingRow, type ViewingTable} from '../export/viewing-table.js';
import {firstPass} from './title-first-pass.js';
import {viewingOrder, type ViewingOrder} from './viewing-order.js';
import {titleTally, type TitleTally} from './viewing-tally.js';
import {groupingSteps, OBJECTS_PER_STEP} from './show-grouping.js';
import type {Episode, Show, TitleFacts} from './shows.js';
import {episodeKey, KIND_EXTRA, KIND_NAMES, showKeys, titleModelOf, type TitleModel, type TitleNumbers} from './title-model.js';
import {FILM_KEY} from './title-keys.js';
import type {ParsedTitle, ViewingEvent} from './types.js';

export type {Episode, Season, Show, TitleFacts} from './shows.js';
export {KIND_EPISODE, KIND_EXTRA, KIND_MOVIE, showKey, showKeyOf, type TitleNumbers} from './title-model.js';

/** The model of an export: every viewing, classified, and the shows they belong to. */
export interface Library {
	/** The rows as read (columns, file order); `order` says which are viewings and in what order. */
	table: ViewingTable;
	/** Rows of `table` that are viewings (near-duplicates merged), oldest first. */
	order: Int32Array;
	/** Per row of `table`: KIND_EPISODE, KIND_MOVIE or KIND_EXTRA (made on first use: `stopped` never needs it). */
	readonly kinds: Uint8Array;
	/** Per title (as `table.titles`), its show's and episode's small numbers, for counting with arrays. */
	numbers: TitleNumbers;
	/** Every viewing (extras and hidden ones too), oldest first, as objects: made on first use. */
	readonly viewings: ViewingEvent[];
	/** The viewing at position `k` of `order` as an object (made once, on first use). */
	event(k: number): ViewingEvent;
	/** Profile names, most viewings first. */
	profiles: string[];
	/** Shows and movies by key; grouped on first use (a summary never needs them). */
	readonly shows: Map<string, Show>;
	/**
	 * Groups `shows` a step of a few thousand rows at a time: the explorer reads keys between the steps
	 * (as one step the grouping held its keyboard for ≈0.2 s on 250k rows). Does nothing once grouped.
	 */
	groupInSteps(): Generator<void, void, void>;
	/** Parses, kinds and numbers of the distinct titles. */
	catalog: TitleModel;
	/** Per distinct raw title, indexed by `ViewingEvent.titleId`: its parse and keys (made on first use). */
	readonly titles: readonly TitleFacts[];
	/** The episode (a movie's pseudo-episode) a title belongs to; groups the shows first if not done yet. */
	episodeOf(titleId: number): Episode;
	/** Near-duplicate rows (same profile, start and title) merged into one. */
	merged: number;
	/** What the viewings say of each title (viewing-tally.ts): the loader's, made while the titles were parsed, or made on first use. */
	readonly byTitle: TitleTally;
}

/**
 * Builds the model: classifies every row (by Supplemental Video Type or a hook-like title → extra;
 * the title parser → episode or movie), merges near-duplicates, and groups episodes into shows. Works
 * on the columns of the rows: objects for the viewings and the shows are made when first asked for.
 * `ordered` is the table's `viewingOrder` when the loader made it already (while the title thread
 * worked); without it, it is made here.
 */
export function buildLibrary(source: ViewingTable | ViewingRow[], model?: TitleModel, ordered?: ViewingOrder): Library {
	const table = Array.isArray(source) ? tableFromRows(source) : source;
	const catalog = model ?? titleModelOf(table.titles, firstPass(table.titles));
	const ordering = ordered ?? viewingOrder(table);
	const {order, merged} = ordering;
	trace('viewings classified and ordered');
	let kinds: Uint8Array | undefined;
	let byTitle = ordering.byTitle;
	let facts: TitleFacts[] | undefined;
	let viewings: ViewingEvent[] | undefined;
	let shows: Map<string, Show> | undefined;
	/** The grouping groupInSteps runs, once begun (the `shows` getter finishes it rather than start another). */
	let grouping: Generator<void, void, void> | undefined;
	// Made on first use, like the kinds: a command that reads the columns (stopped, summary) needs neither.
	let events: Array<ViewingEvent | null> | undefined;
	const kindOf = () => (kinds ??= rowKinds(table, catalog));
	const event = (k: number): ViewingEvent => {
		events ??= new Array<ViewingEvent | null>(order.length).fill(null);
		const i = order[k]!;
		return (events[k] ??= eventOf(table, i, KIND_NAMES[kindOf()[i]!]!, catalog.parses[table.title[i]!]!));
	};
	return {
		table,
		order,
		get kinds() {
			return kindOf();
		},
		numbers: catalog.numbers,
		get viewings() {
			return (viewings ??= Array.from(order, (_, k) => event(k)));
		},
		event,
		profiles: rankProfiles(table, ordering.profileViewings),
		get shows() {
			// Asked for while groupInSteps is under way (a screen opened before the background grouping is
			// done): that grouping is finished now, not another one begun beside it (its objects are the titles').
			if (!shows && grouping) drain(grouping);
			return (shows ??= drain(groupingSteps(table, order, kindOf(), catalog.numbers, this.titles, event)));
		},
		*groupInSteps() {
			grouping ??= (function* () {
				if (!facts) {
					const made = yield* titleFactsSteps(catalog);
					facts ??= made;
				}
				yield;
				const grouped = yield* groupingSteps(table, order, kindOf(), catalog.numbers, facts, event);
				shows ??= grouped;
			})();
			while (!shows && !grouping.next().done) yield;
		},
		catalog,
		get titles() {
			return (facts ??= drain(titleFactsSteps(catalog)));
		},
		episodeOf(titleId: number): Episode {
			// A title's episode is set while grouping: ask for the shows first, so no caller depends on that order.
			void this.shows;
			const episode = this.titles[titleId]?.episode;
			if (!episode) throw new Error(`title ${titleId} has no episode: it has no real viewing`);
			return episode;
		},
		merged,
		get byTitle() {
			return (byTitle ??= titleTally(table, order));
		},
	};
}

/**
 * Each row's kind: an extra by its Supplemental Video Type, else its title's kind. Columns in locals: it
 * runs once, before V8 optimises it, where each property read costs.
 */
function rowKinds(table: ViewingTable, catalog: TitleModel): Uint8Array {
	const kinds = new Uint8Array(table.count);
	const {type, title} = table;
	const titleKinds = catalog.kinds;
	for (let i = 0; i < kinds.length; i++) kinds[i] = type[i] !== -1 ? KIND_EXTRA : titleKinds[title[i]!]!;
	return kinds;
}

/**
 * Each title's keys, OBJECTS_PER_STEP titles a step (the explorer reads keys between steps). The titles
 * of one show number and kind share their show key, those of one episode number their episode key (the
 * title model numbered them by these keys): each is made once, not once a title.
 */
function* titleFactsSteps(model: TitleModel): Generator<void, TitleFacts[], void> {
	const keyOf = showKeys();
	const parses = model.parses;
	const {show: showOf, episode: episodeOf} = model.numbers;
	// Per show number and kind (×2, +1 for a movie): its plain show key.
	const plainKeys = new Array<string | undefined>(model.numbers.shows * 2);
	const plainKey = (i: number, parsed: ParsedTitle): string => {
		const slot = showOf[i]! * 2 + (parsed.kind === 'movie' ? 1 : 0);
		return (plainKeys[slot] ??= keyOf(parsed.show));
	};
	// A film keeps its plain key unless a series has the same name (showKeyOf).
	const series = new Set<string>();
	for (let i = 0; i < parses.length; i++) {
		if ((i & OBJECTS_PER_STEP) === OBJECTS_PER_STEP) yield;
		if (parses[i]!.kind === 'episode') series.add(plainKey(i, parses[i]!));
	}
	const episodeKeys = new Array<string | undefined>(model.numbers.episodes);
	const facts: TitleFacts[] = new Array(parses.length);
	for (let i = 0; i < parses.length; i++) {
		if ((i & OBJECTS_PER_STEP) === OBJECTS_PER_STEP) yield;
		const parsed = parses[i]!;
		const plain = plainKey(i, parsed);
		const showKey = parsed.kind === 'movie' && series.has(plain) ? plain + FILM_KEY : plain;
		const e = episodeOf[i]!;
		const episode = e >= 0 ? (episodeKeys[e] ??= episodeKey(parsed)) : episodeKey(parsed);
		// show and episode are set while grouping; declared here so every TitleFacts has one shape.
		facts[i] = {parsed, extra: model.kinds[i] === KIND_EXTRA, showKey, episodeKey: episode, show: undefined, episode: undefined};
	}
	return facts;
}

/** Profile names, most viewings first (`viewings` by profile id), then by name; profiles without one are left out. */
function rankProfiles(table: ViewingTable, viewings: Int32Array): string[] {
	return table.profiles
		.map((name, id) => ({name, n: viewings[id]!}))
		.filter(p => p.n > 0)
		.sort((a, b) => b.n - a.n || a.name.localeCompare(b.name))
		.map(p => p.name);
}

/** Runs a generator of steps to its end, without pausing: its value. */
function drain<T>(steps: Generator<void, T, void>): T {
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}
