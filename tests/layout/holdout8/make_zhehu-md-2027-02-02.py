"""Issue 4: 柘湖周刊 (invented). Markdown written BY HAND by an editor (not a converter's output):
# issue, ## sections, ### headlines, 引题 in > quotes or italics, bylines in italics or bold, a table,
numbered crossheads, images with caption lines, horizontal rules between stories."""
import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h8lib import Doc, write_truth, check
NAME = 'zhehu-md-2027-02-02'
A = []
A.append(dict(kind='news', headline='柘湖区春节保供“菜篮子”货足价稳', subheadlines=['节前市场巡礼', '——重点监测的30种蔬菜平均价格同比下降4.2%'],
  byline='本报记者 蒲晓岚',
  notes='Lead: 引题 as a blockquote line "> 节前市场巡礼" above the ### headline, 副题 in italics on the next line, the byline line in bold "**本报记者 蒲晓岚**", then "本报讯 1月30日，…" (no parentheses). Paragraph 2 is typed over TWO lines with a single newline (a Markdown soft break): one paragraph.',
  text=[
 '本报讯 1月30日，记者从区商务局获悉，春节临近，全区主要农贸市场和超市蔬菜、肉蛋、粮油等生活必需品供应充足，价格总体平稳。据监测，全区重点监测的30种蔬菜平均零售价格同比下降4.2%。',
 '在柘湖农贸市场，记者看到，蔬菜、水果、冻品等摊位货品丰富，前来采购年货的市民络绎不绝。市场管理方介绍，节前市场每天的蔬菜上市量比平时增加了三成左右，部分摊位还推出了“年菜套餐”，把几样常用的蔬菜搭配好，方便居民一次买齐。',
 '为确保节日期间市场供应，区商务局与周边5个蔬菜基地签订了保供协议，并在全区设立了12个平价蔬菜直销点。春节期间，全区大型商超和农贸市场将正常营业。',
 '区市场监管局同步开展节前市场检查，重点查处哄抬价格、缺斤短两等行为。市民如发现价格违法行为，可拨打热线6355-1200举报。']))
A.append(dict(kind='news', headline='柘湖区今年计划完成道路大修18公里', subheadlines=['补短板 畅微循环'],
  byline='本报讯（记者 蒋一帆 通讯员 温可）',
  notes='引题 in italics (*补短板 畅微循环*) directly above the ### headline; 本报讯（…） in paragraph 1.',
  text=[
 '本报讯（记者 蒋一帆 通讯员 温可）记者从区交通局获悉，今年全区计划完成道路大修18公里，打通断头路6条，新建和改造人行道、自行车道共40公里。',
 '在项目选择上，区交通局结合“接诉即办”中群众反映集中的问题，优先安排学校、医院周边和老旧小区出入口等路段。今年计划实施的6条断头路中，有4条位于居民区周边，建成后将明显改善居民出行。',
 '施工期间，区交通局将合理安排施工时段，尽量减少对居民出行的影响，并提前通过“柘湖发布”公布施工路段和绕行方案。']))
A.append(dict(kind='photo', headline='冰上龙舟赛', subheadlines=['图片新闻'], byline='本报记者 蒲晓岚 摄',
  notes='Photo news: the headline is typed with a label prefix "### 【图片新闻】冰上龙舟赛" (label = subheadline, not part of the headline); an image line; the caption paragraph ends with the credit "（本报记者 蒲晓岚 摄）", which is the byline and not in the caption/paragraph.',
  text=['1月31日，柘湖区第三届冰上龙舟赛在柘湖公园冰面上举行，来自各街镇的16支代表队参加比赛。']))
