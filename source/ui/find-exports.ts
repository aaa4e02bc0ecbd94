import {readdirSync, statSync} from 'node:fs';
import {homedir} from 'node:os';
import {join} from 'node:path';

/** The name Netflix gives the export (browsers add ` (1)` or `-2` to repeated downloads). */
const EXPORT_NAME = /^netflix-report.*\.zip$/i;

/**
 * `netflix-report*.zip` files in the given folders (by default the current folder and ~/Downloads),
 * newest first. Unreadable folders are skipped: this only makes an offer on the welcome screen.
 */
export function findExports(folders: readonly string[] = [process.cwd(), join(homedir(), 'Downloads')]): string[] {
	const found: Array<{path: string; time: number}> = [];
	for (const folder of new Set(folders)) {
		let names: string[];
		try {
			names = readdirSync(folder);
		} catch {
			continue;
		}
		for (const name of names) {
			if (!EXPORT_NAME.test(name)) continue;
			const path = join(folder, name);
			try {
				const stat = statSync(path);
				if (stat.isFile()) found.push({path, time: stat.mtimeMs});
			} catch {
				// Vanished or unreadable: not offered.
			}
		}
	}
	return found.sort((a, b) => b.time - a.time).map(f => f.path);
}
