/**
 * Generates the PDF fixtures of the report parser's tests (tests/fixtures/reports/):
 *
 *   two-column.pdf   a two-column weekly report with Chinese text (full-width section headings,
 *                    items flowing down the left column and on into the right one)
 *   image-only.pdf   a page whose only content is a picture of text (no text layer)
 *   truncated.pdf    two-column.pdf cut short (a damaged download)
 *   encrypted.pdf    two-column.pdf with a user password (needs qpdf; skipped when absent)
 *
 * The PDFs are committed, so the tests need neither Chromium nor qpdf. To regenerate:
 *   apt-get install -y chromium fonts-wqy-zenhei qpdf
 *   npx tsx scripts/make-pdf-fixture.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const OUT = 'tests/fixtures/reports';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const STYLE = `
  @page { size: A4; margin: 18mm 15mm; }
  body { font-family: "WenQuanYi Zen Hei", "Noto Sans CJK SC", sans-serif; font-size: 10.5pt; line-height: 1.5; margin: 0; }
  h1 { font-size: 16pt; text-align: center; margin: 0 0 4pt; }
  .issue { text-align: center; margin: 0 0 10pt; }
  h2 { font-size: 13pt; margin: 10pt 0 6pt; }
  .cols { column-count: 2; column-gap: 12mm; }
  .item { break-inside: avoid; margin-bottom: 8pt; }
  .hl { font-weight: bold; margin: 0 0 3pt; }
  p { margin: 0 0 3pt; text-align: justify; }
`;

/** Items of the fixture report: [headline, caption or null, body with its source]. */
const INVESTMENT: Array<[string, string | null, string]> = [
	[
		'●合肥经开区签约新能源汽车零部件项目 总投资 60 亿元',
		'3 月 5 日，合肥经开区与某新能源汽车零部件企业签署投资协议。',
		'█项目总投资 60 亿元，建设电驱动系统和动力电池包生产基地，达产后年产值约 150 亿元（合肥市政府网站）。'
	],
	[
		'●成都高新区集成电路封装测试项目开工',
		'3 月 6 日，成都高新区集成电路封装测试项目举行开工仪式。',
		'█项目计划投资 25 亿元，主要建设芯片封装测试生产线，建成后将完善成都集成电路产业链（成都市政府网站）。'
	],
	[
		'●青岛西海岸新区海洋装备产业园开园',
		null,
		'█3 月 7 日，青岛西海岸新区海洋装备产业园开园，首批 12 家船舶与海工装备企业入驻，总投资 48 亿元（青岛市政府网站）。'
	],
	[
		'●昆明经开区生物医药项目集中签约',
		'3 月 8 日，昆明经开区生物医药项目集中签约仪式举行。',
		'█此次签约的 6 个项目涵盖疫苗、医疗器械、中药等领域，总投资 32.5 亿元（昆明市政府网站）。'
	]
];

const NEWS: Array<[string, string | null, string]> = [
	[
		'●2024 中国（武汉）光电子产业博览会开幕',
		null,
		'█3 月 6 日，2024 中国（武汉）光电子产业博览会在武汉开幕，展示激光、光通信等领域新产品（武汉市政府网站）。'
	],
	[
		'●西部陆海新通道班列开行量创新高',
		null,
		'█3 月 7 日，西部陆海新通道班列单日开行量创新高，物流效率持续提升（重庆市政府网站）。'
	]
];

function items(list: Array<[string, string | null, string]>): string {
	return list
		.map(
			([hl, cap, body]) =>
				`<div class="item"><p class="hl">${hl}</p>${cap ? `<p>${cap}</p>` : ''}<p>${body}</p></div>`
		)
		.join('\n');
}

const REPORT_HTML = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${STYLE}</style></head><body>
<h1>园区周报</h1>
<p class="issue">2024.3.4-2024.3.10</p>
<h2>一、招商引资</h2>
<div class="cols">${items(INVESTMENT)}</div>
<h2>二、综合资讯</h2>
<div class="cols">${items(NEWS)}</div>
</body></html>`;

// A picture of text: drawn on a canvas, then swapped for an <img>, so the PDF has no text layer.
const IMAGE_HTML = `<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0">
<canvas id="c" width="900" height="300"></canvas>
<script>
  const c = document.getElementById('c');
  const g = c.getContext('2d');
  g.fillStyle = '#fff'; g.fillRect(0, 0, 900, 300);
  g.fillStyle = '#000'; g.font = '28px "WenQuanYi Zen Hei", "Noto Sans CJK SC", sans-serif';
  g.fillText('一、招商引资', 20, 50);
  g.fillText('●扫描件：某某经开区签约新材料项目 总投资 10 亿元', 20, 110);
  g.fillText('█项目总投资 10 亿元（某某市政府网站）。', 20, 170);
  const img = new Image(); img.src = c.toDataURL('image/png'); img.id = 'done';
  c.replaceWith(img);
</script></body></html>`;

async function main(): Promise<void> {
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--no-first-run'
		]
	});
	try {
		const page = await browser.newPage();
		await page.setContent(REPORT_HTML, { waitUntil: 'load' });
		await page.evaluate(() => document.fonts.ready);
		const report = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
		writeFileSync(join(OUT, 'two-column.pdf'), report);

		await page.setContent(IMAGE_HTML, { waitUntil: 'load' });
		await page.waitForSelector('#done');
		writeFileSync(join(OUT, 'image-only.pdf'), await page.pdf({ width: '900px', height: '320px' }));
	} finally {
		await browser.close();
	}

	const full = readFileSync(join(OUT, 'two-column.pdf'));
	// Cut inside the page content: the header survives, the cross-reference table does not.
	writeFileSync(join(OUT, 'truncated.pdf'), full.subarray(0, Math.floor(full.length * 0.4)));

	if (existsSync('/usr/bin/qpdf')) {
		execFileSync('/usr/bin/qpdf', [
			'--encrypt',
			'user-secret',
			'owner-secret',
			'256',
			'--',
			join(OUT, 'two-column.pdf'),
			join(OUT, 'encrypted.pdf')
		]);
	} else {
		console.warn('qpdf not found: encrypted.pdf not regenerated (apt-get install -y qpdf).');
	}
	console.log(
		`wrote ${OUT}/two-column.pdf (${full.length} bytes), image-only.pdf, truncated.pdf, encrypted.pdf`
	);
}

main().catch((e: unknown) => {
	console.error(e);
	process.exit(1);
});
