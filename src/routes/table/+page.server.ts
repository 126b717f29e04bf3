import { fail, isHttpError } from '@sveltejs/kit';
import { isIsoDate, MAX_REPORT_BYTES, ReportError } from '$lib/report';
import { clip, textField } from '$lib/server/limits';
import { appStore, correctLocation, CorrectionError, ingestUpload } from '$lib/server/pipeline';
import { readSnapshot } from '$lib/server/snapshot';
import { tablePage, tableRow } from '$lib/server/table-page';
import { ParseBudgetError, ParseBusyError } from '$lib/server/worker';
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

/** Reads the posted form; a body over the size limit becomes a message instead of a bare 413. */
async function readForm(request: Request): Promise<FormData | { error: string; status: number }> {
	try {
		return await request.formData();
	} catch (e) {
		// The adapter's body limit surfaces as an error with status 413 (not always an HttpError).
		const status = isHttpError(e) ? e.status : (e as { status?: unknown } | null)?.status;
		if (status === 413) {
			return {
				status: 413,
				error: `文件太大：周报最大 ${MAX_REPORT_BYTES / MB} MB，未导入任何内容。请确认选对了文件。 The file is too large: reports are limited to ${MAX_REPORT_BYTES / MB} MB and nothing was stored. Check that this is the right file.`
			};
		}
		return {
			status: 400,
			error:
				'无法读取提交的表单，请重新选择文件后再试。 The form could not be read; choose the file again and retry.'
		};
	}
}

function uploadError(e: unknown, fileName: string) {
	if (e instanceof ReportError)
		return fail(e.code === 'too_large' ? 413 : 422, { error: e.message, fileName });
	if (e instanceof ParseBudgetError) return fail(422, { error: e.message, fileName });
	if (e instanceof ParseBusyError) return fail(503, { error: e.message, fileName });
	throw e;
}

export const actions: Actions = {
	/** Ingests an uploaded report; bad input is reported on the page and stores nothing. */
	upload: async ({ request }) => {
		const form = await readForm(request);
		if (!(form instanceof FormData)) return fail(form.status, { error: form.error, fileName: null });
		const file = form.get('file');
		const week = textField(form, 'week', { zh: '所属周', en: 'The week' });
		if (!week.ok) return fail(400, { error: week.message, fileName: null });
		if (!(file instanceof File) || file.name === '') {
			return fail(400, {
				error: '请选择一个周报文件（PDF 或文本）。 Choose a report file (PDF or text).',
				fileName: null
			});
		}
		const fileName = clip(file.name, 80);
		if (file.size === 0) {
			return fail(400, {
				error: `${fileName} 是空文件（0 字节），未导入任何内容：请检查文件，或重新导出周报。 ${fileName} is empty (0 bytes); nothing was stored. Check the file, or export the report again.`,
				fileName: null
			});
		}
		const weekText = week.value.trim();
		if (weekText !== '' && !isIsoDate(weekText)) {
			return fail(400, { error: '周的日期应写作 YYYY-MM-DD。 Write the week as YYYY-MM-DD.', fileName });
		}
		try {
			const result = await ingestUpload(file, weekText || undefined);
			return { result, fileName };
		} catch (e) {
			return uploadError(e, fileName);
		}
	},
	/** Sets where an item's project lands from a place name typed by a person. */
	place: async ({ request }) => {
		const form = await readForm(request);
		if (!(form instanceof FormData)) return fail(form.status, { error: form.error, fileName: null });
		const idField = textField(form, 'id', { zh: '项目编号', en: 'The item id' });
		const id = idField.ok ? idField.value : '';
		const placeField = textField(form, 'place', { zh: '地点', en: 'The place' });
		if (!idField.ok || !placeField.ok) {
			const message = !idField.ok ? idField.message : (placeField as { message: string }).message;
			return fail(400, { placeError: { id, message } });
		}
		const place = placeField.value;
		try {
			const location = correctLocation(await appStore(), id, place, '表格页校正 (table page)');
			return { placed: { id, location } };
		} catch (e) {
			if (e instanceof CorrectionError) {
				const zh = {
					no_place: '请写出项目落地的地方。',
					unknown_place: `地名库中没有「${clip(place.trim())}」：请写县区、城市或开发区的名称，如 通州区、南通市、南通高新区。`,
					invalid: '无法校正这一条。'
				}[e.code];
				// `code` and `place` let the page say it in the reader's language alone.
				return fail(422, {
					placeError: { id, message: `${zh} ${e.message}`, code: e.code, place: place.trim() }
				});
			}
			throw e;
		}
	}
};
