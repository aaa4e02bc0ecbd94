// Preloaded into a process under test (`node -r`): prints its peak resident memory on stderr at exit,
// as the last line, for tests that bound memory (`maxrss <kilobytes>`).
process.on('exit', () => require('node:fs').writeSync(2, `maxrss ${process.resourceUsage().maxRSS}\n`));
