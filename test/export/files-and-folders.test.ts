import {spawnSync} from 'node:child_process';
import {chmodSync, closeSync, mkdirSync, openSync, symlinkSync, writeFileSync, ftruncateSync, writeSync} from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {ExportError} from '../../source/export/errors.js';
import {detectLayout, findTable} from '../../source/export/layout.js';
import {LIMITS} from '../../source/export/limits.js';
import {loadExport} from '../../source/export/load-export.js';
import {readFileWithin} from '../../source/export/read-file.js';
import {openSource} from '../../source/export/source.js';
import {CLI} from '../helpers/cli.js';
import {csv2025, tempDir, writeFolder, type Row} from '../helpers/exports.js';

const {dir, cleanup} = tempDir();
afterAll(cleanup);
// The tests run as root on some machines, where chmod 000 denies nothing: permission tests then run the
// built CLI as `nobody` (uid 65534), which root may do.
chmodSync(dir, 0o755);

const ROWS: Row[] = [{profile: 'Alex', start: '2024-03-07 21:24:41', duration: '0:41:19', title: 'Dark: Staffel 2: Geister (Folge 3)'}];
const VIEWING = csv2025(ROWS);

async function loadError(location: string): Promise<ExportError> {
	const error = await loadExport(location).then(
		() => null,
		(e: unknown) => e,
	);
	expect(error).toBeInstanceOf(ExportError);
	expect((error as ExportError).message).not.toContain('\n');
	return error as ExportError;
}

/** The built CLI, as an ordinary user when the tests run as root. */
function runAsUser(args: string[]): {code: number; stdout: string; stderr: string} {
	const asRoot = process.getuid?.() === 0;
	const result = spawnSync(process.execPath, [CLI, ...args], {encoding: 'utf8', env: {...process.env, TZ: 'UTC'}, timeout: 60_000, ...(asRoot ? {uid: 65534, gid: 65534} : {})});
	return {code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr};
}

function sparseFile(name: string, bytes: number, head = ''): string {
	const file = path.join(dir, name);
	const fd = openSync(file, 'w');
	if (head) writeSync(fd, head);
	ftruncateSync(fd, bytes);
	closeSync(fd);
	return file;
}

describe('whole files: stat first, then read within the cap', () => {
	it('a 2 GiB CSV is refused from its size, without reading it', async () => {
		const file = sparseFile('huge.csv', 2 * 1024 ** 3 + 1, 'Profile Name,Start Time,Title\n');
		const t0 = performance.now();
		const error = await loadError(file);
		expect(error.message).toMatch(/huge\.csv: 2\.0 GB is far larger than any file of a Netflix export \(the limit is 512 MB\)/);
		expect(performance.now() - t0).toBeLessThan(2000);
	});

	it('a 1.5 GB file starting like a ZIP is refused from its size; only 4 bytes are read to see what it is', async () => {
		const file = sparseFile('huge.zip', 1.5 * 1024 ** 3, 'PK\x03\x04');
		const before = process.memoryUsage().arrayBuffers;
		const error = await loadError(file);
		expect(error.message).toMatch(/huge\.zip: 1\.5 GB is far larger than any Netflix export \(the limit is 1\.0 GB\)/);
		expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(16 * 1024 * 1024);
	});

	it('a bare CSV and a file in a folder get the same one-file cap', () => {
		const file = path.join(dir, 'capped.csv');
		writeFileSync(file, VIEWING);
		const limits = {...LIMITS, entryBytes: 100};
		expect(() => openSource(file, limits).files[0]!.read()).toThrow(/capped\.csv: \d+ bytes is far larger than any file of a Netflix export \(the limit is 100 bytes\)/);
		const folder = writeFolder(dir, 'capped-folder', {'CONTENT_INTERACTION/ViewingActivity.csv': VIEWING});
		expect(() => openSource(folder, limits).files[0]!.read()).toThrow(/CONTENT_INTERACTION\/ViewingActivity\.csv: \d+ bytes is far larger .* \(the limit is 100 bytes\)/);
	});

	it('a named pipe is refused at once, never waited on', async () => {
		const fifo = path.join(dir, 'pipe.csv');
		expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
		const t0 = performance.now();
		expect((await loadError(fifo)).message).toMatch(/pipe\.csv: this is a named pipe, not a file/);
		// Read as a file of a folder (as if its stat had lied): opened without blocking, then refused.
		expect(() => readFileWithin(fifo, 'pipe.csv', 1000)).toThrow(/a named pipe, not a file/);
		expect(performance.now() - t0).toBeLessThan(5000);
	});

	it('a device is refused', async () => {
		expect((await loadError('/dev/zero')).message).toMatch(/\/dev\/zero: this is a device, not a file/);
	});

	it('a folder where a file was expected', () => {
		expect(() => readFileWithin(dir, 'ViewingActivity.csv', 1000)).toThrow(/ViewingActivity\.csv: this is a folder where a file was expected/);
	});

	it('a file that may not be read (EACCES): two clean lines, exit 1', () => {
		const file = path.join(dir, 'secret.csv');
		writeFileSync(file, VIEWING);
		chmodSync(file, 0o000);
		const {code, stdout, stderr} = runAsUser(['summary', file]);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		const lines = stderr.trimEnd().split('\n');
		expect(lines).toHaveLength(2);
		expect(lines[0]).toMatch(/^netflix-tui: .*secret\.csv: permission denied/);
		expect(stderr).not.toMatch(/unexpected error|\n\s+at /);
	});
});

