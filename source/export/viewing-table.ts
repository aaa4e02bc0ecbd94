import type {ViewingColumns} from './viewing-columns.js';

/**
 * One row of the viewing history as read, before the title parser classified it (the model's
 * ViewingEvent adds the classification). The same for both files of the format reference (§3, §4).
 */
export interface ViewingRow {
	/** Profile name as written; `null` never occurs (the simple download gets the file's profile label). */
	profile: string;
	/** Start of the session, epoch milliseconds UTC. */
	start: number;
	/** Seconds watched in this session, or null when the file has no Duration (simple download). */
	durationSeconds: number | null;
	/** `Autoplayed: user action: X` flag value (`None`, `Unspecified`, `User_Interaction`, …) or null when not autoplayed. */
	autoplay: string | null;
	/** The view was hidden by the user (older `HIDDEN TITLE…` prefix or 2025 `View was hidden;`). */
	hidden: boolean;
	/** `Has branched playback;` (interactive titles). */
	branched: boolean;
	/** The title as written, without the HIDDEN TITLE prefix. */
	title: string;
	/**
	 * Index of `title` among the export's distinct titles (LoadedExport.titles). Lets the model find what
	 * it knows of a title by array index: a Map lookup per row costs ≈0.5 µs, 125 ms at 250k rows.
	 */
	titleId: number;
	/** `Supplemental Video Type` (TRAILER, HOOK…), null for real viewing. */
	supplementalType: string | null;
	/** Device Type, null when empty or absent. */
	device: string | null;
	/** Country as written (`US (United States)`), null when empty or absent. */
	country: string | null;
	/** Position in the title when the session ended, seconds; null when absent. */
	bookmarkSeconds: number | null;
	/** True when `Latest Bookmark` is a time, false for `Not latest view`, null when the column is absent. */
	latest: boolean | null;
}

/** Counts of rows that were not turned into viewings, by reason (shown by `doctor`). */
export type SkipCounts = Record<string, number>;

/** What the Attributes column says; a handful of distinct values across a whole file. */
export interface Attributes {
	autoplay: string | null;
	hidden: boolean;
	branched: boolean;
}

/**
 * Every viewing row of an export as columns, in file order: numbers in typed arrays, text as ids into
 * tables of distinct values (ids are global, whatever thread read the row). The model and the numbers
 * work on these; a row object (ViewingRow, ViewingEvent) is made only where a screen or a command needs
 * one. 250k row objects cost ≈0.25 s to make and to collect, more than reading the file.
 */
export interface ViewingTable extends RowColumns {
	/** 1 for a hidden view (older title prefix or 2025 attribute). */
	hidden: Uint8Array;
	/** An empty Profile Name field is the profile '' here (-1 in the reader's columns). */
	profile: Int32Array;
	attributeInfo: Attributes[];
}

/** The columns the reader (viewing-column-reader.ts) and the table share. */
export interface RowColumns {
	count: number;
	/** Epoch ms UTC. */
	start: Float64Array;
	/** Seconds; -1 for none. */
	duration: Int32Array;
	/** Seconds; -1 for none. */
	bookmark: Int32Array;
	/** 1 a time, 0 `Not latest view`, -1 no such column. */
	latest: Int8Array;
	/** Ids into the value tables below; -1 for an empty or absent field. */
	title: Int32Array;
	profile: Int32Array;
	device: Int32Array;
	country: Int32Array;
	type: Int32Array;
	attributes: Int32Array;
	titles: string[];
	profiles: string[];
	devices: string[];
	countries: string[];
	types: string[];
}

const NO_ATTRIBUTES: Attributes = {autoplay: null, hidden: false, branched: false};

/** One row as an object. */
export function rowOf(t: ViewingTable, i: number): ViewingRow {
	return eventOf(t, i, undefined, undefined);
}

/**
 * One row as an object with the classification the model gives it (kind and parsed title, which this
 * layer does not know: they come as they are); one literal for rows and viewings, so one object shape.
 */
export function eventOf<K, P>(t: ViewingTable, i: number, kind: K, parsed: P): ViewingRow & {kind: K; parsed: P} {
	const duration = t.duration[i]!;
	const bookmark = t.bookmark[i]!;
	const latest = t.latest[i]!;
	const a = t.attributes[i] === -1 ? NO_ATTRIBUTES : t.attributeInfo[t.attributes[i]!]!;
	return {
		kind,
		parsed,
		profile: t.profiles[t.profile[i]!]!,
		start: t.start[i]!,
		durationSeconds: duration < 0 ? null : duration,
		autoplay: a.autoplay,
		hidden: t.hidden[i] === 1,
		branched: a.branched,
		title: t.titles[t.title[i]!]!,
		titleId: t.title[i]!,
		supplementalType: t.type[i] === -1 ? null : t.types[t.type[i]!]!,
		device: t.device[i] === -1 ? null : t.devices[t.device[i]!]!,
		country: t.country[i] === -1 ? null : t.countries[t.country[i]!]!,
		bookmarkSeconds: bookmark < 0 ? null : bookmark,
		latest: latest < 0 ? null : latest === 1,
	};
}

