#!/usr/bin/env python3
"""荻港周刊 2027-06-15 (invented). Kind (c): Markdown from a PDF-to-Markdown converter (MinerU-like).
Running heads become headings, headline levels come from font size (# to #####) and some headlines are left as
plain or bold lines, a dateline paragraph and a short body paragraph are made headings, bold runs, images as
`![](images/<hash>.jpg)` followed by a caption line, `---` page breaks, and a page whose two columns the
converter took for a TABLE (`| … | … |` rows, `<br>` inside cells)."""
import sys
from h13lib import Doc, write_truth, check

A = {}
A['lead'] = dict(kind='news', headline='荻港区“十大民生工程”进度过半', subheadlines=['上半年完成投资31.5亿元'],
    byline='本报讯（记者 温若尘）',
    notes='Lead: headline `#` (same level as the running head above it), 副题 `###`. The dateline is bold (`**本报讯（记者 温若尘）**`), the bold markers are markup.',
    text=['本报讯（记者 温若尘）记者从区发展改革委获悉，截至6月上旬，我区今年确定的“十大民生工程”累计完成投资31.5亿元，占年度计划的53.4%，总体进度过半。',
          '十大民生工程涵盖教育、医疗、养老、交通、住房等领域，共包括具体项目46个。其中，荻港实验小学扩建、区妇幼保健院迁建等8个项目已经完工，城西水厂二期、北环路快速化改造等27个项目正在加紧施工。',
          '为确保工程按期完成，区里建立了“月调度、季通报”工作机制，对进度滞后的项目实行挂牌督办。区发展改革委相关负责人表示，下半年将集中力量攻坚，确保年底前全部项目达到预定目标。'])
A['rain'] = dict(kind='news', headline='城区新建改造雨水管网21公里',
    byline='本报讯（记者 包怀远 通讯员 邓宇）',
    notes='Headline left as a bold line `**…**` (not a heading). The short closing paragraph was made a `####` heading by the converter; it is body text.',
    text=['本报讯（记者 包怀远 通讯员 邓宇）入汛前，我区完成城区雨水管网新建改造21公里，整治易积水点14处，城区排水能力明显提升。',
          '今年的改造重点放在老城区。施工单位采用非开挖修复技术，在不破坏路面的情况下对老旧管道进行内衬修复，既缩短了工期，又减少了对交通的影响。',
          '下一步，相关部门将加强汛期巡查。'])
A['photo'] = dict(kind='photo', headline='荷塘初夏', subheadlines=['图片新闻'], byline='本报记者 丁一舟 摄',
    captions=['6月10日，荻港湿地公园的荷花竞相绽放，吸引市民游客前来观赏。'],
    notes='Photo news: the label 图片新闻 is a `####` heading, the headline a `##` heading, then the image and a caption line with the credit glued after two spaces. Caption = the single paragraph; credit = byline.',
    text=['6月10日，荻港湿地公园的荷花竞相绽放，吸引市民游客前来观赏。'])
A['youth'] = dict(kind='news', headline='高校毕业生就业招聘会提供岗位3200个',
    byline='本报讯（见习记者 舒婷婷）',
    notes='Headline at `####`, smaller than the 副题 levels elsewhere. The dateline paragraph was made a `##` heading by the converter (body, not a headline).',
    text=['本报讯（见习记者 舒婷婷）6月11日，2027年荻港区高校毕业生专场招聘会在区人力资源市场举行，86家企业提供就业岗位3200个。',
          '招聘会上，智能制造、电子商务、现代物流等行业岗位需求旺盛。区人社局还在现场设置了就业政策咨询台和简历指导区，为毕业生提供一对一服务。据统计，当天共有1600余名求职者入场，初步达成就业意向520人。'])
A['tea'] = dict(kind='feature', headline='一片茶叶的“数字之旅”', subheadlines=['荻港茶产业转型升级观察'],
    byline='本报记者 罗晓梅',
    crossheads=['茶园装上“智慧大脑”', '直播间里卖新茶'],
    captions=['茶农在云岭村茶园采摘夏茶。'],
    notes='Page-2 feature: headline `##`, 副题 plain line, byline `*本报记者 罗晓梅*` (italic markers are markup). Crossheads: one `###`, one bold line. An image + caption sits between paragraphs 2 and 3.',
    text=['清晨，云岭村的茶园里雾气还没散尽，茶农黄秀珍已经背着竹篓开始采茶。不远处的田埂上，一台小型气象站正在实时采集温度、湿度和土壤墒情数据。',
          '“以前种茶全凭经验，现在手机上一看，哪块地该浇水、哪块地该施肥，清清楚楚。”黄秀珍说。去年，云岭村与一家农业科技公司合作，在800亩茶园安装了物联网监测设备，还建立了病虫害预警系统。',
          '数字化带来的变化不只在茶园。村里的茶叶加工厂引进了自动化生产线，从杀青、揉捻到烘干，全程由电脑控制温度和时间，茶叶品质更加稳定。',
          '每天晚上，茶叶合作社的直播间都准时开播。“这是今年的头采绿茶，大家看看这个芽头。”主播小周是村里的返乡青年，她一边冲泡一边介绍。今年春茶季，合作社线上销售额达到420万元，比去年翻了一番。'])
