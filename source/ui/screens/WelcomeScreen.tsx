import {Box, Text} from 'ink';
import {inert} from '../../text/inert.js';
import {colour} from '../colour.js';

/** Props of the welcome screen (no export given). */
export interface WelcomeScreenProps {
	/** `netflix-report*.zip` files found in the current folder and ~/Downloads, newest first. */
	found: string[];
	width: number;
	/** Lines available; the steps are cut to fit. */
	height: number;
}

const STEPS = [
	'How to get your Netflix data:',
	' 1. In a web browser (not the phone or TV apps), sign in at netflix.com.',
	' 2. Open Account, then "Download your personal information", and submit the request.',
	" 3. Wait for Netflix's email with the download link: usually within days, at most 30.",
	' 4. Download netflix-report.zip (one file covers every profile of the account).',
	' 5. Run: netflix-tui ~/Downloads/netflix-report.zip  (or start netflix-tui in that folder)',
	'Nothing leaves this computer: the file is only read.',
];

/** Explains how to request the export, offers the demo (d) and any export found nearby (Enter). */
export function WelcomeScreen({found, width, height}: WelcomeScreenProps) {
	const offer = found.length > 0 ? 4 : 3;
	const steps = STEPS.slice(0, Math.max(0, height - offer - 2));
	return (
		<Box flexDirection="column" width={width} paddingX={1}>
			<Text bold wrap="truncate">
				Welcome to netflix-tui: explore your Netflix viewing history.
			</Text>
			<Text> </Text>
			{steps.map((line, i) => (
				<Text key={i} wrap="truncate" bold={i === 0}>
					{line}
				</Text>
			))}
			<Text> </Text>
			{found.length > 0 ? (
				<Text wrap="truncate" color={colour('green')}>
					Found {inert(found[0]!)}
					{found.length > 1 ? ` (and ${found.length - 1} more)` : ''}: press Enter to open it.
				</Text>
			) : null}
			<Text wrap="truncate">Press d to explore a demo export, q to quit.</Text>
		</Box>
	);
}
