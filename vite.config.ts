import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		// maplibre-gl (about 1.1 MB, 300 KB gzip) is one library loaded apart from the first page's
		// own code; splitting it further would not make the map draw sooner.
		chunkSizeWarningLimit: 1200,
		// The timing report of slow plugin callbacks is for plugin authors, not for people building.
		rolldownOptions: { checks: { pluginTimings: false } }
	},
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// A test that asserts nothing is a test that cannot fail.
		expect: { requireAssertions: true },
		testTimeout: 20_000
	}
});
