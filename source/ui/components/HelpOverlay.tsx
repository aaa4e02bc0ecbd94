import {Box, Text} from 'ink';
import {keyHelpLines} from '../keymap.js';
import type {ListState} from '../list-window.js';

const LINES = keyHelpLines();

/** Props of the help screen. */
export interface HelpOverlayProps {
	/** Scroll position: the cursor is the first line shown. */
	list: ListState;
	width: number;
	/** Lines available for the key list. */
	rows: number;
}

/** Every key binding, generated from keymap.ts, scrollable when the terminal is short. */
export function HelpOverlay({list, width, rows}: HelpOverlayProps) {
	const top = Math.min(list.cursor, Math.max(0, LINES.length - rows - 1));
	const visible = LINES.slice(top, top + rows + 1);
	return (
		<Box flexDirection="column" width={width}>
			<Text bold wrap="truncate">
				Keys — Esc or ? closes this help
			</Text>
			{visible.map((line, i) => (
				<Text key={top + i} wrap="truncate" bold={!line.startsWith(' ')}>
					{line}
				</Text>
			))}
		</Box>
	);
}
