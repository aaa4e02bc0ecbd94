import type {ResumePoint} from '../model/stopped.js';

/** A row of the Stopped screen: a section heading or one where-did-I-stop entry. */
export type StoppedRow = {kind: 'heading'; text: string} | {kind: 'entry'; point: ResumePoint};

/** Series first, then movies left midway in their own section; each newest first (as the list comes). */
export function stoppedRows(points: readonly ResumePoint[]): StoppedRow[] {
	const series = points.filter(p => p.show.kind === 'series');
	const movies = points.filter(p => p.show.kind === 'movie');
	const rows: StoppedRow[] = [];
	if (series.length > 0) rows.push({kind: 'heading', text: `Series (${series.length})`});
	for (const point of series) rows.push({kind: 'entry', point});
	if (movies.length > 0) rows.push({kind: 'heading', text: `Movies left midway (${movies.length})`});
	for (const point of movies) rows.push({kind: 'entry', point});
	return rows;
}
