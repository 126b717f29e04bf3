/**
 * SHA-256 for report and item ids. Parsing runs only in Node (the server, its parse worker and the
 * command line), so node:crypto serves; the browser never computes an id.
 */
import { createHash } from 'node:crypto';

/** SHA-256 of a string's UTF-8 bytes, as lowercase hex. */
export function sha256Hex(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('hex');
}
