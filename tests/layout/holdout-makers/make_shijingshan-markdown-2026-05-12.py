#!/usr/bin/env python3
"""Hold-out issue C: a 石景山-style weekly as a Markdown export (invented content).
Conventions modelled: Markdown headings at inconsistent levels (# / ## / ### / ####, bold lines as
headlines), kicker as a plain line above a heading and subtitle as a plain line or h4 below it, a
series tag heading above the real headline, an editor's note as a blockquote, a health column
(健康之窗) with bold crossheads and bullet lists, image placeholders with italic captions, bold
**本报讯**, soft line breaks kept from the PDF (~18 chars) plus mid-sentence blank lines, a
page-1 article continued on page 3 with the headline repeated there, page rules and page labels."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_lib import Doc, body, wrap, article, write_truth, check

NAME = 'shijingshan-markdown-2026-05-12'
W, J = 18, (0, 1, 0, -1, 0, 1, 0)

C1 = ['本报讯（记者 郝婧）5月8日，模式口历史文化街区保护更新二期工程正式启动。二期工程范围东起模式口大街东口，西至法海寺路口，涉及院落86处，将完成房屋修缮、市政管线入地、街巷环境提升等工作，预计明年6月完工。',
      '模式口历史文化街区是北京市首批历史文化街区之一，留存有法海寺、承恩寺、田义墓等文物古迹。2021年完成的一期工程修缮了沿街立面和主要院落，“驼铃古道”逐渐成为京西热门的文化旅游目的地，去年接待游客超过180万人次。',
      '据金顶街街道相关负责人介绍，二期工程将坚持“留人、留房、留记忆”，对居民自住院落以修缮为主，不搞大拆大建。对于居民关心的厕所、供暖、排水等问题，工程将同步实施“平改”下水改造和“煤改电”设备升级，让胡同里的老街坊也能用上独立卫生间。',
      '在施工组织上，二期工程将分三个标段、按“一院一策”有序推进，施工期间保留主要街巷通行，沿街商户正常营业。街道在模式口大街32号设立了“更新工作站”，居民可在每周一至周五9时至17时到工作站咨询，也可拨打服务电话68876520。',
      '“我们家这个院子住了三代人，房子漏雨好些年了，这次能一块儿修好，心里踏实。”模式口大街居民赵宝山说。目前，已有71户居民签订了修缮协议。',
      '为留住街区的历史记忆，二期工程还邀请专家对街区内的老门楼、老石刻、老字号牌匾进行了逐一登记，共登记历史要素312处。施工中拆下的老砖老瓦将全部编号保存，修缮时尽量原物归安，做到“修旧如旧”。',
      '据悉，二期工程完工后，模式口将新增口袋公园3处、公共停车位120个，并引入非遗工坊、特色书店等文化业态，进一步提升街区活力。']

C2 = ['本报讯（记者 黄硕）5月10日起，石景山区开通S101、S102、S103三条社区微循环公交线路，串联八角、古城、鲁谷等街道的12个社区和3个地铁站，方便居民接驳地铁和就近就医、买菜。',
      '三条线路均采用10.5米中型纯电动公交车，首末班时间为6时至21时，高峰时段发车间隔10分钟，平峰时段15分钟，票价执行北京市公交统一票制，单程2元起。',
      '区交通委相关负责人介绍，线路走向是在社区征集了2300余份居民问卷后确定的，其中S102路途经石景山医院、北京大学首钢医院两家医院，专门在医院门口设置了港湾式停靠站。',
      '据了解，今年石景山区还将根据居民需求，在五里坨、广宁等山区街道再开通2条微循环线路，进一步方便山区居民出行。']

C3 = ['本报讯 “五一”假期，首钢园共接待游客46.3万人次，同比增长21%。园区推出滑雪大跳台观光、工业遗存夜游、电竞嘉年华等活动，单日最高客流达到11.2万人次。']
C3_cap = '5月2日，游客在首钢园三高炉前拍照留念。'

C4_note = ['编者按 垃圾分类是一场“持久战”。今年以来，石景山区在全区推行垃圾分类“精准投放、积分激励”工作法，居民分类习惯逐步养成。本报今起推出“垃圾分类进社区”系列报道，走进各街道社区，记录垃圾分类中的新做法、新变化。',
           '欢迎读者来信来电，分享您身边的垃圾分类故事。报料电话：68867700。']
C4 = ['每天早上7点到9点、晚上6点到8点，鲁谷社区六合园小区的垃圾分类驿站前总是排着不少居民。居民投放厨余垃圾后，桶站值守员会用扫码枪扫一下居民的“绿色账户”卡，分类正确的可以积累1分，每月累计20分可以兑换一袋挂面或一瓶酱油。',
      '“刚开始大家都觉得麻烦，现在不分类反倒不习惯了。”居民陈阿姨说，她家的“绿色账户”里已经攒了300多分，换过洗衣粉、毛巾等不少生活用品。',
      '社区还请来了“小小督导员”。每到周末，社区的20多名中小学生会戴上小红帽，在桶站旁提醒居民正确分类。“孩子们说话，大人们最听。”社区工作人员笑着说，不少家长就是在孩子的监督下养成了分类的习惯。',
      '鲁谷社区党委书记田甜介绍，社区共有居民3100余户，“绿色账户”开通率已达到92%。社区每月对各楼门的分类情况进行评比，得分最高的楼门可获得“分类示范楼门”流动红旗。今年一季度，社区厨余垃圾分出量比去年同期增加了27%。',
      '据了解，石景山区已有268个小区推行“绿色账户”积分激励，今年年底前将实现全区小区全覆盖。']

C5 = ['本报讯（记者 石磊）记者近日从区教委获悉，位于古城地区的古城中学新校区主体工程已经完工，目前正在进行室内装修和设备安装，预计今年9月投入使用。',
      '新校区占地面积2.1万平方米，建筑面积3.6万平方米，设置初中、高中教学班36个，可提供学位1620个。校园内建有400米标准田径场、室内体育馆、游泳馆以及人工智能实验室、创客空间等专用教室。',
      '为保障新校区师资力量，区教委将从古城中学本部选派30余名骨干教师到新校区任教，并面向社会公开招聘教师45名。新校区还将与首钢集团合作，开设工业遗产研学、冬奥文化等特色课程。',
      '区教委相关负责人表示，新校区投用后，将有效缓解古城、八角地区中学学位紧张的情况。今年的招生计划将于6月在“石景山教育”网站公布。']

C6 = ['每年春夏之交，不少人会出现鼻痒、打喷嚏、流清涕、鼻塞等症状，很多人以为是感冒，其实可能是过敏性鼻炎。据统计，我国成人过敏性鼻炎的患病率约为17.6%，北京地区春季花粉浓度较高，是过敏性鼻炎的高发季节。',
      '感冒通常由病毒感染引起，常伴有发热、咽痛、全身酸痛，一般7至10天可自愈；过敏性鼻炎一般不发热，症状反复发作，早晚明显，往往还伴有眼睛发痒、流泪。如果症状持续两周以上，建议到医院耳鼻喉科或变态反应科就诊。',
      '花粉浓度高的时段（上午10时至下午4时）尽量减少外出，外出时佩戴口罩和眼镜。',
      '外出回家后及时更换衣物，用生理盐水清洗鼻腔。',
      '室内保持清洁，雨后或夜间再开窗通风。',
      '在医生指导下规范用药，不要自行长期使用减充血剂类滴鼻液。',
      '石景山区各社区卫生服务中心每周三上午开设过敏性疾病咨询门诊，居民可通过“京医通”预约。']
C6_x = ['一、如何区分感冒和过敏性鼻炎', '二、日常防护要做好这几点']

C7 = ['误区一：喝骨头汤能补钙。骨头汤中的钙含量很低，一碗骨头汤的含钙量还不到一杯牛奶的十分之一，而且汤里脂肪含量高，老年人不宜多喝。',
      '误区二：补钙越多越好。50岁以上人群每天钙的推荐摄入量为1000毫克，过量补钙可能增加肾结石等风险。',
      '误区三：只补钙不补维生素D。维生素D能促进钙的吸收，老年人应适当晒太阳，必要时在医生指导下补充维生素D。']

C9 = ['5月9日，第五届永定河文化节在石景山区首钢园开幕。本届文化节以“一河串百景”为主题，持续至6月底，将在永定河沿线推出非遗展演、民俗市集、骑行徒步等40余项文化活动。',
      '开幕式上，京西太平鼓、蹦蹦戏等非遗项目依次登场，引来观众阵阵掌声。文化节期间，每周六在模式口大街举办“驼铃市集”，集中展示京西传统手工艺和特色美食。',
      '今年文化节还首次推出“永定河文化探访线路”，串联起首钢园、模式口、法海寺、永定河休闲森林公园等12个点位，市民可以跟随专业讲解员步行或骑行探访，每周六、周日各开放两个批次，需提前在“石景山文旅”公众号预约。',
      '“永定河是北京的母亲河，我们希望通过文化节让更多人走近永定河、了解京西文化。”区文化和旅游局相关负责人说。']

C10 = ['5月15日（周五）14时至17时，八角街道杨庄东区部分楼宇因管线检修暂停供水。',
       '5月16日（周六）起，区政务服务中心周末服务窗口增加至8个，办理时间为9时至17时。',
       '5月20日（周三）8时至18时，鲁谷路（西五环至鲁谷大街段）因路面维修实行半幅通行。']

C11 = ['5月6日，位于八角街道杨庄中区的“一老一小”服务综合体正式开门迎客。这座由闲置办公楼改造而成的三层小楼，一层是社区托育点，二、三层是养老照料中心，老人和孩子在同一栋楼里就能享受到专业的照护服务。',
       '记者走进综合体看到，一层的托育点布置得温馨明亮，设有活动室、午休室、盥洗室等功能区，可提供托位60个，招收2至3岁的幼儿。二层和三层设有床位48张，提供日间照料、短期托养、康复训练和助餐等服务。',
       '“孩子送到楼下，老人送到楼上，接送一趟就全办了。”家住杨庄中区的居民刘女士说，她的母亲今年82岁，白天需要有人照看，孩子刚满两岁，以前每天要跑两个地方，现在方便多了。',
       '综合体还专门设计了“老少同乐”活动空间。每周二、周四上午，老人们会到一层给孩子们讲故事、教剪纸，孩子们则为老人表演儿歌和舞蹈。“看着这些孩子，心情都好了，感觉自己也年轻了。”正在教孩子们剪窗花的王奶奶笑着说。',
       '八角街道相关负责人介绍，代际融合活动既能丰富老人的精神生活，也能让孩子从小学会尊老敬老。综合体计划每月组织一次“老少同乐日”，邀请社区家庭共同参与。',
       '在收费方面，托育点全日托每月3800元，半日托每月2200元，均低于周边市场价格；养老照料中心日间照料每天80元，助餐每餐15元，低保、低收入老人可享受相应补贴。所有收费项目均在综合体一楼大厅公示。',
       '据了解，石景山区计划到2027年底在每个街道至少建成1个“一老一小”服务综合体，目前已建成3个，今年将再建成2个。居民如需咨询，可拨打八角街道民生保障办公室电话68868123。']
C11_x = ['楼上托老 楼下托幼', '老少同乐 代际融合', '收费标准公开透明']

C12 = ['“一老一小”服务综合体受欢迎，关键在于它贴着居民的真实需求。老人需要照护，孩子需要托育，把两种服务放在一栋楼里，省去的是家庭奔波的辛苦，提升的是居民的幸福感。',
       '好服务不在于规模多大、设施多新，而在于是否真正解决了群众的难题。希望更多的公共服务都能这样，多问问居民需要什么，少一些“想当然”，让每一项民生工程都经得起居民的检验。']


def md_para(p, width=W, jitter=J, bold_lead=False):
    """A Markdown paragraph that kept the PDF's line breaks (soft wraps)."""
    if bold_lead and p.startswith('本报讯'):
        p = '**本报讯**' + p[3:]
    return wrap(p, width, jitter)


