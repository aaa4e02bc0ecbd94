/**
 * The detail pane's text: the row under the cursor in full (titles, every profile's stop, the next
 * episode, device, dates), so whatever a column cut with `…` can be read. Pure: no Ink, no React.
 */
import {ago, clock, count, episodeCode, group, hoursMinutes, localDate, localDateTime, position, resumeText, startedAt} from '../text/format.js';
import type {ResumePoint} from '../model/stopped.js';
import type {ViewingEvent} from '../model/types.js';
import {daysSince, stopGroup, type Stop} from '../query/stopped-list.js';
import {nameList} from '../query/names.js';
import {cellWidth} from '../text/format.js';
import {inert} from '../text/inert.js';
import type {ScreenData} from './screen-data.js';
import {historyView, type UiState} from './ui-state.js';

/** One line of the pane: a heading (bold) or text. */
export interface DetailLine {
	text: string;
	bold?: boolean;
}

/** The Stopped row under the cursor: the stop in full, then every profile's stop in that show. */
export function stoppedDetail(state: UiState, data: ScreenData): DetailLine[] {
	const row = data.stopped(state.profile, state.stoppedFilter)[state.lists.stopped.cursor];
	if (row?.kind !== 'entry') return [];
	return [...stopLines(row.stop, data.now), {text: ''}, ...everyStop(data.stopsInShow(row.stop), data.now)];
}

/** The search hit under the cursor: the show, how much of it was seen, and every stop in it. */
export function searchDetail(state: UiState, data: ScreenData): DetailLine[] {
	const hit = state.hits[state.lists.search.cursor];
	if (!hit) return [];
	const show = hit.show;
	const facts = data.showFacts(show, state.profile);
	return [
		{text: show.name, bold: true},
		{text: show.kind === 'series' ? `Series · ${count(show.seasons.length, 'season')} · ${count(facts.episodes, 'episode')} seen` : 'Movie'},
		{text: `${count(facts.viewings, 'viewing')}${state.profile ? ` by ${state.profile}` : ''}`},
		{text: `Watched by ${nameList(show.profiles)}`},
		{text: `First ${localDate(show.firstWatched)} · last ${localDate(show.lastWatched)} (${ago(daysSince(show.lastWatched, data.now))})`},
		{text: ''},
		...everyStop(data.stoppedIn(show.key, null), data.now),
	];
}

/** The History viewing under the cursor (none on a month separator). */
export function historyDetail(state: UiState, data: ScreenData): DetailLine[] {
	const list = data.history(state.profile, historyView(state));
	const row = data.historyLines(state.profile, historyView(state)).rowAt(state.lists.history.cursor);
	const index = list.length - 1 - row;
	return row >= 0 && index >= 0 ? viewingLines(list.at(index), data.view.loaded.datesOnly) : [];
}

/** The profile under the cursor: its counts and first and last viewing. */
export function profilesDetail(state: UiState, data: ScreenData): DetailLine[] {
	const row = data.profileRows()[state.lists.profiles.cursor];
	if (!row) return [];
	const s = row.stats;
	return [
		{text: s.name, bold: true},
		{text: `${count(s.viewings, 'viewing')}${s.watchSeconds === null ? '' : ` · ${hoursMinutes(s.watchSeconds)} watched`}`},
		{text: `${count(s.shows, 'show')} (${count(s.episodes, 'episode')}) · ${count(s.movies, 'movie')}`},
		{text: `${count(s.extras, 'extra')} (trailers, hooks) · ${group(s.hidden)} hidden`},
		{text: `${count(s.devices, 'device')}`},
		{text: s.firstViewing === null || s.lastViewing === null ? 'No viewings' : `First ${localDateTime(s.firstViewing)}`},
		...(s.lastViewing === null ? [] : [{text: `Last ${localDateTime(s.lastViewing)}`}]),
	];
}

/** The Show screen's row under the cursor: a viewing, a season, or an episode with its stops. */
export function showDetail(state: UiState, data: ScreenData): DetailLine[] {
	if (state.showKey === null) return [];
	const row = data.showRows(state.showKey, state.profile)[state.lists.show.cursor];
	if (!row) return [];
	if (row.kind === 'viewing') return viewingLines(row.viewing, data.view.loaded.datesOnly);
	if (row.kind === 'season') return [{text: row.label, bold: true}, {text: count(row.episodes, 'episode')}];
	const e = row.episode;
	const stops = data.stoppedIn(state.showKey, null).filter(p => p.episode === e);
	return [
		{text: [episodeCode(e.seasonNumber, e.seasonLabel, e.number), e.title].filter(Boolean).join(' · '), bold: true},
		{text: count(row.viewings, 'viewing')},
		...(e.longestBookmark === null ? [] : [{text: `Watched up to ${clock(e.longestBookmark)} at most`}]),
		...e.titles.map(t => ({text: `As written: ${t}`})),
		...(stops.length > 0 ? [{text: ''}, ...everyStop(stops, data.now)] : []),
	];
}

