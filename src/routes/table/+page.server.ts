import { fail } from '@sveltejs/kit';
import { applyFilters, filtersFromParams } from '$lib/filters';
import { isIsoDate, ReportError } from '$lib/report';
import { appStore, correctLocation, CorrectionError, ingestUpload } from '$lib/server/pipeline';
import type { Actions, PageServerLoad } from './$types';

/** The stored items as a table, under the same URL filters as the map. */
export const load: PageServerLoad = async ({ url }) => {
	const store = await appStore();
	const items = store.items();
	const filters = filtersFromParams(url.searchParams);
	return {
		reports: store.reports(),
		total: items.length,
		items: applyFilters(items, filters),
		search: url.searchParams.toString()
	};
};

export const actions: Actions = {
	/** Ingests an uploaded report; bad input is reported on the page and stores nothing. */
	upload: async ({ request }) => {
		const form = await request.formData();
		const file = form.get('file');
		const week = String(form.get('week') ?? '').trim();
		if (!(file instanceof File) || file.size === 0) {
			return fail(400, {
				error: '请选择一个周报文件（PDF 或文本）。Choose a report file (PDF or text).',
				fileName: null
			});
		}
		if (week !== '' && !isIsoDate(week)) {
			return fail(400, {
				error: '周的日期应写作 YYYY-MM-DD。Write the week as YYYY-MM-DD.',
				fileName: file.name
			});
		}
		try {
			const result = await ingestUpload(file, week || undefined);
			return { result, fileName: file.name };
		} catch (e) {
			if (e instanceof ReportError) return fail(422, { error: e.message, fileName: file.name });
			throw e;
		}
	},
	/** Sets where an item's project lands from a place name typed by a person. */
	place: async ({ request }) => {
		const form = await request.formData();
		const id = String(form.get('id') ?? '');
		const place = String(form.get('place') ?? '');
		try {
			const location = correctLocation(await appStore(), id, place, '表格页校正 (table page)');
			return { placed: { id, location } };
		} catch (e) {
			if (e instanceof CorrectionError) {
				const zh = {
					no_place: '请写出项目落地的地方。',
					unknown_place: `地名库中没有「${place.trim()}」：请写县区、城市或开发区的名称，如 通州区、南通市、南通高新区。`,
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
