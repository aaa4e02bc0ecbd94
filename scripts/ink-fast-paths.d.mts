/** Ink's Output.get() replaced by source/ui/ink-frame.ts; throws when output.js has changed shape. */
export function patchInkOutput(source: string, path: string): string;
/** string-width's stringWidth() answering plain text itself (source/ui/plain-cells.ts). */
export function patchStringWidth(source: string, path: string): string;
/** Ink's sanitizeAnsi() returning plain text with only SGR sequences as it is. */
export function patchSanitizeAnsi(source: string, path: string): string;
