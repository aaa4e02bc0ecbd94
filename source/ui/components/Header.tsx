import {Box, Text} from 'ink';
import {colour} from '../colour.js';
import {cellWidth, fit as cell} from '../../text/format.js';
import {inert} from '../../text/inert.js';
import {TABS} from '../screen-registry.js';
import type {TabId} from '../screens.js';
import {headerText} from '../tab-labels.js';

/** Props of the top line. */
export interface HeaderProps {
	/** The tab to mark as current. */
	tab: TabId;
	/** The profile every screen is filtered by; null is "All profiles". */
	profile: string | null;
	width: number;
}

/** The top line: the tabs with their number keys, and the current profile, which always stays visible. */
export function Header({tab, profile, width}: HeaderProps) {
	const {app, labels, profile: who} = headerText(TABS, tab, profile === null ? null : inert(profile), width);
	const room = Math.max(10, width - cellWidth(app) - cellWidth(labels.join(' ')) - 1);
	return (
		<Box width={width} flexShrink={0} justifyContent="space-between">
			<Box flexShrink={1}>
				<Text wrap="truncate">
					<Text bold color={colour('red')}>
						{app}
					</Text>
					{TABS.map((t, i) => (
						<Text key={t.id}>
							{i > 0 ? ' ' : ''}
							<Text inverse={t.id === tab} bold={t.id === tab}>
								{labels[i]}
							</Text>
						</Text>
					))}
				</Text>
			</Box>
			<Box flexShrink={0} marginLeft={1}>
				<Text bold color={colour('cyan')}>
					{cellWidth(who) > room ? cell(who, room) : who}
				</Text>
			</Box>
		</Box>
	);
}
