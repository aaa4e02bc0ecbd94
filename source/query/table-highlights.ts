/**
 * The few numbers a person wants from each table ("12 IP addresses from 2 countries"), computed from
 * columns found by header name, case-insensitively. Any column may be missing: a highlight whose
 * columns are absent is left out, never guessed.
 */
import type {FieldReader} from '../export/scan-table.js';
import {parseAnyTimestamp} from '../export/time.js';

/** One fact about a table: `IP addresses: 12`. */
export interface Highlight {
	label: string;
	value: string | number;
	/** `seconds`: the value is an amount of time, written for people by text/format's hoursMinutes. */
	unit?: 'seconds';
}

/** A column of the table being read: its trimmed text in the current row ('' when empty). */
type Column = (field: FieldReader) => string;

/** Finds columns by header name. */
export interface Columns {
	/** The first of these names present in the header (case-insensitive), or null. */
	find(...names: string[]): Column | null;
}

/** Sees each row (up to the cap) and then says what it found. */
export interface HighlightCollector {
	add(field: FieldReader): void;
	result(): Highlight[];
}

/** Columns of a header, looked up case-insensitively. */
export function columnsOf(header: readonly string[]): Columns {
	const at = new Map<string, number>();
	header.forEach((name, i) => {
		const key = name.trim().toLowerCase();
		if (!at.has(key)) at.set(key, i);
	});
	return {
		find(...names) {
			for (const name of names) {
				const i = at.get(name.toLowerCase());
				if (i !== undefined) return field => field(i).trim();
			}
			return null;
		},
	};
}

/** Distinct non-empty values of a column, with how often each occurs. */
class Tally {
	readonly counts = new Map<string, number>();
	constructor(private readonly column: Column | null) {}
	add(field: FieldReader): void {
		if (!this.column) return;
		const value = this.column(field);
		if (value !== '') this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
	}
	get present(): boolean {
		return this.column !== null;
	}
	get size(): number {
		return this.counts.size;
	}
	/** The most frequent value and its count. */
	top(): [string, number] | null {
		let best: [string, number] | null = null;
		for (const entry of this.counts) if (!best || entry[1] > best[1]) best = entry;
		return best;
	}
	/** `US, DE, FR` for a short list (a name holding a comma quoted: `"Mom, Dad"`), or null when longer than `max`. */
	list(max: number): string | null {
		if (this.counts.size === 0 || this.counts.size > max) return null;
		return [...this.counts.keys()].map(v => (v.includes(',') ? `"${v}"` : v)).join(', ');
	}
}

/** `3 (US, DE, FR)`, or just the count when the list is long. */
function distinct(label: string, tally: Tally, listUpTo = 0): Highlight | null {
	if (!tally.present) return null;
	const list = listUpTo > 0 ? tally.list(listUpTo) : null;
	return {label, value: list ? `${tally.size} (${list})` : tally.size};
}

const keep = (items: Array<Highlight | null>): Highlight[] => items.filter((h): h is Highlight => h !== null).slice(0, 4);

const day = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString().slice(0, 10));

/** Earliest and latest time seen in a column. */
class Span {
	first: number | null = null;
	last: number | null = null;
	constructor(private readonly column: Column | null) {}
	add(field: FieldReader): void {
		if (!this.column) return;
		const ms = parseAnyTimestamp(this.column(field));
		if (ms === null) return;
		if (this.first === null || ms < this.first) this.first = ms;
		if (this.last === null || ms > this.last) this.last = ms;
	}
}

/** Collector from per-row tallies and a result function. */
function collect(parts: ReadonlyArray<{add(field: FieldReader): void}>, result: () => Array<Highlight | null>): HighlightCollector {
	return {add: field => parts.forEach(p => p.add(field)), result: () => keep(result())};
}

/** Rows where `test` holds for a column. */
class Count {
	n = 0;
	constructor(
		readonly column: Column | null,
		private readonly test: (value: string) => boolean,
	) {}
	add(field: FieldReader): void {
		if (this.column && this.test(this.column(field))) this.n++;
	}
	highlight(label: string, showZero = true): Highlight | null {
		return this.column && (showZero || this.n > 0) ? {label, value: this.n} : null;
	}
}

