/**
 * The one way screens, commands and stats ask questions of the viewings: filter, group, count, sum,
 * sort, and read a window of them as objects. Behind it are the model's columns (typed arrays of ids,
 * kept in `Library`); nothing here hands an id or a typed array to a caller.
 *
 * Why our own and not Arquero (measured 2026-11-30, 250k rows, Node 20, medians of 7): arquero 8.0.3
 * does not install from the registry here (a dependency is missing), arquero 7 takes 264–347 ms to import
 * (the whole `stopped` answer is meant to take less), groups by month in 121–174 ms against 46–52 ms
 * for a loop over the columns, and a filtered sort takes 27–65 ms against 4–7 ms.
 *
 * A `Viewings` is a selection: positions into `Library.order` (oldest first unless sorted). Selections
 * are immutable; `where`, `sortBy` and `groupBy` make new ones. Objects (`ViewingEvent`) are made only
 * for the rows a caller reads with `at`, `slice` or `forEach`'s `event()`.
 */
import {KIND_EPISODE, KIND_EXTRA, KIND_MOVIE, showKey, type Library, type TitleNumbers} from '../model/library.js';
import type {ViewingEvent, ViewingKind} from '../model/types.js';
import {civilFromDays, LocalCalendar} from './local-time.js';
import {foldName} from './names.js';

/** Which viewings to keep. Every field left out keeps all. */
export interface ViewingFilter {
	/** A profile name as written in the export. */
	profile?: string | null;
	/** Kinds to keep (`episode`, `movie`, `extra`). */
	kinds?: readonly ViewingKind[];
	/** Only viewings starting at or after this instant (epoch ms). */
	since?: number;
	/** Only viewings starting before this instant (epoch ms). */
	until?: number;
	/** A show or movie name (matched as a show key: case and accents of the spelling ignored). */
	show?: string;
	/** true: only hidden views; false: only visible ones. */
	hidden?: boolean;
	/** true: only autoplayed viewings; false: only ones the person started. */
	autoplayed?: boolean;
	/**
	 * Text the title (show or episode) or the profile name holds, both folded as names are (`elite` for
	 * `Élite`; case, accents and punctuation ignored). Decided once per distinct title and profile.
	 */
	text?: string;
}

/** Folded titles per library, made once: a filter keystroke then costs one pass over the columns. */
const foldedTitles = new WeakMap<Library, string[]>();

function foldedTitlesOf(library: Library): string[] {
	let titles = foldedTitles.get(library);
	if (!titles) foldedTitles.set(library, (titles = library.table.titles.map(foldName)));
	return titles;
}

/**
 * Folds every title for the `text` filter ahead of its first use (the explorer does it once the first
 * screen is drawn): 55k titles of a 250k-row export take longer than any keystroke should.
 */
export function prepareTextFilter(library: Library): void {
	foldedTitlesOf(library);
}

/** What a viewing can be grouped by. Time fields are in the local time zone (`TZ`, `--tz`). */
export type GroupField = 'profile' | 'show' | 'episode' | 'title' | 'device' | 'country' | 'kind' | 'year' | 'month' | 'day' | 'weekday' | 'hour' | 'weekdayHour';

/** What a selection can be sorted by. */
export type SortField = 'start' | 'duration' | 'position' | 'profile' | 'show' | 'title' | 'device' | 'country';

/** One group: its key as text for people (`2024-03`, `Dark`, `Mon 21h`…), and the viewings in it. */
export interface ViewingGroup {
	key: string;
	viewings: Viewings;
}

/** What `totals` counts of a selection. */
export interface ViewingTotals {
	count: number;
	/** Hidden views among them. */
	hidden: number;
	/** Seconds watched (durations summed as written), null when the source has no durations. */
	seconds: number | null;
	/** Start of the earliest and the latest, null when none. */
	first: number | null;
	last: number | null;
}

/** One viewing as `forEach` shows it: read its fields while the callback runs, do not keep it. */
export interface ViewingCursor {
	readonly start: number;
	/** Seconds watched, null when the source has no durations. */
	readonly seconds: number | null;
	/** Position when the session ended, seconds, or null. */
	readonly position: number | null;
	readonly profile: string;
	readonly kind: ViewingKind;
	/** The show's (or movie's) name as parsed. */
	readonly show: string;
	readonly title: string;
	readonly device: string | null;
	readonly country: string | null;
	readonly hidden: boolean;
	readonly autoplayed: boolean;
	/** The same viewing as an object (made once, kept by the library). */
	event(): ViewingEvent;
}

