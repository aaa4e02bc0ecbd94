/**
 * Personal values of the export, masked until the person asks to see them: email addresses, phone
 * numbers, IP addresses, card digits, postal addresses and the account owner's name. Pure: a `Masker`
 * is made from the owner's name (read from AccountDetails) and then masks cells by column and text by shape.
 *
 * Columns are recognised by header name, case-insensitively, so both header orders of a table (older
 * and the 2025 reordering, format reference §3) mask alike. Columns the rules do not name are masked by
 * the shape of their values (an email address or an IP address anywhere in the text, a whole value
 * shaped like a phone number or a card number).
 */

/** The kinds of personal value. */
export type PersonalKind = 'email' | 'phone' | 'ip' | 'card' | 'address' | 'name';

/** The character that stands for hidden characters. */
export const MASK = '•';

/** Column names that hold a personal value, by kind (lower case; the first rule that matches wins). */
const COLUMN_RULES: ReadonlyArray<[PersonalKind, RegExp]> = [
	['email', /^(?!.*\b(opt|marketing|consent|verified|status|pref\w*|sent|cnt|count|flag|is|has)\b).*\be-?mail\b/],
	['phone', /phone|mobile|\btel\b|telephone/],
	['ip', /^ip$|\bip[ _-]?(address|addr)?\b|ip_address/],
	['card', /last ?4|card|\bmop\b.*\b(number|digits)\b|\bpan\b/],
	['address', /\baddress\b|street|postal|post ?code|zip ?code|\bzip\b|\bcity\b|address line/],
	['name', /^(first|last|full|given|family|sur) ?name$|^name$|^account (owner|holder)( name)?$|^owner name$|member name$/],
];

const kinds = new Map<string, PersonalKind | null>();

/** The kind of personal value a column holds, from its header name, or null (remembered: asked once per cell). */
export function columnKind(column: string): PersonalKind | null {
	let kind = kinds.get(column);
	if (kind === undefined) {
		const name = column.trim().toLowerCase();
		kind = COLUMN_RULES.find(([, rule]) => rule.test(name))?.[0] ?? null;
		// Header names come from files: a hostile header could be endless, so the memory stays bounded.
		if (kinds.size > 1000) kinds.clear();
		kinds.set(column, kind);
	}
	return kind;
}

/** `sasha@example.com` → `s•••@example.com`: the first character of the local part and the domain. */
export function maskEmail(email: string): string {
	const at = email.lastIndexOf('@');
	if (at <= 0) return MASK.repeat(3);
	return `${[...email.slice(0, at)][0]}${MASK.repeat(3)}${email.slice(at)}`;
}

/** `+1 555 0100` → `+• ••• ••00`: every digit but the last two hidden, the layout kept. */
export function maskPhone(phone: string): string {
	const digits = phone.replace(/\D/g, '').length;
	if (digits === 0) return MASK.repeat(3);
	let seen = 0;
	return phone.replace(/\d/g, d => (++seen > digits - 2 ? d : MASK));
}

/** `203.0.113.7` → `203.0.113.•`; `2001:db8:85a3::8a2e:370:7334` → `2001:db8:•`: the network part kept. */
export function maskIp(ip: string): string {
	const text = ip.trim();
	if (IPV4_WHOLE.test(text)) return `${text.split('.').slice(0, 3).join('.')}.${MASK}`;
	if (text.includes(':')) {
		const groups = text.split(':').filter(g => g !== '');
		return `${groups.slice(0, 2).join(':')}:${MASK}`;
	}
	return MASK.repeat(3);
}

/** Card digits, however many the column holds, → `…4242` (the last four only). */
export function maskCard(card: string): string {
	const digits = card.replace(/\D/g, '');
	return digits === '' ? (card.trim() === '' ? '' : MASK.repeat(3)) : `…${digits.slice(-4)}`;
}

/** A postal address → `•••`: every part of it can find a home. */
export function maskAddress(address: string): string {
	return address.trim() === '' ? '' : MASK.repeat(3);
}

/** A name → its initials: `Sasha Example` → `S••• E•••`. */
export function maskName(name: string): string {
	return name
		.split(/(\s+)/)
		.map(part => (/^\s*$/.test(part) ? part : `${[...part][0]}${MASK.repeat(3)}`))
		.join('');
}

const MASKERS: Record<PersonalKind, (value: string) => string> = {
	email: maskEmail,
	phone: maskPhone,
	ip: maskIp,
	card: maskCard,
	address: maskAddress,
	name: maskName,
};

