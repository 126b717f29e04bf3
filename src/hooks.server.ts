/**
 * Runs around every request: refuses cross-site writes, oversized query strings and writes
 * without access (every non-read request, so routes added later are covered without doing
 * anything), and sets the security headers on every response.
 */
import { dev } from '$app/environment';
import { env } from '$env/dynamic/private';
import type { Handle, RequestEvent } from '@sveltejs/kit';
import { checkWrite, isForwarded, isWrite, presentedToken, TOKEN_COOKIE } from '$lib/server/access';
import { applySecurityHeaders } from '$lib/server/headers';
import { queryProblem } from '$lib/server/limits';
import { refuseWrite } from '$lib/server/refusal';
import { isSameOriginWrite } from '$lib/server/same-origin';
import { installShutdown } from '$lib/server/shutdown';

if (!dev) installShutdown();

/** The sign-in form checks the token itself. */
const SIGN_IN_PATH = '/admin';

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A query string over the limits: a short page or JSON saying so, never the input echoed. */
function refuseQuery(event: RequestEvent, message: string): Response {
	if (!(event.request.headers.get('accept') ?? '').includes('text/html')) {
		return Response.json({ message }, { status: 414 });
	}
	const body = `<!doctype html><meta charset="utf-8"><title>ParkMap</title><p>${escapeHtml(message)}</p><p><a href="/">ParkMap</a></p>`;
	return new Response(body, { status: 414, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

/** The refusal a request gets before any route runs, or null to let it through. */
function gate(event: RequestEvent): Response | null {
	const { request, url } = event;
	if (
		!isSameOriginWrite({ method: request.method, headers: request.headers, url }, env.ORIGIN || undefined)
	) {
		return refuseWrite(request, url, 403, 'cross_site');
	}
	const problem = queryProblem(url.search.slice(1));
	if (problem) return refuseQuery(event, problem);
	if (!isWrite(request.method) || url.pathname === SIGN_IN_PATH) return null;
	// adapter-node passes the request's socket: the address the request came in on.
	const socket = (event.platform as { req?: { socket?: { localAddress?: string } } } | undefined)?.req
		?.socket;
	const decision = checkWrite(
		{
			host: env.HOST,
			token: env.PARKMAP_ADMIN_TOKEN,
			dev,
			localAddress: socket?.localAddress,
			forwarded: isForwarded(request.headers)
		},
		presentedToken(request.headers.get('authorization'), event.cookies.get(TOKEN_COOKIE))
	);
	return decision.allowed ? null : refuseWrite(request, url, decision.status, decision.reason);
}

export const handle: Handle = async ({ event, resolve }) => {
	let response = gate(event) ?? (await resolve(event));
	try {
		applySecurityHeaders(response.headers);
	} catch {
		// Some responses (e.g. passed through from fetch) have immutable headers: copy them.
		response = new Response(response.body, response);
		applySecurityHeaders(response.headers);
	}
	return response;
};
