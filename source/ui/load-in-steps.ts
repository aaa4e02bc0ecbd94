/**
 * The explorer's code and the engine's one-time costs, loaded a piece at a time while an export loads:
 * each piece runs in a task of its own and `q` is read between two (issue #14: the thread that reads keys
 * is never busy for more than 50 ms). Imported in one go they were one task of ≈100–150 ms.
 */

import {OWN_SLICE, tick} from '../load/sliced-first-pass.js';
import {plainCells} from './plain-cells.js';
import {trace} from '../trace.js';

/*
 * No engine piece is made ahead of the first screen any more: ICU's number format (≈24 ms the first time,
 * measured on the thread that reads keys before the first screen) is never needed there (counts are
 * grouped by format.ts's group and preload.ts's thousands); ICU's break data behind `Intl.Segmenter`
 * (25–60 ms) is made at the first text that is not plain (lazy-segmenter.ts, PATTERN_PIECES below).
 */

/** The patterns' flag as string-width writes it (Unicode sets; tsc's ES2022 target refuses it in a literal). */
const SETS = 'v';

/**
 * What string-width needs to measure a text that is not plain (plain-cells.ts): the Unicode emoji set
 * behind its `^\p{RGI_Emoji}$` pattern (40–90 ms to parse; V8 keeps the parse for the same pattern and
 * flags, and a second one costs 0.1 ms), that pattern's first match (90–120 ms to compile; 15–35 ms for
 * string-width's own copy after it), and its pattern of visible characters. The bundle makes string-width
 * create its patterns on its first text that is not plain (scripts/ink-fast-paths.mjs): an export whose
 * first screen is plain text never waits for these; the explorer makes them after its first screen,
 * between keys, or before measuring a first screen that needs them.
 */
const PATTERN_PIECES: ReadonlyArray<() => unknown> = [
	() => new Intl.Segmenter(undefined, {granularity: 'grapheme'}).segment('é'),
	() => new RegExp('^\\p{RGI_Emoji}$', SETS),
	() => new RegExp('^\\p{RGI_Emoji}$', SETS).test('\u{1F600}'),
	() => new RegExp('[^\\p{Default_Ignorable_Code_Point}\\p{Control}\\p{Format}\\p{Nonspacing_Mark}\\p{Enclosing_Mark}\\p{Surrogate}]', SETS).test('é'),
];

/** How many of PATTERN_PIECES are made (each once, whichever way asks first). */
let patternsMade = 0;

function makeNextPattern(): boolean {
	if (patternsMade >= PATTERN_PIECES.length) return false;
	PATTERN_PIECES[patternsMade++]!();
	return true;
}

/** Whether string-width's patterns are made (its first text that is not plain then waits for nothing). */
export function patternsReady(): boolean {
	return patternsMade >= PATTERN_PIECES.length;
}

/**
 * Makes string-width's patterns (PATTERN_PIECES) as steps for inSlices: each piece a slice of its own
 * (OWN_SLICE before and after it), nothing else in its task.
 */
export function* patternSteps(): Generator<typeof OWN_SLICE, void, void> {
	while (!patternsReady()) {
		yield OWN_SLICE;
		makeNextPattern();
		yield OWN_SLICE;
	}
}

/** Texts looked at between two steps of `patternsIfNeeded`. */
const TEXTS_PER_STEP = 2000;

/**
 * Steps that make string-width's patterns (one piece a step) if a text of `lists` is not plain: after the
 * first screen, so that no later screen of that export waits for them; an export of plain names never does.
 */
export function* patternsIfNeeded(lists: ReadonlyArray<readonly string[]>): Generator<void, void, void> {
	let looked = 0;
	for (const list of lists) {
		for (const text of list) {
			if (patternsReady()) return;
			if (++looked % TEXTS_PER_STEP === 0) yield;
			if (plainCells(text) >= 0) continue;
			while (makeNextPattern()) yield;
			return;
		}
	}
}

/**
 * Imports Ink and what it is made of in awaited steps, each module's parse and evaluation apart from
 * the next: React, the scheduler, react-reconciler (400 kB of source), Yoga (its WebAssembly is compiled
 * from a base64 string), Ink's dependencies, then Ink. The bundle (scripts/bundle.mjs, code
 * splitting) makes a chunk at each of these imports, so each is read, parsed and run on its own; the
 * explorer's own modules then find them loaded.
 */
export async function loadInkInSteps(): Promise<void> {
	await import('react');
	await import('react/jsx-runtime');
	await tick();
	await import('scheduler');
	await tick();
	await import('react-reconciler');
	await tick();
	trace('explorer code: React loaded');
	// In the explorer's script (scripts/bundle.mjs), Yoga's module cannot await its WebAssembly at its top
	// level: it gives `ready` to await instead, before anything uses Yoga.
	const yoga = await import('yoga-layout');
	await (yoga as unknown as {ready?: Promise<void>}).ready;
	await tick();
	trace('explorer code: Yoga loaded');
	// Ink's own dependencies, in two steps before Ink (ink-*-dependencies.ts): they were half of Ink's chunk.
	await import('./ink-text-dependencies.js');
	await tick();
	await import('./ink-terminal-dependencies.js');
	await tick();
	trace("explorer code: Ink's dependencies loaded");
	await import('ink');
	await tick();
	trace('explorer code: Ink loaded');
}
