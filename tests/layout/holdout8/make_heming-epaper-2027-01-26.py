"""Issue 3: 鹤鸣报 (invented). HTML page saved from the paper's 数字报 (e-paper) site: one section per page,
articles as <div class="article"> with <founder-*> tags on pages 1 and 3 and a <table> layout on page 2."""
import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h8lib import write_truth, check
NAME = 'heming-epaper-2027-01-26'
A = []
A.append(dict(kind='news', headline='鹤鸣区新建12处社区嵌入式服务设施', subheadlines=['聚焦“一老一小”', '——托育、助餐、康复服务“一站办”'],
  byline='本报讯（记者 殷若水）',
  notes='Page 1 lead in <div class="article">: 引题 in <h3 class="yinti">, 主题 in <founder-title><h1>, 副题 in <h2 class="futi">. Paragraphs are <P> with &nbsp; indents. Paragraph 2 contains a <br> in mid-sentence (a PDF line break kept by the site): one paragraph. The 本版标题导航 box at the top of the page repeats this and the other page-1 headlines as links (furniture).',
  text=[
 '本报讯（记者 殷若水）1月22日，鹤鸣区首批12处社区嵌入式服务设施全部建成投用。这些设施均设在居民步行15分钟范围内，集托育、助餐、康复、文化活动等功能于一体，服务周边居民约8万人。',
 '记者在白塔社区的服务设施看到，一层是老年餐厅和康复训练室，二层是普惠托育园和儿童阅览区，三层则是社区议事厅和多功能活动室。“以前接孙子、吃饭、做理疗要跑好几个地方，现在一栋楼里全解决了。”正在做康复训练的居民汤大爷说。',
 '据区发展改革委介绍，设施建设充分利用了腾退的闲置厂房、配套用房和老旧办公楼，没有新增建设用地。运营方面，采取“政府提供场地、专业机构运营、居民按需付费”的模式，普惠服务项目价格低于市场价三成以上。',
 '今年，全区计划再建设社区嵌入式服务设施10处，实现街道全覆盖。']))
A.append(dict(kind='news', headline='鹤鸣区召开2027年优化营商环境大会', subheadlines=[], byline='本报讯（记者 祁朗）',
  notes='Paragraphs are <P> indented with two U+3000 (　　) instead of &nbsp;.',
  text=[
 '本报讯（记者 祁朗）1月23日，鹤鸣区召开2027年优化营商环境大会，发布优化营商环境“6.0版”改革方案，推出涉企服务、政务效能、法治保障等5个方面共42项改革举措。',
 '会上，区政务服务局负责人介绍，今年将重点推进“高效办成一件事”扩围提质，新增企业迁移登记、员工录用、水电气网联合报装等12个“一件事”场景，企业办事平均跑动次数压减到0.3次以下。',
 '会议还为20家“营商环境体验官”单位颁发了聘书。体验官将以普通办事人的身份“走流程、找问题”，每季度形成一份体验报告。']))
A.append(dict(kind='photo', headline='迎新春 写福字', subheadlines=[], byline='本报记者 邬晴 摄',
  notes='Photo news: <h1> headline, an <img>, and a <td class="pic-desc"> caption ending with the credit "（本报记者 邬晴 摄）". The caption without the credit is the single paragraph and the caption; the credit is the byline.',
  text=['1月24日，鹤鸣区文化馆组织书法家走进鹤鸣湖社区，为居民义务书写春联和福字，现场送出春联300余副。']))