/** Every row as an object, in file order. */
export function rowsOfTable(t: ViewingTable): ViewingRow[] {
	const rows: ViewingRow[] = new Array(t.count);
	for (let i = 0; i < t.count; i++) rows[i] = rowOf(t, i);
	return rows;
}

/** Distinct values with ids, in first-seen order. */
class Values {
	readonly list: string[] = [];
	private readonly ids = new Map<string, number>();

	id(value: string): number {
		let id = this.ids.get(value);
		if (id === undefined) this.ids.set(value, (id = this.list.push(value) - 1));
		return id;
	}
}

function emptyTable(count: number): ViewingTable {
	return {
		count,
		start: new Float64Array(count),
		duration: new Int32Array(count),
		bookmark: new Int32Array(count),
		latest: new Int8Array(count),
		hidden: new Uint8Array(count),
		title: new Int32Array(count),
		profile: new Int32Array(count),
		device: new Int32Array(count),
		country: new Int32Array(count),
		type: new Int32Array(count),
		attributes: new Int32Array(count),
		titles: [],
		profiles: [],
		devices: [],
		countries: [],
		types: [],
		attributeInfo: [],
	};
}

/** Rows built by hand (the simple download, tests) as a table; sets each row's `titleId`. */
export function tableFromRows(rows: ViewingRow[]): ViewingTable {
	const t = emptyTable(rows.length);
	const [titles, profiles, devices, countries, types] = [new Values(), new Values(), new Values(), new Values(), new Values()];
	const attributes = new Map<string, number>();
	rows.forEach((r, i) => {
		t.start[i] = r.start;
		t.duration[i] = r.durationSeconds ?? -1;
		t.bookmark[i] = r.bookmarkSeconds ?? -1;
		t.latest[i] = r.latest === null ? -1 : r.latest ? 1 : 0;
		t.hidden[i] = r.hidden ? 1 : 0;
		t.title[i] = r.titleId = titles.id(r.title);
		t.profile[i] = profiles.id(r.profile);
		t.device[i] = r.device === null ? -1 : devices.id(r.device);
		t.country[i] = r.country === null ? -1 : countries.id(r.country);
		t.type[i] = r.supplementalType === null ? -1 : types.id(r.supplementalType);
		const key = `${r.autoplay}|${r.branched}`;
		let a = attributes.get(key);
		if (a === undefined) attributes.set(key, (a = t.attributeInfo.push({autoplay: r.autoplay, hidden: false, branched: r.branched}) - 1));
		t.attributes[i] = a;
	});
	Object.assign(t, {titles: titles.list, profiles: profiles.list, devices: devices.list, countries: countries.list, types: types.list});
	return t;
}

/** The columns of the reader (ids into its value tables, trimmed to its rows) as a table. */
export function tableFromColumns(c: ViewingColumns): ViewingTable {
	const n = c.count;
	const profiles = c.profiles.slice();
	const profile = new Int32Array(n);
	// An empty Profile Name field is the profile '' (one name for all such rows).
	let empty = -1;
	for (let i = 0; i < n; i++) {
		const id = c.profile[i]!;
		profile[i] = id !== -1 ? id : empty !== -1 ? empty : (empty = profiles.push('') - 1);
	}
	const attributeInfo = c.attributeTexts.map(attributesOf);
	const hidden = new Uint8Array(n);
	for (let i = 0; i < n; i++) {
		const a = c.attributes[i]!;
		hidden[i] = c.hiddenPrefix[i] === 1 || (a !== -1 && attributeInfo[a]!.hidden) ? 1 : 0;
	}
	const {start, duration, bookmark, latest, title, device, country, type, attributes, titles, devices, countries, types} = c;
	return {count: n, start, duration, bookmark, latest, hidden, title, profile, device, country, type, attributes, titles, profiles, devices, countries, types, attributeInfo};
}

function attributesOf(text: string): Attributes {
	return {autoplay: autoplayOf(text), hidden: text.includes('View was hidden'), branched: text.includes('Has branched playback')};
}

/** `Autoplayed: user action: None; ` → `None`. */
function autoplayOf(attributes: string): string | null {
	const at = attributes.indexOf('Autoplayed: user action:');
	if (at === -1) return null;
	const rest = attributes.slice(at + 'Autoplayed: user action:'.length);
	const end = rest.indexOf(';');
	return (end === -1 ? rest : rest.slice(0, end)).trim() || 'Unspecified';
}
