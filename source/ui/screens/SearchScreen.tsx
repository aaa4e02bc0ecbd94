import {Box, Text} from 'ink';
import {ago, cellWidth, count, group, localDate} from '../../text/format.js';
import {nameList} from '../../query/names.js';
import {daysSince} from '../../query/stopped-list.js';
import type {SearchHit} from '../../query/search-index.js';
import {inert} from '../../text/inert.js';
import {HighlightedName} from '../components/HighlightedName.js';
import {HitLines} from '../components/HitLines.js';
import {ListLine} from '../components/ListLine.js';
import {fitColumns, headingLine, tableLine, type Column} from '../columns.js';
import {highlightedText} from '../highlight.js';
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
	const shown = hits.slice(list.offset, list.offset + height);
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
			{lineWidth(widths) <= width ? (
				<HitLines
					lines={shown.map((hit, i) => {
						const [name, ...rest] = searchCells(hit, now);
						return {text: `${highlightedText(name!, hit.ranges, widths[0]!)} ${tableLine(rest, widths.slice(1))}`, selected: list.offset + i === list.cursor};
					})}
				/>
			) : (
				// Columns wider than the screen (a very narrow terminal): each line cut to fit on its own.
				shown.map((hit, i) => {
					const [name, ...rest] = searchCells(hit, now);
					return (
						<ListLine key={hit.show.key} selected={list.offset + i === list.cursor} width={width}>
							<HighlightedName text={name!} ranges={hit.ranges} width={widths[0]!} /> {tableLine(rest, widths.slice(1))}
						</ListLine>
					);
				})
			)}
		</Box>
	);
}

/** Cells a hit's line takes: the cursor mark, the title, a space, and the other columns shown with a space between. */
function lineWidth(widths: readonly number[]): number {
	const shown = widths.filter(w => w > 0);
	return 2 + shown.reduce((n, w) => n + w, 0) + Math.max(0, shown.length - 1);
}

/** The cells of one hit, in column order. */
export function searchCells(hit: SearchHit, now: number): string[] {
	const {cells} = showCells(hit.show, now);
	// A hit on an episode's title says which episode matched.
	return hit.episode ? [`${hit.show.name} · ${hit.episode}`, ...cells.slice(1)] : cells;
}

/**
 * A show's cells and their widths, made once per show: typing a query shows the same shows again and
 * again, and formatting 200 hits' counts, profiles and dates each keystroke took ≈3 ms at 250k rows.
 */
const madeCells = new WeakMap<SearchHit['show'], {now: number; cells: string[]; widths: number[]}>();

function showCells(show: SearchHit['show'], now: number): {cells: string[]; widths: number[]} {
	const known = madeCells.get(show);
	if (known && known.now === now) return known;
	const episodes = show.seasons.reduce((n, s) => n + s.episodes.length, 0);
	const cells = [
		show.name,
		show.kind === 'series' ? `${group(episodes)} ep.` : 'movie',
		nameList(show.profiles),
		`${localDate(show.lastWatched)} ${ago(daysSince(show.lastWatched, now))}`,
	];
	const made = {now, cells, widths: cells.map(cellWidth)};
	madeCells.set(show, made);
	return made;
}

/** Column wants measured once per list of hits. */
const measured = new WeakMap<SearchHit[], number[]>();

/** The title first; when narrow, the profiles are cut before the last-watched date is left out. */
function searchColumns(hits: SearchHit[], now: number): Column[] {
	let wants = measured.get(hits);
	if (!wants) {
		wants = ['Title', 'Watched', 'Profiles', 'Last watched'].map(cellWidth);
		for (const hit of hits) {
			const {widths} = showCells(hit.show, now);
			wants[0] = Math.max(wants[0]!, hit.episode ? cellWidth(searchCells(hit, now)[0]!) : widths[0]!);
			for (let i = 1; i < widths.length; i++) wants[i] = Math.max(wants[i]!, widths[i]!);
		}
		measured.set(hits, wants);
	}
	return [
		{name: 'Title', want: wants[0]!, min: 22, priority: 10, grow: 3},
		{name: 'Watched', want: wants[1]!, priority: 7, shrink: false},
		{name: 'Profiles', want: wants[2]!, min: 8, priority: 5, grow: 1},
		{name: 'Last watched', want: wants[3]!, priority: 6, shrink: false, drop: true},
	];
}
