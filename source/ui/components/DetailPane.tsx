import {Box, Text} from 'ink';
import {wrapLines, type DetailLine} from '../detail-lines.js';

/** Props of the pane beside a list on wide terminals. */
export interface DetailPaneProps {
	/** The row under the cursor in full (see detail-lines.ts). */
	lines: readonly DetailLine[];
	/** Width in cells, its left border included. */
	width: number;
	/** Lines available. */
	height: number;
}

/** The selected row in full, word-wrapped, beside the list: what a column cut with `…` said. */
export function DetailPane({lines, width, height}: DetailPaneProps) {
	const shown = wrapLines(lines, width - 2, height);
	return (
		<Box flexDirection="column" width={width} height={height} flexShrink={0} borderStyle="single" borderTop={false} borderBottom={false} borderRight={false} paddingLeft={1}>
			{shown.map((line, i) => (
				<Text key={i} bold={line.bold} wrap="truncate">
					{line.text === '' ? ' ' : line.text}
				</Text>
			))}
		</Box>
	);
}
