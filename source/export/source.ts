import {readFileSync, readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {promisify} from 'node:util';
import {crc32, inflateRaw, inflateRawSync} from 'node:zlib';
import {createRequire} from 'node:module';
import type AdmZip from 'adm-zip';
import {ExportError} from './errors.js';
import {MAX_ARCHIVE_BYTES, MAX_ENTRY_BYTES, MAX_TOTAL_BYTES} from './limits.js';

// adm-zip is CommonJS. Loaded with require, its files skip the scan for named exports that an ESM
// import of CommonJS does: 10 ms instead of 23 ms of every command's start-up here.
const AdmZipClass = createRequire(import.meta.url)('adm-zip') as typeof AdmZip;
const inflateRawAsync = promisify(inflateRaw);

/** How the export was handed to us. */
export type SourceKind = 'zip' | 'folder' | 'csv';

/** One file of an export, read only when asked for. */
export interface ExportFile {
	/** Path inside the export, `/`-separated, as stored (any prefix, any case). */
	path: string;
	/** Size in bytes once read (the uncompressed size for a ZIP entry). */
	size: number;
	/** The bytes, read (and for a ZIP, inflated in memory) on demand. Throws ExportError. */
	read(): Buffer;
	/**
	 * The same bytes, inflated on libuv's thread pool instead of this thread (the explorer reads keys
	 * meanwhile: inflating 45 MB held it for 0.1–1 s). Rejects with the same ExportError as `read`.
	 */
	readAsync?(): Promise<Buffer>;
}

/** The files of an export, whatever the container. */
export interface ExportSource {
	kind: SourceKind;
	/** The path the user gave, resolved. */
	location: string;
	files: ExportFile[];
}

/** Opens a ZIP, a folder or a single CSV. Nothing is extracted or written anywhere. */
export function openSource(location: string): ExportSource {
	const resolved = path.resolve(location);
	let stats;
	try {
		stats = statSync(resolved);
	} catch {
		throw new ExportError(
			`${location}: no such file or folder`,
			'Check the path. Give the ZIP Netflix sent (netflix-report.zip), the folder you unzipped it into, or a ViewingActivity.csv.',
		);
	}
	if (stats.isDirectory()) return openFolder(resolved);
	if (stats.size === 0) {
		throw new ExportError(`${location}: the file is empty (0 bytes)`, 'Download the export again; the copy you have is incomplete.');
	}
	const head = readHead(resolved);
	if (head[0] === 0x50 && head[1] === 0x4b) return openZip(resolved, stats.size, location);
	if (/\.zip$/i.test(resolved)) {
		throw new ExportError(`${location}: this is not a ZIP file (it does not start like one)`, 'Download the export again from the link in Netflix’s email.');
	}
	return {
		kind: 'csv',
		location: resolved,
		files: [{path: path.basename(resolved), size: stats.size, read: () => readFileSync(resolved)}],
	};
}

function readHead(file: string): Buffer {
	return readFileSync(file).subarray(0, 4);
}

function openFolder(root: string): ExportSource {
	const files: ExportFile[] = [];
	const walk = (dir: string, depth: number): void => {
		// Real exports are at most three levels deep; a limit keeps a mistaken `~` from walking the disk.
		if (depth > 6 || files.length > 5000) return;
		for (const entry of readdirSync(dir, {withFileTypes: true})) {
			if (entry.name.startsWith('.')) continue;
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) walk(full, depth + 1);
			else if (entry.isFile()) {
				const rel = path.relative(root, full).split(path.sep).join('/');
				files.push({path: rel, size: statSync(full).size, read: () => readFileSync(full)});
			}
		}
	};
	walk(root, 0);
	return {kind: 'folder', location: root, files};
}

function openZip(file: string, bytes: number, shown: string): ExportSource {
	if (bytes > MAX_ARCHIVE_BYTES) {
		throw new ExportError(`${shown}: ${Math.round(bytes / 1e6)} MB is far larger than any Netflix export`, 'Check that this is the netflix-report.zip Netflix sent.');
	}
	let zip: AdmZip;
	try {
		zip = new AdmZipClass(readFileSync(file));
	} catch {
		// The library's own wording (`ADM-ZIP: … No END header found`) means nothing to a person.
		throw new ExportError(
			`${shown}: the ZIP is damaged or incomplete`,
			'Download the export again from the link in Netflix’s email; the download was probably cut short.',
		);
	}
	let total = 0;
	const files: ExportFile[] = [];
	for (const entry of zip.getEntries()) {
		if (entry.isDirectory) continue;
		const name = entry.entryName;
		const size = entry.header.size;
		if (entry.header.encrypted) {
			throw new ExportError(
				`${shown}: the ZIP is password-protected (${name})`,
				'Netflix sends exports without a password. Unzip it yourself and give netflix-tui the folder.',
			);
		}
		total += size;
		if (size > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) {
			throw new ExportError(
				`${shown}: ${name} would inflate to ${Math.round(size / 1e6)} MB, over the ${MAX_ENTRY_BYTES / 1024 / 1024} MB limit`,
				'This is not a normal Netflix export. If it is, please report it with `netflix-tui doctor`.',
			);
		}
		files.push({path: name, size, read: () => inflateEntry(entry, shown), readAsync: () => inflateEntryAsync(entry, shown)});
	}
	return {kind: 'zip', location: file, files};
}

/** Inflates one entry in memory with a hard output cap, then checks its CRC. */
function inflateEntry(entry: AdmZip.IZipEntry, shown: string): Buffer {
	const name = entry.entryName;
	const damaged = (why: string) =>
		new ExportError(`${shown}: ${name} is damaged inside the ZIP (${why})`, 'Download the export again from the link in Netflix’s email.');
	let data: Buffer;
	try {
		const raw = entry.getCompressedData();
		const method = entry.header.method;
		if (method === 0) data = raw;
		// One output chunk of the declared size (capped): zlib's default 16 KB chunks are joined by a copy
		// at the end, which took ≈30 ms of the ≈80 ms for a 45 MB viewing history.
		else if (method === 8) data = inflateRawSync(raw, {maxOutputLength: MAX_ENTRY_BYTES, chunkSize: Math.min(Math.max(entry.header.size + 1, 64 * 1024), 64 * 1024 * 1024)});
		else throw new Error(`compression method ${method} is not supported`);
	} catch (error) {
		throw damaged(describe(error));
	}
	if (data.length !== entry.header.size || crc32(data) !== entry.header.crc >>> 0) throw damaged('its checksum does not match');
	return data;
}

/** inflateEntry on the thread pool: the same limits and checks. */
async function inflateEntryAsync(entry: AdmZip.IZipEntry, shown: string): Promise<Buffer> {
	if (entry.header.method !== 8) return inflateEntry(entry, shown);
	const name = entry.entryName;
	const damaged = (why: string) =>
		new ExportError(`${shown}: ${name} is damaged inside the ZIP (${why})`, 'Download the export again from the link in Netflix’s email.');
	let data: Buffer;
	try {
		const raw = entry.getCompressedData();
		data = await inflateRawAsync(raw, {maxOutputLength: MAX_ENTRY_BYTES, chunkSize: Math.min(Math.max(entry.header.size + 1, 64 * 1024), 64 * 1024 * 1024)});
	} catch (error) {
		throw damaged(describe(error));
	}
	if (data.length !== entry.header.size || crc32(data) !== entry.header.crc >>> 0) throw damaged('its checksum does not match');
	return data;
}

function describe(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	return text.split('\n')[0]!.replace(/\.$/, '');
}
