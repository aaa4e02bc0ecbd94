/**
 * One row of ViewingActivity.csv as the column reader (viewing-column-reader.ts and its WebAssembly core)
 * reads it: how a re-saved file's rows are shaped, the reasons a row is skipped, the HIDDEN TITLE prefixes.
 */
/**
 * Older exports mark hidden views by prefixing the title (format reference §4); some write the short
 * form `HIDDEN TITLE: BONDING`.
 */
export const HIDDEN_PREFIXES = ['HIDDEN TITLE(user hid title at this time): ', 'HIDDEN TITLE: '];
/** Why a row with more fields than the header is skipped (viewing-activity.ts warns with it). */
export const MISREAD = 'more fields than the header (a comma in a field that lost its quotes)';
/** The skip reason of a start time in the right shape naming no real moment (30 February, 24:61). */
export const IMPOSSIBLE_START = 'impossible Start Time (no such date or time)';

/** How a file's rows are shaped beyond its columns (a spreadsheet re-save, format reference §9). */
export interface RowShape {
	/** Rows with more non-empty fields than this were misread (an unquoted comma): skipped, never read shifted. */
	maxFields?: number;
	/** Lines end in `;;` (a `;` re-save with empty trailing columns): strip them off the last field. */
	semicolonTail?: boolean;
}
