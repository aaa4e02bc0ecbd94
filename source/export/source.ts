import {statSync} from 'node:fs';
import path from 'node:path';
import {ExportError} from './errors.js';
import {openFolder} from './folder-walk.js';
import {fileError, notAFile, readFileWithin, readHead} from './read-file.js';
import {LIMITS, type Limits, MAX_INFLATE_RATIO, RATIO_FREE_BYTES, RATIO_FREE_TOTAL_BYTES, sizeText} from './limits.js';
import type {FileParts} from './file-parts.js';
import {inflateEntry, inflateEntryAsync, InflateProblem, readZipDirectory, streamEntry, type ZipEntry, ZipProblem} from './zip-directory.js';

/** How the export was handed to us. */
export type SourceKind = 'zip' | 'folder' | 'csv';

/** One file of an export, read only when asked for. */
export interface ExportFile {
	/** Path inside the export, `/`-separated, as stored (any prefix, any case). */
	path: string;
	/** Size in bytes once read (the declared uncompressed size for a ZIP entry: a limit, not a fact). */
	size: number;
	/** The bytes, read (and for a ZIP, inflated in memory) on demand, within the limits. Throws ExportError. */
	read(): Buffer;
	/**
	 * The same bytes, inflated on libuv's thread pool instead of this thread (the explorer reads keys
	 * meanwhile: inflating 45 MB held it for 0.1–1 s), in the parts they were inflated in. Rejects with the
	 * same ExportError as `read`.
	 */
	readAsync?(): Promise<FileParts>;
	/**
	 * The same bytes, inflated as a reader copies them out, in order (FileParts.streamed): never whole in
	 * memory. The same checks as `read`, each made as its bytes come: its ExportError may come from a
	 * later copy. Undefined, or null, where the file is read whole anyway.
	 */
	readStreamed?(): FileParts | null;
}

/** The files of an export, whatever the container. */
export interface ExportSource {
	kind: SourceKind;
	/** The path the user gave, resolved. */
	location: string;
	files: ExportFile[];
	/** What was left out while opening it (unreadable folders, links out of the folder), each said once. */
	warnings?: string[];
}

const NOT_AN_EXPORT = 'This is not a Netflix export. Give the netflix-report.zip Netflix sent, as downloaded.';

/**
 * Opens a ZIP, a folder or a single CSV. Nothing is extracted or written anywhere. Sizes are learnt
 * from `stat` before anything is read, and every read stays within `limits`.
 */
export function openSource(location: string, limits: Limits = LIMITS): ExportSource {
	const resolved = path.resolve(location);
	let stats: ReturnType<typeof statSync>;
	try {
		stats = statSync(resolved);
	} catch (error) {
		throw fileError(resolved, error);
	}
	if (stats.isDirectory()) return openFolder(resolved, location, limits, (full, shown) => fileOnDisk(full, shown, limits));
	if (!stats.isFile()) throw notAFile(location, stats);
	if (stats.size === 0) {
		throw new ExportError(`${resolved}: the file is empty (0 bytes)`, 'Download the export again; the copy you have is incomplete.');
	}
	const head = readHead(resolved, resolved);
	if (head[0] === 0x50 && head[1] === 0x4b) return openZip(resolved, stats.size, resolved, limits);
	const kind = fileKind(head);
	if (kind !== null) {
		throw new ExportError(
			`${resolved}: this is ${kind}, not a Netflix export`,
			'Give the netflix-report.zip Netflix sent, the folder you unzipped it into, or a ViewingActivity.csv.',
		);
	}
	if (/\.zip$/i.test(resolved)) {
		throw new ExportError(`${resolved}: this is not a ZIP file (it does not start like one)`, 'Download the export again from the link in Netflix’s email.');
	}
	return {
		kind: 'csv',
		location: resolved,
		files: [{path: path.basename(resolved), size: stats.size, read: () => readFileWithin(resolved, location, limits.entryBytes)}],
		warnings: [],
	};
}

