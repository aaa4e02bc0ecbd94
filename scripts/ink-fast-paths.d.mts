/** Ink's Output.get() replaced by source/ui/ink-frame.ts; throws when output.js has changed shape. */
export function patchInkOutput(source: string, path: string): string;
/** string-width's stringWidth() answering plain text itself (source/ui/plain-cells.ts). */
export function patchStringWidth(source: string, path: string): string;
/** Ink's sanitizeAnsi() returning plain text with only SGR sequences as it is. */
export function patchSanitizeAnsi(source: string, path: string): string;
/** Ink's incremental log-update moving up to the frame's first line when the last frame ended with a line break. */
export function patchLogUpdate(source: string, path: string): string;
/** A module's one `new Intl.Segmenter(…)` made on first use (source/ui/lazy-segmenter.ts); throws when it has changed shape. */
export function patchSegmenters(source: string, path: string): string;