A['qa'] = dict(kind='feature', headline='让退役军人“有位有为”', subheadlines=['访区退役军人事务局局长许建平'],
    byline='本报记者 温若尘',
    notes='Interview: headline `###`, 副题 line starting with ——, byline, an intro, then questions in bold `**记者：**…` and answers `**许建平：**…`; labels are kept in the paragraphs (bold markers are markup).',
    text=['今年以来，我区在退役军人就业创业、服务保障等方面推出一系列新举措。近日，记者就相关话题采访了区退役军人事务局局长许建平。',
          '记者：今年在促进退役军人就业方面有哪些新做法？',
          '许建平：我们联合区人社局建立了退役军人就业岗位库，目前已收集岗位1100多个，每季度举办一次专场招聘会。同时，我们与职业院校合作开展订单式培训，上半年已有230名退役军人参加了技能培训。',
          '记者：对于自主创业的退役军人，有哪些扶持政策？',
          '许建平：符合条件的退役军人创业可以申请最高30万元的创业担保贷款，并享受财政贴息。我们还建立了创业孵化基地，为初创企业提供免费办公场地和创业导师指导。',
          '记者：下一步还有哪些打算？',
          '许建平：我们将继续完善服务保障体系，推动退役军人服务站提档升级，让每一名退役军人都能感受到党和政府的关怀。'])
A['b1'] = dict(kind='news', headline='区税务局开设“企业服务专窗”', subheadlines=['简讯'],
    notes='Page 3 was taken for a two-column TABLE: this brief is in the left cells of rows 1-2 (headline bold, then `<br>` and the text, which continues in the next row). The 简讯 tag heads the left column and is given to each brief.',
    text=['近日，区税务局在政务服务中心开设“企业服务专窗”，为企业集中办理涉税业务咨询、发票领用和税收优惠申报等事项，实行专人专办、限时办结。'])
A['b2'] = dict(kind='news', headline='荻港至江城城际公交开通', subheadlines=['简讯'],
    notes='Second brief in the left cells of rows 3-4 of the page-3 table.',
    text=['6月8日，荻港至江城的城际公交正式开通，全程约50分钟，票价12元，首班车6:30发车，末班车20:00发车，每20分钟一班。'])
A['b3'] = dict(kind='news', headline='全民健身游泳馆暑期开放', subheadlines=['简讯'],
    notes='Third brief in the left cell of row 5 of the page-3 table.',
    text=['区全民健身游泳馆将于7月1日起开放，暑期每天开放三个场次，学生凭学生证可享受半价优惠。'])
A['fest'] = dict(kind='news', headline='荻港街道举办社区邻里节', byline='本报讯（记者 包怀远）',
    notes='The right column of the page-3 table: its headline is the right header cell (bold), its paragraphs are the right cells of rows 1-5; the left cells hold the 简讯 briefs (interleaved row by row).',
    text=['本报讯（记者 包怀远）6月12日，荻港街道第五届社区邻里节在滨湖广场开幕。活动为期一个月，包括邻里美食节、家庭才艺秀、旧物交换集市等20余项活动。',
          '开幕式上，街道为12户“最美邻里”家庭颁发了荣誉证书。来自各社区的居民带来了舞蹈、快板、合唱等节目，现场气氛热烈。',
          '“住在一个小区好几年，很多邻居都叫不上名字，通过这样的活动大家熟悉了，有事也愿意互相帮忙。”居民陆阿姨说。',
          '据悉，邻里节期间，各社区还将组织志愿者开展上门探访独居老人、义务理发、家电维修等便民服务。'])
