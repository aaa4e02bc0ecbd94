/**
 * NO_COLOR (https://no-color.org) asks for no colour, not for no styling: the cursor row (inverse),
 * headings (bold) and the letters a search matched (bold, underline) must stay visible. So the explorer
 * keeps Ink's styles on and leaves out only the colours, here.
 */
const noColour = (process.env['NO_COLOR'] ?? '') !== '';

/** Ink's `color` prop: the colour asked for, or none under NO_COLOR. */
export function colour<T extends string>(name: T): T | undefined {
	return noColour ? undefined : name;
}
