/**
 * Refusals answered before a route runs, in the shape the asking page understands: a form action
 * gets SvelteKit's action-result JSON (so `use:enhance` names it on the page instead of showing an
 * error page), a script gets JSON, a plain form post a small page. One language per message: the
 * page's own.
 */
import type { Lang } from '$lib/i18n';

export type Messages = Record<Lang, string>;

export const CROSS_SITE: Messages = {
	zh: '写入被拒绝：请求不是来自本站的页面。请在 ParkMap 自己的页面上操作；若服务器在反向代理之后，请按 README 设置 ORIGIN 或 HOST_HEADER。',
	en: "Write refused: the request did not come from this site's own pages. Use ParkMap's own pages; behind a reverse proxy, set ORIGIN or HOST_HEADER as the README explains."
};

/** The page's language: its `lang=en` query, read from the request or the page that sent it. */
export function requestLang(request: Request, url: URL): Lang {
	if (url.searchParams.get('lang') === 'en') return 'en';
	try {
		const referer = request.headers.get('referer');
		if (referer && new URL(referer).searchParams.get('lang') === 'en') return 'en';
	} catch {
		// an unparsable Referer says nothing about the language
	}
	return 'zh';
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A refusal with a code (for scripts and tests) and a message in the page's language. */
export function refuse(
	request: Request,
	url: URL,
	status: number,
	code: string,
	messages: Messages
): Response {
	const message = messages[requestLang(request, url)];
	const headers = { 'cache-control': 'no-store' };
	if (request.headers.get('x-sveltekit-action') === 'true') {
		return Response.json({ type: 'error', error: { message, code } }, { status, headers });
	}
	const accept = request.headers.get('accept') ?? '';
	if (accept.includes('text/html')) {
		const body = `<!doctype html><meta charset="utf-8"><title>ParkMap</title><p>${escapeHtml(message)}</p><p><a href="/">ParkMap</a></p>`;
		return new Response(body, {
			status,
			headers: { ...headers, 'content-type': 'text/html; charset=utf-8' }
		});
	}
	return Response.json({ message, code }, { status, headers });
}
