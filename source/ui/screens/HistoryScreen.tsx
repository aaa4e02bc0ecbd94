import {Box, Text} from 'ink';
import {clock, episodeCode, group, startedAt} from '../../commands/format.js';
import type {ViewingEvent} from '../../model/types.js';
import type {ViewingList} from '../../query/history.js';
import {fit as cell} from '../../commands/format.js';
import {inert} from '../../text/inert.js';
import {ListLine} from '../components/ListLine.js';
import {columnWidths} from '../layout.js';
import type {ListState} from '../list-window.js';

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
}

/** Every viewing of the profile, newest first. Only the visible rows are rendered. */
export function HistoryScreen({viewings, list, profile, datesOnly = false, width, height}: HistoryScreenProps) {
	const wide = width >= 110;
	const cols = columnWidths(width - 2, [
		{fixed: 16},
		{fixed: 8},
		{weight: 5},
		...(profile === null ? [{fixed: 12}] : []),
		...(wide ? [{weight: 2}] : []),
	]);
	const names = ['Started (local)', 'Watched', 'Title', ...(profile === null ? ['Profile'] : []), ...(wide ? ['Device'] : [])];
	const visible: Array<{index: number; v: ViewingEvent}> = [];
	for (let index = list.offset; index < Math.min(viewings.length, list.offset + height); index++) {
		visible.push({index, v: viewings.at(viewings.length - 1 - index)});
	}
	return (
		<Box flexDirection="column" width={width}>
			<Text bold wrap="truncate">
				History · {profile === null ? 'all profiles' : inert(profile)} · {group(viewings.length)} viewings · newest first
			</Text>
			<Text dimColor wrap="truncate">
				{'  '}
				{names.map((n, i) => cell(n, cols[i]!)).join(' ')}
			</Text>
			{viewings.length === 0 ? <Text>No viewings.</Text> : null}
			{visible.map(({index, v}) => (
				<ListLine key={index} selected={index === list.cursor} width={width}>
					{[
						startedAt(v.start, datesOnly),
						v.durationSeconds === null ? '' : clock(v.durationSeconds),
						titleOf(v),
						...(profile === null ? [v.profile] : []),
						...(wide ? [v.device ?? ''] : []),
					]
						.map((c, k) => cell(c, cols[k]!))
						.join(' ')}
				</ListLine>
			))}
		</Box>
	);
}

/** `Dark · S2E3 · Geister`, or the movie title; hidden views say so. */
export function titleOf(v: ViewingEvent): string {
	const p = v.parsed;
	const title = v.kind === 'episode' ? [p.show, episodeCode(p.seasonNumber, p.seasonLabel, p.episodeNumber), p.episodeTitle].filter(Boolean).join(' · ') : p.show;
	return v.hidden ? `${title} (hidden)` : title;
}
