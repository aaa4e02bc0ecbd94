import {loadExport, type LoadedExport, type LoadOptions} from './load-export.js';
import {buildLibrary, type Library} from '../model/library.js';

/** An export read and understood: what every command and screen works from. */
export interface ExportView {
	loaded: LoadedExport;
	library: Library;
}

/** Reads an export and builds its model. Throws ExportError for anything unreadable. */
export async function openExport(location: string, options: LoadOptions = {}): Promise<ExportView> {
	const loaded = await loadExport(location, options);
	// An interactive load (the explorer) answers keys between the reading and the model.
	if (options.interactive) await new Promise(resolve => setImmediate(resolve));
	return {loaded, library: buildLibrary(loaded.table, loaded.titleModel, loaded.viewingOrder ?? undefined)};
}
