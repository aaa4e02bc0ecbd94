import {trace} from '../trace.js';

/**
 * An Intl.Segmenter made at its first `segment` call, not where it is declared. Ink's text modules
 * (slice-ansi, @alcalzone/ansi-tokenize, wrap-ansi's string-width) each make one as they are evaluated,
 * and the first one made loads ICU's break data: ≈25 ms on the thread that reads keys before the first
 * screen, which a screen of plain text never needs (its widths are counted: plain-cells.ts). The bundle
 * puts this class in their place (scripts/ink-fast-paths.mjs, patchSegmenters).
 */
export class LazySegmenter {
	private made: Intl.Segmenter | undefined;

	constructor(
		private readonly locales?: string | string[],
		private readonly options?: Intl.SegmenterOptions,
	) {}

	segment(text: string): Intl.Segments {
		if (!this.made) {
			trace('a text segmented by graphemes (ICU break data)');
			this.made = new Intl.Segmenter(this.locales, this.options);
		}
		return this.made.segment(text);
	}
}
