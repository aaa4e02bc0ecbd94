import {readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The newest modification time of any file under `dir` (0 when it does not exist). */
function newest(dir: string): number {
	let latest = 0;
	let entries: import('node:fs').Dirent[];
	try {
		entries = readdirSync(dir, {withFileTypes: true});
	} catch {
		return 0;
	}
	for (const entry of entries) {
		const full = path.join(dir, entry.name);
		latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
	}
	return latest;
}

/**
 * Fails, saying what to run, when the built files a test is about to run (`dist/cli.js`, `build/`) are
 * older than the sources: a process test of a stale build passes or fails for the wrong code.
 * `npm test` builds first; `npm run test:unit` runs no test that needs a build.
 */
export function requireFreshBuild(built: 'dist/cli.js' | 'build/cli.js'): void {
	let builtAt: number;
	try {
		builtAt = statSync(path.join(ROOT, built)).mtimeMs;
	} catch {
		throw new Error(`${built} does not exist: run \`npm run build\` (or \`npm test\`, which builds first).`);
	}
	const changed = newest(path.join(ROOT, 'source'));
	if (changed > builtAt) throw new Error(`${built} is older than source/ (the build is stale): run \`npm run build\` (or \`npm test\`, which builds first).`);
}
