/**
 * What a person reads when a form post or fetch fails before the route could answer in its own
 * words: refused, too large, a server fault, or no answer at all. Keyed by HTTP status.
 */
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
