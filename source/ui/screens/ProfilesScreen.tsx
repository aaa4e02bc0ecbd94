import {Box, Text} from 'ink';
import {group, hoursMinutes, localDate} from '../../text/format.js';
import {ListLine} from '../components/ListLine.js';
import {fitColumns, headingLine, tableLine, widest, type Column} from '../columns.js';
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
	const all = rows.map(row => profileCells(row, profile));
	const columns = profileColumns(all);
	const widths = fitColumns(width - 2, columns);
	return (
		<Box flexDirection="column" width={width}>
			<Text bold wrap="truncate">
				Profiles · Enter chooses the profile every screen shows · p cycles from anywhere
			</Text>
			<Text dimColor wrap="truncate">
				{'  '}
				{headingLine(columns, widths)}
			</Text>
			{rows.slice(list.offset, list.offset + height).map((row, i) => {
				const index = list.offset + i;
				return (
					<ListLine key={row.stats.name + String(row.profile === null)} selected={index === list.cursor} width={width}>
						{tableLine(all[index]!, widths)}
					</ListLine>
				);
			})}
		</Box>
	);
}

/** The cells of one profile's line, in column order; the current profile is marked ●. */
export function profileCells(row: ProfileRow, current: string | null): string[] {
	const s = row.stats;
	// Months: the days are in the detail pane, and 80 columns then hold every other number.
	const span = s.firstViewing === null || s.lastViewing === null ? '' : `${localDate(s.firstViewing).slice(0, 7)} – ${localDate(s.lastViewing).slice(0, 7)}`;
	return [
		`${row.profile === current ? '● ' : '  '}${s.name}`,
		group(s.viewings),
		s.watchSeconds === null ? '—' : hoursMinutes(s.watchSeconds),
		group(s.shows),
		group(s.movies),
		group(s.episodes),
		span,
		group(s.devices),
	];
}

/** Numbers are never cut; the name gets what it needs (no more); first–last and devices go first when narrow. */
function profileColumns(all: readonly string[][]): Column[] {
	const want = (name: string, i: number) =>
		widest(
			name,
			all.map(c => c[i]!),
		);
	return [
		{name: 'Profile', want: want('Profile', 0), min: Math.min(want('Profile', 0), 20), priority: 10},
		{name: 'Viewings', want: want('Viewings', 1), priority: 9, shrink: false},
		{name: 'Watched', want: want('Watched', 2), priority: 8, shrink: false},
		{name: 'Shows', want: want('Shows', 3), priority: 7, shrink: false, drop: true},
		{name: 'Movies', want: want('Movies', 4), priority: 6, shrink: false, drop: true},
		{name: 'Episodes', want: want('Episodes', 5), priority: 5, shrink: false, drop: true},
		{name: 'First – last', want: want('First – last', 6), priority: 4, shrink: false, drop: true},
		{name: 'Devices', want: want('Devices', 7), priority: 3, shrink: false, drop: true},
	];
}
