/**
 * Who may write (upload, review, publish, correct, delete). Reading needs nothing.
 *
 * Writes are open when only this machine can be writing and no token is configured: the server
 * listens on a loopback address (HOST=127.0.0.1, ::1 or localhost), or it listens on every address
 * (adapter-node's default, `npm start`) and the request came in on a loopback address with no
 * proxy's forwarding header. Otherwise a token set in PARKMAP_ADMIN_TOKEN is required; without one
 * such a server refuses writes. The client's address alone proves nothing (behind a reverse proxy
 * every request comes from the proxy), so a server behind a proxy needs a token.
 * Pure: the caller passes the environment and the request's parts.
 */
import { timingSafeEqual } from 'node:crypto';

/** The cookie the sign-in form sets; `Authorization: Bearer <token>` works as well. */
export const TOKEN_COOKIE = 'parkmap_admin';

/** Methods that only read. */
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isWrite(method: string): boolean {
	return !READ_METHODS.has(method.toUpperCase());
}

/** True for addresses that only this machine can reach. */
export function isLoopbackHost(host: string | undefined): boolean {
	if (!host) return false;
	const h = host
		.trim()
		.toLowerCase()
		.replace(/^\[|\]$/g, '');
	return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || h === '::ffff:127.0.0.1';
}

/** Listen addresses that mean every interface. */
export function isWildcardHost(host: string | undefined): boolean {
	return !host || host === '0.0.0.0' || host === '::' || host === '[::]';
}

export interface AccessSettings {
	/** The listen address (adapter-node's HOST); unset means every interface. */
	host: string | undefined;
	/** The address the request came in on (the socket's local address), when known. */
	localAddress?: string;
	/** Whether the request carries a proxy's forwarding header (Forwarded, X-Forwarded-For, X-Real-IP). */
	forwarded?: boolean;
	/** PARKMAP_ADMIN_TOKEN; empty counts as unset. */
	token: string | undefined;
	/** The dev server listens on localhost unless told otherwise. */
	dev?: boolean;
}

export type AccessRefusal = 'no_token_configured' | 'token_required' | 'wrong_token';

export type AccessDecision = { allowed: true } | { allowed: false; status: 401 | 403; reason: AccessRefusal };

function sameToken(given: string, expected: string): boolean {
	const a = Buffer.from(given);
	const b = Buffer.from(expected);
	return a.length === b.length && timingSafeEqual(a, b);
}

/** Whether a write may go ahead given the settings and the token the request presents (if any). */
export function checkWrite(settings: AccessSettings, presented: string | null): AccessDecision {
	const token = settings.token?.trim() || undefined;
	if (token) {
		if (presented === null || presented === '')
			return { allowed: false, status: 401, reason: 'token_required' };
		return sameToken(presented, token)
			? { allowed: true }
			: { allowed: false, status: 403, reason: 'wrong_token' };
	}
	const local =
		isLoopbackHost(settings.host) ||
		(settings.dev === true && !settings.host) ||
		(isWildcardHost(settings.host) && isLoopbackHost(settings.localAddress) && settings.forwarded !== true);
	return local ? { allowed: true } : { allowed: false, status: 403, reason: 'no_token_configured' };
}

/** The token a request presents: `Authorization: Bearer …`, else the sign-in cookie. */
export function presentedToken(authorization: string | null, cookie: string | undefined): string | null {
	const bearer = authorization?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();
	return bearer || cookie || null;
}

/** Whether a request went through a proxy that says so. */
export function isForwarded(headers: Headers): boolean {
	return headers.has('forwarded') || headers.has('x-forwarded-for') || headers.has('x-real-ip');
}

/** What a refused write is told, per language: what happened and what to do. */
export const ACCESS_TEXT: Record<AccessRefusal, { zh: string; en: string }> = {
	no_token_configured: {
		zh: '此服务器只接受本机的写入，且未设置管理口令。请在服务器本机上操作，或设置环境变量 PARKMAP_ADMIN_TOKEN 后重启并在 /admin 输入口令。',
		en: 'This server takes writes only from its own machine, and no admin token is set. Work on the server machine itself, or set PARKMAP_ADMIN_TOKEN, restart, and enter the token at /admin.'
	},
	token_required: {
		zh: '写入需要管理口令：请在 /admin 输入口令，或在请求中加 Authorization: Bearer <口令>。',
		en: 'Writing needs the admin token: enter it at /admin, or send Authorization: Bearer <token>.'
	},
	wrong_token: {
		zh: '管理口令不正确：请在 /admin 重新输入。',
		en: 'The admin token is wrong: enter it again at /admin.'
	}
};

/** Both languages at once, for the bilingual sign-in page. */
export const ACCESS_MESSAGES: Record<AccessRefusal, string> = Object.fromEntries(
	Object.entries(ACCESS_TEXT).map(([reason, text]) => [reason, `${text.zh} ${text.en}`])
) as Record<AccessRefusal, string>;