A[-1]['captions'] = [A[-1]['text'][0]]
A.append(dict(kind='news', headline='老旧小区加装电梯进入“提速期”', subheadlines=['全年计划完成加装120部'], byline='（记者 邬晴 通讯员 费可）',
  notes='Page 2 uses a <table> layout: 主题 in <td class="bt"><strong>, 副题 (no dash) in <td class="ft">. Paragraph 2 has two <br> line breaks in mid-sentence. The end byline "（记者 邬晴 通讯员 费可）" is its own <P> (byline, not text).',
  text=[
 '记者从区住房城乡建设委获悉，今年鹤鸣区计划在老旧小区加装电梯120部，目前已有46个单元完成居民意见征询，18部电梯进场施工。',
 '为解决加装电梯中“协调难、审批慢”的问题，区里推行“一梯一档、一梯一专员”工作法，由街道专员全程陪同居民办理规划、施工等手续，审批时限由原来的60个工作日压缩到25个工作日。',
 '施工单位还采用了装配式钢结构井道，现场施工周期缩短到40天左右，最大程度减少对居民生活的影响。']))
A.append(dict(kind='feature', headline='一家修车铺的“二十年”', subheadlines=['——记西关街道“老韩修车铺”店主韩守义'],
  byline='文/本报记者 殷若水 图/本报记者 邬晴', crossheads=['“修不好的车，我不收钱”', '小铺子成了“信息站”'],
  captions=['韩守义在铺子里给居民修理自行车。'],
  notes='Page 2 feature in the table layout: byline in <td class="author">; two crossheads as <P><B>…</B></P> (not paragraphs); a centred <IMG> and a centred caption <P> between paragraphs 3 and 4 (caption, not a paragraph). The content cell uses &nbsp; indents.',
  text=[
 '在西关街道铁道北路的一个路口，有一间不足10平方米的修车铺。铺子没有招牌，门口挂着一块木板，上面用毛笔写着“修车补胎 配钥匙”。这间铺子的主人韩守义，今年62岁，在这里已经修了整整二十年的车。',
 '二十年前，韩守义从厂里下岗，靠着在车间学的手艺支起了这个修车摊。那时附近的工人上下班都骑自行车，他每天从早忙到晚，一天要补几十个胎。',
 '“修不好的车，我不收钱。”这是韩守义给自己定的规矩。遇到附近上学的孩子车坏了，他常常只收个零件钱，有时干脆分文不取。',
 '这些年，骑自行车的人少了，骑电动车的人多了，韩守义又自学了电动车维修。街坊们有什么事也爱来铺子里问一问：哪家超市在打折，社区什么时候发新的停车证，老韩总能说个明白。',
 '去年，社区在修车铺旁设立了“便民信息角”，由韩守义帮忙照看。他说，只要身体还行，这个铺子就会一直开下去。']))
A.append(dict(kind='news', headline='区图书馆新增24小时自助借还点', subheadlines=[], byline='本报讯（通讯员 戚蔓）',
  notes='The whole article body is ONE <P>: paragraphs are separated by <br>　　 (line break + full-width indent), and one <br> WITHOUT an indent falls in mid-sentence inside paragraph 2 (a line break, not a paragraph end). 3 paragraphs.',
  text=[
 '本报讯（通讯员 戚蔓）近日，区图书馆在鹤鸣湖地铁站、区政务服务中心和鹤鸣广场新设3处24小时自助借还点，每处可存放图书约1000册。',
 '读者使用身份证或读者证即可在自助借还点借书、还书，借阅的图书也可以在全区任意一个图书馆分馆归还。自助借还点的图书每周更新一次，以文学、生活和少儿读物为主。',
 '区图书馆相关负责人表示，今年还将在5个社区增设自助借还点。']))
A.append(dict(kind='opinion', headline='让年味里多一份“安心”', subheadlines=['鹤鸣论坛'], byline='□ 曲文澜',
  notes='Page 3 commentary: the column name "鹤鸣论坛" is in the 引题 element <h3 class="yinti"> (subheadline); the byline "□ 曲文澜" is in <div class="author">.',
  text=[
 '春节临近，走亲访友、置办年货、外出旅游的人多了起来，城市运行的压力也随之增大。越是在这个时候，越要把安全这根弦绷紧。',
 '燃气使用、电动车充电、人员密集场所的消防通道，这些看似老生常谈的问题，每年都有人因为一时疏忽付出代价。相关部门要把隐患排查做在前面，居民自己也要多一份小心。',
 '年味浓不浓，不只看年货多不多、热闹不热闹，更要看大家过得安不安心。平平安安过个年，才是最好的年味。']))