A['op'] = dict(kind='opinion', headline='“民生工程”重在民心', subheadlines=['荻港时评'], byline='江涵',
    notes='Commentary after the table: column tag 荻港时评 as `#####`, the headline as a plain line, author line `文/江涵` (byline 江涵).',
    text=['民生工程，是民心工程。一条路修得好不好、一所学校建得怎么样，群众看在眼里、记在心上。',
          '抓民生工程，既要算好“进度账”，更要算好“满意账”。工程建设中，要多听群众意见，把群众的需求融入设计、施工和管理的各个环节；工程建成后，要做好后续运营维护，避免“重建设、轻管理”。',
          '只有把群众的事当成自己的事，把实事办到群众心坎上，民生工程才能真正赢得民心。'])

A['food'] = dict(kind='news', headline='区人大常委会开展食品安全执法检查', byline='（记者 舒婷婷）',
    notes='Headline `#` (h1, like the running heads). No dateline; the end byline （记者 舒婷婷） is glued to the last paragraph.',
    text=['6月9日至11日，区人大常委会执法检查组对全区食品安全法律法规贯彻实施情况开展执法检查，先后来到农贸市场、学校食堂、网络订餐平台和食品生产企业实地察看。',
          '检查组指出，近年来我区食品安全形势总体稳定向好，但仍存在小作坊小餐饮监管难度大、网络订餐“后厨”不透明等问题。要压实企业主体责任和部门监管责任，加大抽检和执法力度，守护好群众“舌尖上的安全”。'])
A['photos'] = dict(kind='notice', headline='关于征集“荻港记忆”老照片的启事',
    notes='Page-4 notice: headline `##`, numbered clauses as plain paragraphs, issuer and date lines are the last two paragraphs.',
    text=['为记录荻港城市发展变迁，留存珍贵历史影像，本报即日起面向社会征集“荻港记忆”老照片。有关事项如下：',
          '一、征集内容：反映荻港城乡面貌、生产生活、重大事件和风土人情的老照片，拍摄时间原则上在2000年以前。',
          '二、投稿方式：请将照片原件或扫描件（分辨率不低于300dpi）送至本报编辑部，并注明拍摄时间、地点和背景故事。照片原件翻拍后当场归还。',
          '三、入选作品将在本报“荻港记忆”专栏刊登，并颁发纪念证书。联系电话：0572-6218805。',
          '荻港周刊编辑部', '2027年6月15日'])

ORDER = ['lead', 'rain', 'photo', 'youth', 'tea', 'qa', 'food', 'b1', 'fest', 'b2', 'b3', 'op', 'photos']
arts = [A[k] for k in ORDER]
IDX = {k: i for i, k in enumerate(ORDER)}
d = Doc()
def L(text, key=None, part=None):
    d.add(text, IDX[key] if key else None, part); d.blank()
def paras(key, ps, bold_lead=False):
    for i, p in enumerate(ps):
        if i == 0 and bold_lead and A[key].get('byline') and p.startswith(A[key]['byline']):
            p = '**' + A[key]['byline'] + '**' + p[len(A[key]['byline']):]
        L(p, key, 'body')

# ---- page 1
L('# 荻港周刊 2027年6月15日 星期二 第1版 要闻')
L('荻港周刊')
L('DIGANG WEEKLY')
L('2027年6月15日 星期二 农历五月十一 第24期（总第1032期） 本期4版')
L('中共荻港区委机关报 荻港区融媒体中心主办')
L('# 荻港区“十大民生工程”进度过半', 'lead', 'headline')
L('### 上半年完成投资31.5亿元', 'lead', 'subheadline')
paras('lead', A['lead']['text'], bold_lead=True)
L('**城区新建改造雨水管网21公里**', 'rain', 'headline')
paras('rain', A['rain']['text'][:2], bold_lead=True)
L('#### ' + A['rain']['text'][2], 'rain', 'body(heading)')
L('#### 图片新闻', 'photo', 'label')
L('## 荷塘初夏', 'photo', 'headline')
L('![](images/8c1e0b7f4d2a93e65b0c4f1a7d9e2b36.jpg)')
L(A['photo']['text'][0] + '  本报记者 丁一舟 摄', 'photo', 'caption')
L('#### 高校毕业生就业招聘会提供岗位3200个', 'youth', 'headline')
y = A['youth']['text']
L('## ' + y[0], 'youth', 'body(heading)')
paras('youth', y[1:])
L('---')
# ---- page 2
L('## 2027年6月15日 第2版 荻港周刊 经济·民生')
L('## 一片茶叶的“数字之旅”', 'tea', 'headline')
L('荻港茶产业转型升级观察', 'tea', 'subheadline')
L('*本报记者 罗晓梅*', 'tea', 'byline')
t = A['tea']
L('### ' + t['crossheads'][0], 'tea', 'crosshead')
paras('tea', t['text'][:2])
L('![](images/e41f77a0c2d95b1386a4f0d2c7b5e913.jpg)')
L(t['captions'][0], 'tea', 'caption')
paras('tea', t['text'][2:3])
L('**' + t['crossheads'][1] + '**', 'tea', 'crosshead')
paras('tea', t['text'][3:])
q = A['qa']
L('### 让退役军人“有位有为”', 'qa', 'headline')
L('——访区退役军人事务局局长许建平', 'qa', 'subheadline')
L('本报记者 温若尘', 'qa', 'byline')
for p in q['text']:
    for lab in ('记者：', '许建平：'):
        if p.startswith(lab):
            p = '**' + lab + '**' + p[len(lab):]
    L(p, 'qa', 'body')
