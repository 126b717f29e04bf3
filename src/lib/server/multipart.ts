/**
 * A multipart/form-data body read from its bytes at once. The fetch API's formData() makes each
 * file a Blob that is then read back a small chunk per microtask: for a 50 MB upload that holds the
 * request thread for a quarter of a second or more. Here the parts are views into the body: the
 * boundary is found with Buffer.indexOf and nothing is copied. Node only.
 */

export interface FormPart {
	/** The file name sent with a file part, else null. */
	fileName: string | null;
	data: Uint8Array;
}

/** The boundary named in a multipart/form-data content type, or null for any other body. */
export function multipartBoundary(contentType: string | null): string | null {
	if (!contentType || !/^multipart\/form-data\s*;/i.test(contentType)) return null;
	const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType);
	return match ? (match[1] ?? match[2]!) : null;
}

/** A header parameter of a part's Content-Disposition (`name`, `filename`), or null. */
function dispositionParam(headers: string, param: string): string | null {
	const line = /^content-disposition:(.*)$/im.exec(headers)?.[1] ?? '';
	const match = new RegExp(`;\\s*${param}="((?:[^"\\\\]|\\\\.)*)"`, 'i').exec(line);
	return match ? match[1]!.replace(/\\(.)/g, '$1') : null;
}

/**
 * The named parts of a body (the first of each name), or null when the body is not well formed
 * multipart data with that boundary.
 */
export function parseMultipart(body: Uint8Array, boundary: string): Map<string, FormPart> | null {
	const bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
	const delimiter = Buffer.from(`\r\n--${boundary}`);
	const parts = new Map<string, FormPart>();
	// The first delimiter may open the body without the line break before it.
	let at = bytes.indexOf(delimiter.subarray(2));
	if (at < 0) return null;
	at += delimiter.length - 2;
	for (;;) {
		if (bytes[at] === 0x2d && bytes[at + 1] === 0x2d) return parts; // "--": the closing delimiter
		const headersEnd = bytes.indexOf('\r\n\r\n', at);
		if (headersEnd < 0) return null;
		const headers = bytes.toString('utf8', at, headersEnd);
		const end = bytes.indexOf(delimiter, headersEnd + 4);
		if (end < 0) return null;
		const name = dispositionParam(headers, 'name');
		if (name !== null && !parts.has(name)) {
			parts.set(name, {
				fileName: dispositionParam(headers, 'filename'),
				data: body.subarray(headersEnd + 4, end)
			});
		}
		at = end + delimiter.length;
	}
}
