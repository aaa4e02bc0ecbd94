/**
 * Benchmark exports: realistic 2025-layout ZIPs made by scripts/generate-export.ts, cached in the system
 * temp folder (never in the repo) under a name keyed by row count and seed, so a rerun skips the ~4 s
 * it takes to generate 250k rows.
 */
import {existsSync, mkdirSync, renameSync, statSync} from 'node:fs';
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

/** Returns the cached export for rows+seed, generating it first when it is missing. */
export function benchExport(rows: number, seed: number): BenchExport {
	mkdirSync(BENCH_DIR, {recursive: true});
	const path = join(BENCH_DIR, `export-${rows}-seed${seed}-${PROFILES.length}p-2025.zip`);
	const viewingEntry = viewingEntryName(seed);
	let generated = false;
	if (!existsSync(path)) {
		const entries = generateExport({rows, seed, layout: '2025', profiles: PROFILES});
		if (!entries.has(viewingEntry)) throw new Error(`generator layout changed: no ${viewingEntry}`);
		// Write then rename: an interrupted run must not leave a truncated ZIP in the cache.
		const partial = `${path}.${process.pid}.partial`;
		writeExportZip(entries, partial);
		renameSync(partial, path);
		generated = true;
	}
	return {rows, seed, path, viewingEntry, bytes: statSync(path).size, generated};
}