const KIND_OF: Record<ViewingKind, number> = {episode: KIND_EPISODE, movie: KIND_MOVIE, extra: KIND_EXTRA};
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** A selection of viewings of one library. */
export class Viewings {
	/** Every viewing of the library (extras and hidden ones too), oldest first. */
	static of(library: Library): Viewings {
		const all = new Int32Array(library.order.length);
		for (let k = 0; k < all.length; k++) all[k] = k;
		return new Viewings(library, all);
	}

	private constructor(
		private readonly library: Library,
		private readonly positions: Int32Array,
	) {}

	/** How many viewings are selected. */
	get length(): number {
		return this.positions.length;
	}

	/** The viewing at `index` of this selection, as an object. */
	at(index: number): ViewingEvent {
		const k = this.positions[index];
		if (k === undefined) throw new RangeError(`no viewing at ${index} of ${this.positions.length}`);
		return this.library.event(k);
	}

	/** The start (epoch ms) of the viewing at `index` of this selection, without making its object. */
	startAt(index: number): number {
		const k = this.positions[index];
		if (k === undefined) throw new RangeError(`no viewing at ${index} of ${this.positions.length}`);
		return this.library.table.start[this.library.order[k]!]!;
	}

	/** Viewings `from` to `to` (exclusive) as objects: a screen's window. */
	slice(from: number, to = this.positions.length): ViewingEvent[] {
		const out: ViewingEvent[] = [];
		const end = Math.min(to, this.positions.length);
		for (let index = Math.max(0, from); index < end; index++) out.push(this.at(index));
		return out;
	}

	/** Every selected viewing as an object (for small selections; a screen reads a window with `slice`). */
	toArray(): ViewingEvent[] {
		return this.slice(0);
	}

	/** The selection narrowed by `filter`. */
	where(filter: ViewingFilter): Viewings {
		const {table, order, kinds, numbers, catalog} = this.library;
		const profileId = filter.profile === undefined || filter.profile === null ? -2 : table.profiles.indexOf(filter.profile);
		const kindMask = filter.kinds ? filter.kinds.reduce((mask, kind) => mask | (1 << KIND_OF[kind]), 0) : 0b111;
		const since = filter.since ?? -Infinity;
		const until = filter.until ?? Infinity;
		// The wanted show's numbers (a film and a series of the same name have two; both are kept, as
		// the name asks for both).
		let shows: Uint8Array | null = null;
		if (filter.show !== undefined) {
			const key = showKey(filter.show);
			shows = new Uint8Array(numbers.shows + 1);
			for (let t = 0; t < catalog.size; t++) if (showKey(catalog.parses[t]!.show) === key) shows[numbers.show[t]!] = 1;
			if (!shows.includes(1)) shows = new Uint8Array(0);
		}
		// Which titles and profiles hold the text, once per distinct value (null: no text asked for).
		const text = filter.text === undefined ? '' : foldName(filter.text);
		let titleOk: Uint8Array | null = null;
		let profileOk: Uint8Array | null = null;
		if (text !== '') {
			const titles = foldedTitlesOf(this.library);
			// A plain loop: Uint8Array.from with a callback costs twice as much over 55k titles.
			titleOk = new Uint8Array(titles.length);
			for (let t = 0; t < titles.length; t++) if (titles[t]!.includes(text)) titleOk[t] = 1;
			profileOk = Uint8Array.from(table.profiles, name => (foldName(name).includes(text) ? 1 : 0));
		}
		const hidden = filter.hidden === undefined ? -1 : filter.hidden ? 1 : 0;
		const autoplayed = filter.autoplayed === undefined ? -1 : filter.autoplayed ? 1 : 0;
		const out = new Int32Array(this.positions.length);
		let n = 0;
		if (profileId === -1 || shows?.length === 0) return new Viewings(this.library, out.subarray(0, 0));
		for (const k of this.positions) {
			const i = order[k]!;
			if ((kindMask & (1 << kinds[i]!)) === 0) continue;
			if (profileId >= 0 && table.profile[i] !== profileId) continue;
			const start = table.start[i]!;
			if (start < since || start >= until) continue;
			if (shows !== null && shows[numbers.show[table.title[i]!]!] !== 1) continue;
			if (hidden !== -1 && table.hidden[i] !== hidden) continue;
			if (autoplayed !== -1 && this.autoplayedAt(i) !== (autoplayed === 1)) continue;
			if (titleOk && titleOk[table.title[i]!] === 0 && profileOk![table.profile[i]!] === 0) continue;
			out[n++] = k;
		}
		return new Viewings(this.library, out.slice(0, n));
	}

