import {Box, Text} from 'ink';
import {ago, count, group, localDate} from '../../text/format.js';
import {nameList} from '../../query/names.js';
import {daysSince} from '../../query/stopped-list.js';
import type {SearchHit} from '../../query/search-index.js';
import {inert} from '../../text/inert.js';
import {HighlightedName} from '../components/HighlightedName.js';
import {ListLine} from '../components/ListLine.js';
import {fitColumns, headingLine, tableLine, widest, type Column} from '../columns.js';
import type {ListState} from '../list-window.js';

/** Props of the Search screen. */
export interface SearchScreenProps {
	query: string;
	/** Where the query's cursor is, in characters (default: at the end). */
	cursor?: number;
	/** The query has the keyboard (a cursor shows); false while browsing the results. */
	typing?: boolean;
	hits: SearchHit[];
	list: ListState;
	profile: string | null;
	now: number;
	width: number;
	/** Lines available for the hits. */
	height: number;
}

/** Fuzzy search over show and movie names: one line per show, matched letters highlighted. */
export function SearchScreen({query, cursor, typing = true, hits, list, profile, now, width, height}: SearchScreenProps) {
	const chars = [...query];
	const at = Math.min(cursor ?? chars.length, chars.length);
	const columns = searchColumns(hits, now);
	const widths = fitColumns(width - 2, columns);
	const scope = profile === null ? 'all profiles' : inert(profile);
	return (
		<Box flexDirection="column" width={width}>
			<Text wrap="truncate">
				<Text bold>Search: </Text>
				{typing ? (
					<>
						<Text>{inert(chars.slice(0, at).join(''))}</Text>
						<Text inverse>{inert(chars[at] ?? ' ')}</Text>
						<Text>{inert(chars.slice(at + 1).join(''))}</Text>
					</>
				) : (
					<>
						<Text>{inert(query)}</Text>
						<Text dimColor> (/ edits)</Text>
					</>
				)}
				<Text dimColor>
					{'  '}
					{query.trim() === '' ? `every title (${hits.length}, ${scope}), newest first · type to narrow; typos are fine` : `${count(hits.length, 'title')} · ${scope}`}
				</Text>
			</Text>
			<Text dimColor wrap="truncate">
				{'  '}
				{headingLine(columns, widths)}
			</Text>
			{query.trim() !== '' && hits.length === 0 ? <Text>No title matches “{inert(query)}”.</Text> : null}
			{hits.slice(list.offset, list.offset + height).map((hit, i) => {
				const index = list.offset + i;
				const [name, ...rest] = searchCells(hit, now);
				return (
					<ListLine key={hit.show.key} selected={index === list.cursor} width={width}>
						<HighlightedName text={name!} ranges={hit.ranges} width={widths[0]!} /> {tableLine(rest, widths.slice(1))}
					</ListLine>
				);
			})}
		</Box>
	);
}

/** The cells of one hit, in column order. */
export function searchCells(hit: SearchHit, now: number): string[] {
	const show = hit.show;
	const episodes = show.seasons.reduce((n, s) => n + s.episodes.length, 0);
	return [
		// A hit on an episode's title says which episode matched.
		hit.episode ? `${show.name} · ${hit.episode}` : show.name,
		show.kind === 'series' ? `${group(episodes)} ep.` : 'movie',
		nameList(show.profiles),
		`${localDate(show.lastWatched)} ${ago(daysSince(show.lastWatched, now))}`,
	];
}

/** Column wants measured once per list of hits. */
const measured = new WeakMap<SearchHit[], number[]>();

/** The title first; when narrow, the profiles are cut before the last-watched date is left out. */
function searchColumns(hits: SearchHit[], now: number): Column[] {
	let wants = measured.get(hits);
	if (!wants) {
		const all = hits.map(hit => searchCells(hit, now));
		wants = ['Title', 'Watched', 'Profiles', 'Last watched'].map((name, i) =>
			widest(
				name,
				all.map(c => c[i]!),
			),
		);
		measured.set(hits, wants);
	}
	return [
		{name: 'Title', want: wants[0]!, min: 22, priority: 10, grow: 3},
		{name: 'Watched', want: wants[1]!, priority: 7, shrink: false},
		{name: 'Profiles', want: wants[2]!, min: 8, priority: 5, grow: 1},
		{name: 'Last watched', want: wants[3]!, priority: 6, shrink: false, drop: true},
	];
}
