"""Issue 3: 鹭洲周刊 (invented) as ONE WeChat 公众号 article ("鹭洲发布") saved from the browser as HTML: the whole
issue is inside <div class="rich_media_content" id="js_content">, written by a WeChat editor (秀米/135-style):
many nested <section>/<span> wrappers, text split across several <span>s, <p><br></p> spacers, styled
headline sections, 版 dividers, images with data-src, and the account's own furniture around it."""
import os, sys, html; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h9lib import Doc, write_truth, check
NAME = 'luzhou-wechat-2027-02-23'
A = []
A.append(dict(kind='news', headline='鹭洲区启动“一刻钟便民生活圈”提质行动', subheadlines=['补齐社区商业短板', '年内新建改造便民网点200个'],
  byline='本报讯（记者 符晓晨）',
  notes='Lead. Kicker (small grey centred section), 主题 (bold blue centred section), 副题 (centred section) — all three are separate <section>s. The dateline 本报讯（记者 符晓晨） is split across three <span>s (bold "本报讯", "（记者 ", "符晓晨）") and stays in paragraph 1.',
  text=[
 '本报讯（记者 符晓晨）2月20日，鹭洲区召开“一刻钟便民生活圈”提质行动推进会。今年，全区将新建和改造提升便民商业网点200个，重点补齐早餐、菜市场、家政和维修等社区商业短板，力争年底前实现城区社区便民生活圈全覆盖。',
 '根据行动方案，区商务局将对全区86个社区的商业网点逐一摸底，形成“缺什么、补什么”的清单。对于老旧小区周边缺少便民网点的情况，将通过盘活闲置用房、利用社区配套用房等方式解决，并对符合条件的经营者给予房租补贴。',
 '区商务局负责人介绍，今年还将推动连锁品牌企业进社区，鼓励菜市场、超市延伸开展线上下单、送货到家服务，让居民买菜购物更方便。']))
A.append(dict(kind='news', headline='鹭江大桥维修加固工程完工通车', subheadlines=[],
  byline='（记者 严朔）',
  notes='One paragraph contains a <br> in mid-sentence (a soft break inside the paragraph, not a paragraph end). End byline "（记者 严朔）" in its own right-aligned grey <p> (byline, not text).',
  text=[
 '2月18日，历时8个月的鹭江大桥维修加固工程完工，大桥恢复双向四车道通行。此次维修对桥梁支座、伸缩缝和桥面铺装进行了全面更换，并对主梁裂缝进行了灌浆加固。',
 '鹭江大桥建成于1998年，是连接江南江北城区的重要通道，日均车流量约4.5万辆。施工期间，大桥实行半幅通行，区交通部门优化了周边信号灯配时，并增开两条接驳公交线路。']))
A.append(dict(kind='photo', headline='湿地观鸟季', subheadlines=[], byline='鹭洲融媒记者 骆川 摄',
  captions=['▲2月19日，市民在鹭洲湿地公园观察越冬候鸟。'],
  notes='Photo news: a headline section, an <img> (data-src, no alt), a grey centred caption starting with ▲, and the credit "鹭洲融媒记者 骆川 摄" in a separate small span in the same <p> after a run of &nbsp; (byline). The caption is the single paragraph and the caption.',
  text=['▲2月19日，市民在鹭洲湿地公园观察越冬候鸟。']))
A.append(dict(kind='news', headline='首批15所中小学开放课后体育场地', subheadlines=['周末及寒暑假向周边居民预约开放'],
  byline='本报讯（通讯员 饶佳音 记者 葛青）',
  notes='Page-2 divider section "— 02 民生 —" before it (furniture). Headline and 副题 (no dash) in two sections. Dateline with 通讯员 before 记者. The last paragraph is a one-line "预约方式" paragraph.',
  text=[
 '本报讯（通讯员 饶佳音 记者 葛青）从本周起，鹭洲区首批15所中小学的体育场地在周末及寒暑假向周边居民开放，开放项目包括田径场、篮球场和羽毛球场。',
 '为保障校园安全，开放学校均实行“错时开放、分区管理、预约进校”，居民需通过“鹭洲体育”小程序实名预约，凭预约码和身份证进校。开放时段为周六、周日及寒暑假的7时至9时、16时至19时。',
 '预约方式：关注“鹭洲体育”小程序，点击“校园场地预约”即可。']))
