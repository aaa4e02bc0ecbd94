/**
 * Block-character charts shared by the Stats screen and `stats` text: bars in eighths of a cell,
 * sparklines and heatmap shades. Plain characters, so they read the same without colour (NO_COLOR)
 * and in a pipe; widths are in terminal cells and every character here is one cell wide.
 */

const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
const SPARKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/** The shades of the heatmap, lightest first: no watching, then four levels up to the busiest cell. */
export const HEAT_SHADES = ['·', '░', '▒', '▓', '█'] as const;

/** A bar of `value / max` of `width` cells, in eighths of a cell; a value above zero shows at least ▏. */
export function bar(value: number, max: number, width: number): string {
	if (width <= 0 || max <= 0 || value <= 0) return '';
	const eighths = Math.max(1, Math.round((Math.min(value, max) / max) * width * 8));
	return '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8]!;
}

/** One character per value, ▁ to █ of the largest; a zero is a space so an empty month reads as empty. */
export function sparkline(values: readonly number[], max = Math.max(0, ...values)): string {
	return values.map(v => (v <= 0 || max <= 0 ? ' ' : SPARKS[Math.min(7, Math.floor((v / max) * 7.999))]!)).join('');
}

/** The shade level (0–4) of a heatmap cell: 0 for nothing, then quarters of the busiest cell. */
export function heatLevel(value: number, max: number): number {
	if (value <= 0 || max <= 0) return 0;
	return Math.min(4, 1 + Math.floor((value / max) * 4 - 1e-9));
}

/** `312 h`, `4.5 h`, `45 min`, `0`: watch time short enough to stand beside a bar. */
export function hoursShort(seconds: number): string {
	if (seconds <= 0) return '0';
	if (seconds < 3600) return `${Math.max(1, Math.round(seconds / 60))} min`;
	const h = seconds / 3600;
	return h < 10 ? `${h.toFixed(1)} h` : `${Math.round(h).toLocaleString('en-US')} h`;
}
