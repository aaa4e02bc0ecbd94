/** The text form of `knows`: every table of the export, by category. Also used by the Data screen. */
import type {DataOverview, DateRange, Highlight, TableOverview} from '../query/data-overview.js';
import type {OtherAnswers} from '../query/other-answers.js';
import {count, group, hoursMinutes, localDate} from './format.js';

/** `name: Sasha Example`, `IP addresses: 1,204`, `time played: 2 h 5 min`. */
export function highlightText(h: Highlight): string {
	if (typeof h.value === 'string') return `${h.label}: ${h.value}`;
	return `${h.label}: ${h.unit === 'seconds' ? hoursMinutes(h.value) : group(h.value)}`;
}

/** `2022-01-01 → 2025-12-30` in local dates, or one date when the table covers a single day. */
export function rangeText(range: DateRange | null): string {
	if (!range) return '';
	const first = localDate(Date.parse(range.first));
	const last = localDate(Date.parse(range.last));
	return first === last ? first : `${first} → ${last}`;
}

/** `1 row`, `3,089 rows`, or `empty` for Netflix's placeholder. */
export function rowsText(t: TableOverview): string {
	if (t.empty) return 'empty';
	return count(t.rows, 'row');
}

/** The highlights of a table on one line, with the cap said when it applied. */
export function highlightsLine(t: TableOverview): string {
	const parts = t.highlights.map(highlightText);
	if (t.capped) parts.push(`(from the first ${group(t.highlightRows)} rows)`);
	return parts.join(' · ');
}

/** `5 min`, `3 h`, `12 days`: how long after a search. */
export function soon(seconds: number): string {
	if (seconds < 3600) return `${Math.max(1, Math.round(seconds / 60))} min`;
	if (seconds < 2 * 86_400) return `${Math.round(seconds / 3600)} h`;
	return `${Math.round(seconds / 86_400)} days`;
}

/** What My List says about the viewing, in one line (null without the table). */
export function myListLine(a: OtherAnswers): string | null {
	const m = a.myList;
	if (!m) return null;
	const oldest = m.neverStarted[0];
	return `${group(m.neverStartedCount)} never started${oldest && oldest.days !== null ? ` (waiting longest: ${oldest.title}, ${oldest.profile}, ${count(oldest.days, 'day')})` : ''} · ${group(m.startedUnfinishedCount)} started, not finished · ${group(m.finishedCount)} finished`;
}

/** Each profile's searches: watched afterwards (and the soonest) and never watched. */
export function searchLines(a: OtherAnswers): string[] {
	return (a.searches ?? []).map(p => {
		const first = p.watched[0];
		const quick = first && first.afterSeconds !== null ? ` (soonest: ${first.title} after ${soon(first.afterSeconds)})` : '';
		return `${p.profile}: ${group(p.searches)} ${p.searches === 1 ? 'search' : 'searches'} · ${group(p.watchedCount)} watched afterwards${quick} · ${group(p.neverWatchedCount)} never watched`;
	});
}

/** The answers joined from Ratings, MyList and SearchHistory, as lines. */
export function answerLines(a: OtherAnswers): string[] {
	const lines: string[] = [];
	if (a.myList) {
		const m = a.myList;
		lines.push(`  My List: ${count(m.items, 'item')} · ${myListLine(a)}`);
		for (const item of m.startedUnfinished.slice(0, 5))
			lines.push(`    started, not finished: ${item.title} (${item.profile}${item.days === null ? '' : `, last watched ${count(item.days, 'day')} ago`})`);
	}
	if (a.searches) {
		lines.push('  Searches, per profile:');
		for (const p of a.searches) {
			const first = p.watched[0];
			const quick = first && first.afterSeconds !== null ? ` (soonest: ${first.title} after ${soon(first.afterSeconds)})` : '';
			lines.push(
				`    ${p.profile}: ${group(p.searches)} ${p.searches === 1 ? 'search' : 'searches'} · ${group(p.watchedCount)} watched afterwards${quick} · ${group(p.neverWatchedCount)} never watched`,
			);
		}
	}
	if (a.ratings) {
		const kinds = Object.entries(a.ratings.byRating)
			.map(([k, n]) => `${k} ${group(n)}`)
			.join(', ');
		lines.push(`  Ratings of watched shows: ${group(a.ratings.matched)}${kinds ? ` (${kinds})` : ''}`);
	}
	return lines;
}

/** The overview as text for a terminal or a pipe, with the answers from the other tables when given. */
export function knowsText(o: DataOverview & {answers?: OtherAnswers}): string {
	const lines = [
		`What Netflix knows about this account (${o.format}): ${o.location}`,
		`  ${o.layout}; ${o.totals.tables} tables: ${o.totals.withData} with data, ${o.totals.empty} empty; ${group(o.totals.rows)} rows in all`,
	];
	for (const c of o.categories) {
		lines.push('', `${c.title.toUpperCase()} (${c.about})`);
		for (const t of c.tables) {
			const head = [t.title === t.name ? t.name : `${t.title} (${t.name})`, rowsText(t), rangeText(t.dateRange)].filter(Boolean).join(' · ');
			lines.push(`  ${head}`, `    ${t.empty ? `${t.description}; Netflix found no data` : t.description}`);
			const highlights = highlightsLine(t);
			if (highlights) lines.push(`    ${highlights}`);
			if (t.problem) lines.push(`    could not read all of it: ${t.problem}`);
		}
	}
	const answers = o.answers ? answerLines(o.answers) : [];
	if (answers.length > 0) lines.push('', 'WHAT THE OTHER TABLES SAY ABOUT THE VIEWING', ...answers);
	if (o.otherFiles.length > 0) lines.push('', `Also in the export: ${o.otherFiles.map(f => f.split('/').at(-1)).join(', ')}`);
	lines.push(
		'',
		o.masked
			? 'Personal values (email, phone, IP addresses, card, address, the owner’s name) are masked: --reveal shows them.'
			: 'Personal values are shown as they are (--reveal).',
	);
	return lines.join('\n') + '\n';
}
