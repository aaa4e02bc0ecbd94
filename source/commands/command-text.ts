import type {DoctorJson} from '../query/doctor.js';
import type {HistoryEntry} from '../query/history.js';
import type {ProfileJson, SummaryJson} from '../query/summary.js';
import type {CommandData} from './command-data.js';
import {ago, count, episodeCode, fit, group, hoursMinutes, localDate, resumeText, startedAt} from '../text/format.js';
import {nameList, quoteName} from '../query/names.js';
import {knowsText} from '../text/knows-text.js';
import {inert} from '../text/inert.js';
import type {StatsBy} from './args.js';
import {statsText} from './stats-text.js';
import {tableText} from './table-text.js';

/** A command's answer as text for a person: aligned columns, local times. */
export function commandText(raw: CommandData, rawQuery: string | null, datesOnly = false, by: StatsBy | null = null): string {
	// Every string of the answer came from the file (or the command line): made inert before any of it is
	// laid out, so a newline or tab in a field cannot fake or split a row, and no control reaches the terminal.
	// The history (250k entries of 16 fields: ≈0.4 s to walk) makes the two fields it prints inert where it
	// lays them out; every other answer is small and walked whole.
	if (raw.command === 'history') return historyText(raw.data, datesOnly);
	const answer = inertStrings(raw);
	const query = rawQuery === null ? null : inert(rawQuery);
	switch (answer.command) {
		case 'summary':
			return summaryText(answer.data);
		case 'profiles':
			return answer.data.map(profileText).join('\n\n') + '\n';
		case 'stopped': {
			const leftOut =
				answer.leftOut > 0
					? `${group(answer.leftOut)} series watched to the end of the last episode seen ${answer.leftOut === 1 ? 'is' : 'are'} not listed (--all lists ${answer.leftOut === 1 ? 'it' : 'them'}).\n`
					: '';
			if (answer.data.length === 0) return `Nothing to resume.\n${leftOut}`;
			return (
				lines(
					answer.data.map(e => {
						const where = e.kind === 'series' ? `${episodeCode(e.seasonNumber, e.season, e.episode)}${e.episodeTitle ? ` · ${e.episodeTitle}` : ''}` : 'movie';
						return `${fit(e.show, 30)}  ${fit(where, 34)}  ${fit(resumeText(e), 20)}  ${fit(e.state, 16)}  ${fit(ago(e.daysSince), 14)}  ${quoteName(e.profile)}`;
					}),
				) + leftOut
			);
		}
		case 'search':
			if (answer.data.length === 0) return `No show or movie matches "${query}".\n`;
			return lines(
				answer.data.map(
					h => `${fit(h.title, 40)}  ${fit(h.kind, 6)}  ${fit(count(h.viewings, 'viewing'), 16)}  last ${localDate(Date.parse(h.lastWatched))}  ${nameList(h.profiles)}`,
				),
			);
		case 'stats':
			return statsText(answer.data, by);
		case 'doctor':
			return doctorText(answer.data);
		case 'knows':
			return knowsText(answer.data);
		case 'table':
			return tableText(answer.data);
	}
}

/**
 * The value with `inert` applied to every string in it, at any depth. Parts without an unsafe string
 * are returned as they are (no copy of a clean 250k-row history). Plain loops, no Object.entries:
 * a 250k-row history has 4 million fields.
 */
export function inertStrings<T>(value: T): T {
	if (typeof value === 'string') return inert(value) as T;
	if (value === null || typeof value !== 'object') return value;
	if (Array.isArray(value)) {
		let out: unknown[] | undefined;
		for (let i = 0; i < value.length; i++) {
			const item: unknown = value[i];
			const safe = typeof item === 'string' ? inert(item) : typeof item === 'object' && item !== null ? inertStrings(item) : item;
			if (safe !== item) (out ??= value.slice())[i] = safe;
		}
		return (out ?? value) as T;
	}
	const record = value as Record<string, unknown>;
	let out: Record<string, unknown> | undefined;
	for (const key in record) {
		const item = record[key];
		const safe = typeof item === 'string' ? inert(item) : typeof item === 'object' && item !== null ? inertStrings(item) : item;
		if (safe !== item) (out ??= {...record})[key] = safe;
	}
	return (out ?? value) as T;
}

/** `history` as text: one line a viewing. Profile and title come from the file: made inert here, field by field. */
function historyText(entries: readonly HistoryEntry[], datesOnly: boolean): string {
	if (entries.length === 0) return 'No viewings match.\n';
	return lines(
		entries.map(
			v =>
				`${fit(startedAt(Date.parse(v.start), datesOnly), 16)}  ${fit(quoteName(inert(v.profile)), 12)}  ${fit(v.durationSeconds === null ? '' : hoursMinutes(v.durationSeconds), 10)}  ${v.hidden ? '(hidden) ' : ''}${inert(v.title)}`,
		),
	);
}

