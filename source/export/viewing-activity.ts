import type {ParsedTitle, ViewingEvent} from '../model/types.js';
import {ExportError} from './errors.js';
import {bomLength, detectDelimiter, lineAt, newRow, readCsvRows, readHeader} from './csv.js';
import {type ColumnIndex, ColumnReader, type ViewingColumns} from './viewing-columns.js';
import {ReaderWorker} from './reader-worker.js';
import type {WorkerInput} from './viewing-worker.js';

/** A viewing as read from the file, before the title parser classified it. */
export type ViewingRow = Omit<ViewingEvent, 'kind' | 'parsed'> & Partial<Pick<ViewingEvent, 'kind' | 'parsed'>>;

/** Counts of rows that were not turned into viewings, by reason (shown by `doctor`). */
export type SkipCounts = Record<string, number>;

/** What reading one ViewingActivity.csv produced. */
export interface ViewingActivityResult {
	rows: ViewingRow[];
	/** Distinct titles; each row's `titleId` indexes this list. */
	titles: string[];
	/** The titles already parsed (by the worker), when they were. */
	parsed?: {parsed: ParsedTitle[]; unplaced: readonly string[]};
	/** `2025` (reordered, all quoted) or `older` column order, or `custom` for any other order. */
	headerVersion: '2025' | 'older' | 'custom';
	skipped: SkipCounts;
	/** Assumptions made to read an edited file (§9), each said once. */
	warnings: string[];
}

const OLDER_HEADER = 'Profile Name,Start Time,Duration,Attributes,Title,Supplemental Video Type,Device Type,Bookmark,Latest Bookmark,Country';
const HEADER_2025 = 'Duration,Start Time,Profile Name,Country,Bookmark,Latest Bookmark,Supplemental Video Type,Attributes,Device Type,Title';
const REQUIRED = ['Profile Name', 'Start Time', 'Title'] as const;
const OPTIONAL = ['Duration', 'Attributes', 'Supplemental Video Type', 'Device Type', 'Bookmark', 'Latest Bookmark', 'Country'] as const;
type Column = (typeof REQUIRED)[number] | (typeof OPTIONAL)[number];

/** Rows per slice before yielding to the event loop, so the TUI keeps answering keys while loading. */
const SLICE_ROWS = 20_000;

/** Files at least this large are read by two threads (smaller ones are done before a worker starts). */
export const PARALLEL_BYTES = 8 * 1024 * 1024;
/** The main thread's share of a split file: the worker also copies its part and sends its columns back. */
const MAIN_SHARE = 0.55;
/** With `offload`, files at least this large are read by the worker alone. */
export const OFFLOAD_BYTES = 1024 * 1024;

/**
 * Reads ViewingActivity.csv bytes. Columns are mapped by header name, never by position (Netflix
 * reordered them in 2025). Malformed rows are skipped and counted, never fatal. A large file is read
 * by two threads, each half into columns (viewing-columns.ts), then turned into rows here; with
 * `offload` a worker reads it all, leaving this thread free. `onProgress` gets the fraction read.
 */
