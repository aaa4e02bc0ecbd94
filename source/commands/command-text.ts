import type {DoctorJson} from '../query/doctor.js';
import type {ProfileJson, SummaryJson} from '../query/summary.js';
import type {CommandData} from './command-data.js';
import {ago, count, episodeCode, fit, group, hoursMinutes, localDate, resumeText, startedAt} from './format.js';
import {nameList, quoteName} from '../text/names.js';
import {knowsText} from './knows-text.js';

/** A command's answer as text for a person: aligned columns, local times. */
export function commandText(answer: CommandData, query: string | null, datesOnly = false): string {
	switch (answer.command) {
		case 'summary':
			return summaryText(answer.data);
		case 'profiles':
			return answer.data.map(profileText).join('\n\n') + '\n';
		case 'stopped': {
			const leftOut = answer.leftOut > 0 ? `${group(answer.leftOut)} series watched to the end of the last episode seen ${answer.leftOut === 1 ? 'is' : 'are'} not listed (--all lists ${answer.leftOut === 1 ? 'it' : 'them'}).\n` : '';
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
			return lines(answer.data.map(h => `${fit(h.title, 40)}  ${fit(h.kind, 6)}  ${fit(count(h.viewings, 'viewing'), 16)}  last ${localDate(Date.parse(h.lastWatched))}  ${nameList(h.profiles)}`));
		case 'history':
			if (answer.data.length === 0) return 'No viewings match.\n';
			return lines(
				answer.data.map(
					v => `${fit(startedAt(Date.parse(v.start), datesOnly), 16)}  ${fit(quoteName(v.profile), 12)}  ${fit(v.durationSeconds === null ? '' : hoursMinutes(v.durationSeconds), 10)}  ${v.hidden ? '(hidden) ' : ''}${v.title}`,
				),
			);
		case 'doctor':
			return doctorText(answer.data);
		case 'knows':
			return knowsText(answer.data);
	}
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

function doctorText(d: DoctorJson): string {
	const lines = [
		`netflix-tui ${d.version} on Node ${process.versions.node}`,
		`source: ${d.source.kind} ${d.source.location}`,
		`format: ${d.source.format}; layout: ${d.source.layout}`,
		`viewings from: ${d.source.viewingFile} (${d.source.headerVersion} columns${d.source.dateOrder ? `, dates ${d.source.dateOrder}` : ''})`,
		`rows: ${group(d.rows.read)} read, ${group(d.rows.merged)} near-duplicates merged`,
		...Object.entries(d.rows.skipped).map(([reason, n]) => `  skipped ${group(n)}: ${reason}`),
		`titles: ${group(d.titles.distinct)} distinct, ${group(d.titles.unplaced)} the parser could not place`,
		...d.titles.unplacedTitles.slice(0, 30).map(t => `  unplaced: ${t}`),
		`profiles: ${d.profiles}`,
		'files:',
		...d.files.map(f => `  ${f.empty ? 'empty ' : f.table ? 'table ' : 'other '} ${fit(group(f.bytes), 12)} ${f.path}`),
		...d.warnings.map(w => `warning: ${w}`),
	];
	return lines.join('\n') + '\n';
}
