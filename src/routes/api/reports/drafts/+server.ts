import { ReportError } from '$lib/report';
import { createDraft } from '$lib/server/review';
import { readUpload } from '$lib/server/upload';
import type { RequestHandler } from './$types';

/**
 * Parses an uploaded report for review and stores nothing. Answers a stream of JSON lines: each
 * stage as it starts (`{"stage":"locating","done":10,"total":47}`), then `{"stage":"ready","draft":…}`
 * or `{"stage":"error","status":422,"message":…}`.
 */
export const POST: RequestHandler = async ({ request }) => {
	const { file, week } = await readUpload(request);
	const bytes = new Uint8Array(await file.arrayBuffer());
	const encoder = new TextEncoder();
	const stream = new ReadableStream<Uint8Array>({
		async start(controller) {
			const send = (line: object) => controller.enqueue(encoder.encode(JSON.stringify(line) + '\n'));
			try {
				const draft = await createDraft(bytes, file.name, {
					week,
					onStage: (stage, done, total) => {
						if (stage !== 'ready') send({ stage, done, total });
					}
				});
				send({ stage: 'ready', draft });
			} catch (e) {
				if (!(e instanceof ReportError)) console.error(e);
				const status = e instanceof ReportError ? (e.code === 'too_large' ? 413 : 422) : 500;
				const message = e instanceof ReportError ? e.message : 'The report could not be read.';
				send({ stage: 'error', status, message });
			}
			controller.close();
		}
	});
	return new Response(stream, {
		headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' }
	});
};