def md_body(paras, aid, label, colbreak=None, **kw):
    """Paragraphs separated by blank lines; colbreak=(para index, line index) inserts a blank line
    inside a paragraph (a column break the exporter turned into a paragraph break)."""
    for i, p in enumerate(paras):
        ls = md_para(p, **kw)
        if colbreak and colbreak[0] == i:
            d.many(ls[:colbreak[1]] + [''] + ls[colbreak[1]:], aid, label)
        else:
            d.many(ls, aid, label)
        d.blank()


d = Doc()
for l in ['# 石景山时讯', '', '2026年5月12日 星期二 第19期（总第842期） 中共北京市石景山区委主管主办', '', '---', '',
          '*第1版 · 要闻*', '']:
    d.emit(l)
d.emit('城市更新进行时', 'c1', 'kicker')
d.blank()
d.emit('# 模式口历史文化街区更新二期启动', 'c1', 'headline (h1)')
d.blank()
d.emit('涉及院落86处 预计明年6月完工', 'c1', 'subtitle')
d.blank()
md_body(C1[:3], 'c1', 'body part 1', colbreak=(1, 3), bold_lead=True)
d.emit('（下转第3版）')
d.blank()
d.emit('## 石景山开通3条社区微循环公交', 'c2', 'headline (h2)')
d.blank()
d.emit('#### 覆盖八角、古城、鲁谷等12个社区', 'c2', 'subtitle (h4)')
d.blank()
md_body(C2, 'c2', 'body', bold_lead=True)
d.emit('## 首钢园“五一”假期接待游客46万人次', 'c3', 'headline (h2)')
d.blank()
d.emit('![](_page_0_Picture_14.jpeg)', 'c3', 'image')
d.blank()
d.emit('*' + C3_cap + '记者 黄硕 摄*', 'c3', 'caption + credit')
d.blank()
md_body(C3, 'c3', 'body', bold_lead=True)
d.emit('---')
d.blank()
d.emit('*第2版 · 综合新闻*')
d.blank()
d.emit('## 垃圾分类进社区', 'c4', 'series tag (h2)')
d.blank()
for i, p in enumerate(C4_note):
    ls = wrap(p if i else '**编者按** ' + p[4:], 30, (0, 1, 0))
    d.many(['> ' + l for l in ls], 'c4', "editor's note")
    if i == 0:
        d.emit('>')
