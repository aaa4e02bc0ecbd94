/**
 * Issue #14's notebook baselines: a polars script and a DuckDB script that answer a rough "where did I
 * stop" from the ZIP (read ViewingActivity.csv, drop extras, show = text before the first colon, newest
 * row per profile and show, print JSON). Less work than ours, and what a user gets from a few lines of
 * Python. They run in a virtual environment with polars and duckdb, made once under BENCH_DIR and reused.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {BENCH_DIR} from './generate.js';

// Both read the whole CSV as text (no type guessing), so they agree with each other on every row.
// Ties (two rows of a show at the same second) may resolve differently; a real export has none.
export const POLARS_SCRIPT = `import json, sys, zipfile
import polars as pl

with zipfile.ZipFile(sys.argv[1]) as z:
    name = next(n for n in z.namelist() if n.endswith("ViewingActivity.csv"))
    data = z.read(name)
newest = (
    pl.read_csv(data, infer_schema_length=0)
    .filter(pl.col("Supplemental Video Type").fill_null("") == "")
    .with_columns(pl.col("Title").str.split(":").list.first().str.strip_chars().alias("Show"))
    .sort("Start Time", descending=True)
    .unique(subset=["Profile Name", "Show"], keep="first", maintain_order=True)
)
print(json.dumps([
    {"profile": p, "show": s, "title": t, "start": at}
    for p, s, t, at in newest.select("Profile Name", "Show", "Title", "Start Time").iter_rows()
], ensure_ascii=False))
`;

// DuckDB reads files, not bytes (a Python file object needs fsspec): the CSV goes to a temporary file first.
export const DUCKDB_SCRIPT = `import json, sys, tempfile, zipfile
import duckdb

with zipfile.ZipFile(sys.argv[1]) as z:
    name = next(n for n in z.namelist() if n.endswith("ViewingActivity.csv"))
    data = z.read(name)
with tempfile.NamedTemporaryFile(suffix=".csv") as csv:
    csv.write(data)
    csv.flush()
    newest = duckdb.execute("""
        SELECT "Profile Name", trim(split_part("Title", ':', 1)) AS "Show",
               arg_max("Title", "Start Time"), max("Start Time") AS "Last"
        FROM read_csv(?, header = true, all_varchar = true)
        WHERE coalesce("Supplemental Video Type", '') = ''
        GROUP BY ALL
        ORDER BY "Last" DESC
    """, [csv.name]).fetchall()
print(json.dumps([{"profile": p, "show": s, "title": t, "start": at} for p, s, t, at in newest], ensure_ascii=False))
`;

/** The virtual environment, cached across runs (a finished install leaves READY inside). */
export const VENV_DIR = join(BENCH_DIR, 'venv');
const READY = '.polars-duckdb-ready';

/** Where the scripts and their Python are, or why they cannot run (one line). */
export type Baselines = {python: string; polars: string; duckdb: string} | {skipped: string};

/** The venv's python when a finished install is cached, else null (looks only, installs nothing). */
export function cachedVenvPython(): string | null {
	const python = join(VENV_DIR, 'bin', 'python');
	return existsSync(join(VENV_DIR, READY)) && existsSync(python) ? python : null;
}

/** Writes the two scripts into `dir`; returns their paths. */
export function writeScripts(dir: string): {polars: string; duckdb: string} {
	mkdirSync(dir, {recursive: true});
	const polars = join(dir, 'stopped-polars.py');
	const duckdb = join(dir, 'stopped-duckdb.py');
	writeFileSync(polars, POLARS_SCRIPT);
	writeFileSync(duckdb, DUCKDB_SCRIPT);
	return {polars, duckdb};
}

/**
 * The scripts written under BENCH_DIR and a Python that can run them: the cached venv, or a new one
 * (python3 -m venv, then pip install polars duckdb: a minute or so the first time). When that cannot
 * be done, the reason.
 */
export function pythonBaselines(log: (line: string) => void): Baselines {
	const scripts = writeScripts(join(BENCH_DIR, 'scripts'));
	let python = cachedVenvPython();
	if (!python) {
		log(`python baselines: creating ${VENV_DIR} and installing polars and duckdb (once; later runs reuse it)…`);
		rmSync(VENV_DIR, {recursive: true, force: true});
		const made = spawnSync('python3', ['-m', 'venv', VENV_DIR], {encoding: 'utf8'});
		if (made.error || made.status !== 0) return {skipped: `python3 -m venv failed: ${firstLine(made.stderr, made.error)}`};
		python = join(VENV_DIR, 'bin', 'python');
		const pip = spawnSync(python, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--retries', '1', 'polars', 'duckdb'], {
			encoding: 'utf8',
			timeout: 600_000,
		});
		if (pip.error || pip.status !== 0) return {skipped: `pip install polars duckdb failed: ${firstLine(pip.stderr, pip.error)}`};
		writeFileSync(join(VENV_DIR, READY), '');
	}
	const check = spawnSync(python, ['-c', 'import polars, duckdb'], {encoding: 'utf8'});
	if (check.status !== 0) return {skipped: `polars or duckdb does not import in ${VENV_DIR}: ${firstLine(check.stderr, check.error)}`};
	return {python, ...scripts};
}

/** The first line that says what went wrong (pip's errors start with ERROR:; retries warn first). */
function firstLine(stderr: string | null, error?: Error): string {
	if (error) return error.message;
	const lines = (stderr ?? '').split('\n').filter(l => l.trim() !== '');
	return (lines.find(l => /^(ERROR|Error|error)\b|Error:/.test(l)) ?? lines.at(-1) ?? 'no message').trim();
}
