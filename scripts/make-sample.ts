/**
 * Builds the bundled demo export `fixtures/sample/netflix-report.zip` and the small trap fixtures in
 * `fixtures/` (see fixtures/README.md). Run with `npm run sample`; the output is the same on every run
 * except `bad/encrypted.zip`, which is only made when missing (ZipCrypto headers are random).
 *
 * The sample is a generated background (seeded) plus hand-written viewing whose end state is known, so
 * tests can assert "Alex stopped Dark at 0:31:12 of Staffel 2, Folge 4".
 */
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {Random, episodeTitle, exportZipBuffer, generateExport, watchSeries, writeExportZip, type ShowSpec, type ViewingRow, type WatchPlan} from './generate-export.js';
import {dayFirstResave, oneProfile, rHeaders, semicolonTailResave, simpleShowEpisodes, titleTraps} from './generator/reading-traps.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const random = new Random(20_251_231);

// ---------------------------------------------------------------- the sample's people

export const SAMPLE_PROFILES = ['Alex', 'Begüm 🌙', 'Mom, Dad', 'Kids'];
const [ALEX, BEGUM, PARENTS, KIDS] = SAMPLE_PROFILES as [string, string, string, string];

const DEVICES: Record<string, string[]> = {
	[ALEX]: ['Chrome PC (Cadmium)', 'Apple iPhone 13'],
	[BEGUM]: ['Samsung CE 2021 Nike-L UHD TV  Smart TV', 'Android DefaultWidevineL3Phone Android Phone'],
	[PARENTS]: ['LG 2020 webOS TV (Ireland) Smart TV', 'Apple iPad Air 4th Gen (Wi-Fi)'],
	[KIDS]: ['Amazon Fire TV Stick 4K', 'Apple iPad Air 4th Gen (Wi-Fi)'],
};

const US = 'US (United States)';
const KR = 'KR (Korea, Republic of)';

function names(prefix: string, count: number, from = 1): string[] {
	return Array.from({length: count}, (_, i) => `${prefix} ${i + from}`);
}

// ---------------------------------------------------------------- the sample's shows

