#!/usr/bin/env python3
"""柘塘报 2027-06-01 (invented). Kind (a): plain extraction of a 2-column weekly, wrap 22.
House conventions: a running head on EVERY page (date | paper | page + section) and a footer line
`责任编辑：X　校对：Y　美编：Z` on every page; column tags in 「」 above headlines; 副题 printed BELOW the
主题 without a dash; feature bylines as `本报记者　X` lines with full-width spaces; captions followed by a
separate credit line `（柘塘报记者 X 摄）`; a 组图 photo story with an intro and numbered captions 图1–图3;
column-break blanks mid-sentence."""
import sys
from h13lib import Doc, flow, wrap, write_truth, check

W = 22
A = {}
A['bus'] = dict(kind='news', headline='城乡公交一张网 镇村出行更便利',
    subheadlines=['我区新开通8条镇村公交线路，实现行政村全覆盖'],
    byline='本报讯（记者 韦立新 通讯员 程岚）',
    notes='Lead. 主题 then 副题 on the next line with no dash (副题 BELOW the headline). Column-break blanks mid-sentence in paragraphs 2 and 4.',
    text=['本报讯（记者 韦立新 通讯员 程岚）5月28日上午，随着一辆辆崭新的纯电动公交车从柘塘汽车站驶出，我区8条镇村公交线路正式开通运营。至此，全区126个行政村全部通上了公交车，群众“出门就有车、抬脚能进城”的愿望变成了现实。',
          '此次开通的8条线路总长度达217公里，新增站点164个，投入新能源公交车36辆。线路以各镇中心为枢纽，向周边行政村呈放射状延伸，并在区人民医院、柘塘中学、农贸市场等群众出行集中的地点设置换乘站，乘客持公交卡或扫码乘车，90分钟内换乘不再另行收费。',
          '“以前去城里看病要先走两里路到国道边等车，一等就是半个多小时，现在车就停在村口。”家住青苇镇下湾村的村民杜秀兰说。为方便老年人出行，新线路全部执行65周岁以上老人免费乘车政策，车辆均配备低地板和无障碍踏板。',
          '区交通运输局相关负责人介绍，下一步将根据客流监测数据动态调整发车班次，早晚高峰发车间隔压缩至15分钟以内，同时探索“公交+快递”“公交+农产品”的运营模式，让镇村公交既“载客”也“载货”，助力乡村振兴。'])
A['flood'] = dict(kind='news', headline='全区防汛工作部署会召开',
    subheadlines=['汛期将至 未雨绸缪'],
    byline='本报讯（记者 聂晓峰）',
    notes='Kicker printed ABOVE the headline (the lead had its 副题 below). Paragraph 2 is split by a column-break blank mid-word.',
    text=['本报讯（记者 聂晓峰）5月26日，全区防汛工作部署会召开。会议总结去年防汛工作，分析今年汛期形势，部署安排防汛备汛各项重点任务。区委副书记、区长孔令舟出席并讲话。',
          '孔令舟指出，据气象部门预测，今年我区汛期降水量较常年偏多一至二成，发生区域性强降雨和局地洪涝的可能性较大。各镇街、各部门要克服麻痹思想和侥幸心理，把防汛工作作为当前一项重要政治任务抓紧抓实，坚决守住不发生群死群伤事故的底线。',
          '会议要求，要在6月10日前完成全区32座小型水库、57处易涝点和地下空间的隐患排查整改，落实“一点一策”应急预案；要加强物资储备和抢险队伍建设，汛期严格执行24小时值班和领导带班制度，确保信息报送及时准确、指令上传下达畅通。'])
A['wheat'] = dict(kind='photo', headline='麦浪翻滚夏收忙', subheadlines=['图片新闻'],
    byline='柘塘报记者 戚元 摄',
    notes='Front-page photo news: label 图片新闻, headline, image gap (2 blank lines), one caption, credit on its own line in parentheses. The caption is the single paragraph and the caption; the credit (without its parentheses) is the byline.',
    text=['连日来，我区12万亩小麦陆续进入收获期。图为5月30日，在双桥镇后庄村，收割机在麦田里来回穿梭，农户们抢抓晴好天气颗粒归仓。'])
A['library'] = dict(kind='news', headline='区图书馆夜间开放延长至21时', byline='本报讯（见习记者 唐可欣）',
    notes='Short item, no subheadline; dateline with 见习记者.',
    text=['本报讯（见习记者 唐可欣）记者从区图书馆获悉，自6月1日起，区图书馆一楼借阅大厅、自习区和少儿阅览室的开放时间由每天17时30分延长至21时，周一闭馆日调整为周一上午闭馆、下午正常开放。',
          '据介绍，今年以来图书馆日均接待读者超过1400人次，晚间自习座位“一座难求”。延长开放后，馆内将新增自助借还机4台，并在晚间时段安排志愿者值守，为读者提供图书检索、复印打印等服务。'])
