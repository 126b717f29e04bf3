/**
 * Who may write (upload, review, publish, correct, delete). Reading needs nothing.
 *
 * Writes are open when the server listens on a loopback address (HOST=127.0.0.1, ::1 or localhost)
 * and no token is configured: then only this machine can reach it. On any other address a token
 * set in PARKMAP_ADMIN_TOKEN is required; without one such a server refuses writes. The decision
 * rests on the listen address, never on the client's: behind a reverse proxy every request comes
 * from the proxy's (often loopback) address, so the client address proves nothing.
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

export interface AccessSettings {
	/** The listen address (adapter-node's HOST); unset means every interface. */
	host: string | undefined;
	/** PARKMAP_ADMIN_TOKEN; empty counts as unset. */
	token: string | undefined;
	/** The dev server listens on localhost unless told otherwise. */
	dev?: boolean;
	/**
	 * The host name the request was addressed to (its Host header). Without a token, a loopback
	 * server takes writes only when addressed by a loopback name: a page of another site whose
	 * name was rebound to 127.0.0.1, or a proxy forwarding the world, is not this machine's user.
	 */
	requestHost?: string;
}

export type AccessDecision =
	| { allowed: true }
	| {
			allowed: false;
			status: 401 | 403;
			reason: 'no_token_configured' | 'token_required' | 'wrong_token' | 'not_addressed_locally';
	  };

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
	const local = isLoopbackHost(settings.host) || (settings.dev === true && !settings.host);
	if (!local) return { allowed: false, status: 403, reason: 'no_token_configured' };
	if (settings.requestHost !== undefined && !isLoopbackHost(settings.requestHost)) {
		return { allowed: false, status: 403, reason: 'not_addressed_locally' };
	}
	return { allowed: true };
}

/** The token a request presents: `Authorization: Bearer …`, else the sign-in cookie. */
export function presentedToken(authorization: string | null, cookie: string | undefined): string | null {
	const bearer = authorization?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();
	return bearer || cookie || null;
}

/** What a refused write is told, in the page's language: what happened and what to do. */
export const ACCESS_MESSAGES: Record<
	Extract<AccessDecision, { allowed: false }>['reason'],
	Record<'zh' | 'en', string>
> = {
	no_token_configured: {
		zh: '此服务器未开放写入：它监听的不是本机地址，且未设置管理口令。请以 HOST=127.0.0.1 启动，或设置环境变量 PARKMAP_ADMIN_TOKEN 后在 /admin 输入口令。',
		en: 'Writing is off on this server: it listens on a non-loopback address and no admin token is set. Start it with HOST=127.0.0.1, or set PARKMAP_ADMIN_TOKEN and enter the token at /admin.'
	},
	not_addressed_locally: {
		zh: '此服务器只接受发往本机地址（localhost、127.0.0.1）的写入。若要经由其他域名或反向代理写入，请设置环境变量 PARKMAP_ADMIN_TOKEN 后在 /admin 输入口令。',
		en: 'This server takes writes only when addressed as localhost or 127.0.0.1. To write through another name or a reverse proxy, set PARKMAP_ADMIN_TOKEN and enter the token at /admin.'
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
