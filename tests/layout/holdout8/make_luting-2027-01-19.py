"""Issue 2: 芦汀时报 (invented). Plain `pdftotext` of a paper whose extractor behaves differently: wrap 22-26,
page 1 with blank lines between paragraphs, pages 2-3 with a two-space first-line indent and no blank lines,
letter-spaced lines, a doubled line, wrap hyphens in Latin words, a boxed 短评, a 一句话新闻 list, a Q&A
interview and a table extracted one cell per line."""
import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h8lib import Doc, wrap, hyph_wrap, write_truth, check
NAME = 'luting-2027-01-19'
A = []
A.append(dict(kind='news', headline='芦汀区年货大集开市', subheadlines=['备足年货 欢喜过年', '——百余家商户入驻 三成摊位留给本地农户'],
  byline='本报讯（记者 阮清 实习生 卜一凡）',
  notes='Lead. The 引题 line is printed TWICE on consecutive lines (a doubled run from an overprinted text frame); it is one kicker. The headline is letter-spaced ("芦 汀 区 年 货 大 集 开 市"). One body line of paragraph 2 is letter-spaced too (justification spaces between hanzi). Page 1 uses blank lines between paragraphs.',
  text=[
 '本报讯（记者 阮清 实习生 卜一凡）1月16日，2027年芦汀区年货大集在芦汀湖会展中心开市。大集设置生鲜果蔬、地方特产、老字号、非遗手作四个展区，入驻商户110余家，其中三成摊位免费提供给本地农户和农业合作社。',
 '开市第一天，会展中心门前就排起了长队。记者在现场看到，本地的冻豆腐、粘豆包、手工挂面和各色干果格外抢手，不少摊位不到中午就补了两次货。',
 '来自南岗镇的农户冉德旺带来了自家种的小米和红薯粉条，他说：“往年都是等人上门收，价格压得低，在大集上直接卖给城里人，一斤能多卖一块多钱。”',
 '据了解，年货大集将持续到1月31日，每天9时至20时开放。区商务局同步推出满减消费券，市民可通过“芦汀生活”小程序领取。']))
A.append(dict(kind='news', headline='芦汀河湿地迎来越冬候鸟', subheadlines=[], byline='本报讯（记者 郝蓝）',
  notes='Paragraph 2 is split by a column break (blank line) mid-sentence.',
  text=[
 '本报讯（记者 郝蓝）近日，一批灰鹤、大天鹅和斑嘴鸭陆续飞抵芦汀河湿地越冬。据区园林绿化局监测，目前湿地内的越冬水鸟已超过2600只，比去年同期增加约四成。',
 '为给候鸟创造安静的栖息环境，湿地管理处在核心区划定了观鸟禁入区，并在外围设置了3处观鸟屋和望远镜，供市民远距离观赏。管理处提醒，观鸟时请勿投喂、惊扰鸟类，不要使用无人机靠近拍摄。']))
A.append(dict(kind='news', headline='芦汀智造园引进首个工业机器人项目', subheadlines=[], byline='本报讯（记者 郝蓝 通讯员 钱暮雨）',
  notes='Latin names broken at line ends with a wrap hyphen: "Robot⁃" / "ics" (U+2043, as in the real fixture) and "Manufac-" / "turing" (ASCII hyphen); the truth has the unbroken words.',
  text=[
 '本报讯（记者 郝蓝 通讯员 钱暮雨）1月14日上午，芦汀智造园与总部位于深圳的机器人企业NovaArm Robotics签约，引进园区首个工业机器人整机项目。项目总投资约6.5亿元，建成后可年产协作机器人3000台。',
 '据相关负责人介绍，该项目将在园区内建设研发中心和总装基地，并与区职业学校合作开设“Smart Manufacturing”实训班，定向培养机器人调试和运维人才。园区管委会表示，将为项目提供“一对一”服务专员，力争年内开工。']))
