import {describe, expect, it} from 'vitest';
import type {ExportTable} from '../../source/export/layout.js';
import {readTableRows, tableJson} from '../../source/query/table-rows.js';
import {columnKind, looksLikeCard, looksLikePhone, makeMasker, maskCard, maskEmail, maskIp, maskName, maskPhone, maskShapes} from '../../source/text/mask.js';

const OWNER = {first: 'Sasha', last: 'Quinnell'};

describe('masking one value', () => {
	it('keeps the first letter and the domain of an email address', () => {
		expect(maskEmail('sasha@example.com')).toBe('s•••@example.com');
		expect(maskEmail('riley.member@example.com')).toBe('r•••@example.com');
	});

	it('keeps only the last two digits of a phone number, and its layout', () => {
		expect(maskPhone('+1 555 0100')).toBe('+• ••• ••00');
		expect(maskPhone('+1 (555) 010-0199')).toBe('+• (•••) •••-••99');
	});

	it('keeps the network part of an IP address', () => {
		expect(maskIp('203.0.113.77')).toBe('203.0.113.•');
		expect(maskIp('2001:db8:85a3::8a2e:370:7334')).toBe('2001:db8:•');
	});

	it('keeps the last four card digits only, whatever the column holds', () => {
		expect(maskCard('4242')).toBe('…4242');
		expect(maskCard('4242 4242 4242 4242')).toBe('…4242');
		expect(maskCard('')).toBe('');
	});

	it('keeps a name’s initials', () => {
		expect(maskName('Sasha Quinnell')).toBe('S••• Q•••');
	});

	it('tells phone and card numbers from dates, times, counts and ids', () => {
		for (const phone of ['+1 555 0100', '(555) 010-0199', '+44 20 7946 0958', '555-010-0199']) expect(looksLikePhone(phone)).toBe(true);
		for (const other of ['2024-03-07', '20240420', '1234567', '15.49', '0:30:00', '2024-03-07 21:24:41', '12/31/21']) expect(looksLikePhone(other)).toBe(false);
		expect(looksLikeCard('4242 4242 4242 4242')).toBe(true);
		expect(looksLikeCard('4242 4242 4242 4241')).toBe(false);
	});

	it('finds emails, IP addresses and phone numbers inside free text, and leaves clocks and titles alone', () => {
		const text = 'Hi, write to sasha@example.com or call +1 555 0100; a sign-in from 203.0.113.77 and 2001:db8:85a3::8a2e:370:7334 at 12:30:00.';
		const masked = maskShapes(text);
		for (const secret of ['sasha@', '555 0100', '203.0.113.77', '8a2e:370:7334']) expect(masked).not.toContain(secret);
		expect(masked).toContain('s•••@example.com');
		expect(masked).toContain('203.0.113.•');
		expect(masked).toContain('12:30:00');
		expect(maskShapes('Dark: Staffel 2: Geister (Folge 3)')).toBe('Dark: Staffel 2: Geister (Folge 3)');
	});

	it('masks the owner’s name wherever it stands as a word, and only as a word', () => {
		const masker = makeMasker(OWNER);
		expect(masker.text('Hi, this is Sasha Quinnell.')).toBe('Hi, this is S••• Q•••.');
		expect(masker.text('sasha.quinnell')).toBe('s•••.q•••');
		expect(masker.text('Sashimi Night')).toBe('Sashimi Night');
	});

	it('shows everything as it is when revealed', () => {
		const masker = makeMasker(OWNER, true);
		expect(masker.masking).toBe(false);
		expect(masker.cell('Email Address', 'sasha@example.com')).toBe('sasha@example.com');
		expect(masker.text('Sasha at 203.0.113.77')).toBe('Sasha at 203.0.113.77');
	});

	it('knows columns by name, any case, and not a marketing choice for an email', () => {
		expect(columnKind('Email Address')).toBe('email');
		expect(columnKind('EMAIL')).toBe('email');
		expect(columnKind('Email Marketing Opt In')).toBeNull();
		expect(columnKind('Ip')).toBe('ip');
		expect(columnKind('Ip Address')).toBe('ip');
		expect(columnKind('Mop Last 4')).toBe('card');
		expect(columnKind('Billing Address')).toBe('address');
		expect(columnKind('Postal Code')).toBe('address');
		expect(columnKind('Profile Name')).toBeNull();
		expect(columnKind('Title Name')).toBeNull();
		expect(columnKind('Region Code Display Name')).toBeNull();
	});
});

/** A table made from CSV text, as the export reader hands it over. */
function table(name: string, csv: string): ExportTable {
	const bytes = Buffer.from(csv, 'utf8');
	return {name, category: '', empty: false, file: {path: `X/${name}.csv`, size: bytes.length, read: () => bytes}};
}

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * Every table that holds a personal value, with a row in its older column order. The 2025 export
 * reorders every file's columns and quotes every field (format reference §3): the tests also read
 * each table with its columns reversed and quoted.
 */
