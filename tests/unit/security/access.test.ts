import { describe, expect, it } from 'vitest';
import { checkWrite, isLoopbackHost, isWrite, presentedToken } from '../../../src/lib/server/access';
import { applySecurityHeaders, completeCsp } from '../../../src/lib/server/headers';
import { clip, queryProblem, textField } from '../../../src/lib/server/limits';

describe('write access', () => {
	it.each(['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost', 'LOCALHOST'])('%s is loopback', (host) =>
		expect(isLoopbackHost(host)).toBe(true)
	);
	it.each([
		undefined,
		'',
		'0.0.0.0',
		'::',
		'192.168.1.5',
		'10.0.0.1',
		'example.org',
		'127.0.0.1.example.org'
	])('%s is not loopback', (host) => expect(isLoopbackHost(host)).toBe(false));

	it('reads are never checked; writes are', () => {
		for (const m of ['GET', 'HEAD', 'OPTIONS', 'get']) expect(isWrite(m)).toBe(false);
		for (const m of ['POST', 'PUT', 'PATCH', 'DELETE', 'post']) expect(isWrite(m)).toBe(true);
	});

	it('is open on a loopback listen address without a token', () => {
		expect(checkWrite({ host: '127.0.0.1', token: undefined }, null)).toEqual({ allowed: true });
		expect(checkWrite({ host: '::1', token: '' }, null)).toEqual({ allowed: true });
	});

	it('refuses writes on any other address when no token is configured, whatever is presented', () => {
		for (const host of [undefined, '0.0.0.0', '192.168.1.5']) {
			expect(checkWrite({ host, token: undefined }, 'anything')).toMatchObject({
				allowed: false,
				reason: 'no_token_configured'
			});
		}
	});

	it('needs the configured token on every address, loopback included (a proxy may sit in front)', () => {
		for (const host of ['127.0.0.1', '0.0.0.0']) {
			const settings = { host, token: 's3cret-token' };
			expect(checkWrite(settings, null)).toMatchObject({ allowed: false, status: 401 });
			expect(checkWrite(settings, 's3cret-tokeN')).toMatchObject({ allowed: false, status: 403 });
			expect(checkWrite(settings, 's3cret')).toMatchObject({ allowed: false, status: 403 });
			expect(checkWrite(settings, 's3cret-token')).toEqual({ allowed: true });
		}
	});

	it('a loopback server without a token takes writes only when addressed by a loopback name', () => {
		const local = { host: '127.0.0.1', token: undefined };
		for (const requestHost of ['localhost', '127.0.0.1', '::1'])
			expect(checkWrite({ ...local, requestHost }, null)).toEqual({ allowed: true });
		// A proxy passing the world's requests on, or a rebound name of another site.
		for (const requestHost of ['maps.example.org', 'evil.test', '192.168.1.5'])
			expect(checkWrite({ ...local, requestHost }, null)).toMatchObject({
				allowed: false,
				reason: 'not_addressed_locally'
			});
		// With a token, the name does not matter.
		expect(checkWrite({ ...local, token: 't0ken', requestHost: 'maps.example.org' }, 't0ken')).toEqual({
			allowed: true
		});
	});

	it('the dev server counts as local only while no HOST is set', () => {
		expect(checkWrite({ host: undefined, token: undefined, dev: true }, null)).toEqual({ allowed: true });
		expect(checkWrite({ host: '0.0.0.0', token: undefined, dev: true }, null)).toMatchObject({
			allowed: false
		});
	});

	it('takes the token from a bearer header before the cookie', () => {
		expect(presentedToken('Bearer abc', 'def')).toBe('abc');
		expect(presentedToken('bearer  abc ', undefined)).toBe('abc');
		expect(presentedToken(null, 'def')).toBe('def');
		expect(presentedToken('Basic xyz', undefined)).toBe(null);
	});
});