function lines(rows: string[]): string {
	return `${rows.join('\n')}\n`;
}

function profileText(p: ProfileJson): string {
	const span = p.firstViewing && p.lastViewing ? `${localDate(Date.parse(p.firstViewing))} → ${localDate(Date.parse(p.lastViewing))}` : 'no viewings';
	return [
		quoteName(p.name),
		`  ${count(p.viewings, 'viewing')}${p.watchSeconds === null ? '' : `, ${hoursMinutes(p.watchSeconds)} watched`}, ${span}`,
		`  ${count(p.shows, 'show')} (${count(p.episodes, 'episode')}), ${count(p.movies, 'movie')}, ${count(p.extras, 'extra')}, ${group(p.hidden)} hidden, ${count(p.devices, 'device')}`,
	].join('\n');
}

function summaryText(s: SummaryJson): string {
	const lines = [
		`${s.source.format}: ${s.source.location}`,
		`  ${s.source.layout}; viewings from ${s.source.viewingFile} (${s.source.headerVersion} columns${s.source.dateOrder ? `, dates ${s.source.dateOrder}` : ''})`,
		// The same count as the All profiles line below: viewings are episodes and movies; extras (trailers,
		// hooks) are rows of the viewing history but not watching, so they are counted apart.
		`  ${count(s.rows.episodes + s.rows.movies, 'viewing')} (${count(s.rows.episodes, 'episode')}, ${count(s.rows.movies, 'movie')}) and ${count(s.rows.extras, 'extra')}; ${group(s.rows.hidden)} hidden, ${group(s.rows.merged)} duplicates merged, ${count(s.rows.skipped, 'row')} skipped`,
		`  ${count(s.files.length, 'file')}; tables: ${s.files.filter(f => f.table && !f.empty).length} with data, ${s.files.filter(f => f.empty).length} empty`,
		'',
		profileText(s.total),
		'',
		...s.profiles.map(profileText).flatMap(t => [t, '']),
		...s.warnings.map(w => `warning: ${w}`),
	];
	return lines.join('\n').replace(/\n+$/, '\n');
}

/** ` (lines 4, 9, 12, …)`: the first few lines of a reason's skipped rows. */
function lineList(lines: number[], count: number): string {
	if (lines.length === 0) return '';
	const shown = lines.slice(0, 5);
	return ` (line${count === 1 ? '' : 's'} ${shown.join(', ')}${count > shown.length ? ', …' : ''})`;
}

/** How many unplaced titles the text doctor lists; `--json` lists them all. */
const UNPLACED_SHOWN = 30;

function doctorText(d: DoctorJson): string {
	const lines = [
		`netflix-tui ${d.version} on Node ${process.versions.node}`,
		`source: ${d.source.kind} ${d.source.location}`,
		`format: ${d.source.format}; layout: ${d.source.layout}`,
		`viewings from: ${d.source.viewingFile} (${d.source.headerVersion} columns${d.source.dateOrder ? `, dates ${d.source.dateOrder}` : ''})`,
		`rows: ${group(d.rows.dataRows)} in the file: ${group(d.rows.viewings)} viewings (${group(d.rows.extras)} extras), ${group(d.rows.merged)} near-duplicates merged, ${group(d.rows.dataRows - d.rows.read)} skipped`,
		...Object.entries(d.rows.skipped).map(([reason, n]) => `  skipped ${group(n)}: ${reason}${lineList(d.rows.skippedLines[reason] ?? [], n)}`),
		`titles: ${group(d.titles.distinct)} distinct, ${group(d.titles.unplaced)} the parser could not place`,
		...(d.titles.untitled > 0 ? [`  ${group(d.titles.untitled)} of them have a blank show name: listed under "(untitled)"`] : []),
		...d.titles.unplacedTitles.slice(0, UNPLACED_SHOWN).map(t => `  unplaced: ${t}`),
		...(d.titles.unplaced > UNPLACED_SHOWN ? [`  … ${group(d.titles.unplaced - UNPLACED_SHOWN)} more unplaced titles: doctor --json lists all ${group(d.titles.unplaced)}`] : []),
		`profiles: ${d.profiles}`,
		'files:',
		...d.files.map(f => `  ${f.empty ? 'empty ' : f.table ? 'table ' : 'other '} ${fit(group(f.bytes), 12)} ${f.path}`),
		...d.warnings.map(w => `warning: ${w}`),
	];
	return lines.join('\n') + '\n';
}
