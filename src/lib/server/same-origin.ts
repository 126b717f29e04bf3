/**
 * Cross-site write protection that works however the server is started.
 *
 * SvelteKit's own check compares the browser's `Origin` with the origin adapter-node reconstructs,
 * which is `https://` + Host unless `ORIGIN` or `PROTOCOL_HEADER` say otherwise. A plain
 * `npm start` serves http, so every post from its own pages was refused (HTTP 403). This check
 * asks the question that matters instead: was the request sent to the host whose page sent it?
 */

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface WriteRequest {
	method: string;
	headers: Headers;
	/** The URL as the server sees it (its host comes from Host, HOST_HEADER or ORIGIN). */
	url: URL;
}

/**
 * Whether a request may change stored data as far as its origin goes.
 * @param configuredOrigin the `ORIGIN` the server was started with, if any: then the whole
 *   origin, scheme included, must match.
 */
export function isSameOriginWrite(request: WriteRequest, configuredOrigin?: string): boolean {
	if (SAFE_METHODS.has(request.method)) return true;
	// Browsers say where a request comes from; a cross-site or sibling-site page is refused
	// even when it forges nothing else.
	const site = request.headers.get('sec-fetch-site');
	if (site === 'cross-site' || site === 'same-site') return false;
	const origin = request.headers.get('origin');
	// No Origin: not a browser page (curl, scripts). Browsers send Origin on every POST.
	if (origin === null) return true;
	let from: URL;
	try {
		from = new URL(origin);
	} catch {
		return false; // 'null' (sandboxed frames, privacy redirects) or garbage
	}
	if (configuredOrigin) return from.origin === new URL(configuredOrigin).origin;
	return from.host === request.url.host;
}
