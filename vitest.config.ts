import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		// test/bench holds the benchmark (npm run bench); only its *.test.ts files (no timing, no build) are tests.
		exclude: ['node_modules/**'],
		setupFiles: ['test/helpers/setup.ts'],
		testTimeout: 30_000,
		hookTimeout: 60_000,
	},
});
