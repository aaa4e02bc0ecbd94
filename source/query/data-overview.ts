/**
 * "What Netflix knows about me": every table of the export, grouped by Netflix's own categories, with
 * what it is, how many rows, its columns, the time it covers and a few highlights. Pure: it reads no
 * file itself. The caller hands it the export's reader (`scanTable` of export/scan-table.ts), which it
 * asks for each table at most once per call; it returns a JSON-friendly shape (ISO 8601 UTC times).
 */
import type {ExportTable} from '../export/layout.js';
import type {ExportView} from '../load/open-export.js';
import type {FieldReader, TableReader} from '../export/scan-table.js';
import {parseAnyTimestamp, parseStartLenient} from '../export/time.js';
import {CATEGORIES, CATEGORY_IDS, categoryOf, tableInfo, tableOrder, type CategoryId} from './table-catalog.js';
import {highlightCollector, type Highlight, type HighlightCollector} from './table-highlights.js';
import {exportMasker} from './table-rows.js';
import type {Masker, PersonalKind} from './mask.js';
import {Viewings} from './viewings.js';

export type {Highlight} from './table-highlights.js';
export type {CategoryId} from './table-catalog.js';

/**
 * Rows a table's highlights are computed from. Counts and date ranges always cover every row; the
 * distinct-value sets behind highlights grow with the rows, and a Clickstream can hold millions.
 */
export const HIGHLIGHT_ROW_CAP = 200_000;

/** The time a table covers. */
export interface DateRange {
	/** Earliest time in the table, ISO 8601 UTC. */
	first: string;
	/** Latest time in the table, ISO 8601 UTC. */
	last: string;
	/** The columns the range was read from. */
	columns: string[];
}

/** One table of the export. */
export interface TableOverview {
	/** Table name as Netflix spells it (`IpAddressesLogin`). */
	name: string;
	/** A short name for a person (`IP addresses: sign-ins`). */
	title: string;
	/** What the table records, in plain words. */
	description: string;
	/** Path inside the export. */
	path: string;
	/** True for the `.txt` placeholder Netflix writes when it has nothing for the table. */
	empty: boolean;
	rows: number;
	columns: string[];
	dateRange: DateRange | null;
	highlights: Highlight[];
	/** Rows the highlights were computed from: all of them, or HIGHLIGHT_ROW_CAP. */
	highlightRows: number;
	/** True when the highlights come from the first HIGHLIGHT_ROW_CAP rows only. */
	capped: boolean;
	/** Why the table could not be read (in full), or null. */
	problem: string | null;
}

/** One of Netflix's categories with its tables. */
export interface CategoryOverview {
	id: CategoryId;
	title: string;
	about: string;
	tables: TableOverview[];
}

/** The whole overview (`knows --json`). */
export interface DataOverview {
	location: string;
	format: string;
	layout: string;
	totals: {tables: number; withData: number; empty: number; rows: number};
	/** Categories in Netflix's order, only those with tables. */
	categories: CategoryOverview[];
	/** Files that are not tables (the cover sheet and notes PDFs). */
	otherFiles: string[];
	/** The cap on rows read for highlights. */
	highlightRowCap: number;
	/** False with `--reveal`: the highlights show personal values (email, phone, name…) as they are. */
	masked: boolean;
}

/** Options, for tests. */
export interface OverviewOptions {
	/** Rows read for highlights per table (default HIGHLIGHT_ROW_CAP). */
	rowCap?: number;
	/** Show personal values as they are (`--reveal`); masked by default. */
	reveal?: boolean;
}

/** Highlights that are a personal value of a known kind, by label; every other text is masked by shape. */
const PERSONAL_HIGHLIGHTS: Record<string, PersonalKind> = {name: 'name', email: 'email', phone: 'phone'};

/** A highlight with its personal values masked. */
function masked(h: Highlight, masker: Masker): Highlight {
	if (typeof h.value !== 'string') return h;
	const kind = PERSONAL_HIGHLIGHTS[h.label];
	return {label: h.label, value: kind ? masker.as(kind, h.value) : masker.text(h.value)};
}

/** Builds the overview of every table of the export, each read once with `read` (the viewing history is not read again). */
export function dataOverview(view: ExportView, read: TableReader, options: OverviewOptions = {}): DataOverview {
	const {loaded} = view;
	const cap = options.rowCap ?? HIGHLIGHT_ROW_CAP;
	const masker = exportMasker(loaded, options.reveal ?? false);
	const byCategory = new Map<CategoryId, TableOverview[]>();
	for (const table of loaded.layout.tables) {
		const id = categoryOf(table.category, table.name);
		const list = byCategory.get(id) ?? [];
		const overview = table.file.path === loaded.viewingFile && !table.empty ? viewingTable(view, table) : tableOverview(table, read, cap);
		list.push({...overview, highlights: overview.highlights.map(h => masked(h, masker))});
		byCategory.set(id, list);
	}
	const inOrder = (tables: TableOverview[]) => tables.sort((a, b) => tableOrder(a.name) - tableOrder(b.name) || a.name.localeCompare(b.name));
	const categories = CATEGORY_IDS.filter(id => byCategory.has(id)).map(id => ({id, ...CATEGORIES[id], tables: inOrder(byCategory.get(id)!)}));
	const tables = categories.flatMap(c => c.tables);
	return {
		location: loaded.location,
		format: loaded.format,
		layout: loaded.layout.description,
		totals: {
			tables: tables.length,
			withData: tables.filter(t => !t.empty && t.rows > 0).length,
			empty: tables.filter(t => t.empty).length,
			rows: tables.reduce((n, t) => n + t.rows, 0),
		},
		categories,
		otherFiles: loaded.layout.others.map(f => f.path),
		highlightRowCap: cap,
		masked: masker.masking,
	};
}

