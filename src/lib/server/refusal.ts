/**
 * Refusals answered before a route runs, in the shape the asking page understands: a form action
 * gets SvelteKit's action-result JSON (so `use:enhance` shows it instead of an error page), a
 * script gets JSON, anything else plain text. One language per message: the page's own.
 */
import type { Lang } from '$lib/i18n';
import { ACCESS_TEXT, type AccessRefusal } from './access';

export type RefusalCode = 'cross_site' | AccessRefusal;

const MESSAGES: Record<RefusalCode, Record<Lang, string>> = {
	...ACCESS_TEXT,
	cross_site: {
		zh: '写入被拒绝：请求不是来自本站的页面。请在 ParkMap 自己的页面上操作；若服务器在反向代理之后，请按 README 设置 ORIGIN 或 HOST_HEADER。',
		en: "Write refused: the request did not come from this site's own pages. Use ParkMap's own pages; behind a reverse proxy, set ORIGIN or HOST_HEADER as the README explains."
	}
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

export function refuseWrite(request: Request, url: URL, status: number, code: RefusalCode): Response {
	const message = MESSAGES[code][requestLang(request, url)];
	const headers = { 'cache-control': 'no-store' };
	if (request.headers.get('x-sveltekit-action') === 'true') {
		return Response.json({ type: 'error', error: { message, code } }, { status, headers });
	}
	if ((request.headers.get('accept') ?? '').includes('application/json')) {
		return Response.json({ message, code }, { status, headers });
	}
	return new Response(message, {
		status,
		headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' }
	});
}
