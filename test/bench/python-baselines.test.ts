/**
 * The polars and DuckDB scripts of `npm run bench` (issue #14) on a tiny export whose answer is known:
 * extras dropped, the show is the text before the first colon, the newest row per profile and show,
 * newest first. They run in the bench's cached venv (or a python3 that has both); without one, the
 * test is skipped and says why.
 */
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {exportZipBuffer} from '../../scripts/generate-export.js';
import {cachedVenvPython, VENV_DIR, writeScripts} from './python-baselines.js';

const HEADER = '"Duration","Start Time","Profile Name","Country","Bookmark","Latest Bookmark","Supplemental Video Type","Attributes","Device Type","Title"';
const row = (start: string, profile: string, title: string, supplemental = '') =>
	[`0:20:00`, start, profile, 'GB (United Kingdom)', '0:20:00', '0:20:00', supplemental, '', 'Test Device', title].map(c => `"${c.replaceAll('"', '""')}"`).join(',');

// Newest first, as Netflix writes it; the extra (a HOOK) is the newest row of its show and must not win.
const CSV = [
	HEADER,
	row('2024-01-05 21:00:00', 'Anna', 'Crimson Empire: Season 2', 'HOOK'),
	row('2024-01-04 20:00:00', 'Ben', 'Quiet Harbour'),
	row('2024-01-03 20:00:00', 'Ben', 'Crimson Empire: Season 1: Pilot (Episode 1)'),
	row('2024-01-02 20:00:00', 'Anna', 'Crimson Empire: Season 1: Second Light (Episode 2)'),
	row('2024-01-01 22:00:00', 'Anna', 'Night, Again: Limited Series: Part 1: Dawn (Episode 1)'),
	row('2024-01-01 20:00:00', 'Anna', 'Crimson Empire: Season 1: Pilot (Episode 1)'),
	row('2023-12-31 20:00:00', 'Anna', 'Quiet Harbour'),
	row('2023-12-30 20:00:00', 'Ben', 'Ünder Wäter: Season 1: Tiefe (Episode 1)'),
	'',
].join('\r\n');

const EXPECTED = [
	{profile: 'Ben', show: 'Quiet Harbour', title: 'Quiet Harbour', start: '2024-01-04 20:00:00'},
	{profile: 'Ben', show: 'Crimson Empire', title: 'Crimson Empire: Season 1: Pilot (Episode 1)', start: '2024-01-03 20:00:00'},
	{profile: 'Anna', show: 'Crimson Empire', title: 'Crimson Empire: Season 1: Second Light (Episode 2)', start: '2024-01-02 20:00:00'},
	{profile: 'Anna', show: 'Night, Again', title: 'Night, Again: Limited Series: Part 1: Dawn (Episode 1)', start: '2024-01-01 22:00:00'},
	{profile: 'Anna', show: 'Quiet Harbour', title: 'Quiet Harbour', start: '2023-12-31 20:00:00'},
	{profile: 'Ben', show: 'Ünder Wäter', title: 'Ünder Wäter: Season 1: Tiefe (Episode 1)', start: '2023-12-30 20:00:00'},
];

/** The venv npm run bench made, or a python3 that imports both; null (and why) otherwise. */
function findPython(): {python: string | null; why: string} {
	const venv = cachedVenvPython();
	if (venv) return {python: venv, why: ''};
	const system = spawnSync('python3', ['-c', 'import polars, duckdb'], {stdio: 'ignore'});
	if (system.status === 0) return {python: 'python3', why: ''};
	return {python: null, why: `no python with polars and duckdb: ${VENV_DIR} not made yet (npm run bench makes it) and python3 lacks them`};
}

const {python, why} = findPython();
const dir = mkdtempSync(join(tmpdir(), 'netflix-tui-baselines-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe(python ? `bench's polars and DuckDB scripts (${python})` : `bench's polars and DuckDB scripts: skipped, ${why}`, () => {
	const zip = join(dir, 'netflix-report.zip');
	writeFileSync(zip, exportZipBuffer(new Map([['360467735073947131/CONTENT_INTERACTION/ViewingActivity.csv', CSV]])));
	const scripts = writeScripts(dir);

	for (const name of ['polars', 'duckdb'] as const) {
		it.skipIf(python === null)(`${name}: the newest row per profile and show, extras dropped, newest first`, () => {
			const run = spawnSync(python!, [scripts[name], zip], {encoding: 'utf8'});
			expect(run.stderr).toBe('');
			expect(run.status).toBe(0);
			expect(JSON.parse(run.stdout)).toEqual(EXPECTED);
		});
	}
});