/** A header name that holds times: `Ts`, `Utc Timestamp`, `Plan Change Date`, `Profile Creation Time`. */
const TIME_LIKE = /\b(ts|time|timestamp|date)\b/i;

/** A time in any style the export uses (§3), or, for a re-saved file, `1/16/2021 14:23` (§9). */
function timeOf(text: string): number | null {
	const ms = parseAnyTimestamp(text);
	return ms !== null || !text.includes('/') ? ms : parseStartLenient(text);
}

function tableOverview(table: ExportTable, read: TableReader, cap: number): TableOverview {
	const base = describe(table);
	if (table.empty) return {...base, empty: true, rows: 0, columns: [], dateRange: null, highlights: [], highlightRows: 0, capped: false, problem: null};
	// Made once the header is known (inside the scan).
	const found: {range?: RangeTracker; collector?: HighlightCollector} = {};
	const scan = read(table, header => {
		const range = (found.range = new RangeTracker(timeColumns(header, tableInfo(table.name)?.timeColumns)));
		const collector = (found.collector = highlightCollector(table.name, header));
		return (field, index) => {
			range.add(field);
			if (index < cap) collector.add(field);
		};
	});
	return {
		...base,
		empty: false,
		rows: scan.rows,
		columns: scan.header,
		dateRange: found.range?.result() ?? null,
		highlights: found.collector?.result() ?? [],
		highlightRows: Math.min(scan.rows, cap),
		capped: scan.rows > cap,
		problem: scan.problem,
	};
}

/** Columns the date range is read from: the table's own choice when present, else every time-like one. */
function timeColumns(header: readonly string[], preferred: readonly string[] | undefined): Array<{name: string; index: number}> {
	const all = header.map((name, index) => ({name, index}));
	const wanted = preferred?.map(p => p.toLowerCase());
	const chosen = wanted ? all.filter(c => wanted.includes(c.name.toLowerCase())) : [];
	return chosen.length > 0 ? chosen : all.filter(c => TIME_LIKE.test(c.name) && !/duration/i.test(c.name));
}

/** Earliest and latest time over some columns, and which of them held any. */
class RangeTracker {
	private first = Number.POSITIVE_INFINITY;
	private last = Number.NEGATIVE_INFINITY;
	private readonly used = new Set<string>();
	constructor(private readonly columns: ReadonlyArray<{name: string; index: number}>) {}
	add(field: FieldReader): void {
		for (const column of this.columns) this.addTime(timeOf(field(column.index)), column.name);
	}
	addTime(ms: number | null, column: string): void {
		if (ms === null) return;
		this.used.add(column);
		if (ms < this.first) this.first = ms;
		if (ms > this.last) this.last = ms;
	}
	result(): DateRange | null {
		if (this.used.size === 0) return null;
		return {first: new Date(this.first).toISOString(), last: new Date(this.last).toISOString(), columns: [...this.used]};
	}
}

/**
 * The viewing history was read already (and kept) by the loader: its numbers are the viewings' (near-
 * duplicates merged into one), and its header comes from the loader, instead of inflating and reading
 * a file of up to 250k rows again. Profiles and countries are listed in the order the file shows them.
 */
function viewingTable(view: ExportView, table: ExportTable): TableOverview {
	const {loaded} = view;
	const simple = loaded.datesOnly;
	const base = describe(table, simple ? 'NetflixViewingHistory' : 'ViewingActivity');
	const viewings = Viewings.of(view.library);
	const range = new RangeTracker([]);
	const column = simple ? 'Date' : 'Start Time';
	range.addTime(viewings.first(), column);
	range.addTime(viewings.last(), column);
	const titles = viewings.distinct('title');
	const profiles = viewings.values('profile');
	const countries = viewings.values('country');
	const skipped = Object.values(loaded.skipped).reduce((n, k) => n + k, 0);
	const highlights: Highlight[] = simple
		? [{label: 'titles', value: titles}]
		: [
				{label: 'profiles', value: profiles.length <= 4 ? `${profiles.length} (${profiles.map(p => (p.includes(',') ? `"${p}"` : p)).join(', ')})` : profiles.length},
				{label: 'titles', value: titles},
				{label: 'devices', value: viewings.distinct('device')},
				{
					label: 'countries',
					value: countries.length <= 3 ? `${countries.length}${countries.length ? ` (${countries.map(c => c.split(' ')[0]).join(', ')})` : ''}` : countries.length,
				},
			];
	if (skipped > 0) highlights.splice(3, 1, {label: 'rows that could not be read', value: skipped});
	return {
		...base,
		empty: false,
		rows: loaded.table.count + skipped,
		columns: loaded.header,
		dateRange: range.result(),
		highlights,
		highlightRows: loaded.table.count,
		capped: false,
		problem: null,
	};
}

function describe(table: ExportTable, knownAs = table.name): Pick<TableOverview, 'name' | 'title' | 'description' | 'path'> {
	const info = tableInfo(knownAs);
	return {
		name: table.name,
		title: info?.title ?? table.name,
		description: info?.description ?? 'a table netflix-tui does not know yet: rows and columns as they are',
		path: table.file.path,
	};
}