A['sign'] = dict(kind='news', headline='柘塘高新区两个重点项目集中签约', subheadlines=['总投资23.6亿元'],
    byline='本报讯（记者 韦立新）',
    notes='Page 1, second column. 副题 below the headline. Last paragraph runs to the foot of page 1 (the page-1 footer follows directly).',
    text=['本报讯（记者 韦立新）5月29日，柘塘高新区举行重点项目集中签约仪式，新能源汽车零部件生产基地和智能仓储物流中心两个项目落户园区，总投资23.6亿元。',
          '新能源汽车零部件生产基地项目由江苏一家上市企业投资建设，主要生产电池托盘、电机壳体等轻量化铝合金部件，达产后预计年产值18亿元，可提供就业岗位1200余个。智能仓储物流中心项目将建设高标准仓库12万平方米，配套自动分拣系统和冷链仓储设施。',
          '高新区管委会负责人表示，园区将组建专班全程跟踪服务，推动项目早开工、早投产、早见效。'])
A['canteen'] = dict(kind='feature', headline='社区食堂：一碗热饭里的民生温度', subheadlines=['「民生观察」'],
    byline='本报记者　邬佳宁',
    crossheads=['午饭时间“一座难求”', '“小食堂”背后的“大账本”'],
    notes='Page 2 feature. Column tag 「民生观察」 above the headline; byline line with full-width spaces after the headline. Two crossheads on their own lines between blanks (not paragraphs). A caption + credit line sits between paragraphs 4 and 5.',
    captions=['图为居民在柳岸社区食堂选购午餐。'],
    text=['上午11点刚过，柳岸社区食堂里已经飘出饭菜香。红烧鸡块、清炒时蔬、番茄蛋汤……十几个菜品整齐地摆在保温台上，价格标签清清楚楚。退休教师胡振华端着餐盘找了个靠窗的位置坐下：“两荤一素加一碗汤，刷卡才12块钱，比自己在家做还省事。”',
          '柳岸社区60岁以上老人占常住人口的三成多，其中不少是独居老人。去年10月，社区利用闲置的老年活动室改建食堂，引入专业餐饮企业运营，每天供应午餐和晚餐。',
          '“刚开始一天就卖出去几十份，现在中午能有三百多人来吃。”食堂负责人葛海涛告诉记者，除了社区老人，附近的上班族、环卫工人也成了常客，中午最忙的时候要排十来分钟的队。为此，食堂增设了外卖窗口，行动不便的老人打个电话，网格员或志愿者就能把饭送上门。',
          '食堂的价格为什么能这么实惠？葛海涛算了一笔账：场地由社区无偿提供，水电按居民价收取，区里对每份老年人助餐再补贴3元，“我们不靠一份饭赚钱，靠的是量”。',
          '据区民政局统计，目前全区已建成社区食堂和老年助餐点41个，今年底前将实现城区社区全覆盖。区民政局还将建立食品安全“明厨亮灶”远程监管平台，让老人吃得实惠，也吃得放心。'])
A['lift'] = dict(kind='news', headline='老旧小区加装电梯驶入“快车道”', byline='（记者 黎明远）',
    notes='No dateline at the start; the end byline （记者 黎明远） is glued to the last body line. Paragraph 1 has a column-break blank mid-sentence.',
    text=['今年以来，我区把既有住宅加装电梯纳入民生实事项目，通过简化审批流程、提高财政补贴标准等措施，推动加装电梯工作提速。截至5月底，全区已完工加装电梯47部，另有62部正在施工。',
          '按照新出台的补贴办法，每部电梯的财政补贴由15万元提高到20万元，对低保户、特困户等困难家庭，街道还将协调减免其应分摊的费用。区住建局设立了“一站式”服务窗口，从方案设计到竣工验收，审批时限压缩至20个工作日以内。',
          '“我家住6楼，以前下一趟楼得歇好几回。”松涛苑小区居民任桂芳说，电梯装好后，她每天都能下楼到小区花园里转一转。'])
