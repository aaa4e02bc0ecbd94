import chalk from 'chalk';
import {Text} from 'ink';

/** Props of the lines of a list made as styled text. */
export interface HitLinesProps {
	/** One entry per line: its styled text (no line break, at most `width` cells wide) and whether the cursor is on it. */
	lines: ReadonlyArray<{text: string; selected: boolean}>;
}

/**
 * The lines of a list as one Ink <Text>: what `<ListLine>`s of the same text draw (the cursor line
 * inverted and marked `›`), at a fraction of the cost. Each <ListLine> is a Box and a Text of nested
 * Texts, so a 35-line list was ≈700 React elements and 70 Yoga nodes to compare and lay out on every
 * keystroke; here it is three elements and one node. Lines must fit the width: Ink would cut the text
 * as a whole, not line by line.
 */
export function HitLines({lines}: HitLinesProps) {
	if (lines.length === 0) return null;
	return <Text>{lines.map(line => (line.selected ? chalk.inverse(`› ${line.text}`) : `  ${line.text}`)).join('\n')}</Text>;
}
