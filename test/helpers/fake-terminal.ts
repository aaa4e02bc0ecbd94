import {EventEmitter} from 'node:events';
import {PassThrough} from 'node:stream';

/** A terminal Ink can take: TTY-like stdin, and stdout and stderr that record what was written. */
export function fakeTerminal(columns = 80, rows = 24) {
	const stdin = Object.assign(new EventEmitter(), {
		isTTY: true,
		setRawMode: () => stdin,
		setEncoding: () => stdin,
		read: () => null,
		resume: () => stdin,
		pause: () => stdin,
		ref: () => stdin,
		unref: () => stdin,
	});
	const written: string[] = [];
	const stdout = Object.assign(new EventEmitter(), {isTTY: true, columns, rows, write: (s: string) => (written.push(s), true)});
	const errors: string[] = [];
	const stderr = Object.assign(new EventEmitter(), {write: (s: string) => (errors.push(s), true)});
	const streams = {stdin: stdin as unknown as NodeJS.ReadStream, stdout: stdout as unknown as NodeJS.WriteStream, stderr: stderr as unknown as NodeJS.WriteStream};
	return {...streams, streams, output: () => written.join(''), errors: () => errors.join('')};
}

/** Plain streams (not TTYs) for the preload: stdout records what was written. */
export function fakeStreams() {
	const stdout = new PassThrough() as unknown as NodeJS.WriteStream;
	let written = '';
	(stdout as unknown as PassThrough).on('data', chunk => (written += String(chunk)));
	const stdin = new PassThrough() as unknown as NodeJS.ReadStream;
	return {stdout, stdin, written: () => written};
}
