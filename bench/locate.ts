/**
 * Gazetteer benchmark: cold load time (fresh process) and locate throughput on ~100-character news texts.
 *   npx tsx bench/locate.ts
 * Prints one JSON object, then a short table.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadGazetteer } from '../src/lib/server/gazetteer/index';

const self = fileURLToPath(import.meta.url);

if (process.argv[2] === '--cold') {
	// Child process: time only the load (module import excluded; file read, parse and match table included).
	const c0 = process.cpuUsage();
	const t0 = performance.now();
	const g = loadGazetteer();
	const wall = performance.now() - t0;
	const cpu = process.cpuUsage(c0);
	// The township index is built on the first text naming a township: timed apart.
	const t1 = performance.now();
	g.locate('湖州市织里镇童装产业园项目开工');
	const firstTown = performance.now() - t1;
	process.stdout.write(JSON.stringify([wall, (cpu.user + cpu.system) / 1000, firstTown]));
	process.exit(0);
}

const TEMPLATES = [
	'9月8日，{A}政府与上海某新材料技术有限公司签署总投资107亿元的氧化铝纤维制品项目协议，项目将在{A}建成年产万吨的先进制造基地，主要生产氧化铝连续纤维。',
	'总投资25亿元的天然气分布式能源项目在{A}正式开工，这也是全市首个天然气分布式能源项目，由无锡华光环保能源集团股份有限公司投资，建成达产后预计年发电7.5亿度、年供热120万吨。',
	'第二十三届投洽会{A}重大项目集中签约仪式在厦门国际会展中心举行，现场集中签约项目50个，计划总投资1222.8亿元，其中数字经济项目42个。',
	'长飞先进第三代半导体功率器件研发生产基地项目落户{A}，总投资预计超过200亿元，其中项目一期总投资100亿元，可年产36万片晶圆，包括外延、器件设计、晶圆制造、封装等。',
	'来自广州的有关国有企业、民营企业与{A}各县（市、区）、高新区、市直有关单位进行了项目签约，本次共签约30个项目，总投资403.8亿元。',
	'国家发展改革委发布关于促进民营经济发展的若干措施，提出进一步优化营商环境，支持民营企业参与重大项目建设，加大金融支持力度，推动民营企业在科技创新、绿色转型中发挥更大作用。'
];
const PLACES = [
	'百色市',
	'汕头澄海区',
	'福建省',
	'光谷',
	'龙岩市',
	'南通高新区',
	'达拉特旗',
	'西咸新区空港新城',
	'北京经开区',
	'湖南望城经开区',
	'鄂尔多斯',
	'重庆两江新区',
	'湖州市织里镇',
	'江苏自贸区苏州片区'
];
const texts: string[] = [];
for (let i = 0; i < 600; i++)
	texts.push(
		TEMPLATES[i % TEMPLATES.length].replace(/\{A\}/g, PLACES[i % PLACES.length]) +
			'项目建成后将进一步完善区域产业链。'
	);
const avgChars = texts.reduce((s, t) => s + t.length, 0) / texts.length;

// Cold load in fresh processes (median of 5).
const colds: number[] = [];
const coldCpu: number[] = [];
const firstTowns: number[] = [];
for (let i = 0; i < 7; i++) {
	const out = execFileSync(process.execPath, [...process.execArgv, self, '--cold'], { encoding: 'utf8' });
	const [wall, cpu, firstTown] = JSON.parse(out) as [number, number, number];
	colds.push(wall);
	coldCpu.push(cpu);
	firstTowns.push(firstTown);
}
colds.sort((a, b) => a - b);
coldCpu.sort((a, b) => a - b);
firstTowns.sort((a, b) => a - b);

const tLoad = performance.now();
const g = loadGazetteer();
const warmFirstLoadMs = performance.now() - tLoad;

// Warm up, then time.
let located = 0;
for (let r = 0; r < 20; r++) for (const t of texts) if (g.locate(t)) located++;
const rounds = 200;
located = 0;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
for (let r = 0; r < rounds; r++) for (const t of texts) if (g.locate(t)) located++;
const sec = (performance.now() - t0) / 1000;
// CPU time as well: on a shared machine the wall clock also counts time spent waiting for a core.
const cpuUsed = process.cpuUsage(cpu0);
const cpuSec = (cpuUsed.user + cpuUsed.system) / 1e6;
const n = rounds * texts.length;

const result = {
	bench: 'gazetteer.locate',
	node: process.version,
	texts: n,
	avgChars: Math.round(avgChars),
	textsPerSec: Math.round(n / sec),
	textsPerCpuSec: Math.round(n / cpuSec),
	charsPerSec: Math.round((n * avgChars) / sec),
	usPerText: Number(((sec * 1e6) / n).toFixed(2)),
	locatedShare: Number((located / n).toFixed(3)),
	loadColdMsMedian: Number(colds[3].toFixed(1)),
	loadColdCpuMsMedian: Number(coldCpu[3].toFixed(1)),
	loadColdMsRuns: colds.map((c) => Number(c.toFixed(1))),
	firstTownshipTextMsMedian: Number(firstTowns[3].toFixed(1)),
	loadInProcessMs: Number(warmFirstLoadMs.toFixed(1))
};
console.log(JSON.stringify(result));
console.log('');
console.log('metric              value');
console.log(`locate texts/s      ${result.textsPerSec}  (${result.textsPerCpuSec} per CPU second)`);
console.log(`locate chars/s      ${result.charsPerSec}`);
console.log(`µs per text         ${result.usPerText}  (avg ${result.avgChars} chars)`);
console.log(
	`cold load (median)  ${result.loadColdMsMedian} ms wall, ${result.loadColdCpuMsMedian} ms CPU (fresh process, 7 runs)`
);
console.log(`first township text ${result.firstTownshipTextMsMedian} ms (builds the township index)`);