A['dragon'] = dict(kind='list', headline='端午假期便民服务早知道', subheadlines=['「服务台」'],
    notes='Service list: intro + four numbered items (numbers kept) + closing line. Column tag 「服务台」 above the headline. No byline.',
    text=['端午假期即将来临，记者梳理了假期期间部分公共服务的安排，方便市民出行办事。',
          '1.政务服务。区政务服务中心6月19日至21日暂停窗口服务，“柘塘通”APP和自助服务区24小时开放，不动产登记等急办事项可拨打12345预约。',
          '2.公交出行。假期期间，1路、5路、11路公交线路首末班时间各延长30分钟，另开通汽车站至龙舟赛场的临时专线。',
          '3.医疗服务。区人民医院、区中医院门急诊正常开放，各社区卫生服务中心上午安排值班。',
          '4.文体场馆。区图书馆、文化馆、体育馆假期正常开放，区博物馆6月20日闭馆一天。',
          '如遇突发情况，请及时拨打110、119、120求助。'])
A['river'] = dict(kind='news', headline='柘溪河生态补水工程完工', byline='本报讯（记者 聂晓峰 通讯员 范晓东）',
    notes='Page 2, last article; the page-2 footer follows directly.',
    text=['本报讯（记者 聂晓峰 通讯员 范晓东）5月27日，柘溪河生态补水工程通过完工验收。工程从东干渠引水，新建提水泵站1座、输水管道6.8公里，每天可为柘溪河城区段补充生态水量3万立方米。',
          '柘溪河城区段长9.4公里，过去因上游来水不足，枯水期常出现断流，河道水质不稳定。工程投用后，河道将保持常年流水，水质有望稳定达到地表水Ⅳ类标准，沿岸居民多年的“盼水”心愿得以实现。'])
A['boats'] = dict(kind='photo', headline='古镇端午龙舟忙', subheadlines=['组图'],
    byline='本报记者 戚元 摄',
    captions=['图1：龙舟制作艺人在给新船头上漆描金。', '图2：队员们在河道上进行合练。', '图3：小朋友在龙舟文化展上学习包粽子。'],
    notes='Page-3 photo story: label 组图, headline, an intro paragraph, image gap, three numbered captions 图1–图3 (labels kept), credit line at the end. Paragraphs = intro + the three captions; captions = the three captions; credit = byline.',
    text=['端午将至，有着六百多年龙舟竞渡传统的青苇古镇热闹起来。今年的柘塘区龙舟邀请赛将于6月19日开赛，18支队伍报名参赛，古镇上的龙舟作坊和训练河道一派繁忙。',
          '图1：龙舟制作艺人在给新船头上漆描金。', '图2：队员们在河道上进行合练。', '图3：小朋友在龙舟文化展上学习包粽子。'])
A['bamboo'] = dict(kind='feature', headline='一把竹篾编出“致富经”', subheadlines=['「乡土柘塘」'],
    byline='本报通讯员　苗若愚',
    notes='Column tag 「乡土柘塘」 above the headline, byline line with full-width spaces. Paragraph 3 has a column-break blank mid-sentence.',
    text=['在柘塘区石门镇竹溪村，几乎家家户户都会编竹器。54岁的村民罗永福编了四十多年竹篮，他的作坊里，竹篮、果盘、茶席、灯罩摆得满满当当。',
          '“过去编个箩筐卖十几块钱，费工夫还不挣钱，年轻人都不愿意学。”罗永福说。前几年，村里请来高校设计团队，帮助竹编艺人开发出茶具收纳盒、竹编手提包等文创产品，还在网上开了店。',
          '如今，竹溪村的竹编产品卖到了全国20多个省份，去年线上销售额突破300万元。村里成立了竹编专业合作社，吸纳了87户村民入社，其中有不少是在家照顾老人孩子的妇女。她们农闲时在家编织，按件计酬，每月能增收两千元左右。',
          '罗永福的儿子罗晨大学毕业后也回到村里，负责产品设计和直播带货。“老手艺不能在我们手里断了，还要让它越来越有年轻人喜欢的样子。”'])
A['opinion'] = dict(kind='opinion', headline='让“家门口”的服务再近一点', subheadlines=['「柘塘时评」'],
    byline='任远',
    notes='Commentary: column tag 「柘塘时评」 above the headline; the author line 文／任远 is printed after the headline (byline = 任远, the label 文／ dropped).',
    text=['从社区食堂到镇村公交，从加装电梯到图书馆夜间开放，近来我区推出的一批民生举措，都有一个共同点：把服务送到群众的“家门口”。',
          '民生无小事，枝叶总关情。群众的需求往往具体而细微，一顿热饭、一趟公交、一部电梯，看似是小事，却直接关系到群众的获得感和幸福感。办好这些小事，需要各级各部门多到街头巷尾走一走、听一听，把群众的“急难愁盼”摸清楚。',
          '让服务再近一点，也要让服务更可持续。社区食堂能不能长期办下去，镇村公交能不能保持班次，都需要在资金保障、运营机制上下功夫，避免“一阵风”。只有把好事办实、实事办好，群众才会真正满意。'])
