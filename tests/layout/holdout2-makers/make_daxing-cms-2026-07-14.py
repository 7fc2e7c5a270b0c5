#!/usr/bin/env python3
"""Holdout2 issue C: 大兴-style issue exported from a newspaper CMS as one HTML page.
Headings are used inconsistently, nav/footer/script junk, figures, an editor-note div,
a <br><br>-split article. Truth first, then the .html is produced from it."""
import os, sys, html as H
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h2lib import write_truth, check, strip_html

NAME = 'daxing-cms-2026-07-14'
A = []

A.append(dict(id='C1', kind='news',
    headline='大兴国际机场临空区今年将新增航空物流用地42公顷',
    subheadlines=['聚焦“临空经济”', '上半年临空区实现营业收入同比增长18.7%'],
    byline='本报记者 谷雨',
    text=[
        '7月10日，记者从北京大兴国际机场临空经济区（大兴）管委会获悉，今年临空区将新增航空物流和跨境电商用地42公顷，重点引进冷链物流、航材保税维修和跨境电商分拨中心等项目。',
        '今年上半年，临空区实现营业收入386亿元，同比增长18.7%；新增注册企业312家，其中外资企业27家。综合保税区累计进出口额达到94.5亿元，生物医药进口“白名单”通关时间由过去的3天压缩至6小时以内。',
        '管委会相关负责人介绍，下半年临空区将加快建设国际航空物流港二期，新建高标准仓库12万平方米，并推动开通至东南亚、中东的全货机航线3条。',
        '“我们将继续优化‘一站式’服务，让企业从拿地到开工最快缩短到30天。”该负责人说。',
    ],
    notes=['<h3 class="yinti"> kicker BEFORE the <h1> headline, <h2> 副题 after it (subheadlines = [kicker, 副题]).',
           'TRAP: the page-level <h1 class="page-title">第01版：要闻</h1> precedes it - a page title, not a headline.',
           'Byline in <p class="author">本报记者 谷雨</p>; not text.']))

A.append(dict(id='C2', kind='news',
    headline='大兴启动今夏防汛“百日攻坚”',
    byline='本报讯（记者 马骁）',
    captions=['▲7月8日，黄村镇防汛抢险队在凉水河沿线开展拉练。'],
    text=[
        '本报讯（记者 马骁）7月8日，大兴区召开防汛工作部署会，启动“百日攻坚”行动。今年全区共确定防汛重点部位326处，其中积水点位68处、地下空间114处、在建工地97处、山区和河道沿线村庄47处。',
        '区水务局已完成永定河、凉水河、新凤河等河道堤防巡查260公里，清理河道垃圾和阻水障碍物1.8万立方米。全区储备抽水泵1140台、发电机组210台、编织袋42万条。',
        '会议要求，强降雨期间各镇街主要负责同志必须在岗带班，对危旧房屋、地下空间和在建工地实行“一处一人”盯守。市民发现险情可拨打区防汛值班电话010-69243315。',
    ],
    notes=['Headline in <h2> (not <h1> like the lead).',
           'TRAP: a <figure> with <img> and <figcaption> sits between paragraphs 1 and 2; the caption has an inline credit in a <span class="credit">记者 马骁 摄</span> (excluded from the caption).']))

A.append(dict(id='C3', kind='news',
    headline='10月起新生儿出生“一件事”全程网办',
    byline='本报讯（记者 常青）',
    text=[
        '本报讯（记者 常青）从10月1日起，大兴区新生儿出生医学证明、预防接种证、户口登记、医保参保和社保卡申领5个事项将实现“一表申请、一网通办”，家长最多跑一次即可办完。',
        '此前，办理上述事项需分别前往医院、派出所、医保和社保经办机构，平均耗时约15个工作日。改革后，家长在“京通”小程序上填写一张表单，相关部门在后台同步审核，办理时间缩短至5个工作日以内。',
        '区政务服务管理局提示，家长如需线下办理，可前往区政务服务中心一层“高效办成一件事”综合窗口，咨询电话010-60271226。',
    ],
    notes=['TRAP: the three paragraphs are ONE <p> separated by <br><br>; inside paragraph 2 a single <br> is a soft line break from the CMS editor in mid-sentence (not a paragraph break).',
           'Headline in <h1> without kicker.']))