const dark: ShowSpec = {
	name: 'Dark',
	style: 'de',
	runtimeMinutes: 52,
	seasons: [
		[
			'Geheimnisse',
			'Lügen',
			'Vergangenheit und Gegenwart',
			'Doppelleben',
			'Wahrheiten',
			'Sic Mundus Creatus Est',
			'Kreuzwege',
			'Was man sät',
			'Alles ist jetzt',
			'Alpha und Omega',
		],
		['Anfänge und Enden', 'Dunkle Materie', 'Geister', 'Reisende', 'Verlorene und Gefundene', 'Endlichkeit', 'Die weiße Teufelin', 'Ende und Anfang'],
		['Deja-vu', 'Die Überlebenden', 'Adam und Eva', 'Die Origin', 'Leben und Tod', 'Licht und Schatten', 'Die Wiederkehr', 'Das Paradies'],
	],
};
const lupin: ShowSpec = {
	name: 'Lupin',
	style: 'fr',
	runtimeMinutes: 47,
	seasonLabels: ['Partie 1', 'Partie 2', 'Partie 3'],
	seasons: [names('Chapitre', 5), names('Chapitre', 5, 6), names('Chapitre', 7, 11)],
};
const elite: ShowSpec = {
	name: 'Élite',
	style: 'es',
	runtimeMinutes: 50,
	seasons: [
		['Bienvenidos', 'Desaparecida', 'Culpables', 'La fiesta', 'Mentiras', 'Sin salida', 'Todo termina', 'Nada es lo que parece'],
		['Samuel', 'Guzmán', 'Lu', 'Nadia', 'Rebeka', 'Ander', 'Carla', 'Todos'],
		['Polo', 'Rebeka', 'Valerio', 'Cayetana', 'Omar', 'Lu', 'Ander', 'Todos'],
	],
};
const moneyHeist: ShowSpec = {name: 'Money Heist', style: 'part', runtimeMinutes: 45, seasons: [names('Episode', 13), names('Episode', 9)]};
const strangerThings: ShowSpec = {
	name: 'Stranger Things',
	style: 'named',
	runtimeMinutes: 50,
	seasonLabels: ['Season 1', 'Stranger Things 2', 'Stranger Things 3', 'Stranger Things 4'],
	seasons: [8, 9, 8, 9].map(count =>
		['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine'].slice(0, count).map(n => `Chapter ${n}: The ${n === 'One' ? 'Vanishing' : 'Upside Down'}`),
	),
};
const queenCharlotte: ShowSpec = {
	name: 'Queen Charlotte: A Bridgerton Story',
	style: 'en',
	runtimeMinutes: 55,
	seasons: [['Queen to Be', 'Honeymoon Phase', 'Crowning Glory', 'Holding On', 'Gardens in Bloom', 'Crown Jewels']],
};
const ersan: ShowSpec = {name: 'Erşan Kuneri', style: 'tr', runtimeMinutes: 40, seasons: [['Kötü Mal', 'Başlangıç', 'Yalanlar', 'Dönüş', 'Sır', 'Veda', 'Kader', 'Son Perde']]};
const sintonia: ShowSpec = {name: 'Sintonia', style: 'pt', runtimeMinutes: 42, seasons: [['O começo', 'Mentiras', 'O segredo', 'A volta', 'Traição', 'Fim']]};
const undercover: ShowSpec = {
	name: 'Undercover',
	style: 'nl',
	runtimeMinutes: 48,
	seasons: [['Het begin', 'Leugens', 'Het geheim', 'Terugkeer', 'Verraad', 'Afscheid', 'De keuze', 'Het einde', 'Ferry', 'Bob']],
};
const wielkaWoda: ShowSpec = {name: 'Wielka woda', style: 'pl', runtimeMinutes: 50, seasons: [['Początek', 'Kłamstwa', 'Tajemnica', 'Powrót', 'Zdrada', 'Koniec']]};
const greys: ShowSpec = {
	name: "Grey's Anatomy",
	style: 'en',
	runtimeMinutes: 43,
	seasons: Array.from({length: 11}, (_, s) =>
		Array.from({length: 24}, (_, e) => (s === 10 && e === 22 ? "She's Leaving Home: Part 2" : s === 10 && e === 21 ? "She's Leaving Home: Part 1" : `Hold On ${e + 1}`)),
	),
};
const avatar: ShowSpec = {name: 'Avatar: The Last Airbender', style: 'book', runtimeMinutes: 23, seasons: [names('The Water Tribe', 20), names('The Earth Kingdom', 20)]};
const queensGambit: ShowSpec = {
	name: "The Queen's Gambit",
	style: 'limited',
	runtimeMinutes: 60,
	seasons: [['Openings', 'Exchanges', 'Doubled Pawns', 'Middle Game', 'Fork', 'Adjournment', 'End Game']],
};

// ---------------------------------------------------------------- the sample's hand-written viewing

function at(iso: string): number {
	return Date.parse(`${iso}Z`);
}

function plan(profile: string, show: ShowSpec, from: [number, number], episodes: number, start: string, rest: Partial<WatchPlan> = {}): ViewingRow[] {
	return watchSeries(random, {profile, show, from, episodes, start: at(start), devices: DEVICES[profile]!, country: US, ...rest});
}

function movie(profile: string, title: string, start: string, watchedSeconds: number, extra: Partial<ViewingRow> = {}): ViewingRow {
	return {
		profile,
		start: at(start),
		durationSeconds: watchedSeconds + 12,
		bookmarkSeconds: watchedSeconds,
		title,
		supplementalType: '',
		attributes: '',
		device: DEVICES[profile]?.[0] ?? 'Chrome PC (Cadmium)',
		country: US,
		hidden: false,
		...extra,
	};
}

function extra(profile: string, title: string, type: string, start: string, seconds: number): ViewingRow {
	return {...movie(profile, title, start, seconds), durationSeconds: seconds, supplementalType: type};
}