type Maker = (c: Columns) => HighlightCollector;

const profilesOnly: Maker = c => {
	const profiles = new Tally(c.find('Profile Name'));
	return collect([profiles], () => [distinct('profiles', profiles, 4)]);
};

const ipTable: Maker = c => {
	const ips = new Tally(c.find('Ip', 'Ip Address', 'IP Address', 'Ip Addr'));
	const countries = new Tally(c.find('Country', 'Country Iso Code'));
	const devices = new Tally(c.find('Esn', 'Device Description', 'Localized Device Description'));
	const regions = new Tally(c.find('Region Code Display Name', 'Region'));
	return collect([ips, countries, devices, regions], () => [
		distinct('IP addresses', ips),
		distinct('countries', countries, 5),
		distinct('devices', devices),
		distinct('regions', regions, 3),
	]);
};

/**
 * One charge spans several rows (a SUBSCRIPTION row, then payment_transaction NEW / PENDING / APPROVED,
 * format reference §7), so charges are counted by what the rows share (date, period, plan, amount,
 * currency, card), never by row. A charge counts as paid when one of its rows is APPROVED or SETTLED
 * (when the file has those columns at all).
 */
const billing: Maker = c => {
	const parts = [
		c.find('Transaction Date'),
		c.find('Service Period Start Date'),
		c.find('Description'),
		c.find('Gross Sale Amt', 'Item Price Amt'),
		c.find('Currency'),
		c.find('Mop Last 4'),
	];
	const amount = c.find('Gross Sale Amt', 'Item Price Amt');
	const currency = c.find('Currency');
	const status = c.find('Pmt Status');
	const result = c.find('Final Invoice Result');
	const card = c.find('Mop Last 4');
	const charges = new Map<string, {cents: number | null; currency: string; paid: boolean}>();
	const cards = new Set<string>();
	const plans = new Tally(c.find('Description'));
	return {
		add(field) {
			plans.add(field);
			const key = parts.map(p => (p ? p(field) : '')).join('\u0000');
			const charge = charges.get(key) ?? {cents: amount ? cents(amount(field)) : null, currency: currency ? currency(field) : '', paid: false};
			if (/^APPROVED$/i.test(status?.(field) ?? '') || /^SETTLED$/i.test(result?.(field) ?? '')) charge.paid = true;
			charges.set(key, charge);
			// Only the last four digits, whatever the column holds (a re-saved file could hold more).
			const digits = card ? card(field).replace(/\D/g, '') : '';
			if (digits !== '') cards.add(`…${digits.slice(-4)}`);
		},
		result() {
			const checked = status !== null || result !== null;
			const counted = [...charges.values()].filter(ch => !checked || ch.paid);
			const totals = new Map<string, number>();
			for (const ch of counted) if (ch.cents !== null) totals.set(ch.currency, (totals.get(ch.currency) ?? 0) + ch.cents);
			const money = (n: number) => (n / 100).toLocaleString('en-US', {minimumFractionDigits: 2, maximumFractionDigits: 2});
			const paid = [...totals].map(([cur, n]) => `${money(n)}${cur ? ` ${cur}` : ''}`).join(' + ');
			const unpaid = charges.size - counted.length;
			return keep([
				{label: 'charges', value: charges.size},
				paid ? {label: checked ? 'paid in total' : 'charged in total', value: paid} : null,
				cards.size > 0 ? {label: cards.size === 1 ? 'card' : 'cards', value: [...cards].join(', ')} : null,
				unpaid > 0 ? {label: 'not approved', value: unpaid} : distinct('plans', plans, 3),
			]);
		},
	};
};

/** `15.49` or `15,49` to cents; null when not an amount. */
function cents(text: string): number | null {
	const t = /^-?\d+,\d{1,2}$/.test(text) ? text.replace(',', '.') : text;
	if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
	return Math.round(Number(t) * 100);
}

