import type {ResumePoint} from '../model/stopped.js';
import {stopGroup, type StopGroup} from '../query/stopped-list.js';

/** A row of the Stopped screen: a section heading or one where-did-I-stop entry. */
export type StoppedRow = {kind: 'heading'; text: string; group: StopGroup} | {kind: 'entry'; point: ResumePoint};

/** The sections, in the order shown, and their headings. */
const SECTIONS: ReadonlyArray<[StopGroup, string]> = [
	['mid-episode', 'Stopped mid-episode'],
	['next-up', 'Next up: last episode watched to the end'],
	['movie', 'Movies left midway'],
	['done', 'Watched to the end, no later episode seen'],
];

/**
 * Series stopped inside an episode first, then the ones whose next episode is up (`done · next S1E8`),
 * movies left midway, and (when finished ones are shown) series seen to their last known episode;
 * each newest first (as the list comes).
 */
export function stoppedRows(points: readonly ResumePoint[]): StoppedRow[] {
	const rows: StoppedRow[] = [];
	for (const [group, title] of SECTIONS) {
		const members = points.filter(p => stopGroup(p) === group);
		if (members.length === 0) continue;
		rows.push({kind: 'heading', text: `${title} (${members.length})`, group});
		for (const point of members) rows.push({kind: 'entry', point});
	}
	return rows;
}
