/**
 * Which column of a ViewingActivity.csv is which (mapped by header name, never by position: Netflix
 * reordered them in 2025; an edited copy renames them), and Start Times re-saved by a spreadsheet.
 */
import {ExportError} from './errors.js';
import {applySlashTimes, slashOrder} from './time.js';
import type {ViewingColumns} from './viewing-columns.js';
import type {DateOrder} from './viewing-history.js';

/** The header of ViewingActivity.csv before 2025, and the 2025 one (Netflix reordered the columns). */
export const OLDER_HEADER = 'Profile Name,Start Time,Duration,Attributes,Title,Supplemental Video Type,Device Type,Bookmark,Latest Bookmark,Country';
export const HEADER_2025 = 'Duration,Start Time,Profile Name,Country,Bookmark,Latest Bookmark,Supplemental Video Type,Attributes,Device Type,Title';
const REQUIRED = ['Profile Name', 'Start Time', 'Title'] as const;
const OPTIONAL = ['Duration', 'Attributes', 'Supplemental Video Type', 'Device Type', 'Bookmark', 'Latest Bookmark', 'Country'] as const;
// A file of one profile's viewing may come without the Profile Name column (a copy someone cut down).
const NEEDED = ['Start Time', 'Title'] as const;
type Column = (typeof REQUIRED)[number] | (typeof OPTIONAL)[number];

/** A header name as compared: R writes `Profile.Name`, scripts `profile_name`; a `;` re-save ends in `;;`. */
function columnName(name: string): string {
	return name.replace(/;+$/, '').replace(/[._]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Which column is which, by header name; fails with what is missing when a needed column is. */
export function mapColumns(header: string[], fileName: string): {index: Record<Column, number>; renamed: string | null; semicolonTail: boolean} {
	const lower = header.map(columnName);
	const missing = REQUIRED.filter(c => !lower.includes(c.toLowerCase()));
	if (NEEDED.some(c => missing.includes(c))) {
		throw new ExportError(
			// The first line's values are not echoed: without its header, it is a viewing (a profile name,
			// a title, a device), and this message is meant to be pasted into bug reports.
			`${fileName}: this is not a Netflix viewing history; the columns ${missing.map(c => `"${c}"`).join(', ')} are missing (its first line has ${header.length} column${header.length === 1 ? '' : 's'})`,
			`The first line must be the header: ${OLDER_HEADER.split(',').join(', ')}, in any order. Give the ViewingActivity.csv from the export's CONTENT_INTERACTION folder, or NetflixViewingHistory.csv.`,
		);
	}
	const index = {} as Record<Column, number>;
	for (const c of [...REQUIRED, ...OPTIONAL]) index[c] = lower.indexOf(c.toLowerCase());
	const used = Object.values(index).filter(i => i !== -1);
	const renamed = used.map(i => header[i]!.replace(/;+$/, '')).find(name => /[._]/.test(name)) ?? null;
	const semicolonTail = /;$/.test(header.at(-1) ?? '');
	return {index, renamed: renamed === null ? null : `like "${renamed}"`, semicolonTail};
}
/**
 * Start Times re-saved as `16/1/2021 14:23`: day or month first is decided from all of them, as for the
 * simple download (format reference §8–9); `--date-order` decides when no value can tell.
 */
export function readSlashedStarts(columns: ViewingColumns, fileName: string, dateOrder: DateOrder | undefined, warnings: string[]): void {
	const values = columns.slashStarts;
	if (values.length === 0) return;
	const detected = slashOrder(values);
	if (detected === 'mixed') {
		throw new ExportError(
			`${fileName}: the Start Times mix day-first and month-first dates (re-saved by a spreadsheet)`,
			'Give the ViewingActivity.csv from the export, unedited.',
		);
	}
	const given = dateOrder === 'dmy' || dateOrder === 'mdy' ? dateOrder : undefined;
	const order = given ?? detected;
	const rows = values.length / 7;
	if (!order) {
		throw new ExportError(
			`${fileName}: cannot tell whether the Start Times are day-first or month-first (every day and month is 12 or less in ${rows} re-saved dates)`,
			'Run again with --date-order dmy (for 31/12/21 14:23) or --date-order mdy (for 12/31/21 14:23), as the spreadsheet wrote them.',
		);
	}
	if (given && detected && given !== detected) warnings.push(`${fileName}: --date-order ${given} was used although the Start Times look ${detected}.`);
	applySlashTimes(values, order, columns.start);
	warnings.push(
		`${fileName}: ${rows} Start Times are not in Netflix's YYYY-MM-DD HH:MM:SS form (edited in a spreadsheet?); read them ${order === 'dmy' ? 'day' : 'month'} first, as UTC.`,
	);
}
