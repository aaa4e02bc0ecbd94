import {Box, Text} from 'ink';
import {keyHelpLines} from '../key-help.js';
import {SCREENS} from '../screen-registry.js';
import type {ListState} from '../list-window.js';
import type {ScreenId} from '../screens.js';

/** Props of the help screen. */
export interface HelpOverlayProps {
	/** Scroll position: the cursor is the first line shown. */
	list: ListState;
	width: number;
	/** Lines available for the key list. */
	rows: number;
	/** The screen help was opened on: its own keys come first. */
	screen?: ScreenId;
}

/**
 * Every key binding, generated from keymap.ts, the current screen's own keys first; scrollable when
 * the terminal is short, with a line saying there is more above or below.
 */
export function HelpOverlay({list, width, rows, screen}: HelpOverlayProps) {
	const lines = keyHelpLines(screen ? (SCREENS[screen].keys ?? 'list') : undefined);
	const room = rows + 1;
	const top = Math.min(list.cursor, Math.max(0, lines.length - room));
	const above = top > 0;
	const below = top + room < lines.length;
	const visible = lines.slice(top, top + room - (below ? 1 : 0));
	return (
		<Box flexDirection="column" width={width}>
			<Text bold wrap="truncate">
				Keys — Esc or ? closes this help{above ? '  ↑ more above (k, PgUp)' : ''}
			</Text>
			{visible.map((line, i) => (
				<Text key={top + i} wrap="truncate" bold={!line.startsWith(' ')}>
					{line}
				</Text>
			))}
			{below ? (
				<Text wrap="truncate" inverse>
					{` ↓ ${lines.length - top - visible.length} more lines (j, ↓, PgDn) `}
				</Text>
			) : null}
		</Box>
	);
}
