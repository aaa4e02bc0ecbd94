/** The bench scripts' command line: `--name N` options taken out of `args`, the rest left as folders. */

/** Takes `name` and its whole number out of `args`; `fallback` when it is not given. */
export function wholeNumberOption(args: string[], name: string, fallback: number): number {
	const at = args.indexOf(name);
	if (at === -1) return fallback;
	const value = Number(args.splice(at, 2)[1]);
	if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} takes a whole number`);
	return value;
}
