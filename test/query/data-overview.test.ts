import {tableFromRows} from '../../source/export/viewing-table.js';
import {fileURLToPath} from 'node:url';
import {beforeAll, describe, expect, it} from 'vitest';
import {detectLayout} from '../../source/export/layout.js';
import type {LoadedExport} from '../../source/load/load-export.js';
import {openExport, type ExportView} from '../../source/load/open-export.js';
import {buildLibrary} from '../../source/model/library.js';
import type {ExportFile} from '../../source/export/source.js';
import {scanTable, type TableReader} from '../../source/export/scan-table.js';
import {dataOverview, type DataOverview, type TableOverview} from '../../source/query/data-overview.js';
import {knownTables, tableInfo} from '../../source/query/table-catalog.js';
import {highlightText} from '../../source/text/knows-text.js';

const SAMPLE = fileURLToPath(new URL('../../fixtures/sample/netflix-report.zip', import.meta.url));
const LEGACY = fileURLToPath(new URL('../../fixtures/legacy-export.zip', import.meta.url));

/** An export made of these files (path → text), held in memory, counting how often each file is read. */
function inMemory(files: Record<string, string>): {view: ExportView; reads: Map<string, number>} {
	const reads = new Map<string, number>();
	const entries: ExportFile[] = Object.entries(files).map(([path, text]) => ({
		path,
		size: Buffer.byteLength(text),
		read: () => {
			reads.set(path, (reads.get(path) ?? 0) + 1);
			return Buffer.from(text, 'utf8');
		},
	}));
	const layout = detectLayout({kind: 'folder', location: '/in-memory', files: entries});
	const loaded: LoadedExport = {
		sourceKind: 'folder',
		location: '/in-memory',
		format: 'full export',
		layout,
		viewingFile: '',
		headerVersion: '2025',
		dateOrder: null,
		datesOnly: false,
		table: tableFromRows([]),
		workers: {rows: false, titles: false},
		header: [],
		rows: [],
		titles: [],
		skipped: {},
		warnings: [],
	};
	return {view: {loaded, library: buildLibrary(loaded.table)}, reads};
}

function table(o: DataOverview, name: string): TableOverview {
	const found = o.categories.flatMap(c => c.tables).find(t => t.name === name);
	if (!found) throw new Error(`no table ${name} in ${o.categories.flatMap(c => c.tables.map(t => t.name)).join(', ')}`);
	return found;
}

const value = (t: TableOverview, label: string) => t.highlights.find(h => h.label === label)?.value;