A.append(dict(kind='list', headline='鹭洲区3月便民服务活动一览', subheadlines=[], byline=None,
  notes='List in a grey box: the headline, an intro <p>, then four items, each a <section> holding a date badge <span> and a text <span> (one paragraph each, the date kept as printed at its start). 5 paragraphs, kind list.',
  text=[
 '3月，各街道将开展多项便民服务活动，欢迎居民参加。',
 '3月2日 鹭江街道：家电义务维修，地点为鹭江社区文化广场。',
 '3月9日 白沙街道：免费理发和测血压，地点为白沙社区服务站。',
 '3月16日 洲头街道：法律咨询和反诈宣传，地点为洲头街道市民中心。',
 '3月23日 江北街道：旧衣物回收和跳蚤市场，地点为江北公园东门。']))
A.append(dict(kind='opinion', headline='让“口袋公园”真正装进群众口袋', subheadlines=['鹭洲观察'], byline='文｜江一舟',
  notes='Commentary: a tag section "鹭洲观察" (column name, subheadline) above the headline, then an author line "文｜江一舟" (byline).',
  text=[
 '去年以来，我区在街角、桥下和拆违腾退地块上建成了一批口袋公园。面积不大，却让不少居民出门就能有个歇脚、遛弯的去处。',
 '但也有居民反映，有的口袋公园建好后缺少管护，座椅坏了没人修，绿植枯了没人补；有的只顾好看，没有遮阳的地方，夏天根本坐不住。',
 '口袋公园建起来不容易，管好用好更需要下功夫。建设前多问问周边居民需要什么，建成后把管护责任落实到人，才能让这些“小而美”的空间真正装进群众的口袋。']))
A.append(dict(kind='feature', headline='老街上的“新铺子”', subheadlines=['——洲头老街年轻创业者群像'],
  byline='鹭洲融媒记者 符晓晨 文/图', crossheads=['一家书店的坚持', '从“网店”回到“街店”'],
  captions=['▲洲头老街上的独立书店。'],
  notes='Page-3 divider "— 03 人文 —" before it. Headline, ——副题, byline line "鹭洲融媒记者 符晓晨 文/图". Two crossheads, each a bold coloured <section> with a left border (not paragraphs). An image with the caption "▲洲头老街上的独立书店。" between paragraphs 2 and 3 (caption, not a paragraph).',
  text=[
 '青石板路、木门板、骑楼……走在洲头老街上，老房子还是那些老房子，店铺却换了不少新面孔。',
 '这两年，一批年轻人回到老街创业，开起了书店、咖啡馆、手作工坊，老街的人气渐渐旺了起来。',
 '90后唐小棠的“渡口书店”开在老街中段，店面不到40平方米。开店三年，她每个月都会办一场读书分享会，请老街坊讲讲老街的故事。',
 '“书店挣钱不容易，但老街需要这样一个地方。”唐小棠说，现在店里一半的顾客是附近的居民，还有不少是慕名而来的游客。',
 '做手工皮具的谢一帆原本在网上开店，去年把工作室搬到了老街。他说，在老街上，顾客可以看着他做，也可以自己动手，“线下的温度是网店给不了的”。',
 '洲头街道相关负责人介绍，街道今年将设立老街青年创业扶持资金，对入驻老街的特色小店给予房租减免。']))
A.append(dict(kind='notice', headline='关于鹭江街道部分区域临时停水的通知', subheadlines=[], byline=None,
  notes='Notice: headline, three paragraphs, then the issuer and the date as right-aligned <p>s (paragraphs, as in the fixtures). 5 paragraphs. After it come the account\'s furniture blocks (来源/编辑/审核, 往期推荐, 长按二维码关注), which are not articles.',
  text=[
 '因供水管网改造施工需要，鹭洲水务集团定于2月26日8时至20时对鹭江街道部分区域暂停供水。',
 '停水范围：鹭江路以东、滨江路以北、建设路以西、人民路以南围合区域。',
 '请相关用户提前做好储水准备，停水期间请关闭水龙头，以免恢复供水时造成损失。给您带来不便，敬请谅解。咨询电话：6618-8800。',
 '鹭洲水务集团',
 '2027年2月22日']))
