import {Box, Text} from 'ink';
import {TABS, type TabId} from '../screens.js';

/** Props of the top line. */
export interface HeaderProps {
	/** The tab to mark as current. */
	tab: TabId;
	/** The profile every screen is filtered by; null is "All profiles". */
	profile: string | null;
	width: number;
}

/** The top line: the tabs with their number keys, and the current profile (always visible). */
export function Header({tab, profile, width}: HeaderProps) {
	const who = `Profile: ${profile ?? 'All profiles'}`;
	return (
		<Box width={width} flexShrink={0} justifyContent="space-between">
			<Box flexShrink={1}>
				<Text wrap="truncate">
					<Text bold color="red">
						netflix-tui
					</Text>
					{TABS.map(t => (
						<Text key={t.id} inverse={t.id === tab} bold={t.id === tab}>
							{' '}
							{t.id === tab ? `[${t.key} ${t.label}]` : ` ${t.key} ${t.label} `}
						</Text>
					))}
				</Text>
			</Box>
			<Box flexShrink={0} marginLeft={1}>
				<Text bold color="cyan" wrap="truncate">
					{who.length > Math.floor(width / 3) ? `${[...who].slice(0, Math.floor(width / 3) - 1).join('')}…` : who}
				</Text>
			</Box>
		</Box>
	);
}
