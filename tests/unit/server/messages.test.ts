import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../../src/lib/i18n';
import { reportRefused, SERVER_TEXT } from '../../../src/lib/i18n/failures';
import { sendJson } from '../../../src/lib/ui/send-json';
import { ReportError, type ReportErrorCode } from '../../../src/lib/report';
import { ReviewError } from '../../../src/lib/server/review';
import { readUpload, uploadFailure } from '../../../src/lib/server/upload';
import { ParseBudgetError, ParseBusyError } from '../../../src/lib/server/worker';

const CJK = /[\u4e00-\u9fff]/;
/** An English word of four letters or more (file names and units like MB or HTTP aside). */
const ENGLISH_WORD = /\b(?!HTTP\b|YYYY\b)[A-Za-z]{4,}\b/;

/** One language only: Chinese without English words, English without Chinese characters. */
function inOneLanguage(text: string, lang: Lang): void {
	expect(text.length).toBeGreaterThan(10);
	if (lang === 'zh') expect(text).not.toMatch(ENGLISH_WORD);
	else expect(text).not.toMatch(CJK);
}

const CODES: ReportErrorCode[] = [
	'empty',
	'not_pdf',
	'encrypted',
	'corrupt',
	'image_only',
	'no_items',
	'unknown_layout',
	'unknown_week',
	'unsupported_format',
	'too_large',
	'bad_encoding',
	'bad_option'
];

describe('refusals in the page language, one language each', () => {
	it.each(CODES)('a report refused as %s says so and what to do, in Chinese or in English', (code) => {
		const error = new ReportError(code, `The report is refused (${code}). Check the file.`);
		const zh = reportRefused(error, 'zh');
		inOneLanguage(zh, 'zh');
		expect(zh).toMatch(/未导入任何内容|请/);
		expect(reportRefused(error, 'en')).toBe(error.message);
	});

	it('has every server message in both languages, each in its own (Chinese in the Chinese UI)', () => {
		expect(Object.keys(SERVER_TEXT.en).sort()).toEqual(Object.keys(SERVER_TEXT.zh).sort());
		// Numbers serve every argument: names, sizes and lengths alike.
		const text = (m: unknown) => String(typeof m === 'function' ? m(3, 3, 5) : m);
		for (const [key, zh] of Object.entries(SERVER_TEXT.zh)) {
			expect(text(zh), key).toMatch(/[\u4e00-\u9fff]/);
			expect(text(SERVER_TEXT.en[key as keyof typeof SERVER_TEXT.en]), key).not.toMatch(/[\u4e00-\u9fff]/);
		}
	});

	it('answers upload failures with a status and a message in the asked language', () => {
		const budget = new ParseBudgetError('周报.txt', 20_000);
		for (const lang of ['zh', 'en'] as const) {
			const failures = [
				uploadFailure(new ReportError('no_items', 'No items found in the report.'), lang),
				uploadFailure(budget, lang),
				uploadFailure(new ParseBusyError(), lang)
			];
			expect(failures.map((f) => f?.status)).toEqual([422, 422, 503]);
			for (const f of failures) inOneLanguage(f!.message.replace('周报.txt', ''), lang);
		}
		expect(uploadFailure(budget, 'zh')?.message).toContain('20 秒');
		expect(uploadFailure(budget, 'en')?.message).toContain('20 s');
		expect(uploadFailure(new ReportError('too_large', 'x'), 'en')?.status).toBe(413);
		expect(uploadFailure(new Error('disk full'), 'zh')).toBeNull();
	});

	it('refuses a malformed upload in the asked language', async () => {
		const post = (body: BodyInit, headers: Record<string, string> = {}) =>
			new Request('http://localhost/api/reports', { method: 'POST', body, headers });
		const refusal = async (request: Request, lang: Lang) => {
			try {
				await readUpload(request, lang);
			} catch (e) {
				return e as { status: number; body: { message: string } };
			}
			throw new Error('accepted');
		};
		const noFile = new FormData();
		noFile.set('week', '2023-09-04');
		expect((await refusal(post(noFile), 'zh')).body.message).toBe(SERVER_TEXT.zh.noFile);
		expect((await refusal(post(noFile), 'en')).body.message).toBe(SERVER_TEXT.en.noFile);
		const badWeek = new FormData();
		badWeek.set('file', new File(['x'], 'a.txt'));
		badWeek.set('week', '9月4日');
		const weekZh = await refusal(post(badWeek), 'zh');
		expect(weekZh.status).toBe(400);
		inOneLanguage(weekZh.body.message.replace('YYYY-MM-DD', ''), 'zh');
		const notForm = await refusal(post('plain text', { 'content-type': 'text/plain' }), 'en');
		inOneLanguage(notForm.body.message, 'en');
		const huge = await refusal(post('x', { 'content-length': String(60 * 1048576) }), 'zh');
		expect(huge.status).toBe(413);
		expect(huge.body.message).toContain('60.0 MB');
		inOneLanguage(huge.body.message, 'zh');
	});

	it('says why a review cannot be published in each language, the English naming the detail', () => {
		const gone = new ReviewError(404, 'draftGone');
		inOneLanguage(gone.messages.zh, 'zh');
		inOneLanguage(gone.messages.en, 'en');
		const edit = new ReviewError(422, 'badEdit', 'amountYi: must be a number');
		expect(edit.messages.en).toBe('amountYi: must be a number');
		inOneLanguage(edit.messages.zh, 'zh');
	});
});

describe('sendJson', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('names no answer and server faults in the page language, keeps the server’s refusals', async () => {
		vi.stubGlobal('fetch', async () => {
			throw new TypeError('Failed to fetch');
		});
		await expect(sendJson('/x', 'POST', {}, 'zh')).rejects.toThrow(/无法连接服务器/);
		await expect(sendJson('/x', 'POST', {}, 'en')).rejects.toThrow(/could not be reached/);
		vi.stubGlobal('fetch', async () => new Response('<html>Internal Error</html>', { status: 500 }));
		const fault = sendJson('/x', 'DELETE', undefined, 'zh');
		await expect(fault).rejects.toThrow(/服务器出错（HTTP 500）/);
		await expect(fault).rejects.not.toThrow(/Internal/);
		vi.stubGlobal('fetch', async () => Response.json({ message: '这次审核已过期' }, { status: 404 }));
		await expect(sendJson('/x', 'POST', {}, 'zh')).rejects.toThrow('这次审核已过期');
		vi.stubGlobal('fetch', async () => Response.json({ corrections: 2 }));
		expect(await sendJson('/x', 'POST', {}, 'en')).toEqual({ corrections: 2 });
	});
});
