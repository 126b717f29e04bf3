/**
 * Hand-written resolution cases: realistic news sentences across every province-level unit.
 * `want: null` means no place should be found. Fields left out of `want` are not checked;
 * `city: null` is checked (the level must stay at the province).
 */
import type { LocationLevel } from '../../../src/lib/server/gazetteer';

export interface Case {
	/** what the case is about */
	note: string;
	text: string;
	/** optional item context: the source named in brackets */
	source?: string;
	want: {
		province: string;
		city?: string | null;
		county?: string | null;
		zone?: string | null;
		level?: LocationLevel;
	} | null;
}

export const CASES: Case[] = [
	// ---- 北京 ----
	{
		note: 'municipality district short form',
		text: '小米汽车二期工厂在北京亦庄正式开工建设',
		want: { province: '北京市', city: '北京市', zone: '北京经济技术开发区', level: 'zone' }
	},
	{
		note: 'ambiguous 朝阳 settled by 北京',
		text: '北京朝阳区发布数字经济扶持政策，对落户企业最高奖励1000万元',
		want: { province: '北京市', city: '北京市', county: '朝阳区' }
	},
	{
		note: 'nickname 中关村',
		text: '一批人工智能企业集中入驻中关村科学城',
		want: { province: '北京市', city: '北京市', county: '海淀区' }
	},
	{
		note: 'renamed 崇文区 → 东城区',
		text: '原崇文区片区城市更新项目启动',
		want: { province: '北京市', city: '北京市', county: '东城区' }
	},
	// ---- 天津 ----
	{
		note: 'new area',
		text: '总投资50亿元的新能源电池项目落户天津滨海新区',
		want: { province: '天津市', city: '天津市', county: '滨海新区' }
	},
	{
		note: 'renamed 蓟县',
		text: '蓟县山区民宿集群项目签约',
		want: { province: '天津市', city: '天津市', county: '蓟州区' }
	},
	{
		note: 'eco-city',
		text: '中新天津生态城智慧能源小镇项目开工',
		want: { province: '天津市', zone: '中新天津生态城', level: 'zone' }
	},
	// ---- 河北 ----
	{
		note: 'new area 雄安',
		text: '中国中化总部大楼在雄安新区启用',
		want: { province: '河北省', zone: '河北雄安新区', level: 'zone' }
	},
	{
		note: 'county 县',
		text: '河北省正定县集成电路封测项目投产',
		want: { province: '河北省', city: '石家庄市', county: '正定县' }
	},
	{
		note: 'prefecture short',
		text: '唐山曹妃甸区氢能产业园首批项目开工',
		want: { province: '河北省', city: '唐山市', county: '曹妃甸区' }
	},
	// ---- 山西 ----
	{
		note: 'province-only list of cities',
		text: '山西省大同、朔州、忻州三市共签约风电项目12个',
		want: { province: '山西省', city: null, level: 'province' }
	},
	{
		note: 'prefecture with county',
		text: '长治市潞州区半导体材料项目签约落地',
		want: { province: '山西省', city: '长治市', county: '潞州区' }
	},
	{
		note: 'NBS functional zone',
		text: '山西综改示范区新签约项目28个',
		want: { province: '山西省', city: '太原市', level: 'zone' }
	},
	// ---- 内蒙古 ----
	{
		note: '旗 short form',
		text: '达拉特光伏治沙项目并网发电',
		want: { province: '内蒙古自治区', city: '鄂尔多斯市', county: '达拉特旗' }
	},
	{
		note: 'autonomous banner 自治旗',
		text: '鄂温克族自治旗煤化工项目环评获批',
		want: { province: '内蒙古自治区', city: '呼伦贝尔市', county: '鄂温克族自治旗' }
	},
	{
		note: '盟',
		text: '阿拉善盟风光制氢一体化项目开工',
		want: { province: '内蒙古自治区', city: '阿拉善盟' }
	},
	{
		note: '河套 region with Inner Mongolia context',
		text: '巴彦淖尔河套灌区现代农业产业园签约',
		want: { province: '内蒙古自治区', city: '巴彦淖尔市' }
	},
	// ---- 辽宁 ----
	{
		note: 'ambiguous 朝阳 settled by 辽宁',
		text: '辽宁朝阳新能源装备产业园开工',
		want: { province: '辽宁省', city: '朝阳市' }
	},
	{
		note: 'new area 金普',
		text: '大连金普新区签约12个先进制造项目',
		want: { province: '辽宁省', city: '大连市', zone: '大连金普新区' }
	},
	{
		note: '县级市',
		text: '瓦房店市轴承产业园二期项目开工',
		want: { province: '辽宁省', city: '大连市', county: '瓦房店市' }
	},
	// ---- 吉林 ----
	{
		note: 'province vs city 吉林',
		text: '吉林省与中国一汽签署战略合作协议',
		want: { province: '吉林省', city: null }
	},
	{
		note: '吉林市 explicit',
		text: '吉林市化纤产业园碳纤维项目投产',
		want: { province: '吉林省', city: '吉林市' }
	},
	{
		note: 'NBS zone 长春汽开区',
		text: '一汽解放新工厂落户长春汽开区',
		want: { province: '吉林省', city: '长春市', zone: '长春汽车经济技术开发区' }
	},
	{
		note: 'autonomous prefecture 州 form',
		text: '延边州人参产业项目集中签约',
		want: { province: '吉林省', city: '延边朝鲜族自治州' }
	},
	// ---- 黑龙江 ----
	{
		note: 'new area 哈尔滨新区',
		text: '哈尔滨新区新签约项目总投资达300亿元',
		want: { province: '黑龙江省', city: '哈尔滨市', zone: '哈尔滨新区' }
	},
	{
		note: 'ambiguous 南岗 by 哈尔滨',
		text: '哈尔滨市南岗区数字经济产业园开园',
		want: { province: '黑龙江省', city: '哈尔滨市', county: '南岗区' }
	},
	{
		note: 'county',
		text: '黑龙江省五常市大米深加工项目签约',
		want: { province: '黑龙江省', city: '哈尔滨市', county: '五常市' }
	},
	// ---- 上海 ----
	{
		note: 'nickname 张江',
		text: '张江科学城新增一批生物医药研发中心',
		want: { province: '上海市', city: '上海市', level: 'zone' }
	},
	{
		note: 'nickname 临港新片区',
		text: '特斯拉储能超级工厂在临港新片区开工',
		want: { province: '上海市', city: '上海市', zone: '中国(上海)自由贸易试验区临港新片区' }
	},
	{
		note: 'nickname 漕河泾',
		text: '漕河泾开发区人工智能创新中心揭牌',
		want: { province: '上海市', city: '上海市', zone: '上海漕河泾新兴技术开发区' }
	},
	{
		note: 'renamed 闸北区',
		text: '原闸北区苏河湾地块商业综合体项目开工',
		want: { province: '上海市', city: '上海市', county: '静安区' }
	},
	// ---- 江苏 ----
	{
		note: 'short 南通',
		text: '总投资20亿元的海工装备项目落户南通',
		want: { province: '江苏省', city: '南通市', level: 'city' }
	},
	{
		note: '南通高新区 short form',
		text: '南通高新区新签约智能装备项目6个',
		want: { province: '江苏省', city: '南通市', zone: '南通高新技术产业开发区' }
	},
	{
		note: '江宁开发区',
		text: '新能源汽车零部件项目签约江宁开发区',
		want: { province: '江苏省', city: '南京市', zone: '江宁经济技术开发区' }
	},
	{
		note: 'ambiguous 鼓楼区 by 南京',
		text: '南京市鼓楼区软件谷项目签约',
		want: { province: '江苏省', city: '南京市', county: '鼓楼区' }
	},
	{
		note: '苏州工业园区',
		text: '苏州工业园区引进纳米材料项目',
		want: { province: '江苏省', city: '苏州市', zone: '苏州工业园区' }
	},
	{
		note: 'renamed 海门市',
		text: '海门市电子元器件项目开工',
		want: { province: '江苏省', city: '南通市', county: '海门区' }
	},
	// ---- 浙江 ----
	{
		note: 'company name with a place; destination elsewhere',
		text: '杭州海康威视数字技术股份有限公司在重庆投资建设西南产业基地',
		want: { province: '重庆市', city: '重庆市' }
	},
	{
		note: 'county-level city',
		text: '浙江义乌市跨境电商产业园开园',
		want: { province: '浙江省', city: '金华市', county: '义乌市' }
	},
	{
		note: 'ambiguous 西湖区 by 杭州',
		text: '杭州西湖区云栖小镇签约算力项目',
		want: { province: '浙江省', city: '杭州市', county: '西湖区' }
	},
	{
		note: '东部湾新城',
		text: '东部湾新城首批总部项目集中签约',
		want: { province: '浙江省', city: '杭州市', zone: '杭州东部湾新城' }
	},
	// ---- 安徽 ----
	{
		note: 'investor home vs destination',
		text: '合肥长鑫存储投资建设的芯片封测项目落户安徽滁州',
		want: { province: '安徽省', city: '滁州市' }
	},
	{
		note: 'NBS zone 合肥高新区',
		text: '量子计算产业园落户合肥高新区',
		want: { province: '安徽省', city: '合肥市', zone: '合肥高新技术产业开发区' }
	},
	{
		note: 'renamed 繁昌县',
		text: '繁昌县光伏玻璃项目投产',
		want: { province: '安徽省', city: '芜湖市', county: '繁昌区' }
	},
	// ---- 福建 ----
	{
		note: 'ceremony venue vs destination',
		text: '签约仪式在厦门国际会展中心举行，宁德时代动力电池项目将落户福建宁德',
		want: { province: '福建省', city: '宁德市' }
	},
	{
		note: 'ambiguous 鼓楼区 by 福州',
		text: '福州鼓楼区数字经济产业园招商成果发布',
		want: { province: '福建省', city: '福州市', county: '鼓楼区' }
	},
	{
		note: 'renamed 沙县',
		text: '沙县小吃产业园二期项目开工',
		want: { province: '福建省', city: '三明市', county: '沙县区' }
	},
	{ note: '平潭', text: '平潭综合实验区海上风电项目并网', want: { province: '福建省', city: '福州市' } },
	// ---- 江西 ----
	{
		note: 'new area 赣江',
		text: '赣江新区新能源汽车零部件项目开工',
		want: { province: '江西省', city: '南昌市', zone: '江西赣江新区' }
	},
	{
		note: 'county',
		text: '江西省赣州市南康区家具产业项目签约',
		want: { province: '江西省', city: '赣州市', county: '南康区' }
	},
	{
		note: '县',
		text: '宜春市奉新县锂电新材料项目投产',
		want: { province: '江西省', city: '宜春市', county: '奉新县' }
	},
	// ---- 山东 ----
	{
		note: '董家口',
		text: '董家口港区LNG接收站三期工程开工',
		want: { province: '山东省', city: '青岛市', zone: '董家口经济区' }
	},
	{
		note: 'new area 西海岸',
		text: '青岛西海岸新区引进新能源汽车整车项目',
		want: { province: '山东省', city: '青岛市', zone: '青岛西海岸新区' }
	},
	{
		note: 'renamed 莱芜',
		text: '莱芜区精品钢项目竣工投产',
		want: { province: '山东省', city: '济南市', county: '莱芜区' }
	},
	{
		note: 'county 县',
		text: '山东菏泽曹县汉服产业园项目签约',
		want: { province: '山东省', city: '菏泽市', county: '曹县' }
	},
	// ---- 河南 ----
	{
		note: 'renamed 偃师市',
		text: '偃师市三轮摩托车产业园项目开工',
		want: { province: '河南省', city: '洛阳市', county: '偃师区' }
	},
	{
		note: 'renamed 孟津县',
		text: '孟津县文旅综合体项目签约',
		want: { province: '河南省', city: '洛阳市', county: '孟津区' }
	},
	{
		note: 'province-administered 济源',
		text: '济源示范区新材料项目投产',
		want: { province: '河南省', city: '济源市', county: '济源市' }
	},
	{
		note: '郑州航空港',
		text: '比亚迪新能源汽车零部件项目在郑州航空港区开工',
		want: { province: '河南省', city: '郑州市', zone: '郑州航空港经济综合实验区' }
	},
	{
		note: 'partner city; source decides',
		text: '许昌市与郑州市签署产业协作协议，共建先进制造园区',
		source: '许昌市政府网站',
		want: { province: '河南省', city: '许昌市' }
	},
	// ---- 湖北 ----
	{
		note: 'nickname 光谷',
		text: '华为光谷研发中心三期封顶',
		want: { province: '湖北省', city: '武汉市', zone: '东湖新技术开发区' }
	},
	{
		note: 'renamed 监利县',
		text: '监利县小龙虾加工产业园开工',
		want: { province: '湖北省', city: '荆州市', county: '监利市' }
	},
	{
		note: 'province-administered 仙桃',
		text: '仙桃市非织造布产业项目集中签约',
		want: { province: '湖北省', city: '仙桃市', county: '仙桃市' }
	},
	{
		note: 'province-administered 神农架',
		text: '神农架林区生态旅游项目开工',
		want: { province: '湖北省', county: '神农架林区' }
	},
	{ note: 'renamed 襄樊', text: '原襄樊市汽车零部件企业扩产', want: { province: '湖北省', city: '襄阳市' } },
	// ---- 湖南 ----
	{
		note: '望城经开区',
		text: '湖南望城经开区新签约食品加工项目',
		want: { province: '湖南省', city: '长沙市', zone: '望城经济技术开发区' }
	},
	{
		note: 'renamed 宁乡县',
		text: '宁乡县储能电池项目投产',
		want: { province: '湖南省', city: '长沙市', county: '宁乡市' }
	},
	{
		note: 'autonomous county 自治县',
		text: '湖南通道侗族自治县油茶产业园开工',
		want: { province: '湖南省', city: '怀化市', county: '通道侗族自治县' }
	},
	{
		note: 'autonomous prefecture',
		text: '湘西土家族苗族自治州文旅项目签约',
		want: { province: '湖南省', city: '湘西土家族苗族自治州' }
	},
	// ---- 广东 ----
	{
		note: '河套 settled by Shenzhen',
		text: '深圳河套一批科研项目集中入驻',
		want: { province: '广东省', city: '深圳市', zone: '河套深港科技创新合作区' }
	},
	{
		note: 'nickname 前海',
		text: '前海深港国际金融城新入驻金融机构20家',
		want: { province: '广东省', city: '深圳市', zone: '深圳前海深港现代服务业合作区' }
	},
	{
		note: 'nickname 横琴',
		text: '横琴粤澳深度合作区中医药产业园项目签约',
		want: { province: '广东省', city: '珠海市', zone: '横琴粤澳深度合作区' }
	},
	{
		note: 'county-level city 廉江',
		text: '廉江小家电产业园新落户企业20家',
		want: { province: '广东省', city: '湛江市', county: '廉江市' }
	},
	{
		note: 'county by short form 澄海',
		text: '汕头澄海玩具创意产业园开园',
		want: { province: '广东省', city: '汕头市', county: '澄海区' }
	},
	{
		note: 'source names the city',
		text: '市政府与比亚迪签署新能源汽车项目投资协议',
		source: '深圳市政府网站',
		want: { province: '广东省', city: '深圳市' }
	},
	// ---- 广西 ----
	{
		note: 'province short 广西',
		text: '广西新签约东盟跨境产业合作项目30个',
		want: { province: '广西壮族自治区', city: null }
	},
	{
		note: '北海 with 重庆路 street trap',
		text: '北海市重庆路沿线商业综合体项目开工',
		want: { province: '广西壮族自治区', city: '北海市' }
	},
	{
		note: 'renamed 横县',
		text: '横县茉莉花深加工项目签约',
		want: { province: '广西壮族自治区', city: '南宁市', county: '横州市' }
	},
	{
		note: 'investor home (上海) in company name',
		text: '上海某新材料技术有限公司在百色投资建设铝基新材料项目',
		want: { province: '广西壮族自治区', city: '百色市' }
	},
	// ---- 海南 ----
	{
		note: 'province-administered county 五指山',
		text: '五指山市茶叶加工项目竣工',
		want: { province: '海南省', city: '五指山市', county: '五指山市' }
	},
	{
		note: '琼海',
		text: '琼海博鳌乐城国际医疗旅游先行区新引进医疗器械企业',
		want: { province: '海南省', city: '琼海市' }
	},
	{
		note: '海南 autonomous county 自治县',
		text: '陵水黎族自治县数据中心项目开工',
		want: { province: '海南省', county: '陵水黎族自治县' }
	},
	{
		note: '洋浦',
		text: '洋浦经济开发区百万吨乙烯项目投产',
		want: { province: '海南省', city: '儋州市', zone: '洋浦经济开发区' }
	},
	{
		note: '定安 short form',
		text: '海南定安县食品产业园招商成果丰硕',
		want: { province: '海南省', county: '定安县' }
	},
	// ---- 重庆 ----
	{
		note: 'new area 两江',
		text: '长安汽车新能源工厂在两江新区投产',
		want: { province: '重庆市', city: '重庆市', zone: '两江新区' }
	},
	{
		note: 'renamed 开县',
		text: '开县柠檬产业园项目签约',
		want: { province: '重庆市', city: '重庆市', county: '开州区' }
	},
	{
		note: 'autonomous county in municipality',
		text: '重庆市石柱土家族自治县风电项目开工',
		want: { province: '重庆市', city: '重庆市', county: '石柱土家族自治县' }
	},
	// ---- 四川 ----
	{
		note: 'new area 天府',
		text: '天府新区新签约一批数字经济项目',
		want: { province: '四川省', city: '成都市', zone: '四川天府新区' }
	},
	{
		note: 'renamed 郫县',
		text: '郫县豆瓣产业园扩建项目开工',
		want: { province: '四川省', city: '成都市', county: '郫都区' }
	},
	{
		note: 'autonomous prefecture 州 form',
		text: '甘孜州水电项目集中开工',
		want: { province: '四川省', city: '甘孜藏族自治州' }
	},
	{
		note: 'county-level city',
		text: '四川省宜宾市叙州区动力电池项目投产',
		want: { province: '四川省', city: '宜宾市', county: '叙州区' }
	},
	// ---- 贵州 ----
	{
		note: 'new area 贵安',
		text: '贵安新区数据中心集群新增服务器10万台',
		want: { province: '贵州省', zone: '贵安新区' }
	},
	{
		note: 'renamed 黔西县',
		text: '黔西县煤电一体化项目开工',
		want: { province: '贵州省', city: '毕节市', county: '黔西市' }
	},
	{
		note: 'autonomous prefecture short',
		text: '黔东南州中药材产业园签约',
		want: { province: '贵州省', city: '黔东南苗族侗族自治州' }
	},
	// ---- 云南 ----
	{
		note: 'venue in province capital, province-level event',
		text: '2023中国产业转移发展对接活动（云南）在昆明滇池国际会展中心开幕',
		want: { province: '云南省' }
	},
	{
		note: 'new area 滇中',
		text: '滇中新区新能源电池项目投产',
		want: { province: '云南省', city: '昆明市', zone: '云南滇中新区' }
	},
	{
		note: 'renamed 蒙自县',
		text: '蒙自县锡材料深加工项目签约',
		want: { province: '云南省', city: '红河哈尼族彝族自治州', county: '蒙自市' }
	},
	// ---- 西藏 ----
	{
		note: 'province short 西藏',
		text: '西藏清洁能源基地首批光伏项目开工',
		want: { province: '西藏自治区', city: null }
	},
	{
		note: 'prefecture-level city',
		text: '日喀则市光伏储能项目并网',
		want: { province: '西藏自治区', city: '日喀则市' }
	},
	{
		note: 'renamed 米林县',
		text: '林芝市米林县藏药产业园开工',
		want: { province: '西藏自治区', city: '林芝市', county: '米林市' }
	},
	// ---- 陕西 ----
	{
		note: 'renamed 户县',
		text: '户县农民画文创产业园开园',
		want: { province: '陕西省', city: '西安市', county: '鄠邑区' }
	},
	{
		note: '沣西新城',
		text: '沣西新城数据中心项目开工',
		want: { province: '陕西省', zone: '西咸新区沣西新城' }
	},
	{
		note: '杨凌',
		text: '杨凌示范区种业创新中心揭牌',
		want: { province: '陕西省', city: '咸阳市', zone: '杨凌农业高新技术产业示范区' }
	},
	// ---- 甘肃 ----
	{
		note: 'new area 兰州',
		text: '兰州新区精细化工园区新签项目10个',
		want: { province: '甘肃省', city: '兰州市', zone: '兰州新区' }
	},
	{
		note: 'autonomous county',
		text: '甘肃天祝藏族自治县风电项目开工',
		want: { province: '甘肃省', city: '武威市', county: '天祝藏族自治县' }
	},
	{
		note: 'prefecture-level city without districts',
		text: '嘉峪关市不锈钢深加工项目投产',
		want: { province: '甘肃省', city: '嘉峪关市' }
	},
	// ---- 青海 ----
	{
		note: 'autonomous prefecture 海西州',
		text: '海西州盐湖提锂项目开工',
		want: { province: '青海省', city: '海西蒙古族藏族自治州' }
	},
	{
		note: '格尔木 county-level city',
		text: '青海格尔木光伏储能一体化项目并网',
		want: { province: '青海省', county: '格尔木市' }
	},
	{
		note: 'prefecture-level city 海东',
		text: '青海省海东市乐都区数据中心签约',
		want: { province: '青海省', city: '海东市', county: '乐都区' }
	},
	// ---- 宁夏 ----
	{
		note: 'province short 宁夏',
		text: '宁夏新签约光伏制造项目总投资超百亿元',
		want: { province: '宁夏回族自治区', city: null }
	},
	{
		note: '县',
		text: '宁夏中卫市沙坡头区云计算项目开工',
		want: { province: '宁夏回族自治区', city: '中卫市', county: '沙坡头区' }
	},
	{
		note: '同心县 (short 同心 is a common word)',
		text: '宁夏同心县枸杞加工项目签约',
		want: { province: '宁夏回族自治区', city: '吴忠市', county: '同心县' }
	},
	// ---- 新疆 ----
	{
		note: '兵团 city 石河子',
		text: '石河子市多晶硅项目二期投产',
		want: { province: '新疆维吾尔自治区', city: '石河子市', county: '石河子市' }
	},
	{
		note: '兵团 city 可克达拉',
		text: '可克达拉市纺织服装产业园开工',
		want: { province: '新疆维吾尔自治区', city: '可克达拉市' }
	},
	{
		note: 'autonomous prefecture 州',
		text: '昌吉州准东经济技术开发区煤制气项目开工',
		want: { province: '新疆维吾尔自治区', city: '昌吉回族自治州', zone: '准东经济技术开发区' }
	},
	{
		note: '地区 unit',
		text: '喀什地区疏附县纺织项目投产',
		want: { province: '新疆维吾尔自治区', city: '喀什地区', county: '疏附县' }
	},
	// ---- 港澳台 ----
	{
		note: 'Hong Kong',
		text: '香港特区政府与内地企业签署创新科技合作协议',
		want: { province: '香港特别行政区', city: '香港特别行政区' }
	},
	{ note: 'Macau', text: '澳门大学横琴校区二期项目启动', want: { province: '广东省', city: '珠海市' } },
	{
		note: 'Macau alone',
		text: '澳门特区政府推动中医药产业发展',
		want: { province: '澳门特别行政区', city: '澳门特别行政区' }
	},
	{
		note: 'Taiwan city names the province',
		text: '台积电高雄新厂预计明年量产',
		want: { province: '台湾省', city: null, level: 'province' }
	},
	// ---- traps and null ----
	{ note: 'no place', text: '国家发展改革委发布关于促进民营经济发展的若干措施', want: null },
	{ note: 'ambiguous 鼓楼区 alone', text: '鼓楼区召开营商环境优化大会', want: null },
	{ note: 'ambiguous 河套 alone', text: '河套首批产业项目集中签约', want: null },
	{ note: 'only a street', text: '解放路沿街商铺改造完成', want: null },
	{
		note: 'ceremony venue in another province',
		text: '在北京举行的签约仪式上，宁夏银川市与隆基绿能签署单晶硅项目协议',
		want: { province: '宁夏回族自治区', city: '银川市' }
	},
	{
		note: 'investor home city',
		text: '来自深圳的企业家考察团在赣州签约稀土永磁项目',
		want: { province: '江西省', city: '赣州市' }
	},
	{
		note: 'company name with place, destination province',
		text: '北京字节跳动科技有限公司投资的数据中心项目在内蒙古乌兰察布开工',
		want: { province: '内蒙古自治区', city: '乌兰察布市' }
	},
	{
		note: 'street named after another city',
		text: '南京路步行街上海首店经济活动周开幕',
		want: { province: '上海市', city: '上海市' }
	},
	{ note: '中方 is not 中方县', text: '中方与沙特阿美签署炼化一体化合作协议', want: null },
	{ note: '东方 is not 东方市 inside a brand', text: '东方电气集团发布年度业绩', want: null },
	{
		note: 'brand named after a city (宁德时代), project abroad',
		text: '宁德时代匈牙利德布勒森电池工厂开工',
		want: null
	},
	{
		note: 'brand named after a city, destination named',
		text: '宁德时代与四川宜宾签约动力电池基地项目',
		want: { province: '四川省', city: '宜宾市' }
	},
	{
		note: 'annual meeting venue vs project place',
		text: '隆基绿能在陕西西安举行年度签约大会，鄂尔多斯光伏组件项目签约',
		want: { province: '内蒙古自治区', city: '鄂尔多斯市' }
	},
	{
		note: 'university name holds a place',
		text: '北京大学与深圳市政府共建研究院',
		want: { province: '广东省', city: '深圳市' }
	},
	{
		note: 'county-level city after 落地',
		text: '湖南郴州：有色金属新材料项目签约落地资兴市',
		want: { province: '湖南省', city: '郴州市', county: '资兴市' }
	}
];