A[-1]['captions'] = [A[-1]['text'][0]]
A.append(dict(kind='news', headline='全区62家“暖心驿站”春节不打烊', subheadlines=[], byline='（记者 蒋一帆）',
  notes='No dateline; the end byline is an italic line "*（记者 蒋一帆）*" after the last paragraph (byline, not text). A horizontal rule "***" (not ---) follows.',
  text=[
 '春节期间，全区62家户外劳动者“暖心驿站”将照常开放，为环卫工人、快递小哥、外卖骑手等户外劳动者提供饮水、热饭、充电和临时休息等服务。',
 '区总工会还将在除夕和正月初一为坚守岗位的户外劳动者送去饺子和慰问品。']))
A.append(dict(kind='feature', headline='一条老街的“微更新”', subheadlines=['——柘湖镇东市街改造纪实'],
  byline='文/本报记者 庞蔚 图/本报记者 柯岩',
  editor_note=['编者按：老旧街区怎么改，改成什么样，居民说了算。本期我们走进柘湖镇东市街，看一条老街如何在居民的参与下完成“微更新”。'],
  crossheads=['一、从“要我改”到“我要改”', '二、一砖一瓦留住老味道', '三、街区有了“自家人”'],
  captions=['图：东市街改造后的街景。（柯岩 摄）'],
  notes='Page 2 feature. The 编者按 is a blockquote ("> **编者按：**…") BEFORE the ### headline (editor_note, not text); a short blockquote elsewhere in this issue is a kicker. 副题 in italics, byline line in italics. Three NUMBERED crossheads as h4 lines ("#### 一、…") — the same shape as a smaller headline; they are crossheads, not paragraphs. An image line and an italic caption line "*图：…（柯岩 摄）*" between paragraphs 3 and 4 (caption, not a paragraph).',
  text=[
 '东市街是柘湖镇最老的一条街，全长不到500米，两侧是上世纪六七十年代建的砖木平房和二层小楼。去年以前，这里电线乱拉、路面破损，一下雨就积水。',
 '改造之初，镇里没有急着拿方案，而是先在街口支起了“议事桌”，请居民说说想怎么改。三个月里，议事桌共收到意见建议200多条，大到下水管道，小到门口的台阶，居民们都说得很细。',
 '最终的方案里，大部分内容都来自居民的建议：架空线全部入地，路面换成透水砖，每户门前加装一盏老式壁灯。',
 '改造中，施工队按照“修旧如旧”的要求，把拆下来的老青砖一块块编号保存，重新砌回墙面。街口那棵百年老槐树，也专门请了园林专家做了“体检”。',
 '老街改完了，怎么管好？东市街成立了由居民、商户和物业共同参加的街区管理小组，轮流值班，负责卫生、停车和商户经营秩序。',
 '“街是大家的，谁都有一份责任。”管理小组组长、在老街住了40多年的聂阿姨说。']))
A.append(dict(kind='list', headline='春节假期全区主要公园开放安排', subheadlines=[], byline=None,
  notes='A Markdown TABLE (header row, separator row, 4 rows) between an intro and a closing line. The truth has one paragraph per table row, the header row included, cells joined by a space (white space is ignored in scoring); the separator row is markup.',
  text=[
 '春节假期，全区主要公园开放时间和特色活动安排如下：',
 '公园 开放时间 特色活动',
 '柘湖公园 6:00—21:00 冰上龙舟、冰雪游乐',
 '东山森林公园 7:00—17:00 登高祈福、民俗表演',
 '文昌公园 6:00—22:00 新春灯会',
 '湿地公园 8:00—17:00 观鸟、自然课堂',
 '游园高峰时段，请游客错峰出行，遵守公园秩序。']))
A.append(dict(kind='news', headline='区妇幼保健院开设“孕妈课堂”夜校', subheadlines=[], byline='本报讯（记者 庞蔚）',
  notes='Straight news on page 2; a horizontal rule then the italic editor line close the section.',
  text=[
 '本报讯（记者 庞蔚）为方便上班族孕妈妈学习孕育知识，区妇幼保健院近日开设“孕妈课堂”夜校，每周二、周四晚上7点开课，内容包括孕期营养、分娩准备和新生儿护理等。',
 '课程全部免费，孕妈妈可通过医院公众号预约，每期限30人。']))