A.append(dict(kind='opinion', headline='年货大集不妨多些“乡土味”', subheadlines=['短评'], byline='江禾',
  notes='Boxed 短评 at the foot of page 1 (the box frame is not extracted): the label "短评" (subheadline), the headline, two paragraphs, and the signature "（江 禾）" letter-spaced on its own line at the end (byline, not text).',
  text=[
 '年货大集开市，热闹的不只是人气，还有那些带着泥土气息的本地农产品。把三成摊位留给农户，既让城里人买到了地道年货，也让农户的钱袋子鼓了起来，这样的安排值得点赞。',
 '办大集，不能只图热闹。希望有关部门在价格监管、食品安全和摊位管理上多下功夫，让这份“乡土味”经得起检验，让群众买得放心、吃得安心。']))
A.append(dict(kind='feature', headline='“让老人在家门口吃上热乎饭”', subheadlines=['新春走基层·对话', '——访芦汀街道社区食堂负责人邝玉梅'],
  byline='本报记者 阮清',
  notes='Q&A interview (page 2, indented paragraphs, no blank lines): column 引题, 主题, ——副题, byline line "本报记者 阮清", an intro paragraph, then questions "记者：" and answers "答：", each a paragraph (the speaker labels are kept). One answer is split by a column break that repeats a line (the last line of column 1 is printed again at the top of column 2: a doubled run).',
  text=[
 '每天上午11点不到，芦汀街道社区食堂门口就坐满了前来就餐的老人。这家食堂开业一年多，日均供餐400余份，还为行动不便的老人提供送餐上门服务。近日，记者专访了食堂负责人邝玉梅。',
 '记者：当初为什么想到办社区食堂？',
 '答：街道做过一次入户调查，辖区60岁以上的老人有3800多人，其中不少是独居或者老两口一起生活，做饭成了他们最头疼的事。有位老人跟我说，一个人做饭不值当，经常一碗面条对付一天。我们就想，能不能让老人在家门口吃上一口热乎饭。',
 '记者：饭菜的价格和口味，老人们满意吗？',
 '答：我们每周公布菜单，荤素搭配，少油少盐。一荤两素加主食，老人凭卡就餐只要12元，80岁以上的还能再优惠3元。口味方面，我们专门设了意见本，老人们提的“米饭再软一点”“多做些炖菜”，我们都一一改进了。',
 '记者：接下来还有什么打算？',
 '答：今年打算再开两个助餐点，把送餐范围扩大到周边的4个社区。我们也在招募志愿者，欢迎更多年轻人加入进来，给老人送饭的同时陪他们聊聊天。']))
A.append(dict(kind='list', headline='一句话新闻', subheadlines=[], byline=None,
  notes='List of five one-sentence items under the title "一句话新闻", each item starting with "◎" (decoration, not in the truth text) and wrapped; one item is a paragraph. It could also be read as five tiny news items; the truth keeps one list article.',
  text=[
 '区消防救援支队近日开展冬季“九小场所”消防检查，共检查场所210家，督促整改隐患86处。',
 '芦汀湖公园冰场1月15日起对外开放，成人票每人每次20元，1.2米以下儿童免费。',
 '区第二中学学生在全市青少年科技创新大赛中获得一等奖2项、二等奖5项。',
 '南岗镇完成农村公路“冬季养护月”任务，修补坑槽1.3万平方米。',
 '区档案馆征集“老照片里的芦汀”，截止日期为3月31日。']))
A.append(dict(kind='news', headline='区中医医院开设夜间门诊', subheadlines=[], byline='（记者 卜一凡）',
  notes='Indented paragraphs; the end byline "（记者 卜一凡）" on its own line (byline, not text). Paragraph 2 has one letter-spaced line.',
  text=[
 '为方便上班族看病，区中医医院自1月18日起开设夜间门诊，每周一至周五17时30分至20时30分接诊，开设内科、针灸科、推拿科和儿科4个科室。',
 '医院相关负责人介绍，夜间门诊由副主任医师以上职称的医生坐诊，挂号、缴费、取药等窗口同步延时服务，患者也可以通过医院公众号提前预约。',
 '开诊第一天晚上，夜间门诊共接诊患者73人次。']))