A.append(dict(kind='news', headline='区医院开通“周末孕检”门诊', subheadlines=[], byline='本报讯（记者 葛青）',
  notes='A short item placed after the 人文 page as "简讯" under the divider "— 04 简讯 —" (furniture). Dateline in paragraph 1; one paragraph.',
  text=[
 '本报讯（记者 葛青）为方便上班族孕妇产检，区医院妇产科从2月27日起开通“周末孕检”门诊，每周六上午提供产前检查、B超和胎心监护等服务，可通过医院公众号提前预约。']))

# ---------------------------------------------------------------- HTML
NA = []
out = []
def emit(s): out.append(s)
P_STYLE = 'margin-bottom: 0px;text-indent: 2em;line-height: 1.75em;letter-spacing: 1px;'
S_STYLE = 'font-size: 15px;color: rgb(62, 62, 62);font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;'
def spans(text, k):
    """split text into 1-3 spans at deterministic places (as the WeChat editor leaves it)."""
    t = html.escape(text, quote=False)
    cuts = []
    if len(text) > 40 and k % 3 != 2:
        c = 17 + (k * 7) % 11
        cuts.append(c)
    if len(text) > 80 and k % 2 == 0:
        cuts.append(cuts[-1] + 30 if cuts else 45)
    parts, prev = [], 0
    for c in cuts + [len(text)]:
        parts.append(text[prev:c]); prev = c
    return ''.join(f'<span style="{S_STYLE}"><span leaf="">{html.escape(p, quote=False)}</span></span>' for p in parts if p)
KN = [0]
def para(text, extra=''):
    KN[0] += 1
    emit(f'<p style="{P_STYLE}">{spans(text, KN[0])}{extra}</p>')
def spacer(): emit('<p style="margin-bottom: 0px;"><br  /></p>')
def headline(text, size=18):
    emit(f'<section style="text-align: center;margin-top: 10px;margin-bottom: 10px;"><section style="display: inline-block;'
         f'border-bottom: 2px solid rgb(0, 112, 192);padding-bottom: 4px;"><span style="font-size: {size}px;color: rgb(0, 82, 155);">'
         f'<strong><span leaf="">{html.escape(text, quote=False)}</span></strong></span></section></section>')
def small_center(text, color='rgb(136, 136, 136)'):
    emit(f'<section style="text-align: center;"><span style="font-size: 14px;color: {color};"><span leaf="">{html.escape(text, quote=False)}</span></span></section>')
def divider(text):
    NA.append(text)
    emit(f'<section style="margin: 30px 0px 20px;text-align: center;"><section style="display: inline-block;background-color: rgb(0, 112, 192);'
         f'padding: 4px 16px;border-radius: 12px;"><span style="color: rgb(255, 255, 255);font-size: 15px;letter-spacing: 2px;">'
         f'<strong><span leaf="">{text}</span></strong></span></section></section>')
def sep():
    emit('<section style="text-align: center;margin: 20px 0px;"><span style="color: rgb(0, 112, 192);"><span leaf="">◆ ◆ ◆</span></span></section>')
def img(n):
    emit(f'<section style="text-align: center;"><img class="rich_pages wxw-img" data-ratio="0.6666667" data-s="300,640" '
         f'data-src="https://mmbiz.qpic.cn/mmbiz_jpg/Lz8dQk2vXh{n:02d}/640?wx_fmt=jpeg" data-type="jpeg" data-w="1080" '
         f'style="width: 100%;height: auto;" /></section>')
def caption(text, credit=None):
    c = f'<span style="font-size: 13px;color: rgb(136, 136, 136);"><span leaf="">{html.escape(text, quote=False)}</span></span>'
    if credit:
        c += f'<span style="font-size: 12px;color: rgb(160, 160, 160);"><span leaf="">&nbsp;&nbsp;{credit}</span></span>'
    emit(f'<p style="text-align: center;margin-bottom: 0px;">{c}</p>')
def endbyline(text):
    emit(f'<p style="text-align: right;margin-bottom: 0px;"><span style="font-size: 14px;color: rgb(136, 136, 136);"><span leaf="">{text}</span></span></p>')
def right(text):
    emit(f'<p style="text-align: right;margin-bottom: 0px;line-height: 1.75em;"><span style="{S_STYLE}"><span leaf="">{text}</span></span></p>')