d.blank()
d.emit('### 鲁谷社区：“绿色账户”积分兑出好习惯', 'c4', 'headline (h3)')
d.blank()
ls_last = md_para(C4[-1])
md_body(C4[:-1], 'c4', 'body', colbreak=(0, 2))
ls_last[-1] += '（记者 郝婧 通讯员 齐悦）'
d.many(ls_last, 'c4', 'body (byline glued)')
d.blank()
d.emit('### 古城中学新校区9月投用', 'c5', 'headline (h3)')
d.blank()
md_body(C5, 'c5', 'body', bold_lead=True)
d.emit('## 八角街道“一老一小”服务综合体开门迎客', 'c11', 'headline (h2)')
d.emit('老人托幼“一站式”服务 日均接待居民400余人次', 'c11', 'subtitle')
d.blank()
d.emit('**本报记者 郝婧**', 'c11', 'byline (bold line)')
d.blank()
md_body(C11[:1], 'c11', 'body')
for k, (a, b) in enumerate([(1, 3), (3, 5), (5, 7)]):
    d.emit('#### ' + C11_x[k], 'c11', 'crosshead (h4)')
    d.blank()
    md_body(C11[a:b], 'c11', 'body', colbreak=(0, 4) if k == 1 else None)
d.emit('### 微评：好服务要“贴着需求走”', 'c12', 'headline (h3)')
d.blank()
d.emit('□ 石言', 'c12', 'byline')
d.blank()
md_body(C12, 'c12', 'body')
d.emit('---')
d.blank()
d.emit('*第3版 · 健康 / 综合*')
d.blank()
d.emit('## 健康之窗')
d.blank()
d.emit('**春夏之交 警惕过敏性鼻炎**', 'c6', 'headline (bold line)')
d.blank()
d.emit('□ 北京大学首钢医院耳鼻喉科副主任医师 钱晓东', 'c6', 'byline')
d.blank()
md_body(C6[:1], 'c6', 'body')
d.emit('**' + C6_x[0] + '**', 'c6', 'crosshead')
d.blank()
md_body(C6[1:2], 'c6', 'body')
d.emit('**' + C6_x[1] + '**', 'c6', 'crosshead')
d.blank()
for p in C6[2:6]:
    ls = wrap(p, W, J)
    d.many(['- ' + ls[0]] + ['  ' + l for l in ls[1:]], 'c6', 'bullets')