A.append(dict(kind='list', headline='鹤鸣区春节文化活动安排', subheadlines=[], byline=None,
  notes='List: an intro <P> and five items <P>1.…</P> to <P>5.…</P>, each a paragraph; the numbers are content and are kept.',
  text=[
 '春节期间，全区将举办多项群众文化活动，具体安排如下：',
 '1.鹤鸣湖冰灯游园会：1月30日至2月20日，鹤鸣湖公园。',
 '2.“村晚”大联欢：2月5日，白塔社区文化广场。',
 '3.非遗庙会：正月初二至初六，西关古街。',
 '4.新春书画展：2月1日至2月28日，区文化馆二层展厅。',
 '5.元宵节猜灯谜：正月十五，区图书馆及各街道文化站。']))
A.append(dict(kind='notice', headline='关于春节期间生活垃圾清运时间调整的公告', subheadlines=[], byline=None,
  notes='Notice: two body paragraphs, then the issuer and the date in <P align="right"> as the last two paragraphs.',
  text=[
 '春节期间，我区生活垃圾清运时间调整为每日6时至10时、16时至20时，其余时间暂停上门收运。请广大居民按时投放，做好垃圾分类，不要在楼道和公共区域堆放杂物。',
 '如遇清运问题，可拨打区城市管理服务热线6277-3300反映。',
 '鹤鸣区城市管理委员会',
 '2027年1月25日']))
A.append(dict(kind='news', headline='区第二实验小学新校区开工建设', subheadlines=[], byline='本报讯（记者 祁朗）',
  notes='Short item at the end of page 3; the page\'s 上一版/下一版 links and the copyright footer follow.',
  text=[
 '本报讯（记者 祁朗）1月20日，区第二实验小学新校区开工建设。新校区位于鹤鸣新城东部，占地约2.4公顷，规划办学规模36个班，预计2028年秋季学期投入使用。',
 '新校区建成后，将有效缓解鹤鸣新城片区适龄儿童就近入学的压力。']))

NB = '&nbsp;&nbsp;&nbsp;&nbsp;'; IN = '\u3000\u3000'
def ents(s, on):   # some articles use &ldquo;/&rdquo; entities for quotes
    return s.replace('“', '&ldquo;').replace('”', '&rdquo;') if on else s
out = []; W = out.append
W('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">')
W('<HTML>\n<HEAD>\n<META http-equiv="Content-Type" content="text/html; charset=utf-8">')
W('<TITLE>鹤鸣报数字报-2027年01月26日</TITLE>')
W('<link rel="stylesheet" type="text/css" href="../../../style/epaper.css">')
W('<script type="text/javascript" src="../../../script/jquery.min.js"></script>')
W('<script type="text/javascript">\nvar pageCount = 3; var curPage = "node_1";\nfunction showPage(n){ document.getElementById("page"+n).scrollIntoView(); }\n</script>')
W('<style type="text/css">\n.bmname{font-size:14px;font-weight:bold} .yinti,.futi{font-size:15px} .article{margin:12px 0}\n</style>')
W('</HEAD>\n<BODY>')
W('<div class="header"><img src="../../../images/logo_heming.gif" alt="鹤鸣报"><span class="date">2027年01月26日 星期二</span></div>')
W('<div class="nav">\n<ul>\n<li><a href="../../../html/2027-01/26/node_1.htm">第01版：要闻</a></li>\n<li><a href="../../../html/2027-01/26/node_2.htm">第02版：社会</a></li>\n<li><a href="../../../html/2027-01/26/node_3.htm">第03版：评论·服务</a></li>\n</ul>\n<a href="../../../html/2027-01/25/node_1.htm">往期回顾</a> | <a href="../../../pdf/2027-01/26/01.pdf">PDF下载</a>\n</div>')
def founder_article(i, indent=NB, yinti=True, ent=False, br=None):
    a = A[i]; W(f'<div class="article" id="content_{i+1}">')
    subs = list(a['subheadlines'])
    if yinti and subs and not subs[0].startswith('——'): W(f'<h3 class="yinti">{subs.pop(0)}</h3>')
    W(f'<founder-title><h1>{a["headline"]}</h1></founder-title>')
    for s in subs: W(f'<h2 class="futi">{s}</h2>')
    if a.get('_author'): W(f'<div class="author">{a["_author"]}</div>')
    W('<founder-content>')
    for k, p in enumerate(a['text']):
        if br and k == br[0]:
            p = p.replace(br[1], br[1] + '<br>', 1)
        W(f'<P>{indent}{ents(p, ent)}</P>')
    W('</founder-content>\n</div>')