/** Kinds of file people give by mistake, by their first bytes (whatever the file is called). */
const MAGIC: ReadonlyArray<[string, number[]]> = [
	['a PDF document', [0x25, 0x50, 0x44, 0x46]],
	['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
	['a JPEG image', [0xff, 0xd8, 0xff]],
	['a GIF image', [0x47, 0x49, 0x46, 0x38]],
	['a gzip archive', [0x1f, 0x8b]],
	['a RAR archive', [0x52, 0x61, 0x72, 0x21]],
	['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
];

/** `a PDF document` when the first bytes say so, else null. */
function fileKind(head: Buffer): string | null {
	return MAGIC.find(([, bytes]) => bytes.every((b, i) => head[i] === b))?.[0] ?? null;
}

/** A file of a folder export: its size from `stat`, its bytes read within the one-file limit. */
function fileOnDisk(full: string, shown: string, limits: Limits): ExportFile {
	let size = 0;
	try {
		size = statSync(full).size;
	} catch {
		// Left at 0: reading it says what is wrong.
	}
	return {path: shown, size, read: () => readFileWithin(full, shown, limits.entryBytes)};
}

function openZip(file: string, bytes: number, shown: string, limits: Limits): ExportSource {
	if (bytes > limits.archiveBytes) {
		throw new ExportError(
			`${shown}: ${sizeText(bytes)} is far larger than any Netflix export (the limit is ${sizeText(limits.archiveBytes)})`,
			'Check that this is the netflix-report.zip Netflix sent.',
		);
	}
	const archive = readFileWithin(file, shown, limits.archiveBytes);
	let entries: ZipEntry[];
	try {
		entries = readZipDirectory(archive, limits.files);
	} catch (error) {
		throw zipError(shown, error, limits);
	}
	let declared = 0;
	for (const entry of entries) {
		if (entry.flags & 1) {
			throw new ExportError(
				`${shown}: the ZIP is password-protected (${entry.name})`,
				'Netflix sends exports without a password. Unzip it yourself and give netflix-tui the folder.',
			);
		}
		declared += entry.size;
	}
	// Thousands of small entries at 1,000:1 add up: the total is held to what this ZIP's size can honestly hold.
	const allowed = RATIO_FREE_TOTAL_BYTES + MAX_INFLATE_RATIO * archive.length;
	if (declared > allowed) {
		throw new ExportError(
			`${shown}: the ZIP's files claim to inflate to ${sizeText(declared)} from ${sizeText(archive.length)}, more than ${MAX_INFLATE_RATIO} times its size (a ZIP bomb)`,
			NOT_AN_EXPORT,
		);
	}
	const budget: Budget = {inflated: 0, pending: 0, read: new Set<ZipEntry>()};
	const files = entries.map(
		(entry): ExportFile => ({
			path: entry.name,
			size: entry.size,
			read: () => readEntry(archive, entry, shown, limits, budget),
			readAsync: () => readEntryAsync(archive, entry, shown, limits, budget),
			readStreamed: () => readEntryStreamed(archive, entry, shown, limits, budget),
		}),
	);
	return {kind: 'zip', location: file, files, warnings: []};
}

/**
 * One entry's bytes: refused before inflating when it declares more than one file may hold or more
 * than deflate honestly gives, or when the export's total would pass its cap; then inflated with its
 * declared size as the hard limit. The total counts what was inflated, each entry once.
 */
function readEntry(archive: Buffer, entry: ZipEntry, shown: string, limits: Limits, budget: Budget): Buffer {
	const first = checkEntry(entry, shown, limits, budget);
	let data: Buffer;
	try {
		data = inflateEntry(archive, entry);
	} catch (error) {
		throw damagedEntry(shown, entry, error);
	}
	return counted(data, entry, first, budget);
}

/**
 * `readEntry` with the inflating on libuv's thread pool (the explorer reads keys meanwhile): the same
 * checks before, the same declared-size limit on the output, and the same total. The entry's declared
 * size is held against the total before it inflates, so reads running together cannot pass the cap.
 */
async function readEntryAsync(archive: Buffer, entry: ZipEntry, shown: string, limits: Limits, budget: Budget): Promise<FileParts> {
	const first = checkEntry(entry, shown, limits, budget);
	if (first) budget.pending += entry.size;
	try {
		let data: FileParts;
		try {
			data = await inflateEntryAsync(archive, entry);
		} catch (error) {
			throw damagedEntry(shown, entry, error);
		}
		return counted(data, entry, first && !budget.read.has(entry), budget);
	} finally {
		if (first) budget.pending -= entry.size;
	}
}

/**
 * `readEntry` inflating as the reader copies (zip-directory.ts, streamEntry): the same checks before, the
 * same declared-size limit, and its declared size counted in the total at once (the stream cannot pass it).
 * Null for an entry too small to gain from it, or stored: the caller reads it whole.
 */
function readEntryStreamed(archive: Buffer, entry: ZipEntry, shown: string, limits: Limits, budget: Budget): FileParts | null {
	const first = checkEntry(entry, shown, limits, budget);
	const fail = (error: unknown): Error => damagedEntry(shown, entry, error);
	let file: FileParts | null;
	try {
		file = streamEntry(archive, entry, fail);
	} catch (error) {
		throw error instanceof ExportError ? error : fail(error);
	}
	return file && counted(file, entry, first, budget);
}

/** What the export inflated so far (each entry once), and what reads in flight may still add. */
interface Budget {
	inflated: number;
	pending: number;
	read: Set<ZipEntry>;
}

/** Refuses an entry before inflating (see readEntry); true when it was not inflated before. */
function checkEntry(entry: ZipEntry, shown: string, limits: Limits, budget: Budget): boolean {
	const name = entry.name;
	if (entry.size > limits.entryBytes) {
		throw new ExportError(`${shown}: ${name} would inflate to ${sizeText(entry.size)}, over the ${sizeText(limits.entryBytes)} limit for one file`, NOT_AN_EXPORT);
	}
	if (entry.size > RATIO_FREE_BYTES && entry.size > entry.compressedSize * MAX_INFLATE_RATIO) {
		throw new ExportError(
			`${shown}: ${name} claims to inflate from ${sizeText(entry.compressedSize)} to ${sizeText(entry.size)}, more than ${MAX_INFLATE_RATIO} times (a ZIP bomb)`,
			NOT_AN_EXPORT,
		);
	}
	const first = !budget.read.has(entry);
	if (first && budget.inflated + budget.pending + entry.size > limits.totalBytes) {
		throw new ExportError(
			`${shown}: the ZIP's files inflate to more than ${sizeText(limits.totalBytes)} together, the limit for a whole export (reached at ${name})`,
			NOT_AN_EXPORT,
		);
	}
	return first;
}

function damagedEntry(shown: string, entry: ZipEntry, error: unknown): ExportError {
	const why = error instanceof InflateProblem ? error.message : 'it cannot be inflated';
	return new ExportError(`${shown}: ${entry.name} is damaged inside the ZIP (${why})`, 'Download the export again from the link in Netflix’s email.');
}

/** Adds an entry's bytes to the total the first time it is read. */
function counted<Bytes extends {length: number}>(data: Bytes, entry: ZipEntry, first: boolean, budget: Budget): Bytes {
	if (first) {
		budget.read.add(entry);
		budget.inflated += data.length;
	}
	return data;
}

/** Our own two lines for what the ZIP reader found; never the library's or Node's wording. */
function zipError(shown: string, error: unknown, limits: Limits): ExportError {
	if (!(error instanceof ZipProblem)) {
		return new ExportError(`${shown}: the ZIP is damaged or incomplete`, 'Download the export again from the link in Netflix’s email; the download was probably cut short.');
	}
	switch (error.kind) {
		case 'too-many-entries':
			return new ExportError(
				`${shown}: the ZIP claims ${error.count.toLocaleString('en-US')} entries; a Netflix export holds about 40 (the limit is ${limits.files.toLocaleString('en-US')})`,
				NOT_AN_EXPORT,
			);
		case 'duplicate-name':
			return new ExportError(
				`${shown}: the ZIP holds two entries named ${error.names[0]}`,
				'A Netflix export names each file once: this copy was edited or damaged. Download the export again from the link in Netflix’s email.',
			);
		case 'overlap':
			return new ExportError(
				`${shown}: the ZIP's entries ${error.names[0]} and ${error.names[1]} share the same data (a ZIP made to inflate far more than its size)`,
				NOT_AN_EXPORT,
			);
		default:
			return new ExportError(
				`${shown}: the ZIP is damaged or incomplete (${error.message})`,
				'Download the export again from the link in Netflix’s email; the download was probably cut short.',
			);
	}
}
