import { describe, expect, it } from 'vitest';
import { takeLines } from '../../../src/lib/review/upload';

describe('reading the stage stream', () => {
	it('takes complete lines and leaves a partial one for later', () => {
		const first = '{"stage":"reading"}\n{"stage":"error","status":422,"message":"x"}\n{"stage":"che';
		const a = takeLines(first, 0);
		expect(a.events).toEqual([{ stage: 'reading' }, { stage: 'error', status: 422, message: 'x' }]);
		const b = takeLines(`${first}cking"}\n\n`, a.offset);
		expect(b.events).toEqual([{ stage: 'checking' }]);
		expect(takeLines(`${first}cking"}\n\n`, b.offset).events).toEqual([]);
	});
});
