import {closeSync, constants, fstatSync, openSync, readSync, type Stats} from 'node:fs';
import {ExportError} from './errors.js';
import {sizeText} from './limits.js';

/** The hint for an input that is not an export at all. */
export const GIVE = 'Give the ZIP Netflix sent (netflix-report.zip), the folder you unzipped it into, or a ViewingActivity.csv.';

/** The first bytes of a file (a ZIP starts `PK`), read alone: never the whole file to look at 4 bytes. */
export function readHead(file: string, shown: string): Buffer {
	return withFile(file, shown, fd => {
		const head = Buffer.alloc(4);
		const n = readSync(fd, head, 0, 4, 0);
		return head.subarray(0, n);
	});
}

/**
 * A whole file, refused when it is larger than `cap` (learnt from `fstat` on the open file, before a
 * byte is read) or is not a regular file. Reads what `fstat` said, even if the file grows meanwhile.
 */
export function readFileWithin(file: string, shown: string, cap: number): Buffer {
	return withFile(file, shown, (fd, stats) => {
		if (stats.size > cap) {
			throw new ExportError(`${shown}: ${sizeText(stats.size)} is far larger than any file of a Netflix export (the limit is ${sizeText(cap)})`, GIVE);
		}
		// Memory of its own (not the shared pool): the reading thread can take it over without a copy.
		const bytes = Buffer.allocUnsafeSlow(stats.size);
		let n = 0;
		while (n < stats.size) {
			const read = readSync(fd, bytes, n, stats.size - n, null);
			if (read === 0) break;
			n += read;
		}
		return n === stats.size ? bytes : bytes.subarray(0, n);
	});
}

/**
 * Opens without blocking (a named pipe would wait for a writer forever), checks on the open file that
 * it is a regular file, and maps every system error to two clean lines.
 */
function withFile<T>(file: string, shown: string, use: (fd: number, stats: Stats) => T): T {
	let fd: number;
	try {
		fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
	} catch (error) {
		throw fileError(shown, error);
	}
	try {
		const stats = fstatSync(fd);
		if (!stats.isFile()) throw notAFile(shown, stats);
		return use(fd, stats);
	} catch (error) {
		if (error instanceof ExportError) throw error;
		throw fileError(shown, error);
	} finally {
		closeSync(fd);
	}
}

/** A system error (`EACCES`, `EISDIR`, …) as two lines a person can act on. */
export function fileError(shown: string, error: unknown): ExportError {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	switch (code) {
		case 'ENOENT':
		case 'ENOTDIR':
			return new ExportError(`${shown}: no such file or folder`, `Check the path. ${GIVE}`);
		case 'EACCES':
		case 'EPERM':
			return new ExportError(`${shown}: permission denied (this user may not read it)`, 'Check its permissions (ls -l), or copy the export somewhere you can read it.');
		case 'EISDIR':
			return new ExportError(`${shown}: this is a folder where a file was expected`, GIVE);
		case 'ELOOP':
			return new ExportError(`${shown}: a symbolic link that leads to itself`, GIVE);
		case 'ERR_FS_FILE_TOO_LARGE':
			return new ExportError(`${shown}: the file is far larger than any Netflix export`, GIVE);
		default:
			return new ExportError(`${shown}: cannot be read (${code ?? (error instanceof Error ? error.message.split('\n')[0] : 'unknown error')})`, GIVE);
	}
}

export function notAFile(shown: string, stats: Stats): ExportError {
	if (stats.isDirectory()) return new ExportError(`${shown}: this is a folder where a file was expected`, GIVE);
	const what = stats.isFIFO() ? 'a named pipe' : stats.isCharacterDevice() || stats.isBlockDevice() ? 'a device' : stats.isSocket() ? 'a socket' : 'not a regular file';
	return new ExportError(`${shown}: this is ${what}, not a file`, GIVE);
}
