/**
 * A private copy of the build to measure. Colleagues rebuild dist/ in the same work tree while the bench
 * runs (minutes); a process that starts mid-rebuild would crash or measure a mix of two builds. The copy
 * lives under the bench's temp folder, with package.json copied and node_modules and fixtures linked, so
 * `../package.json` and bare imports resolve as they do in the repo.
 */
import {cpSync, mkdirSync, rmSync, symlinkSync} from 'node:fs';
import {join} from 'node:path';
import {BENCH_DIR} from './generate.js';

/** Copies `root`/dist and build into a fresh folder; returns that folder (use it as the root) and a cleanup. */
export function snapshotBuild(root: string): {root: string; remove: () => void} {
	const dir = join(BENCH_DIR, `build-${process.pid}`);
	rmSync(dir, {recursive: true, force: true});
	mkdirSync(dir, {recursive: true});
	cpSync(join(root, 'dist'), join(dir, 'dist'), {recursive: true});
	cpSync(join(root, 'build'), join(dir, 'build'), {recursive: true});
	cpSync(join(root, 'package.json'), join(dir, 'package.json'));
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
	symlinkSync(join(root, 'fixtures'), join(dir, 'fixtures'), 'dir');
	return {root: dir, remove: () => rmSync(dir, {recursive: true, force: true})};
}
