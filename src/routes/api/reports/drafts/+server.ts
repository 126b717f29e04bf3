import { SERVER_TEXT } from '$lib/i18n/failures';
import { requestLang } from '$lib/server/refusal';
import { createDraft } from '$lib/server/review';
import { readUpload, uploadFailure } from '$lib/server/upload';
import type { RequestHandler } from './$types';

/**
 * Parses an uploaded report for review and stores nothing. Answers a stream of JSON lines: each
 * stage as it starts (`{"stage":"locating","done":10,"total":47}`), then `{"stage":"ready","draft":…}`
 * or `{"stage":"error","status":422,"message":…}`.
 */
export const POST: RequestHandler = async ({ request, url }) => {
	const lang = requestLang(request, url);
	const { fileName, bytes, week } = await readUpload(request, lang);
	const encoder = new TextEncoder();
	const stream = new ReadableStream<Uint8Array>({
		async start(controller) {
			const send = (line: object) => controller.enqueue(encoder.encode(JSON.stringify(line) + '\n'));
			try {
				const draft = await createDraft(bytes, fileName, {
					week,
					onStage: (stage, done, total) => {
						if (stage !== 'ready') send({ stage, done, total });
					}
				});
				send({ stage: 'ready', draft });
			} catch (e) {
				const failure = uploadFailure(e, lang);
				if (!failure) console.error(e);
				send({ stage: 'error', ...(failure ?? { status: 500, message: SERVER_TEXT[lang].unreadable }) });
			}
			controller.close();
		}
	});
	return new Response(stream, {
		headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' }
	});
};