describe('dataOverview on the sample export', () => {
	let loaded: LoadedExport;
	let view: ExportView;
	let o: DataOverview;
	beforeAll(async () => {
		view = await openExport(SAMPLE);
		loaded = view.loaded;
		o = dataOverview(view, scanTable);
	});

	it('groups the tables by Netflix’s categories, in Netflix’s order', () => {
		expect(o.categories.map(c => c.id)).toEqual([
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
		]);
		expect(o.categories.find(c => c.id === 'IP_ADDRESSES')!.tables.map(t => t.name)).toEqual(['IpAddressesLogin', 'IpAddressesStreaming', 'IpAddressesAccountCreation']);
		// The viewing history comes first in its category.
		expect(o.categories.find(c => c.id === 'CONTENT_INTERACTION')!.tables[0]!.name).toBe('ViewingActivity');
		expect(o.totals).toEqual({tables: 27, withData: 26, empty: 1, rows: o.categories.flatMap(c => c.tables).reduce((n, t) => n + t.rows, 0)});
		expect(o.otherFiles.map(f => f.split('/').at(-1)).sort()).toEqual(['Additional Information.pdf', 'Cover sheet.pdf']);
	});

	it('describes sign-ins and counts their IP addresses, countries and devices', () => {
		const login = table(o, 'IpAddressesLogin');
		expect(login.title).toBe('IP addresses: sign-ins');
		expect(login.description).toBe('every sign-in: IP address, device, place and time');
		expect(login.rows).toBe(6);
		expect(login.columns).toEqual(['Esn', 'Country', 'Device Description', 'Ip', 'Region Code Display Name', 'Ts']);
		expect(value(login, 'IP addresses')).toBe(6);
		expect(value(login, 'countries')).toBe('1 (US)');
		expect(login.dateRange).toEqual({first: '2022-11-17T11:10:29.000Z', last: '2025-10-31T15:03:58.000Z', columns: ['Ts']});
		// The streaming table writes its times in another style (`… 00:21:12.000+0000`).
		expect(table(o, 'IpAddressesStreaming').dateRange?.last).toBe('2025-10-16T07:07:14.000Z');
	});

	it('counts 48 charges in 192 billing rows, not 192, and shows only the card’s last four digits', () => {
		const billing = table(o, 'BillingHistory');
		expect(billing.rows).toBe(192);
		expect(value(billing, 'charges')).toBe(48);
		// 12 months at 15.49 and 36 at 22.99: each charge once, not its four rows.
		expect(value(billing, 'paid in total')).toBe('1,013.52 USD');
		expect(value(billing, 'card')).toBe('…4242');
	});

	it('marks the empty placeholder as empty, with no rows and no columns', () => {
		const cs = table(o, 'CSContact');
		expect(cs).toMatchObject({empty: true, rows: 0, columns: [], dateRange: null, highlights: []});
		expect(cs.path).toMatch(/CUSTOMER_SERVICE\/CSContact\.txt$/);
	});

	it('takes the viewing history’s numbers from the rows already loaded', () => {
		const viewing = table(o, 'ViewingActivity');
		const skipped = Object.values(loaded.skipped).reduce((n, k) => n + k, 0);
		expect(viewing.rows).toBe(loaded.rows.length + skipped);
		expect(viewing.rows).toBeGreaterThan(2000);
		expect(viewing.columns).toContain('Start Time');
		const starts = loaded.rows.map(r => r.start);
		expect(viewing.dateRange?.first).toBe(new Date(Math.min(...starts)).toISOString());
		expect(viewing.dateRange?.last).toBe(new Date(Math.max(...starts)).toISOString());
		expect(String(value(viewing, 'profiles'))).toMatch(/^4 \(/);
		expect(String(value(viewing, 'profiles'))).toContain('"Mom, Dad"');
	});

	it('counts thumbs, messages clicked, devices and their first and last use', () => {
		expect(value(table(o, 'Ratings'), 'thumbs up')).toBe(3);
		expect(value(table(o, 'Ratings'), 'thumbs down')).toBe(3);
		const messages = table(o, 'MessagesSentByNetflix');
		expect(value(messages, 'messages sent')).toBe(9);
		expect(value(messages, 'clicked')).toBe(1);
		const devices = table(o, 'Devices');
		expect(value(devices, 'devices')).toBe(7);
		expect(value(devices, 'first used')).toBe('2022-01-01');
		expect(value(devices, 'last used')).toBe('2025-12-30');
		// 8 random titles, and the sample's first profile's first show and a title nobody watched (scripts/generator).
		expect(value(table(o, 'MyList'), 'titles')).toBe(10);
	});

	it('masks the owner’s name, email and phone in the highlights, and shows them when revealed', () => {
		const account = table(o, 'AccountDetails');
		expect(o.masked).toBe(true);
		expect(account.highlights).toEqual([
			{label: 'name', value: 'S••• Q•••'},
			{label: 'email', value: 's•••@example.com'},
			{label: 'phone', value: '+• ••• ••00'},
			{label: 'country', value: 'US'},
		]);
		const revealed = dataOverview(view, scanTable, {reveal: true});
		expect(revealed.masked).toBe(false);
		expect(
			table(revealed, 'AccountDetails')
				.highlights.slice(0, 3)
				.map(h => h.value),
		).toEqual(['Sasha Quinnell', 'sasha@example.com', '+1 555 0100']);
	});

	it('is plain JSON (ISO times, no Maps or Dates)', () => {
		expect(JSON.parse(JSON.stringify(o))).toEqual(o);
	});

	it('reads the older layout’s mixed-case folders into the same categories', async () => {
		const legacy = dataOverview(await openExport(LEGACY), scanTable);
		const ids = legacy.categories.map(c => c.id);
		expect(ids).toContain('CONTENT_INTERACTION');
		expect(ids).toContain('SOCIAL_MEDIA_CONNECTIONS');
		expect(ids).not.toContain('other');
		expect(legacy.totals.empty).toBe(5);
	});
});

describe('dataOverview on small tables', () => {
	it('finds the date range across every timestamp style the export uses, ignoring "none" values', () => {
		const {view} = inMemory({
			'X/GAMES/GamePlaySession.csv': [
				'Profile Name,Session Start Utc Ts,Duration',
				'A,2022-04-28T16:34:20Z,60',
				'A,2022-04-28 16:39:35.835+0000,60',
				'A,2024-03-07T21:24:41.432,60',
				'A,2022-04-28 16:39,60',
				'A,20240420,60',
				'A,2022-12-28,60',
				'A,2021-01-01 02:00:00.000+0200,60',
				'A,1970-01-01T00:00:00.000,60',
				'A,-1,60',
				'A,NULL,60',
				'A,,60',
			].join('\n'),
		});
		const games = table(dataOverview(view, scanTable), 'GamePlaySession');
		expect(games.rows).toBe(11);
		// +0200 is two hours ahead of UTC; 20240420 is the latest; Duration is not a time column.
		expect(games.dateRange).toEqual({first: '2021-01-01T00:00:00.000Z', last: '2024-04-20T00:00:00.000Z', columns: ['Session Start Utc Ts']});
		expect(games.highlights.find(h => h.label === 'time played')).toEqual({label: 'time played', value: 660, unit: 'seconds'});
		expect(highlightText(games.highlights.find(h => h.label === 'time played')!)).toBe('time played: 11 min');
	});

	it('counts charges once across their rows and says which were never approved', () => {
		const header = 'Transaction Date,Service Period Start Date,Description,Mop Last 4,Gross Sale Amt,Currency,Pmt Txn Type,Pmt Status';
		const charge = (date: string, statuses: string[]) => [
			`${date},${date},Standard,4111111111111111,10.99,EUR,SUBSCRIPTION,`,
			...statuses.map(s => `${date},${date},Standard,4111111111111111,10.99,EUR,payment_transaction,${s}`),
		];
		const {view} = inMemory({
			'PAYMENT_AND_BILLING/BillingHistory.csv': [
				header,
				...charge('2024-01-05', ['NEW', 'PENDING', 'APPROVED']),
				...charge('2024-02-05', ['NEW', 'PENDING', 'APPROVED']),
				...charge('2024-03-05', ['NEW', 'DECLINED']),
			].join('\n'),
		});
		const billing = table(dataOverview(view, scanTable), 'BillingHistory');
		expect(billing.rows).toBe(11);
		expect(value(billing, 'charges')).toBe(3);
		expect(value(billing, 'paid in total')).toBe('21.98 EUR');
		expect(value(billing, 'not approved')).toBe(1);
		// A column holding a whole card number still shows only its last four digits.
		expect(value(billing, 'card')).toBe('…1111');
		expect(JSON.stringify(billing)).not.toContain('411111111111');
	});

	it('lists empty placeholders, unknown tables and tables outside their folder', () => {
		const {view} = inMemory({
			'R/CUSTOMER_SERVICE/ChatTranscripts.txt': 'We found no information for this table.',
			'R/SURVEYS/ProductCancellationSurvey.txt': 'No data found',
			'R/NEW_THINGS/FutureTable.csv': 'Alpha,Beta,Event Date\n1,2,2023-05-06\n3,4,2023-07-08\n',
			'Devices.csv': 'Esn,Device Type\nE1,TV\nE2,Phone\nE2,Phone\n',
		});
		const o = dataOverview(view, scanTable);
		expect(o.categories.map(c => c.id)).toEqual(['DEVICES', 'CUSTOMER_SERVICE', 'SURVEYS', 'other']);
		expect(table(o, 'ChatTranscripts')).toMatchObject({empty: true, rows: 0});
		expect(table(o, 'ProductCancellationSurvey').empty).toBe(true);
		const future = table(o, 'FutureTable');
		expect(future).toMatchObject({title: 'FutureTable', rows: 2, columns: ['Alpha', 'Beta', 'Event Date'], highlights: []});
		expect(future.description).toContain('does not know');
		expect(future.dateRange?.last).toBe('2023-07-08T00:00:00.000Z');
		expect(value(table(o, 'Devices'), 'devices')).toBe(2);
		expect(o.totals).toEqual({tables: 4, withData: 2, empty: 2, rows: 5});
	});

	it('maps columns by name in any case and order, and leaves out highlights whose columns are missing', () => {
		const {view} = inMemory({
			'IP_ADDRESSES/IpAddressesLogin.csv': '"TS","ip","COUNTRY"\n"2024-01-01T00:00:00Z","203.0.113.1","DE"\n"2024-01-02T00:00:00Z","203.0.113.1","FR"\n',
		});
		const login = table(dataOverview(view, scanTable), 'IpAddressesLogin');
		expect(login.highlights).toEqual([
			{label: 'IP addresses', value: 1},
			{label: 'countries', value: '2 (DE, FR)'},
		]);
		expect(login.dateRange?.columns).toEqual(['TS']);
	});

	it('computes highlights from the first rows only past the cap, and says so, while counting every row', () => {
		const rows = Array.from({length: 5}, (_, i) => `P${i},www,2024-01-0${i + 1} 10:00:00.000+0000`);
		const {view} = inMemory({'CLICKSTREAM/Clickstream.csv': ['Profile Name,Source,Click Utc Ts', ...rows].join('\n')});
		const click = table(dataOverview(view, scanTable, {rowCap: 2}), 'Clickstream');
		expect(click).toMatchObject({rows: 5, capped: true, highlightRows: 2});
		expect(value(click, 'profiles')).toBe('2 (P0, P1)');
		expect(click.dateRange?.last).toBe('2024-01-05T10:00:00.000Z');
	});

	it('reads each table once and never reads an empty placeholder', () => {
		const {view, reads} = inMemory({
			'MESSAGES/MessagesSentByNetflix.csv':
				'Profile Name,Sent Utc Ts,Message Name,Channel,Click Cnt,Click Utc Ts\nA,2024-01-01T00:00:00Z,X,EMAIL,2,\nA,2024-01-02T00:00:00Z,X,PUSH,,2024-01-02T01:00:00Z\nA,2024-01-03T00:00:00Z,Y,PUSH,,\n',
			'GAMES/GamePlaySession.txt': 'No data found',
		});
		const messages = table(dataOverview(view, scanTable), 'MessagesSentByNetflix');
		expect(reads.get('MESSAGES/MessagesSentByNetflix.csv')).toBe(1);
		expect(reads.has('GAMES/GamePlaySession.txt')).toBe(false);
		expect(value(messages, 'clicked')).toBe(2);
		expect(value(messages, 'by channel')).toBe('PUSH 2, EMAIL 1');
		// Click times are not when messages were sent, but they are times Netflix holds: the range covers both.
		expect(messages.dateRange?.last).toBe('2024-01-03T00:00:00.000Z');
	});

	it('reads no file itself: it describes what the reader it is given hands it', () => {
		const {view, reads} = inMemory({'PROFILES/Profiles.csv': 'Profile Name,Maturity Level\nA,ADULTS\n'});
		// A stand-in reader: two kids profiles that are in no file.
		const rows = [
			['Profile Name', 'Maturity Level'],
			['K1', 'KIDS'],
			['K2', 'KIDS'],
		];
		const standIn: TableReader = (_table, start) => {
			const onRow = start(rows[0]!);
			rows.slice(1).forEach((row, index) => onRow(i => row[i] ?? '', index));
			return {header: rows[0]!, rows: rows.length - 1, problem: null};
		};
		const profiles = table(dataOverview(view, standIn), 'Profiles');
		expect(reads.size).toBe(0);
		expect(profiles.rows).toBe(2);
		expect(value(profiles, 'kids profiles')).toBe(2);
	});

	it('reports a file it cannot read and goes on with the others', () => {
		const {view} = inMemory({
			'SURVEYS/ProductCancellationSurvey.csv': 'Question,Answer\n"Why,too expensive\n',
			'PROFILES/Profiles.csv': 'Profile Name,Maturity Level\nA,ADULTS\nB,KIDS\n',
		});
		const o = dataOverview(view, scanTable);
		expect(table(o, 'ProductCancellationSurvey').problem).toMatch(/line 2: a quoted field is never closed/);
		expect(value(table(o, 'Profiles'), 'kids profiles')).toBe(1);
	});
});

describe('the table catalog', () => {
	it('describes every known table in one line at 80 columns (76 characters after the indent)', () => {
		expect(knownTables().length).toBeGreaterThanOrEqual(29);
		for (const name of knownTables()) expect(tableInfo(name)!.description.length, name).toBeLessThanOrEqual(76);
		expect(tableInfo('IPADDRESSESLOGIN')?.category).toBe('IP_ADDRESSES');
		expect(tableInfo('NoSuchTable')).toBeNull();
	});
});