const TABLES: Array<{name: string; header: string[]; row: string[]; secrets: string[]; shown: string[]}> = [
	{
		name: 'AccountDetails',
		header: ['First Name', 'Last Name', 'Email Address', 'Phone Number', 'Country Of Registration', 'Email Marketing Opt In'],
		row: ['Sasha', 'Quinnell', 'sasha@example.com', '+1 555 0100', 'US', 'false'],
		secrets: ['Sasha', 'Quinnell', 'sasha@', '555 0100'],
		shown: ['S•••', 'Q•••', 's•••@example.com', '+• ••• ••00', 'US', 'false'],
	},
	{
		name: 'Profiles',
		header: ['Profile Name', 'Email Address', 'Maturity Level'],
		row: ['Alex', 'sasha@example.com', 'ADULTS'],
		secrets: ['sasha@'],
		shown: ['Alex', 's•••@example.com', 'ADULTS'],
	},
	{
		name: 'BillingHistory',
		header: ['Transaction Date', 'Description', 'Mop Last 4', 'Gross Sale Amt'],
		row: ['2024-01-01', 'Premium', '4242424242424242', '22.99'],
		secrets: ['4242424242424242'],
		shown: ['…4242', 'Premium', '22.99'],
	},
	{
		name: 'IpAddressesLogin',
		header: ['Esn', 'Country', 'Device Description', 'Ip', 'Region Code Display Name', 'Ts'],
		row: ['NFANDROID2-PRV-X', 'US', 'Apple iPhone 13', '203.0.113.77', 'Example Region', '2024-01-01T10:00:00Z'],
		secrets: ['203.0.113.77'],
		shown: ['203.0.113.•', 'Apple iPhone 13', 'Example Region'],
	},
	{
		name: 'IpAddressesStreaming',
		header: ['Esn', 'Country', 'Localized Device Description', 'Device Description', 'Ip Address', 'Region Code Display Name', 'Ts'],
		row: ['NFANDROID2-PRV-X', 'US', 'TV', 'TV', '2001:db8:85a3::8a2e:370:7334', 'Example Region', '2024-01-01 10:00:00.000+0000'],
		secrets: ['8a2e:370:7334'],
		shown: ['2001:db8:•'],
	},
	{
		name: 'IpAddressesAccountCreation',
		header: ['Country', 'Ip', 'Region Code Display Name', 'Ts'],
		row: ['US', '192.0.2.44', 'Example Region', '2021-06-15T00:00:00Z'],
		secrets: ['192.0.2.44'],
		shown: ['192.0.2.•'],
	},
	{
		name: 'AccessAndDevices',
		header: ['Profile Name', 'Device Type', 'Ip Address', 'Access Granted Ts'],
		row: ['Alex', 'TV', '198.51.100.9', '2024-01-01T00:00:00Z'],
		secrets: ['198.51.100.9'],
		shown: ['198.51.100.•'],
	},
	{
		name: 'ExtraMembers',
		header: ['Extra Member Name', 'Email Address', 'Phone Number', 'Billing Address', 'Postal Code', 'Status'],
		row: ['Riley Member', 'riley.member@example.com', '+1 (555) 010-0199', '12 Example Street, Springfield', '99999', 'ACTIVE'],
		secrets: ['Riley', 'riley.member@', '010-0199', 'Example Street', '99999'],
		shown: ['R••• M•••', 'r•••@example.com', '+• (•••) •••-••99', '•••', 'ACTIVE'],
	},
	{
		name: 'CSContact',
		header: ['Ticket Nbr', 'Contact Channel', 'Contact Phone Number', 'Contact Reason'],
		row: ['T-1001', 'PHONE', '+1 555 0100', 'Billing question'],
		secrets: ['555 0100'],
		shown: ['+• ••• ••00', 'T-1001', 'Billing question'],
	},
	{
		name: 'ChatTranscripts',
		header: ['Chat Ts', 'Sender', 'Message'],
		row: ['2024-01-01T00:00:00Z', 'member', 'Hi, this is Sasha Quinnell. Write to sasha@example.com or call +1 555 0100; I signed in from 203.0.113.77.'],
		secrets: ['Sasha', 'Quinnell', 'sasha@', '555 0100', '203.0.113.77'],
		shown: ['S••• Q•••', 's•••@example.com', '+• ••• ••00', '203.0.113.•'],
	},
	{
		name: 'ProductCancellationSurvey',
		header: ['Survey Ts', 'Question', 'Answer'],
		row: ['2024-01-01T00:00:00Z', 'Anything else?', 'Contact me at sasha@example.com'],
		secrets: ['sasha@'],
		shown: ['Contact me at s•••@example.com'],
	},
	{
		name: 'SocialMediaConnections',
		header: ['Profile Name', 'Social Network', 'Social Account Name', 'Email Address'],
		row: ['Alex', 'EXAMPLE_NETWORK', 'Sasha Quinnell', 'sasha@example.com'],
		secrets: ['Sasha', 'Quinnell', 'sasha@'],
		shown: ['S••• Q•••', 's•••@example.com'],
	},
	{
		name: 'SomeFutureTable',
		header: ['Foo', 'Bar', 'Baz'],
		row: ['reach me: sasha@example.com', '203.0.113.8', '4242 4242 4242 4242'],
		secrets: ['sasha@', '203.0.113.8', '4242 4242'],
		shown: ['s•••@example.com', '203.0.113.•', '…4242'],
	},
];

describe('masking every table that holds a personal value, in both header orders', () => {
	for (const t of TABLES) {
		const older = [t.header.join(','), t.row.map(v => (/[",]/.test(v) ? q(v) : v)).join(',')].join('\n') + '\n';
		const reordered = [[...t.header].reverse().map(q).join(','), [...t.row].reverse().map(q).join(',')].join('\r\n') + '\r\n';
		for (const [order, csv] of [
			['older', older],
			['2025', reordered],
		] as const) {
			it(`${t.name} (${order} order)`, () => {
				const rows = readTableRows(table(t.name, csv));
				const masked = JSON.stringify(tableJson(rows, makeMasker(OWNER), null).data);
				for (const secret of t.secrets) expect(masked).not.toContain(secret);
				for (const value of t.shown) expect(masked).toContain(value);
				// Revealed, every value is there as written.
				const revealed = tableJson(rows, makeMasker(OWNER, true), null).data[0]!;
				t.header.forEach((column, i) => expect(revealed[column]).toBe(t.row[i]));
			});
		}
	}
});
