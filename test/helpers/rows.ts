import type {ViewingRow} from '../../source/export/viewing-table.js';

/** A viewing row with sensible defaults; `start` as `YYYY-MM-DD HH:MM` UTC, times in minutes. */
export function row(r: {
	profile?: string;
	start: string;
	title: string;
	minutes?: number;
	at?: number | null;
	type?: string;
	hidden?: boolean;
	autoplay?: string;
	device?: string;
}): ViewingRow {
	const [date, time = '12:00'] = r.start.split(' ');
	return {
		profile: r.profile ?? 'Alex',
		start: Date.parse(`${date}T${time}:00Z`),
		durationSeconds: (r.minutes ?? 45) * 60,
		autoplay: r.autoplay ?? null,
		hidden: r.hidden ?? false,
		branched: false,
		title: r.title,
		titleId: -1,
		supplementalType: r.type ?? null,
		device: r.device ?? 'Chrome PC (Cadmium)',
		country: 'US (United States)',
		bookmarkSeconds: r.at === undefined ? (r.minutes ?? 45) * 60 : r.at === null ? null : r.at * 60,
		latest: true,
	};
}
