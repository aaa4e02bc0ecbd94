import {UsageError} from '../export/errors.js';
import {dataOverview} from '../query/data-overview.js';
import {doctorReport} from '../query/doctor.js';
import {historyEntry, historyOf} from '../query/history.js';
import type {ExportView} from '../query/open-export.js';
import {buildSearchIndex, searchResult} from '../query/search-index.js';
import {stoppedEntry, stoppedList} from '../query/stopped-list.js';
import {profileJson, summaryOf, type ProfileJson} from '../query/summary.js';
import type {CommandName, Invocation} from './args.js';
import {knowsText} from './knows-text.js';
import {ago, episodeCode, fit, group, hoursMinutes, localDate, localDateTime, resumeText} from './format.js';

/** Runs one non-interactive command and returns what to print on stdout. */
export function runCommand(command: CommandName, view: ExportView, inv: Invocation, version: string): string {
	const profile = checkProfile(view, inv.profile);
	switch (command) {
		case 'summary': {
			const summary = summaryOf(view);
			if (profile) summary.profiles = summary.profiles.filter(p => p.name === profile);
			return inv.json ? json(summary) : summaryText(summary);
		}
		case 'profiles': {
			const profiles = summaryOf(view).profiles.filter(p => !profile || p.name === profile);
			return inv.json ? json(profiles) : profiles.map(profileText).join('\n\n') + '\n';
		}
		case 'stopped': {
			const now = Date.now();
			const entries = stoppedList(view.library, {profile: profile ?? undefined, unfinished: inv.unfinished, now})
				.slice(0, inv.limit ?? undefined)
				.map(p => stoppedEntry(p, now));
			if (inv.json) return json(entries);
			if (entries.length === 0) return 'Nothing to resume.\n';
			return entries
				.map(e => {
					const where = e.kind === 'series' ? `${episodeCode(e.seasonNumber, e.season, e.episode)}${e.episodeTitle ? ` · ${e.episodeTitle}` : ''}` : 'movie';
					return `${fit(e.show, 30)}  ${fit(where, 34)}  ${fit(resumeText(e), 20)}  ${fit(e.state, 16)}  ${fit(ago(e.daysSince), 14)}  ${e.profile}`;
				})
				.join('\n') + '\n';
		}
		case 'search': {
			const hits = buildSearchIndex(view.library).search(inv.query ?? '', inv.limit ?? 20, profile ?? undefined).map(searchResult);
			if (inv.json) return json(hits);
			if (hits.length === 0) return `No show or movie matches "${inv.query}".\n`;
			return hits
				.map(h => `${fit(h.title, 40)}  ${fit(h.kind, 6)}  ${fit(`${group(h.viewings)} viewings`, 16)}  last ${localDate(Date.parse(h.lastWatched))}  ${h.profiles.join(', ')}`)
				.join('\n') + '\n';
		}
		case 'history': {
			const views = historyOf(view.library, {profile: profile ?? undefined, show: inv.show ?? undefined, since: inv.since ?? undefined, extras: inv.extras});
			const shown = inv.limit ? views.slice(-inv.limit) : views;
			if (inv.json) return json(shown.map(historyEntry));
			return shown
				.map(v => `${localDateTime(v.start)}  ${fit(v.profile, 12)}  ${fit(v.durationSeconds === null ? '' : hoursMinutes(v.durationSeconds), 10)}  ${v.hidden ? '(hidden) ' : ''}${v.title}`)
				.join('\n') + (shown.length ? '\n' : 'No viewings match.\n');
		}
		case 'doctor': {
			const report = doctorReport(view, version);
			return inv.json ? json(report) : doctorText(report);
		}
		case 'knows': {
			// The whole account: the profile filter does not apply to account-wide tables.
			const overview = dataOverview(view.loaded);
			return inv.json ? json(overview) : knowsText(overview);
		}
	}
}

function checkProfile(view: ExportView, profile: string | null): string | null {
	if (profile === null) return null;
	const names = view.library.profiles;
	const exact = names.find(n => n === profile) ?? names.find(n => n.toLowerCase() === profile.toLowerCase());
	if (!exact) throw new UsageError(`no profile "${profile}" in this export; profiles: ${names.map(n => `"${n}"`).join(', ')}`);
	return exact;
}

function json(value: unknown): string {
	return `${JSON.stringify(value, null, 2)}\n`;
}

function profileText(p: ProfileJson): string {
	const span = p.firstViewing && p.lastViewing ? `${localDate(Date.parse(p.firstViewing))} → ${localDate(Date.parse(p.lastViewing))}` : 'no viewings';
	return [
		p.name,
		`  ${group(p.viewings)} viewings${p.watchSeconds === null ? '' : `, ${hoursMinutes(p.watchSeconds)} watched`}, ${span}`,
		`  ${group(p.shows)} shows (${group(p.episodes)} episodes), ${group(p.movies)} movies, ${group(p.extras)} extras, ${group(p.hidden)} hidden, ${p.devices} devices`,
	].join('\n');
}

function summaryText(s: ReturnType<typeof summaryOf>): string {
	const lines = [
		`${s.source.format}: ${s.source.location}`,
		`  ${s.source.layout}; viewings from ${s.source.viewingFile} (${s.source.headerVersion} columns${s.source.dateOrder ? `, dates ${s.source.dateOrder}` : ''})`,
		`  ${group(s.rows.viewings)} viewings: ${group(s.rows.episodes)} episodes, ${group(s.rows.movies)} movies, ${group(s.rows.extras)} extras; ${group(s.rows.hidden)} hidden, ${group(s.rows.merged)} duplicates merged, ${group(s.rows.skipped)} rows skipped`,
		`  ${s.files.length} files; tables: ${s.files.filter(f => f.table && !f.empty).length} with data, ${s.files.filter(f => f.empty).length} empty`,
		'',
		profileText(s.total),
		'',
		...s.profiles.map(profileText).flatMap(t => [t, '']),
		...s.warnings.map(w => `warning: ${w}`),
	];
	return lines.join('\n').replace(/\n+$/, '\n');
}

function doctorText(d: ReturnType<typeof doctorReport>): string {
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