A.append(dict(id='C4', kind='feature',
    headline='南海子公园的“护鹿人”',
    subheadlines=['——记麋鹿苑饲养员李振海'],
    byline='文/本报记者 田甜',
    editor_note=['编者按：在大兴，有这样一群普通人，他们守护着城市的绿色与生灵。本报推出“身边的守护者”系列报道，讲述他们的故事。'],
    text=[
        '清晨5点半，南海子麋鹿苑里还弥漫着薄雾，李振海已经推着饲料车走进了鹿舍。“麋鹿胆子小，喂食的时间和路线每天都要一样，它们才安心。”干了23年饲养员，他能叫出苑里160多头麋鹿中大部分鹿的名字。',
        '夏季是麋鹿的发情期，也是最容易出现打斗受伤的季节。每年6月到8月，李振海和同事们实行24小时轮班值守，记录每头鹿的采食量和活动情况。去年，他们救护受伤和走失的麋鹿11头，全部成功放归。',
        '这些年，南海子的麋鹿数量从最初的几十头增长到如今的2000余头，其中一部分被陆续送往湖北、江苏等地野化放归。“看着它们能回到野外，比什么都高兴。”李振海说。',
        '今年，麋鹿苑还开设了“小小饲养员”科普课堂，李振海成了最受孩子们欢迎的老师。暑期每周六上午，青少年可通过“南海子公园”公众号预约参加。',
    ],
    notes=['TRAP: <div class="editor-note"> is printed BEFORE the <h2> headline inside the article; it goes to editor_note, not to the text and not to the previous article.',
           'Headline <h2>, 副题 in <h3> starting with "——".',
           'Crossheads: none. Byline "文/本报记者 田甜" in a <p> with <strong> - not text.']))

BRIEF = 'Item of the "大兴简讯" box: the box title is an <h2> (furniture), each item has its own <h3> title and one <p>; three separate articles inside ONE <article> element.'
A.append(dict(id='C5', kind='news', headline='西红门镇开展燃气安全入户检查',
    text=['7月以来，西红门镇组织燃气公司技术人员对辖区1.3万户居民开展入户安全检查，发现并整改软管老化、私接管线等隐患426处。'],
    notes=[BRIEF]))
A.append(dict(id='C6', kind='news', headline='庞各庄镇西瓜采摘季持续至8月底',
    text=['庞各庄镇今年推出12条西瓜采摘线路，涉及种植基地36个，采摘价格每斤8元至15元不等，游客可通过“庞各庄西瓜”小程序预约。'],
    notes=[BRIEF]))
A.append(dict(id='C7', kind='news', headline='兴丰街道举办“家门口”就业服务日',
    text=['7月11日，兴丰街道在三合南里社区举办就业服务日活动，28家企业提供保安、保洁、收银等岗位430个，现场达成就业意向67人。'],
    notes=[BRIEF, 'TRAP: the last item ends with an empty <p>&nbsp;</p> and a share bar "分享到：微信 微博 QQ空间" inside the same <article>.']))

A.append(dict(id='C8', kind='list',
    headline='大兴区2026年秋季义务教育入学时间安排',
    text=[
        '区教委日前发布2026年秋季义务教育入学时间安排，提醒家长关注以下时间节点：',
        '7月20日至7月24日，小学新生入学审核结果查询；',
        '7月27日至7月31日，初中新生派位结果发布；',
        '8月3日至8月7日，新生持通知书到校报到；',
        '8月31日，全区中小学新生入学报到，9月1日正式开学。',
        '入学相关问题可拨打区教委咨询电话010-81296511，工作日9时至17时接听。',
    ],
    notes=['Section title <h1 class="page-title">第02版：社区</h1> precedes it (page title, not a headline).',
           'TRAP: headline NOT in a heading element: <p class="title"><strong>…</strong></p>.',
           'List article: intro <p>, four <ol><li> items, closing <p>; paragraphs = 6 (intro + 4 items + closing). Items keep their own text (the <ol> numbers are not in the text).']))

