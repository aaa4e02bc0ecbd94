import {Box, Text} from 'ink';
import {basename} from 'node:path';
import {group} from '../../commands/format.js';
import {inert} from '../../text/inert.js';

/** Props of the loading screen. */
export interface LoadingScreenProps {
	path: string;
	/** Share of the viewing history read, 0–1. */
	fraction: number;
	rows: number;
	/** Reading is done and the search index is being built. */
	indexing: boolean;
	width: number;
}

/** The first frame: what is being read, rows so far and a percentage. q already quits. */
export function LoadingScreen({path, fraction, rows, indexing, width}: LoadingScreenProps) {
	const percent = Math.min(100, Math.round(fraction * 100));
	const barWidth = Math.max(10, Math.min(50, width - 10));
	const filled = Math.round((barWidth * percent) / 100);
	return (
		<Box flexDirection="column" width={width} paddingX={1}>
			<Text bold wrap="truncate">
				netflix-tui · reading {inert(basename(path))}
			</Text>
			<Text> </Text>
			<Text>
				{'█'.repeat(filled)}
				{'░'.repeat(barWidth - filled)} {percent}%
			</Text>
			<Text wrap="truncate">
				{group(rows)} rows read{indexing ? ' · building the search index…' : '…'}
			</Text>
			<Text> </Text>
			<Text dimColor>q quits</Text>
		</Box>
	);
}
