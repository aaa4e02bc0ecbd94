import {availableParallelism} from 'node:os';

/**
 * Which work of a load goes to worker threads. Decided here, from the size of the viewing history, the
 * cores there are, and who waits for the load; never by the callers, who only say what they need
 * (LoadOptions: `interactive`, `titles`).
 */
export interface ThreadPlan {
	/** A worker reads the rows, leaving this thread free to answer keys (the explorer). */
	rows: boolean;
	/** A worker parses the titles while this thread reads the rows (a command). */
	titles: boolean;
}

/** An interactive load reads files at least this large in a worker (smaller: read before a key would wait long). */
export const OFFLOAD_BYTES = 1024 * 1024;
/**
 * A command has the titles of files at least this large parsed by a worker. Below it, the ≈40 ms the
 * thread takes to start and load its code, and the model it sends back, cost more than parsing the
 * titles here after the rows (docs/performance.md, "Threads").
 */
export const TITLE_THREAD_BYTES = 4 * 1024 * 1024;

/**
 * The plan for a viewing history of `bytes` bytes. `interactive`: a person waits at a screen that must
 * keep answering keys (the rows are read off this thread, whatever the cores); otherwise the load only
 * has to end soonest, and a second thread helps only where there is a second core to run it.
 */
export function threadPlan(bytes: number, interactive: boolean, cores = availableParallelism()): ThreadPlan {
	if (interactive) return {rows: bytes >= OFFLOAD_BYTES, titles: false};
	return {rows: false, titles: cores >= 2 && bytes >= TITLE_THREAD_BYTES};
}