A.append(dict(id='C9', kind='photo',
    headline='念坛公园荷花进入盛花期',
    byline='记者 马骁 摄',
    captions=['7月12日，游客在念坛公园赏荷。目前公园内约80亩荷花进入盛花期，公园延长开放时间至22时。'],
    text=['7月12日，游客在念坛公园赏荷。目前公园内约80亩荷花进入盛花期，公园延长开放时间至22时。'],
    notes=['图片新闻: TRAP: the <figure> with the caption comes BEFORE the <h3> headline inside the article; the caption is the body (also in captions); credit "记者 马骁 摄" is inside the figcaption after the caption text (byline, not text).']))

A.append(dict(id='C10', kind='news',
    headline='清源街道老旧小区加装电梯今年将完工36部',
    byline='（记者 宋涵 通讯员 刘璐）',
    text=[
        '7月9日，清源街道枣园小区5号楼加装的电梯正式投入使用。住在6楼的82岁居民王淑芬第一次坐电梯下楼，激动地说：“盼了好几年，终于能天天下楼遛弯了。”',
        '据了解，清源街道今年计划完成老旧小区加装电梯36部，目前已完工14部、在建18部。为解决低层住户顾虑，街道引入第三方调解机构，组织楼门协商会议90余场，高低层住户在采光补偿、费用分摊等方面达成一致。',
        '加装电梯采取“先建后补”方式，每部电梯政府补贴最高64万元，居民自筹部分可提取住房公积金。',
    ],
    notes=['Headline in <h4> (inconsistent levels).',
           'TRAP: empty <p>&nbsp;</p> between paragraphs; byline printed at the END as a right-aligned <p>（记者 宋涵 通讯员 刘璐）</p> (byline, not text); followed by "责任编辑：孙莉" and a "上一篇/下一篇" navigation paragraph inside the article (furniture).']))

A.append(dict(id='C11', kind='feature',
    headline='一条老街的“新生”',
    subheadlines=['黄村东大街街区更新调查'],
    byline='文/本报记者 谷雨 实习生 陈晨',
    crossheads=['从“脏乱差”到“慢生活”', '居民议事定方案', '老字号回归'],
    captions=['更新后的黄村东大街。 大兴区城市管理委供图'],
    text=[
        '傍晚时分，黄村东大街上人来人往。青砖铺就的步道两侧，新开的咖啡馆、书店与老字号糕点铺错落分布，不少居民带着孩子在街边的口袋公园里纳凉。',
        '很难想象，两年前这里还是另一番景象：占道经营、私搭乱建随处可见，架空线像蜘蛛网一样缠在头顶。2024年起，黄村镇启动东大街街区更新，拆除违建1.6万平方米，入地架空线缆4.2公里，新增绿地和公共空间5800平方米。',
        '更新方案怎么定？镇里先后召开居民议事会和商户座谈会23场，方案三易其稿。“最早的设计把街边的早点摊都取消了，大家不同意，后来就在街口留出了便民早餐区。”参与议事的居民代表赵秀芝说。',
        '如今，东大街已引入老字号和特色小店47家，其中包括停业多年后回归的“义和斋”糕点铺。店主马建国说，重新开张后，每天来买桃酥的老顾客排起长队，月营业额比预期高出三成。',
        '黄村镇相关负责人表示，下一步将把东大街的经验推广到西大街和兴华路沿线，年内完成街区更新2.3公里。',
    ],
    notes=['Headline <h2>, 副题 in <p class="subtitle">.',
           'TRAP: crossheads are <h3> elements inside the article (the same element other articles use for headlines or subtitles) - not new articles, not paragraphs.',
           'Caption in a <figure> at the end, with credit "大兴区城市管理委供图" inside the figcaption after two spaces (kept, as in the fixtures\' inline credits).']))

A.append(dict(id='C12', kind='opinion',
    headline='让“一老一小”在家门口更安心',
    subheadlines=['兴言'],
    byline='□ 岳明',
    text=[
        '老人吃饭有食堂，孩子放学有托管，这是很多家庭最朴素的期盼。今年以来，我区新增养老助餐点17个、普惠托育点9个，“一老一小”服务正在一点点织密。',
        '服务设施建起来只是第一步，更要让群众用得上、用得起、用得好。一些助餐点位置偏、菜品单一，一些托育点收费偏高、开放时间与家长上下班错位，这些问题都需要在运营中及时回应。',
        '民生无小事。把“一老一小”的小事办好办实，考验的是耐心，更是用心。',
    ],
    notes=['Commentary column "兴言" (column tag in <span class="column"> inside the <h2>, given as subheadline).',
           'Signed "□ 岳明" in the first <p> - byline, not text.']))