function scriptedViewing(): ViewingRow[] {
	return [
		// Recent, stopped mid-episode.
		...plan(ALEX, dark, [0, 0], 14, '2025-11-24T20:05:00', {stopAtSeconds: 31 * 60 + 12, gapDays: [1, 2]}),
		extra(ALEX, 'Dark', 'HOOK', '2025-12-29T21:00:00', 6),
		...plan(BEGUM, lupin, [0, 0], 7, '2025-12-12T19:30:00', {stopAtSeconds: 12 * 60 + 40, gapDays: [1, 2], country: KR}),
		...plan(KIDS, strangerThings, [0, 0], 22, '2025-10-25T16:00:00', {stopAtSeconds: 18 * 60 + 20, perEvening: 2, gapDays: [1, 2]}),
		extra(KIDS, 'Stranger Things: Stranger Things 3', 'RECAP', '2025-12-22T15:59:00', 95),
		movie(ALEX, 'The Hangover: Part II', '2025-12-20T22:10:00', 48 * 60 + 10),
		// Abandoned long ago.
		...plan(PARENTS, elite, [0, 0], 18, '2024-10-01T20:00:00', {stopAtSeconds: 22 * 60 + 5, gapDays: [1, 4]}),
		...plan(ALEX, moneyHeist, [0, 0], 18, '2024-02-01T21:00:00', {gapDays: [1, 3]}),
		...plan(BEGUM, sintonia, [0, 0], 3, '2023-03-04T19:00:00', {country: 'DE (Germany)'}),
		...plan(ALEX, undercover, [0, 0], 4, '2023-01-10T20:00:00'),
		// Finished.
		...plan(ALEX, strangerThings, [3, 0], 9, '2022-05-28T18:00:00', {perEvening: 5}),
		...plan(PARENTS, queenCharlotte, [0, 0], 6, '2023-05-05T20:00:00', {perEvening: 3}),
		...plan(BEGUM, ersan, [0, 0], 8, '2022-12-02T19:00:00', {country: 'TR (Turkey)'}),
		...plan(BEGUM, wielkaWoda, [0, 0], 6, '2024-04-10T19:00:00'),
		...plan(BEGUM, queensGambit, [0, 0], 7, '2022-11-05T20:00:00'),
		...plan(PARENTS, greys, [10, 17], 7, '2024-06-03T19:30:00'),
		...plan(KIDS, avatar, [0, 0], 26, '2023-02-01T15:30:00', {perEvening: 3}),
		// Rewatch: the first two episodes again, long after finishing.
		...plan(BEGUM, queensGambit, [0, 0], 2, '2025-02-14T21:00:00', {perEvening: 2}),
		// Movies: hidden, branched, rewatched, and the real title of an extra.
		movie(PARENTS, 'Nymphomaniac: Volume 1', '2024-02-17T23:10:00', 115 * 60, {hidden: true}),
		movie(ALEX, 'Black Mirror: Bandersnatch', '2023-08-12T21:00:00', 74 * 60, {attributes: 'Has branched playback; '}),
		movie(KIDS, 'Spider-Man: Into the Spider-Verse', '2023-12-24T16:00:00', 113 * 60),
		movie(KIDS, 'Spider-Man: Into the Spider-Verse', '2024-07-06T10:00:00', 112 * 60, {device: DEVICES[KIDS]![1]!}),
		movie(KIDS, 'Spider-Man: Into the Spider-Verse', '2025-03-01T09:30:00', 113 * 60),
		extra(BEGUM, 'Erşan Kuneri: 1. Sezon_hook_primary_16x9', '', '2022-12-01T18:55:00', 4),
		extra(PARENTS, 'Élite: Temporada 4', 'TRAILER', '2024-11-20T19:58:00', 131),
		...statsViewing(),
	];
}

/**
 * For the Stats screen: a Saturday binge of ten Grey's Anatomy episodes that runs past midnight (a
 * recap first, the next episode autoplayed each time), with one episode also started on the iPad a
 * minute later (an overlap that must count once). Hand-written, no randomness: it is the sample's
 * longest binge, and the rows before it stay as they were.
 */
function statsViewing(): ViewingRow[] {
	const rows: ViewingRow[] = [extra(PARENTS, "Grey's Anatomy: Season 10", 'RECAP', '2024-05-18T18:58:00', 80)];
	let clock = at('2024-05-18T19:00:00');
	for (let e = 0; e < 10; e++) {
		const seconds = 43 * 60 - 30 + e * 7;
		const title = episodeTitle(greys, 9, e);
		const base = {profile: PARENTS, title, supplementalType: '', device: DEVICES[PARENTS]![0]!, country: US, hidden: false};
		rows.push({...base, start: clock, durationSeconds: seconds, bookmarkSeconds: seconds, attributes: e === 0 ? '' : 'Autoplayed: user action: None; '});
		if (e === 2) rows.push({...base, device: DEVICES[PARENTS]![1]!, start: clock + 60_000, durationSeconds: 20 * 60, bookmarkSeconds: 20 * 60 + 60, attributes: ''});
		clock += (seconds + 15) * 1000;
	}
	return rows;
}

// ---------------------------------------------------------------- small trap fixtures

function viewingCsvOf(entries: Map<string, string | Buffer>): string {
	for (const [name, content] of entries) if (name.endsWith('ViewingActivity.csv')) return content.toString();
	throw new Error('no ViewingActivity.csv');
}