export async function readViewingActivity(
	bytes: Uint8Array,
	fileName: string,
	onProgress?: (fraction: number, rows: number) => void,
	offload = false,
	worker?: ReaderWorker,
): Promise<ViewingActivityResult> {
	const delimiter = detectDelimiter(bytes);
	const warnings: string[] = [];
	if (delimiter !== 44) warnings.push(`${fileName} uses ${delimiter === 9 ? 'tabs' : `"${String.fromCharCode(delimiter)}"`} between fields (re-saved by a spreadsheet); read it that way.`);
	const header = readHeader(bytes);
	if (header.length === 0 || (header.length === 1 && header[0] === '')) {
		throw new ExportError(`${fileName}: the file has no header line`, 'Give the ViewingActivity.csv from the Netflix export, unedited.');
	}
	const index = mapColumns(header, fileName);
	const joined = header.join(',');
	const headerVersion = joined === HEADER_2025 ? '2025' : joined === OLDER_HEADER ? 'older' : 'custom';
	const cols: ColumnIndex = {
		profile: index['Profile Name'],
		start: index['Start Time'],
		title: index['Title'],
		duration: index['Duration'],
		attributes: index['Attributes'],
		type: index['Supplemental Video Type'],
		device: index['Device Type'],
		bookmark: index['Bookmark'],
		latest: index['Latest Bookmark'],
		country: index['Country'],
	};
	const minFields = header.length - 1;
	const first = readCsvRows(newRow(bytes), delimiter, {offset: bomLength(bytes)}, 1, () => {}, () => {})?.offset ?? bytes.length;

	// The second part goes to a worker from the first line break past MAIN_SHARE of the file. If that
	// break is inside a quoted field, the main thread's last row runs past it: then the worker's part is
	// dropped and the main thread reads on. Either way every row is read once, by the same parser.
	// With `offload` (the explorer) the worker reads it all, and parses the titles: the main thread is
	// busy compiling the UI.
	const split = offload && bytes.length >= OFFLOAD_BYTES ? first : bytes.length >= PARALLEL_BYTES ? lineStartAfter(bytes, first + Math.floor((bytes.length - first) * MAIN_SHARE)) : bytes.length;
	const helper = split < bytes.length ? readInWorker(worker ?? ReaderWorker.start(), bytes, split, delimiter, cols, minFields, split === first, split === first ? onProgress : undefined) : null;
	if (!helper) worker?.stop();
	const parts = [await readPart(new ColumnReader(bytes, delimiter, cols, minFields, first, split), first, split, onProgress)];
	const head = parts[0]!;
	if (helper && head.unclosedAt === null) {
		const tail = head.end === split ? await helper : null;
		parts.push(tail ?? (await readPart(new ColumnReader(bytes, delimiter, cols, minFields, head.end, bytes.length), head.end, bytes.length)));
	}
	const {rows, titles} = rowsOf(parts);
	onProgress?.(1, rows.length);
	// One part read whole by the worker: its title order is the global one, so its parses apply as they are.
	const parsed = parts.length === 2 && parts[0]!.count === 0 && parts[1]!.parsed ? {parsed: parts[1]!.parsed, unplaced: parts[1]!.unplaced ?? []} : undefined;

	const skipped: SkipCounts = {};
	for (const part of parts) for (const [reason, n] of Object.entries(part.skipped)) skipped[reason] = (skipped[reason] ?? 0) + n;
	const unclosed = parts.find(p => p.unclosedAt !== null)?.unclosedAt;
	if (unclosed !== undefined && unclosed !== null) warnings.push(`${fileName} line ${lineAt(bytes, unclosed)}: a quoted field is never closed; the rest of the file was not read.`);
	if (parts.some(p => p.lenientStart)) warnings.push(`${fileName}: some Start Times are not in Netflix's YYYY-MM-DD HH:MM:SS form (edited in a spreadsheet?); read them as UTC, month first for d/m/y dates.`);
	if (parts.some(p => p.lenientDuration)) warnings.push(`${fileName}: some Durations are M:SS instead of H:MM:SS; read them as minutes and seconds.`);
	return {rows, titles, parsed, headerVersion, skipped, warnings};
}

/** Reads a part on this thread, yielding between slices so keys keep working. */
async function readPart(reader: ColumnReader, from: number, to: number, onProgress?: (fraction: number, rows: number) => void): Promise<ViewingColumns> {
	while (reader.step(SLICE_ROWS)) {
		if (onProgress) {
			// The other part is read at about the same pace by the worker: this part's share is the whole's.
			onProgress(((reader.offset ?? to) - from) / (to - from), reader.out.count);
			await new Promise(resolve => setImmediate(resolve));
		}
	}
	return reader.finish();
}