describe('the folder walker', () => {
	it('skips a subfolder it may not read, says so, and reads the export beside it', () => {
		const root = writeFolder(dir, 'with-locked', {'export/CONTENT_INTERACTION/ViewingActivity.csv': VIEWING, 'private/notes.txt': 'x'});
		chmodSync(path.join(root, 'private'), 0o000);
		const {code, stdout} = runAsUser(['doctor', root, '--json']);
		expect(code).toBe(0);
		const doctor = JSON.parse(stdout);
		expect(doctor.rows.read).toBe(1);
		expect(doctor.warnings.join('\n')).toMatch(/Skipped 1 folder that could not be read \(permission denied\): private/);
	});

	it('when the history is not found, the error names the folders that could not be read', () => {
		const root = writeFolder(dir, 'locked-history', {'CONTENT_INTERACTION/ViewingActivity.csv': VIEWING, 'ACCOUNT/AccountDetails.csv': 'a,b\n1,2\n'});
		chmodSync(path.join(root, 'CONTENT_INTERACTION'), 0o000);
		const {code, stderr} = runAsUser(['summary', root]);
		expect(code).toBe(1);
		const lines = stderr.trimEnd().split('\n');
		expect(lines).toHaveLength(2);
		expect(lines[0]).toMatch(/no viewing history found/);
		expect(lines[1]).toMatch(/Skipped 1 folder that could not be read \(permission denied\): CONTENT_INTERACTION\./);
	});

	it('a folder of more files than the limit beside the export does not hide the viewing history', () => {
		// Breadth first, the clutter (one level down) is met before the export's files (two levels down).
		const root = writeFolder(dir, 'cluttered', {'zz-export/CONTENT_INTERACTION/ViewingActivity.csv': VIEWING});
		mkdirSync(path.join(root, 'photos'));
		for (let i = 0; i < 60; i++) writeFileSync(path.join(root, 'photos', `${i}.jpg`), '');
		const source = openSource(root, {...LIMITS, files: 20});
		expect(source.files).toHaveLength(21);
		expect(findTable(detectLayout(source), 'ViewingActivity')?.file.path).toBe('zz-export/CONTENT_INTERACTION/ViewingActivity.csv');
		expect(source.warnings!.join('\n')).toMatch(/Left out 40 more files: an export holds about 40, and at most 20 are listed/);
	});

	it('looks at a bounded number of entries and levels, and says where it stopped', () => {
		const root = writeFolder(dir, 'deep-and-wide', {'a/b/c/d/deep.csv': 'x\n', 'CONTENT_INTERACTION/ViewingActivity.csv': VIEWING});
		for (let i = 0; i < 30; i++) writeFileSync(path.join(root, `wide-${i}.txt`), '');
		const deep = openSource(root, {...LIMITS, folderDepth: 2});
		expect(deep.files.map(f => f.path)).not.toContain('a/b/c/d/deep.csv');
		expect(deep.warnings!.join('\n')).toMatch(/Did not look into 1 folder more than 2 levels deep/);
		const wide = openSource(root, {...LIMITS, folderEntries: 10});
		expect(wide.files.length).toBeLessThan(10);
		expect(wide.warnings!.join('\n')).toMatch(/Stopped looking after 10 folder entries; give the export's own folder/);
	});

	it('follows symbolic links inside the folder (once, even in a loop) and says which ones lead out of it', async () => {
		const root = writeFolder(dir, 'linked', {'.store/CONTENT_INTERACTION/ViewingActivity.csv': VIEWING});
		const outside = writeFolder(dir, 'elsewhere', {'CONTENT_INTERACTION/ViewingActivity.csv': csv2025([...ROWS, ...ROWS])});
		// The viewing history is reachable only through the link (folders starting with `.` are not walked).
		symlinkSync(path.join(root, '.store'), path.join(root, 'export'));
		symlinkSync(root, path.join(root, '.store', 'loop'));
		symlinkSync(root, path.join(root, 'back-to-top'));
		symlinkSync(outside, path.join(root, 'outside'));
		const loaded = await loadExport(root);
		expect(loaded.viewingFile).toBe('export/CONTENT_INTERACTION/ViewingActivity.csv');
		expect(loaded.rows).toHaveLength(1);
		expect(loaded.layout.tables.filter(t => t.name === 'ViewingActivity')).toHaveLength(1);
		expect(loaded.warnings.join('\n')).toMatch(/Did not follow 1 symbolic link leading out of .*linked \(or nowhere\): outside/);
	});
});
