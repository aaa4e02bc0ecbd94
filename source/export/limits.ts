/**
 * Limits that keep a hostile or broken file from exhausting memory or time. No size a file declares is
 * believed: each limit is checked against bytes actually read or inflated.
 *
 * The largest real ViewingActivity.csv seen is 3.5 MB (21,891 rows); we plan for 250k rows ≈ 56 MB, so
 * 512 MB for one file leaves ten times that and still fits a laptop. A ZIP entry declaring more, or
 * inflating past what it declares, is refused; so is a bare CSV or a file in a folder larger than this.
 */
export const MAX_ENTRY_BYTES = 512 * 1024 * 1024;

/** All entries of one ZIP together, counted as they are inflated. */
export const MAX_TOTAL_BYTES = 1024 * 1024 * 1024;

/** A ZIP file itself larger than this is not a Netflix export (real ones are a few MB). */
export const MAX_ARCHIVE_BYTES = 1024 * 1024 * 1024;

/**
 * Files in one export: ZIP entries (checked before the ZIP's directory is walked) and files kept by the
 * folder walker. A Netflix export holds about 40 files; 5,000 leaves a hundred times that, while a
 * ZIP claiming 100,001 entries is refused at once instead of costing seconds and a gigabyte per command.
 */
export const MAX_FILES = 5000;

/**
 * Deflate can shrink text up to 1,032 times; the generated 250k-row viewing history compresses 7:1 and
 * real exports about as much. An entry claiming to inflate more than 50 times its compressed size,
 * once past 1 MB, is a ZIP bomb, not an export: refused before it is inflated.
 */
export const MAX_INFLATE_RATIO = 50;
/** Entries this small may compress any amount (a tiny file of repeated lines is harmless). */
export const RATIO_FREE_BYTES = 1024 * 1024;
/**
 * The whole ZIP's entries may declare at most this plus MAX_INFLATE_RATIO times the ZIP's size:
 * thousands of small entries at 1,000:1 would otherwise add up to gigabytes.
 */
export const RATIO_FREE_TOTAL_BYTES = 16 * 1024 * 1024;

/** Folders the walker goes down at most (real exports are three levels deep): a mistaken `~` stays cheap. */
export const MAX_FOLDER_DEPTH = 6;
/** Folder entries the walker looks at in all, unrelated files included, before it stops and says so. */
export const MAX_FOLDER_ENTRIES = 200_000;

/** The limits one export is opened with (tests lower them). */
export interface Limits {
	entryBytes: number;
	totalBytes: number;
	archiveBytes: number;
	files: number;
	folderDepth: number;
	folderEntries: number;
}

/** The limits above. */
export const LIMITS: Limits = {
	entryBytes: MAX_ENTRY_BYTES,
	totalBytes: MAX_TOTAL_BYTES,
	archiveBytes: MAX_ARCHIVE_BYTES,
	files: MAX_FILES,
	folderDepth: MAX_FOLDER_DEPTH,
	folderEntries: MAX_FOLDER_ENTRIES,
};

/** Bytes as a person reads them: `512 MB`, `2.0 GB`, `3 KB`. */
export function sizeText(bytes: number): string {
	if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
	if (bytes >= 1024 ** 2) return `${Math.round(bytes / 1024 ** 2)} MB`;
	if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
	return `${bytes} bytes`;
}
