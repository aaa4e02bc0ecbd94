import {mkdtempSync, rmSync, writeFileSync, mkdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import AdmZip from 'adm-zip';

/** The older ViewingActivity header, in Netflix's order. */
export const OLDER_HEADER = 'Profile Name,Start Time,Duration,Attributes,Title,Supplemental Video Type,Device Type,Bookmark,Latest Bookmark,Country';
/** The 2025 header: reordered and quoted. */
export const HEADER_2025 = '"Duration","Start Time","Profile Name","Country","Bookmark","Latest Bookmark","Supplemental Video Type","Attributes","Device Type","Title"';

/** A row in the older column order. */
export interface Row {
	profile: string;
	start: string;
	duration?: string;
	attributes?: string;
	title: string;
	type?: string;
	device?: string;
	bookmark?: string;
	latest?: string;
	country?: string;
}

const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** ViewingActivity.csv text in the older layout. */
export function olderCsv(rows: readonly Row[]): string {
	const lines = rows.map(r =>
		[
			r.profile,
			r.start,
			r.duration ?? '0:30:00',
			r.attributes ?? '',
			r.title,
			r.type ?? '',
			r.device ?? 'Chrome PC (Cadmium)',
			r.bookmark ?? r.duration ?? '0:30:00',
			r.latest ?? 'Not latest view',
			r.country ?? 'US (United States)',
		]
			.map(q)
			.join(','),
	);
	return [OLDER_HEADER, ...lines].join('\n') + '\n';
}

/** ViewingActivity.csv text in the 2025 layout (every field quoted). */
export function csv2025(rows: readonly Row[]): string {
	const all = (s: string) => `"${s.replace(/"/g, '""')}"`;
	const lines = rows.map(r =>
		[
			r.duration ?? '0:30:00',
			r.start,
			r.profile,
			r.country ?? 'US (United States)',
			r.bookmark ?? r.duration ?? '0:30:00',
			r.latest ?? 'Not latest view',
			r.type ?? '',
			r.attributes ?? '',
			r.device ?? 'Chrome PC (Cadmium)',
			r.title,
		]
			.map(all)
			.join(','),
	);
	return [HEADER_2025, ...lines].join('\n') + '\n';
}

/** A temporary folder, removed by the returned cleanup. */
export function tempDir(): {dir: string; cleanup: () => void} {
	const dir = mkdtempSync(path.join(tmpdir(), 'netflix-tui-test-'));
	return {dir, cleanup: () => rmSync(dir, {recursive: true, force: true})};
}

/** Writes a ZIP with these entries (built in memory) and returns its path. */
export function writeZip(dir: string, name: string, entries: Record<string, string | Buffer>): string {
	const zip = new AdmZip();
	for (const [entry, content] of Object.entries(entries)) zip.addFile(entry, Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'));
	const file = path.join(dir, name);
	writeFileSync(file, zip.toBuffer());
	return file;
}

/** Writes files under a folder and returns the folder. */
export function writeFolder(dir: string, name: string, entries: Record<string, string>): string {
	const root = path.join(dir, name);
	for (const [entry, content] of Object.entries(entries)) {
		const file = path.join(root, entry);
		mkdirSync(path.dirname(file), {recursive: true});
		writeFileSync(file, content);
	}
	return root;
}