/** A value of a known kind, masked (an empty value stays empty). */
export function maskAs(kind: PersonalKind, value: string): string {
	if (value.trim() === '') return value;
	// A column of one kind may still hold another kind's value in its text (an email in a name column).
	return MASKERS[kind](value);
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const IPV4 = /\b(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}\b/g;
const IPV4_WHOLE = /^(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
/** Eight groups, or fewer around one `::` (a clock like `12:30:00` has no hex letters and at most three groups). */
const IPV6 =
	/(?<![\p{L}\p{N}:])(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}(?![\p{L}\p{N}:])|(?<![\p{L}\p{N}:])(?:[0-9a-f]{1,4}:){1,6}(?::[0-9a-f]{1,4}){1,6}(?![\p{L}\p{N}:])|(?<![\p{L}\p{N}:])(?:[0-9a-f]{1,4}:){1,7}:(?![\p{L}\p{N}:])/giu;
/** A whole value shaped like a phone number: `+1 555 0100`, `(555) 010-0199`, `+44 20 7946 0958`. */
const PHONE_WHOLE = /^(?:\+|00)?\(?\d[\d ().-]{5,}\d$/;

/** A phone number inside text: one that starts with `+` or `00`, or `(555) 010-0199`. */
const PHONE_IN_TEXT = /(?<![\p{L}\p{N}+])(?:(?:\+|00)\d[\d ().-]{5,}\d|\(\d{2,5}\) ?\d[\d .-]{4,}\d)(?![\p{L}\p{N}])/gu;

/** True for a whole value shaped like a phone number (7 to 15 digits, a `+` or grouping, not a date or an id). */
export function looksLikePhone(value: string): boolean {
	const text = value.trim();
	if (!PHONE_WHOLE.test(text)) return false;
	const digits = text.replace(/\D/g, '').length;
	if (digits < 7 || digits > 15) return false;
	// Dates (2024-03-07, 2024.03.07, 20240420) and plain numbers (counts, ids) are not phone numbers.
	if (/^\d{4}[-./]\d{1,2}[-./]\d{1,2}$/.test(text) || /^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$/.test(text)) return false;
	return /^(\+|00|\()/.test(text) || /\d[ .-]\d/.test(text);
}

/** 7 to 15 digits: as many as a phone number has (E.164). */
function phoneDigits(text: string): boolean {
	const n = text.replace(/\D/g, '').length;
	return n >= 7 && n <= 15;
}

/** True for a run of 13 to 19 digits (spaces or dashes allowed) that passes the Luhn check: a card number. */
export function looksLikeCard(value: string): boolean {
	const text = value.trim();
	if (!/^\d[\d -]{11,22}\d$/.test(text)) return false;
	const digits = text.replace(/\D/g, '');
	if (digits.length < 13 || digits.length > 19) return false;
	let sum = 0;
	for (let i = 0; i < digits.length; i++) {
		let d = Number(digits[digits.length - 1 - i]);
		if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
		sum += d;
	}
	return sum % 10 === 0;
}

/** Masks every email and IP address inside free text (a chat transcript, a search, an unknown column). */
export function maskShapes(text: string): string {
	if (text.length < 5) return text;
	let out = text;
	if (out.includes('@')) out = out.replace(EMAIL, maskEmail);
	if (out.includes('.')) out = out.replace(IPV4, maskIp);
	if (out.includes(':')) out = out.replace(IPV6, maskIp);
	if (/[+(]|00/.test(out)) out = out.replace(PHONE_IN_TEXT, phone => (phoneDigits(phone) ? maskPhone(phone) : phone));
	if (looksLikeCard(out)) return maskCard(out);
	if (looksLikePhone(out)) return maskPhone(out);
	return out;
}

/** Masks values for one export (it knows the owner's name), or shows them as they are when revealed. */
export interface Masker {
	/** False when values are shown as they are (`--reveal`, or `r` in the rows viewer). */
	readonly masking: boolean;
	/** A cell of the column `column`: masked by the column's kind, else by the value's shape and the owner's name. */
	cell(column: string, value: string): string;
	/** Free text (a highlight, a list of profiles): masked by shape and the owner's name. */
	text(value: string): string;
	/** A value known to be of `kind`. */
	as(kind: PersonalKind, value: string): string;
}

/** The owner's name as AccountDetails gives it: first and last name (either may be empty). */
export interface OwnerName {
	first: string;
	last: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A masker for an export whose owner is `owner`. The owner's full name, first name and last name
 * (each of two letters or more) are masked wherever they stand as whole words in a value, any case:
 * a profile is often named after its owner.
 */
export function makeMasker(owner: OwnerName | null, reveal = false): Masker {
	const names = owner ? [`${owner.first} ${owner.last}`.trim(), owner.first.trim(), owner.last.trim()].filter(n => [...n].length >= 2) : [];
	const unique = [...new Set(names)].sort((a, b) => b.length - a.length);
	const nameRule = unique.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${unique.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null;
	const text = (value: string) => {
		const shaped = maskShapes(value);
		return nameRule ? shaped.replace(nameRule, maskName) : shaped;
	};
	if (reveal) return {masking: false, cell: (_, v) => v, text: v => v, as: (_, v) => v};
	return {
		masking: true,
		cell(column, value) {
			const kind = columnKind(column);
			return kind ? maskAs(kind, value) : text(value);
		},
		text,
		as: maskAs,
	};
}
