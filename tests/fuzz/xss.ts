/**
 * Script-injection vectors and a report that carries them in every field a report feeds (headline,
 * caption, body, source), for the tests of every surface that shows report text. Each vector, if
 * it ran, would call alert(); the tests listen for dialogs and look for injected markup. Pure.
 */

const RAW = [
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(2)>',
	'<svg onload=alert(3)>',
	'<svg><script>alert(4)</script></svg>',
	'<body onload=alert(5)>',
	'<iframe src="javascript:alert(6)"></iframe>',
	'<a href="javascript:alert(7)">x</a>',
	'"><script>alert(8)</script>',
	"'><img src=x onerror=alert(9)>",
	'</title><script>alert(10)</script>',
	'</textarea><script>alert(11)</script>',
	'</style><script>alert(12)</script>',
	'<input autofocus onfocus=alert(13)>',
	'<details open ontoggle=alert(14)>',
	'<video><source onerror=alert(15)>',
	'<audio src=x onerror=alert(16)>',
	'<marquee onstart=alert(17)>',
	'<object data="javascript:alert(18)">',
	'<embed src="javascript:alert(19)">',
	'<math><mtext><table><mglyph><style><img src=x onerror=alert(20)>',
	'<form action="javascript:alert(21)"><button>x</button></form>',
	'<isindex action=javascript:alert(22) type=image>',
	'<base href="javascript:alert(23)//">',
	'<meta http-equiv="refresh" content="0;url=javascript:alert(24)">',
	'<link rel=import href="data:text/html,<script>alert(25)</script>">',
	'<div style="background:url(javascript:alert(26))">',
	'<img src="x" onerror="&#97;&#108;&#101;&#114;&#116;(27)">',
	'<img src=x onerror=\\u0061lert(28)>',
	'<scr<script>ipt>alert(29)</scr</script>ipt>',
	'<SCRIPT SRC=data:,alert(30)></SCRIPT>',
	'<img """><script>alert(31)</script>">',
	'<img src=`x`onerror=alert(32)>',
	'<svg/onload=alert(33)>',
	'<svg><animate onbegin=alert(34) attributeName=x dur=1s>',
	'<svg><a xlink:href="javascript:alert(35)"><text>x</text></a></svg>',
	'<x contenteditable onblur=alert(36)>x',
	'<select autofocus onfocus=alert(37)>',
	'<textarea autofocus onfocus=alert(38)>',
	'<keygen autofocus onfocus=alert(39)>',
	'<frameset onload=alert(40)>',
	'<table background="javascript:alert(41)">',
	'<img dynsrc="javascript:alert(42)">',
	'<bgsound src="javascript:alert(43)">',
	'<style>@import "javascript:alert(44)";</style>',
	'<xss style="x:expression(alert(45))">',
	'{@html "<img src=x onerror=alert(46)>"}',
	'{alert(47)}',
	'${alert(48)}',
	'{{constructor.constructor("alert(49)")()}}',
	'javascript:alert(50)',
	'data:text/html;base64,PHNjcmlwdD5hbGVydCg1MSk8L3NjcmlwdD4=',
	'<!--<img src="--><img src=x onerror=alert(52)//">',
	'<noscript><p title="</noscript><img src=x onerror=alert(53)>">',
	'<template><script>alert(54)</script></template>',
	'<img src=x:alert(alt) onerror=eval(src) alt=55>',
	'\u003cscript\u003ealert(56)\u003c/script\u003e',
	'＜script＞alert(57)＜/script＞',
	'<a href="&#x6A;avascript:alert(58)">x</a>',
	'<a href=" javascript:alert(59)">x</a>',
	'<iframe srcdoc="<script>parent.alert(60)</script>">',
	'<object type="text/x-scriptlet" data="x" onerror=alert(61)>',
	'"onmouseover="alert(62)',
	"' onfocus='alert(63)' autofocus='",
	'</script><script>alert(64)</script>',
	'<img src=x onerror=alert(document.domain)//65>'
];

export const XSS_VECTORS: readonly string[] = RAW;

/** Cities the items are placed in, so they appear on the map as well as in the lists. */
const PLACES = ['南通市', '百色市', '无锡市', '苏州市', '合肥市', '成都市'];

/**
 * A report in the digest's text layout with one item per vector: the vector in the headline, a
 * caption, the body and the source. Parseable (section heading, ● headlines, dates).
 */
export function xssReport(vectors: readonly string[] = XSS_VECTORS): string {
	const lines = ['园区周报 2023年第36期', '一、招商引资'];
	vectors.forEach((vector, i) => {
		const place = PLACES[i % PLACES.length];
		lines.push(
			`●${place}项目${i + 1} ${vector}`,
			`█${vector} 总投资 ${i + 1} 亿元`,
			`9 月 ${5 + (i % 5)} 日，${place}签约项目${i + 1}，总投资 ${i + 1} 亿元。${vector}`,
			`（来源：${vector.slice(0, 40)}）`
		);
	});
	return lines.join('\n') + '\n';
}