A.append(dict(kind='list', headline='春节假期部分便民服务网点营业时间', subheadlines=[], byline=None,
  notes='Table printed as a grid and extracted ONE CELL PER LINE (page 3): header row 网点 / 地址 / 营业时间, then four rows. The truth has one paragraph per table row, header row included, with the cells joined by a space (white space is ignored in scoring). Intro and closing sentence are indented paragraphs.',
  text=[
 '春节假期期间，全区部分便民服务网点营业时间调整如下：',
 '网点 地址 营业时间',
 '区政务服务中心 府西路9号 2月8日9:00—12:00',
 '芦汀街道便民服务站 湖滨路27号 2月9日至10日9:00—16:00',
 '南岗镇便民服务中心 南岗大街3号 2月9日9:00—15:00',
 '区社保经办大厅 育才路16号 2月10日9:00—12:00',
 '其他时间正常办理，如有变化以各网点公告为准。']))
A.append(dict(kind='news', headline='芦汀青年创新中心开门迎客', subheadlines=[], byline='本报讯（记者 郝蓝）',
  notes='Indented paragraphs; an English name in quotation marks inside paragraph 1 (kept whole).',
  text=[
 '本报讯（记者 郝蓝）1月17日，位于芦汀湖北岸的芦汀青年创新中心正式开门迎客。中心英文名为“Luting Youth Innovation Hub”，面积约5200平方米，设有共享工位、路演厅、创客工坊和青年人才公寓。',
 '中心首批入驻了18个青年创业团队，涉及文创设计、农产品电商和智能硬件等领域。入驻团队可享受两年免租金、创业导师辅导和融资对接等服务。']))
A.append(dict(kind='photo', headline='雾凇挂满芦汀湖', subheadlines=[], byline='本报记者 阮清 摄',
  notes='Photo news at the foot of page 3: headline, caption (the single paragraph) and the credit "本报记者 阮清 摄" on its own line.',
  text=['1月13日清晨，受低温和湿润空气影响，芦汀湖畔的柳树上挂满了雾凇，吸引不少摄影爱好者前来拍摄。']))
A[-1]['captions'] = [A[-1]['text'][0]]

d = Doc(); L = d.add; B = d.blank
def spaced(s): return ' '.join(s)
def para(i, k, width, indent=False, spaced_line=None, brk=None, dup=None, mark='', hyph=None):
    t = mark + A[i]['text'][k]
    lines = hyph_wrap(t, width, hyph[0], hyph[1]) if hyph else wrap(t, width)
    for j, ln in enumerate(lines):
        if indent and j == 0: ln = '  ' + ln
        if spaced_line == j: ln = spaced(ln)
        L(ln, i, 'body')
        if brk == j: B()
        if dup == j: L(ln, i, 'body-doubled')
