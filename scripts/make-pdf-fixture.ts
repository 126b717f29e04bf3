/**
 * Generates the PDF fixtures of the report parser's tests (tests/fixtures/reports/):
 *
 *   two-column.pdf   a two-column weekly report with Chinese text (full-width section headings,
 *                    items flowing down the left column and on into the right one)
 *   image-only.pdf   a page whose only content is a picture of text (no text layer)
 *   truncated.pdf    two-column.pdf cut short (a damaged download)
 *   encrypted.pdf    two-column.pdf with a user password (needs qpdf; skipped when absent)
 *   week-2024-03-18-embedded.pdf  the second week (week-2024-03-18.txt) as Chromium prints it:
 *                    A5, two narrow justified columns, fonts embedded, headlines wrapping to
 *                    two lines, a running header (name, issue, dates) and a page-number footer
 *   week-2024-03-18-cid.pdf       the same week in STSong-Light, a CID font the PDF does not
 *                    embed: one column, every full line justified by character spacing,
 *                    wrapped headlines, the running header and footer on every page
 *   week-2024-03-18-pdftotext.txt the CID PDF through pdftotext -layout (needs poppler-utils)
 *
 * The PDFs are committed, so the tests need neither Chromium nor qpdf. To regenerate:
 *   apt-get install -y chromium fonts-wqy-zenhei fonts-noto-cjk qpdf poppler-utils
 *   npx tsx scripts/make-pdf-fixture.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	beginText,
	endText,
	PDFDocument,
	PDFHexString,
	PDFName,
	setCharacterSpacing,
	setFontAndSize,
	setTextMatrix,
	showText
} from 'pdf-lib';
import { chromium } from 'playwright-core';
import { textLayerFont, utf16Hex } from '../src/lib/export/pdf';

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

const WEEK2 = 'week-2024-03-18';
const RUNNING_HEAD = '园区周报 2024年第12期';
const RUNNING_DATES = '2024.3.18-2024.3.24';

/** The second week's text as blocks: its title lines, section headings, and items' paragraphs. */
function week2Blocks(): Array<{ kind: 'title' | 'section' | 'headline' | 'para'; text: string }> {
	const lines = readFileSync(join(OUT, `${WEEK2}.txt`), 'utf8').split('\n');
	return lines
		.map((l) => l.trim())
		.filter(Boolean)
		.map((text, i) => ({
			kind:
				i < 2 ? 'title' : /^[一二三]、/.test(text) ? 'section' : text.startsWith('●') ? 'headline' : 'para',
			text
		}));
}

const WEEK2_STYLE = `
  @page { size: A5; margin: 16mm 12mm 14mm; }
  body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 10.5pt; line-height: 1.55; margin: 0; }
  h1 { font-size: 15pt; text-align: center; margin: 0 0 2pt; }
  .issue { text-align: center; margin: 0 0 8pt; }
  h2 { font-size: 12pt; margin: 8pt 0 4pt; column-span: all; }
  .cols { column-count: 2; column-gap: 8mm; }
  .hl { font-family: "Noto Sans CJK SC", sans-serif; font-weight: bold; margin: 6pt 0 3pt; text-align: justify; }
  p { margin: 0 0 3pt; text-align: justify; text-justify: inter-character; }
`;

