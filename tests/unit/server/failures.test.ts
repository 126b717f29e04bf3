import { describe, expect, it } from 'vitest';
import { failureMessage } from '../../../src/lib/i18n/failures';
import { actionFailure } from '../../../src/lib/ui/action-failure';

describe('failureMessage', () => {
	it('names what happened in the page language, one language per message', () => {
		expect(failureMessage({ status: 413 }, 'zh')).toContain('50 MB');
		expect(failureMessage({ status: 413 }, 'zh')).not.toMatch(/[a-z]{3,}/);
		expect(failureMessage({ status: 413 }, 'en')).toMatch(/too large/);
		expect(failureMessage({ status: 502 }, 'en')).toContain('HTTP 502');
		expect(failureMessage({}, 'zh')).toContain('无法连接服务器');
	});

	it("keeps the server's own words for refusals, never for faults", () => {
		expect(failureMessage({ status: 403, message: '写入被拒绝' }, 'zh')).toBe('写入被拒绝');
		expect(failureMessage({ status: 500, message: 'Internal Error' }, 'en')).not.toContain('Internal Error');
	});
});

describe('actionFailure', () => {
	it('turns error results into messages and leaves the rest to the page', () => {
		expect(
			actionFailure({ type: 'error', status: 403, error: { message: 'refused', code: 'x' } }, 'en')
		).toBe('refused');
		expect(
			actionFailure({ type: 'error', status: 413, error: { message: 'Payload Too Large' } }, 'zh')
		).toContain('50 MB');
		expect(actionFailure({ type: 'error', error: new TypeError('Failed to fetch') }, 'en')).toMatch(
			/could not be reached/
		);
		expect(actionFailure({ type: 'failure', status: 400, data: {} }, 'zh')).toBeNull();
		expect(actionFailure({ type: 'success', status: 200 }, 'zh')).toBeNull();
	});
});