A.append(dict(kind='opinion', headline='把“年味”留在老街里', subheadlines=['柘湖观察'], byline='□ 祝远',
  notes='Page 3 commentary: a bold column-tag line "**柘湖观察**" above the ### headline (subheadline), and the bold byline line "**□ 祝远**" under it.',
  text=[
 '东市街改造后的第一个春节，街坊们又在老槐树下挂起了红灯笼。看得出来，大家对这条老街是有感情的。',
 '城市更新，不能只追求“高大上”，更要留住那些让人念想的东西。一块老青砖、一棵老槐树、一声熟悉的吆喝，都是一座城市的记忆。',
 '老街的“微更新”告诉我们，只要真心听取居民的意见，就能把好事办好，把年味留住。']))
A.append(dict(kind='notice', headline='关于2027年城乡居民医保集中参保缴费的通知', subheadlines=[], byline=None,
  notes='Notice with an intro, an ordered Markdown list "1. …" to "3. …" (the numbers are content and kept), a contact line, then the issuer and the date as the last two paragraphs.',
  text=[
 '2027年度城乡居民基本医疗保险集中参保缴费工作已经开始，现将有关事项通知如下：',
 '1. 缴费时间：即日起至2027年3月31日。',
 '2. 缴费标准：老年人和劳动年龄内居民每人每年390元，学生儿童每人每年180元。',
 '3. 缴费方式：可通过“柘湖发布”客户端、各银行网点或社区服务站办理。',
 '咨询电话：6355-2020。',
 '柘湖区医疗保障局',
 '2027年1月28日']))
A.append(dict(kind='news', headline='柘湖镇首届“村BA”联赛收官', subheadlines=[], byline='本报讯（记者 蒋一帆）',
  notes='Typed "###柘湖镇首届“村BA”联赛收官" WITHOUT a space after the hashes (a hand-typing slip: CommonMark does not make it a heading, but the editor meant one). Last article; the imprint follows.',
  text=[
 '本报讯（记者 蒋一帆）1月26日晚，柘湖镇首届“村BA”篮球联赛在镇文体中心落下帷幕，东岗村代表队夺得冠军。',
 '本届联赛历时一个月，共有14个村的代表队参赛，现场观众累计超过8000人次。']))

d = Doc(); L = d.add; B = d.blank
def paras(i, ks, soft=None):
    for k in ks:
        t = A[i]['text'][k]
        if soft and k == soft[0]:
            a, b = t.split(soft[1], 1); L(a + soft[1], i, 'body'); L(b, i, 'body')
        else: L(t, i, 'body')
        B()
