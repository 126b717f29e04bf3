import { describe, expect, it } from 'vitest';
import { multipartBoundary, parseMultipart } from '../../../src/lib/server/multipart';

/** The body and content type the fetch API sends for a form. */
async function encoded(form: FormData): Promise<{ body: Uint8Array; type: string }> {
	const request = new Request('http://localhost/', { method: 'POST', body: form });
	return { body: new Uint8Array(await request.arrayBuffer()), type: request.headers.get('content-type')! };
}

describe('multipart bodies', () => {
	it('reads the parts a browser sends: files with their names and bytes, text fields', async () => {
		const form = new FormData();
		const bytes = new Uint8Array(300_000).map((_, i) => (i * 7) % 256);
		// Bytes that look like a delimiter without being one, and a file name with quotes and CJK.
		bytes.set(new TextEncoder().encode('\r\n--notTheBoundary\r\n'), 1000);
		form.set('file', new File([bytes], '周报 "9月".pdf'));
		form.set('week', '2023-09-04');
		const { body, type } = await encoded(form);
		const parts = parseMultipart(body, multipartBoundary(type)!)!;
		expect(parts.get('file')?.fileName).toMatch(/周报 .*9月.*\.pdf/);
		expect(parts.get('file')?.data).toEqual(bytes);
		expect(new TextDecoder().decode(parts.get('week')?.data)).toBe('2023-09-04');
		expect(parts.get('week')?.fileName).toBeNull();
		// Views into the body, not copies.
		expect(parts.get('file')?.data.buffer).toBe(body.buffer);
	});

	it('reads an empty file and a form without files', async () => {
		const form = new FormData();
		form.set('file', new File([], 'empty.txt'));
		form.set('note', '');
		const { body, type } = await encoded(form);
		const parts = parseMultipart(body, multipartBoundary(type)!)!;
		expect(parts.get('file')?.data.length).toBe(0);
		expect(parts.get('file')?.fileName).toBe('empty.txt');
		expect(parts.get('note')?.data.length).toBe(0);
	});

	it('refuses what is not multipart data', () => {
		expect(multipartBoundary('application/json')).toBeNull();
		expect(multipartBoundary('multipart/form-data')).toBeNull();
		expect(multipartBoundary('multipart/form-data; boundary="a b"')).toBe('a b');
		const text = new TextEncoder().encode('no boundary here');
		expect(parseMultipart(text, 'xyz')).toBeNull();
		const cut = new TextEncoder().encode('--xyz\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc');
		expect(parseMultipart(cut, 'xyz')).toBeNull();
	});
});