describe('security headers', () => {
	it('completes a page CSP with base-uri, form-action and frame-ancestors, keeping its directives', () => {
		const csp = completeCsp("default-src 'self'; script-src 'self' 'sha256-abc'");
		expect(csp).toContain("script-src 'self' 'sha256-abc'");
		expect(csp).toContain("base-uri 'none'");
		expect(csp).toContain("form-action 'self'");
		expect(csp).toContain("frame-ancestors 'none'");
	});

	it('does not repeat a directive that is there', () => {
		const csp = completeCsp("default-src 'self'; base-uri 'self';");
		expect(csp.match(/base-uri/g)).toHaveLength(1);
	});

	it('gives JSON and downloads a CSP that allows nothing, and nosniff, referrer and frame headers to all', () => {
		const json = new Headers({ 'content-type': 'application/json' });
		applySecurityHeaders(json);
		expect(json.get('content-security-policy')).toMatch(/default-src 'none'.*frame-ancestors 'none'/);
		const page = new Headers({ 'content-type': 'text/html', 'content-security-policy': "script-src 'self'" });
		applySecurityHeaders(page);
		for (const h of [json, page]) {
			expect(h.get('x-content-type-options')).toBe('nosniff');
			expect(h.get('x-frame-options')).toBe('DENY');
			expect(h.get('referrer-policy')).toBe('same-origin');
		}
		expect(page.get('content-security-policy')).toContain("script-src 'self'");
	});
});

describe('input limits', () => {
	it('refuses long or numerous query parameters without echoing them, in one language each', () => {
		const long = 'q=' + '园'.repeat(600);
		const problem = queryProblem(long)!;
		for (const text of [problem.zh, problem.en]) {
			expect(text).toMatch(/600/);
			expect(text).not.toContain('园'.repeat(5));
			expect(text.length).toBeLessThan(200);
		}
		expect(problem.zh).toMatch(/参数「q」太长/);
		expect(problem.zh).not.toMatch(/[a-z]{4,}/);
		expect(problem.en).not.toMatch(/[\u4e00-\u9fff]/);
		expect(queryProblem('x'.repeat(5000))?.en).toMatch(/5000/);
		expect(queryProblem('x'.repeat(5000))?.zh).toMatch(/5000 个字符/);
		const many = queryProblem(Array.from({ length: 70 }, (_, i) => `p${i}=1`).join('&'))!;
		expect(many.zh).toMatch(/上限 64 个/);
		expect(many.en).toMatch(/at most 64/);
		expect(queryProblem('week=2023-09-04&q=新材料')).toBeNull();
	});

	it('refuses a file where text is expected, and text over the limit, naming the field in the page language', () => {
		const form = new FormData();
		form.set('place', new File(['南通'], 'a.txt'));
		const asFile = textField(form, 'place', '地点', 'zh');
		expect(asFile).toEqual({ ok: false, message: '地点应是文字，而不是文件。' });
		expect(textField(form, 'place', 'The place', 'en')).toEqual({
			ok: false,
			message: 'The place must be text, not a file.'
		});
		form.set('place', '南'.repeat(5_000_000));
		const long = textField(form, 'place', '地点', 'zh');
		expect(long.ok).toBe(false);
		const message = (long as { message: string }).message;
		expect(message.length).toBeLessThan(100);
		expect(message).not.toMatch(/[a-z]{4,}/);
		const longEn = textField(form, 'place', 'The place', 'en');
		expect(JSON.stringify(longEn)).toMatch(/5000000 characters/);
		expect(JSON.stringify(longEn)).not.toContain('南');
		form.set('place', '南通高新区');
		expect(textField(form, 'place', '地点', 'zh')).toEqual({ ok: true, value: '南通高新区' });
	});

	it('clips text for messages', () => {
		expect(clip('a'.repeat(100), 10)).toBe('a'.repeat(10) + '…');
		expect(clip('短', 10)).toBe('短');
	});
});
