import {Box, Text} from 'ink';
import {cellWidth, fit as cell} from '../../commands/format.js';
import {inert} from '../../text/inert.js';
import {TABS, type TabId} from '../screens.js';

/** Props of the top line. */
export interface HeaderProps {
	/** The tab to mark as current. */
	tab: TabId;
	/** The profile every screen is filtered by; null is "All profiles". */
	profile: string | null;
	width: number;
}

const APP = 'netflix-tui │ ';

/** Tab labels: full, or (when the profile would not fit) only the current tab named and the others by number. */
function labelsFor(tab: TabId, compact: boolean): string[] {
	// Compact: one space before each number, so six tabs and "Profile: All profiles" fit in 60 columns.
	return TABS.map(t => (t.id === tab ? `${compact ? ' ' : ''}[${t.key} ${t.label}]` : compact ? ` ${t.key}` : ` ${t.key} ${t.label} `));
}

/** The top line: the tabs with their number keys, and the current profile, which always stays visible. */
export function Header({tab, profile, width}: HeaderProps) {
	const who = `Profile: ${profile === null ? 'All profiles' : inert(profile)}`;
	const widthOf = (labels: string[]) => cellWidth(APP) + labels.reduce((n, l) => n + cellWidth(l), 0);
	let labels = labelsFor(tab, false);
	if (widthOf(labels) + 1 + cellWidth(who) > width) labels = labelsFor(tab, true);
	const room = Math.max(10, width - widthOf(labels) - 1);
	return (
		<Box width={width} flexShrink={0} justifyContent="space-between">
			<Box flexShrink={1}>
				<Text wrap="truncate">
					<Text bold color="red">
						{APP}
					</Text>
					{TABS.map((t, i) => (
						<Text key={t.id} inverse={t.id === tab} bold={t.id === tab}>
							{labels[i]}
						</Text>
					))}
				</Text>
			</Box>
			<Box flexShrink={0} marginLeft={1}>
				<Text bold color="cyan">
					{cellWidth(who) > room ? cell(who, room) : who}
				</Text>
			</Box>
		</Box>
	);
}
