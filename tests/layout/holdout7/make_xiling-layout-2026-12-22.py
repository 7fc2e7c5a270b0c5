#!/usr/bin/env python3
"""holdout7 issue 1: 溪岭报, `pdftotext -layout` extraction of a 3-column tabloid (3 pages).
Truth first: articles as clean paragraphs, then the page composer puts columns side by side."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import h7lib
from h7lib import wrap, Doc, write_truth, check

NAME = 'xiling-layout-2026-12-22'
A = []
# ---------------- page 1 ----------------
A.append(dict(kind='news', headline='溪岭区今年新增便民网点四十六个',
    subheadlines=['一刻钟便民生活圈提质扩面'], byline='本报讯（记者 邹宁）',
    text=['本报讯（记者 邹宁）记者从区商务局获悉，今年以来，溪岭区围绕居民“买菜、修补、理发、取送”等日常需求，新增社区便民网点46个，全区已建成一刻钟便民生活圈19个，覆盖常住人口约31万人。',
          '在柳岸社区，原先闲置的自行车棚改造成了“便民小五金”，修锁配钥匙、换纱窗、磨剪子都能办。社区居民冯桂英说：“以前修个拉链要坐两站公交，现在下楼走几步就解决了。”',
          '区商务局相关负责人介绍，今年新增网点中，早餐店和菜店占比超过四成，另有家政、洗染、维修等服务网点17个。针对老旧小区商业配套不足的问题，区里采取“腾退空间+企业运营+社区监督”的方式，优先引入连锁品牌，统一价格公示和服务标准。',
          '明年，溪岭区计划再建设便民生活圈6个，重点补齐西部片区的便民服务短板，并探索在大型社区设置“一站式”便民服务综合体。'],
    notes='Lead. Kicker and headline each span columns 1-2 of page 1 (one line each, centred) while column 3 already runs the next article on the same rows. Body in columns 1-2; column 1 ends mid-sentence and column 2 continues. Paragraph starts are indented by two spaces; no blank lines between paragraphs.'))
A.append(dict(kind='news', headline='区医院夜间儿科门诊开诊', subheadlines=[], byline='（记者 柏青）',
    text=['12月15日起，溪岭区人民医院夜间儿科门诊正式开诊，接诊时间为每天17时至次日8时，由儿科、急诊科医生轮值，周末和节假日不停诊。',
          '据介绍，夜间门诊设在医院门诊楼一层东侧，配备独立候诊区、输液室和雾化室，检验、影像和药房同步延长服务时间。家长可通过“健康溪岭”公众号提前查询候诊人数。',
          '医院提醒，冬季是儿童呼吸道疾病高发期，症状较轻的患儿可先到社区卫生服务中心就诊，避免夜间集中候诊。'],
    notes='Column 3 of page 1, beside the lead. End byline （记者 柏青） on its own line in the column (not text).'))
A.append(dict(kind='photo', headline='雪后清扫保通行', subheadlines=['图片新闻'], byline='本报记者 韦川 摄',
    text=['12月18日清晨，溪岭区环卫工人在滨河路清扫积雪。当天全区出动作业车辆120余台次，主次干道积雪在8时前基本清理完毕。'],
    captions=['12月18日清晨，溪岭区环卫工人在滨河路清扫积雪。当天全区出动作业车辆120余台次，主次干道积雪在8时前基本清理完毕。'],
    notes='Photo news at the foot of column 3: label 图片新闻 (subheadline), headline, a gap of empty rows (the photo), caption, credit line (byline).'))
# ---------------- page 2 ----------------
A.append(dict(kind='feature', headline='老厂房里的“共享客厅”', subheadlines=['——溪岭街道利用闲置空间建设社区活动中心纪实'],
    byline='本报记者 柏青',
    text=['走进溪岭街道东风社区，一座红砖外墙的旧厂房格外显眼。这里原是一家印刷厂的装订车间，停产后闲置多年。今年夏天，它以“共享客厅”的新身份向居民开放。',
          '“最早大家担心它变成仓库，后来听说要改成活动中心，好多人主动来提意见。”社区党委书记郝建平说，改造前，社区先后组织了5次居民议事会，收集意见80多条。',
          '如今，“共享客厅”一层是阅览区和老年餐桌，二层设有手工坊、排练厅和儿童托管室。每天下午，这里都有二三十位老人读报下棋，放学后的孩子则在托管室里写作业。',
          '客厅实行“居民认领、志愿管理”的办法，目前已有43名志愿者认领了开门、保洁、图书整理等岗位。退休教师马淑琴每周二、四在这里辅导孩子写字，她说：“在家闲着也是闲着，到这儿还能交朋友。”',
          '街道相关负责人表示，下一步将总结东风社区的做法，在辖区另外两处闲置厂房推广，让更多居民在家门口有个“去处”。'],
    crossheads=['从“闲置”到“闲不住”'],
    notes='Feature over columns 1-2 of page 2. Headline letter-spaced (larger type: 老 厂 房 里 的 …); ——副题 wrapped over two lines; byline line 本报记者 柏青 (not text). One crosshead (from “闲置”到“闲不住”) between paragraphs 2 and 3. Column 1 ends mid-sentence, column 2 continues.'))
A.append(dict(kind='news', headline='二十个小区试点“楼门议事会”', subheadlines=[], byline='本报讯（通讯员 苗苗）',
    text=['本报讯（通讯员 苗苗）日前，溪岭街道在辖区20个老旧小区试点“楼门议事会”，由楼门长牵头，每月召集一次，就楼道堆物、电动车充电、公共照明等小事现场商量、现场分工。',
          '试点两个月来，各楼门议事会共商议事项136件，已办结121件。对议事会解决不了的问题，由社区每周汇总，报街道“吹哨”协调。'],
    notes='Column 3 of page 2, top. Dateline 本报讯（通讯员 苗苗） stays in paragraph 1.'))
A.append(dict(kind='list', headline='冬季燃气使用“五要五不要”', subheadlines=['安全提示'], byline=None,
    text=['一、要保持通风，不要在密闭房间内使用燃气热水器。',
          '二、要定期检查软管，不要使用老化、开裂的连接管。',
          '三、要做到人走火灭，不要在灶具旁长时间离人。',
          '四、要选购合格燃气器具，不要私自改装燃气管道。',
          '五、要牢记报修电话，闻到异味时不要开关电器，应立即开窗并到室外拨打燃气服务热线96177。'],
    notes='Boxed sidebar in column 3 of page 2: the box frame is not extracted; only an empty row, the tag 安全提示 (subheadline), headline and five items (each a paragraph, numbers kept). The box text is set narrower (indented 2 cells).'))
# ---------------- page 3 ----------------
A.append(dict(kind='opinion', headline='让“小修小补”留在街巷', subheadlines=['溪岭时评'], byline='石砚',
    text=['城市更新中，一些修鞋摊、配钥匙铺随着街面整治悄然消失，不少居民感叹“想修点东西找不到地方”。这些小门脸利润薄、不起眼，却连着千家万户的日常。',
          '留住“小修小补”，需要在规划时给它们留出位置，在租金上给予一定支持，在管理上多一些包容。可以把零散摊点引入社区便民网点，统一规范经营，既整洁有序，又方便群众。',
          '城市的温度，往往就藏在这些街角巷尾。把小事办好，群众的获得感才会更实在。'],
    notes='Column 1 of page 3: column tag 溪岭时评 (subheadline), headline, letter-spaced author line □ 石 砚 (byline 石砚).'))
A.append(dict(kind='news', headline='剪纸课上了中学课表', subheadlines=[], byline='本报讯（通讯员 乔安）',
    text=['本报讯（通讯员 乔安）本学期起，溪岭区第三中学把剪纸列入初一年级校本课程，每周一节，由区级非遗项目“溪岭剪纸”传承人白玉兰和她的两名徒弟授课。',
          '课堂上，学生们从折、剪、刻等基本技法学起，逐步尝试创作生肖和家乡风景题材作品。学校还在图书馆开辟了剪纸展示墙，定期更换学生作品。',
          '白玉兰说，过去学剪纸的多是中老年人，现在有这么多孩子愿意学，她很高兴。'],
    notes='Column 2 of page 3. Headline and dateline in the column.'))
A.append(dict(kind='notice', headline='2027年度城乡居民医保开始缴费', subheadlines=[], byline=None,
    text=['2027年度溪岭区城乡居民基本医疗保险集中缴费期为2026年9月1日至12月31日。',
          '缴费标准为：成年居民每人每年400元，学生儿童每人每年345元。',
          '参保人可通过银行网点、手机银行或“溪岭社保”小程序缴费，也可到所在街道（乡镇）社保所办理。',
          '咨询电话：6781 2330。',
          '溪岭区医疗保障局',
          '2026年12月'],
    notes='Column 3 of page 3: notice; contact line, issuer and date lines are paragraphs (short lines).'))

# ================= layout =================
COLS = [0, 26, 52]
CW = 20   # column width in character cells
def para_lines(p, indent=True, width=CW):
    ls = wrap(p, width - (2 if indent else 0), ascii_w=1.0)
    return [('  ' if indent else '') + ls[0]] + ls[1:]
def col_article(aid, parts, width=CW, pad=''):
    """parts: list of (kind, text) -> list of (cell, aid, part)."""
    out = []
    for kind, t in parts:
        if kind == 'blank':
            out.append(('', None, None))
        elif kind == 'para':
            for l in para_lines(t, width=width - len(pad)):
                out.append((pad + l, aid, 'body'))
        elif kind in ('sign', 'byline', 'crosshead', 'tag'):   # short line kept as set
            out.append((t, aid, kind))
        elif kind == 'center':   # short display line, centred in the column
            n = len(t); lead = max(0, (width - n) // 2)
            out.append((' ' * lead + t, aid, 'head'))
        else:
            for l in wrap(t, width - len(pad), ascii_w=1.0):
                out.append((pad + l, aid, kind))
    return out
def compose(doc, rows_cols, spans=()):
    """rows_cols: 3 lists of cells; spans: {row_index: (text, aid, part)} cells spanning columns 1-2."""
    n = max(len(c) for c in rows_cols)
    for r in range(n):
        cells = [c[r] if r < len(c) else ('', None, None) for c in rows_cols]
        line = ''
        tags = []
        if r in spans:
            t, aid, part = spans[r]
            lead = (COLS[2] - 4 - len(t)) // 2
            line = ' ' * lead + t
            tags.append((aid, part))
            start = 2
        else:
            start = 0
        for i in range(start, 3):
            cell, aid, part = cells[i]
            if cell:
                line = line.ljust(COLS[i]) + cell
                tags.append((aid, part))
        line = line.rstrip()
        doc.lines.append(line)
        for aid, part in tags:
            if aid is not None:
                doc.tags.setdefault(aid, []).append((part, len(doc.lines)))
def split_col(cells, n):
    return cells[:n], cells[n:]

d = Doc()
HEADERS = []
# ---- page 1 masthead ----
mast = ['                                                                      2026年12月22日  星期二',
        '                 溪  岭  报',
        '                                                                      第51期（总第1377期）',
        '                 XILING WEEKLY                                        今日4版',
        '中共溪岭区委主管主办    国内统一连续出版物号 CN11-0917    溪岭区融媒体中心出版']
for l in mast: d.add(l)
d.blank()
HEADERS.append(len(mast) + 1)
a0 = A[0]
lead_cells = []
for i, p in enumerate(a0['text']):
    lead_cells += col_article(0, [('para', p)])
half = (len(lead_cells) + 1) // 2
c1 = [('', None, None)] * 4 + lead_cells[:half]
c2 = [('', None, None)] * 4 + lead_cells[half:]
a1 = A[1]
c3 = col_article(1, [('center', a1['headline']), ('blank', '')] + [('para', p) for p in a1['text']]) \
     + [('          （记者 柏青）', 1, 'byline'), ('', None, None), ('', None, None)]
a2 = A[2]
c3 += [('  图片新闻', 2, 'label')] + col_article(2, [('center', a2['headline'])]) + [('', None, None)] * 5 \
      + col_article(2, [('caption', a2['captions'][0])]) + [('      本报记者 韦川 摄', 2, 'credit')]
spans = {0: ('一刻钟便民生活圈提质扩面', 0, 'kicker'), 2: ('溪岭区今年新增便民网点四十六个', 0, 'headline')}
compose(d, [c1, c2, c3], spans)
d.blank()
d.add('本版责任编辑：邹  宁    美术编辑：黄  晓    校对：金  兰                                   1')
# ---- page 2 ----
d.lines[-1] = d.lines[-1]
d.lines.append('\f2026年12月22日  星期二                 社区                                    溪岭报   2')
d.add('')
HEADERS.append(2)
a3 = A[3]
fe = col_article(3, [('center', ' '.join(a3['headline'])), ('center', '——溪岭街道利用闲置空间'), ('center', '建设社区活动中心纪实'),
                     ('blank', ''), ('byline', '        本报记者 柏青'), ('blank', '')])
# tag parts of the subtitle lines correctly
fe = [(c, aid, 'headline' if k == 0 else ('subtitle' if k in (1, 2) else p)) for k, (c, aid, p) in enumerate(fe)]
fe += col_article(3, [('para', a3['text'][0]), ('para', a3['text'][1]), ('blank', ''), ('crosshead', '  从“闲置”到“闲不住”'), ('blank', '')]
                  + [('para', p) for p in a3['text'][2:]])
half = len(fe) // 2 + 2
c1, c2 = fe[:half], fe[half:]
a4 = A[4]
c3 = col_article(4, [('center', '二十个小区试点'), ('center', '“楼门议事会”'), ('blank', '')] + [('para', p) for p in a4['text']])
c3 = [(c, aid, 'headline' if k < 2 else p) for k, (c, aid, p) in enumerate(c3)]
a5 = A[5]
c3 += [('', None, None), ('', None, None), ('  【安全提示】', 5, 'tag')] + col_article(5, [('center', a5['headline']), ('blank', '')]) \
      + [x for p in a5['text'] for x in col_article(5, [('item', p)], pad='  ')]
compose(d, [c1, c2, c3])
d.blank()
d.add('本版责任编辑：柏  青    版式：黄  晓')
# ---- page 3 ----
d.lines.append('\f溪岭报   3                              文化·评论                             2026年12月22日  星期二')
d.add('')
HEADERS.append(2)
a6 = A[6]
c1 = col_article(6, [('tag', '【溪岭时评】'), ('blank', ''), ('center', '让“小修小补”'), ('center', '留在街巷'), ('blank', ''), ('byline', '      □ 石  砚'), ('blank', '')]
                 + [('para', p) for p in a6['text']])
c1 = [(c, aid, 'headline' if k in (2, 3) else p) for k, (c, aid, p) in enumerate(c1)]
a7 = A[7]
c2 = col_article(7, [('center', a7['headline']), ('blank', '')] + [('para', p) for p in a7['text']])
a8 = A[8]
c3 = col_article(8, [('center', '2027年度城乡居民医保'), ('center', '开始缴费'), ('blank', '')] + [('para', p) for p in a8['text'][:4]]
                 + [('blank', ''), ('sign', '          溪岭区医疗保障局'), ('sign', '               2026年12月')])
c3 = [(c, aid, 'headline' if k < 2 else p) for k, (c, aid, p) in enumerate(c3)]
compose(d, [c1, c2, c3])
d.blank()
d.add('本版责任编辑：金  兰    地址：溪岭区滨河路27号    邮编：102399    印刷：溪岭印务有限公司')

src = NAME + '.txt'
open(src, 'w', encoding='utf-8').write(d.text())
notes = ('Invented issue (holdout7). Style: pdftotext -layout of a 3-column tabloid; columns sit side by side on the '
         'same lines, separated by runs of spaces (column starts at character cells 0, 26, 52; column width 20 cells). '
         'Read each column top to bottom, left to right; the lead\'s kicker and headline span columns 1-2. Pages are '
         'separated by form feeds; line numbers count LF only. Paragraph starts are indented by two spaces; there are '
         'no blank lines between paragraphs. Masthead, page headers and footers (本版责任编辑…, page numbers, imprint) '
         'are furniture.')
not_articles = ['溪  岭  报', 'XILING WEEKLY', '2026年12月22日  星期二', '第51期（总第1377期）', '今日4版',
                '中共溪岭区委主管主办', '本版责任编辑：邹  宁', '社区', '文化·评论', '地址：溪岭区滨河路27号']
write_truth(NAME + '.truth.json', src, '溪岭报', '2026-12-22', '第51期（总第1377期）', notes, not_articles, d, A)
h7lib.LAYOUT.update(cols=COLS, header=HEADERS, footer=1)
sys.exit(0 if check(src, NAME + '.truth.json') else 1)
