/**
 * What each table of the export is, in plain words, grouped by the folders Netflix sorts them into
 * (format reference §2). A table not listed here still appears in the overview, with its counts.
 */

/** Netflix's own categories (the folder names of the export), then `other` for anything else. */
export const CATEGORY_IDS = [
	'ACCOUNT',
	'PROFILES',
	'PAYMENT_AND_BILLING',
	'CONTENT_INTERACTION',
	'IP_ADDRESSES',
	'DEVICES',
	'MESSAGES',
	'CLICKSTREAM',
	'CUSTOMER_SERVICE',
	'GAMES',
	'SURVEYS',
	'SOCIAL_MEDIA_CONNECTIONS',
	'other',
] as const;

/** One of CATEGORY_IDS. */
export type CategoryId = (typeof CATEGORY_IDS)[number];

/** A category's name and what it holds, for a person. */
export const CATEGORIES: Record<CategoryId, {title: string; about: string}> = {
	ACCOUNT: {title: 'Account', about: 'who owns the account, the plan, and the terms accepted'},
	PROFILES: {title: 'Profiles', about: 'the profiles and their settings'},
	PAYMENT_AND_BILLING: {title: 'Payment and billing', about: 'what was charged and how it was paid'},
	CONTENT_INTERACTION: {title: 'Content interaction', about: 'what was watched, rated, listed and searched'},
	IP_ADDRESSES: {title: 'IP addresses', about: 'where the account was used from'},
	DEVICES: {title: 'Devices', about: 'every device that played something'},
	MESSAGES: {title: 'Messages', about: 'what Netflix sent, and what was clicked'},
	CLICKSTREAM: {title: 'Clickstream', about: 'how the apps and the website were navigated'},
	CUSTOMER_SERVICE: {title: 'Customer service', about: 'contacts with Netflix support'},
	GAMES: {title: 'Games', about: 'games played'},
	SURVEYS: {title: 'Surveys', about: 'answers given to Netflix surveys'},
	SOCIAL_MEDIA_CONNECTIONS: {title: 'Social media connections', about: 'social accounts linked to Netflix'},
	other: {title: 'Other files', about: 'tables netflix-tui does not know, or files outside the category folders'},
};

/** What one known table is. */
export interface TableInfo {
	category: CategoryId;
	/** A short name for a person: `IP addresses: sign-ins`. */
	title: string;
	/** What the table records, in a few plain words (at most 76 characters: one line at 80 columns). */
	description: string;
	/**
	 * The columns its date range comes from, when not every time-like column should count
	 * (BillingHistory's service periods run into the future; AccountDetails has one date that matters).
	 */
	timeColumns?: readonly string[];
}

const T = (category: CategoryId, title: string, description: string, timeColumns?: readonly string[]): TableInfo => ({category, title, description, timeColumns});

/** Known tables by lower-cased name. */
const TABLES: Record<string, TableInfo> = {
	accountdetails: T('ACCOUNT', 'Account details', 'the owner: name, email, phone, country, sign-up date, marketing choices', ['Customer Creation Timestamp']),
	subscriptionhistory: T('ACCOUNT', 'Subscription history', 'when the membership started, plan changes and cancellations'),
	termsofuse: T('ACCOUNT', 'Terms of use', 'which terms of use were accepted, and when'),
	accessanddevices: T('ACCOUNT', 'Access and devices', 'devices and apps given access to the account, and when'),
	extramembers: T('ACCOUNT', 'Extra members', 'extra members added to the account (paid sharing)'),
	profiles: T('PROFILES', 'Profiles', 'each profile: name, email, maturity, language, autoplay, ad choices'),
	avatarhistory: T('PROFILES', 'Avatar history', 'every avatar each profile picked, and when'),
	parentalcontrolsrestrictedtitles: T('PROFILES', 'Parental controls', 'titles blocked for a profile by parental controls'),
	billinghistory: T('PAYMENT_AND_BILLING', 'Billing history', 'every charge: date, plan, amount, tax, card’s last 4 digits, status', ['Transaction Date']),
	viewingactivity: T('CONTENT_INTERACTION', 'Viewing activity', 'everything watched: title, profile, device, country, start and length', ['Start Time']),
	netflixviewinghistory: T('CONTENT_INTERACTION', 'Viewing history', 'titles watched and the day (the simple download of one profile)'),
	ratings: T('CONTENT_INTERACTION', 'Ratings', 'every thumbs up, thumbs down or star rating, with the device'),
	mylist: T('CONTENT_INTERACTION', 'My List', 'titles added to My List, and when'),
	searchhistory: T('CONTENT_INTERACTION', 'Search history', 'every search: what was typed, what was chosen, device and time'),
	indicatedpreferences: T('CONTENT_INTERACTION', 'Indicated preferences', 'titles picked as liked, such as when a profile was set up'),
	interactivetitles: T('CONTENT_INTERACTION', 'Interactive titles', 'choices made inside interactive titles (Bandersnatch and the like)'),
	playbackrelatedevents: T('CONTENT_INTERACTION', 'Playback events', 'play, pause and seek of recent playbacks, to the second (about a month)'),
	ipaddresseslogin: T('IP_ADDRESSES', 'IP addresses: sign-ins', 'every sign-in: IP address, device, place and time'),
	ipaddressesstreaming: T('IP_ADDRESSES', 'IP addresses: streaming', 'the IP address of each playback: device, place and time'),
	ipaddressesaccountcreation: T('IP_ADDRESSES', 'IP addresses: account creation', 'the IP address and place the account was created from'),
	ipaddresses: T('IP_ADDRESSES', 'IP addresses', 'IP addresses used: device, place and time (older exports: one file)'),
	devices: T('DEVICES', 'Devices', 'every device that played something: type, first and last use'),
	messagessentbynetflix: T('MESSAGES', 'Messages from Netflix', 'emails, push and in-app messages Netflix sent, and which were clicked'),
	clickstream: T('CLICKSTREAM', 'Clickstream', 'pages and screens visited in the apps and on the website, click by click'),
	cscontact: T('CUSTOMER_SERVICE', 'Customer service contacts', 'each contact with support: when, how and about what'),
	chattranscripts: T('CUSTOMER_SERVICE', 'Chat transcripts', 'chats with support, word for word'),
	gameplaysession: T('GAMES', 'Game sessions', 'each game session: game, platform, start and length'),
	productcancellationsurvey: T('SURVEYS', 'Cancellation survey', 'answers given when cancelling the membership'),
	socialmediaconnections: T('SOCIAL_MEDIA_CONNECTIONS', 'Social media connections', 'social media accounts connected to Netflix'),
};

/** Where a table comes in its category: the order of the catalog (the viewing history first), unknown last. */
export function tableOrder(name: string): number {
	const at = Object.keys(TABLES).indexOf(name.toLowerCase());
	return at === -1 ? Number.MAX_SAFE_INTEGER : at;
}

/** Every table netflix-tui knows, as Netflix spells the name in lower case. */
export function knownTables(): string[] {
	return Object.keys(TABLES);
}

/** What a table is, or null for a table netflix-tui does not know. */
export function tableInfo(name: string): TableInfo | null {
	return TABLES[name.toLowerCase()] ?? null;
}

/**
 * The category a table belongs to: its folder when that is one of Netflix's (any case: older exports
 * write `Content_Interaction`), else where the table is known to belong, else `other`.
 */
export function categoryOf(folder: string, name: string): CategoryId {
	const upper = folder.toUpperCase();
	const known = CATEGORY_IDS.find(c => c !== 'other' && c === upper);
	return known ?? tableInfo(name)?.category ?? 'other';
}
