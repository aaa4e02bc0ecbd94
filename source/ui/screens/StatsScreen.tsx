import {Box, Text} from 'ink';
import {cellWidth, fit as cell, group, hoursMinutes} from '../../text/format.js';
import type {StatsReport} from '../../query/stats.js';
import {bar, HEAT_SHADES, heatLevel, hoursShort, sparkline} from '../../text/charts.js';
import {colour} from '../colour.js';
import {inert} from '../../text/inert.js';
import type {ListState} from '../list-window.js';
import type {StatsView} from '../screen-data.js';
import type {StatsLine} from '../stats-lines.js';

/** Props of the Stats screen. */
export interface StatsScreenProps {
	report: StatsReport;
	/** The screen as lines (stats-lines.ts); the ones from `list.cursor` on are drawn. */
	lines: readonly StatsLine[];
	/** The cursor is the first line shown (the screen scrolls like the help). */
	list: ListState;
	view: StatsView;
	profile: string | null;
	width: number;
	/** Lines available below the screen's two top lines. */
	height: number;
}

const AMOUNT = 8;
const NOTE = 7;

/**
 * Watch time per year or month as bars with the hours beside them, a line per profile on All profiles,
 * a weekday × hour heatmap, the top shows, devices and countries, the longest binge and the biggest day.
 * Taller than the terminal, it scrolls (↑/↓, PgUp/PgDn).
 */
export function StatsScreen({report, lines, list, view, profile, width, height}: StatsScreenProps) {
	const who = profile === null ? 'All profiles' : inert(profile);
	const period = view.year === null ? 'all time' : String(view.year);
	const total = report.timed
		? `${hoursMinutes(report.watchSeconds ?? 0)} watched in ${group(report.viewings)} viewings · overlaps counted once · extras ${hoursShort(report.extras.watchSeconds ?? 0)} and autoplayed previews ${hoursShort(report.previews.watchSeconds ?? 0)} not counted`
		: `${group(report.viewings)} viewings · dates only: no watch time`;
	const shown = lines.slice(list.cursor, list.cursor + height);
	return (
		<Box flexDirection="column" width={width}>
			<Text bold wrap="truncate">
				Stats · {who} · {period} · {view.months ? 'months' : 'years'}
				{lines.length > height ? ` · lines ${list.cursor + 1}–${Math.min(lines.length, list.cursor + height)} of ${lines.length}` : ''}
			</Text>
			<Text dimColor wrap="truncate">
				{total}
			</Text>
			{shown.map((line, i) => (
				<Box key={list.cursor + i} width={width} flexShrink={0}>
					<StatsLineView line={line} width={width} />
				</Box>
			))}
		</Box>
	);
}

/** Label width for bars and sparklines: about a quarter of the line, within 8 and 32 cells. */
function labelWidth(width: number): number {
	return Math.max(8, Math.min(32, Math.floor(width * 0.26)));
}

/** Cells per hour of the heatmap: 1 to 3, by what fits beside the weekday's name. */
function heatCell(width: number): number {
	return Math.max(1, Math.min(3, Math.floor((width - 6) / 24)));
}

function StatsLineView({line, width}: {line: StatsLine; width: number}) {
	const label = 'labelWidth' in line && line.labelWidth !== undefined ? Math.min(labelWidth(width), Math.max(3, line.labelWidth)) : labelWidth(width);
	switch (line.kind) {
		case 'heading':
			return (
				<Text bold color={colour('cyan')} wrap="truncate">
					{line.text}
				</Text>
			);
		case 'note':
			return <Text wrap="truncate"> {line.text}</Text>;
		case 'bar': {
			const room = Math.max(1, width - 2 - label - 2 - AMOUNT - (line.note === undefined ? 0 : NOTE + 1));
			return (
				<Text wrap="truncate">
					<Text inverse={line.focus === true}>{line.focus ? '›' : ' '}</Text> {cell(line.label, label)}{' '}
					<Text color={colour('red')}>{cell(bar(line.value, line.max, room), room)}</Text> {line.amount.padStart(AMOUNT)}
					{line.note === undefined ? '' : ` ${cell(line.note, NOTE)}`}
				</Text>
			);
		}
		case 'spark': {
			const room = Math.max(1, width - 2 - label - 2 - AMOUNT);
			const values = line.values.slice(-room);
			return (
				<Text wrap="truncate">
					{'  '}
					{cell(line.label, label)} <Text color={colour('red')}>{cell(sparkline(values, line.max), Math.min(room, Math.max(values.length, 1)))}</Text>{' '}
					{line.amount.padStart(AMOUNT)}
				</Text>
			);
		}
		case 'heatAxis': {
			const w = heatCell(width);
			let axis = '';
			const step = w === 1 ? 6 : 3;
			for (let h = 0; h < 24; h += step) axis += String(h).padEnd(step * w);
			return (
				<Text dimColor wrap="truncate">
					{'  '}
					{'    '}
					{axis.trimEnd()}
				</Text>
			);
		}
		case 'heat': {
			const w = heatCell(width);
			return (
				<Text wrap="truncate">
					{'  '}
					{line.label}{' '}
					{line.cells.map((v, h) => {
						const level = heatLevel(v, line.max);
						return (
							<Text key={h} color={level === 0 ? undefined : 'red'} dimColor={level === 0}>
								{HEAT_SHADES[level]!.repeat(w)}
							</Text>
						);
					})}
				</Text>
			);
		}
		case 'legend': {
			const quarter = (q: number) => hoursShort((line.max * q) / 4);
			const full = `  ${HEAT_SHADES[0]} none  ${HEAT_SHADES[1]} ≤${quarter(1)}  ${HEAT_SHADES[2]} ≤${quarter(2)}  ${HEAT_SHADES[3]} ≤${quarter(3)}  ${HEAT_SHADES[4]} ≤${quarter(4)} (summed over the weeks)`;
			const text = cellWidth(full) <= width ? full : full.replace(' (summed over the weeks)', '');
			return (
				<Text dimColor wrap="truncate">
					{text}
				</Text>
			);
		}
	}
}
