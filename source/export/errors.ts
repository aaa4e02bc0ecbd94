/**
 * An export that cannot be read. `message` is the one line a person reads first (what was wrong);
 * `hint` says what to do. The CLI prints both and exits 1, never a stack trace.
 */
export class ExportError extends Error {
	readonly hint: string;

	constructor(message: string, hint: string) {
		super(message);
		this.name = 'ExportError';
		this.hint = hint;
	}
}

/** A command line that does not make sense (exit code 2). */
export class UsageError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'UsageError';
	}
}
