/**
 * The library's distinct titles folded as names are (`elite` for `Élite`), for the viewings' `text`
 * filter: folded once, so that a filter keystroke costs one pass over the columns. Whoever keeps a
 * library for more than one question (the explorer's History lists) keeps one of these with it and
 * passes it to every filter; without one, a filter folds the titles for itself.
 */
import type {Library} from '../model/library.js';
import {foldName} from './names.js';

/** Titles folded between two steps of `steps` (≈5 ms on the machine measured). */
const TITLES_PER_STEP = 2048;

/** One library's titles, folded as asked for (all at once, or in steps ahead of the first filter). */
export class FoldedTitles {
	private readonly folded: string[];
	private done = 0;

	constructor(private readonly library: Library) {
		this.folded = new Array(library.table.titles.length);
	}

	/** Every title folded, by title id (folds those not folded yet). */
	all(): readonly string[] {
		const steps = this.steps(Infinity);
		while (!steps.next().done);
		return this.folded;
	}

	/**
	 * Folds the titles not folded yet, `perStep` between two yields: the explorer does it once the first
	 * screen is drawn, reading keys between steps (55k titles of a 250k-row export in one piece held the
	 * keys 230 ms). A filter asked for meanwhile folds the rest at once.
	 */
	*steps(perStep = TITLES_PER_STEP): Generator<void, void, void> {
		const source = this.library.table.titles;
		while (this.done < source.length) {
			const end = Math.min(source.length, this.done + perStep);
			for (let t = this.done; t < end; t++) this.folded[t] = foldName(source[t]!);
			this.done = end;
			if (end < source.length) yield;
		}
	}
}
