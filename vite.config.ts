import { sveltekit } from '@sveltejs/kit/vite';
import { stripVTControlCharacters } from 'node:util';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Two lines the build prints that ask nothing of a person, and that neither tool has an option to
 * turn off: SvelteKit's advice to preview the build (`npm start` serves the build itself) and
 * adapter-node's note that SvelteKit's environment-variable module came out empty once bundled
 * (its contents live in the chunks that use them). README, "Serving it", says the same.
 */
const FRAMEWORK_NOTICES = new Set([
	'Run npm run preview to preview your production build locally.',
	'Generated an empty chunk: "chunks/env.js".'
]);

/** Leaves those two exact lines out of the build's console output; everything else passes. */
function quietFrameworkNotices(): Plugin {
	let installed = false;
	const quiet =
		(write: (...args: unknown[]) => void) =>
		(...args: unknown[]) => {
			const text = stripVTControlCharacters(args.map(String).join(' ')).trim();
			if (!FRAMEWORK_NOTICES.has(text)) write(...args);
		};
	return {
		name: 'parkmap:quiet-framework-notices',
		apply: 'build',
		configResolved() {
			if (installed) return;
			installed = true;
			console.log = quiet(console.log.bind(console));
			console.warn = quiet(console.warn.bind(console));
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), quietFrameworkNotices()],
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
