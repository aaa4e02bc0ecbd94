/**
 * A last guard between Ink and the terminal. Every screen makes its file text inert (text/inert.ts);
 * this catches text a screen forgot. Ink 6.8 strips cursor and clearing sequences from text but keeps
 * OSC sequences on purpose (its sanitize-ansi.js, for hyperlinks), so a title holding OSC 52 or OSC 0
 * would set the clipboard or rename the window. Ink itself writes only CSI sequences (SGR colours,
 * cursor moves, erasing, synchronized output, kitty keyboard flags), so everything below is text.
 */
import {inert} from '../text/inert.js';

/**
 * What Ink never writes: the string introducers ESC ] (OSC), ESC P (DCS), ESC _ (APC), ESC ^ (PM),
 * ESC X (SOS), ESC c (full reset), BEL, C1 controls, and the bidi controls and line separators.
 */
const NOT_INK = /\u001b[\]P_^Xc]|[\u0007\u0080-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;
const NOT_INK_ALL = new RegExp(NOT_INK.source, 'g');

/** A frame as Ink wrote it, with anything Ink would not write shown as symbols (`␛]`, `␇`, `\x9b`). */
export function inertFrame(output: string): string {
	if (!NOT_INK.test(output)) return output;
	return output.replace(NOT_INK_ALL, found => inert(found));
}

/**
 * `stdout` for Ink: the same stream (size, TTY, events), with every write passed through `inertFrame`,
 * and none at all once `closed()` says so: the explorer leaves the alternate screen on `q` and ends the
 * process, and Ink's exit hook (signal-exit) then unmounts and flushes a frame still waiting for its
 * throttle (a progress update in the last 8 ms of a load): drawn on the shell's screen, it stayed there.
 */
export function inertOutput(stdout: NodeJS.WriteStream, closed: () => boolean = () => false): NodeJS.WriteStream {
	const write = (chunk: unknown, ...rest: unknown[]) => {
		if (closed()) {
			const done = rest.find(r => typeof r === 'function') as (() => void) | undefined;
			done?.();
			return true;
		}
		return (stdout.write as (...args: unknown[]) => boolean)(typeof chunk === 'string' ? inertFrame(chunk) : chunk, ...rest);
	};
	return new Proxy(stdout, {
		get(target, property) {
			if (property === 'write') return write;
			const value: unknown = Reflect.get(target, property, target);
			return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
		},
	});
}