d.blank()
md_body(C6[6:], 'c6', 'body')
d.emit('**老年人补钙 走出三个误区**', 'c7', 'headline (bold line)')
d.blank()
for p in C7:
    head, rest = p.split('。', 1)
    d.many(md_para('**' + head + '。**' + rest), 'c7', 'body')
    d.blank()
d.emit('（石景山区疾控中心 供稿）', 'c7', 'byline')
d.blank()
d.emit('### 模式口历史文化街区更新二期启动', 'c1', 'headline repeated')
d.blank()
ls = md_para(C1[3])
ls[0] = '（上接第1版）' + ls[0]
d.many(ls, 'c1', 'body part 2')
d.blank()
md_body(C1[4:], 'c1', 'body part 2')
d.emit('---')
d.blank()
d.emit('*第4版 · 文化*')
d.blank()
d.emit('## 第五届永定河文化节开幕', 'c9', 'headline (h2)')
d.emit('持续至6月底 推出40余项文化活动', 'c9', 'subtitle')
d.blank()
md_body(C9, 'c9', 'body', colbreak=(0, 3))
d.emit('文/记者 石磊', 'c9', 'byline')
d.blank()
d.emit('### 本周便民提示', 'c10', 'headline (h3)')
d.blank()
for p in C10:
    d.emit('- ' + p, 'c10', 'items')
