import {Box, Text} from 'ink';
import {cellWidth, group} from '../../text/format.js';
import {inert} from '../../text/inert.js';

/** Props of the bottom line. */
export interface StatusBarProps {
	/** The screen's name (`Stopped`, `Show`, `Help`). */
	screen: string;
	profile: string | null;
	/** Said instead of the profile when the screen is not about one (the Data screen: `whole account`). */
	scope?: string;
	/** `[position, count]` of the cursor, or null when the screen has no list. */
	position: [number, number] | null;
	/**
	 * Key hints, the screen's own first, help and quit last. When the bar is too narrow, hints are dropped
	 * from before the last two, so how to get help and how to quit always show.
	 */
	hints: string[];
	width: number;
}

/** The bottom line: where you are (screen, profile, `123/10,482`) and the keys that matter here. */
export function StatusBar({screen, profile, scope, position, hints, width}: StatusBarProps) {
	const where = [screen, scope ?? (profile === null ? 'All profiles' : inert(profile)), position ? `${group(position[0])}/${group(position[1])}` : null]
		.filter(Boolean)
		.join(' · ');
	const tail = hints.slice(-2);
	const body = hints.slice(0, -2);
	while (body.length > 0 && cellWidth(` ${where}   ${[...body, ...tail].join('  ')}`) > width) body.pop();
	return (
		<Box width={width} flexShrink={0}>
			<Text wrap="truncate">
				<Text inverse> {where} </Text>
				<Text dimColor> {[...body, ...tail].join('  ')}</Text>
			</Text>
		</Box>
	);
}
