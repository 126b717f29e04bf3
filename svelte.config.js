import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter(),
		// Cross-site writes are refused in src/hooks.server.ts, which compares the page's host with
		// the request's. Kit's own check also compares the scheme, which adapter-node guesses as
		// https unless ORIGIN is set, and so refused every post of a plain `npm start` on http.
		csrf: { trustedOrigins: ['*'] },
		// Report text is untrusted: a strict CSP keeps any markup that slips through inert.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'worker-src': ['self', 'blob:'],
				'connect-src': ['self']
			}
		}
	}
};

export default config;