A['insure'] = dict(kind='notice', headline='关于做好2027年度城乡居民医保参保缴费工作的通告',
    notes='Notice: numbered clauses as paragraphs; issuer and date lines are the last two paragraphs.',
    text=['为保障城乡居民基本医疗需求，现就2027年度城乡居民基本医疗保险参保缴费有关事项通告如下：',
          '一、参保范围。具有本区户籍或持有本区居住证，且未参加职工基本医疗保险的城乡居民。',
          '二、缴费标准。2027年度个人缴费标准为每人每年400元，低保对象、特困人员等困难群体个人缴费部分由财政全额资助。',
          '三、缴费时间。集中缴费期为2027年6月1日至12月31日，在集中缴费期内缴费的，自2028年1月1日起享受待遇。',
          '四、缴费渠道。可通过“柘塘医保”微信公众号、各银行网点或所在村（社区）代办点缴费。咨询电话：0519-82716630。',
          '柘塘区医疗保障局', '2027年5月25日'])

ORDER = ['bus', 'flood', 'wheat', 'library', 'sign', 'canteen', 'lift', 'dragon', 'river', 'boats', 'bamboo',
         'opinion', 'insure']
arts = [A[k] for k in ORDER]
IDX = {k: i for i, k in enumerate(ORDER)}

HEAD = lambda n, sec: f'2027年6月1日　星期二　　柘塘报　　第{n}版　{sec}'
EDIT = ['责任编辑：蒋苇　校对：沈一帆　美编：卢晴', '责任编辑：邱小禾　校对：沈一帆　美编：卢晴',
        '责任编辑：邱小禾　校对：谭柯　美编：卢晴', '责任编辑：蒋苇　校对：谭柯　美编：孟雨']
d = Doc()
def furn(line): d.add(line)
def head_block(key, lines):
    """lines: list of (text, part); blank lines between items given as ''."""
    for t in lines:
        if t == '': d.blank()
        else: d.add(t[0], IDX[key], t[1])

# ---- page 1
furn(HEAD(1, '要闻')); d.blank()
for l in ['柘塘报', 'ZHETANG WEEKLY', '2027年6月1日　星期二　农历四月廿六', '第22期（总第1176期）　本期4版',
          '中共柘塘区委主办　柘塘区融媒体中心出版', '内部资料　免费交流　准印证号：（Z）0319']:
    furn(l)
d.blank()
head_block('bus', [('城乡公交一张网 镇村出行更便利', 'headline'), ('我区新开通8条镇村公交线路，实现行政村全覆盖', 'subheadline'), ''])
flow(d, IDX['bus'], A['bus']['text'], W, breaks={(1, 3), (3, 2)})
d.blank(2)
head_block('flood', [('汛期将至 未雨绸缪', 'kicker'), ('全区防汛工作部署会召开', 'headline'), ''])
flow(d, IDX['flood'], A['flood']['text'], W, breaks={(1, 4)})
d.blank(2)
head_block('wheat', [('图片新闻', 'label'), ('麦浪翻滚夏收忙', 'headline'), '', ''])
for l in wrap(A['wheat']['text'][0], 30): d.add(l, IDX['wheat'], 'caption')
d.add('（柘塘报记者 戚元 摄）', IDX['wheat'], 'credit')
d.blank(2)
head_block('library', [('区图书馆夜间开放延长至21时', 'headline'), ''])
flow(d, IDX['library'], A['library']['text'], W)
d.blank(2)
head_block('sign', [('柘塘高新区两个重点项目集中签约', 'headline'), ('总投资23.6亿元', 'subheadline'), ''])
flow(d, IDX['sign'], A['sign']['text'], W, breaks={(1, -2)})
d.blank(); furn(EDIT[0])
# ---- page 2
d.lines.append('\f' + HEAD(2, '民生')); d.blank()
c = A['canteen']
head_block('canteen', [('「民生观察」', 'tag'), ('社区食堂：一碗热饭里的民生温度', 'headline'), ('本报记者　邬佳宁', 'byline'), ''])
flow(d, IDX['canteen'], c['text'][:2], W)
d.blank(); d.add(c['crossheads'][0], IDX['canteen'], 'crosshead'); d.blank()
flow(d, IDX['canteen'], c['text'][2:4], W, breaks={(0, 3)})
d.blank(); d.add('图为居民在柳岸社区食堂选购午餐。', IDX['canteen'], 'caption')
d.add('（柘塘报记者 邬佳宁 摄）', IDX['canteen'], 'credit'); d.blank()
d.add(c['crossheads'][1], IDX['canteen'], 'crosshead'); d.blank()
flow(d, IDX['canteen'], c['text'][4:], W)

