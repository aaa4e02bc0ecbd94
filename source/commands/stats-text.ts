import type {StatsBy} from './args.js';
import {fit, group, hoursMinutes, localDateTime} from '../text/format.js';
import type {StatsJson} from '../query/stats-json.js';
import type {NamedTotal, PeriodTotal} from '../query/stats.js';
import {bar, hoursShort} from '../text/charts.js';

/** Cells of a bar in the text output (the rest of an 80-column line holds the label and the numbers). */
const BAR_WIDTH = 30;
/** Rows of each top list in the overview (`--by show` lists them all). */
const TOP = 10;

/** `netflix-tui stats` as text: the totals, then a breakdown (by year unless `--by` says otherwise). */
export function statsText(s: StatsJson, by: StatsBy | null): string {
	const lines = header(s);
	if (s.viewings === 0) return [...lines, 'No viewings match.'].join('\n') + '\n';
	if (by) return [...lines, '', ...breakdown(s, by, Infinity)].join('\n') + '\n';
	lines.push('', ...breakdown(s, 'year', Infinity));
	if (s.profiles.length > 1)
		lines.push(
			'',
			'By profile',
			...table(
				s.profiles.map(p => ({label: p.name, watchSeconds: p.watchSeconds, viewings: p.viewings})),
				s.timed,
			),
		);
	lines.push('', ...breakdown(s, 'show', TOP));
	if (s.longestBinge) {
		const b = s.longestBinge;
		lines.push(
			'',
			`Longest binge: ${b.episodes} episodes of ${b.show} in one sitting (${b.profile}, ${localDateTime(Date.parse(b.start))}${s.timed ? ` → ${localDateTime(Date.parse(b.end)).slice(11)}` : ''}; a sitting ends after ${s.sittingGapMinutes} min without watching)`,
		);
	}
	if (s.biggestDay) lines.push(`Biggest day: ${s.biggestDay.date}, ${s.timed ? hoursMinutes(s.biggestDay.watchSeconds ?? 0) : `${group(s.biggestDay.viewings)} viewings`}`);
	return lines.join('\n') + '\n';
}

function header(s: StatsJson): string[] {
	const who = s.profile ?? 'All profiles';
	const span = s.firstViewing && s.lastViewing ? ` · ${s.firstViewing.slice(0, 10)} → ${s.lastViewing.slice(0, 10)}` : '';
	const lines = [`Watch time · ${who}${span} · periods in ${s.timeZone}`];
	if (!s.timed) {
		lines.push(`  ${group(s.viewings)} viewings. This file has dates only (NetflixViewingHistory.csv): counts, no durations.`);
		return lines;
	}
	lines.push(
		`  ${hoursMinutes(s.watchSeconds ?? 0)} in ${group(s.viewings)} viewings${s.overlapSeconds ? ` (overlapping sessions counted once: ${hoursMinutes(s.overlapSeconds)} less than the durations' sum)` : ''}`,
	);
	lines.push(
		`  not counted: extras ${hoursMinutes(s.extras.watchSeconds ?? 0)} in ${group(s.extras.viewings)} plays, autoplayed previews ${hoursMinutes(s.previews.watchSeconds ?? 0)} in ${group(s.previews.viewings)} plays`,
	);
	return lines;
}

const TITLES: Record<StatsBy, string> = {
	year: 'By year',
	month: 'By month',
	weekday: 'By weekday',
	hour: 'By hour of the day',
	show: 'Shows and movies',
	device: 'Devices',
	country: 'Countries',
};

function breakdown(s: StatsJson, by: StatsBy, limit: number): string[] {
	const periods = (list: PeriodTotal[], label = (p: PeriodTotal) => p.period) => list.map(p => ({label: label(p), watchSeconds: p.watchSeconds, viewings: p.viewings}));
	const named = (list: NamedTotal[]) => list.map(n => ({label: n.name, watchSeconds: n.watchSeconds, viewings: n.viewings}));
	const rows = {
		year: () => periods(s.years),
		month: () => periods(s.months),
		weekday: () => periods(s.weekdays),
		hour: () => periods(s.hours, p => `${p.period}:00`),
		show: () => s.shows.map(x => ({label: x.name, watchSeconds: x.watchSeconds, viewings: x.viewings, note: x.kind === 'series' ? `${group(x.episodes)} episodes` : 'movie'})),
		device: () => named(s.devices),
		country: () => named(s.countries),
	}[by]();
	const shown = rows.slice(0, limit);
	const more = rows.length > shown.length ? [`  … ${group(rows.length - shown.length)} more (--by ${by})`] : [];
	return [TITLES[by], ...table(shown, s.timed), ...more];
}

function table(rows: ReadonlyArray<{label: string; watchSeconds: number | null; viewings: number; note?: string}>, timed: boolean): string[] {
	const value = (r: {watchSeconds: number | null; viewings: number}) => (timed ? (r.watchSeconds ?? 0) : r.viewings);
	const max = Math.max(0, ...rows.map(value));
	const labelWidth = Math.min(28, Math.max(4, ...rows.map(r => r.label.length)));
	return rows.map(r => {
		const amount = timed ? hoursShort(r.watchSeconds ?? 0).padStart(8) + '  ' : '';
		const note = r.note ? `  ${r.note}` : '';
		return `  ${fit(r.label, labelWidth)}  ${fit(bar(value(r), max, BAR_WIDTH), BAR_WIDTH)}  ${amount}${group(r.viewings).padStart(6)} viewings${note}`.trimEnd();
	});
}
