import {writeFileSync} from 'node:fs';
import path from 'node:path';
import AdmZip from 'adm-zip';
import {afterAll, describe, expect, it} from 'vitest';
import {ExportError} from '../../source/export/errors.js';
import {loadExport} from '../../source/load/load-export.js';
import {csv2025, olderCsv, tempDir, writeFolder, writeZip, type Row} from '../helpers/exports.js';

const {dir, cleanup} = tempDir();
afterAll(cleanup);

const ROWS: Row[] = [
	{
		profile: 'Begüm 🌙',
		start: '2024-03-07 21:24:41',
		duration: '0:41:19',
		title: 'Dark: Staffel 2: Geister (Folge 3)',
		bookmark: '0:41:19',
		latest: '0:41:19',
		country: 'KR (Korea, Republic of)',
	},
	{profile: 'Mom, Dad', start: '2024-03-06 20:00:00', duration: '0:00:05', title: 'Dark: Staffel 2 (Trailer)', type: 'TRAILER'},
	{profile: 'Mom, Dad', start: '2024-03-05 20:00:00', duration: '1:50:00', attributes: 'Autoplayed: user action: None; ', title: 'The Hangover: Part II'},
];

async function expectExportError(location: string, message: RegExp, hint?: RegExp): Promise<void> {
	const error = await loadExport(location).then(
		() => null,
		(e: unknown) => e,
	);
	expect(error).toBeInstanceOf(ExportError);
	expect((error as ExportError).message).toMatch(message);
	expect((error as ExportError).message).not.toContain('\n');
	if (hint) expect((error as ExportError).hint).toMatch(hint);
}

