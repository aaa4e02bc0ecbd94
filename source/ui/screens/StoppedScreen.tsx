import {Box, Text} from 'ink';
import {ago, episodeCode, fit as cell, resumeText} from '../../commands/format.js';
import {daysSince} from '../../query/stopped-list.js';
import type {ResumePoint} from '../../model/stopped.js';
import {ListLine} from '../components/ListLine.js';
import {columnWidths} from '../layout.js';
import type {ListState} from '../list-window.js';
import {ABANDONED_DAYS, type StoppedFilter} from '../screen-data.js';
import type {StoppedRow} from '../stopped-rows.js';
import {stoppedKeyLabels} from '../status-hints.js';

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
}

/** The landing screen: where did I stop, newest first; series, then movies left midway. */
export function StoppedScreen({rows, list, filter, profile, now, moreWithFinished = false, width, height}: StoppedScreenProps) {
	const wide = width >= 110;
	const cols = columnWidths(width - 2, [
		{weight: 3},
		...(profile === null ? [{fixed: 10}] : []),
		{weight: 4},
		{fixed: 18},
		{fixed: 13},
		...(wide ? [{weight: 2}] : []),
	]);
	const names = ['Show', ...(profile === null ? ['Profile'] : []), 'Stopped at', 'Position', 'Last watched', ...(wide ? ['Device'] : [])];
	const shown = filter.finished ? 'all shows, finished too' : 'unfinished';
	const title = `Where did I stop · ${shown}${filter.abandoned ? ` · abandoned only (${ABANDONED_DAYS}+ days)` : ''} · newest first`;
	const next = stoppedKeyLabels(filter);
	const keys = `a ${next.abandoned} · f ${next.finished}`;
	return (
		<Box flexDirection="column" width={width}>
			<Box width={width} justifyContent="space-between">
				<Text bold wrap="truncate">
					{title}
				</Text>
				{width >= 100 ? <Text dimColor>{keys}</Text> : null}
			</Box>
			<Text dimColor wrap="truncate">
				{'  '}
				{names.map((n, i) => cell(n, cols[i]!)).join(' ')}
			</Text>
			{rows.length === 0 ? (
				<Text wrap="truncate">{emptyText(filter, moreWithFinished, profile)}</Text>
			) : null}
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
						{cells(row.point, profile === null, wide, now).map((c, k) => cell(c, cols[k]!)).join(' ')}
					</ListLine>
				);
			})}
		</Box>
	);
}

/** Why the list is empty, offering `f` only when it would show something. */
function emptyText(filter: StoppedFilter, moreWithFinished: boolean, profile: string | null): string {
	if (filter.abandoned) return `Nothing left untouched for ${ABANDONED_DAYS}+ days.`;
	if (!filter.finished && moreWithFinished) return 'Nothing unfinished: press f to include finished shows.';
	return `No series watched${profile === null ? '' : ` by ${profile}`} and no movie left midway.`;
}

/** The cells of one entry, in column order. */
export function cells(p: ResumePoint, withProfile: boolean, withDevice: boolean, now: number): string[] {
	const e = p.episode;
	const at = p.show.kind === 'series' ? [episodeCode(e.seasonNumber, e.seasonLabel, e.number), e.title].filter(Boolean).join(' · ') : 'Movie';
	return [
		p.show.name,
		...(withProfile ? [p.profile] : []),
		at || p.viewing.title,
		resumeText(p),
		ago(daysSince(p.viewing.start, now)),
		...(withDevice ? [p.viewing.device ?? ''] : []),
	];
}
