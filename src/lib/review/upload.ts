/**
 * The browser side of an upload for review: the file goes up with XMLHttpRequest (fetch reports no
 * upload progress) and the server answers a stream of JSON lines, one per parsing stage.
 */
import type { DraftView } from './types';

export type UploadEvent =
	| { stage: 'uploading'; loaded: number; total: number }
	| { stage: 'reading' | 'checking' }
	| { stage: 'ready'; draft: DraftView }
	| { stage: 'error'; status: number; message: string };

/**
 * Splits the complete lines off a growing response text, from `offset` on. Returns the parsed
 * lines and the offset just past the last complete line (a partial line waits for more text).
 */
export function takeLines(text: string, offset: number): { events: UploadEvent[]; offset: number } {
	const events: UploadEvent[] = [];
	let from = offset;
	for (let nl = text.indexOf('\n', from); nl !== -1; nl = text.indexOf('\n', from)) {
		const line = text.slice(from, nl).trim();
		from = nl + 1;
		if (line !== '') events.push(JSON.parse(line) as UploadEvent);
	}
	return { events, offset: from };
}

/** The message of an error answer: SvelteKit's `{ message }` JSON, else the status. */
function errorMessage(xhr: XMLHttpRequest): string {
	try {
		return (JSON.parse(xhr.responseText) as { message?: string }).message ?? `HTTP ${xhr.status}`;
	} catch {
		return `HTTP ${xhr.status}`;
	}
}

/** Uploads a report for review, calling `onEvent` for progress and each stage; resolves with the last event. */
export function uploadForReview(
	url: string,
	file: File,
	week: string,
	onEvent: (event: UploadEvent) => void
): Promise<UploadEvent> {
	return new Promise((resolve) => {
		const xhr = new XMLHttpRequest();
		const form = new FormData();
		form.set('file', file);
		if (week) form.set('week', week);
		let offset = 0;
		let last: UploadEvent = { stage: 'uploading', loaded: 0, total: file.size };
		const emit = (event: UploadEvent) => {
			last = event;
			onEvent(event);
		};
		const read = () => {
			if (xhr.status !== 200) return;
			const taken = takeLines(xhr.responseText, offset);
			offset = taken.offset;
			taken.events.forEach(emit);
		};
		xhr.upload.onprogress = (e) =>
			emit({ stage: 'uploading', loaded: e.loaded, total: e.total || file.size });
		xhr.onprogress = read;
		xhr.onload = () => {
			if (xhr.status === 200) read();
			else emit({ stage: 'error', status: xhr.status, message: errorMessage(xhr) });
			resolve(last);
		};
		xhr.onerror = () => {
			// No answer at all: the page names it in its own language (status 0).
			emit({ stage: 'error', status: 0, message: '' });
			resolve(last);
		};
		xhr.open('POST', url);
		xhr.send(form);
	});
}
