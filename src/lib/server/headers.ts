/**
 * Security headers for every response the app renders. SvelteKit writes the page CSP
 * (svelte.config.js, with script hashes); the directives it cannot express are added here,
 * and responses without a CSP (API, data, downloads) get a strict one of their own.
 */

/** Directives every CSP must hold: no <base> rewriting, forms only to this site, no framing. */
export const REQUIRED_DIRECTIVES: readonly [string, string][] = [
	['base-uri', "'none'"],
	['form-action', "'self'"],
	['frame-ancestors', "'none'"],
	['object-src', "'none'"]
];

/** Headers every response carries, static files included (see static-headers.ts). */
export const BASE_HEADERS: Readonly<Record<string, string>> = {
	'x-content-type-options': 'nosniff',
	'x-frame-options': 'DENY',
	'referrer-policy': 'same-origin'
};

/** The CSP of responses that are not pages: nothing in them may load or run. */
export const NON_HTML_CSP =
	"default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox";

/** Adds the required directives a CSP lacks; keeps every directive it has. */
export function completeCsp(csp: string): string {
	const present = new Set(
		csp
			.split(';')
			.map((d) => d.trim().split(/\s+/)[0]?.toLowerCase())
			.filter(Boolean)
	);
	const missing = REQUIRED_DIRECTIVES.filter(([name]) => !present.has(name)).map(
		([name, value]) => `${name} ${value}`
	);
	const base = csp.trim().replace(/;\s*$/, '');
	return missing.length === 0 ? base : [base, ...missing].filter(Boolean).join('; ');
}

/** Sets the security headers on a response's headers (in place). */
export function applySecurityHeaders(headers: Headers): void {
	const csp = headers.get('content-security-policy');
	const type = headers.get('content-type') ?? '';
	if (csp) headers.set('content-security-policy', completeCsp(csp));
	else if (type.startsWith('text/html'))
		headers.set('content-security-policy', completeCsp("default-src 'self'"));
	else headers.set('content-security-policy', NON_HTML_CSP);
	for (const [name, value] of Object.entries(BASE_HEADERS)) headers.set(name, value);
	headers.set('cross-origin-opener-policy', 'same-origin');
}