	/** Total seconds watched (durations summed as written), or null when the source has no durations. */
	seconds(): number | null {
		const {table, order} = this.library;
		let sum = 0;
		let timed = false;
		for (const k of this.positions) {
			const d = table.duration[order[k]!]!;
			if (d >= 0) {
				sum += d;
				timed = true;
			}
		}
		return timed ? sum : null;
	}

	/** Count, hidden views, seconds, first and last start of the selection, in one pass. */
	totals(): ViewingTotals {
		const {table, order} = this.library;
		const {duration, hidden, start} = table;
		let seconds = 0;
		let timed = false;
		let hiddenViews = 0;
		let first = Infinity;
		let last = -Infinity;
		const {positions} = this;
		for (let j = 0; j < positions.length; j++) {
			const i = order[positions[j]!]!;
			const d = duration[i]!;
			if (d >= 0) {
				seconds += d;
				timed = true;
			}
			hiddenViews += hidden[i]!;
			const at = start[i]!;
			if (at < first) first = at;
			if (at > last) last = at;
		}
		const any = this.positions.length > 0;
		return {count: this.positions.length, hidden: hiddenViews, seconds: timed ? seconds : null, first: any ? first : null, last: any ? last : null};
	}

	/** Start of the earliest selected viewing, or null when none. */
	first(): number | null {
		return this.extreme(-1);
	}

	/** Start of the latest selected viewing, or null when none. */
	last(): number | null {
		return this.extreme(1);
	}

	/**
	 * How many distinct values of a field the selection holds (`show`: series and movies apart). An
	 * unknown device or country is not a value.
	 */
	distinct(field: GroupField): number {
		const ids = this.idColumn(field);
		if (ids === null) return this.seen(field).size;
		// Ids and keys marked in a byte each: no Set (the episodes of 250k viewings: ≈200 ms through a Set).
		const {order} = this.library;
		const {column, size, keyOfId, keys} = ids;
		const idSeen = new Uint8Array(size + 1);
		const keySeen = new Uint8Array(keys.size);
		const {positions} = this;
		let count = 0;
		for (let j = 0; j < positions.length; j++) {
			const id = column[order[positions[j]!]!]!;
			// An unknown (-1) device or country is marked in the last byte and not counted.
			if (id < 0) continue;
			if (idSeen[id] === 1) continue;
			idSeen[id] = 1;
			const key = keyOfId(id) - keys.min;
			if (keySeen[key] === 1) continue;
			keySeen[key] = 1;
			count++;
		}
		return count;
	}

	/**
	 * The distinct values of a field as text (as `groupBy` labels them). Values read from an id column
	 * (profile, title, show, device…) come in the order the export's file first shows them (Netflix
	 * writes newest first, per profile in older exports); time fields in the selection's order. As in
	 * `distinct`, an unknown device or country is not a value.
	 */
	values(field: GroupField): string[] {
		const ids = this.idColumn(field);
		if (ids === null) return Array.from(this.seen(field).keys(), key => this.label(field, key));
		const {order} = this.library;
		const {column, size, keyOfId} = ids;
		// Per id, its first row in the file (rows are numbered in file order); unknown ids are left out.
		const firstRow = new Int32Array(size).fill(-1);
		const {positions} = this;
		for (let j = 0; j < positions.length; j++) {
			const i = order[positions[j]!]!;
			const id = column[i]!;
			if (id >= 0 && (firstRow[id] === -1 || i < firstRow[id]!)) firstRow[id] = i;
		}
		const seen: number[] = [];
		firstRow.forEach((row, id) => {
			if (row !== -1) seen.push(id);
		});
		seen.sort((a, b) => firstRow[a]! - firstRow[b]!);
		return Array.from(new Set(seen.map(keyOfId)), key => this.label(field, key));
	}