/** A few rows every small fixture carries, so each trap file also holds a hidden view, KR, a named season. */
function smallExtras(): ViewingRow[] {
	return [
		movie('Alex', 'Nymphomaniac: Volume 1', '2024-02-17T23:10:00', 40 * 60, {hidden: true}),
		movie('Mom & Dad', episodeTitle(strangerThings, 2, 4), '2024-03-02T20:00:00', 18 * 60 + 20, {country: KR}),
		movie('Mom & Dad', episodeTitle(lupin, 1, 1), '2024-03-03T20:00:00', 12 * 60 + 40, {country: 'ZZ (Unknown Region)'}),
	];
}

/** `Title,Date` rows of the simple download: titles without `(Episode N)`, newest first. */
function simpleHistory(format: (date: Date) => string, dates: Date[]): string {
	const titles = [
		episodeTitle(dark, 1, 2),
		episodeTitle(dark, 1, 1),
		episodeTitle(elite, 0, 0),
		episodeTitle(lupin, 0, 2),
		'The Hangover: Part II',
		episodeTitle(moneyHeist, 0, 12),
		episodeTitle(queenCharlotte, 0, 0),
		'',
		'Spider-Man: Into the Spider-Verse',
		episodeTitle(ersan, 0, 3),
	].map(t => t.replace(/ \((?:Folge|Episodio|Épisode|Episode|Bölüm) \d+\)$/, ''));
	const lines = ['Title,Date'];
	dates.forEach((date, i) => lines.push(`"${titles[i % titles.length]!.replaceAll('"', '""')}","${format(date)}"`));
	return lines.join('\n') + '\n';
}

function two(n: number): string {
	return String(n).padStart(2, '0');
}

function descendingDates(startIso: string, count: number, stepDays: number): Date[] {
	return Array.from({length: count}, (_, i) => new Date(at(startIso) - i * stepDays * 86_400_000));
}

function malformedRows(): string {
	const good = viewingCsvOf(generateExport({rows: 12, seed: 5, profiles: ['Alex'], startYear: 2024, endYear: 2024}))
		.trimEnd()
		.split('\n');
	const quoted = (fields: string[]) => fields.map(f => `"${f}"`).join(',');
	const row = (duration: string, start: string, title: string) => quoted([duration, start, 'Alex', US, '0:10:00', 'Not latest view', '', '', 'Chrome PC (Cadmium)', title]);
	return (
		[
			...good.slice(0, 7),
			row('abc', '2024-05-01 20:00:00', 'Bad Duration: Season 1: Letters (Episode 1)'),
			row('12:5', '2024-05-01 21:00:00', 'Bad Duration: Season 1: Short Field (Episode 2)'),
			row('0:42:00', '2024-13-45 25:61:00', 'Bad Start: Season 1: Impossible Date (Episode 1)'),
			row('0:42:00', 'yesterday', 'Bad Start: Season 1: Words (Episode 2)'),
			row('0:42:00', '', 'Bad Start: Season 1: Empty (Episode 3)'),
			quoted(['0:10:00', '2024-05-02 20:00:00', 'Alex']),
			...good.slice(7),
			// An unclosed quote at the very end: the rows above must still be read.
			'"0:10:00","2024-05-03 20:00:00","Alex","US (United States)","0:10:00","0:10:00","","","Chrome PC (Cadmium)","Unclosed: Season 1: Never Ends (Episode 1)',
		].join('\n') + '\n'
	);
}

/** `zip -P` when available; otherwise the same entries with the "encrypted" flag set (bit 0) in every header. */
function encryptedZip(entries: Map<string, string | Buffer>): Buffer {
	const dir = mkdtempSync(join(tmpdir(), 'netflix-encrypted-'));
	try {
		for (const [name, content] of entries) {
			mkdirSync(dirname(join(dir, 'in', name)), {recursive: true});
			writeFileSync(join(dir, 'in', name), content);
		}
		execFileSync('zip', ['-q', '-X', '-D', '-r', '-P', 'secret', join(dir, 'out.zip'), '.'], {cwd: join(dir, 'in')});
		return readFileSync(join(dir, 'out.zip'));
	} catch {
		const zip = Buffer.from(exportZipBuffer(entries));
		for (let i = 0; i + 4 <= zip.length; i++) {
			const signature = zip.readUInt32LE(i);
			if (signature === 0x04034b50) zip[i + 6]! |= 1;
			if (signature === 0x02014b50) zip[i + 8]! |= 1;
		}
		return zip;
	} finally {
		rmSync(dir, {recursive: true, force: true});
	}
}

