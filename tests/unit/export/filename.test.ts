import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type Filters } from '../../../src/lib/filters';
import { dataAsOf, exportFileName, safeNamePart, weekRangeLabel } from '../../../src/lib/export/filename';
import { defaultTitle, pixelSize } from '../../../src/lib/export/options';

const f = (over: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...over });

describe('exportFileName', () => {
	it('names the week and the sector', () => {
		expect(
			exportFileName(f({ weekFrom: '2023-09-04', weekTo: '2023-09-04', sectors: ['新材料'] }), 'png')
		).toBe('parkmap_2023-W36_新材料.png');
	});

	it('names the size of a PNG, so the three sizes never share a name', () => {
		const week = f({ weekFrom: '2023-09-04', weekTo: '2023-09-04' });
		const names = (['screen', '1080p', 'a4'] as const).map((size) => exportFileName(week, 'png', [], size));
		expect(names).toEqual([
			'parkmap_2023-W36_screen.png',
			'parkmap_2023-W36_1920x1080.png',
			'parkmap_2023-W36_A4.png'
		]);
		// Data files have no size.
		expect(exportFileName(week, 'csv', [], 'a4')).toBe('parkmap_2023-W36.csv');
	});

	it('closes an open week range with the weeks of the data', () => {
		expect(exportFileName(NO_FILTERS, 'csv', ['2023-09-11', '2023-09-04'])).toBe(
			'parkmap_2023-W36_2023-W37.csv'
		);
		expect(exportFileName(NO_FILTERS, 'csv', ['2023-09-04'])).toBe('parkmap_2023-W36.csv');
		expect(exportFileName(NO_FILTERS, 'geojson')).toBe('parkmap_全部.geojson');
	});

	it('adds sections, amounts and the search text, without characters file systems refuse', () => {
		const name = exportFileName(
			f({
				sections: ['investment'],
				sectors: ['新材料', '生物医药'],
				amountMin: 10,
				amountMax: null,
				query: 'a/b:c*?'
			}),
			'xlsx',
			['2023-09-04']
		);
		expect(name).toBe('parkmap_2023-W36_招商引资_新材料+生物医药_10-∞亿_abc.xlsx');
		expect(safeNamePart('../x\u0000 y')).toBe('x-y');
	});
});

describe('labels', () => {
	it('weekRangeLabel and dataAsOf', () => {
		expect(weekRangeLabel(f({ weekFrom: '2023-09-04', weekTo: '2023-09-18' }))).toBe('2023-W36–2023-W38');
		expect(weekRangeLabel(NO_FILTERS)).toBeNull();
		expect(dataAsOf(['2023-09-04', '2023-09-11'])).toBe('2023-W37 周报');
		expect(dataAsOf([])).toBeNull();
		expect(defaultTitle('2023-W36')).toBe('园区项目地图 2023-W36');
	});

	it('pixelSize: fixed sizes and the screen at its pixel ratio', () => {
		expect(pixelSize('a4', { width: 1, height: 1, pixelRatio: 1 })).toEqual({
			width: 3508,
			height: 2480,
			scale: 3
		});
		expect(pixelSize('1080p', { width: 1, height: 1, pixelRatio: 3 })).toEqual({
			width: 1920,
			height: 1080,
			scale: 1
		});
		expect(pixelSize('screen', { width: 1200, height: 700, pixelRatio: 2 })).toEqual({
			width: 2400,
			height: 1400,
			scale: 2
		});
	});
});