describe('loadExport: input kinds', () => {
	it('reads the 2025 ZIP under a numeric top folder, mapping columns by name', async () => {
		const zip = writeZip(dir, 'netflix-report.zip', {
			'360467735073947130/CONTENT_INTERACTION/ViewingActivity.csv': csv2025(ROWS),
			'360467735073947130/CUSTOMER_SERVICE/CSContact.txt': 'No data found',
			'360467735073947130/Cover sheet.pdf': '%PDF-1.4',
		});
		const loaded = await loadExport(zip);
		expect(loaded.format).toBe('full export');
		expect(loaded.headerVersion).toBe('2025');
		expect(loaded.layout.description).toContain('numeric folder 360467735073947130');
		expect(loaded.rows).toHaveLength(3);
		const first = loaded.rows[0]!;
		expect(first.profile).toBe('Begüm 🌙');
		expect(first.start).toBe(Date.UTC(2024, 2, 7, 21, 24, 41));
		expect(first.durationSeconds).toBe(2479);
		expect(first.bookmarkSeconds).toBe(2479);
		expect(first.latest).toBe(true);
		expect(first.country).toBe('KR (Korea, Republic of)');
		expect(loaded.rows[1]!.supplementalType).toBe('TRAILER');
		expect(loaded.rows[1]!.latest).toBe(false);
		expect(loaded.rows[2]!.autoplay).toBe('None');
		expect(loaded.layout.tables.find(t => t.name === 'CSContact')?.empty).toBe(true);
	});

	it('reads an older ZIP with mixed-case folders and HIDDEN TITLE prefixes', async () => {
		const zip = writeZip(dir, 'old.zip', {
			'netflix-report/Content_Interaction/ViewingActivity.csv': olderCsv([
				{profile: 'Alex', start: '2019-01-01 10:00:00', title: 'HIDDEN TITLE(user hid title at this time): Élite: Temporada 1: Bienvenidos (Episodio 1)', bookmark: '00:00:00'},
			]),
		});
		const loaded = await loadExport(zip);
		expect(loaded.headerVersion).toBe('older');
		expect(loaded.rows[0]!.hidden).toBe(true);
		expect(loaded.rows[0]!.title).toBe('Élite: Temporada 1: Bienvenidos (Episodio 1)');
	});

	it('reads the folder the ZIP was unzipped into, at any depth', async () => {
		const folder = writeFolder(dir, 'unzipped', {'Downloads/360467735073947130/CONTENT_INTERACTION/ViewingActivity.csv': csv2025(ROWS)});
		const loaded = await loadExport(folder);
		expect(loaded.sourceKind).toBe('folder');
		expect(loaded.rows).toHaveLength(3);
	});

	it('reads a bare ViewingActivity.csv with a BOM, CRLF and 2025 "View was hidden" attribute', async () => {
		const file = path.join(dir, 'ViewingActivity.csv');
		writeFileSync(file, '\ufeff' + csv2025([{...ROWS[0]!, attributes: 'View was hidden; '}]).replace(/\n/g, '\r\n'));
		const loaded = await loadExport(file);
		expect(loaded.format).toBe('ViewingActivity.csv');
		expect(loaded.rows[0]!.hidden).toBe(true);
		expect(loaded.rows[0]!.title).toBe('Dark: Staffel 2: Geister (Folge 3)');
	});

	it('reads a bare NetflixViewingHistory.csv and decides the date order from the values', async () => {
		const file = path.join(dir, 'NetflixViewingHistory.csv');
		writeFileSync(file, '"Title","Date"\n"Dark: Staffel 1: Geheimnisse","18/06/20"\n"Lupin: Partie 1","03/06/20"\n');
		const loaded = await loadExport(file);
		expect(loaded.format).toContain('simple download');
		expect(loaded.dateOrder).toBe('dmy');
		expect(loaded.datesOnly).toBe(true);
		expect(new Date(loaded.rows[0]!.start).toISOString().slice(0, 10)).toBe('2020-06-18');
		expect(new Date(loaded.rows[1]!.start).toISOString().slice(0, 10)).toBe('2020-06-03');
		// Newest first in the file; the order within a day survives sorting.
		expect(loaded.rows[0]!.start).toBeGreaterThan(loaded.rows[1]!.start);
	});

	it('asks for --date-order when the simple download cannot tell, and obeys it', async () => {
		const file = path.join(dir, 'ambiguous.csv');
		writeFileSync(file, 'Title,Date\nLupin,03/06/20\nDark,04/05/21\n');
		await expectExportError(file, /cannot tell whether the dates are day-first or month-first/, /--date-order dmy/);
		const loaded = await loadExport(file, {dateOrder: 'mdy'});
		expect(new Date(loaded.rows[0]!.start).toISOString().slice(0, 10)).toBe('2020-03-06');
	});

	it('reads a spreadsheet re-save (semicolons, M/D/YYYY H:MM) with warnings that say what was assumed', async () => {
		const file = path.join(dir, 'edited.csv');
		writeFileSync(file, 'Profile Name;Start Time;Duration;Title\nAlex;1/16/2021 14:23;0:29:31;Lupin: Partie 1: Chapitre 1 (Épisode 1)\n');
		const loaded = await loadExport(file);
		expect(loaded.rows[0]!.start).toBe(Date.UTC(2021, 0, 16, 14, 23));
		expect(loaded.warnings.join('\n')).toMatch(/";"/);
		expect(loaded.warnings.join('\n')).toMatch(/Start Times are not in Netflix's/);
	});

	it('skips and counts malformed rows without aborting', async () => {
		const file = path.join(dir, 'malformed.csv');
		const text = olderCsv([ROWS[0]!, {...ROWS[2]!, start: 'not a date'}, {...ROWS[2]!, duration: 'soon'}, ROWS[2]!]) + 'Alex,2024-01-01 00:00:00\n';
		writeFileSync(file, text);
		const loaded = await loadExport(file);
		expect(loaded.rows).toHaveLength(2);
		expect(loaded.skipped).toEqual({'unreadable Start Time': 1, 'unreadable Duration': 1, 'too few fields': 1});
	});
});

describe('loadExport: files a spreadsheet or a second copy left', () => {
	it('reads a UTF-16LE "Unicode text" save (BOM, tabs) and says so', async () => {
		const file = path.join(dir, 'unicode-text.csv');
		const text = olderCsv(ROWS).replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/gm, '\t');
		writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
		const loaded = await loadExport(file);
		expect(loaded.rows.map(r => r.profile)).toEqual(['Begüm 🌙', 'Mom, Dad', 'Mom, Dad']);
		expect(loaded.rows[0]!.title).toBe('Dark: Staffel 2: Geister (Folge 3)');
		expect(loaded.warnings.join('\n')).toMatch(/unicode-text\.csv is UTF-16LE text/);
	});

	it('reads UTF-16BE without a BOM, told by its NULs', async () => {
		const file = path.join(dir, 'utf16be.csv');
		writeFileSync(file, Buffer.from(olderCsv(ROWS), 'utf16le').swap16());
		const loaded = await loadExport(file);
		expect(loaded.rows).toHaveLength(3);
		expect(loaded.warnings.join('\n')).toMatch(/UTF-16BE/);
	});

	it('of two ViewingActivity.csv files, reads the one with data and says which and why', async () => {
		const folder = writeFolder(dir, 'two-copies', {
			'a-copy/CONTENT_INTERACTION/ViewingActivity.csv': csv2025([]),
			'b-copy/CONTENT_INTERACTION/ViewingActivity.csv': csv2025(ROWS),
		});
		const loaded = await loadExport(folder);
		expect(loaded.rows).toHaveLength(3);
		expect(loaded.viewingFile).toBe('b-copy/CONTENT_INTERACTION/ViewingActivity.csv');
		expect(loaded.warnings.join('\n')).toMatch(
			/2 ViewingActivity files: read b-copy\/CONTENT_INTERACTION\/ViewingActivity\.csv \(\d+ bytes\), the largest; not read: a-copy\/CONTENT_INTERACTION\/ViewingActivity\.csv \(\d+ bytes\)/,
		);
	});
});