function week2Html(): string {
	const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
	let html = '';
	let open = false;
	for (const b of week2Blocks()) {
		if (b.kind === 'title')
			html += b.text === '园区周报' ? `<h1>${esc(b.text)}</h1>` : `<p class="issue">${esc(b.text)}</p>`;
		else if (b.kind === 'section') {
			if (open) html += '</div>';
			html += `<h2>${esc(b.text)}</h2><div class="cols">`;
			open = true;
		} else html += `<p class="${b.kind === 'headline' ? 'hl' : ''}">${esc(b.text)}</p>`;
	}
	return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${WEEK2_STYLE}</style></head><body>${html}${open ? '</div>' : ''}</body></html>`;
}

const HEADER_TEMPLATE = `<div style="font-family: 'Noto Sans CJK SC', sans-serif; font-size: 8pt; width: 100%; margin: 0 12mm; display: flex; justify-content: space-between; border-bottom: 0.5pt solid #999;"><span>${RUNNING_HEAD}</span><span>${RUNNING_DATES}</span></div>`;
const FOOTER_TEMPLATE = `<div style="font-family: 'Noto Sans CJK SC', sans-serif; font-size: 8pt; width: 100%; text-align: center;">第 <span class="pageNumber"></span> 页</div>`;

/** Characters per line of the CID version, and the extra spacing (in em) that justifies a full line. */
const CID_LINE_CHARS = 22;
const CID_JUSTIFY_EM = 0.45;

/**
 * The second week in STSong-Light (not embedded): one column on A5, text wrapped at a fixed number
 * of characters, every full line stretched by character spacing as justified text is, a wrapped
 * headline's lines set close and its paragraph apart, and the running header and footer on each page.
 */
async function week2Cid(): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	const fontRef = textLayerFont(doc);
	const font = PDFName.of('Song');
	const [width, height] = [420, 595];
	const size = 10;
	const pitch = size * 1.5;
	let page = doc.addPage([width, height]);
	let y = 0;
	let pageNo = 0;
	const text = (s: string, x: number, yy: number, spacing = 0, fontSize = size) =>
		page.pushOperators(
			beginText(),
			setFontAndSize(font, fontSize),
			setCharacterSpacing(spacing),
			setTextMatrix(1, 0, 0, 1, x, yy),
			showText(PDFHexString.of(utf16Hex(s))),
			endText()
		);
	const newPage = (first: boolean) => {
		if (!first) page = doc.addPage([width, height]);
		page.node.setFontDictionary(font, fontRef);
		pageNo++;
		text(RUNNING_HEAD, 36, height - 28, 0, 8);
		text(RUNNING_DATES, width - 36 - RUNNING_DATES.length * 8, height - 28, 0, 8);
		text(`第 ${pageNo} 页`, width / 2 - 16, 24, 0, 8);
		y = height - 60;
	};
	newPage(true);
	for (const b of week2Blocks()) {
		const chars = [...b.text];
		const lines: string[] = [];
		// The title lines are short enough for one line; everything else wraps at a fixed width.
		const per = b.kind === 'title' ? chars.length : CID_LINE_CHARS;
		for (let i = 0; i < chars.length; i += per) lines.push(chars.slice(i, i + per).join(''));
		if (y - lines.length * pitch < 40) newPage(false);
		lines.forEach((line, i) => {
			const full = i < lines.length - 1;
			text(line, 36, y, full ? CID_JUSTIFY_EM * size : 0);
			y -= pitch;
		});
		y -= pitch * 0.6; // paragraph spacing
	}
	return doc.save();
}

/** The PDFs Chromium prints: the two-column report, the A5 week with running heads, an image-only page. */
async function printWithChromium(): Promise<void> {
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

		await page.setContent(week2Html(), { waitUntil: 'load' });
		await page.evaluate(() => document.fonts.ready);
		const week2 = await page.pdf({
			format: 'A5',
			preferCSSPageSize: true,
			displayHeaderFooter: true,
			headerTemplate: HEADER_TEMPLATE,
			footerTemplate: FOOTER_TEMPLATE
		});
		writeFileSync(join(OUT, `${WEEK2}-embedded.pdf`), week2);

		await page.setContent(IMAGE_HTML, { waitUntil: 'load' });
		await page.waitForSelector('#done');
		writeFileSync(join(OUT, 'image-only.pdf'), await page.pdf({ width: '900px', height: '320px' }));
	} finally {
		await browser.close();
	}
}

/** The CID-font week, and the same PDF as poppler's pdftotext gives it (the running head on every page). */
async function writeCidFixtures(): Promise<void> {
	writeFileSync(join(OUT, `${WEEK2}-cid.pdf`), await week2Cid());
	if (existsSync('/usr/bin/pdftotext')) {
		execFileSync('/usr/bin/pdftotext', [
			'-layout',
			join(OUT, `${WEEK2}-cid.pdf`),
			join(OUT, `${WEEK2}-pdftotext.txt`)
		]);
	} else
		console.warn(
			'pdftotext not found: the pdftotext fixture was not regenerated (apt-get install -y poppler-utils).'
		);
}

/** Files a reader must refuse: a truncated PDF and an encrypted one. Returns the full PDF's size. */
function writeBrokenFixtures(): number {
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
	return full.length;
}

async function main(): Promise<void> {
	await printWithChromium();
	await writeCidFixtures();
	const size = writeBrokenFixtures();
	console.log(`wrote ${OUT}/two-column.pdf (${size} bytes), image-only.pdf, truncated.pdf, encrypted.pdf`);
}

main().catch((e: unknown) => {
	console.error(e);
	process.exit(1);
});
