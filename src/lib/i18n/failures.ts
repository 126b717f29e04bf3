/**
 * What a person reads when a form post or fetch fails before the route could answer in its own
 * words: refused, too large, a server fault, or no answer at all. Keyed by HTTP status.
 */
import type { ReportErrorCode } from '../report/errors';
import type { Lang } from './index';

const TEXT = {
	zh: {
		403: '服务器拒绝了这次写入（HTTP 403）。请刷新页面后重试；若仍被拒绝，请联系管理员。',
		413: '文件太大，服务器拒收（HTTP 413）。周报文件不能超过 50 MB。',
		server: '服务器出错（HTTP {status}），未保存任何更改。请稍后重试。',
		network: '无法连接服务器，未保存任何更改。请检查网络或服务器是否在运行，然后重试。',
		other: '请求失败（HTTP {status}），未保存任何更改。'
	},
	en: {
		403: 'The server refused this change (HTTP 403). Reload the page and try again; if it is still refused, ask the administrator.',
		413: 'The file is too large for the server (HTTP 413). Reports must be 50 MB or smaller.',
		server: 'The server failed (HTTP {status}); nothing was saved. Try again later.',
		network:
			'The server could not be reached; nothing was saved. Check the network or that the server is running, then try again.',
		other: 'The request failed (HTTP {status}); nothing was saved.'
	}
} as const;

export interface Failure {
	/** HTTP status, or undefined when no answer came (network error, unreadable answer). */
	status?: number;
	/**
	 * A message of ParkMap's own refusals (they carry a code), already in the page's language.
	 * Framework and proxy messages ("Payload Too Large") are not passed: they are English only.
	 */
	message?: string;
}

/** One message, in the page's language, for a failed request. */
export function failureMessage({ status, message }: Failure, lang: Lang): string {
	const text = TEXT[lang];
	if (message && status !== undefined && status < 500 && status !== 413) return message;
	if (status === undefined) return text.network;
	if (status === 403) return text[403];
	if (status === 413) return text[413];
	return (status >= 500 ? text.server : text.other).replace('{status}', String(status));
}

/**
 * Why a report was not read, in Chinese, by the reader's error code; the English messages are the
 * reader's own (they name the numbers too). Nothing was stored in every case.
 */
const REPORT_REFUSED_ZH: Record<ReportErrorCode, string> = {
	empty: '文件是空的，未导入任何内容：请检查文件，或重新导出周报。',
	not_pdf: '文件不是可读的 PDF，未导入任何内容：请重新下载或导出周报。',
	encrypted: 'PDF 已加密，未导入任何内容：请提供未加密的 PDF 或周报的文本。',
	corrupt: 'PDF 已损坏，无法读取，未导入任何内容：请重新下载或导出周报。',
	image_only: 'PDF 只有图片、没有文字，未导入任何内容：请提供带文字的 PDF 或周报的文本。',
	no_items: '周报中没有找到以 ● 开头的条目，未导入任何内容：请确认这是一期园区周报。',
	unknown_layout: '无法识别周报的版式，未导入任何内容：请确认这是一期园区周报，或提供周报的文本。',
	unknown_week: '无法确定周报所属的周，未导入任何内容：请在上传时填写所属周（YYYY-MM-DD）。',
	unsupported_format: '不支持这种文件格式，未导入任何内容：请提供 PDF 或 UTF-8 文本（.txt）。',
	too_large: '文件太大或条目太多，未导入任何内容：请确认选对了文件，或按周拆分后再导入。',
	bad_encoding: '无法识别文件的文字编码，未导入任何内容：请另存为 UTF-8 文本或提供 PDF。',
	bad_option: '所属周的写法不对，未导入任何内容：请写作 YYYY-MM-DD。'
};

/** Why a report was not read, in the page's language. */
export function reportRefused(error: { code: ReportErrorCode; message: string }, lang: Lang): string {
	return lang === 'en' ? error.message : REPORT_REFUSED_ZH[error.code];
}

