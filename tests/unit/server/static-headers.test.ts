import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installStaticHeaders, STATIC_HEADERS } from '../../../src/lib/server/static-headers';

let server: Server;
let base = '';

beforeAll(async () => {
	installStaticHeaders();
	installStaticHeaders(); // twice changes nothing
	// Answers as a static file server would: headers with writeHead, implicitly, or its own policy.
	server = createServer((req, res) => {
		if (req.url === '/explicit') {
			res.writeHead(200, { 'content-type': 'text/javascript' });
			res.end('1');
		} else if (req.url === '/own') {
			res.setHeader('referrer-policy', 'no-referrer');
			res.end('own');
		} else {
			res.statusCode = 404;
			res.end('implicit');
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('static file headers', () => {
	it.each(['/explicit', '/implicit'])(
		'%s carries nosniff, no framing and the referrer policy',
		async (path) => {
			const response = await fetch(base + path);
			for (const [name, value] of Object.entries(STATIC_HEADERS))
				expect(response.headers.get(name)).toBe(value);
			await response.text();
		}
	);

	it('keeps a header the response set itself', async () => {
		const response = await fetch(`${base}/own`);
		expect(response.headers.get('referrer-policy')).toBe('no-referrer');
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		await response.text();
	});
});
