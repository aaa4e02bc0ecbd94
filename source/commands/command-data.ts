import type {DataOverview} from '../query/data-overview.js';
import type {OtherAnswers} from '../query/other-answers.js';
import type {TableJson} from '../query/table-rows.js';
import type {DoctorJson} from '../query/doctor.js';
import {historyEntry, historyOf, type HistoryEntry} from '../query/history.js';
import type {ExportView} from '../load/open-export.js';
import {searchResult, type SearchResult} from '../query/search-result.js';
import type {StatsJson} from '../query/stats-json.js';
import {stoppedAnswer, type StoppedEntry} from '../query/stopped-list.js';
import {showFacts} from '../query/show-facts.js';
import {summaryOf, type ProfileJson, type SummaryJson} from '../query/summary.js';
import {UsageError} from '../export/errors.js';
import {nameList} from '../query/names.js';
import type {CommandName, Invocation} from './args.js';

/** What each command answers, in its JSON shape (the text output is made from the same data). */
export type CommandData =
	| {command: 'summary'; data: SummaryJson}
	| {command: 'profiles'; data: ProfileJson[]}
	| {command: 'stopped'; data: StoppedEntry[] /** Finished entries not listed (without --all). */; leftOut: number}
	| {command: 'search'; data: SearchResult[]}
	| {command: 'history'; data: HistoryEntry[]}
	| {command: 'stats'; data: StatsJson}
	| {command: 'doctor'; data: DoctorJson}
	| {command: 'knows'; data: DataOverview & {answers: OtherAnswers}}
	| {command: 'table'; data: TableJson};

/**
 * What each command's answer reads of the titles (LoadOptions.titles): counts only, or each title's
 * parse (show, season, episode). A record, so a new command must say.
 */
export const TITLES_READ: Record<CommandName, 'counts' | 'parses'> = {
	summary: 'counts',
	profiles: 'counts',
	doctor: 'counts',
	table: 'counts',
	stopped: 'parses',
	search: 'parses',
	history: 'parses',
	stats: 'parses',
	knows: 'parses',
};

/**
 * The answer of one command. Modules only some commands need (fuse.js for search, the table readers
 * for knows) are imported here on demand: every module costs start-up time of every command.
 */
export async function commandData(command: CommandName, view: ExportView, inv: Invocation, profile: string | null, version: string): Promise<CommandData> {
	switch (command) {
		case 'summary': {
			const data = summaryOf(view);
			if (profile) data.profiles = data.profiles.filter(p => p.name === profile);
			return {command, data};
		}
		case 'profiles':
			return {command, data: summaryOf(view).profiles.filter(p => !profile || p.name === profile)};
		case 'stopped': {
			// Unfinished only unless --all: the same entries as the explorer's Stopped screen (f shows the rest).
			const {entries, leftOut} = stoppedAnswer(view.library, {profile: profile ?? undefined, now: Date.now(), unfinished: !inv.all, limit: inv.limit ?? undefined});
			return {command, data: entries, leftOut};
		}
		case 'search': {
			const {buildSearchIndex} = await import('../query/search-index.js');
			const hits = buildSearchIndex(view.library).search(inv.query ?? '', inv.limit ?? 20, profile ?? undefined);
			// Counted for the profile asked for: `search --profile Kids` agrees with `history --profile Kids`.
			return {command, data: hits.map(hit => searchResult(hit, showFacts(view.library, hit.show, profile ?? undefined)))};
		}
		case 'history': {
			const show = inv.show === null ? undefined : await showNamed(view, inv.show, profile);
			const views = historyOf(view.library, {profile: profile ?? undefined, show, since: inv.since ?? undefined, until: inv.until ?? undefined, extras: inv.extras});
			return {command, data: (inv.limit ? views.slice(-inv.limit) : views).map(historyEntry)};
		}
		case 'stats': {
			const {statsJson, statsOf} = await import('../query/stats-json.js');
			const report = statsOf(view.library, {profile, since: inv.since, until: inv.until}, view.loaded.datesOnly);
			return {command, data: statsJson(report, inv.since, inv.until, view.loaded.datesOnly)};
		}
		case 'doctor': {
			const {doctorReport} = await import('../query/doctor.js');
			return {command, data: doctorReport(view, version)};
		}
		case 'knows': {
			// The whole account: the profile filter does not apply to account-wide tables.
			const [{scanTable}, {dataOverview}, {otherAnswers}, {exportMasker}] = await Promise.all([
				import('../export/scan-table.js'),
				import('../query/data-overview.js'),
				import('../query/other-answers.js'),
				import('../query/table-rows.js'),
			]);
			const overview = dataOverview(view, scanTable, {reveal: inv.reveal});
			return {command, data: {...overview, answers: otherAnswers(view.loaded, view.library, Date.now(), exportMasker(view.loaded, inv.reveal))}};
		}
		case 'table': {
			const {exportMasker, findExportTable, readTableRows, tableJson} = await import('../query/table-rows.js');
			const table = findExportTable(view.loaded, inv.table ?? '');
			if (!table) {
				const names = [...new Set(view.loaded.layout.tables.map(t => t.name))].sort((a, b) => a.localeCompare(b)).join(', ');
				throw new UsageError(`no table "${inv.table}" in this export; tables: ${names}`);
			}
			return {command, data: tableJson(readTableRows(table), exportMasker(view.loaded, inv.reveal), inv.limit)};
		}
	}
}

/** The show `--show` names, matched as the search matches (`strnger thngs`); a usage error when none or several fit. */
async function showNamed(view: ExportView, typed: string, profile: string | null): Promise<string> {
	const [{buildSearchIndex}, {findShow}] = await Promise.all([import('../query/search-index.js'), import('../query/find-show.js')]);
	const match = findShow(view.library, buildSearchIndex(view.library), typed, profile ?? undefined);
	if (match.kind === 'one') return match.show.name;
	const whose = profile ? ` watched by ${profile}` : '';
	if (match.kind === 'none') throw new UsageError(`--show: no show or movie${whose} matches "${typed}" (netflix-tui search lists titles)`);
	return failMany(
		typed,
		match.shows.map(s => s.name),
	);
}

function failMany(typed: string, names: string[]): never {
	throw new UsageError(`--show "${typed}" fits ${names.length} titles: ${nameList(names)}; give more of the name`);
}
