import { fail } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { env } from '$env/dynamic/private';
import { ACCESS_MESSAGES, checkWrite, TOKEN_COOKIE } from '$lib/server/access';
import { textField } from '$lib/server/limits';
import { requestLang } from '$lib/server/refusal';
import type { Actions, PageServerLoad } from './$types';

/** Whether writes need a token here, and whether this browser already holds a valid one. */
export const load: PageServerLoad = ({ cookies }) => {
	const settings = { host: env.HOST, token: env.PARKMAP_ADMIN_TOKEN, dev };
	const open = checkWrite(settings, null).allowed;
	const signedIn = !open && checkWrite(settings, cookies.get(TOKEN_COOKIE) ?? null).allowed;
	const tokenConfigured = Boolean(env.PARKMAP_ADMIN_TOKEN?.trim());
	return { open, signedIn, tokenConfigured };
};

export const actions: Actions = {
	/** Checks the token and keeps it in an HTTP-only cookie that later writes present. */
	signin: async ({ request, cookies, url }) => {
		const lang = requestLang(request, url);
		const field = textField(await request.formData(), 'token', lang === 'zh' ? '口令' : 'The token', lang);
		if (!field.ok) return fail(400, { error: field.message });
		const decision = checkWrite({ host: env.HOST, token: env.PARKMAP_ADMIN_TOKEN, dev }, field.value.trim());
		if (!decision.allowed) return fail(decision.status, { error: ACCESS_MESSAGES[decision.reason][lang] });
		cookies.set(TOKEN_COOKIE, field.value.trim(), {
			path: '/',
			httpOnly: true,
			sameSite: 'strict',
			secure: url.protocol === 'https:',
			maxAge: 60 * 60 * 24 * 30
		});
		return { ok: true };
	},
	signout: async ({ cookies }) => {
		cookies.delete(TOKEN_COOKIE, { path: '/' });
		return { signedOut: true };
	}
};
