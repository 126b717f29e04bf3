/**
 * Runs around every request: refuses oversized query strings, checks write access for every
 * non-read request (so routes added later are covered without doing anything), and sets the
 * security headers on every response.
 */
import { dev } from '$app/environment';
import { env } from '$env/dynamic/private';
import type { Handle } from '@sveltejs/kit';
import { ACCESS_MESSAGES, checkWrite, isWrite, presentedToken, TOKEN_COOKIE } from '$lib/server/access';
import { applySecurityHeaders } from '$lib/server/headers';
import { queryProblem } from '$lib/server/limits';
import { installShutdown } from '$lib/server/shutdown';

if (!dev) installShutdown();

/** The sign-in form checks the token itself. */
const SIGN_IN_PATH = '/admin';

function refuse(status: number, message: string, html: boolean): Response {
	if (!html) return Response.json({ message }, { status });
	const body = `<!doctype html><meta charset="utf-8"><title>ParkMap</title><p>${escapeHtml(message)}</p><p><a href="/">ParkMap</a></p>`;
	return new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function gate(event: Parameters<Handle>[0]['event']): Response | null {
	const wantsHtml = (event.request.headers.get('accept') ?? '').includes('text/html');
	const problem = queryProblem(event.url.search.slice(1));
	if (problem) return refuse(414, problem, wantsHtml);
	if (!isWrite(event.request.method) || event.url.pathname === SIGN_IN_PATH) return null;
	const decision = checkWrite(
		{ host: env.HOST, token: env.PARKMAP_ADMIN_TOKEN, dev },
		presentedToken(event.request.headers.get('authorization'), event.cookies.get(TOKEN_COOKIE))
	);
	if (decision.allowed) return null;
	// Form actions read their failure as JSON when enhanced; a plain form post gets a page.
	const isAction = event.url.search.startsWith('?/') && event.request.headers.get('x-sveltekit-action');
	if (isAction) {
		return Response.json(
			{
				type: 'failure',
				status: decision.status,
				data: JSON.stringify([
					{ error: 1, accessError: 1 },
					ACCESS_MESSAGES[decision.reason],
					ACCESS_MESSAGES[decision.reason]
				])
			},
			{ status: 200 }
		);
	}
	return refuse(decision.status, ACCESS_MESSAGES[decision.reason], wantsHtml);
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
