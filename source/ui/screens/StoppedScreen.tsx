import {Box, Text} from 'ink';
import {fitColumns, headingLine, tableLine, type Column} from '../columns.js';
import {ListLine} from '../components/ListLine.js';
import type {ListState} from '../list-window.js';
import {ABANDONED_DAYS, type StoppedFilter} from '../screen-data.js';
import {cells, stoppedWants, type StoppedRow} from '../stopped-rows.js';
import {inert} from '../../text/inert.js';
import {stoppedKeyLabels} from '../stopped-rows.js';

const GROUP_NAMES = {'mid-episode': 'mid-episode', 'next-up': 'next up', movie: 'movies', done: 'watched to the end'} as const;

/** Props of the Stopped screen. */
export interface StoppedScreenProps {
	rows: StoppedRow[];
	list: ListState;
	filter: StoppedFilter;
	/** null: all profiles (then each line names its profile). */
	profile: string | null;
	now: number;
	/** Whether `f` (finished shows too) would list anything more than this. */
	moreWithFinished?: boolean;
	width: number;
	/** Lines available for the list. */
	height: number;
	/** Series watched to the end and not shown (without `f`), so the title can say what it leaves out. */
	hidden?: number;
}

/** The landing screen: where did I stop, newest first in sections (mid-episode, next up, movies). */
export function StoppedScreen({rows, list, filter, profile, now, moreWithFinished = false, width, height, hidden = 0}: StoppedScreenProps) {
	const columns = stoppedColumns(rows, profile === null, now);
	const widths = fitColumns(width - 2, columns);
	const title = [
		'Where did I stop',
		filter.abandoned ? `abandoned only (${ABANDONED_DAYS}+ days before the export’s last viewing)` : null,
		filter.finished ? 'all shows, finished too' : 'unfinished',
		// What the default leaves out, said as `stopped` says it (without --all).
		!filter.finished && hidden > 0 ? `${hidden} watched to the end left out (f)` : null,
		filter.group ? `only ${GROUP_NAMES[filter.group]} (s)` : null,
		filter.sort === 'show' ? 'by show (o)' : filter.sort === 'profile' ? 'by profile (o)' : 'newest first',
	]
		.filter(Boolean)
		.join(' · ');
	const next = stoppedKeyLabels(filter);
	const keys = `a ${next.abandoned} · f ${next.finished}`;
	return (
		<Box flexDirection="column" width={width}>
			<Box width={width} justifyContent="space-between">
				<Text bold wrap="truncate">
					{title}
				</Text>
				{width >= 100 ? (
					<Box flexShrink={0} marginLeft={1}>
						<Text dimColor>{keys}</Text>
					</Box>
				) : null}
			</Box>
			<Text dimColor wrap="truncate">
				{'  '}
				{headingLine(columns, widths)}
			</Text>
			{rows.length === 0 ? <Text wrap="truncate">{emptyText(filter, moreWithFinished, profile)}</Text> : null}
			{rows.slice(list.offset, list.offset + height).map((row, i) => {
				const index = list.offset + i;
				if (row.kind === 'heading') {
					return (
						<ListLine key={index} selected={false} width={width} heading>
							{row.text}
						</ListLine>
					);
				}
				return (
					<ListLine key={index} selected={index === list.cursor} width={width}>
						{tableLine(cells(row.stop, profile === null, now), widths)}
					</ListLine>
				);
			})}
		</Box>
	);
}

/** Why the list is empty, offering `f` only when it would show something. */
function emptyText(filter: StoppedFilter, moreWithFinished: boolean, profile: string | null): string {
	if (filter.abandoned) return `Nothing left untouched for ${ABANDONED_DAYS}+ days before the last viewing.`;
	if (!filter.finished && moreWithFinished) return 'Nothing unfinished: press f to include finished shows.';
	return `No series watched${profile === null ? '' : ` by ${inert(profile)}`} and no movie left midway.`;
}

/** The longest position of a numbered episode or a movie: `1:12:34 of ~120 min`, `done · next S10E12`. */
const POSITION_CELLS = 19;

/**
 * The columns by importance: the show's name first, then the position and the episode; the last
 * watched date and the device are left out before the name is cut.
 */
function stoppedColumns(rows: StoppedRow[], withProfile: boolean, now: number): Column[] {
	const wants = stoppedWants(rows, withProfile, now);
	const [show, profile, stoppedAt, position, lastWatched, device] = (withProfile ? wants : [wants[0], 0, ...wants.slice(1)]) as number[];
	return [
		{name: 'Show', want: show!, min: 18, priority: 10, grow: 3},
		// Profile names are short: whole up to 10 cells before the show's name gets more.
		...(withProfile ? [{name: 'Profile', want: profile!, min: Math.min(profile!, 10), priority: 8.5}] : []),
		{name: 'Stopped at', want: stoppedAt!, min: 14, priority: 8, grow: 4},
		// A position is whole up to POSITION_CELLS; past that only a named season without a number makes it
		// longer (`done · next Angel of Darkness E2`): it gets that length from the room left once every
		// column has what it wants, and is cut before the episodes in Stopped at are.
		{name: 'Position', want: Math.min(position!, POSITION_CELLS), priority: 9, shrink: false, grow: 2, max: position!},
		{name: 'Last watched', want: lastWatched!, priority: 5, shrink: false, drop: true},
		{name: 'Device', want: device!, priority: 2, shrink: false, extra: true, grow: 1},
	];
}