d.blank()
d.emit('*石景山时讯 地址：石景山区石景山路22号 新闻热线：68867700 本报所有文字图片未经许可不得转载*')
d.write(NAME + '.txt')

arts, aids = [], []
def add(aid, a):
    arts.append(a); aids.append(aid)
MD = ' Markdown markers (#, **, *, >, - ) are stripped from headlines and text.'
add('c1', article('news', '模式口历史文化街区更新二期启动', C1, ['城市更新进行时', '涉及院落86处 预计明年6月完工'], '本报讯（记者 郝婧）', continued=True,
    notes='Plain-text kicker ABOVE the heading and plain-text subtitle below it; this headline is h1 (\"#\") while the masthead is also h1 and other headlines are h2/h3. Lead \"**本报讯**（记者 郝婧）\" in bold. Paragraph 2 is split by a blank line mid-sentence (column break turned into a Markdown paragraph break) - must be re-joined. TRAP: continued: part 1 ends at a sentence and paragraph end ("…独立卫生间。") before \"（下转第3版）\"; on page 3 the headline is REPEATED as \"### 模式口历史文化街区更新二期启动\" followed by \"（上接第1版）在施工组织上…\" - the repeat must not create a second article, and part 2 (which starts a NEW paragraph, "在施工组织上，…") must be joined to part 1 as paragraphs 4-7 (it sits right after the 补钙 item of the health column).' + MD))
add('c2', article('news', '石景山开通3条社区微循环公交', C2, ['覆盖八角、古城、鲁谷等12个社区'], '本报讯（记者 黄硕）',
    notes='Headline h2, subtitle as an h4 heading (\"#### …\") - a subtitle, not a new article.' + MD))
add('c3', article('news', '首钢园“五一”假期接待游客46万人次', C3, [], None, captions=[C3_cap],
    notes='Image placeholder \"![](_page_0_Picture_14.jpeg)\" and an italic caption with inline credit (\"*…拍照留念。记者 黄硕 摄*\") come between the headline and the one-paragraph body \"本报讯 “五一”假期…\" (本报讯 without reporter, so byline null). The caption must not become the body.' + MD))
add('c4', article('feature', '鲁谷社区：“绿色账户”积分兑出好习惯', C4, ['垃圾分类进社区'], '（记者 郝婧 通讯员 齐悦）', editor_note=C4_note,
    notes='\"## 垃圾分类进社区\" is a series tag (h2) above the real headline (h3) - not a headline of its own. The editor\'s note is a Markdown blockquote (\"> **编者按** …\", 2 paragraphs, separated by a bare \">\" line) between tag and headline; it belongs to this article (editor_note), not to its body. Paragraph 1 split mid-sentence by a blank line. Byline at the END, glued to the last line (\"…全覆盖。（记者 郝婧 通讯员 齐悦）\").' + MD))