TITLE = '鹭洲周刊｜第8期（2027年2月23日）'
NA += [TITLE, '鹭洲发布', '点击蓝字 关注我们']
emit('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">')
emit(f'<meta property="og:title" content="{TITLE}" />\n<meta property="og:description" content="本期看点：一刻钟便民生活圈提质行动启动；鹭江大桥维修完工通车" />')
emit(f'<title>{TITLE}</title>')
emit('<style>.rich_media_title{font-size:22px;line-height:1.4;margin-bottom:14px}.rich_media_content{overflow:hidden;color:#333;font-size:17px}'
     '.rich_media_meta{display:inline-block;vertical-align:middle;margin:0 10px 10px 0;font-size:15px}</style>')
emit('<script type="text/javascript">var msg_title = "鹭洲周刊｜第8期";var ct = "1803433800";var nickname = "鹭洲发布";'
     'var msg_desc = "本期看点：一刻钟便民生活圈提质行动启动";</script>')
emit('</head>\n<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg">')
emit('<div id="js_article" class="rich_media">\n<div class="rich_media_inner">\n<div id="page-content" class="rich_media_area_primary">')
emit('<div class="rich_media_area_primary_inner">\n<div id="img-content" class="rich_media_wrp">')
emit(f'<h1 class="rich_media_title " id="activity-name">\n            {TITLE}\n          </h1>')
emit('<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">鹭洲融媒</span>'
     '<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">鹭洲发布</a></span>'
     '<em id="publish_time" class="rich_media_meta rich_media_meta_text">2027-02-23 07:30</em>'
     '<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">发表于<span id="js_ip_wording">福建</span></em></div>')
NA += ['鹭洲融媒', '2027-02-23 07:30']
emit('<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">')
emit('<section style="text-align: center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/Lz8dQk2vXhTop/0?wx_fmt=gif" data-type="gif" style="width: 100%;" /></section>')
emit('<section style="text-align: center;"><span style="font-size: 12px;color: rgb(0, 112, 192);"><span leaf="">点击蓝字 关注我们</span></span></section>')
spacer()
divider('— 01 要闻 —')
a = A[0]
small_center(a['subheadlines'][0]); headline(a['headline']); small_center(a['subheadlines'][1], 'rgb(0, 82, 155)'); spacer()
p0 = a['text'][0]; rest = p0[len('本报讯（记者 符晓晨）'):]
emit(f'<p style="{P_STYLE}"><span style="{S_STYLE}"><strong><span leaf="">本报讯</span></strong></span><span style="{S_STYLE}">'
     f'<span leaf="">（记者&nbsp;</span></span><span style="{S_STYLE}"><span leaf="">符晓晨）</span></span>{spans(rest, 1)}</p>')
for t in a['text'][1:]: para(t)
sep()
a = A[1]
headline(a['headline']); spacer()
t0 = a['text'][0]; k = t0.index('并对主梁') 
para(t0[:k], '')
out[-1] = out[-1].replace('</p>', '') + f'<br  /><span style="{S_STYLE}"><span leaf="">{t0[k:]}</span></span></p>'
para(a['text'][1])
endbyline('（记者&nbsp;严朔）')
sep()
a = A[2]
headline(a['headline']); img(1); caption(a['captions'][0], a['byline'])
spacer()
divider('— 02 民生 —')
a = A[3]
headline(a['headline']); small_center(a['subheadlines'][0], 'rgb(0, 82, 155)'); spacer()
for t in a['text']: para(t)
sep()
a = A[4]
emit('<section style="background-color: rgb(242, 246, 250);padding: 14px 12px;margin: 10px 0px;border-radius: 6px;">')
headline(a['headline'], 17)
para(a['text'][0])
for t in a['text'][1:]:
    date, rest = t.split(' ', 1)
    emit(f'<section style="margin: 8px 0px;line-height: 1.75em;"><span style="display: inline-block;background-color: rgb(0, 112, 192);'
         f'color: rgb(255, 255, 255);font-size: 13px;padding: 0px 6px;border-radius: 3px;"><span leaf="">{date}</span></span>'
         f'<span style="font-size: 15px;color: rgb(62, 62, 62);"><span leaf="">&nbsp;{html.escape(rest, quote=False)}</span></span></section>')
emit('</section>')
sep()
a = A[5]
emit('<section style="text-align: left;"><span style="font-size: 14px;color: rgb(255, 255, 255);background-color: rgb(214, 112, 48);padding: 2px 8px;">'
     '<span leaf="">鹭洲观察</span></span></section>')
