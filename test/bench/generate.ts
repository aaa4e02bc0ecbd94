/**
 * Benchmark exports: realistic 2025-layout ZIPs made by scripts/generate-export.ts, cached in the system
 * temp folder (never in the repo) under a name keyed by row count and seed, so a rerun skips the ~4 s
 * it takes to generate 250k rows. A changed generator makes them again (a stamp beside each export).
 */
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {generateExport, writeExportZip} from '../../scripts/generate-export.js';

/** Where every bench file goes: exports, results JSON, CPU profiles. */
export const BENCH_DIR = join(tmpdir(), 'netflix-tui-bench');

/** Six profiles, as in a full family account (the generator's default from 10,000 rows, stated here so it never drifts). */
export const PROFILES = ['Anna', 'Ben', 'Carla', 'Kids', 'Oma', 'Guest'];

/** One generated export on disk. */
export interface BenchExport {
	rows: number;
	seed: number;
	/** Absolute path of the ZIP. */
	path: string;
	/** ZIP entry of ViewingActivity.csv (for the unzip and Python baselines). */
	viewingEntry: string;
	bytes: number;
	/** True when this run generated it (false: taken from the cache). */
	generated: boolean;
}

/** The ZIP entry path of ViewingActivity.csv in a 2025-layout export made with `seed` (mirrors generateExport's prefix). */
export function viewingEntryName(seed: number): string {
	return `${360_467_735_073_947_130n + BigInt(seed >>> 0)}/CONTENT_INTERACTION/ViewingActivity.csv`;
}

/** A digest of the generator's sources: an export made by another generator is made again. */
function generatorStamp(): string {
	const scripts = new URL('../../scripts/', import.meta.url);
	const generator = new URL('generator/', scripts);
	const files = [
		new URL('generate-export.ts', scripts),
		...readdirSync(generator)
			.sort()
			.map(name => new URL(name, generator)),
	];
	const hash = createHash('sha256');
	for (const file of files) hash.update(readFileSync(file));
	return hash.digest('hex').slice(0, 16);
}

/** Returns the cached export for rows+seed, generating it first when it is missing or another generator made it. */
export function benchExport(rows: number, seed: number): BenchExport {
	mkdirSync(BENCH_DIR, {recursive: true});
	const path = join(BENCH_DIR, `export-${rows}-seed${seed}-${PROFILES.length}p-2025.zip`);
	const stampPath = `${path}.generator`;
	const stamp = generatorStamp();
	const viewingEntry = viewingEntryName(seed);
	let generated = false;
	if (!existsSync(path) || !existsSync(stampPath) || readFileSync(stampPath, 'utf8') !== stamp) {
		const entries = generateExport({rows, seed, layout: '2025', profiles: PROFILES});
		if (!entries.has(viewingEntry)) throw new Error(`generator layout changed: no ${viewingEntry}`);
		// Write then rename: an interrupted run must not leave a truncated ZIP in the cache.
		const partial = `${path}.${process.pid}.partial`;
		writeExportZip(entries, partial);
		renameSync(partial, path);
		writeFileSync(stampPath, stamp);
		generated = true;
	}
	return {rows, seed, path, viewingEntry, bytes: statSync(path).size, generated};
}
