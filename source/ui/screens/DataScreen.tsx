import {Box, Text} from 'ink';
import {fit as cell, group} from '../../commands/format.js';
import {rangeText, rowsText} from '../../commands/knows-text.js';
import type {DataOverview} from '../../query/data-overview.js';
import {inert} from '../../text/inert.js';
import {ListLine} from '../components/ListLine.js';
import type {DataLine} from '../data-lines.js';
import {columnWidths} from '../layout.js';
import type {ListState} from '../list-window.js';

/** Props of the Data screen. */
export interface DataScreenProps {
	overview: DataOverview;
	/** The overview as lines (see data-lines.ts); only the visible ones are drawn. */
	lines: readonly DataLine[];
	list: ListState;
	width: number;
	/** Lines available for the list. */
	height: number;
}

/**
 * What Netflix knows: every table of the export under Netflix's categories, with its rows, the time it
 * covers and highlights. It is account-wide, so the profile filter does not apply (the title says so).
 */
export function DataScreen({overview, lines, list, width, height}: DataScreenProps) {
	const cols = columnWidths(width - 2, [{weight: 1}, {fixed: 11}, {fixed: 23}]);
	const {tables, empty} = overview.totals;
	return (
		<Box flexDirection="column" width={width}>
			<Text bold wrap="truncate">
				What Netflix knows · whole account · {tables} {tables === 1 ? 'table' : 'tables'}, {empty} empty · {group(overview.totals.rows)} rows
			</Text>
			<Text dimColor wrap="truncate">
				{'  '}
				{[cell('Table (Enter: rows · c: columns)', cols[0]!), cell('Rows', cols[1]!), cell('Covers (local dates)', cols[2]!)].join(' ')}
			</Text>
			{lines.slice(list.offset, list.offset + height).map((line, i) => {
				const index = list.offset + i;
				switch (line.kind) {
					case 'heading':
						return (
							<ListLine key={index} selected={false} heading width={width}>
								{line.text}
							</ListLine>
						);
					case 'table': {
						const t = line.table;
						const title = `${line.expanded ? '▾' : '▸'} ${t.title}`;
						return (
							<ListLine key={index} selected={index === list.cursor} width={width}>
								{[cell(title, cols[0]!), cell(t.empty ? 'no data' : rowsText(t), cols[1]!), cell(rangeText(t.dateRange), cols[2]!)].join(' ')}
							</ListLine>
						);
					}
					case 'detail':
						return (
							<Box key={index} width={width} flexShrink={0}>
								<Text wrap="truncate" dimColor={line.dim}>
									{'    '}
									{inert(line.text)}
								</Text>
							</Box>
						);
				}
			})}
		</Box>
	);
}
