import {Text} from 'ink';
import {MIN_COLUMNS, MIN_ROWS} from '../layout.js';

/** Props of the too-small message. */
export interface TooSmallProps {
	columns: number;
	rows: number;
}

/** Shown instead of the screens when the terminal is below the minimum size. Keys still work (q quits). */
export function TooSmall({columns, rows}: TooSmallProps) {
	return (
		<Text wrap="wrap">
			Terminal too small ({columns}×{rows}). netflix-tui needs at least {MIN_COLUMNS}×{MIN_ROWS}: make the window larger, or press q to quit.
		</Text>
	);
}