const MAKERS: Record<string, Maker> = {
	accountdetails: c => {
		const columns = {
			name: [c.find('First Name'), c.find('Last Name')],
			email: c.find('Email Address', 'Email'),
			phone: c.find('Phone Number', 'Phone'),
			country: c.find('Country Of Registration', 'Country Of Signup', 'Country'),
		};
		const seen: Record<string, string> = {};
		const first = (key: string, value: string) => {
			if (value !== '' && seen[key] === undefined) seen[key] = value;
		};
		return {
			add(field) {
				first(
					'name',
					columns.name
						.map(col => (col ? col(field) : ''))
						.filter(Boolean)
						.join(' '),
				);
				if (columns.email) first('email', columns.email(field));
				if (columns.phone) first('phone', columns.phone(field));
				if (columns.country) first('country', columns.country(field));
			},
			result: () => keep(Object.entries(seen).map(([label, value]) => ({label, value}))),
		};
	},
	subscriptionhistory: c => {
		const changes = new Count(c.find('Plan Change Date'), v => parseAnyTimestamp(v) !== null);
		const closed = new Count(c.find('Subscription Closed Ts'), v => parseAnyTimestamp(v) !== null);
		const trial = new Count(c.find('Is Free Trial At Signup'), v => /^(true|1|yes)$/i.test(v));
		const when = c.find('Plan Change Date');
		const plan = c.find('Plan Change New Plan');
		const latest = {ms: Number.NEGATIVE_INFINITY, plan: ''};
		const newest = {
			add(f: FieldReader) {
				const ms = when ? parseAnyTimestamp(when(f)) : null;
				const name = plan ? plan(f) : '';
				if (ms !== null && name !== '' && ms > latest.ms) Object.assign(latest, {ms, plan: name});
			},
		};
		return collect([changes, closed, trial, newest], () => [
			changes.highlight('plan changes'),
			latest.plan ? {label: 'plan since last change', value: latest.plan} : null,
			closed.highlight('cancellations'),
			trial.column ? {label: 'free trial at sign-up', value: trial.n > 0 ? 'yes' : 'no'} : null,
		]);
	},
	profiles: c => {
		const names = new Tally(c.find('Profile Name'));
		const kids = new Count(c.find('Maturity Level'), v => /kid/i.test(v));
		const emails = new Count(c.find('Email Address'), v => v !== '');
		const locked = new Count(c.find('Profile Lock Enabled'), v => /^(true|1|yes)$/i.test(v));
		return collect([names, kids, emails, locked], () => [
			distinct('profiles', names, 5),
			kids.highlight('kids profiles'),
			emails.highlight('with their own email', false),
			locked.highlight('locked', false),
		]);
	},
	billinghistory: billing,
	viewingactivity: c => {
		const profiles = new Tally(c.find('Profile Name'));
		const titles = new Tally(c.find('Title'));
		const devices = new Tally(c.find('Device Type'));
		const countries = new Tally(c.find('Country'));
		return collect([profiles, titles, devices, countries], () => [
			distinct('profiles', profiles, 4),
			distinct('titles', titles),
			distinct('devices', devices),
			distinct('countries', countries, 3),
		]);
	},
	netflixviewinghistory: c => {
		const titles = new Tally(c.find('Title'));
		return collect([titles], () => [distinct('titles', titles)]);
	},
	ratings: c => {
		const thumbs = c.find('Thumbs Value');
		const up = new Count(thumbs, v => v === '2');
		const down = new Count(thumbs, v => v === '1');
		// 3 is undocumented; it appeared with "two thumbs up" (format reference §7).
		const love = new Count(thumbs, v => v === '3');
		const stars = new Count(c.find('Star Value'), v => /^[1-5]$/.test(v));
		return collect([up, down, love, stars], () => [
			up.highlight('thumbs up'),
			down.highlight('thumbs down'),
			love.highlight('two thumbs up', false),
			stars.highlight('star ratings', false),
		]);
	},
	mylist: c => {
		const titles = new Tally(c.find('Title Name'));
		const profiles = new Tally(c.find('Profile Name'));
		return collect([titles, profiles], () => [distinct('titles', titles), distinct('profiles', profiles, 4)]);
	},
	searchhistory: c => {
		const typed = c.find('Query Typed');
		const queries = new Tally(typed ? f => typed(f).toLowerCase() : null);
		const searches = new Count(typed, v => v !== '');
		const chosen = new Tally(c.find('Displayed Name'));
		return collect([queries, searches, chosen], () => {
			const top = queries.top();
			return [
				searches.highlight('searches'),
				distinct('different queries', queries),
				// A query typed once is not "most searched".
				top && top[1] > 1 ? {label: 'most searched', value: `"${top[0]}" (${top[1]}×)`} : null,
				distinct('titles shown', chosen),
			];
		});
	},
	playbackrelatedevents: c => {
		const titles = new Tally(c.find('Title Description'));
		const devices = new Tally(c.find('Device'));
		const profiles = new Tally(c.find('Profile Name'));
		return collect([titles, devices, profiles], () => [distinct('titles', titles), distinct('devices', devices), distinct('profiles', profiles, 4)]);
	},
	ipaddresseslogin: ipTable,
	ipaddressesstreaming: ipTable,
	ipaddressesaccountcreation: ipTable,
	ipaddresses: ipTable,
	devices: c => {
		const devices = new Tally(c.find('Esn', 'Device Type'));
		const types = new Tally(c.find('Device Type'));
		const deactivated = new Count(c.find('Deactivation Time'), v => parseAnyTimestamp(v) !== null);
		const first = new Span(c.find('Acct First Playback Date', 'Profile First Playback Date'));
		const last = new Span(c.find('Acct Last Playback Date', 'Profile Last Playback Date'));
		return collect([devices, types, deactivated, first, last], () => [
			distinct('devices', devices.present ? devices : types),
			deactivated.highlight('deactivated'),
			first.first !== null ? {label: 'first used', value: day(first.first)!} : null,
			last.last !== null ? {label: 'last used', value: day(last.last)!} : null,
		]);
	},
	messagessentbynetflix: c => {
		const sent = new Count(c.find('Sent Utc Ts', 'Message Name'), () => true);
		const count = c.find('Click Cnt');
		const when = c.find('Click Utc Ts');
		// Clicked: a click count above 0, or a click time.
		const click: Column | null = count || when ? f => (Number(count?.(f) || 0) > 0 || (when !== null && parseAnyTimestamp(when(f)) !== null) ? 'yes' : '') : null;
		const clicked = new Count(click, v => v === 'yes');
		const channels = new Tally(c.find('Channel'));
		const kinds = new Tally(c.find('Message Name'));
		return collect([sent, clicked, channels, kinds], () => {
			const top = kinds.top();
			return [
				sent.highlight('messages sent'),
				clicked.highlight('clicked'),
				channels.size > 0
					? {
							label: 'by channel',
							value: [...channels.counts]
								.sort((a, b) => b[1] - a[1])
								.map(([k, n]) => `${k} ${n}`)
								.join(', '),
						}
					: null,
				top ? {label: 'most sent', value: `${top[0]} (${top[1]}×)`} : null,
			];
		});
	},
	clickstream: c => {
		const profiles = new Tally(c.find('Profile Name'));
		const pages = new Tally(c.find('Webpage Url'));
		const sources = new Tally(c.find('Source'));
		return collect([profiles, pages, sources], () => [distinct('profiles', profiles, 4), distinct('pages', pages), distinct('sources', sources, 4)]);
	},
	gameplaysession: c => {
		const games = new Tally(c.find('Game Title'));
		const duration = c.find('Duration');
		const played = {seconds: 0, timed: false};
		const time = {
			// GamePlaySession Duration is in seconds (format reference §7).
			add(f: FieldReader) {
				const text = duration ? duration(f) : '';
				const s = Number(text);
				if (text !== '' && Number.isFinite(s) && s >= 0) Object.assign(played, {seconds: played.seconds + s, timed: true});
			},
		};
		return collect([games, time], () => [distinct('games', games, 3), played.timed ? {label: 'time played', value: played.seconds, unit: 'seconds'} : null]);
	},
};

/** The collector for a table, by name; tables without their own get the profiles count when they have one. */
export function highlightCollector(name: string, header: readonly string[]): HighlightCollector {
	const columns = columnsOf(header);
	return (MAKERS[name.toLowerCase()] ?? profilesOnly)(columns);
}
