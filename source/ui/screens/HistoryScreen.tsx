import {Box, Text} from 'ink';
import {clock, count, episodeCode, startedAt} from '../../text/format.js';
import type {ViewingEvent} from '../../model/types.js';
import type {ViewingList} from '../../query/history.js';
import {inert} from '../../text/inert.js';
import {colour} from '../colour.js';
import {ListLine} from '../components/ListLine.js';
import {fitColumns, headingLine, tableLine, widest, type Column} from '../columns.js';
import type {ListState} from '../list-window.js';
import {HistoryLines} from '../history-lines.js';

/** Props of the History screen. */
export interface HistoryScreenProps {
	/** The profile's viewings, oldest first (shown newest first without copying). */
	viewings: ViewingList;
	list: ListState;
	profile: string | null;
	/** The export has dates only (the simple download): no times to show. */
	datesOnly?: boolean;
	width: number;
	/** Lines available for the list. */
	height: number;
	/** The filter typed with `f` (show, episode, profile or date), and whether it is being typed. */
	filter?: string;
	filtering?: boolean;
	/** Oldest first (`o`): the list is handed over in that order. */
	oldestFirst?: boolean;
	/** The list's lines: viewings and month separators (ScreenData.historyLines; made here when left out). */
	lines?: HistoryLines;
	/** The go-to-date prompt's text (`:`), or null when closed. */
	jump?: string | null;
	/** What the last go-to said (a bad date, the nearest viewing), shown where the column names are. */
	note?: string | null;
	/** Every profile name and device name of the export (the columns' widths). */
	profiles?: readonly string[];
	devices?: readonly string[];
}

/** Every viewing of the profile, newest first. Only the visible rows are rendered. */
export function HistoryScreen({
	viewings,
	list,
	profile,
	datesOnly = false,
	width,
	height,
	profiles = [],
	devices = [],
	filter = '',
	filtering = false,
	oldestFirst = false,
	lines = HistoryLines.of(viewings, datesOnly),
	jump = null,
	note = null,
}: HistoryScreenProps) {
	const columns = historyColumns(profile === null, profiles, devices);
	const widths = fitColumns(width - 2, columns);
	const visible: Array<{index: number; v: ViewingEvent | null; month: {label: string; viewings: number} | null}> = [];
	for (let index = list.offset; index < Math.min(lines.length, list.offset + height); index++) {
		const row = lines.rowAt(index);
		visible.push({index, v: row < 0 ? null : viewings.at(viewings.length - 1 - row), month: row < 0 ? lines.separator(index) : null});
	}
	return (
		<Box flexDirection="column" width={width}>
			<Text wrap="truncate">
				<Text bold>
					History · {profile === null ? 'all profiles' : inert(profile)} · {count(viewings.length, 'viewing')} · {oldestFirst ? 'oldest' : 'newest'} first
				</Text>
				{filtering || filter !== '' ? (
					<>
						<Text> · filter: </Text>
						<Text bold color={colour('yellow')}>
							{inert(filter)}
						</Text>
						{filtering ? <Text inverse> </Text> : <Text dimColor> (f edits)</Text>}
					</>
				) : null}
			</Text>
			{jump !== null ? (
				<Text wrap="truncate">
					<Text bold>Go to: </Text>
					<Text bold color={colour('yellow')}>
						{inert(jump)}
					</Text>
					<Text inverse> </Text>
					{note === null ? <Text dimColor> a date: 2024, 2024-03, 2024-03-15 or mar 2024</Text> : <Text color={colour('red')}> {inert(note)}</Text>}
				</Text>
			) : note !== null ? (
				<Text wrap="truncate" color={colour('yellow')}>
					{inert(note)}
				</Text>
			) : (
				<Text dimColor wrap="truncate">
					{'  '}
					{headingLine(columns, widths)}
				</Text>
			)}
			{viewings.length === 0 ? (
				<Text>{filter.trim() === '' ? 'No viewings.' : `No viewing matches “${filter}” (a show, an episode, a profile or a date like 2024-03; Esc clears).`}</Text>
			) : null}
			{visible.map(({index, v, month}) =>
				v === null ? (
					<Text key={index} dimColor wrap="truncate">
						{monthSeparator(month, width)}
					</Text>
				) : (
					<ListLine key={index} selected={index === list.cursor} width={width}>
						{tableLine(historyCells(v, profile === null, datesOnly), widths)}
					</ListLine>
				),
			)}
		</Box>
	);
}

/** `  ── March 2024 · 31 viewings ─────…`: the line between two months, as wide as the list. */
export function monthSeparator(month: {label: string; viewings: number} | null, width: number): string {
	const text = month ? `  ── ${month.label} · ${count(month.viewings, 'viewing')} ` : '  ';
	return text + '─'.repeat(Math.max(0, width - text.length));
}

/** The cells of one viewing, in column order (Profile only for all profiles). */
export function historyCells(v: ViewingEvent, withProfile: boolean, datesOnly: boolean): string[] {
	return [startedAt(v.start, datesOnly), v.durationSeconds === null ? '' : clock(v.durationSeconds), titleOf(v), ...(withProfile ? [v.profile] : []), v.device ?? ''];
}

/**
 * The title first; the start time never cut; the profile before the session length; the device last.
 * Widths come from the export's profile and device names, not the rows in view: columns stay put while scrolling.
 */
function historyColumns(withProfile: boolean, profiles: readonly string[], devices: readonly string[]): Column[] {
	return [
		{name: 'Started (local)', want: 16, priority: 9, shrink: false},
		{name: 'Watched', want: 8, priority: 4, shrink: false, drop: true},
		{name: 'Title', want: TITLE_WANT, min: 28, priority: 10, grow: 4},
		...(withProfile ? [{name: 'Profile', want: widest('Profile', profiles), min: Math.min(widest('', profiles), 10), priority: 7}] : []),
		{name: 'Device', want: widest('Device', devices), priority: 2, shrink: false, extra: true, grow: 1},
	];
}

/** Room a title asks for before the device gets any: most `Show · S1E2 · Episode title` fit. */
const TITLE_WANT = 60;

/** `Dark · S2E3 · Geister`, or the movie title; hidden views say so. */
export function titleOf(v: ViewingEvent): string {
	const p = v.parsed;
	const title = v.kind === 'episode' ? [p.show, episodeCode(p.seasonNumber, p.seasonLabel, p.episodeNumber), p.episodeTitle].filter(Boolean).join(' · ') : p.show;
	return v.hidden ? `${title} (hidden)` : title;
}
