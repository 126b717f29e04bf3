import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: a built app (`npm run build` first; `npm run test:e2e` does both) driven by
 * Debian's headless Chromium. The global setup starts `node build` on a free port with a temp DB.
 */
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		globalSetup: ['tests/e2e/global-setup.ts'],
		environment: 'node',
		pool: 'forks',
		maxWorkers: 1,
		fileParallelism: false,
		testTimeout: 90_000,
		hookTimeout: 120_000,
		expect: { requireAssertions: true }
	}
});
