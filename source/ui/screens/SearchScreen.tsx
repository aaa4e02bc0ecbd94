import {Box, Text} from 'ink';
import {ago, count, fit as cell, group, localDate} from '../../commands/format.js';
import {daysSince} from '../../query/stopped-list.js';
import type {SearchHit} from '../../query/search-index.js';
import {inert} from '../../text/inert.js';
import {HighlightedName} from '../components/HighlightedName.js';
import {ListLine} from '../components/ListLine.js';
import {columnWidths} from '../layout.js';
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
	const cols = columnWidths(width - 2, [{weight: 3}, {fixed: 12}, {weight: 2}, {fixed: 24}]);
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
					{query.trim() === '' ? `type a title (${scope}); typos are fine` : `${count(hits.length, 'title')} · ${scope}`}
				</Text>
			</Text>
			<Text dimColor wrap="truncate">
				{'  '}
				{['Title', 'Watched', 'Profiles', 'Last watched'].map((n, i) => cell(n, cols[i]!)).join(' ')}
			</Text>
			{query.trim() !== '' && hits.length === 0 ? <Text>No title matches “{inert(query)}”.</Text> : null}
			{hits.slice(list.offset, list.offset + height).map((hit, i) => {
				const index = list.offset + i;
				const show = hit.show;
				const episodes = show.seasons.reduce((n, s) => n + s.episodes.length, 0);
				const rest = [
					show.kind === 'series' ? `${group(episodes)} ep.` : 'movie',
					show.profiles.join(', '),
					`${localDate(show.lastWatched)} ${ago(daysSince(show.lastWatched, now))}`,
				];
				return (
					<ListLine key={show.key} selected={index === list.cursor} width={width}>
						<HighlightedName text={show.name} ranges={hit.ranges} width={cols[0]!} />
						{' '}
						{rest.map((c, k) => cell(c, cols[k + 1]!)).join(' ')}
					</ListLine>
				);
			})}
		</Box>
	);
}
