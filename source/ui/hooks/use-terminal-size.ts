import {useStdout} from 'ink';
import {useEffect, useState} from 'react';

/** Terminal size in character cells. */
export interface TerminalSize {
	columns: number;
	rows: number;
}

/** Used when the output is not a terminal that reports its size. */
const FALLBACK: TerminalSize = {columns: 80, rows: 24};

function measure(stdout: NodeJS.WriteStream): TerminalSize {
	return {columns: stdout.columns || FALLBACK.columns, rows: stdout.rows || FALLBACK.rows};
}

/** The terminal's size, updated on every resize. Read it once at the top and pass it down as props. */
export function useTerminalSize(): TerminalSize {
	const {stdout} = useStdout();
	const [size, setSize] = useState(() => measure(stdout));
	useEffect(() => {
		const onResize = () => setSize(measure(stdout));
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);
	return size;
}
