import {Box, Text} from 'ink';
import {colour} from '../colour.js';
import {ago, clock, count, episodeCode, position, startedAt} from '../../commands/format.js';
import type {Show} from '../../model/library.js';
import type {ResumePoint} from '../../model/stopped.js';
import {daysSince} from '../../query/stopped-list.js';
import {fit as cell} from '../../commands/format.js';
import {ListLine} from '../components/ListLine.js';
import type {ListState} from '../list-window.js';
import type {ShowRow} from '../show-rows.js';

/** Props of the Show screen. */
export interface ShowScreenProps {
	show: Show;
	rows: ShowRow[];
	/** Where each profile (or the chosen one) stopped in this show, newest first. */
	stopped: ResumePoint[];
	list: ListState;
	profile: string | null;
	now: number;
	/** The export has dates only (the simple download): no times to show. */
	datesOnly?: boolean;
	width: number;
	height: number;
}

/** One show: the where-did-I-stop line, then seasons, episodes and every viewing (rewatches marked ↻). */
export function ShowScreen({show, rows, stopped, list, profile, now, datesOnly = false, width, height}: ShowScreenProps) {
	const episodes = show.seasons.reduce((n, s) => n + s.episodes.length, 0);
	const facts =
		show.kind === 'series'
			? `series · ${count(show.seasons.length, 'season')} · ${count(episodes, 'episode')} seen`
			: 'movie';
	const own = profile === null || show.profiles.includes(profile);
	return (
		<Box flexDirection="column" width={width}>
			<Text wrap="truncate">
				<Text bold>{show.name}</Text>
				<Text dimColor>
					{' · '}
					{facts} · {count(show.viewingCount, 'viewing')} · {show.profiles.join(', ')}
				</Text>
			</Text>
			<Text wrap="truncate" color={colour('green')}>
				{own ? stopLine(stopped, profile === null, now) : `${profile} never watched this: showing every profile.`}
			</Text>
			{rows.slice(list.offset, list.offset + height).map((row, i) => {
				const index = list.offset + i;
				return (
					<ListLine key={index} selected={index === list.cursor} width={width} heading={row.kind === 'season'}>
						{lineOf(row, datesOnly)}
					</ListLine>
				);
			})}
		</Box>
	);
}

function stopLine(points: ResumePoint[], withProfile: boolean, now: number): string {
	const p = points[0];
	if (!p) return 'Watched to the end.';
	const e = p.episode;
	const next = p.next && p.state === 'between-episodes' ? ` · next: ${episodeCode(p.next.seasonNumber, p.next.season, p.next.episode)}` : '';
	const others = points.length > 1 ? ` (+${points.length - 1} more profile${points.length > 2 ? 's' : ''})` : '';
	const who = withProfile ? `${p.profile} stopped` : 'Stopped';
	const at = position(p.positionSeconds, p.estimatedRuntimeSeconds);
	if (p.show.kind === 'movie' && p.positionSeconds === null) return `${withProfile ? `${p.profile} watched` : 'Watched'} ${ago(daysSince(p.viewing.start, now))} (no position recorded)${others}`;
	// A movie is its own episode: `Stopped at 1:14:00 of ~112 min`, not `at the movie · 1:14:00`.
	const where = p.show.kind === 'series' ? `${[episodeCode(e.seasonNumber, e.seasonLabel, e.number), e.title].filter(Boolean).join(' · ')} · ${at}` : at;
	return `${who} at ${where} · ${ago(daysSince(p.viewing.start, now))}${next}${others}`;
}

function lineOf(row: ShowRow, datesOnly: boolean): string {
	switch (row.kind) {
		case 'season':
			return `${row.label} · ${count(row.episodes, 'episode')}`;
		case 'episode': {
			const e = row.episode;
			const code = episodeCode(null, null, e.number) || '·';
			return `  ${code} ${e.title ?? e.titles[0]}  (${count(row.viewings, 'viewing')})`;
		}
		case 'viewing': {
			const v = row.viewing;
			return [
				'    ' + cell(startedAt(v.start, datesOnly), 16),
				cell(v.durationSeconds === null ? '' : clock(v.durationSeconds), 8),
				cell(`at ${position(v.bookmarkSeconds, null)}`, 11),
				cell(row.rewatch ? '↻ rewatch' : v.hidden ? 'hidden' : '', 9),
				cell(v.profile, 12),
				v.device ?? '',
			].join('  ');
		}
	}
}
