/** What the zone table covers, and how honestly a location states the precision of its point. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/lib/server/gazetteer';

const g = loadGazetteer();
const raw = JSON.parse(readFileSync(resolve('data/gazetteer/gazetteer.json'), 'utf8')) as {
	zones: [string, string, string, string, number | '', number | ''][];
};
const csv = (file: string): Record<string, string>[] =>
	Papa.parse<Record<string, string>>(readFileSync(resolve('data/gazetteer', file), 'utf8'), {
		header: true,
		skipEmptyLines: true
	}).data;
const ofType = (t: string) => raw.zones.filter((z) => z[1] === t);

describe('zone coverage', () => {
	it('finds every one of the 232 national ETDZs by its listed name, in its province', () => {
		const list = csv('national-etdz.csv');
		expect(list.length).toBe(232);
		const missed = list.filter((r) => {
			const loc = g.locate(`${r.name}新签约项目12个`);
			return !loc || loc.level !== 'zone' || !loc.province.startsWith(r.province);
		});
		expect(missed.map((r) => r.name)).toEqual([]);
	});

	it('has the national high-tech zones, the 19 state-level new areas and the FTZ areas', () => {
		expect(ofType('htz').length).toBeGreaterThanOrEqual(170);
		expect(ofType('new_area').length).toBe(19);
		const areas = ofType('ftz').filter((z) => z[2].endsWith('片区'));
		expect(areas.length).toBeGreaterThanOrEqual(65);
		// every FTZ but Hainan's (a whole-island free trade port) has its areas
		const ftzWithAreas = new Set(areas.map((z) => /^中国\((.+?)\)/.exec(z[2])?.[1]));
		expect(ftzWithAreas.size).toBe(21);
	});

	it('locates each high-tech zone and FTZ area by its own name', () => {
		const missed = [...ofType('htz'), ...ofType('ftz')].filter((z) => g.locate(z[2])?.zone !== z[2]);
		expect(missed.map((z) => z[2])).toEqual([]);
	});

	it('takes provincial zones from the NBS township list, each under its county', () => {
		const prov = ofType('provincial').filter((z) => z[0].startsWith('nbst-'));
		expect(prov.length).toBeGreaterThanOrEqual(300);
		// the township's county, or the city where the township sits in an NBS functional zone (xxxx7x)
		for (const z of prov) expect([z[0].slice(5, 11), z[0].slice(5, 9) + '00'], z[2]).toContain(z[3]);
	});

	it('takes every hosted row of the 2018 catalogue, by its full name, in its province and host', () => {
		const rows = csv('provincial-zones-2018.csv');
		expect(rows.length).toBe(1991);
		const hosted = rows.filter((r) => r.host_adcode);
		const unhosted = readFileSync(resolve('data/gazetteer/provincial-zones-2018-unhosted.tsv'), 'utf8')
			.split('\n')
			.filter((l) => /^S\d/.test(l));
		expect(hosted.length + unhosted.length).toBe(rows.length);
		for (const r of rows) expect(r.source, r.code).toContain('开发区审核公告目录（2018年版）');
		const missed = hosted.filter((r) => {
			const loc = g.locate(`${r.name}新签约项目12个`);
			const host = g.byAdcode(r.host_adcode);
			if (!loc || !host || loc.province !== r.province) return true;
			// merged into a zone listed under another name: the same host, one inside it or the city around it
			const within = (a: string, b: string): boolean => a.startsWith(b.replace(/0+$/, ''));
			return !within(loc.adcode, r.host_adcode) && !within(r.host_adcode, loc.adcode);
		});
		expect(missed.map((r) => r.name)).toEqual([]);
		expect(raw.zones.filter((z) => z[0].startsWith('prov2018-')).length).toBeGreaterThan(1600);
	});

	it('never places an unhosted catalogue row at a guessed host', () => {
		for (const line of readFileSync(
			resolve('data/gazetteer/provincial-zones-2018-unhosted.tsv'),
			'utf8'
		).split('\n')) {
			const code = /^(S\d+)/.exec(line)?.[1];
			if (code)
				expect(
					raw.zones.some((z) => z[0] === `prov2018-${code}`),
					code
				).toBe(false);
		}
	});

	it('names a source on every curated row', () => {
		for (const r of csv('zones.csv')) expect(r.source?.trim(), r.id).toBeTruthy();
	});
});

describe('precision of the point', () => {
	it('marks division seats, parent points and zones on their host seat', () => {
		expect(g.byAdcode('320600')!.precision).toBe('seat');
		// 松岭区 has no point of its own in the sources: it takes 大兴安岭地区's.
		const songling = g.byAdcode('232762')!;
		expect(songling.precision).toBe('parent-seat');
		expect([songling.lon, songling.lat]).toEqual([g.byAdcode('232700')!.lon, g.byAdcode('232700')!.lat]);
	});

	it('says when a zone is drawn at its host seat, and the point is the host’s', () => {
		const loc = g.locate('项目落户昆山高新技术产业开发区')!;
		expect(loc).toMatchObject({ level: 'zone', precision: 'zone-host', county: '昆山市' });
		const host = g.byAdcode(loc.adcode)!;
		expect([loc.lon, loc.lat]).toEqual([host.lon, host.lat]);
		for (const z of raw.zones) if (z[4] === '') expect(g.byAdcode(z[0])!.precision, z[0]).toBe('zone-host');
	});
});