describe('loadExport: bad input', () => {
	it('a path that does not exist', async () => {
		await expectExportError(path.join(dir, 'nope.zip'), /nope\.zip: no such file or folder/);
	});

	it('an empty file', async () => {
		const file = path.join(dir, 'empty.csv');
		writeFileSync(file, '');
		await expectExportError(file, /empty \(0 bytes\)/);
	});

	it('a ZIP with no viewing history lists what it found', async () => {
		const zip = writeZip(dir, 'no-viewing.zip', {'1234567/ACCOUNT/AccountDetails.csv': 'a,b\n1,2\n', '1234567/PROFILES/Profiles.csv': 'a\n1\n'});
		// Listed as they are named, extensions and all.
		await expectExportError(zip, /no viewing history found/, /1234567\/ACCOUNT\/AccountDetails\.csv, 1234567\/PROFILES\/Profiles\.csv/);
	});

	it('a ZIP whose viewing history is an empty-table placeholder', async () => {
		const zip = writeZip(dir, 'empty-viewing.zip', {'CONTENT_INTERACTION/ViewingActivity.txt': 'We found no information for this table.'});
		await expectExportError(zip, /the viewing history is empty/);
	});

	it('a truncated ZIP', async () => {
		const zip = writeZip(dir, 'whole.zip', {'CONTENT_INTERACTION/ViewingActivity.csv': csv2025(ROWS)});
		const bytes = new AdmZip(zip).toBuffer();
		const cut = path.join(dir, 'cut.zip');
		writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
		await expectExportError(cut, /cut\.zip: the ZIP is damaged or incomplete/, /Download the export again/);
	});

	it('a ZIP entry whose data is corrupt fails its checksum', async () => {
		const zip = writeZip(dir, 'flip.zip', {'CONTENT_INTERACTION/ViewingActivity.csv': csv2025(ROWS).repeat(3)});
		const bytes = new AdmZip(zip).toBuffer();
		const dataStart = 30 + bytes.readUInt16LE(26) + bytes.readUInt16LE(28);
		bytes[dataStart + 10] = bytes[dataStart + 10]! ^ 0xff;
		const bad = path.join(dir, 'flipped.zip');
		writeFileSync(bad, bytes);
		await expectExportError(bad, /is damaged inside the ZIP/);
	});

	it('a password-protected ZIP', async () => {
		const zip = writeZip(dir, 'plain.zip', {'CONTENT_INTERACTION/ViewingActivity.csv': csv2025(ROWS)});
		const bytes = new AdmZip(zip).toBuffer();
		// Set the "encrypted" bit (general purpose flag bit 0) in the local and central headers.
		for (const sig of [0x04034b50, 0x02014b50]) {
			for (let at = bytes.indexOf(Buffer.from([0x50, 0x4b])); at !== -1; at = bytes.indexOf(Buffer.from([0x50, 0x4b]), at + 1)) {
				if (bytes.readUInt32LE(at) === sig) bytes[at + (sig === 0x04034b50 ? 6 : 8)]! |= 1;
			}
		}
		const locked = path.join(dir, 'locked.zip');
		writeFileSync(locked, bytes);
		await expectExportError(locked, /password-protected/, /Unzip it yourself/);
	});

	it('a CSV with a header we do not know names the missing columns', async () => {
		const file = path.join(dir, 'foo.csv');
		writeFileSync(file, 'Foo,Bar\n1,2\n');
		await expectExportError(
			file,
			/the columns "Profile Name", "Start Time", "Title" are missing \(its first line has 2 columns\)/,
			/Profile Name, Start Time, Duration, .*, Country, in any order/,
		);
	});

	it('a CSV without its header does not echo its first row (a viewing: personal data)', async () => {
		const file = path.join(dir, 'headless.csv');
		writeFileSync(file, olderCsv(ROWS).split('\n').slice(1).join('\n'));
		const error = await loadExport(file).then(
			() => null,
			(e: unknown) => e as ExportError,
		);
		expect(error!.message).toMatch(/are missing \(its first line has 10 columns\)/);
		for (const value of ['Begüm', 'Dark', 'Chrome', 'Korea', '2024-03-07']) expect(`${error!.message} ${error!.hint}`).not.toContain(value);
	});

	it('a binary file that is not a ZIP', async () => {
		const file = path.join(dir, 'picture.png');
		writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
		// Called what it is, by its first bytes.
		await expectExportError(file, /picture\.png: this is a PNG image, not a Netflix export/);
	});
});
