import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// A test that asserts nothing is a test that cannot fail.
		expect: { requireAssertions: true },
		testTimeout: 20_000
	}
});
