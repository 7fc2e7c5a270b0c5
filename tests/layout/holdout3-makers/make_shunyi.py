#!/usr/bin/env python3
"""顺义报 2026-06-16: layout-preserving extraction (pdftotext -layout style) of a 4-page weekly.
Pages 1, 3, 4 come out as one indented column; on page 2 two columns come out side by side for a
stretch.  Truth first, then the layout."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib3 import Doc, write, wrap
from check import check

NAME = 'shunyi-2026-06-16'
A = []
A.append(dict(id='B1', kind='news',
  headline='以一流营商环境 激发高质量发展新动能',
  subheadlines=['顺义区召开2026年“两区”建设暨优化营商环境大会'],
  byline='本报讯(记者 周楠)',
  text=[
  '本报讯(记者 周楠)6月12日，顺义区召开2026年“两区”建设暨优化营商环境大会，发布《顺义区优化营商环境8.0版改革方案》，推出涉及市场准入、政务服务、要素保障等方面的改革举措126项。区委书记杨振宇出席并讲话，区长许文博主持。',
  '会议指出，过去一年，顺义区新设经营主体2.86万户，同比增长11.3%；“高效办成一件事”重点事项扩展至36项，企业开办实现“一日办结”，政务服务满意率达到99.6%。首都机场临空经济区、中德产业园等重点区域新落地项目118个。',
  '杨振宇强调，营商环境没有最好、只有更好。要把企业的感受作为第一标准，持续深化“服务包”“服务管家”机制，围绕新能源智能汽车、航空航天、第三代半导体等主导产业，在用地、用工、融资、应用场景等方面精准施策，让企业在顺义办事更省心、发展更放心。',
  '会上，12家企业代表获颁“顺义区营商环境体验官”聘书，5家重点企业与属地镇街签订服务协议。'],
  notes='Lead, right after a layout-preserved masthead whose lines hold several items separated by long runs of spaces (title | date, romanized title | 第23期 总第2047期 | 今日4版, publisher lines). Kicker and headline are centred (leading spaces), kicker first, no blank line between them. Paragraphs are marked only by a deeper indent (6 spaces vs 2), as -layout gives them: no blank lines inside the body. Half-width parentheses in the dateline.'))

A.append(dict(id='B2', kind='news',
  headline='潮白河森林公园二期6月底开放', subheadlines=['新增绿地约1200亩 建成骑行道18公里'],
  byline='本报讯(记者 孙玥)',
  text=[
  '本报讯(记者 孙玥)记者从区园林绿化局获悉，潮白河森林公园二期建设已基本完工，将于6月底向市民开放。二期工程位于潮白河东岸、顺平路以南，新增绿地面积约1200亩，栽植乔木4.3万株、灌木12万余株。',
  '二期工程新建骑行道18公里、步道9公里，与一期的滨河绿道贯通，沿线设置驿站6处，提供休憩、饮水、自行车维修等服务。公园还在北侧湿地区域新建观鸟平台2处，方便市民观察白鹭、苍鹭等水鸟。',
  '区园林绿化局提醒，公园开放初期部分区域仍在养护，请游客按照指示牌游览，不要踩踏新植草坪。'],
  notes='Centred headline with a centred subtitle on the next line.'))

A.append(dict(id='B3', kind='photo',
  headline='麦收时节', byline='记者 梁晨 摄',
  text=['6月13日，北务镇仓上村的麦田里，联合收割机正在抢收小麦。今年全区小麦种植面积3.6万亩，预计平均亩产达到460公斤。'],
  captions=['6月13日，北务镇仓上村的麦田里，联合收割机正在抢收小麦。今年全区小麦种植面积3.6万亩，预计平均亩产达到460公斤。'],
  notes='Photo news: 4-character headline, 3 empty lines (image), caption (the only body) and a credit \"记者 梁晨 摄\" pushed far right by leading spaces.'))

A.append(dict(id='B4', kind='news',
  headline='顺义新开通3条通勤定制公交',
  byline='（记者 孙玥 通讯员 何静）',
  text=[
  '6月15日起，顺义区新开通3条通勤定制公交线路，分别连接后沙峪、天竺地区与望京、国贸等就业集中区域，早晚高峰各发车3至4班，单程票价12元至18元。',
  '市民可通过“北京定制公交”小程序查询线路、预约座位。运营单位将根据乘客需求，适时调整发车时间和站点设置。'],
  notes='Short news without dateline; end byline \"（记者 孙玥 通讯员 何静）\" right-aligned on its own line (byline, not text). Followed by the page-1 footer line and the form feed.'))

A.append(dict(id='B5', kind='news',
  headline='全区首个“零碳”示范社区落户仁和镇', byline='本报讯(记者 梁晨)',
  text=[
  '本报讯(记者 梁晨)6月10日，仁和镇河南村社区被确定为全区首个“零碳”示范社区。社区将在两年内完成屋顶光伏、智能微电网、雨水回收等11项改造，预计每年减少二氧化碳排放约1600吨。',
  '据介绍，社区已在28栋居民楼屋顶安装光伏板，总装机容量1.2兆瓦，所发电量优先供应楼道照明、电梯和充电桩使用。社区还设立了“碳积分”小程序，居民参与垃圾分类、绿色出行等可获得积分，兑换生活用品。'],
  notes='Top of page 2, full width (one column), directly after the page header line (which itself contains runs of spaces between date, page name, editors and page number).'))

A.append(dict(id='B6', kind='news',
  headline='小院议事厅 议出大变化', byline='本报讯(记者 孙玥)',
  text=[
  '本报讯(记者 孙玥)“以前村里修路、装路灯，都是村委会定了就干，现在大伙儿坐在一起商量，心里更顺了。”李桥镇沿河村村民张德顺说。今年以来，李桥镇在18个村建起“小院议事厅”，村里的大事小情都拿到小院里议一议。',
  '截至5月底，各村议事厅共召开议事会147场，收集意见建议620余条，推动解决村内道路硬化、排水沟清淤、文化广场照明等问题93件。',
  '镇党委相关负责人表示，下一步将总结议事厅的经验做法，制定议事规则和流程，让议事协商成为村级治理的常态。'],
  notes='TRAP (side-by-side columns): left column of the page-2 stretch. Every line of the stretch holds a line of THIS article, then a run of spaces, then a line of the 供电 article (right column); the two headlines share one line. Read line by line, the two articles come out shuffled. The left column ends one line before the right one.'))

A.append(dict(id='B7', kind='news',
  headline='顺义供电公司启动迎峰度夏保障', byline='本报讯(通讯员 宋雨 记者 周楠)',
  text=[
  '本报讯(通讯员 宋雨 记者 周楠)随着气温升高，顺义地区用电负荷持续攀升。6月14日，国网北京顺义供电公司启动迎峰度夏保障工作，预计今年全区最大用电负荷将达到186万千瓦，同比增长约5%。',
  '为保障居民和企业用电，供电公司今年新建、改造10千伏线路42条，新增配电变压器260台，并对辖区内1130个老旧小区配电设施开展隐患排查。此外，供电公司还组建了26支抢修队伍，实行24小时值守。',
  '供电公司提醒，居民家中如遇停电，可先确认是否为本户跳闸，再拨打95598供电服务热线报修；高温时段请错峰使用大功率电器，避免线路过载。'],
  notes='TRAP (side-by-side columns): right column of the page-2 stretch, printed after a run of spaces on each line next to the 议事厅 article; after the left column ends, its last line stands alone with 34 leading spaces (no left text before it). Followed by the page-2 footer.'))

A.append(dict(id='B8', kind='feature',
  headline='在“家门口”就业 日子越过越有奔头', subheadlines=['——北小营镇“就业驿站”帮扶见闻'],
  byline='本报记者 梁晨', crossheads=['“送岗上门”', '“技能加油站”'],
  text=[
  '早上8点，北小营镇就业驿站刚开门，46岁的村民赵秀云就来到服务台前，询问附近食品厂招工的情况。工作人员调出岗位信息，帮她预约了第二天的面试。“离家不到3公里，骑电动车10分钟就到，还能照顾老人孩子。”赵秀云说。',
  '北小营镇就业驿站去年9月建成运行，工作人员定期走访辖区企业，收集用工需求，再通过村里的广播、微信群把岗位信息送到村民手中。截至目前，驿站已累计发布岗位2300余个，帮助410名村民实现就业。',
  '“很多村民年纪偏大，不会在网上找工作，我们就把岗位送到村里去。”驿站负责人韩立伟说，驿站每个月都会在不同村举办一场“小型招聘会”，企业和村民面对面交流，当场就能达成意向。',
  '为了帮助村民提升就业能力，驿站还联合区职业技能培训中心开设了面点制作、电工、养老护理等培训课程，学员考核合格后可领取职业技能等级证书。今年上半年，已有186人参加培训，其中121人取得证书。',
  '在镇里的一家养老机构，刚取得养老护理员证书的王丽娟已经上岗两个月。“以前在家带孩子，现在有了一技之长，每个月收入4800元，心里踏实多了。”'],
  notes='Feature on page 3: centred headline, centred 副题 with ——, byline line \"本报记者 梁晨\" centred (own line, byline not text). Two centred crossheads with blank lines around them (not paragraphs). Last paragraph ends with a closing quote.'))

A.append(dict(id='B9', kind='notice',
  headline='关于顺义新城部分区域临时停水的通知',
  text=[
  '因市政供水管线改造施工，定于2026年6月19日（星期五）8:00至20:00对顺义新城部分区域临时停水。现将有关事项通知如下：',
  '一、停水范围：府前街以北、新顺南大街以东、光明南街以西、顺康路以南区域。',
  '二、请相关区域居民和单位提前做好储水准备，停水期间关闭水龙头，防止恢复供水时跑水。',
  '三、如遇特殊情况需延长停水时间，将另行通知。咨询电话：69446218。',
  '北京市顺义区自来水有限公司',
  '2026年6月15日'],
  notes='Notice: centred title, intro, items 一、二、三、 (each starts with the paragraph indent), issuer and date right-aligned by leading spaces; issuer and date are counted as the last two paragraphs (they must be read out). kind notice.'))

A.append(dict(id='B10', kind='news',
  headline='第三届“乡村音乐节”唱响张镇', byline='本报讯(记者 孙玥)',
  text=[
  '本报讯(记者 孙玥)6月13日晚，张镇灶王庙广场上灯光璀璨，顺义区第三届“乡村音乐节”在这里开幕。来自全区19个镇街的24支业余乐队轮番登台，演唱了《我和我的家乡》《潮白河之歌》等歌曲，吸引了3000多名村民和游客观看。',
  '本届音乐节将持续到7月中旬，其间将在6个镇举办8场专场演出。'],
  notes='Short news after the notice\'s right-aligned date line - the date must not be taken as this article\'s start. Last on page 3.'))

A.append(dict(id='B11', kind='opinion',
  headline='让“小修小补”温暖“大民生”', subheadlines=['顺义时评'], byline='□江晓',
  text=[
  '配把钥匙、修双鞋、改条裤边，这些“小修小补”看似不起眼，却是居民日常生活中离不开的服务。随着城市更新和街面整治，一些便民摊点消失了，不少居民感慨“想修点东西都找不到地方”。',
  '近期，顺义区在石园、光明等街道试点建设“便民服务点”，由社区提供场地、减免租金，引导修鞋、配钥匙、家电维修等小店集中入驻。试点两个月，已有32家小店开张，日均服务居民1500余人次。这种做法，既保住了手艺人的饭碗，也方便了居民生活。',
  '“小修小补”连着大民生。城市管理既要有“颜值”，也要有“温度”。希望更多社区因地制宜，把便民服务点建在居民家门口，让群众生活更方便、更舒心。'],
  notes='Commentary: the column tag 顺义时评 and the headline share ONE line, separated by a run of spaces (tag at the left margin, headline centred) - a side-by-side pattern that is not a column interleave. Author \"□江晓\" on the next line.'))

A.append(dict(id='B12', kind='list',
  headline='暑期将至 牢记防溺水“六不”',
  text=[
  '暑期将至，中小学生户外活动增多，溺水事故进入高发期。区教委、区应急管理局提醒广大学生和家长，务必牢记防溺水“六不”：',
  '1.不私自下水游泳；', '2.不擅自与他人结伴游泳；', '3.不在无家长或教师带领的情况下游泳；',
  '4.不到无安全设施、无救援人员的水域游泳；', '5.不到不熟悉的水域游泳；', '6.不熟悉水性的学生不擅自下水施救。',
  '发现有人落水，要立即大声呼救并拨打110或119，切勿盲目下水。'],
  notes='List: intro, six numbered one-line items (kept with their numbers, one paragraph each), closing paragraph; items are indented like paragraph starts. Followed by the imprint line (furniture). 8 paragraphs.'))

# ---------------------------------------------------------------- layout (-layout)
P = {a['id']: a for a in A}
D = Doc()
L, B = D.line, D.blank
IND, PIND = '  ', '      '


def centre(t, width=78):
    w = sum(0.5 if ord(c) < 128 else 1 for c in t)
    return ' ' * max(2, int((width - 2 * w) / 2)) + t


def col(aid, segs, width, ind=IND, pind=PIND):
    out = []
    for s in segs:
        for i, t in enumerate(wrap(s, width)):
            out.append(((pind if i == 0 else ind) + t, aid, 'body'))
    return out


def body(aid, segs, width=34):
    for t, a, r in col(aid, segs, width):
        L(t, a, r)


L('                                                            2026年6月16日 星期二')
L('      顺 义 报                                              农历丙午年五月初二')
L('                                                            第23期 总第2047期')
L('      SHUNYI BAO                                            今日4版')
B()
L('  中共北京市顺义区委主办   顺义区融媒体中心出版          准印证号：京内资准字0826-L0112')
B(2)
a = P['B1']
L(centre(a['subheadlines'][0]), 'B1', 'kicker'); L(centre(a['headline']), 'B1', 'headline'); B()
body('B1', a['text'])
B()
a = P['B2']
L(centre(a['headline']), 'B2', 'headline'); L(centre(a['subheadlines'][0]), 'B2', 'subtitle'); B()
segs = a['text']
body('B2', segs, 33)
B()
a = P['B3']
L(centre(a['headline']), 'B3', 'headline'); B(3)
for t in wrap(a['text'][0], 36):
    L(IND + t, 'B3', 'caption')
L(' ' * 56 + a['byline'], 'B3', 'credit'); B()
a = P['B4']
L(centre(a['headline']), 'B4', 'headline'); B()
body('B4', a['text'])
L(' ' * 44 + a['byline'], 'B4', 'byline'); B()
L('  本版责任编辑：李曼   美术编辑：王涛                                    1')
# page 2
L('\f  2026年6月16日  星期二              区域·民生              责任编辑：陈思   美术编辑：王涛      2')
B()
a = P['B5']
L(centre(a['headline']), 'B5', 'headline'); B()
body('B5', a['text'])
B()
left = [('  ' + P['B6']['headline'], 'B6', 'headline'), ('', None, None)] + col('B6', P['B6']['text'], 19)
right = [(P['B7']['headline'], 'B7', 'headline'), ('', None, None)] + col('B7', P['B7']['text'], 19, ind='', pind='    ')
COLX = 34
for i in range(max(len(left), len(right))):
    lt, la, lr = left[i] if i < len(left) else ('', None, None)
    rt, ra, rr = right[i] if i < len(right) else ('', None, None)
    more = [(ra, rr)] if ra else []
    if not lt and not rt:
        B(); continue
    text = (lt.ljust(COLX) + rt) if rt else lt
    L(text.rstrip(), la, lr, more=more)
B()
L('  2026年6月16日                                                         顺义报')
# page 3
L('\f  3      2026年6月16日  星期二             专  题             责任编辑：陈思   美术编辑：刘洋')
B()
a = P['B8']
L(centre(a['headline']), 'B8', 'headline'); B(); L(centre(a['subheadlines'][0]), 'B8', 'subtitle'); B()
L(centre(a['byline']), 'B8', 'byline'); B()
body('B8', a['text'][:1], 36); B()
L(centre(a['crossheads'][0]), 'B8', 'crosshead'); B()
body('B8', a['text'][1:3], 36); B()
L(centre(a['crossheads'][1]), 'B8', 'crosshead'); B()
body('B8', a['text'][3:], 36); B(2)
a = P['B9']
L(centre(a['headline']), 'B9', 'headline'); B()
body('B9', a['text'][:4], 36)
L(' ' * 46 + a['text'][4], 'B9', 'body (issuer)'); L(' ' * 54 + a['text'][5], 'B9', 'body (date)'); B(2)
a = P['B10']
L(centre(a['headline']), 'B10', 'headline'); B()
body('B10', a['text'], 36); B()
# page 4
L('\f  2026年6月16日  星期二                 综  合                责任编辑：李曼   美术编辑：刘洋      4')
B()
a = P['B11']
L('  顺义时评' + ' ' * 14 + a['headline'], 'B11', 'column tag + headline')
L(' ' * 28 + a['byline'], 'B11', 'byline'); B()
body('B11', a['text'], 34); B()
a = P['B12']
L(centre(a['headline']), 'B12', 'headline'); B()
body('B12', a['text'], 34); B()
L('  地址：北京市顺义区府前中街5号  邮编：101300  新闻热线：69443021  广告热线：69443055  印刷：北京潮白印务有限公司')

META = dict(publication='顺义报', date='2026-06-16', issue_no='第23期 总第2047期',
  not_articles=['2026年6月16日 星期二', '顺 义 报', 'SHUNYI BAO', '农历丙午年五月初二', '第23期 总第2047期', '今日4版',
    '中共北京市顺义区委主办   顺义区融媒体中心出版          准印证号：京内资准字0826-L0112',
    '本版责任编辑：李曼   美术编辑：王涛                                    1',
    '2026年6月16日  星期二              区域·民生              责任编辑：陈思   美术编辑：王涛      2',
    '2026年6月16日                                                         顺义报',
    '3      2026年6月16日  星期二             专  题             责任编辑：陈思   美术编辑：刘洋',
    '2026年6月16日  星期二                 综  合                责任编辑：李曼   美术编辑：刘洋      4',
    '地址：北京市顺义区府前中街5号  邮编：101300  新闻热线：69443021  广告热线：69443055  印刷：北京潮白印务有限公司'],
  notes='Invented issue of a 顺义-style weekly (4 pages) extracted with a layout-preserving tool (pdftotext -layout style): lines keep their horizontal position as leading spaces; body lines are indented 2 spaces and paragraph first lines 6, with NO blank lines between paragraphs (blank lines only around headlines and between items). Headlines and subtitles are centred with leading spaces. Masthead items sit side by side on the same lines separated by runs of spaces; the title is letter-spaced (顺 义 报). Pages are separated by a form feed at the start of the page-header line (line numbers count \\n only). Page headers/footers hold runs of spaces between their fields. Page 2 has a stretch where two columns are printed side by side on each line (see the 议事厅 and 供电 articles). Measures vary by page (33-36 em on single-column pages, 19 em in the side-by-side columns). All names, numbers and events are invented.')

if __name__ == '__main__':
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    write(NAME, 'txt', D, META, A, lambda s, t: check(s, t))
