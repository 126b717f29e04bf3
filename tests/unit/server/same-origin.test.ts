import { describe, expect, it } from 'vitest';
import { isSameOriginWrite } from '../../../src/lib/server/same-origin';

function request(method: string, url: string, headers: Record<string, string> = {}) {
	return { method, url: new URL(url), headers: new Headers(headers) };
}

describe('isSameOriginWrite', () => {
	it('accepts a page posting to the plain-http server that served it (npm start)', () => {
		// adapter-node without ORIGIN reconstructs https:// — the scheme must not matter.
		const posted = request('POST', 'https://localhost:3000/table?/upload', {
			origin: 'http://localhost:3000',
			'sec-fetch-site': 'same-origin'
		});
		expect(isSameOriginWrite(posted)).toBe(true);
	});

	it('accepts the same page reached by IP address or behind a proxy that keeps the host', () => {
		expect(
			isSameOriginWrite(request('POST', 'https://192.0.2.7:3000/x', { origin: 'http://192.0.2.7:3000' }))
		).toBe(true);
		expect(
			isSameOriginWrite(
				request('DELETE', 'https://parkmap.example.org/x', { origin: 'https://parkmap.example.org' })
			)
		).toBe(true);
	});

	it('refuses another site, another port and a sibling subdomain', () => {
		expect(
			isSameOriginWrite(request('POST', 'https://localhost:3000/x', { origin: 'http://evil.test' }))
		).toBe(false);
		expect(
			isSameOriginWrite(request('POST', 'https://localhost:3000/x', { origin: 'http://localhost:4000' }))
		).toBe(false);
		expect(
			isSameOriginWrite(
				request('POST', 'https://a.example.org/x', {
					origin: 'https://a.example.org',
					'sec-fetch-site': 'same-site'
				})
			)
		).toBe(false);
	});

	it('refuses an opaque or malformed origin', () => {
		expect(isSameOriginWrite(request('POST', 'https://localhost:3000/x', { origin: 'null' }))).toBe(false);
		expect(isSameOriginWrite(request('PUT', 'https://localhost:3000/x', { origin: '::' }))).toBe(false);
	});

	it('lets reads and clients without an Origin (scripts, curl) through', () => {
		expect(
			isSameOriginWrite(request('GET', 'https://localhost:3000/x', { origin: 'http://evil.test' }))
		).toBe(true);
		expect(isSameOriginWrite(request('POST', 'https://localhost:3000/x'))).toBe(true);
	});

	it('with ORIGIN configured, the scheme counts too', () => {
		const posted = (origin: string) => request('POST', 'https://maps.example.org/x', { origin });
		expect(isSameOriginWrite(posted('https://maps.example.org'), 'https://maps.example.org')).toBe(true);
		expect(isSameOriginWrite(posted('http://maps.example.org'), 'https://maps.example.org')).toBe(false);
	});
});