add('c5', article('news', '古城中学新校区9月投用', C5, [], '本报讯（记者 石磊）',
    notes='h3 headline directly after the previous article; bold **本报讯**. Last article of page 2 (page rule \"---\" and page label follow).' + MD))
add('c11', article('feature', '八角街道“一老一小”服务综合体开门迎客', C11, ['老人托幼“一站式”服务 日均接待居民400余人次'], '本报记者 郝婧', crossheads=C11_x,
    notes='h2 headline, plain subtitle line directly under it, byline as a bold line (\"**本报记者 郝婧**\"). TRAP: the three crossheads are Markdown h4 HEADINGS (\"#### 楼上托老 楼下托幼\") - they must not start new articles (they are lower-level than the h2 headline, but the file\'s levels are inconsistent elsewhere). Paragraph 4 split mid-sentence by a blank line.' + MD))
add('c12', article('opinion', '微评：好服务要“贴着需求走”', C12, [], '□ 石言',
    notes='Short signed commentary (h3 headline, \"□ 石言\" byline line before the body) on the same topic as the feature above it; separate article. Headline keeps its \"微评：\" label as printed.' + MD))
add('c6', article('feature', '春夏之交 警惕过敏性鼻炎', C6, ['健康之窗'], '□ 北京大学首钢医院耳鼻喉科副主任医师 钱晓东', crossheads=C6_x,
    notes='Column \"## 健康之窗\" (h2) is a column title; the article headline is a BOLD LINE (\"**春夏之交 警惕过敏性鼻炎**\"), not a heading. Author line \"□ …\" before the body. Two bold crossheads (not paragraphs). Four Markdown bullets (\"- \" with indented continuation lines) are four paragraphs (marker stripped). Last paragraph followed directly by the next item\'s bold headline.' + MD))
add('c7', article('feature', '老年人补钙 走出三个误区', C7, ['健康之窗'], '（石景山区疾控中心 供稿）',
    notes='Second item of the 健康之窗 column, headline again a bold line. Each paragraph starts with a bold run-in (\"**误区一：喝骨头汤能补钙。**\") that is part of the paragraph, not a crosshead. Source credit at the END on its own line (\"（石景山区疾控中心 供稿）\"); right after it comes the repeated headline of the page-1 continuation.' + MD))
add('c9', article('news', '第五届永定河文化节开幕', C9, ['持续至6月底 推出40余项文化活动'], '文/记者 石磊',
    notes='h2 headline with a plain subtitle line directly under it (no blank). Paragraph 1 split mid-sentence by a blank line. Byline at the END on its own line (\"文/记者 石磊\").' + MD))
add('c10', article('notice', '本周便民提示', C10, [], None,
    notes='Short notice: h3 headline and three \"- \" bullet items (one paragraph each). Followed by the italic imprint line, which is furniture.' + MD))

write_truth(NAME + '.json', NAME + '.txt', '石景山时讯', '2026-05-12', '总第842期',
    ['# 石景山时讯', '2026年5月12日 星期二 第19期（总第842期） 中共北京市石景山区委主管主办', '---',
     '*第1版 · 要闻*', '*第2版 · 综合新闻*', '*第3版 · 健康 / 综合*', '*第4版 · 文化*', '（下转第3版）', '## 健康之窗', '*石景山时讯 地址：…*'],
    'INVENTED hold-out issue: a 石景山-style weekly exported to Markdown (not a real issue). The exporter kept the PDF line breaks inside paragraphs (soft wraps, ~18 chars) and emitted headings at inconsistent levels (# for the masthead AND the lead headline, ## / ### for others, #### for a subtitle, bold lines for the health-column headlines). Pages are separated by \"---\" and an italic page label. Markdown markers are not part of any truth string.',
    arts, d, aids)
print(NAME, len(d.lines), 'lines', len(arts), 'articles')
sys.exit(1 if check(NAME + '.txt', NAME + '.json', markdown=True) else 0)