	/**
	 * The selection split by a field, groups in order of first appearance in the selection (sort them
	 * with `sortGroups`). Each group keeps the selection's order.
	 */
	groupBy(field: GroupField): ViewingGroup[] {
		const {positions} = this;
		const index = new Map<string | number, number>();
		const keys: Array<string | number> = [];
		const groupOfKey = (key: string | number): number => {
			let g = index.get(key);
			if (g === undefined) {
				g = keys.push(key) - 1;
				index.set(key, g);
			}
			return g;
		};
		const groupOf = new Int32Array(positions.length);
		const ids = this.idColumn(field);
		if (ids === null) {
			const keyOf = this.keyFunction(field);
			for (let j = 0; j < positions.length; j++) groupOf[j] = groupOfKey(keyOf(positions[j]!));
		} else {
			// Read from an id column: the Map is asked once per id (unknown: the last slot), not once per viewing.
			const {order} = this.library;
			const {column, size, keyOfId} = ids;
			const groupOfId = new Int32Array(size + 1).fill(-1);
			for (let j = 0; j < positions.length; j++) {
				const id = column[order[positions[j]!]!]!;
				const slot = id < 0 ? size : id;
				let g = groupOfId[slot]!;
				if (g === -1) g = groupOfId[slot] = groupOfKey(keyOfId(id));
				groupOf[j] = g;
			}
		}
		const sizes = new Int32Array(keys.length);
		for (let j = 0; j < groupOf.length; j++) sizes[groupOf[j]!]!++;
		const lists = Array.from(sizes, size => new Int32Array(size));
		const fill = new Int32Array(keys.length);
		for (let j = 0; j < groupOf.length; j++) {
			const g = groupOf[j]!;
			lists[g]![fill[g]!++] = positions[j]!;
		}
		return keys.map((key, g) => ({key: this.label(field, key), viewings: new Viewings(this.library, lists[g]!)}));
	}

	/** The selection sorted by a field (stable: ties keep their order). Text sorts by locale. */
	sortBy(field: SortField, direction: 'asc' | 'desc' = 'asc'): Viewings {
		const {table, order} = this.library;
		const sign = direction === 'asc' ? 1 : -1;
		const numeric: Record<string, ((i: number) => number) | undefined> = {
			start: i => table.start[i]!,
			duration: i => table.duration[i]!,
			position: i => table.bookmark[i]!,
		};
		const byNumber = numeric[field];
		const sorted = Array.from(this.positions);
		if (byNumber) {
			sorted.sort((a, b) => sign * (byNumber(order[a]!) - byNumber(order[b]!)) || a - b);
		} else {
			const text = this.textFunction(field as Exclude<SortField, 'start' | 'duration' | 'position'>);
			const collator = new Intl.Collator(undefined, {sensitivity: 'base', numeric: true});
			// Compare each distinct text once: rank the distinct values, then sort positions by rank.
			const values = [...new Set(sorted.map(text))].sort(collator.compare);
			const rank = new Map(values.map((v, r) => [v, r]));
			sorted.sort((a, b) => sign * (rank.get(text(a))! - rank.get(text(b))!) || a - b);
		}
		return new Viewings(this.library, Int32Array.from(sorted));
	}

	/** The same viewings in the opposite order. */
	reverse(): Viewings {
		return new Viewings(this.library, this.positions.slice().reverse());
	}

	/** Calls `fn` with each selected viewing, in order. The cursor is reused: read it, do not keep it. */
	forEach(fn: (viewing: ViewingCursor) => void): void {
		const library = this.library;
		const {table, order, kinds, catalog} = library;
		let k = 0;
		let i = 0;
		const self = this;
		const cursor: ViewingCursor = {
			get start() {
				return table.start[i]!;
			},
			get seconds() {
				const d = table.duration[i]!;
				return d < 0 ? null : d;
			},
			get position() {
				const b = table.bookmark[i]!;
				return b < 0 ? null : b;
			},
			get profile() {
				return table.profiles[table.profile[i]!]!;
			},
			get kind() {
				return (['episode', 'movie', 'extra'] as const)[kinds[i]!]!;
			},
			get show() {
				return catalog.parses[table.title[i]!]!.show;
			},
			get title() {
				return table.titles[table.title[i]!]!;
			},
			get device() {
				const d = table.device[i]!;
				return d < 0 ? null : table.devices[d]!;
			},
			get country() {
				const c = table.country[i]!;
				return c < 0 ? null : table.countries[c]!;
			},
			get hidden() {
				return table.hidden[i] === 1;
			},
			get autoplayed() {
				return self.autoplayedAt(i);
			},
			event: () => library.event(k),
		};
		for (const position of this.positions) {
			k = position;
			i = order[k]!;
			fn(cursor);
		}
	}

