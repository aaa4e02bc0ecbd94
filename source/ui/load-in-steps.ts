/**
 * The explorer's code and the engine's one-time costs, loaded a piece at a time while an export loads:
 * each piece runs in a task of its own and `q` is read between two (issue #14: the thread that reads keys
 * is never busy for more than 50 ms). Imported in one go they were one task of ≈100–150 ms.
 */

import {tick} from '../load/sliced-first-pass.js';
import {trace} from '../trace.js';

/**
 * What the engine makes once and keeps, made here ahead of the code that needs it (measured one by one
 * on the 2-core machine, load average 6–8): ICU's word-break data behind `new Intl.Segmenter()`
 * (35–60 ms; string-width makes one when its module is evaluated, Ink and the screens import it), the
 * Unicode emoji set behind string-width's `^\p{RGI_Emoji}$` pattern (40–90 ms to parse, as string-width
 * evaluates; V8 keeps the parse for the same pattern and flags, and a second one costs 0.1 ms), its first
 * match (90–120 ms to compile; 15–35 ms for string-width's own copy after it), and ICU's number format
 * behind `toLocaleString` (15 ms, first drawn on the loading screen).
 */
/** The patterns' flag as string-width writes it (Unicode sets; tsc's ES2022 target refuses it in a literal). */
const SETS = 'v';

const ENGINE_PIECES: ReadonlyArray<() => unknown> = [
	() => new Intl.Segmenter(),
	() => new Intl.Segmenter(undefined, {granularity: 'grapheme'}),
	() => new RegExp('^\\p{RGI_Emoji}$', SETS),
	() => new RegExp('^\\p{RGI_Emoji}$', SETS).test('\u{1F600}'),
	() => new RegExp('[^\\p{Default_Ignorable_Code_Point}\\p{Control}\\p{Format}\\p{Nonspacing_Mark}\\p{Enclosing_Mark}\\p{Surrogate}]', SETS).test('é'),
	() => (1234).toLocaleString('en-US'),
];

let engineReady: Promise<void> | undefined;

/** Makes the engine's one-time pieces, each in its own task; once (later calls share the first). */
export function warmEngine(): Promise<void> {
	engineReady ??= (async () => {
		for (const piece of ENGINE_PIECES) {
			piece();
			await tick();
		}
	})();
	return engineReady;
}

/**
 * Imports Ink and what it is made of in awaited steps, each module's parse and evaluation apart from
 * the next: React, the scheduler, react-reconciler (400 kB of source), Yoga (its WebAssembly is compiled
 * from a base64 string), then Ink. The bundle (scripts/bundle.mjs, code splitting) makes a chunk at
 * each of these imports, so each is read, parsed and run on its own; the explorer's own modules then
 * find them loaded.
 */
export async function loadInkInSteps(): Promise<void> {
	await warmEngine();
	trace('explorer code: engine pieces made');
	await import('react');
	await import('react/jsx-runtime');
	await tick();
	await import('scheduler');
	await tick();
	await import('react-reconciler');
	await tick();
	trace('explorer code: React loaded');
	await import('yoga-layout');
	await tick();
	trace('explorer code: Yoga loaded');
	await import('ink');
	await tick();
	trace('explorer code: Ink loaded');
}
