// Loaded with `node --require`: says on stderr, at exit, whether the process made its stdin stream.
let made = false;
const own = Object.getOwnPropertyDescriptor(process, 'stdin');
Object.defineProperty(process, 'stdin', {
	configurable: true,
	enumerable: own.enumerable,
	get() {
		made = true;
		return own.get.call(process);
	},
});
process.on('exit', () => require('node:fs').writeSync(2, `stdin made: ${made}\n`));
