import {type Dirent, readdirSync, realpathSync, statSync} from 'node:fs';
import path from 'node:path';
import type {Limits} from './limits.js';
import {fileError} from './read-file.js';
import type {ExportFile, ExportSource} from './source.js';

/** The files that hold the viewing history: kept whatever the file limit, so no clutter can hide them. */
const VIEWING_FILE = /^(ViewingActivity|NetflixViewingHistory)\.(csv|txt)$/i;

/**
 * Walks a folder for an export's files, breadth first (the export's own files, three levels deep at
 * most, come before deep clutter). What it cannot or will not read does not stop it; it says so:
 * - a subfolder it may not read (permission denied) is skipped;
 * - symbolic links are followed when they lead inside the folder (each real folder walked once, so a
 *   link to a parent is no loop), and skipped when they lead out of it;
 * - at most `limits.files` files are kept, but never at the cost of a viewing history file; at most
 *   `limits.folderEntries` entries are looked at and `limits.folderDepth` levels gone down, so a mistaken `~`
 *   stays cheap.
 */
export function openFolder(root: string, shown: string, limits: Limits, fileAt: (full: string, relative: string) => ExportFile): ExportSource {
	let realRoot: string;
	try {
		realRoot = realpathSync(root);
	} catch (error) {
		throw fileError(shown, error);
	}
	const files: ExportFile[] = [];
	const unreadable: string[] = [];
	const outside: string[] = [];
	let notKept = 0;
	let tooDeep = 0;
	let looked = 0;
	const visited = new Set([realRoot]);
	const queue: Array<{dir: string; depth: number}> = [{dir: root, depth: 0}];
	const relative = (full: string) => path.relative(root, full).split(path.sep).join('/');
	walk: for (let next = 0; next < queue.length; next++) {
		const {dir, depth} = queue[next]!;
		let entries: Dirent[];
		try {
			entries = readdirSync(dir, {withFileTypes: true});
		} catch (error) {
			if (dir === root) throw fileError(shown, error);
			unreadable.push(relative(dir));
			continue;
		}
		for (const entry of entries) {
			if (++looked > limits.folderEntries) break walk;
			if (entry.name.startsWith('.')) continue;
			const full = path.join(dir, entry.name);
			let isFolder = entry.isDirectory();
			let isFile = entry.isFile();
			let real: string | null = null;
			if (entry.isSymbolicLink()) {
				try {
					real = realpathSync(full);
				} catch {
					outside.push(relative(full));
					continue;
				}
				if (real !== realRoot && !real.startsWith(realRoot + path.sep)) {
					outside.push(relative(full));
					continue;
				}
				try {
					const stats = statSync(real);
					[isFolder, isFile] = [stats.isDirectory(), stats.isFile()];
				} catch {
					continue;
				}
			}
			if (isFolder) {
				if (depth + 1 > limits.folderDepth) {
					tooDeep++;
					continue;
				}
				try {
					real ??= realpathSync(full);
				} catch {
					unreadable.push(relative(full));
					continue;
				}
				if (visited.has(real)) continue;
				visited.add(real);
				queue.push({dir: full, depth: depth + 1});
			} else if (isFile) {
				if (files.length >= limits.files && !VIEWING_FILE.test(entry.name)) {
					notKept++;
					continue;
				}
				files.push(fileAt(full, relative(full)));
			}
		}
	}
	const warnings: string[] = [];
	const some = (names: string[]) => `${names.slice(0, 5).join(', ')}${names.length > 5 ? `, and ${names.length - 5} more` : ''}`;
	if (unreadable.length > 0) warnings.push(`Skipped ${plural(unreadable.length, 'folder')} that could not be read (permission denied): ${some(unreadable)}.`);
	if (outside.length > 0) warnings.push(`Did not follow ${plural(outside.length, 'symbolic link')} leading out of ${shown} (or nowhere): ${some(outside)}.`);
	if (notKept > 0) warnings.push(`Left out ${plural(notKept, 'more file')}: an export holds about 40, and at most ${limits.files.toLocaleString('en-US')} are listed.`);
	if (tooDeep > 0) warnings.push(`Did not look into ${plural(tooDeep, 'folder')} more than ${limits.folderDepth} levels deep.`);
	if (looked > limits.folderEntries) warnings.push(`Stopped looking after ${limits.folderEntries.toLocaleString('en-US')} folder entries; give the export's own folder.`);
	return {kind: 'folder', location: root, files, warnings};
}

function plural(n: number, word: string): string {
	return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}
