import {Box, Text} from 'ink';
import {count, group} from '../../text/format.js';
import type {TableRows} from '../../query/table-rows.js';
import type {Masker} from '../../query/mask.js';
import {ListLine} from '../components/ListLine.js';
import type {ListState} from '../list-window.js';
import {displayCell, fitColumns, paneLines, paneText, rowLine, rowsListHeight} from '../rows-view.js';
import type {RowsView} from '../ui-state.js';

/** Props of the rows viewer. */
export interface RowsScreenProps {
	table: TableRows;
	view: RowsView;
	/** Rows shown (indexes into `table.rows`), filtered and sorted. */
	order: readonly number[];
	/** Masks personal values, or (revealed) shows them. */
	masker: Masker;
	/** Cursor and window over `order`. */
	list: ListState;
	/** The selected row's cells wrapped to the width (when `view.detail`), and its scroll position. */
	detail: readonly string[];
	detailList: ListState;
	width: number;
	/** Lines for the list and the pane below it (the two lines above come on top). */
	height: number;
}

/**
 * One table of the export, row by row: a windowed list with columns fitted to the width, the picked
 * column marked, and under it the selected row's cells; Enter shows that row's every cell in full.
 * Personal values stay masked until `r`, and the title line says when they are revealed.
 */
export function RowsScreen({table, view, order, masker, list, detail, detailList, width, height}: RowsScreenProps) {
	const selected = order[list.cursor];
	const cells = (row: number) => table.header.map((_, c) => displayCell(table, table.rows[row]!, c, masker));
	const listHeight = rowsListHeight(height);
	const visible = order.slice(list.offset, list.offset + listHeight);
	const shownCells = visible.map(cells);
	// Widths from the rows in view: the columns do not jump while scrolling within a page.
	const columns = fitColumns(table.header, shownCells, width - 2, view.column);
	const sortName = view.sort ? `${table.header[view.sort.column]} ${view.sort.descending ? '↓' : '↑'}` : 'file order';
	const filtered = view.filter !== '' || view.filtering;
	return (
		<Box flexDirection="column" width={width}>
			<Text wrap="truncate">
				<Text bold>{table.title}</Text>
				{' · '}
				{/* The marker comes before the counts: a narrow terminal cuts the end of the line. */}
				{masker.masking ? <Text dimColor>masked (r reveals)</Text> : <Text inverse>REVEALED (r masks)</Text>}
				<Text>
					{' · '}
					{filtered ? `${group(order.length)} of ` : ''}
					{count(table.total, 'row')}
					{table.rows.length < table.total ? ` (first ${group(table.rows.length)} read)` : ''}
					{' · '}
					{sortName}
					{filtered ? ` · filter: ${view.filter}${view.filtering ? '▏' : ''}` : ''}
				</Text>
			</Text>
			{view.detail ? (
				<DetailView detail={detail} list={detailList} height={height} width={width} row={list.cursor + 1} rows={order.length} />
			) : (
				<>
					<Text wrap="truncate" dimColor>
						{'  '}
						{columns
							.map(c => (c.index === view.column ? `[${table.header[c.index]}]` : table.header[c.index]!))
							.map((name, i) => rowLine([name], [{index: 0, width: columns[i]!.width}]))
							.join(' ')}
					</Text>
					{shownCells.length === 0 ? (
						<Text dimColor>{table.total === 0 ? '  No rows in this table.' : '  No row matches the filter (Esc clears it).'}</Text>
					) : (
						shownCells.map((row, i) => (
							<ListLine key={list.offset + i} selected={list.offset + i === list.cursor} width={width}>
								{rowLine(row, columns)}
							</ListLine>
						))
					)}
					{Array.from({length: Math.max(0, listHeight - Math.max(1, shownCells.length))}, (_, i) => (
						<Text key={`pad${i}`}> </Text>
					))}
					<Pane table={table} cells={selected === undefined ? null : cells(selected)} width={width} lines={paneLines(height)} row={list.cursor + 1} rows={order.length} />
				</>
			)}
		</Box>
	);
}

/** The selected row's cells under the list: a rule with its position, then `Column: value · …`. */
function Pane({table, cells, width, lines, row, rows}: {table: TableRows; cells: string[] | null; width: number; lines: number; row: number; rows: number}) {
	const rule = `── row ${group(row)} of ${group(rows)} · Enter: every cell `;
	const text = cells ? paneText(table.header, cells, width - 2, lines - 1) : [];
	return (
		<>
			<Text dimColor wrap="truncate">
				{cells ? rule + '─'.repeat(Math.max(0, width - rule.length)) : '─'.repeat(width)}
			</Text>
			{text.map((line, i) => (
				<Text key={i} wrap="truncate">
					{'  '}
					{line}
				</Text>
			))}
		</>
	);
}

/** One row's every cell in full, wrapped, scrolled with the list keys (the cursor is the first line shown). */
function DetailView({detail, list, height, width, row, rows}: {detail: readonly string[]; list: ListState; height: number; width: number; row: number; rows: number}) {
	const top = list.cursor;
	return (
		<>
			<Text dimColor wrap="truncate">
				Row {group(row)} of {group(rows)}, every cell · Enter or Esc: back to the rows
			</Text>
			{detail.slice(top, top + height).map((line, i) => (
				<Box key={top + i} width={width} flexShrink={0}>
					<Text wrap="truncate">{line}</Text>
				</Box>
			))}
		</>
	);
}
