import {Box, Text} from 'ink';
import {group, hoursMinutes, localDate} from '../../text/format.js';
import {fit as cell} from '../../text/format.js';
import {ListLine} from '../components/ListLine.js';
import {columnWidths} from '../layout.js';
import type {ListState} from '../list-window.js';
import type {ProfileRow} from '../screen-data.js';

/** Props of the Profiles screen. */
export interface ProfilesScreenProps {
	rows: ProfileRow[];
	list: ListState;
	/** The profile every screen is filtered by (marked ●). */
	profile: string | null;
	width: number;
	height: number;
}

/** Each profile with its numbers; Enter makes it the profile every screen shows. */
export function ProfilesScreen({rows, list, profile, width, height}: ProfilesScreenProps) {
	const wide = width >= 110;
	const cols = columnWidths(width - 2, [
		{weight: 1},
		{fixed: 9},
		{fixed: 15},
		{fixed: 6},
		{fixed: 6},
		...(wide ? [{fixed: 9}, {fixed: 23}, {fixed: 7}] : []),
	]);
	const names = ['Profile', 'Viewings', 'Watched', 'Shows', 'Movies', ...(wide ? ['Episodes', 'First – last', 'Devices'] : [])];
	return (
		<Box flexDirection="column" width={width}>
			<Text bold wrap="truncate">
				Profiles · Enter chooses the profile every screen shows · p cycles from anywhere
			</Text>
			<Text dimColor wrap="truncate">
				{'  '}
				{names.map((n, i) => cell(n, cols[i]!)).join(' ')}
			</Text>
			{rows.slice(list.offset, list.offset + height).map((row, i) => {
				const index = list.offset + i;
				const s = row.stats;
				const span = s.firstViewing === null || s.lastViewing === null ? '' : `${localDate(s.firstViewing)} – ${localDate(s.lastViewing)}`;
				const cells = [
					`${row.profile === profile ? '● ' : '  '}${s.name}`,
					group(s.viewings),
					s.watchSeconds === null ? '—' : hoursMinutes(s.watchSeconds),
					group(s.shows),
					group(s.movies),
					...(wide ? [group(s.episodes), span, group(s.devices)] : []),
				];
				return (
					<ListLine key={s.name + String(row.profile === null)} selected={index === list.cursor} width={width}>
						{cells.map((c, k) => cell(c, cols[k]!)).join(' ')}
					</ListLine>
				);
			})}
		</Box>
	);
}
