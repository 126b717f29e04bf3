/**
 * The load benchmark's upload probes: while a report is uploaded and stored (from the table page,
 * or for review and then published) or a near-50 MB input of a slow shape is parsed or refused,
 * one client asks for `/api/map-data` every 20 ms. The latency of those requests shows whether the
 * upload stalls the server; the floor is 200 ms.
 */
import { readFileSync } from 'node:fs';
import type { Agent } from 'node:http';
import { longParagraph, manyHeadlines, oneBlock } from '../tests/unit/report/adversarial';

export type Get = (base: URL, path: string, agent: Agent) => Promise<{ ms: number }>;

export interface Probed {
	case: string;
	uploadBytes: number;
	/** HTTP status of each step (upload, then publish for a review). */
	statuses: number[];
	/** Time from the first byte sent to the last answer. */
	ms: number;
	answer: string;
	probes: number;
	probeP50: number;
	probeMax: number;
}

/** A large report: the seed report's items a hundred times over (4,700 items), with `tag` to make it new. */
export function largeReport(tag: string): Blob {
	const seed = readFileSync('data/seed/report-2023-09-04.txt', 'utf8');
	const text = Array.from({ length: 100 }, () => seed).join('\n');
	return new Blob([`${text.trimEnd()}本期编号${tag}。\n`], { type: 'text/plain' });
}

/** Inputs near the 50 MB limit of the shapes that are slowest to read. */
export function nearLimitInputs(): [string, () => Blob][] {
	const text = (s: string) => new Blob([s], { type: 'text/plain' });
	return [
		['49 MB one paragraph', () => text(longParagraph(49e6))],
		['100k headlines with captions', () => text(manyHeadlines(100_000))],
		['many captions in one block', () => text(oneBlock(100_000))]
	];
}

function form(file: Blob, name: string): FormData {
	const body = new FormData();
	body.set('file', file, name);
	return body;
}

/** Upload from the table page: parsed, located and stored at once. */
export async function tableUpload(base: URL, file: Blob, name: string) {
	const response = await fetch(new URL('/table?/upload', base), {
		method: 'POST',
		body: form(file, name),
		headers: { origin: base.origin, 'x-sveltekit-action': 'true' }
	});
	const answer = await response.text();
	// An action answers 200 with the result inside: its own status says what happened.
	const inner = /^\{"type":"\w+","status":(\d+)/.exec(answer)?.[1];
	return { statuses: [inner ? Number(inner) : response.status], answer: answer.slice(0, 200) };
}

/** Upload for review (a stream of stages, then the draft), then publish it as it is. */
export async function reviewUpload(base: URL, file: Blob, name: string) {
	const headers = { origin: base.origin };
	const upload = await fetch(new URL('/api/reports/drafts', base), {
		method: 'POST',
		body: form(file, name),
		headers
	});
	const lines = (await upload.text()).trim().split('\n');
	const last = JSON.parse(lines.at(-1) ?? '{}') as {
		stage?: string;
		message?: string;
		draft?: { draftId: string; existing: { reports: { id: string }[] } | null };
	};
	if (!last.draft) return { statuses: [upload.status], answer: String(last.message).slice(0, 200) };
	const publish = await fetch(new URL(`/api/reports/drafts/${last.draft.draftId}/publish`, base), {
		method: 'POST',
		body: JSON.stringify({ edits: {}, replace: last.draft.existing?.reports.map((r) => r.id) ?? [] }),
		headers: { ...headers, 'content-type': 'application/json' }
	});
	return { statuses: [upload.status, publish.status], answer: (await publish.text()).slice(0, 200) };
}

/** Runs `action` while probing `/api/map-data` every 20 ms on its own connection. */
export async function whileProbing(
	base: URL,
	agent: Agent,
	get: Get,
	name: string,
	file: Blob,
	action: () => Promise<{ statuses: number[]; answer: string }>
): Promise<Probed> {
	const probes: number[] = [];
	let done = false;
	const probe = (async () => {
		while (!done) {
			probes.push((await get(base, '/api/map-data', agent)).ms);
			await new Promise((r) => setTimeout(r, 20));
		}
	})();
	const t0 = performance.now();
	const { statuses, answer } = await action();
	const ms = performance.now() - t0;
	done = true;
	await probe;
	const sorted = [...probes].sort((a, b) => a - b);
	return {
		case: name,
		uploadBytes: file.size,
		statuses,
		ms: Math.round(ms),
		answer,
		probes: probes.length,
		probeP50: Math.round(sorted[Math.floor(sorted.length / 2)] ?? NaN),
		probeMax: Math.round(sorted.at(-1) ?? NaN)
	};
}
