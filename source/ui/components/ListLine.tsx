import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import {inert} from '../../text/inert.js';

/** Props of one line of a list. */
export interface ListLineProps {
	/** The cursor is on this line: drawn inverted and marked `›` (visible without colour too). */
	selected: boolean;
	/** Width of the line in cells; longer text is cut, never wrapped (a wrapped line would break the frame height). */
	width: number;
	/** A heading line: bold, no cursor marker. */
	heading?: boolean;
	/** The line's content; a string is made inert here (it holds file text: titles, names, devices). */
	children: ReactNode;
}

/** One line of a windowed list. */
export function ListLine({selected, width, heading = false, children}: ListLineProps) {
	return (
		<Box width={width} flexShrink={0}>
			<Text wrap="truncate" inverse={selected} bold={heading}>
				{selected ? '› ' : '  '}
				{typeof children === 'string' ? inert(children) : children}
			</Text>
		</Box>
	);
}
