// Loaded with `node --require`: says on stderr, at exit, whether an ES module was loaded (Node made a module job).
process.on('exit', () => require('node:fs').writeSync(2, `es module loaded: ${process.moduleLoadList.some(m => m.includes('esm/module_job'))}\n`));