/** One stop in full. */
function stopLines(s: Stop, now: number): DetailLine[] {
	const e = s.episode;
	const next = s.next;
	return [
		{text: s.show, bold: true},
		{text: `Profile: ${s.profile}`},
		...(s.kind === 'series' ? [{text: `Stopped at ${[episodeCode(e.seasonNumber, e.seasonLabel, e.number), e.title].filter(Boolean).join(' · ')}`}] : []),
		{text: `Position: ${position(s.positionSeconds, s.estimatedRuntimeSeconds)}${GROUP_WORDS[stopGroup(s)]}`},
		...(next ? [{text: `Next: ${[episodeCode(next.seasonNumber, next.season, next.episode), next.episodeTitle].filter(Boolean).join(' · ')}`}] : []),
		{text: `Last watched ${localDateTime(s.start)} (${ago(daysSince(s.start, now))})`},
		{text: `Device: ${s.device ?? 'not recorded'}`},
		{text: `Title as written: ${s.title}`},
	];
}

const GROUP_WORDS = {'mid-episode': ' (stopped inside the episode)', 'next-up': ' (watched to the end)', done: ' (watched to the end)', movie: ' (left midway)'} as const;

/** Every profile's stop in a show, newest first: the grouped show's resume points, or a Stopped row's stops from the columns. */
function everyStop(points: ReadonlyArray<ResumePoint | Stop>, now: number): DetailLine[] {
	if (points.length === 0) return [];
	return [
		{text: points.length === 1 ? 'Where it was left' : `Where each of ${points.length} profiles stopped`, bold: true},
		...points.map(p => {
			const [kind, start] = 'viewing' in p ? [p.show.kind, p.viewing.start] : [p.kind, p.start];
			return {
				text: `${p.profile}: ${kind === 'series' ? `${episodeCode(p.episode.seasonNumber, p.episode.seasonLabel, p.episode.number)} ` : ''}${resumeText(p)} · ${ago(daysSince(start, now))}`,
			};
		}),
	];
}

function viewingLines(v: ViewingEvent, datesOnly: boolean): DetailLine[] {
	const p = v.parsed;
	return [
		{text: v.title, bold: true},
		...(v.kind === 'episode'
			? [{text: `${p.show} · ${[episodeCode(p.seasonNumber, p.seasonLabel, p.episodeNumber), p.episodeTitle].filter(Boolean).join(' · ')}`}]
			: [{text: v.kind === 'extra' ? `Extra (${v.supplementalType ?? 'trailer or hook'})` : 'Movie'}]),
		{text: `Profile: ${v.profile}`},
		{text: `Started ${startedAt(v.start, datesOnly)}${v.durationSeconds === null ? '' : ` · watched ${clock(v.durationSeconds)}`}`},
		...(v.bookmarkSeconds === null ? [] : [{text: `Left at ${clock(v.bookmarkSeconds)}`}]),
		...(v.device ? [{text: `Device: ${v.device}`}] : []),
		...(v.country ? [{text: `Country: ${v.country}`}] : []),
		...(v.hidden ? [{text: 'Hidden from the viewing activity'}] : []),
		...(v.autoplay ? [{text: `Autoplayed (${v.autoplay})`}] : []),
	];
}

/** Lines word-wrapped to `width` cells (a word longer than the width is split), at most `height` of them. */
export function wrapLines(lines: readonly DetailLine[], width: number, height: number): DetailLine[] {
	const out: DetailLine[] = [];
	for (const line of lines) {
		if (line.text === '') out.push(line);
		let current = '';
		// Titles, profiles and devices are file text: made inert before they are measured and cut.
		for (const word of inert(line.text).split(' ')) {
			let rest = word;
			while (cellWidth(current === '' ? rest : `${current} ${rest}`) > width) {
				if (current !== '') {
					out.push({...line, text: current});
					current = '';
					continue;
				}
				// One word wider than the pane: split it by characters.
				let head = '';
				for (const ch of rest) {
					if (cellWidth(head + ch) > width) break;
					head += ch;
				}
				if (head === '') head = [...rest][0]!;
				out.push({...line, text: head});
				rest = rest.slice(head.length);
			}
			current = current === '' ? rest : `${current} ${rest}`;
		}
		if (current !== '') out.push({...line, text: current});
	}
	return out.slice(0, height);
}