# ---- page 1
W('<div class="page" id="page1">')
W('<div class="bmname">第01版：要闻</div>')
W('<div class="pagelink"><a href="javascript:alert(\'已经是第一版\')">上一版</a>&nbsp;&nbsp;<a href="javascript:showPage(2)">下一版</a></div>')
W('<div class="titlelist"><b>本版标题导航</b>\n<ul>')
for i in (0, 1, 2): W(f'<li><a href="#content_{i+1}">{A[i]["headline"]}</a></li>')
W('</ul></div>')
founder_article(0, br=(1, '正在做康复训练'))
founder_article(1, indent=IN)
W('<div class="article photo" id="content_3">\n<founder-title><h1>迎新春 写福字</h1></founder-title>')
W('<table class="pic" align="center"><tr><td><img src="../../../images/2027-01/26/01/p3_b.jpg" width="420"></td></tr>')
W(f'<tr><td class="pic-desc">{A[2]["text"][0]}（本报记者 邬晴 摄）</td></tr></table>\n</div>')
W('<div class="editor">本版责任编辑：卞秋 &nbsp; 版式：钟禾</div>\n</div>')
# ---- page 2: table layout
W('<div class="page" id="page2">')
W('<div class="bmname">第02版：社会</div>')
W('<div class="pagelink"><a href="javascript:showPage(1)">上一版</a>&nbsp;&nbsp;<a href="javascript:showPage(3)">下一版</a></div>')
def table_article(i, rows):
    a = A[i]; W(f'<table class="article" id="content_{i+1}" width="100%" border="0" cellspacing="0" cellpadding="0">')
    W(f'<tr><td class="bt"><strong>{a["headline"]}</strong></td></tr>')
    for s in a['subheadlines']: W(f'<tr><td class="ft">{s}</td></tr>')
    if a.get('_author'): W(f'<tr><td class="author">{a["_author"]}</td></tr>')
    W('<tr><td class="content">'); rows(); W('</td></tr>\n</table>')
def rows3():
    t = A[3]['text']
    W(f'<P>{NB}{t[0]}</P>')
    p = t[1].replace('协调难、审批慢', '协调难、审<br>批慢', 1).replace('全程陪同居民办理', '全程陪同居<br>民办理', 1)
    W(f'<P>{NB}{p}</P>'); W(f'<P>{NB}{t[2]}</P>'); W('<P>（记者 邬晴 通讯员 费可）</P>')
table_article(3, rows3)
A[4]['_author'] = A[4]['byline']
def rows4():
    t = A[4]['text']; c = A[4]['crossheads']
    W(f'<P>{NB}{t[0]}</P>'); W(f'<P>{NB}{t[1]}</P>'); W(f'<P><B>{c[0]}</B></P>'); W(f'<P>{NB}{t[2]}</P>')
    W('<P align="center"><IMG src="../../../images/2027-01/26/02/p2_a.jpg" border="0"></P>')
    W(f'<P align="center">{A[4]["captions"][0]}</P>')
    W(f'<P><B>{c[1]}</B></P>'); W(f'<P>{NB}{t[3]}</P>'); W(f'<P>{NB}{t[4]}</P>')