byid = {a['id']: a for a in A}
e = H.escape


def esc(s):
    # CMS exports use entities for curly quotes and dashes
    s = e(s, quote=False)
    return s.replace('“', '&ldquo;').replace('”', '&rdquo;').replace('——', '&mdash;&mdash;')


def ps(paras):
    return '\n'.join(f'<p>{esc(p)}</p>' for p in paras)


out = []
out.append('''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>大兴报数字报 - 2026年07月14日 - 第27期</title>
<link rel="stylesheet" href="/static/css/epaper.css">
<style>.editor-note{border:1px solid #ccc;padding:8px}.title strong{font-size:22px}</style>
<script>var pageTitle = "大兴报数字报"; var banner = "欢迎访问大兴报数字报，请使用Chrome浏览器浏览";</script>
</head>
<body>
<header class="site-header"><div class="logo">大兴报</div><div class="issue">2026年7月14日 星期二 第27期（总第1544期）</div></header>
<nav><ul><li><a href="/">首页</a></li><li><a href="/yw/">要闻</a></li><li><a href="/sq/">社区</a></li><li><a href="/wh/">文化</a></li><li><a href="/wqhg/">往期回顾</a></li></ul>
<div class="breadcrumb">当前位置：首页 &gt; 数字报 &gt; 第01版</div></nav>
<main id="content">
<h1 class="page-title">第01版：要闻</h1>''')

a = byid['C1']
out.append(f'''<article id="a1">
<h3 class="yinti">{esc(a['subheadlines'][0])}</h3>
<h1>{esc(a['headline'])}</h1>
<h2>{esc(a['subheadlines'][1])}</h2>
<p class="author">{esc(a['byline'])}</p>
{ps(a['text'])}
</article>''')

a = byid['C2']
out.append(f'''<article id="a2">
<h2>{esc(a['headline'])}</h2>
{ps(a['text'][:1])}
<figure><img src="/pic/2026/07/14/a2_1.jpg" alt=""><figcaption>{esc(a['captions'][0])}<span class="credit">记者 马骁 摄</span></figcaption></figure>
{ps(a['text'][1:])}
</article>''')

a = byid['C3']
p2 = a['text'][1]
k = p2.index('相关部门在后台') 
p2html = esc(p2[:k]) + '<br>\n' + esc(p2[k:])
out.append(f'''<article id="a3">
<h1>{esc(a['headline'])}</h1>
<p>{esc(a['text'][0])}<br><br>{p2html}<br><br>
{esc(a['text'][2])}</p>
</article>''')

a = byid['C4']
out.append(f'''<article id="a4">
<div class="editor-note">{esc(a['editor_note'][0])}</div>
<h2>{esc(a['headline'])}</h2>
<h3>{esc(a['subheadlines'][0])}</h3>
<p><strong>{esc(a['byline'])}</strong></p>
{ps(a['text'])}
</article>''')

items = ''.join(f"<h3>{esc(byid[i]['headline'])}</h3>\n<p>{esc(byid[i]['text'][0])}</p>\n" for i in ('C5', 'C6', 'C7'))
out.append(f'''<article id="a5" class="brief">
<h2>大兴简讯</h2>
{items}<p>&nbsp;</p>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
</article>''')

out.append('<h1 class="page-title">第02版：社区</h1>')
a = byid['C8']
lis = ''.join(f'<li>{esc(x)}</li>' for x in a['text'][1:5])
out.append(f'''<article id="a6">
<p class="title"><strong>{esc(a['headline'])}</strong></p>
<p>{esc(a['text'][0])}</p>
<ol>{lis}</ol>
<p>{esc(a['text'][5])}</p>
</article>''')

a = byid['C9']
out.append(f'''<article id="a7" class="photo">
<figure><img src="/pic/2026/07/14/a7_1.jpg" alt="荷花"><figcaption>{esc(a['captions'][0])}  {esc(a['byline'])}</figcaption></figure>
<h3>{esc(a['headline'])}</h3>
</article>''')

