/**
 * Resolves in the next turn of the event loop, from whichever phase it is called. An import or a read
 * resolves in the poll phase, and an immediate queued there runs in the same turn's check phase: work
 * put off with one immediate then runs in the same stall of the thread that reads keys (issue #14,
 * target 4), with no key read in between.
 */
export function nextTurn(): Promise<void> {
	return new Promise(resolve => setImmediate(() => setImmediate(resolve)));
}
