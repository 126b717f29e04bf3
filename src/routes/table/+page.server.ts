import { fail, isHttpError } from '@sveltejs/kit';
import { fill, MESSAGES, type Lang } from '$lib/i18n';
import { SERVER_TEXT } from '$lib/i18n/failures';
import { MAX_REPORT_BYTES } from '$lib/report';
import { clip, textField } from '$lib/server/limits';
import { appStore, correctLocation, CorrectionError, ingestUpload } from '$lib/server/pipeline';
import { readSnapshot } from '$lib/server/snapshot';
import { tablePage, tableRow } from '$lib/server/table-page';
import { requestLang } from '$lib/server/refusal';
import { readUploadForm, uploadFailure } from '$lib/server/upload';
import type { Actions, PageServerLoad } from './$types';

/**
 * One page of the stored items as a table, under the same URL filters as the map
 * (paging and sorting: $lib/server/table-page).
 */
export const load: PageServerLoad = async ({ url }) => {
	const store = await appStore();
	const { items } = await readSnapshot(store);
	const page = tablePage(items, url.searchParams);
	return {
		reports: store.reports().map((r) => ({ id: r.id, isoWeek: r.isoWeek, itemCount: r.itemCount })),
		stored: items.length,
		...page,
		rows: page.rows.map(tableRow),
		search: url.searchParams.toString()
	};
};

const MB = 1024 * 1024;

/** Reads the posted form; a body over the size limit becomes a message (in `lang`) instead of a bare 413. */
async function readForm(request: Request, lang: Lang): Promise<FormData | { error: string; status: number }> {
	try {
		return await request.formData();
	} catch (e) {
		// The adapter's body limit surfaces as an error with status 413 (not always an HttpError).
		const status = isHttpError(e) ? e.status : (e as { status?: unknown } | null)?.status;
		if (status === 413) {
			const length = Number(request.headers.get('content-length') ?? 0);
			return { status: 413, error: SERVER_TEXT[lang].tooLarge(length / MB, MAX_REPORT_BYTES / MB) };
		}
		return { status: 400, error: SERVER_TEXT[lang].notMultipart };
	}
}

export const actions: Actions = {
	/** Ingests an uploaded report; bad input is reported on the page, in its language, and stores nothing. */
	upload: async ({ request, url }) => {
		const lang = requestLang(request, url);
		const upload = await readUploadForm(request, lang);
		if ('status' in upload) return fail(upload.status, { error: upload.message, fileName: null });
		const fileName = clip(upload.fileName, 80);
		if (upload.bytes.length === 0) {
			return fail(400, { error: SERVER_TEXT[lang].emptyFile(fileName), fileName: null });
		}
		try {
			const result = await ingestUpload(upload);
			return { result, fileName };
		} catch (e) {
			const failure = uploadFailure(e, lang);
			if (!failure) throw e;
			return fail(failure.status, { error: failure.message, fileName });
		}
	},
	/** Sets where an item's project lands from a place name typed by a person. */
	place: async ({ request, url }) => {
		const lang = requestLang(request, url);
		const form = await readForm(request, lang);
		if (!(form instanceof FormData)) return fail(form.status, { error: form.error, fileName: null });
		const idField = textField(form, 'id', lang === 'zh' ? '项目编号' : 'The item id', lang);
		const id = idField.ok ? idField.value : '';
		const placeField = textField(form, 'place', lang === 'zh' ? '地点' : 'The place', lang);
		if (!idField.ok || !placeField.ok) {
			const message = !idField.ok ? idField.message : (placeField as { message: string }).message;
			return fail(400, { placeError: { id, message } });
		}
		const place = placeField.value;
		try {
			const location = correctLocation(await appStore(), id, place, {
				note: '表格页校正 (table page)'
			});
			return { placed: { id, location } };
		} catch (e) {
			if (e instanceof CorrectionError) {
				const t = MESSAGES.zh;
				const zh = {
					no_place: t.placeNoPlace,
					unknown_place: fill(t.placeUnknown, { place: clip(place.trim()) }),
					invalid: t.placeInvalid
				}[e.code];
				// `code` and `place` let the page say it in the reader's language alone.
				return fail(422, {
					placeError: { id, message: lang === 'zh' ? zh : e.message, code: e.code, place: place.trim() }
				});
			}
			throw e;
		}
	}
};
