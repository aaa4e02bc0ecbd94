/**
 * The Stats screen as a list of lines, made from a report without knowing the terminal's width (the
 * screen draws bars and cells to its width, and scrolls the list when it is taller than the terminal).
 */
import {cellWidth, group, hoursMinutes, localDateTime} from '../text/format.js';
import {SITTING_GAP_MINUTES, type PeriodTotal, type StatsReport} from '../query/stats.js';
import {hoursShort} from '../text/charts.js';
import {inert} from '../text/inert.js';
import type {StatsView} from './screen-data.js';

/** Months the month view shows. */
export const MONTHS_SHOWN = 24;
/** Rows of the top lists. */
const TOP_SHOWS = 10;
const TOP_PLACES = 5;

/** One line of the Stats screen. */
export type StatsLine =
	| {kind: 'heading'; text: string}
	| {kind: 'note'; text: string}
	/** A bar of `value / max` with its label and amount; `focus` marks the year in focus. */
	| {kind: 'bar'; label: string; value: number; max: number; amount: string; note?: string; focus?: boolean; labelWidth?: number}
	/** One character per period (a profile's line on All profiles). */
	| {kind: 'spark'; label: string; values: number[]; max: number; amount: string; labelWidth?: number}
	| {kind: 'heatAxis'}
	| {kind: 'heat'; label: string; cells: number[]; max: number}
	| {kind: 'legend'; max: number; timed: boolean};

/** The lines for a report and a view (year in focus, bars per year or per month). Names from the file are made inert here. */
export function statsLines(report: StatsReport, view: StatsView): StatsLine[] {
	if (report.viewings === 0) return [{kind: 'note', text: 'No viewings for this profile.'}];
	const value = (p: {watchSeconds: number | null; viewings: number}) => (report.timed ? (p.watchSeconds ?? 0) : p.viewings);
	const amount = (p: {watchSeconds: number | null; viewings: number}) => (report.timed ? hoursShort(p.watchSeconds ?? 0) : group(p.viewings));
	const lines: StatsLine[] = [];
	if (!report.timed) lines.push({kind: 'note', text: 'This file has dates only (NetflixViewingHistory.csv): counts of viewings, no durations or times.'});

	// Bars: every year, or the 24 months up to the focus year's December (else the last month).
	const periods = view.months ? monthWindow(report.months, view.year) : report.years;
	const max = Math.max(0, ...periods.map(value));
	const what = report.timed ? 'Watch time' : 'Viewings';
	lines.push({kind: 'heading', text: view.months ? `${what} per month · ${periods[0]?.period ?? ''} – ${periods.at(-1)?.period ?? ''}` : `${what} per year`});
	for (const p of periods)
		lines.push({kind: 'bar', label: p.period, value: value(p), max, amount: amount(p), focus: !view.months && view.year !== null && p.period === String(view.year)});

	if (report.profile === null && report.profiles.length > 1) {
		lines.push({kind: 'heading', text: `Per profile · ${view.months ? 'months as above' : 'years as above'}`});
		const series = report.profiles.map(p => {
			const own = new Map((view.months ? p.months : p.years).map(x => [x.period, x]));
			return {name: inert(p.name), values: periods.map(x => (own.has(x.period) ? value(own.get(x.period)!) : 0))};
		});
		const top = Math.max(0, ...series.flatMap(s => s.values));
		for (const s of series) {
			const total = s.values.reduce((a, b) => a + b, 0);
			lines.push({kind: 'spark', label: s.name, values: s.values, max: top, amount: report.timed ? hoursShort(total) : group(total)});
		}
	}

	const scope = view.year === null ? 'all time' : String(view.year);
	if (report.timed) {
		lines.push({kind: 'heading', text: `When · weekday × hour, local time · ${scope}`});
		const heatMax = Math.max(0, ...report.heatmap.flat());
		lines.push({kind: 'heatAxis'});
		report.weekdays.forEach((w, i) => lines.push({kind: 'heat', label: w.period.slice(0, 3), cells: report.heatmap[i]!, max: heatMax}));
		lines.push({kind: 'legend', max: heatMax, timed: true});
	} else {
		lines.push({kind: 'heading', text: `When · weekdays · ${scope}`});
		const weekMax = Math.max(0, ...report.weekdays.map(value));
		for (const w of report.weekdays) lines.push({kind: 'bar', label: w.period.slice(0, 3), value: value(w), max: weekMax, amount: amount(w)});
	}

	lines.push({kind: 'heading', text: `What · top shows and movies · ${scope}`});
	const shows = report.shows.slice(0, TOP_SHOWS);
	const showMax = Math.max(0, ...shows.map(value));
	if (shows.length === 0) lines.push({kind: 'note', text: 'Nothing watched in this period.'});
	for (const s of shows)
		lines.push({kind: 'bar', label: inert(s.name), value: value(s), max: showMax, amount: amount(s), note: s.kind === 'series' ? `${group(s.episodes)} ep` : 'movie'});
	for (const [title, list] of [
		['Devices', report.devices],
		['Countries', report.countries],
	] as const) {
		const top = list.slice(0, TOP_PLACES);
		if (top.length === 0) continue;
		lines.push({kind: 'heading', text: `${title} · ${scope}`});
		const topMax = Math.max(0, ...top.map(value));
		for (const d of top) lines.push({kind: 'bar', label: inert(d.name), value: value(d), max: topMax, amount: amount(d)});
	}

	lines.push({kind: 'heading', text: `Binges · ${scope}`});
	const b = report.longestBinge;
	lines.push({
		kind: 'note',
		text: b
			? `Longest binge: ${b.episodes} episodes of ${inert(b.show)} in one sitting (${inert(b.profile)}, ${report.timed ? localDateTime(b.start) : new Date(b.start).toISOString().slice(0, 10)})`
			: 'Longest binge: no episodes in this period.',
	});
	if (report.timed) lines.push({kind: 'note', text: `A sitting ends after ${SITTING_GAP_MINUTES} minutes without watching.`});
	const day = report.biggestDay;
	if (day) lines.push({kind: 'note', text: `Biggest day: ${day.date}, ${report.timed ? hoursMinutes(day.watchSeconds ?? 0) : `${group(day.viewings)} viewings`}`});
	return alignLabels(lines);
}