L('# 区人大常委会开展食品安全执法检查', 'food', 'headline')
fo = A['food']['text']
L(fo[0], 'food', 'body'); L(fo[1] + '（记者 舒婷婷）', 'food', 'body+byline')
L('---')
# ---- page 3: the converter took the two columns for a table
L('# 荻港周刊 第3版 社区 2027年6月15日')
f = A['fest']['text']
rows = [('**简讯**', '**荻港街道举办社区邻里节**', None, 'fest'),
        ('**区税务局开设“企业服务专窗”**<br>近日，区税务局在政务服务中心开设“企业服务专窗”，为企业集中办理涉税业务咨询、', f[0], 'b1', 'fest'),
        ('发票领用和税收优惠申报等事项，实行专人专办、限时办结。', f[1], 'b1', 'fest'),
        ('**荻港至江城城际公交开通**<br>6月8日，荻港至江城的城际公交正式开通，全程约50分钟，', f[2], 'b2', 'fest'),
        ('票价12元，首班车6:30发车，末班车20:00发车，每20分钟一班。', '', 'b2', None),
        ('**全民健身游泳馆暑期开放**<br>区全民健身游泳馆将于7月1日起开放，暑期每天开放三个场次，学生凭学生证可享受半价优惠。', f[3], 'b3', 'fest')]
for i, (l, r, kl, kr) in enumerate(rows):
    line = f'| {l} | {r} |'
    aid = IDX[kl] if kl else IDX[kr]
    d.add(line, aid, 'table row')
    if i == 0:
        d.add('| --- | --- |')
d.blank()
L('##### 荻港时评', 'op', 'tag')
L('“民生工程”重在民心', 'op', 'headline')
L('文/江涵', 'op', 'byline')
paras('op', A['op']['text'])
L('---')
# ---- page 4
L('## 荻港周刊 2027年6月15日 第4版 副刊·服务')
L('## 关于征集“荻港记忆”老照片的启事', 'photos', 'headline')
paras('photos', A['photos']['text'])
L('![](images/07b2d8c5a1e94f3b6d0c8e27f5a1b490.jpg)')
L('本报地址：荻港区临湖路16号 邮编：313021 新闻热线：0572-6218800')
L('---')

NOT = ['荻港周刊 2027年6月15日 星期二 第1版 要闻', '荻港周刊', 'DIGANG WEEKLY',
       '2027年6月15日 星期二 农历五月十一 第24期（总第1032期） 本期4版', '中共荻港区委机关报 荻港区融媒体中心主办',
       '2027年6月15日 第2版 荻港周刊 经济·民生', '荻港周刊 第3版 社区 2027年6月15日',
       '荻港周刊 2027年6月15日 第4版 副刊·服务', '本报地址：荻港区临湖路16号 邮编：313021 新闻热线：0572-6218800']
NOTES = ('Invented issue of 荻港周刊, pages 1-4, as Markdown from a PDF-to-Markdown converter. Each page starts with its '
         'running head made a heading (`#` or `##`) and ends with `---`. Heading levels follow font size, not structure. '
         'Page 3 (a 简讯 column beside a news story) was rendered as a two-column pipe table: left cells hold three briefs, '
         'right cells the 邻里节 story; the header row is the 简讯 tag and the story\'s headline. Markup (`#`, `**`, `*`, '
         '`|`, `<br>`, `---`, images) is in no truth string.')
name = 'digang-md-2027-06-15'
open(name + '.md', 'w', encoding='utf-8').write(d.text())
write_truth(name + '.truth.json', name + '.md', '荻港周刊', '2027-06-15', '第24期（总第1032期）', NOTES, NOT, d, arts)
sys.exit(0 if check(name + '.md', name + '.truth.json') else 1)
