import {Box, Text} from 'ink';
import {ago, clock, count, episodeCode, position, startedAt} from '../../commands/format.js';
import type {Show} from '../../model/library.js';
import type {ResumePoint} from '../../model/stopped.js';
import type {Rating} from '../../query/other-answers.js';
import {daysSince} from '../../query/stopped-list.js';
import {fit as cell} from '../../commands/format.js';
import {inert} from '../../text/inert.js';
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
	/** How profiles rated this show (Ratings.csv), newest last; only the chosen profile's are shown. */
	ratings?: readonly Rating[];
	width: number;
	height: number;
}

/** One show: the where-did-I-stop line, then seasons, episodes and every viewing (rewatches marked ↻). */
export function ShowScreen({show, rows, stopped, list, profile, now, datesOnly = false, ratings = [], width, height}: ShowScreenProps) {
	const episodes = show.seasons.reduce((n, s) => n + s.episodes.length, 0);
	const facts =
		show.kind === 'series'
			? `series · ${count(show.seasons.length, 'season')} · ${count(episodes, 'episode')} seen`
			: 'movie';
	const own = profile === null || show.profiles.includes(profile);
	const rated = ratingText(ratings, profile);
	return (
		<Box flexDirection="column" width={width}>
			<Text wrap="truncate">
				<Text bold>{inert(show.name)}</Text>
				<Text dimColor>
					{' · '}
					{facts} · {count(show.viewingCount, 'viewing')} · {inert(show.profiles.join(', '))}
				</Text>
				{rated ? <Text color="yellow"> · rated {rated}</Text> : null}
			</Text>
			<Text wrap="truncate" color="green">
				{inert(own ? stopLine(stopped, profile === null, now) : `${profile} never watched this: showing every profile.`)}
			</Text>
			{rows.slice(list.offset, list.offset + height).map((row, i) => {
				const index = list.offset + i;
				return (
					<ListLine key={index} selected={index === list.cursor} width={width} heading={row.kind === 'season'}>
						{inert(lineOf(row, datesOnly))}
					</ListLine>
				);
			})}
		</Box>
	);
}

/** `thumbs up (Alex), two thumbs up (Kids)`: each profile's latest rating; only the profile's own when one is chosen. */
export function ratingText(ratings: readonly Rating[], profile: string | null): string {
	const latest = new Map<string, Rating>();
	for (const r of ratings) {
		if (profile !== null && r.profile !== profile) continue;
		const seen = latest.get(r.profile);
		if (!seen || (r.at ?? '') >= (seen.at ?? '')) latest.set(r.profile, r);
	}
	return [...latest.values()].map(r => (profile === null ? `${r.rating} (${r.profile})` : r.rating)).join(', ');
}

function stopLine(points: ResumePoint[], withProfile: boolean, now: number): string {
	const p = points[0];
	if (!p) return 'Watched to the end.';
	const e = p.episode;
	const where = p.show.kind === 'series' ? [episodeCode(e.seasonNumber, e.seasonLabel, e.number), e.title].filter(Boolean).join(' · ') : 'the movie';
	const next = p.next && p.state === 'between-episodes' ? ` · next: ${episodeCode(p.next.seasonNumber, p.next.season, p.next.episode)}` : '';
	const others = points.length > 1 ? ` (+${points.length - 1} more profile${points.length > 2 ? 's' : ''})` : '';
	const who = withProfile ? `${p.profile} stopped` : 'Stopped';
	return `${who} at ${where} · ${position(p.positionSeconds, p.estimatedRuntimeSeconds)} · ${ago(daysSince(p.viewing.start, now))}${next}${others}`;
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
