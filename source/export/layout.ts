import type {ExportFile, ExportSource} from './source.js';

/** One table of the export (a CSV, or the `.txt` placeholder Netflix writes for an empty table). */
export interface ExportTable {
	/** Table name as Netflix spells it, from the file name: `ViewingActivity`, `IpAddressesLogin`. */
	name: string;
	/** The folder it sits in, upper-cased (`CONTENT_INTERACTION`), or `` at the top. */
	category: string;
	file: ExportFile;
	/** True for `<Name>.txt` holding `No data found` / `We found no information for this table.` */
	empty: boolean;
}

/** How the files of an export are laid out. */
export interface Layout {
	/** A person's description: `2025 ZIP layout (under numeric folder 3604…)`. */
	description: string;
	tables: ExportTable[];
	/** Files that are not tables (the PDFs, stray files). */
	others: ExportFile[];
}

/**
 * Finds the tables by path suffix, case-insensitively, never by a fixed path: the prefix varies
 * (numeric top folder in 2025, `netflix-report/` or none before) and some exports use mixed-case
 * folders like `Content_Interaction/` (format reference §2).
 */
export function detectLayout(source: ExportSource): Layout {
	const tables: ExportTable[] = [];
	const others: ExportFile[] = [];
	for (const file of source.files) {
		const parts = file.path.split('/');
		const base = parts.at(-1)!;
		const match = /^(.+)\.(csv|txt)$/i.exec(base);
		if (!match || base.startsWith('._')) {
			others.push(file);
			continue;
		}
		const category = parts.length > 1 ? parts.at(-2)!.toUpperCase() : '';
		tables.push({name: match[1]!, category, file, empty: match[2]!.toLowerCase() === 'txt'});
	}
	return {description: describeLayout(source), tables, others};
}

function describeLayout(source: ExportSource): string {
	if (source.kind === 'csv') return 'single CSV file';
	const tops = new Set(source.files.map(f => (f.path.includes('/') ? f.path.split('/')[0]! : '')));
	const folders = [...tops].filter(t => t !== '');
	const container = source.kind === 'zip' ? 'ZIP' : 'folder';
	const numeric = folders.find(t => /^\d{6,}$/.test(t));
	if (numeric) return `2025 ${container} layout (under numeric folder ${numeric}/)`;
	const report = folders.find(t => t.toLowerCase() === 'netflix-report');
	if (report) return `older ${container} layout (under ${report}/)`;
	return `${container} with category folders at the top`;
}

/**
 * The table with this name (case-insensitive), preferring a real CSV over an empty placeholder and,
 * among several CSVs (two copies in one folder, a header-only file beside the real one), the largest.
 */
export function findTable(layout: Layout, name: string): ExportTable | undefined {
	const lower = name.toLowerCase();
	const hits = layout.tables.filter(t => t.name.toLowerCase() === lower);
	const full = hits.filter(t => !t.empty);
	return full.length > 0 ? full.reduce((a, b) => (b.file.size > a.file.size ? b : a)) : hits[0];
}