d.blank(2)
lf = A['lift']
head_block('lift', [('老旧小区加装电梯驶入“快车道”', 'headline'), ''])
paras = lf['text'][:-1] + [lf['text'][-1] + '（记者 黎明远）']
flow(d, IDX['lift'], paras, W, breaks={(0, 2)})
d.blank(2)
head_block('dragon', [('「服务台」', 'tag'), ('端午假期便民服务早知道', 'headline'), ''])
flow(d, IDX['dragon'], A['dragon']['text'], W)
d.blank(2)
head_block('river', [('柘溪河生态补水工程完工', 'headline'), ''])
flow(d, IDX['river'], A['river']['text'], W, breaks={(1, 2)})
d.blank(); furn(EDIT[1])
# ---- page 3
d.lines.append('\f' + HEAD(3, '文化·副刊')); d.blank()
b = A['boats']
head_block('boats', [('组图', 'label'), ('古镇端午龙舟忙', 'headline'), ''])
flow(d, IDX['boats'], b['text'][:1], W)
d.blank(3)
for cap in b['captions']:
    d.add(cap, IDX['boats'], 'caption')
d.add('本报记者 戚元 摄', IDX['boats'], 'credit')
d.blank(2)
head_block('bamboo', [('「乡土柘塘」', 'tag'), ('一把竹篾编出“致富经”', 'headline'), ('本报通讯员　苗若愚', 'byline'), ''])
flow(d, IDX['bamboo'], A['bamboo']['text'], W, breaks={(2, 2)})
d.blank(2)
head_block('opinion', [('「柘塘时评」', 'tag'), ('让“家门口”的服务再近一点', 'headline'), ('文／任远', 'byline'), ''])
flow(d, IDX['opinion'], A['opinion']['text'], W)
d.blank(2)
head_block('insure', [('关于做好2027年度城乡居民医保参保缴费工作的通告', 'headline'), ''])
flow(d, IDX['insure'], A['insure']['text'], W)
d.blank(); furn(EDIT[2])
# ---- page 4: advertising page
d.lines.append('\f' + HEAD(4, '广告')); d.blank()
for l in ['柘塘农商银行', '“安居贷”助您圆梦新家', '年利率低至3.2%　最快3个工作日放款', '服务热线：0519-96008',
          '', '柘塘区融媒体中心广告部　电话：0519-82713300', '本报地址：柘塘区文昌路88号　邮编：213300',
          '印刷：柘塘新华印务有限公司']:
    if l: furn(l)
    else: d.blank()
d.blank(); furn(EDIT[3])

NOT = [HEAD(n, s) for n, s in [(1, '要闻'), (2, '民生'), (3, '文化·副刊'), (4, '广告')]] + [
    '柘塘报', 'ZHETANG WEEKLY', '2027年6月1日　星期二　农历四月廿六', '第22期（总第1176期）　本期4版',
    '中共柘塘区委主办　柘塘区融媒体中心出版', '内部资料　免费交流　准印证号：（Z）0319'] + EDIT + [
    '柘塘农商银行', '“安居贷”助您圆梦新家', '年利率低至3.2%　最快3个工作日放款', '服务热线：0519-96008',
    '柘塘区融媒体中心广告部　电话：0519-82713300', '本报地址：柘塘区文昌路88号　邮编：213300', '印刷：柘塘新华印务有限公司']
NOTES = ('Invented issue of 柘塘报 (a 2-column county-district weekly), plain PDF text extraction, wrap 22, pages 1-4 '
         'separated by form feeds. Every page starts with the running head (date | 柘塘报 | 第N版 section) and ends with '
         'an editor/proof-reader/designer line; page 1 also has the masthead. Page 4 is an advertisement and the imprint. '
         'Column tags in 「」 are subheadlines. Captions are followed by a credit line in parentheses.')
name = 'zhetang-2027-06-01'
open(name + '.txt', 'w', encoding='utf-8').write(d.text())
write_truth(name + '.truth.json', name + '.txt', '柘塘报', '2027-06-01', '第22期（总第1176期）', NOTES, NOT, d, arts)
sys.exit(0 if check(name + '.txt', name + '.truth.json') else 1)