/** Each run of bars (and the sparklines) gets the width of its longest label, so short labels do not leave a gap. */
function alignLabels(lines: StatsLine[]): StatsLine[] {
	let run: Array<Extract<StatsLine, {kind: 'bar' | 'spark'}>> = [];
	const close = () => {
		const widest = Math.max(0, ...run.map(l => cellWidth(l.label)));
		for (const l of run) l.labelWidth = widest;
		run = [];
	};
	for (const line of lines) {
		if (line.kind === 'bar' || line.kind === 'spark') run.push(line);
		else close();
	}
	close();
	return lines;
}

/** The months shown: up to 24, ending in December of `year` (or the last month with viewings). */
function monthWindow(months: readonly PeriodTotal[], year: number | null): PeriodTotal[] {
	if (months.length === 0) return [];
	const end = year === null ? months.at(-1)!.period : `${year}-12`;
	const upTo = months.filter(m => m.period <= end);
	const last = upTo.at(-1)?.period ?? end;
	// Months after the last viewing of the focus year are shown empty up to December.
	const [y, m] = end.split('-').map(Number) as [number, number];
	const padded = [...upTo];
	for (let month = Number(last.slice(5)) + 1; last.slice(0, 4) === String(y) && month <= m; month++)
		padded.push({period: `${y}-${String(month).padStart(2, '0')}`, watchSeconds: months[0]!.watchSeconds === null ? null : 0, viewings: 0});
	return padded.slice(-MONTHS_SHOWN);
}
