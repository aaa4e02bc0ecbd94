/** The export generator: the tables besides viewing activity (account, profiles, billing, IPs…), a few rows each. */
import {csvTable, formatStart} from './csv-text.js';
import type {Random} from './random.js';
import type {ExportLayout, ViewingRow} from './types.js';
import {DAY, type Viewer} from './viewing.js';

export function isoZ(ms: number): string {
	return new Date(ms).toISOString().slice(0, 19) + 'Z';
}

export function day(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

export function otherTables(random: Random, viewers: Viewer[], viewing: ViewingRow[], from: number, to: number, rows: number, layout: ExportLayout): Map<string, string> {
	const tables = new Map<string, string>();
	const scale = Math.max(1, Math.round(Math.log10(Math.max(10, rows))));
	const at = () => from + Math.floor((random.next() * (to - from)) / 1000) * 1000;
	const real = viewing.filter(r => r.supplementalType === '');
	const someTitle = () => (real.length > 0 ? random.pick(real).title.split(/\u00a0?: /)[0]! : 'The Silent Harbor');
	const add = (path: string, header: string[], body: string[][], eol = '\n') => tables.set(path, csvTable(header, body, layout, eol));
	const owner = random.pick(['Jordan', 'Robin', 'Kim', 'Alexis', 'Sasha']);

	// A made-up surname no title or region contains (the owner's name is masked wherever it appears).
	const surname = 'Quinnell';
	add(
		'ACCOUNT/AccountDetails.csv',
		[
			'First Name',
			'Last Name',
			'Email Address',
			'Phone Number',
			'Country Of Registration',
			'Country Of Signup',
			'Primary Lang',
			'Customer Creation Timestamp',
			'Membership Status',
			'Email Marketing Opt In',
		],
		[
			[
				owner,
				surname,
				`${owner.toLowerCase()}@example.com`,
				'+1 555 0100',
				viewers[0]!.country.slice(0, 2),
				viewers[0]!.country.slice(0, 2),
				'en-US',
				`${formatStart(from - 200 * DAY)}.000+0000`,
				'CURRENT_MEMBER',
				'false',
			],
		],
		'\r\n',
	);
	add(
		'ACCOUNT/SubscriptionHistory.csv',
		[
			'Subscription Opened Ts',
			'Subscription Closed Ts',
			'Plan Change Date',
			'Plan Change Old Plan',
			'Plan Change New Plan',
			'Is Free Trial At Signup',
			'Subscription Closed Reason',
		],
		[
			[isoZ(from - 200 * DAY), '', '', '', '', 'true', ''],
			[isoZ(from - 200 * DAY), '', day(from + 90 * DAY), 'Standard', 'Premium', 'false', ''],
		],
	);
	add(
		'PROFILES/Profiles.csv',
		[
			'Profile Name',
			'Email Address',
			'Profile Creation Time',
			'Maturity Level',
			'Primary Lang',
			'Has Auto Playback',
			'Max Stream Quality',
			'Profile Lock Enabled',
			'Opt Out Of Ads',
		],
		viewers.map((v, i) => [
			v.name,
			i === 0 ? `${owner.toLowerCase()}@example.com` : '',
			`${formatStart(from - (200 - i) * DAY)}.000+0000`,
			/kid/i.test(v.name) ? 'LITTLE_KIDS' : 'ADULTS',
			'en',
			'true',
			'UHD',
			'false',
			'false',
		]),
		'\r\n',
	);

	const charges: string[][] = [];
	for (let month = 0; month < Math.min(48, Math.round((to - from) / (30 * DAY))); month++) {
		const when = from + month * 30 * DAY;
		const price = month < 12 ? '15.49' : '22.99';
		const common = [day(when), day(when), day(when + 30 * DAY), 'Premium', 'CC', '4242', price, 'USD', '0.00', price];
		charges.push([...common, 'SUBSCRIPTION', '', 'SETTLED']);
		for (const status of ['NEW', 'PENDING', 'APPROVED']) charges.push([...common, 'payment_transaction', status, 'SETTLED']);
	}
	add(
		'PAYMENT_AND_BILLING/BillingHistory.csv',
		[
			'Transaction Date',
			'Service Period Start Date',
			'Service Period End Date',
			'Description',
			'Payment Type',
			'Mop Last 4',
			'Item Price Amt',
			'Currency',
			'Tax Amt',
			'Gross Sale Amt',
			'Pmt Txn Type',
			'Pmt Status',
			'Final Invoice Result',
		],
		charges,
	);

	const known = knownAnswers(viewers, real);
	const n = (base: number) => base * scale;
	const list = <T>(count: number, f: (i: number) => T) => Array.from({length: count}, (_, i) => f(i));
	add(
		'CONTENT_INTERACTION/Ratings.csv',
		['Profile Name', 'Title Name', 'Rating Type', 'Star Value', 'Thumbs Value', 'Device Model', 'Event Utc Ts', 'Region View Date'],
		list(n(3), () => {
			const v = random.pick(viewers);
			const t = at();
			const thumbs = random.weighted<string>([
				['2', 5],
				['1', 2],
				['3', 2],
			]);
			return [v.name, someTitle(), 'thumb', '', thumbs, random.pick(v.devices), `${formatStart(t)}`, day(t)];
		}).concat(layout === '2025' ? known.ratings : []),
	);
	add(
		'CONTENT_INTERACTION/MyList.csv',
		['Profile Name', 'Title Name', 'Country', 'Utc Title Add Date'],
		list(n(3), () => {
			const v = random.pick(viewers);
			return [v.name, someTitle(), v.country.slice(0, 2), day(at())];
		}).concat(layout === '2025' ? known.myList : []),
	);
	add(
		'CONTENT_INTERACTION/SearchHistory.csv',
		['Profile Name', 'Country Iso Code', 'Device', 'Is Kids', 'Query Typed', 'Displayed Name', 'Action', 'Section', 'Utc Timestamp'],
		list(n(4), () => {
			const v = random.pick(viewers);
			const shown = someTitle();
			return [
				v.name,
				v.country.slice(0, 2),
				random.pick(v.devices),
				/kid/i.test(v.name) ? '1' : '0',
				shown.slice(0, random.int(2, 6)).toLowerCase(),
				shown,
				random.pick(['play', 'typed', 'select']),
				'search',
				`${formatStart(at())}.000+0000`,
			];
		}).concat(layout === '2025' ? known.searches : []),
	);
	const recent = real.filter(r => r.start > to - 30 * DAY).slice(0, n(3));
	add(
		'CONTENT_INTERACTION/PlaybackRelatedEvents.csv',
		['Profile Name', 'Title Description', 'Device', 'Playback Start Utc Ts', 'Country', 'Playtraces'],
		recent.map(r => {
			const endMs = r.bookmarkSeconds * 1000;
			const beginMs = Math.max(0, endMs - r.durationSeconds * 1000);
			const traces = [
				{eventType: 'start', sessionOffsetMs: 0, mediaOffsetMs: beginMs},
				{eventType: 'playing', sessionOffsetMs: 1200, mediaOffsetMs: beginMs},
				{eventType: 'paused', sessionOffsetMs: Math.round((endMs - beginMs) / 2), mediaOffsetMs: Math.round((beginMs + endMs) / 2)},
				{eventType: 'stopped', sessionOffsetMs: r.durationSeconds * 1000, mediaOffsetMs: endMs},
			];
			return [r.profile, r.title, r.device, formatStart(r.start), r.country.slice(0, 2), JSON.stringify(traces)];
		}),
	);

	const devices = [...new Set(viewers.flatMap(v => v.devices))];
	const esn = (d: string) =>
		`NFANDROID2-PRV-${d
			.replace(/[^A-Za-z0-9]/g, '')
			.slice(0, 8)
			.toUpperCase()}-${(d.length * 7919).toString(16).toUpperCase()}`;
	add(
		'DEVICES/Devices.csv',
		['Profile Name', 'Esn', 'Device Type', 'Acct First Playback Date', 'Acct Last Playback Date', 'Profile First Playback Date', 'Profile Last Playback Date', 'Deactivation Time'],
		viewers.flatMap(v => v.devices.map(d => [v.name, esn(d), d, isoZ(from), isoZ(to - DAY), isoZ(from + DAY), isoZ(to - 2 * DAY), random.chance(0.2) ? isoZ(to - DAY) : ''])),
	);
	const ip = () => `${random.pick(['203.0.113', '198.51.100'])}.${random.int(1, 254)}`;
	add(
		'IP_ADDRESSES/IpAddressesStreaming.csv',
		['Esn', 'Country', 'Localized Device Description', 'Device Description', 'Ip Address', 'Region Code Display Name', 'Ts'],
		list(n(4), () => {
			const d = random.pick(devices);
			return [esn(d), viewers[0]!.country.slice(0, 2), d, d, ip(), 'Example Region', `${formatStart(at())}.000+0000`];
		}),
	);
	add(
		'IP_ADDRESSES/IpAddressesLogin.csv',
		['Esn', 'Country', 'Device Description', 'Ip', 'Region Code Display Name', 'Ts'],
		list(n(2), () => {
			const d = random.pick(devices);
			return [esn(d), viewers[0]!.country.slice(0, 2), d, ip(), 'Example Region', isoZ(at())];
		}),
	);
	add(
		'MESSAGES/MessagesSentByNetflix.csv',
		['Profile Name', 'Sent Utc Ts', 'Message Name', 'Channel', 'Title Name', 'Click Cnt', 'Click Utc Ts'],
		list(n(3), () => {
			const v = random.pick(viewers);
			const t = at();
			const clicked = random.chance(0.3);
			return [
				v.name,
				isoZ(t),
				random.pick(['NEW_TITLE_ALERT', 'CONTINUE_WATCHING', 'MEMBER_BILLING']),
				random.pick(['EMAIL', 'PUSH', 'IN_APP']),
				someTitle(),
				clicked ? '1' : '',
				clicked ? isoZ(t + 3_600_000) : '',
			];
		}),
	);
	add(
		'GAMES/GamePlaySession.csv',
		['Profile Name', 'Game Title', 'Platform', 'Session Start Utc Ts', 'Duration', 'Country'],
		list(n(1), () => {
			const v = random.pick(viewers);
			return [v.name, random.pick(['Example Puzzle Quest', 'Tiny Racer']), 'ANDROID', `${formatStart(at())}`, String(random.int(30, 3600)), v.country.slice(0, 2)];
		}),
	);
	add(
		'CLICKSTREAM/Clickstream.csv',
		['Profile Name', 'Source', 'Navigation Level', 'Referrer Url', 'Webpage Url', 'Click Utc Ts'],
		list(n(3), () => {
			const v = random.pick(viewers);
			return [
				v.name,
				'WEB',
				random.pick(['browseTitles', 'search', 'account']),
				'https://www.netflix.com/browse',
				'https://www.netflix.com/title/80000000',
				`${formatStart(at())}.000+0000`,
			];
		}),
	);
	if (layout === '2025') for (const [path, text] of restOfTables(random, viewers, {owner, surname, at, someTitle, esn, devices, ip}, layout)) tables.set(path, text);
	return tables;
}

/**
 * Rows of Ratings, MyList and SearchHistory about the first profile's first show (and about a show
 * nobody watched), dated from its viewing, so the answers they give are known: rated two thumbs up,
 * searched two hours before the first viewing, on My List and started; a title searched and listed but
 * never watched. No randomness: the random rows before them stay the same.
 */
function knownAnswers(viewers: Viewer[], real: ViewingRow[]): {ratings: string[][]; myList: string[][]; searches: string[][]} {
	const profile = viewers[0]!;
	const own = real.filter(r => r.profile === profile.name).sort((a, b) => a.start - b.start);
	const first = own[0];
	const show = first?.title.split(/\u00a0?: /)[0];
	if (!first || !show) return {ratings: [], myList: [], searches: []};
	const lastOfShow = own.filter(r => r.title.split(/\u00a0?: /)[0] === show).at(-1)!;
	const device = profile.devices[0] ?? 'Chrome PC (Cadmium)';
	const country = profile.country.slice(0, 2);
	const never = 'The Unwatched Example';
	const searched = first.start - 2 * 3_600_000;
	return {
		ratings: [[profile.name, show, 'thumb', '', '3', device, formatStart(lastOfShow.start + 3_600_000), day(lastOfShow.start)]],
		myList: [
			[profile.name, show, country, day(first.start - 10 * DAY)],
			[profile.name, never, country, day(first.start - 30 * DAY)],
		],
		searches: [
			[profile.name, country, device, '0', show.slice(0, 4).toLowerCase(), show, 'play', 'search', `${formatStart(searched)}.000+0000`],
			[profile.name, country, device, '0', 'unwatch', never, 'typed', 'search', `${formatStart(searched - DAY)}.000+0000`],
		],
	};
}

/** What the remaining tables are made from. */
interface Makings {
	owner: string;
	surname: string;
	at: () => number;
	someTitle: () => string;
	esn: (device: string) => string;
	devices: string[];
	ip: () => string;
}

/**
 * The other tables of the 2025 sample, a few rows each, with fake personal values (example.com, 555
 * numbers, documentation IP addresses, the test card 4242, a made-up street). CSContact stays Netflix's
 * empty placeholder (`No data found`): the sample shows that case too.
 */
function restOfTables(random: Random, viewers: Viewer[], m: Makings, layout: ExportLayout): Map<string, string> {
	const tables = new Map<string, string>();
	const add = (path: string, header: string[], body: string[][]) => tables.set(path, csvTable(header, body, layout));
	const email = `${m.owner.toLowerCase()}@example.com`;
	const ts = () => `${formatStart(m.at())}.000+0000`;
	add(
		'ACCOUNT/TermsOfUse.csv',
		['Tou Accepted Date', 'Tou Version'],
		[
			[day(m.at()), '2021-06'],
			[day(m.at()), '2023-11'],
		],
	);
	add(
		'ACCOUNT/AccessAndDevices.csv',
		['Profile Name', 'Device Type', 'Device Description', 'Ip Address', 'Country', 'Access Granted Ts'],
		m.devices.slice(0, 3).map(d => [random.pick(viewers).name, 'TV', d, m.ip(), viewers[0]!.country.slice(0, 2), ts()]),
	);
	add(
		'ACCOUNT/ExtraMembers.csv',
		['Extra Member Name', 'Email Address', 'Phone Number', 'Billing Address', 'Postal Code', 'Added Ts', 'Status'],
		[['Riley Member', 'riley.member@example.com', '+1 (555) 010-0199', '12 Example Street, Springfield', '99999', ts(), 'ACTIVE']],
	);
	add(
		'PROFILES/AvatarHistory.csv',
		['Profile Name', 'Char Name', 'Country Iso Code', 'Event Utc Ts'],
		viewers.map(v => [v.name, random.pick(['Red Panda', 'Robot', 'Blue Fox']), v.country.slice(0, 2), ts()]),
	);
	add(
		'PROFILES/ParentalControlsRestrictedTitles.csv',
		['Profile Name', 'Restricted Title Name', 'Restriction Ts'],
		viewers.filter(v => /kid/i.test(v.name)).map(v => [v.name, m.someTitle(), ts()]),
	);
	add(
		'CONTENT_INTERACTION/IndicatedPreferences.csv',
		['Profile Name', 'Show', 'Has Watched', 'Is Interested', 'Event Date'],
		viewers.slice(0, 3).map(v => [v.name, m.someTitle(), 'false', 'true', day(m.at())]),
	);
	add(
		'CONTENT_INTERACTION/InteractiveTitles.csv',
		['Profile Name', 'Title Desc', 'Selection Type', 'Choice Segment', 'Has Watched', 'Source', 'Utc Timestamp'],
		[
			[viewers[0]!.name, 'Black Mirror: Bandersnatch', 'user', 'Frosties', 'true', 'WEB', ts()],
			[viewers[0]!.name, 'Black Mirror: Bandersnatch', 'user', 'Thompson Twins', 'true', 'WEB', ts()],
		],
	);
	add(
		'IP_ADDRESSES/IpAddressesAccountCreation.csv',
		['Country', 'Ip', 'Region Code Display Name', 'Ts'],
		[[viewers[0]!.country.slice(0, 2), '192.0.2.44', 'Example Region', ts()]],
	);
	add(
		'CUSTOMER_SERVICE/ChatTranscripts.csv',
		['Chat Ts', 'Sender', 'Message'],
		[
			[ts(), 'member', `Hi, this is ${m.owner} ${m.surname}. Please write to ${email} or call +1 555 0100.`],
			[ts(), 'agent', 'Thanks! I see a sign-in from 203.0.113.77 and one from 2001:db8:85a3::8a2e:370:7334; was that you?'],
			[ts(), 'member', 'Yes. My card ends 4242; the bill goes to 12 Example Street.'],
		],
	);
	add(
		'SURVEYS/ProductCancellationSurvey.csv',
		['Survey Ts', 'Question', 'Answer'],
		[
			[ts(), 'Why are you leaving?', 'Taking a break'],
			[ts(), 'Anything else?', `Contact me at ${email}`],
		],
	);
	add(
		'SOCIAL_MEDIA_CONNECTIONS/SocialMediaConnections.csv',
		['Profile Name', 'Social Network', 'Social Account Name', 'Email Address', 'Connected Ts'],
		[[viewers[0]!.name, 'EXAMPLE_NETWORK', `${m.owner} ${m.surname}`, email, ts()]],
	);
	return tables;
}

// ---------------------------------------------------------------- the export

/** Folder names as the older exports spell them (mixed case); the 2025 export uses the upper-case names. */
export const LEGACY_FOLDERS: Record<string, string> = {
	ACCOUNT: 'ACCOUNT',
	PROFILES: 'Profiles',
	PAYMENT_AND_BILLING: 'Payment_And_Billing',
	CONTENT_INTERACTION: 'Content_Interaction',
	IP_ADDRESSES: 'IP_ADDRESSES',
	DEVICES: 'Devices',
	MESSAGES: 'MESSAGES',
	GAMES: 'GAMES',
	CLICKSTREAM: 'Clickstream',
	CUSTOMER_SERVICE: 'Customer_Service',
};

/** Placeholder text for an empty table, by layout (`<Name>.txt`). */
export const EMPTY_TABLE_TEXT: Record<ExportLayout, string> = {
	'2025': 'No data found',
	legacy: 'We found no information for this table.',
};

/** A few bytes that open as a PDF; the real export's cover sheets are localized and not read by netflix-tui. */
export function placeholderPdf(text: string): Buffer {
	return Buffer.from(`%PDF-1.4\n% ${text} (synthetic placeholder)\n%%EOF\n`, 'latin1');
}