a = byid['C10']
out.append(f'''<article id="a8">
<h4>{esc(a['headline'])}</h4>
<p>{esc(a['text'][0])}</p>
<p>&nbsp;</p>
<p>{esc(a['text'][1])}</p>
<p>&nbsp;</p>
<p>{esc(a['text'][2])}</p>
<p style="text-align:right">{esc(a['byline'])}</p>
<p class="editor">责任编辑：孙莉</p>
<p class="prevnext">上一篇：<a href="/a7">念坛公园荷花进入盛花期</a> 下一篇：<a href="/a9">一条老街的&ldquo;新生&rdquo;</a></p>
</article>''')

a = byid['C11']
t = a['text']
out.append(f'''<article id="a9">
<h2>{esc(a['headline'])}</h2>
<p class="subtitle">{esc(a['subheadlines'][0])}</p>
<p class="author">{esc(a['byline'])}</p>
{ps(t[:1])}
<h3>{esc(a['crossheads'][0])}</h3>
{ps(t[1:2])}
<h3>{esc(a['crossheads'][1])}</h3>
{ps(t[2:3])}
<h3>{esc(a['crossheads'][2])}</h3>
{ps(t[3:])}
<figure><img src="/pic/2026/07/14/a9_1.jpg" alt=""><figcaption>{esc(a['captions'][0])}</figcaption></figure>
</article>''')

a = byid['C12']
out.append(f'''<article id="a10" class="opinion">
<h2><span class="column">{esc(a['subheadlines'][0])}</span> {esc(a['headline'])}</h2>
<p>{esc(a['byline'])}</p>
{ps(a['text'])}
</article>''')

out.append('''</main>
<aside class="related"><h3>往期推荐</h3><ul><li><a href="#">大兴区召开2026年上半年经济运行分析会</a></li><li><a href="#">魏善庄镇月季文化节开幕</a></li></ul></aside>
<footer><p>大兴报社版权所有 未经授权不得转载</p><p>地址：北京市大兴区兴政街15号 邮编：102600 电话：010-69242100</p><p>京ICP备12345678号-2 京公网安备11011502000123号</p></footer>
</body>
</html>''')
doc = '\n'.join(out) + '\n'

# source_lines: find line numbers of each article's elements
lines = doc.split('\n')
for a in A:
    hl = [i + 1 for i, l in enumerate(lines) if esc(a['headline']) in l and 'prevnext' not in l]
    first = [i + 1 for i, l in enumerate(lines) if esc(a['text'][0][:12]) in l]
    last = [i + 1 for i, l in enumerate(lines) if esc(a['text'][-1][-8:]) in l]
    a['source_lines'] = f'headline {hl[0] if hl else "?"}, body {first[0] if first else "?"}-{last[-1] if last else "?"}'

here = os.path.dirname(os.path.abspath(__file__))
open(os.path.join(here, NAME + '.html'), 'w').write(doc)
meta = dict(source=NAME + '.html', publication='大兴报', date='2026-07-14', issue_no='总第1544期',
            not_articles=['大兴报数字报 - 2026年07月14日 - 第27期', '大兴报', '2026年7月14日 星期二 第27期（总第1544期）',
                          '首页 要闻 社区 文化 往期回顾', '当前位置：首页 > 数字报 > 第01版', '第01版：要闻', '第02版：社区', '大兴简讯',
                          '分享到：微信 微博 QQ空间', '责任编辑：孙莉', '上一篇：… 下一篇：…', '往期推荐 …', 'footer lines'],
            notes=('INVENTED issue (holdout2). A newspaper CMS page saved as HTML: <article> per item, headings at inconsistent levels '
                   '(h1/h2/h3/h4 and a <p class="title">), page titles as <h1 class="page-title">, nav/breadcrumb/aside/footer junk, a <script> '
                   'with Chinese strings, entities for quotes and dashes. Line numbers in source_lines are HTML source lines.'))
write_truth(os.path.join(here, NAME + '.json'), meta, A)
src = strip_html(doc)
bad = check(src, os.path.join(here, NAME + '.json'))
sys.exit(1 if bad else 0)
