/**
 * Small hand-written fixtures for what real histories trip the reader on (issue 12): title patterns and
 * judgements, the simple download's season-less episodes, and files re-saved by spreadsheets or R. Every
 * name is made up; the shapes are the real ones. Each file is described in fixtures/README.md.
 */

const OLDER_HEADER = ['Profile Name', 'Start Time', 'Duration', 'Attributes', 'Title', 'Supplemental Video Type', 'Device Type', 'Bookmark', 'Latest Bookmark', 'Country'];
const US = 'US (United States)';
const FR = 'FR (France)';
const TR = 'TR (Turkey)';
const PC = 'Chrome PC (Cadmium)';
const TV = 'Samsung CE 2021 Nike-L UHD TV  Smart TV';

/** One viewing of a trap fixture, in the older column order. */
interface Row {
	profile: string;
	start: string;
	duration: string;
	title: string;
	type?: string;
	attributes?: string;
	device?: string;
	bookmark?: string;
	latest?: string;
	country?: string;
}

function fields(r: Row): string[] {
	return [r.profile, r.start, r.duration, r.attributes ?? '', r.title, r.type ?? '', r.device ?? PC, r.bookmark ?? r.duration, r.latest ?? 'Not latest view', r.country ?? US];
}

/** Netflix's own quoting: only fields that need it. */
function quoteAsNeeded(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function olderCsv(rows: readonly Row[], eol = '\n'): string {
	return [OLDER_HEADER.join(','), ...rows.map(r => fields(r).map(quoteAsNeeded).join(','))].join(eol) + eol;
}

/**
 * Title patterns and judgements (2025 column order, every field quoted): a film beside a series of the
 * same name, colon-titled films, subtitles before labels beside the parent show, new markers and labels,
 * extras known only by their title, the short HIDDEN TITLE prefix, a blank show name.
 */
export function titleTraps(): string {
	const rows: Row[] = [
		// Harbor Lights, the series, stopped in episode 3 at 0:21:40; then the film of the same name, left at 1:12:05.
		{profile: 'Alex', start: '2024-03-01 20:00:00', duration: '0:44:10', title: 'Harbor Lights: Season 1: The Arrival (Episode 1)', bookmark: '0:44:10'},
		{profile: 'Alex', start: '2024-03-02 20:00:00', duration: '0:43:50', title: 'Harbor Lights: Season 1: Low Tide (Episode 2)', bookmark: '0:43:50'},
		{profile: 'Alex', start: '2024-03-03 20:00:00', duration: '0:21:40', title: 'Harbor Lights: Season 1: Fog Bank (Episode 3)', bookmark: '0:21:40', latest: '0:21:40'},
		{profile: 'Alex', start: '2024-03-05 20:00:00', duration: '1:12:05', title: 'Harbor Lights', bookmark: '1:12:05', latest: '1:12:05'},
		// Colon-titled films.
		{profile: 'Alex', start: '2024-03-06 20:00:00', duration: '2:01:00', title: 'Star Voyage: Episode VIII: The Last Pilot'},
		{profile: 'Alex', start: '2024-03-07 20:00:00', duration: '1:20:00', title: 'Brick Heroes: Galaxy Squad: Maximum Overdrive'},
		{profile: 'Alex', start: '2024-03-08 20:00:00', duration: '1:31:00', title: 'Ninja Road: The Movie: The Lost Tower'},
		{profile: 'Alex', start: '2024-03-08 22:00:00', duration: '0:23:00', title: 'Ninja Road: Season 1: Homecoming (Episode 1)'},
		// A subtitle before a label belongs to the show, also beside the parent show.
		{profile: 'Alex', start: '2024-03-09 20:00:00', duration: '0:50:00', title: 'Bank Job: Part 1: Episode 1'},
		{profile: 'Alex', start: '2024-03-10 20:00:00', duration: '0:49:00', title: 'Bank Job: From Tokyo to Berlin: Volume 1: Episode 1'},
		{profile: 'Alex', start: '2024-03-11 20:00:00', duration: '0:24:00', title: 'Iron Alchemist: Season 1: The Stone (Episode 1)'},
		{profile: 'Alex', start: '2024-03-12 20:00:00', duration: '0:24:00', title: 'Iron Alchemist: Brotherhood: Part 1: Iron Alchemist (Episode 1)'},
		// Markers: long-running numbering, a Polish miniseries with a subtitle, a Turkish book, a doubled Portuguese show.
		{profile: 'Alex', start: '2024-03-13 20:00:00', duration: '0:24:00', title: 'Pirate Saga: Season 1: The Great Duel (Episode 1,093)'},
		{profile: 'Begüm', start: '2024-03-14 20:00:00', duration: '0:24:00', title: 'Pirate Saga\u00a0: Saison 1\u00a0: Le duel (Épisode 1\u202f094)', country: FR},
		{profile: 'Begüm', start: '2024-03-15 20:00:00', duration: '0:52:00', title: 'Łowca: Rodowód krwi: Miniserial: Ze snów (Odcinek 1)'},
		{profile: 'Begüm', start: '2024-03-16 20:00:00', duration: '0:41:00', title: 'Yeni Yurt: 2. Kitap: Yol (Bölüm 3)', country: TR},
		{profile: 'Begüm', start: '2024-03-17 20:00:00', duration: '0:23:00', title: 'Avatar - O Dobrador: Avatar - O Dobrador: Livro 1: O Menino (Episódio 1)'},
		// Extras with an empty Supplemental Video Type, known by their title.
		{profile: 'Begüm', start: '2024-03-18 20:00:00', duration: '0:01:30', title: 'Kardeşler Yolu (Fragman)', country: TR},
		{profile: 'Begüm', start: '2024-03-18 20:05:00', duration: '0:01:00', title: 'Yalı Evi: Sezon 3 (Klip): Ferit ile Seyran', country: TR},
		{profile: 'Begüm', start: '2024-03-18 20:07:00', duration: '0:00:45', title: 'Character Intro Clip'},
		// Hidden with the short prefix; a blank show name (the 2025 French layout).
		{profile: 'Begüm', start: '2024-03-19 20:00:00', duration: '0:30:00', title: 'HIDDEN TITLE: BONDING DAYS', bookmark: '0:00:00'},
		{profile: 'Begüm', start: '2024-03-20 20:00:00', duration: '0:22:00', title: '  : 1 : Épisode 1 (Épisode 1)', country: FR, device: TV},
		{profile: 'Begüm', start: '2024-03-21 20:00:00', duration: '0:22:00', title: '  : 1 : Épisode 2 (Épisode 2)', country: FR, device: TV},
	];
	const order = [2, 1, 0, 9, 7, 8, 5, 3, 6, 4] as const;
	const all = (value: string) => `"${value.replaceAll('"', '""')}"`;
	const header = order.map(i => OLDER_HEADER[i]!);
	const lines = [...rows].reverse().map(r =>
		order
			.map(i => fields(r)[i]!)
			.map(all)
			.join(','),
	);
	return [header.map(all).join(','), ...lines].join('\n') + '\n';
}

/**
 * The simple download with `Show: Episode title` rows (no season) beside the same show's `Show: Season 1:
 * …` rows, and a film with the name of a series. Dates `dd/mm/yyyy`.
 */
export function simpleShowEpisodes(): string {
	const rows: Array<[string, string]> = [
		['Harbor Lights', '21/03/2024'],
		['Quiet Coast: The Lighthouse Keeper', '20/03/2024'],
		['Quiet Coast: Night Ferry', '19/03/2024'],
		['Quiet Coast: Season 1: Storm Warning', '18/03/2024'],
		['Quiet Coast: Season 1: The Arrival', '17/03/2024'],
		['Harbor Lights: Season 1: Fog Bank', '16/03/2024'],
		['Harbor Lights: Season 1: Low Tide', '15/03/2024'],
		['Spider-Cat: Into the Cat-Verse', '14/03/2024'],
	];
	return ['Title,Date', ...rows.map(([title, date]) => `"${title}","${date}"`)].join('\n') + '\n';
}

const RESAVED: Row[] = [
	{profile: 'Alex', start: '16/1/2021 14:23', duration: '0:29:31', title: 'Quiet Coast: Season 1: The Arrival (Episode 1)'},
	{profile: 'Alex', start: '17/1/2021 9:05', duration: '0:41:00', title: 'Quiet Coast: Season 1: Storm Warning (Episode 2)'},
	{profile: 'Alex', start: '3/2/2021 21:10', duration: '1:48:00', title: 'Harbor Lights'},
	{profile: 'Mom & Dad', start: '28/12/2020 20:00', duration: '0:52:00', title: 'Bank Job: Part 1: Episode 1'},
	{profile: 'Mom & Dad', start: '5/1/2021 20:30', duration: '0:50:00', title: 'Bank Job: Part 1: Episode 2'},
];

/** A European spreadsheet re-save: day-first `16/1/2021 14:23` Start Times, `0:29:31` durations, CRLF. */
export function dayFirstResave(): string {
	return olderCsv(RESAVED, '\r\n');
}

/**
 * A `;` re-save of a comma file: every line ends in `;;` (header `Country;;`), titles lost their quotes
 * (a comma in one shifts its columns), and a line cut short.
 */
export function semicolonTailResave(): string {
	const rows = RESAVED.map(r => ({...r, start: '2021-01-16 14:23:00'}));
	const lines = [
		OLDER_HEADER.join(','),
		...rows.map((r, i) => fields({...r, start: `2021-01-${String(16 + i).padStart(2, '0')} 14:23:00`}).join(',')),
		// The quotes around a title with a comma are gone: read by position, it would shift every column.
		fields({profile: 'Alex', start: '2021-01-25 20:00:00', duration: '0:15:00', title: 'Love, Robots & Cats: Volume 1: Sonny (Episode 1)'}).join(','),
		fields({profile: 'Alex', start: '2021-01-26 20:00:00', duration: '0:15:00', title: 'Love, Robots & Cats: Volume 1: Three Bots (Episode 2)'}).join(','),
		// Cut short by the spreadsheet.
		'Alex,2021-01-27 20:00:00,0:10:00',
	];
	return lines.map(line => `${line};;`).join('\n') + '\n';
}

/** `write.csv()` from R: a row-number column, every field quoted, dots in the column names. */
export function rHeaders(): string {
	const header = ['', ...OLDER_HEADER.map(name => name.replaceAll(' ', '.'))];
	const rows = RESAVED.map((r, i) => ({...r, start: `2021-01-${String(16 + i).padStart(2, '0')} 14:23:00`}));
	const all = (value: string) => `"${value.replaceAll('"', '""')}"`;
	return [header.map(all).join(','), ...rows.map((r, i) => [String(i + 1), ...fields(r)].map(all).join(','))].join('\n') + '\n';
}

/** One profile's history with no Profile Name column. */
export function oneProfile(): string {
	const header = OLDER_HEADER.slice(1);
	const rows = RESAVED.slice(0, 3).map((r, i) => fields({...r, start: `2021-01-${String(16 + i).padStart(2, '0')} 14:23:00`}).slice(1));
	return [header.join(','), ...rows.map(r => r.map(quoteAsNeeded).join(','))].join('\n') + '\n';
}
