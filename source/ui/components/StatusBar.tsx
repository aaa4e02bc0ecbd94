import {Box, Text} from 'ink';
import {group} from '../../commands/format.js';

/** Props of the bottom line. */
export interface StatusBarProps {
	/** The screen's name (`Stopped`, `Show`, `Help`). */
	screen: string;
	profile: string | null;
	/** `[position, count]` of the cursor, or null when the screen has no list. */
	position: [number, number] | null;
	/** Key hints, most useful first (`/ search`); cut at the right edge when the terminal is narrow. */
	hints: string[];
	width: number;
}

/** The bottom line: where you are (screen, profile, `123/10,482`) and the keys that matter here. */
export function StatusBar({screen, profile, position, hints, width}: StatusBarProps) {
	const where = [screen, profile ?? 'All profiles', position ? `${group(position[0])}/${group(position[1])}` : null].filter(Boolean).join(' · ');
	return (
		<Box width={width} flexShrink={0}>
			<Text wrap="truncate">
				<Text inverse> {where} </Text>
				<Text dimColor> {hints.join('  ')}</Text>
			</Text>
		</Box>
	);
}