	/**
	 * The distinct keys of a field, in order of first appearance. Fields that are ids (or follow from
	 * the title's id) are marked in a byte per id, so that a Set is touched once per distinct value and
	 * not once per viewing (the episodes of 250k viewings: ≈200 ms through a Set, ≈5 ms so).
	 */
	private seen(field: GroupField): {has(key: number | string): boolean; keys(): Iterable<number | string>; size: number} {
		const seen = new Set<string | number>();
		const ids = this.idColumn(field);
		if (ids === null) {
			const keyOf = this.keyFunction(field);
			for (const k of this.positions) seen.add(keyOf(k));
			return seen;
		}
		const {order} = this.library;
		const {column, size, keyOfId} = ids;
		const marked = new Uint8Array(size + 1);
		const {positions} = this;
		for (let j = 0; j < positions.length; j++) {
			// Unknown (-1) is marked in the last byte.
			const id = column[order[positions[j]!]!]!;
			const slot = id < 0 ? size : id;
			if (marked[slot] === 1) continue;
			marked[slot] = 1;
			seen.add(keyOfId(id));
		}
		return seen;
	}

	/**
	 * For fields read from one id column (the title's, the profile's…): the column, how many ids, the
	 * group key of an id (as `keyFunction` gives it) and the range of those keys; null for the others.
	 * Unknown ids (-1: no device, no country) are their own key.
	 */
	private idColumn(field: GroupField): {column: ArrayLike<number>; size: number; keyOfId: (id: number) => number; keys: {min: number; size: number}} | null {
		const {table, kinds, numbers} = this.library;
		const same = (id: number) => id;
		const titles = table.titles.length;
		switch (field) {
			case 'profile':
				return {column: table.profile, size: table.profiles.length, keyOfId: same, keys: {min: 0, size: table.profiles.length}};
			case 'show':
				return {column: table.title, size: titles, keyOfId: t => showKeyOfTitle(numbers, t), keys: {min: 0, size: numbers.shows * 2 + 2}};
			case 'episode':
				return {column: table.title, size: titles, keyOfId: t => episodeKeyOfTitle(numbers, t), keys: {min: -1 - numbers.shows, size: numbers.shows + 1 + numbers.episodes}};
			case 'title':
				return {column: table.title, size: titles, keyOfId: same, keys: {min: 0, size: titles}};
			case 'device':
				return {column: table.device, size: table.devices.length, keyOfId: same, keys: {min: -1, size: table.devices.length + 1}};
			case 'country':
				return {column: table.country, size: table.countries.length, keyOfId: same, keys: {min: -1, size: table.countries.length + 1}};
			case 'kind':
				return {column: kinds, size: 3, keyOfId: same, keys: {min: 0, size: 3}};
			default:
				return null;
		}
	}

	private autoplayedAt(i: number): boolean {
		const {table} = this.library;
		const a = table.attributes[i]!;
		return a !== -1 && table.attributeInfo[a]!.autoplay !== null;
	}

	private extreme(sign: 1 | -1): number | null {
		const {table, order} = this.library;
		let best: number | null = null;
		for (const k of this.positions) {
			const start = table.start[order[k]!]!;
			if (best === null || sign * (start - best) > 0) best = start;
		}
		return best;
	}

	/** A group key per position: numbers for time fields and ids (fast to hash), text otherwise. */
	private keyFunction(field: GroupField): (k: number) => string | number {
		const {table, order, kinds, numbers} = this.library;
		const calendar = new LocalCalendar();
		const row = (k: number) => order[k]!;
		switch (field) {
			case 'profile':
				return k => table.profile[row(k)]!;
			case 'show':
				return k => showKeyOfTitle(numbers, table.title[row(k)]!);
			case 'episode':
				return k => episodeKeyOfTitle(numbers, table.title[row(k)]!);
			case 'title':
				return k => table.title[row(k)]!;
			case 'device':
				return k => table.device[row(k)]!;
			case 'country':
				return k => table.country[row(k)]!;
			case 'kind':
				return k => kinds[row(k)]!;
			case 'year':
				return k => calendar.parts(table.start[row(k)]!).year;
			case 'month':
				return k => {
					const p = calendar.parts(table.start[row(k)]!);
					return p.year * 12 + p.month - 1;
				};
			case 'day':
				return k => calendar.dayNumber(table.start[row(k)]!);
			case 'weekday':
				return k => calendar.weekday(table.start[row(k)]!);
			case 'hour':
				return k => calendar.hour(table.start[row(k)]!);
			case 'weekdayHour':
				return k => {
					const at = table.start[row(k)]!;
					return calendar.weekday(at) * 24 + calendar.hour(at);
				};
		}
	}

