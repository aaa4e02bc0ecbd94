import {Box, Text} from 'ink';
import {colour} from '../colour.js';
import {ago, clock, count, episodeCode, position, resumeText, startedAt} from '../../text/format.js';
import type {Show} from '../../model/library.js';
import type {ResumePoint} from '../../model/stopped.js';
import type {Rating} from '../../query/other-answers.js';
import {daysSince} from '../../query/stopped-list.js';
import {inert} from '../../text/inert.js';
import type {ShowFacts} from '../../query/show-facts.js';
import {nameList, quoteName} from '../../query/names.js';
import {fitColumns, tableLine, widest, type Column} from '../columns.js';
import {ListLine} from '../components/ListLine.js';
import type {ListState} from '../list-window.js';
import {stopsAt, type ShowRow} from '../show-rows.js';

/** Props of the Show screen. */
export interface ShowScreenProps {
	show: Show;
	/** The show's numbers for the current profile (see showFacts). */
	facts: ShowFacts;
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

/**
 * One show: where each profile stopped, then seasons, episodes and every viewing (rewatches marked ↻).
 * The episode a profile stopped in is marked with who stopped there and where (`◀ Alex 31:12 of ~52 min`).
 */
export function ShowScreen({show, facts, rows, stopped, list, profile, now, datesOnly = false, ratings = [], width, height}: ShowScreenProps) {
	const about = show.kind === 'series' ? `series · ${count(show.seasons.length, 'season')} · ${count(facts.episodes, 'episode')} seen` : 'movie';
	const own = profile === null || show.profiles.includes(profile);
	const rated = ratingText(ratings, profile);
	// Viewing lines are indented under their episode (4 cells) after the cursor marker (2).
	const widths = fitColumns(width - 6, columnsFor(rows, list, height));
	return (
		<Box flexDirection="column" width={width}>
			<Text wrap="truncate">
				<Text bold>{inert(show.name)}</Text>
				<Text dimColor>
					{' · '}
					{about} · {count(facts.viewings, 'viewing')}
					{profile !== null && own ? ` by ${inert(profile)}` : ''} · {inert(nameList(own && profile !== null ? [profile] : show.profiles))}
				</Text>
				{rated ? <Text color={colour('yellow')}> · rated {inert(rated)}</Text> : null}
			</Text>
			<Text wrap="truncate" color={colour('green')}>
				{inert(own ? stopLine(stopped, profile === null, now) : `${profile} never watched this: showing every profile.`)}
			</Text>
			{rows.slice(list.offset, list.offset + height).map((row, i) => {
				const index = list.offset + i;
				const stops = row.kind === 'episode' ? stopsAt(row.episode, stopped) : [];
				return (
					<ListLine key={index} selected={index === list.cursor} width={width} heading={row.kind === 'season'}>
						{row.kind === 'viewing' ? `    ${tableLine(viewingCells(row, datesOnly), widths)}` : inert(lineOf(row))}
						{stops.length > 0 ? (
							<Text color={colour('yellow')} bold>
								{inert(`  ◀ ${stops.map(p => `${profile === null ? `${quoteName(p.profile)} ` : 'stopped '}${resumeText(p)}`).join(' · ')}`)}
							</Text>
						) : null}
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

/** Where each profile stopped, newest first, every profile named: `Alex stopped at S2E4 · Reisende · 31:12 of ~52 min · 3 days ago · Kids at S3E5 (18:20)`. */
export function stopLine(points: readonly ResumePoint[], withProfile: boolean, now: number): string {
	const p = points[0];
	if (!p) return 'Watched to the end.';
	const who = withProfile ? `${quoteName(p.profile)} stopped` : 'Stopped';
	// A movie is its own episode: `Stopped at 1:14:00 of ~112 min`, not `at the movie · 1:14:00`.
	const first =
		p.show.kind === 'series'
			? `${who} at ${[code(p), p.episode.title].filter(Boolean).join(' · ')} · ${resumeText(p)}`
			: p.positionSeconds === null
				? `${withProfile ? `${quoteName(p.profile)} watched` : 'Watched'} (no position recorded)`
				: `${who} at ${position(p.positionSeconds, p.estimatedRuntimeSeconds)}`;
	const others = points.slice(1).map(o => `${quoteName(o.profile)} at ${o.show.kind === 'series' ? `${code(o)} (${resumeText(o)})` : position(o.positionSeconds, null)}`);
	return [`${first} · ${ago(daysSince(p.viewing.start, now))}`, ...others].join(' · ');
}

function code(p: ResumePoint): string {
	return episodeCode(p.episode.seasonNumber, p.episode.seasonLabel, p.episode.number) || '·';
}

function lineOf(row: Exclude<ShowRow, {kind: 'viewing'}>): string {
	if (row.kind === 'season') return `${row.label} · ${count(row.episodes, 'episode')}`;
	const e = row.episode;
	const label = episodeCode(null, null, e.number) || '·';
	return `  ${label} ${e.title ?? e.titles[0]}  (${count(row.viewings, 'viewing')})`;
}

function viewingCells(row: Extract<ShowRow, {kind: 'viewing'}>, datesOnly: boolean): string[] {
	const v = row.viewing;
	return [
		startedAt(v.start, datesOnly),
		v.durationSeconds === null ? '' : clock(v.durationSeconds),
		`at ${position(v.bookmarkSeconds, null)}`,
		row.rewatch ? '↻ rewatch' : v.hidden ? 'hidden' : '',
		v.profile,
		v.device ?? '',
	];
}

/** The viewing lines' columns, measured on the rows in view: the profile's name before the device's. */
function columnsFor(rows: readonly ShowRow[], list: ListState, height: number): Column[] {
	const cells: string[][] = [];
	for (const row of rows.slice(list.offset, list.offset + height)) if (row.kind === 'viewing') cells.push(viewingCells(row, false));
	const want = (i: number) =>
		widest(
			'',
			cells.map(c => c[i]!),
		);
	return [
		{name: 'Started', want: want(0), priority: 9, shrink: false},
		{name: 'Watched', want: want(1), priority: 3, shrink: false, drop: true},
		{name: 'Position', want: want(2), priority: 6, shrink: false, drop: true},
		{name: 'Rewatch', want: want(3), priority: 4, shrink: false, drop: true},
		// The profile whole (up to 10 cells) before the session's length.
		{name: 'Profile', want: want(4), min: Math.min(want(4), 10), priority: 8},
		{name: 'Device', want: want(5), priority: 2, shrink: false, extra: true},
	];
}