function write(path: string, content: string | Buffer): void {
	mkdirSync(dirname(join(root, path)), {recursive: true});
	writeFileSync(join(root, path), content);
}

// ---------------------------------------------------------------- main

function main(): void {
	const scripted = scriptedViewing();
	const sample = generateExport({rows: 2600, seed: 2025, profiles: SAMPLE_PROFILES, startYear: 2022, endYear: 2025, extraViewing: scripted});
	writeExportZip(sample, join(root, 'sample', 'netflix-report.zip'));

	const legacy = generateExport({rows: 150, seed: 11, layout: 'legacy', profiles: ['Alex', 'Mom & Dad'], startYear: 2019, endYear: 2021, extraViewing: smallExtras()});
	writeExportZip(legacy, join(root, 'legacy-export.zip'));

	const small = {rows: 47, seed: 3, profiles: ['Alex', 'Mom & Dad'], startYear: 2023, endYear: 2024, extraViewing: smallExtras()};
	write('ViewingActivity-2025.csv', viewingCsvOf(generateExport({...small, layout: '2025'})));
	write('ViewingActivity-legacy.csv', viewingCsvOf(generateExport({...small, layout: 'legacy'})));

	// The simple download's dates carry no format marker (§8 of the format reference).
	write(
		'NetflixViewingHistory-mdy.csv',
		simpleHistory(d => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${two(d.getUTCFullYear() % 100)}`, descendingDates('2022-03-28T00:00:00', 30, 3)),
	);
	write(
		'NetflixViewingHistory-dmy.csv',
		simpleHistory(d => `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${two(d.getUTCFullYear() % 100)}`, descendingDates('2020-06-18T00:00:00', 30, 3)),
	);
	const ambiguous = descendingDates('2021-12-12T00:00:00', 120, 3)
		.filter(d => d.getUTCDate() <= 12)
		.slice(0, 25);
	write(
		'NetflixViewingHistory-ambiguous.csv',
		simpleHistory(d => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${two(d.getUTCFullYear() % 100)}`, ambiguous),
	);

	const tiny = generateExport({rows: 30, seed: 9, profiles: ['Alex']});
	write('bad/empty.csv', '');
	write('bad/unknown-header.csv', 'Foo,Bar\n1,2\n3,4\n');
	const whole = exportZipBuffer(tiny);
	write('bad/corrupt.zip', whole.subarray(0, Math.floor(whole.length / 2)));
	write('bad/no-viewing.zip', exportZipBuffer(new Map([...tiny].filter(([name]) => /\/(ACCOUNT|PROFILES)\//.test(name)))));
	if (!existsSync(join(root, 'bad', 'encrypted.zip'))) write('bad/encrypted.zip', encryptedZip(tiny));
	write('bad/malformed-rows.csv', malformedRows());

	// What real histories tripped the reader on (issue 12): titles, the simple download, re-saved files.
	write('ViewingActivity-title-traps.csv', titleTraps());
	write('NetflixViewingHistory-show-episodes.csv', simpleShowEpisodes());
	write('resaved/ViewingActivity-day-first.csv', dayFirstResave());
	write('resaved/ViewingActivity-semicolon-tail.csv', semicolonTailResave());
	write('resaved/ViewingActivity-r-headers.csv', rHeaders());
	write('resaved/ViewingActivity-one-profile.csv', oneProfile());

	summarize(scripted);
}

/** Print where each scripted (profile, show) ends, for the README and for tests written against the sample. */
function summarize(rows: ViewingRow[]): void {
	const last = new Map<string, ViewingRow>();
	for (const row of rows) {
		if (row.supplementalType !== '' || row.title.includes('_hook_')) continue;
		const key = `${row.profile} | ${row.title.split(/\u00a0?: (?:Staffel|Partie|Temporada|Part|Season|Seizoen|Sezon|Stranger Things|Limited|Book|\d)/)[0]}`;
		const seen = last.get(key);
		if (!seen || row.start > seen.start) last.set(key, row);
	}
	for (const [key, row] of last)
		console.log(`${key} -> ${new Date(row.start).toISOString().slice(0, 16)} ${row.title} @ ${Math.floor(row.bookmarkSeconds / 60)}:${two(row.bookmarkSeconds % 60)}`);
}

main();
