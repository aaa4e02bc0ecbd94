/**
 * Half of Ink's own dependencies (the terminal's side: exit hooks, colours, escape sequences, its size, the
 * error overview's stack parser), in one module that load-in-steps.ts imports a step ahead of Ink, after
 * ink-text-dependencies.ts (issue #14, target 4). With them, Ink's chunk was 250 kB whose compiling and
 * running took 40–55 ms of CPU in one piece on the thread that reads keys; Ink's own modules are half of
 * it, and all of its dependencies in one step were 35–38 ms. Imported from one module, the bundle puts
 * them in one chunk (imported one by one, they made twenty files, and each file costs Node's module
 * loader ≈1 ms). Re-exported so that the bundle keeps them (chalk says it has no side effects, and a bare
 * import of it would be dropped); nothing imports these names.
 */
export {default as signalExit} from 'signal-exit';
export {default as chalk} from 'chalk';
export * as ansiEscapes from 'ansi-escapes';
export {default as terminalSize} from 'terminal-size';
export {default as StackUtils} from 'stack-utils';
export {default as codeExcerpt} from 'code-excerpt';
