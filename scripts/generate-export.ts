/**
 * Synthetic Netflix personal-data exports in the real shape (docs: /work/shared/netflix-export-format.md).
 *
 * `generateExport` is pure: it returns ZIP entry paths mapped to contents and is deterministic for a seed.
 * Only `writeExportZip` / `writeExportFolder` touch the disk. The sample and trap fixtures are made by
 * scripts/make-sample.ts from the same code, and the benchmark generates its 250k-row export here.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import AdmZip from 'adm-zip';
import {viewingActivityCsv} from './generator/csv-text.js';
import {EMPTY_TABLE_TEXT, LEGACY_FOLDERS, otherTables, placeholderPdf} from './generator/other-tables.js';
import {NameMaker} from './generator/titles.js';
import type {GenerateOptions} from './generator/types.js';
import {defaultProfiles, generateViewing, makeCatalog, makeViewers} from './generator/viewing.js';
import {Random} from './generator/random.js';

// The generator's parts, as make-sample.ts, the tests and the benchmark use them.
export {Random} from './generator/random.js';
export type {ExportLayout, GenerateOptions, ViewingRow} from './generator/types.js';
export {episodeRuntime, episodeTitle, type ShowSpec, type TitleStyle} from './generator/titles.js';
export {watchSeries, type WatchPlan} from './generator/viewing.js';
export {csvTable, formatDuration, formatStart, VIEWING_HEADER, viewingActivityCsv} from './generator/csv-text.js';
export {EMPTY_TABLE_TEXT} from './generator/other-tables.js';

/**
 * A whole export as ZIP entry paths → contents. Pure and deterministic for `seed`.
 * Viewing rows are ordered as the layout orders them; other tables get a few rows each.
 */
export function generateExport(options: GenerateOptions): Map<string, string | Buffer> {
	const random = new Random(options.seed);
	const layout = options.layout ?? '2025';
	const endYear = options.endYear ?? 2025;
	const startYear = options.startYear ?? endYear - 3;
	const from = Date.UTC(startYear, 0, 1);
	const to = Date.UTC(endYear + 1, 0, 1) - 1000;
	const profiles = options.profiles ?? defaultProfiles(options.rows);
	const viewers = makeViewers(random, profiles);
	const names = new NameMaker(random);
	const catalog = makeCatalog(random, names, options.rows);
	const viewing = generateViewing(random, {rows: options.rows, viewers, from, to, catalog, names});
	const allViewing = options.extraViewing ? viewing.concat(options.extraViewing) : viewing;

	const prefix = layout === '2025' ? `${360_467_735_073_947_130n + BigInt(options.seed >>> 0)}/` : 'netflix-report/';
	const folder = (name: string) => (layout === '2025' ? name : (LEGACY_FOLDERS[name] ?? name));
	const entries = new Map<string, string | Buffer>();
	entries.set(`${prefix}Cover sheet.pdf`, placeholderPdf('Cover sheet'));
	entries.set(`${prefix}Additional Information.pdf`, placeholderPdf('Additional Information'));
	entries.set(`${prefix}${folder('CONTENT_INTERACTION')}/ViewingActivity.csv`, viewingActivityCsv(allViewing, layout, profiles));
	for (const [path, text] of otherTables(random, viewers, allViewing, from, to, options.rows, layout)) {
		const [dir, file] = path.split('/') as [string, string];
		entries.set(`${prefix}${folder(dir)}/${file}`, text);
	}
	entries.set(`${prefix}${folder('CUSTOMER_SERVICE')}/CSContact.txt`, EMPTY_TABLE_TEXT[layout]);
	if (layout === 'legacy') {
		for (const empty of [
			'CUSTOMER_SERVICE/ChatTranscripts',
			'CONTENT_INTERACTION/InteractiveTitles',
			'SURVEYS/ProductCancellationSurvey',
			'SOCIAL_MEDIA_CONNECTIONS/SocialMediaConnections',
		]) {
			const [dir, file] = empty.split('/') as [string, string];
			entries.set(`${prefix}${folder(dir)}/${file}.txt`, EMPTY_TABLE_TEXT.legacy);
		}
	}
	return entries;
}

// ---------------------------------------------------------------- writing

/** Fixed entry time, so the same entries give the same ZIP bytes. */
const ZIP_TIME = new Date(Date.UTC(2025, 11, 31, 12, 0, 0));

/** The entries as a ZIP in memory (file entries only, no directory entries, like Netflix's ZIPs). */
export function exportZipBuffer(entries: Map<string, string | Buffer>): Buffer {
	const zip = new AdmZip();
	for (const [name, content] of entries) {
		zip.addFile(name, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
		zip.getEntry(name)!.header.time = ZIP_TIME;
	}
	return zip.toBuffer();
}

/** Write the entries as one ZIP file (built in memory, then a single write). */
export function writeExportZip(entries: Map<string, string | Buffer>, path: string): void {
	mkdirSync(dirname(path), {recursive: true});
	writeFileSync(path, exportZipBuffer(entries));
}

/** Write the entries as an unzipped folder, the way someone who extracted the ZIP would have it. */
export function writeExportFolder(entries: Map<string, string | Buffer>, dir: string): void {
	for (const [name, content] of entries) {
		const path = join(dir, name);
		mkdirSync(dirname(path), {recursive: true});
		writeFileSync(path, content);
	}
}