	/** The text a person reads for a group key made by `keyFunction`. */
	private label(field: GroupField, key: string | number): string {
		const {table, numbers, catalog} = this.library;
		const n = Number(key);
		const pad = (v: number) => String(v).padStart(2, '0');
		switch (field) {
			case 'profile':
				return table.profiles[n]!;
			case 'show':
			case 'episode': {
				const t = this.firstTitleOf(field, n);
				const parsed = catalog.parses[t]!;
				if (field === 'show') return parsed.show;
				return numbers.episode[t]! >= 0
					? `${parsed.show}: ${parsed.seasonLabel ?? ''}${parsed.episodeNumber === null ? '' : ` E${parsed.episodeNumber}`}${parsed.episodeTitle ? ` ${parsed.episodeTitle}` : ''}`.trim()
					: parsed.show;
			}
			case 'title':
				return table.titles[n]!;
			case 'device':
				return n < 0 ? 'unknown device' : table.devices[n]!;
			case 'country':
				return n < 0 ? 'unknown country' : table.countries[n]!;
			case 'kind':
				return (['episode', 'movie', 'extra'] as const)[n]!;
			case 'year':
				return String(n);
			case 'month':
				return `${Math.floor(n / 12)}-${pad((n % 12) + 1)}`;
			case 'day': {
				const civil = civilFromDays(n);
				return `${civil.year}-${pad(civil.month)}-${pad(civil.day)}`;
			}
			case 'weekday':
				return WEEKDAYS[n]!;
			case 'hour':
				return `${pad(n)}h`;
			case 'weekdayHour':
				return `${WEEKDAYS[Math.floor(n / 24)]!} ${pad(n % 24)}h`;
		}
	}

	private firstTitleOf(field: 'show' | 'episode', key: number): number {
		const {table, order, numbers} = this.library;
		for (const k of this.positions) {
			const t = table.title[order[k]!]!;
			if ((field === 'show' ? showKeyOfTitle(numbers, t) : episodeKeyOfTitle(numbers, t)) === key) return t;
		}
		throw new Error(`no title of ${field} ${key} in this selection`);
	}

	private textFunction(field: 'profile' | 'show' | 'title' | 'device' | 'country'): (k: number) => string {
		const {table, order, catalog} = this.library;
		switch (field) {
			case 'profile':
				return k => table.profiles[table.profile[order[k]!]!]!;
			case 'show':
				return k => catalog.parses[table.title[order[k]!]!]!.show;
			case 'title':
				return k => table.titles[table.title[order[k]!]!]!;
			case 'device':
				return k => {
					const d = table.device[order[k]!]!;
					return d < 0 ? '' : table.devices[d]!;
				};
			case 'country':
				return k => {
					const c = table.country[order[k]!]!;
					return c < 0 ? '' : table.countries[c]!;
				};
		}
	}
}

/** A title's show as a group key: a movie and a series may share a name (and so a number), kept apart. */
function showKeyOfTitle(numbers: TitleNumbers, t: number): number {
	return numbers.show[t]! * 2 + (numbers.episode[t]! === -1 ? 1 : 0);
}

/** A title's episode as a group key (a movie is its show's one pseudo-episode: a negative key). */
function episodeKeyOfTitle(numbers: TitleNumbers, t: number): number {
	const e = numbers.episode[t]!;
	return e >= 0 ? e : -1 - numbers.show[t]!;
}

/** Groups with their numbers, for the usual "top N by…" answers. */
export interface GroupTotal {
	key: string;
	count: number;
	seconds: number | null;
	first: number | null;
	last: number | null;
}

/** Each group's count, seconds and dates, sorted by `by` (most first), the first `limit` of them. */
export function groupTotals(groups: readonly ViewingGroup[], by: 'count' | 'seconds' | 'key' = 'count', limit = Infinity): GroupTotal[] {
	const totals = groups.map(g => {
		const {count, seconds, first, last} = g.viewings.totals();
		return {key: g.key, count, seconds, first, last};
	});
	if (by === 'key') totals.sort((a, b) => a.key.localeCompare(b.key));
	else totals.sort((a, b) => (by === 'count' ? b.count - a.count : (b.seconds ?? 0) - (a.seconds ?? 0)) || a.key.localeCompare(b.key));
	return totals.slice(0, limit);
}