table_article(4, rows4)
def rows5():
    t = A[5]['text']
    p1 = t[1].replace('借阅的图书也可以在', '借阅的图书也可<br>以在', 1)
    W(f'<P>{IN}{t[0]}<br>{IN}{p1}<br>{IN}{t[2]}</P>')
table_article(5, rows5)
W('<div class="editor">本版责任编辑：钟禾</div>\n</div>')
# ---- page 3
W('<div class="page" id="page3">')
W('<div class="bmname">第03版：评论·服务</div>')
W('<div class="pagelink"><a href="javascript:showPage(2)">上一版</a>&nbsp;&nbsp;<a href="javascript:alert(\'已经是最后一版\')">下一版</a></div>')
A[6]['_author'] = A[6]['byline']
founder_article(6, ent=True)
founder_article(7, indent='')
a = A[8]; W('<div class="article" id="content_9">')
W(f'<founder-title><h1>{a["headline"]}</h1></founder-title>\n<founder-content>')
for p in a['text'][:2]: W(f'<P>{NB}{p}</P>')
for p in a['text'][2:]: W(f'<P align="right">{p}</P>')
W('</founder-content>\n</div>')
founder_article(9)
W('<div class="editor">本版责任编辑：卞秋</div>\n</div>')
W('<div class="footer">\n<p>鹤鸣报社版权所有 未经书面授权 不得复制或建立镜像</p>\n<p>地址：鹤鸣区文昌路8号 邮编：101500 电话：6277-1000</p>\n<p>京ICP备20270126号-1</p>\n</div>')
W('</BODY>\n</HTML>')
open(NAME + '.html', 'w', encoding='utf-8').write('\n'.join(out) + '\n')
for a in A: a.pop('_author', None)
NA = ['鹤鸣报数字报-2027年01月26日', '2027年01月26日 星期二', '第01版：要闻', '第02版：社会', '第03版：评论·服务',
      '往期回顾', 'PDF下载', '上一版', '下一版', '本版标题导航', '本版责任编辑：卞秋', '版式：钟禾', '本版责任编辑：钟禾',
      '鹤鸣报社版权所有 未经书面授权 不得复制或建立镜像', '地址：鹤鸣区文昌路8号 邮编：101500 电话：6277-1000', '京ICP备20270126号-1']
for a in A: a['source_lines'] = ''
write_truth(NAME + '.truth.json', NAME + '.html', '鹤鸣报', '2027-01-26', None,
  'INVENTED issue (holdout8). One HTML file saved from the paper\'s 数字报 site (Founder-style), UTF-8, upper-case <P>/<IMG>/<B> as such sites emit. <HEAD> with <TITLE>, <script> and <style>; a header with the date, a navigation menu of the three pages (第0N版：section links), 往期回顾 / PDF下载 links. Each page is a <div class="page"> with its 版名 (<div class="bmname">), 上一版/下一版 links and an editor line; page 1 also has a 本版标题导航 box that REPEATS its three headlines as links. Pages 1 and 3: <div class="article"> with <h3 class="yinti"> (引题), <founder-title><h1> (主题), <h2 class="futi"> (副题), <founder-content> with <P> paragraphs indented by &nbsp; or 　　. Page 2: <table> layout (td.bt / td.ft / td.author / td.content). <br> line breaks inside paragraphs (mid-sentence: not paragraph ends), except in one article where <br>　　 separates paragraphs inside a single <P>. Copyright footer. No issue number is printed (issue_no null). source_lines are not given for this HTML file.',
  NA, None, A)
sys.exit(0 if check(NAME + '.html', NAME + '.truth.json', 'html') else 1)
