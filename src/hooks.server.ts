/**
 * Runs around every request: refuses oversized query strings, refuses writes from other sites and
 * checks write access for every non-read request (so routes added later are covered without doing
 * anything), and sets the security headers on every response.
 */
import { dev } from '$app/environment';
import { env } from '$env/dynamic/private';
import type { Handle } from '@sveltejs/kit';
import { ACCESS_MESSAGES, checkWrite, isWrite, presentedToken, TOKEN_COOKIE } from '$lib/server/access';
import { applySecurityHeaders } from '$lib/server/headers';
import { queryProblem } from '$lib/server/limits';
import { appStore } from '$lib/server/pipeline';
import { CROSS_SITE, refuse } from '$lib/server/refusal';
import { isSameOriginWrite } from '$lib/server/same-origin';
import { installShutdown } from '$lib/server/shutdown';
import { duringWrite } from '$lib/server/snapshot';
import { installStaticHeaders } from '$lib/server/static-headers';

if (!dev) {
	installShutdown();
	// The built app's static files are served before `handle`: their headers are set below it.
	installStaticHeaders();
}

/** The sign-in form checks the token itself. */
const SIGN_IN_PATH = '/admin';

/** The host name a request was addressed to, without its port. */
function addressedHost(request: Request): string | undefined {
	const host = request.headers.get('host');
	if (!host) return undefined;
	try {
		return new URL(`http://${host}`).hostname;
	} catch {
		return host;
	}
}

function gate(event: Parameters<Handle>[0]['event']): Response | null {
	const { request, url } = event;
	const problem = queryProblem(url.search.slice(1));
	if (problem) {
		return refuse(request, url, 414, 'query_too_long', problem);
	}
	if (!isWrite(request.method)) return null;
	if (
		!isSameOriginWrite({ method: request.method, headers: request.headers, url }, env.ORIGIN || undefined)
	) {
		return refuse(request, url, 403, 'cross_site', CROSS_SITE);
	}
	if (url.pathname === SIGN_IN_PATH) return null;
	const decision = checkWrite(
		{ host: env.HOST, token: env.PARKMAP_ADMIN_TOKEN, dev, requestHost: addressedHost(request) },
		presentedToken(request.headers.get('authorization'), event.cookies.get(TOKEN_COOKIE))
	);
	if (decision.allowed) return null;
	return refuse(request, url, decision.status, decision.reason, ACCESS_MESSAGES[decision.reason]);
}

export const handle: Handle = async ({ event, resolve }) => {
	// A write is answered once the pages read what it changed (see $lib/server/snapshot).
	let response =
		gate(event) ??
		(isWrite(event.request.method)
			? await duringWrite(() => resolve(event), appStore)
			: await resolve(event));
	try {
		applySecurityHeaders(response.headers);
	} catch {
		// Some responses (e.g. passed through from fetch) have immutable headers: copy them.
		response = new Response(response.body, response);
		applySecurityHeaders(response.headers);
	}
	return response;
};
