/**
 * What a command runs once its arguments are read: opening the export and answering. One module, so that
 * the bundle can load all of a command's code as one script with V8's code cache (scripts/bundle.mjs,
 * scripts/command-script.mjs); cli.tsx imports it only for a command, never for the explorer.
 */
export {openExport} from '../load/open-export.js';
export {loadNeeds, runCommand, warningsText} from './run-command.js';
// The script's own trace: a command loads no other module to say when it opened and answered.
export {trace} from '../trace.js';
export {answer, commandLine} from './command-line.js';
