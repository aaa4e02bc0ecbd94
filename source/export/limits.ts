/**
 * Limits that keep a hostile or broken file from exhausting memory. The largest real
 * ViewingActivity.csv seen is 3.5 MB (21,891 rows); we plan for 250k rows ≈ 56 MB, so 512 MB per entry
 * leaves ten times that and still fits a laptop. A ZIP entry that declares or inflates past this is refused.
 */
export const MAX_ENTRY_BYTES = 512 * 1024 * 1024;

/** All entries of one export together (inflated). */
export const MAX_TOTAL_BYTES = 1024 * 1024 * 1024;

/** A ZIP file itself larger than this is not a Netflix export (real ones are a few MB). */
export const MAX_ARCHIVE_BYTES = 1024 * 1024 * 1024;
