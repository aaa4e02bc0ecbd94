/** Text formatting shared by the commands and the screens: local times, durations, counts. */
import stringWidth from 'string-width';
import {formatClock} from '../export/time.js';
import {inert} from './inert.js';

/** `41:19`, `1:02:05`: a position or a session length. */
export const clock = formatClock;

/** `2024-03-07 21:24` in the local time zone (TZ, or --tz). */
export function localDateTime(ms: number): string {
	const d = new Date(ms);
	return `${localDate(ms)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * When a viewing started: local date and time, or the date alone for the simple download
 * (NetflixViewingHistory.csv has no times; its dates are kept at noon UTC, see viewing-history.ts).
 */
export function startedAt(ms: number, datesOnly: boolean): string {
	return datesOnly ? new Date(ms).toISOString().slice(0, 10) : localDateTime(ms);
}

/** `2024-03-07` in the local time zone. */
export function localDate(ms: number): string {
	const d = new Date(ms);
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function pad(n: number): string {
	return String(n).padStart(2, '0');
}

/** `312 h 5 min`, `45 min`, `20 s`: an amount of watching. */
export function hoursMinutes(seconds: number): string {
	if (seconds < 60) return `${Math.round(seconds)} s`;
	// Round the whole to minutes first: 59.6 minutes past an hour is the next hour, never `h 60 min`.
	const minutes = Math.round(seconds / 60);
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	return h > 0 ? `${group(h)} h ${m} min` : `${m} min`;
}

/** `1 viewing`, `12,345 viewings`. */
export function count(n: number, noun: string): string {
	return `${group(n)} ${noun}${n === 1 ? '' : 's'}`;
}

/** `12,345`: what `Intl.NumberFormat('en-US')` writes. */
export function group(n: number): string {
	// Whole numbers (every count) are grouped here: making the formatter loads ICU's number data, ≈27 ms
	// of every text answer. Anything else (a fraction, -0, NaN, ∞) goes to the formatter, made then.
	if (!Number.isSafeInteger(n) || Object.is(n, -0)) return (grouped ??= new Intl.NumberFormat('en-US')).format(n);
	const digits = String(Math.abs(n));
	let out = digits.slice(0, digits.length % 3 || 3);
	for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
	return n < 0 ? `-${out}` : out;
}

/** toLocaleString('en-US') makes a formatter for every call (≈10 µs): one, kept, formats the same. */
let grouped: Intl.NumberFormat | undefined;

/** `today`, `yesterday`, `5 days ago`, `3 months ago`, `2 years ago`. */
export function ago(days: number): string {
	if (days <= 0) return 'today';
	if (days === 1) return 'yesterday';
	if (days < 60) return `${days} days ago`;
	if (days < 730) return `${Math.round(days / 30.4)} months ago`;
	return `${Math.round(days / 365.25)} years ago`;
}

/** `S2E3` (or the season label when it has no number, `Limited Series E3`). */
export function episodeCode(seasonNumber: number | null, seasonLabel: string | null, episode: number | null): string {
	const s = seasonNumber !== null ? `S${seasonNumber}` : (seasonLabel ?? '');
	const e = episode !== null ? `E${episode}` : '';
	return seasonNumber !== null ? `${s}${e}` : [s, e].filter(Boolean).join(' ');
}

/** `41:19 of ~52 min`, or `41:19` without an estimate, or `—` without a position. */
export function position(positionSeconds: number | null, estimate: number | null): string {
	if (positionSeconds === null) return '—';
	const at = formatClock(positionSeconds);
	return estimate === null ? at : `${at} of ~${Math.round(estimate / 60)} min`;
}

/**
 * Where a where-did-I-stop entry stands, in a few words: `41:19 of ~52 min` mid-episode, `done · next
 * S1E8` when the last episode was watched to its end and the next one is known.
 */
export function resumeText(p: {
	positionSeconds: number | null;
	estimatedRuntimeSeconds: number | null;
	state: string;
	next: {seasonNumber: number | null; season: string | null; episode: number | null} | null;
}): string {
	if (p.state === 'between-episodes' || p.state === 'finished') {
		return p.next ? `done · next ${episodeCode(p.next.seasonNumber, p.next.season, p.next.episode)}` : 'done';
	}
	return position(p.positionSeconds, p.estimatedRuntimeSeconds);
}

/** Widths already measured: screens lay out the same titles, names and dates frame after frame. */
const widths = new Map<string, number>();
const MAX_WIDTHS = 20_000;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Width of text in terminal cells: an emoji (`Begüm 🌙`) or a CJK letter takes two, a combining accent none. */
export function cellWidth(text: string): number {
	// Printable ASCII is one cell a character: most names and titles, measured without string-width
	// (≈20 µs a call) or the cache (whose clearing made a list of more than MAX_WIDTHS names cost more per line).
	if (PRINTABLE_ASCII.test(text)) return text.length;
	let width = widths.get(text);
	if (width === undefined) {
		if (widths.size >= MAX_WIDTHS) widths.clear();
		widths.set(text, (width = stringWidth(text)));
	}
	return width;
}

/** Made when a text is first cut (ICU's break data: ≈12 ms, which an answer of plain names that fit never needs). */
let graphemes: Intl.Segmenter | undefined;

/**
 * Pads or cuts text to exactly `width` terminal cells, ending a cut with `…`, so table columns line up.
 * The text is made inert first (controls shown as symbols, see text/inert.ts): a cell is file text.
 */
export function fit(raw: string, width: number): string {
	if (width <= 0) return '';
	const text = inert(raw);
	const total = cellWidth(text);
	if (total <= width) return text + ' '.repeat(width - total);
	let out = '';
	let used = 0;
	graphemes ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'});
	for (const {segment} of graphemes.segment(text)) {
		const w = cellWidth(segment);
		if (used + w > width - 1) break;
		out += segment;
		used += w;
	}
	return out + '…' + ' '.repeat(Math.max(0, width - 1 - used));
}
