/**
 * How each field of a viewing is read from the model's columns, for Viewings (viewings.ts): the group
 * keys (ids where the field is one, numbers for time fields), the text a person reads for a key, the
 * text a field sorts by, and a cursor that reads one viewing's fields without making an object.
 */
import {LocalCalendar, civilFromDays} from './local-time.js';
import type {Library, TitleNumbers} from '../model/library.js';
import type {ViewingEvent, ViewingKind} from '../model/types.js';

/** What a viewing can be grouped by. Time fields are in the local time zone (`TZ`, `--tz`). */
export type GroupField = 'profile' | 'show' | 'episode' | 'title' | 'device' | 'country' | 'kind' | 'year' | 'month' | 'day' | 'weekday' | 'hour' | 'weekdayHour';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

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

/** A cursor over the viewings of a library: `moveTo` a position of `Library.order` (and its row), then read. */
export function cursorOver(library: Library): ViewingCursor & {moveTo(k: number, i: number): void} {
	const {table, kinds, catalog} = library;
	let k = 0;
	let i = 0;
	return {
		moveTo(position: number, row: number) {
			k = position;
			i = row;
		},
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
			return autoplayedAt(library, i);
		},
		event: () => library.event(k),
	};
}

/**
 * For fields read from one id column (the title's, the profile's…): the column, how many ids, the
 * group key of an id (as `keyFunction` gives it) and the range of those keys; null for the others.
 * Unknown ids (-1: no device, no country) are their own key.
 */
export function idColumn(
	library: Library,
	field: GroupField,
): {column: ArrayLike<number>; size: number; keyOfId: (id: number) => number; keys: {min: number; size: number}} | null {
	const {table, kinds, numbers} = library;
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

/** A group key per position: numbers for time fields and ids (fast to hash), text otherwise. */
export function keyFunction(library: Library, field: GroupField): (k: number) => string | number {
	const {table, order, kinds, numbers} = library;
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
export function label(library: Library, positions: Int32Array, field: GroupField, key: string | number): string {
	const {table, numbers, catalog} = library;
	const n = Number(key);
	const pad = (v: number) => String(v).padStart(2, '0');
	switch (field) {
		case 'profile':
			return table.profiles[n]!;
		case 'show':
		case 'episode': {
			const t = firstTitleOf(library, positions, field, n);
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

function firstTitleOf(library: Library, positions: Int32Array, field: 'show' | 'episode', key: number): number {
	const {table, order, numbers} = library;
	for (const k of positions) {
		const t = table.title[order[k]!]!;
		if ((field === 'show' ? showKeyOfTitle(numbers, t) : episodeKeyOfTitle(numbers, t)) === key) return t;
	}
	throw new Error(`no title of ${field} ${key} in this selection`);
}

/** The text a field sorts by, per position (unknown device or country: empty). */
export function textFunction(library: Library, field: 'profile' | 'show' | 'title' | 'device' | 'country'): (k: number) => string {
	const {table, order, catalog} = library;
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

/** Whether the viewing in row `i` was autoplayed (its attributes say so). */
export function autoplayedAt(library: Library, i: number): boolean {
	const {table} = library;
	const a = table.attributes[i]!;
	return a !== -1 && table.attributeInfo[a]!.autoplay !== null;
}

/** A title's show as a group key: a movie and a series may share a name (and so a number), kept apart. */
export function showKeyOfTitle(numbers: TitleNumbers, t: number): number {
	return numbers.show[t]! * 2 + (numbers.episode[t]! === -1 ? 1 : 0);
}

/** A title's episode as a group key (a movie is its show's one pseudo-episode: a negative key). */
export function episodeKeyOfTitle(numbers: TitleNumbers, t: number): number {
	const e = numbers.episode[t]!;
	return e >= 0 ? e : -1 - numbers.show[t]!;
}