L('# 柘湖周刊　2027年2月2日 星期二 第5期（总第388期）'); B()
L('主办：中共柘湖区委宣传部　出版：柘湖区融媒体中心'); B()
L('## 一版 · 要闻'); B()
L('> ' + A[0]['subheadlines'][0], 0, 'kicker'); B()
L('### ' + A[0]['headline'], 0, 'headline'); L('*' + A[0]['subheadlines'][1] + '*', 0, 'subheadline'); B()
L('**' + A[0]['byline'] + '**', 0, 'byline'); B()
paras(0, range(4), soft=(1, '前来采购年货的市民络绎不绝。'))
L('---'); B()
L('*' + A[1]['subheadlines'][0] + '*', 1, 'kicker'); L('### ' + A[1]['headline'], 1, 'headline'); B()
paras(1, range(3))
L('---'); B()
L('### 【图片新闻】' + A[2]['headline'], 2, 'headline'); B()
L('![冰上龙舟赛](img/0202-01-longzhou.jpg)', 2, 'image'); B()
L(A[2]['text'][0] + '（本报记者 蒲晓岚 摄）', 2, 'caption'); B()
L('---'); B()
L('### ' + A[3]['headline'], 3, 'headline'); B()
paras(3, range(2)); L('*' + A[3]['byline'] + '*', 3, 'byline'); B()
L('***'); B()
L('*本版编辑：祁小满*'); B()
L('## 二版 · 民生'); B()
L('> **编者按：**' + A[4]['editor_note'][0][4:], 4, 'editor_note'); B()
L('### ' + A[4]['headline'], 4, 'headline'); L('*' + A[4]['subheadlines'][0] + '*', 4, 'subheadline'); B()
L('*' + A[4]['byline'] + '*', 4, 'byline'); B()
ch = A[4]['crossheads']
L('#### ' + ch[0], 4, 'crosshead'); B(); paras(4, [0, 1])
L('#### ' + ch[1], 4, 'crosshead'); B(); paras(4, [2])
L('![东市街改造后的街景](img/0202-02-dongshi.jpg)', 4, 'image')
L('*' + A[4]['captions'][0] + '*', 4, 'caption'); B(); paras(4, [3])
L('#### ' + ch[2], 4, 'crosshead'); B(); paras(4, [4, 5])
L('---'); B()
L('### ' + A[5]['headline'], 5, 'headline'); B()
paras(5, [0])
rows = [r.split(' ', 2) for r in A[5]['text'][1:6]]
L('| ' + ' | '.join(rows[0]) + ' |', 5, 'table'); L('|------|----------|----------|', 5, 'table')
for r in rows[1:]: L('| ' + ' | '.join(r) + ' |', 5, 'table')
B(); paras(5, [6])
L('---'); B()
L('### ' + A[6]['headline'], 6, 'headline'); B()
paras(6, range(2))
L('---'); B()
L('*本版编辑：聂青*'); B()
L('## 三版 · 评论 · 服务'); B()
L('**' + A[7]['subheadlines'][0] + '**', 7, 'column'); B()
L('### ' + A[7]['headline'], 7, 'headline'); B(); L('**' + A[7]['byline'] + '**', 7, 'byline'); B()
paras(7, range(3))
L('---'); B()
L('### ' + A[8]['headline'], 8, 'headline'); B()
paras(8, [0])
for k in (1, 2, 3): L(A[8]['text'][k], 8, 'body')
B(); paras(8, [4, 5, 6])
L('---'); B()
L('###' + A[9]['headline'], 9, 'headline'); B()
paras(9, range(2))
L('---'); B()
L('*本版编辑：祁小满　校对：聂青*'); B()
L('柘湖周刊社　地址：柘湖区文昌路1号　新闻热线：6355-1000')
open(NAME + '.md', 'w', encoding='utf-8').write(d.text())
NA = ['柘湖周刊　2027年2月2日 星期二 第5期（总第388期）', '主办：中共柘湖区委宣传部　出版：柘湖区融媒体中心',
      '一版 · 要闻', '本版编辑：祁小满', '二版 · 民生', '本版编辑：聂青', '三版 · 评论 · 服务', '本版编辑：祁小满　校对：聂青',
      '柘湖周刊社　地址：柘湖区文昌路1号　新闻热线：6355-1000']
write_truth(NAME + '.truth.json', NAME + '.md', '柘湖周刊', '2027-02-02', '第5期（总第388期）',
  'INVENTED issue (holdout8). Markdown typed by hand by an editor, not produced by a converter: one "#" line for the issue (title, date, issue number), "##" for the three page sections, "###" for headlines (one typed without the space after ###), 引题 as a "> " quote or in *italics*, 副题 in italics, bylines as bold or italic lines, 编者按 in a blockquote, numbered "####" crossheads, images with caption lines, a pipe table, an ordered list in a notice, "---"/"***" between stories, italic editor lines at the end of each section. One paragraph per line with blank lines between blocks; one paragraph has a soft line break. The # line, the publisher line, the ## section lines, editor lines and the imprint are furniture.',
  NA, d, A)
sys.exit(0 if check(NAME + '.md', NAME + '.truth.json', 'md') else 1)