/** Offset just after the first line break at or after `from` (the end when there is none). */
function lineStartAfter(bytes: Uint8Array, from: number): number {
	const at = bytes.indexOf(10, from);
	return at === -1 ? bytes.length : at + 1;
}

/** Reads `bytes[from…]` in a worker thread; null if it cannot (then this thread reads it). */
function readInWorker(
	worker: ReaderWorker,
	bytes: Uint8Array,
	from: number,
	delimiter: number,
	cols: ColumnIndex,
	minFields: number,
	whole: boolean,
	onProgress?: (fraction: number, rows: number) => void,
): Promise<ViewingColumns | null> {
	// A copy (Buffer#slice would share memory, and transferring it would detach the whole file).
	const part = Uint8Array.prototype.slice.call(bytes, from);
	const input: WorkerInput = {bytes: part, base: from, delimiter, cols, minFields, catalog: whole};
	return worker.read(input, onProgress);
}

/** A placeholder until the model sets each row's parse (see buildLibrary). */
const UNPARSED: ParsedTitle = {raw: '', kind: 'movie', show: '', seasonLabel: null, seasonNumber: null, episodeNumber: null, episodeTitle: null, placed: false};

/** Turns column parts into row objects, with one title list (and ids) across the parts. */
function rowsOf(parts: readonly ViewingColumns[]): {rows: ViewingRow[]; titles: string[]} {
	const titles: string[] = [];
	const titleIds = new Map<string, number>();
	const rows: ViewingRow[] = [];
	for (const part of parts) {
		const globalTitle = part.titles.map(title => {
			let id = titleIds.get(title);
			if (id === undefined) titleIds.set(title, (id = titles.push(title) - 1));
			return id;
		});
		const attributes = part.attributeTexts.map(attributesOf);
		for (let i = 0; i < part.count; i++) {
			const a = part.attributes[i]! === -1 ? NO_ATTRIBUTES : attributes[part.attributes[i]!]!;
			const titleId = globalTitle[part.title[i]!]!;
			const duration = part.duration[i]!;
			const bookmark = part.bookmark[i]!;
			const latest = part.latest[i]!;
			rows.push({
				// Declared now, filled by the model: adding them later would reshape 250k objects.
				kind: 'movie',
				parsed: UNPARSED,
				profile: part.profiles[part.profile[i]!] ?? '',
				start: part.start[i]!,
				durationSeconds: duration < 0 ? null : duration,
				autoplay: a.autoplay,
				hidden: part.hiddenPrefix[i] === 1 || a.hidden,
				branched: a.branched,
				title: titles[titleId]!,
				titleId,
				supplementalType: part.types[part.type[i]!] ?? null,
				device: part.devices[part.device[i]!] ?? null,
				country: part.countries[part.country[i]!] ?? null,
				bookmarkSeconds: bookmark < 0 ? null : bookmark,
				latest: latest < 0 ? null : latest === 1,
			});
		}
	}
	return {rows, titles};
}

function mapColumns(header: string[], fileName: string): Record<Column, number> {
	const lower = header.map(h => h.toLowerCase());
	const missing = REQUIRED.filter(c => !lower.includes(c.toLowerCase()));
	if (missing.length > 0) {
		throw new ExportError(
			`${fileName}: this is not a Netflix viewing history; the columns ${missing.map(c => `"${c}"`).join(', ')} are missing (found: ${header.slice(0, 12).join(', ')})`,
			'Give the ViewingActivity.csv from the CONTENT_INTERACTION folder of the export, or NetflixViewingHistory.csv from the Viewing Activity page.',
		);
	}
	const index = {} as Record<Column, number>;
	for (const c of [...REQUIRED, ...OPTIONAL]) index[c] = lower.indexOf(c.toLowerCase());
	return index;
}

/** What the Attributes column says; a handful of distinct values across a whole file. */
interface Attributes {
	autoplay: string | null;
	hidden: boolean;
	branched: boolean;
}

const NO_ATTRIBUTES: Attributes = {autoplay: null, hidden: false, branched: false};

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