# ---- page 1 (blank lines between paragraphs, wrap 24)
L('芦 汀 时 报'); L('LUTING TIMES'); B()
L('2027年1月19日　星期二　农历十二月十二'); L('第3期　总第1046期　今日4版'); B()
L('中共芦汀区委机关报　芦汀区融媒体中心出版'); B()
L(A[0]['subheadlines'][0], 0, 'kicker'); L(A[0]['subheadlines'][0], 0, 'kicker-doubled'); B()
L(spaced(A[0]['headline']), 0, 'headline'); B()
L(A[0]['subheadlines'][1], 0, 'subheadline'); B()
para(0, 0, 24); B(); para(0, 1, 24, spaced_line=1); B(); para(0, 2, 24); B(); para(0, 3, 24); B()
L(A[1]['headline'], 1, 'headline'); B()
para(1, 0, 24); B(); para(1, 1, 24, brk=2); B()
L(A[2]['headline'], 2, 'headline'); B()
para(2, 0, 24, hyph=('Robotics', '⁃')); B()
para(2, 1, 24, hyph=('Manufacturing', '-')); B()
L('短评', 3, 'label'); L(A[3]['headline'], 3, 'headline'); B()
para(3, 0, 22); B(); para(3, 1, 22); L('（江 禾）', 3, 'byline'); B()
L('本版编辑　柴 桦　校对　米 岚'); B()
# ---- page 2 (two-space indent, no blank lines, wrap 26)
L('\f02　要闻·民生'); L('2027年1月19日　星期二　芦汀时报'); B()
L(A[4]['subheadlines'][0], 4, 'kicker'); L(A[4]['headline'], 4, 'headline'); L(A[4]['subheadlines'][1], 4, 'subheadline'); B()
L(A[4]['byline'], 4, 'byline')
for k in range(7): para(4, k, 26, indent=True, dup=(3 if k == 4 else None))
B()
L(A[5]['headline'], 5, 'headline'); B()
for k in range(5): para(5, k, 26, indent=True, mark='◎')
B()
L(A[6]['headline'], 6, 'headline'); B()
para(6, 0, 26, indent=True); para(6, 1, 26, indent=True, spaced_line=1); para(6, 2, 26, indent=True)
L('（记者 卜一凡）', 6, 'byline'); B()
L('本版编辑　米 岚'); B()
# ---- page 3 (two-space indent, wrap 22)
L('\f03　服务'); L('2027年1月19日　星期二　芦汀时报'); B()
L(A[7]['headline'], 7, 'headline'); B()
para(7, 0, 22, indent=True)
for row in A[7]['text'][1:6]:
    for cell in row.split(' '): L(cell, 7, 'table')
para(7, 6, 22, indent=True); B()
L(A[8]['headline'], 8, 'headline'); B()
para(8, 0, 22, indent=True); para(8, 1, 22, indent=True); B()
L(A[9]['headline'], 9, 'headline'); B(2)
para(9, 0, 22); L(A[9]['byline'], 9, 'byline'); B()
L('本版编辑　柴 桦'); B()
L('社址：芦汀区湖滨路1号　电话：6188-5200　印刷：芦汀日报印务中心')
open(NAME + '.txt', 'w', encoding='utf-8').write(d.text())
NA = ['芦 汀 时 报', 'LUTING TIMES', '2027年1月19日　星期二　农历十二月十二', '第3期　总第1046期　今日4版',
      '中共芦汀区委机关报　芦汀区融媒体中心出版', '本版编辑　柴 桦　校对　米 岚', '02　要闻·民生',
      '2027年1月19日　星期二　芦汀时报', '本版编辑　米 岚', '03　服务', '本版编辑　柴 桦',
      '社址：芦汀区湖滨路1号　电话：6188-5200　印刷：芦汀日报印务中心']
write_truth(NAME + '.truth.json', NAME + '.txt', '芦汀时报', '2027-01-19', '第3期　总第1046期',
  'INVENTED issue (holdout8). Plain pdftotext of a paper whose extractor behaves differently from the fixtures: page 1 wrapped at 24 em with blank lines between paragraphs; pages 2-3 (after form feeds) wrapped at 26/22 with NO blank lines inside articles, paragraph starts marked only by a two-space first-line indent. Page headers "0N　section" + "date　芦汀时报". Letter-spaced masthead title, letter-spaced headline and body lines, a doubled kicker line and a doubled body line, wrap hyphens (U+2043 and ASCII) in two Latin names, a boxed 短评, a 一句话新闻 list, a Q&A interview, a table extracted one cell per line. Masthead, page headers, editor lines and the imprint are furniture. The issue says 今日4版 but only pages 1-3 are in the file.',
  NA, d, A)
sys.exit(0 if check(NAME + '.txt', NAME + '.truth.json') else 1)
