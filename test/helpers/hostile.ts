/**
 * Text that tries to act on the terminal it is printed to, as a hostile export would hold it in any
 * field, header, entry name or file name (issue 11, section 1).
 */
export const PAYLOADS = {
	'OSC 52 (sets the clipboard)': '\u001b]52;c;aGVsbG8=\u0007',
	'OSC 0 (renames the window)': '\u001b]0;pwned\u0007',
	'OSC 8 (a hyperlink)': '\u001b]8;;https://example.com/x\u001b\\click\u001b]8;;\u001b\\',
	'ESC [2J (clears the screen)': '\u001b[2J',
	'a bare CR (overwrites the line)': 'over\rwrite',
	'BS (erases)': 'ab\bc',
	DEL: 'x\u007fy',
	'C1 CSI (U+009B, ESC [ in one character)': '\u009b31mred',
	'NEL (U+0085, a C1 newline)': 'one\u0085two',
	'a newline in a field': 'fake\nrow',
	'a tab in a field': 'tab\tbed',
	'RLO (U+202E, reverses the rest)': 'abc\u202edef',
	'LRI … PDI (an isolate)': '\u2066isolated\u2069',
} as const;

/** Every payload in one string. */
export const ALL_PAYLOADS = Object.values(PAYLOADS).join(' ');

/**
 * Characters no file text may put on a terminal: C0 controls but the newline (which the output's own
 * lines use), DEL, C1 controls, the bidi marks, embeddings, overrides and isolates, and U+2028/9.
 */
export const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Where the first raw control is, with some text around it, for a readable failure. */
export function rawControlAt(text: string): string | null {
	const m = RAW_CONTROL.exec(text);
	if (!m) return null;
	return JSON.stringify(text.slice(Math.max(0, m.index - 40), m.index + 40));
}

/** A field with every payload, quoted for CSV. */
const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** What a hostile export holds, to find again in the answers. */
export interface HostileExport {
	/** The ZIP's path; its file name holds payloads too. */
	zip: string;
	profiles: string[];
	/** Raw titles of the viewing rows. */
	titles: string[];
	device: string;
	country: string;
	/** A header of a CSV table, and an entry name, both with payloads. */
	header: string;
	entry: string;
}

/**
 * A full export whose every field an attacker controls holds terminal payloads: profile names,
 * titles (show, season label and episode title), devices, countries, a CSV header, a ZIP entry name
 * and the ZIP's own file name. Built in `dir` with the ZIP writer the tests share.
 */
export function writeHostileExport(dir: string, writeZip: (dir: string, name: string, entries: Record<string, string>) => string): HostileExport {
	const p = PAYLOADS;
	const profiles = [`Eve${p['OSC 52 (sets the clipboard)']}`, `Mallory${p['RLO (U+202E, reverses the rest)']}${p['a newline in a field']}`];
	const titles = [
		`Dark${p['OSC 0 (renames the window)']}: Season 1: Secrets${p['ESC [2J (clears the screen)']} (Episode 1)`,
		`Dark${p['OSC 0 (renames the window)']}: Season 1: Lies${p['a bare CR (overwrites the line)']} (Episode 2)`,
		`Heist${p['OSC 8 (a hyperlink)']}${p['C1 CSI (U+009B, ESC [ in one character)']}${p['NEL (U+0085, a C1 newline)']}`,
		`Tabbed${p['a tab in a field']}${p['BS (erases)']}${p.DEL}${p['LRI … PDI (an isolate)']}: Season 2: Row${p['a newline in a field']} (Episode 3)`,
	];
	const device = `TV${p['OSC 52 (sets the clipboard)']}${p['C1 CSI (U+009B, ESC [ in one character)']}`;
	const country = `US${p['RLO (U+202E, reverses the rest)']}${p['a bare CR (overwrites the line)']}`;
	const header = `Esn${p['OSC 0 (renames the window)']}`;
	const entry = `netflix-report/EXTRA/notes${p['ESC [2J (clears the screen)']}${p['RLO (U+202E, reverses the rest)']}${p['a newline in a field']}.pdf`;
	const viewing = [
		'"Duration","Start Time","Profile Name","Country","Bookmark","Latest Bookmark","Supplemental Video Type","Attributes","Device Type","Title"',
		...profiles.flatMap((profile, i) =>
			titles.map((title, k) => ['0:20:00', `2024-0${i + 1}-1${k} 20:00:00`, profile, country, '0:20:00', 'Latest View', '', '', device, title].map(quoted).join(',')),
		),
	].join('\n');
	const ips = [
		[header, 'Country', 'Device Description', 'Ip', 'Region Code Display Name', 'Ts'],
		['NFANDROID-1', country, device, '192.0.2.7', `Region${p['OSC 52 (sets the clipboard)']}`, '2024-01-01T10:00:00Z'],
	]
		.map(r => r.map(quoted).join(','))
		.join('\n');
	const profileTable = [['Profile Name', 'Email Address', 'Profile Creation Time'], ...profiles.map(n => [n, 'eve@example.com', '2021-06-15 00:00:00.000+0000'])]
		.map(r => r.map(quoted).join(','))
		.join('\n');
	const zip = writeZip(dir, `export${p['OSC 0 (renames the window)']}${p['a newline in a field']}.zip`, {
		'netflix-report/CONTENT_INTERACTION/ViewingActivity.csv': `${viewing}\n`,
		'netflix-report/IP_ADDRESSES/IpAddressesLogin.csv': `${ips}\n`,
		'netflix-report/PROFILES/Profiles.csv': `${profileTable}\n`,
		[entry]: 'not a pdf',
	});
	return {zip, profiles, titles, device, country, header, entry};
}