headline(a['headline'])
emit('<p style="text-align: center;"><span style="font-size: 14px;color: rgb(136, 136, 136);"><span leaf="">文｜江一舟</span></span></p>')
for t in a['text']: para(t)
spacer()
divider('— 03 人文 —')
a = A[6]
headline(a['headline']); small_center(a['subheadlines'][0], 'rgb(0, 82, 155)')
emit('<p style="text-align: center;"><span style="font-size: 14px;color: rgb(136, 136, 136);"><span leaf="">鹭洲融媒记者&nbsp;符晓晨&nbsp;文/图</span></span></p>')
def crosshead(t):
    emit(f'<section style="margin: 20px 0px 10px;border-left: 4px solid rgb(0, 112, 192);padding-left: 8px;"><span style="font-size: 16px;'
         f'color: rgb(0, 82, 155);"><strong><span leaf="">{html.escape(t, quote=False)}</span></strong></span></section>')
for t in a['text'][:2]: para(t)
img(2); caption(a['captions'][0])
crosshead(a['crossheads'][0])
for t in a['text'][2:4]: para(t)
crosshead(a['crossheads'][1])
for t in a['text'][4:]: para(t)
sep()
a = A[7]
headline(a['headline'], 17)
for t in a['text'][:3]: para(t)
for t in a['text'][3:]: right(t)
spacer()
divider('— 04 简讯 —')
a = A[8]
headline(a['headline'], 16)
para(a['text'][0])
spacer()
foot = ['来源：鹭洲区融媒体中心', '编辑：柯蓝　审核：符晓晨　终审：林望']
for f in foot:
    emit(f'<p style="text-align: right;"><span style="font-size: 12px;color: rgb(160, 160, 160);"><span leaf="">{f}</span></span></p>')
NA += foot
recs = ['鹭洲区2027年政府工作报告全文发布', '春节假期鹭洲接待游客超50万人次', '鹭洲这10家“老字号”上榜！']
emit('<section style="margin-top: 20px;"><span style="font-size: 15px;"><strong><span leaf="">往期推荐</span></strong></span></section>')
for i, r in enumerate(recs):
    emit(f'<p><a href="https://mp.weixin.qq.com/s?__biz=MzA5NzQ3MTk2Mg==&amp;mid=22474{i}&amp;idx=1" target="_blank" '
         f'class="weui-wa-hotarea"><span style="font-size: 14px;color: rgb(0, 112, 192);"><span leaf="">{r}</span></span></a></p>')
NA += ['往期推荐'] + recs
emit('<section style="text-align: center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/Lz8dQk2vXhQr/0?wx_fmt=png" data-type="png" /></section>')
emit('<p style="text-align: center;"><span style="font-size: 12px;color: rgb(136, 136, 136);"><span leaf="">长按二维码关注 鹭洲发布</span></span></p>')
NA += ['长按二维码关注 鹭洲发布']
emit('</div>\n<div class="rich_media_tool" id="js_toobar3"><div class="weui-flex"><span>阅读</span> <span id="readNum3">3261</span>'
     ' <span>分享</span> <span>在看</span> <span>点赞</span></div></div>')
emit('</div>\n</div>\n</div>\n</div>\n</div>\n</body>\n</html>')

here = os.path.dirname(os.path.abspath(__file__))
open(os.path.join(here, NAME + '.html'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
d = Doc()   # no source lines for HTML: source_lines stay empty
notes = ('A WeChat 公众号 article page (account 鹭洲发布) saved as HTML holding a whole issue of 鹭洲周刊. Everything outside '
         '<div class="rich_media_content" id="js_content"> is page chrome (title h1, account name, publish time, toolbar). '
         'Inside it, furniture: the top "点击蓝字 关注我们" banner, the 版 dividers "— 0N … —", the ◆ ◆ ◆ separators, the '
         '来源/编辑/审核 lines, 往期推荐 links and the QR prompt. Headlines are styled <section>s (no h tags); kickers and 副题 are '
         'centred <section>s around them; paragraphs are <p style="text-indent: 2em"> with the text split over several '
         '<span>s; <p><br></p> spacers are empty. source_lines is empty (HTML).')
write_truth(os.path.join(here, NAME + '.truth.json'), NAME + '.html', '鹭洲周刊', '2027-02-23', '第8期', notes, NA, d, A)
sys.exit(0 if check(os.path.join(here, NAME + '.html'), os.path.join(here, NAME + '.truth.json')) else 1)