/** What the server answers, in each language, when a request cannot be acted on. */
export const SERVER_TEXT = {
	zh: {
		notMultipart: '无法读取上传的内容：请在页面上重新选择周报文件后再试。',
		noFile: '请选择一个周报文件（PDF 或文本）。',
		emptyFile: (name: string) => `${name} 是空文件（0 字节），未导入任何内容：请检查文件，或重新导出周报。`,
		badWeek: '所属周应写作 YYYY-MM-DD（周一的日期），例如 2023-09-04。',
		tooLarge: (mb: number, max: number) =>
			`文件有 ${mb.toFixed(1)} MB，超过了 ${max} MB 的上限，未导入任何内容：请确认选对了文件。`,
		busy: '服务器正在处理其他周报，未导入任何内容：请一分钟后再试。',
		budget: (name: string, seconds: number) =>
			`解析 ${name} 超过了 ${seconds} 秒的时限，未导入任何内容：请确认这是一期园区周报，或拆分后再导入。`,
		unreadable: '这份周报无法读取，未导入任何内容：请检查文件后再试。',
		draftGone: '这次审核已过期或已关闭，未保存任何内容：请重新上传周报。',
		notInReport: '要修改的条目不在这期周报中，未保存任何内容：请刷新页面后重试。',
		noDrop: '已存储的条目不能单独删去：如需删去，请删除整期周报。',
		conflict: '审核期间这一周已存储的周报有了变动，未保存任何内容：请重新上传周报。',
		badEdit: '有一项修改无法保存，未保存任何内容：请检查修改的地点、金额、日期和标题后再试。',
		badBody: '请求的内容无法读取，未保存任何内容：请刷新页面后重试。',
		queryTooLong: (length: number, max: number) =>
			`地址中的参数太长（${length} 个字符，上限 ${max}）：请减少筛选条件。`,
		tooManyParams: (max: number) => `地址中的参数太多（上限 ${max} 个）：请减少筛选条件。`,
		paramTooLong: (name: string, length: number, max: number) =>
			`参数「${name}」太长（${length} 个字符，上限 ${max}）：请缩短。`,
		fieldIsFile: (label: string) => `${label}应是文字，而不是文件。`,
		fieldTooLong: (label: string, length: number, max: number) =>
			`${label}太长（${length} 个字符，上限 ${max}）：请缩短。`,
		noReport: '没有这期周报（可能已被删除）：请刷新页面。',
		noReportFile: '这期周报没有存原文件（它不是在页面上上传的）。',
		noCorrection: '没有这条修改记录（可能已被撤销）：请刷新页面。',
		correctionOverwritten: '这条修改之后又有新的修改，只能撤销最新的一条：请刷新页面后撤销最新的修改。'
	},
	en: {
		notMultipart: 'The upload could not be read: choose the report file on the page again and retry.',
		noFile: 'Choose a report file (PDF or text).',
		emptyFile: (name: string) =>
			`${name} is empty (0 bytes); nothing was stored. Check the file, or export the report again.`,
		badWeek: 'Write the week as YYYY-MM-DD (its Monday), e.g. 2023-09-04.',
		tooLarge: (mb: number, max: number) =>
			`The file is ${mb.toFixed(1)} MB, over the limit of ${max} MB; nothing was stored. Check that this is the right file.`,
		busy: 'The server is reading other reports; nothing was stored. Try again in a minute.',
		budget: (name: string, seconds: number) =>
			`Reading ${name} took longer than ${seconds} s and was stopped; nothing was stored. Check that it is a weekly park report, or split it and import the parts.`,
		unreadable: 'The report could not be read; nothing was stored. Check the file and try again.',
		draftGone: 'This review has expired or was closed; nothing was stored. Upload the report again.',
		notInReport: 'An edited item is not in this report; nothing was stored. Reload the page and retry.',
		noDrop: 'A stored item cannot be left out on its own; delete the report instead.',
		conflict:
			'The stored reports of this week changed while the review was open; nothing was stored. Upload the report again.',
		badEdit:
			'An edit could not be saved; nothing was stored. Check the places, amounts, dates and titles you changed and retry.',
		badBody: 'The request could not be read; nothing was saved. Reload the page and retry.',
		queryTooLong: (length: number, max: number) =>
			`The query string is ${length} characters long; at most ${max} are accepted. Use fewer filters.`,
		tooManyParams: (max: number) => `Too many query parameters: at most ${max}. Use fewer filters.`,
		paramTooLong: (name: string, length: number, max: number) =>
			`Parameter "${name}" is ${length} characters long; at most ${max} are accepted. Shorten it.`,
		fieldIsFile: (label: string) => `${label} must be text, not a file.`,
		fieldTooLong: (label: string, length: number, max: number) =>
			`${label} is ${length} characters long; at most ${max} are accepted. Shorten it.`,
		noReport: 'There is no such report (it may have been deleted). Reload the page.',
		noReportFile: 'No original file is stored with this report (it was not uploaded in the browser).',
		noCorrection: 'There is no such correction (it may have been reverted). Reload the page.',
		correctionOverwritten:
			'A later correction changed this field; only the latest one can be reverted. Reload the page and revert that one.'
	}
} satisfies Record<Lang, unknown>;
