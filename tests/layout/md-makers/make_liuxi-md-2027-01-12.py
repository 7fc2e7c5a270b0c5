"""柳溪周报 (invented): a Pandoc-style newsroom Markdown export, in other habits than 永泰时讯.
Setext headings (=== / ---) for the paper and some headlines, paragraphs hard-wrapped at about 20
characters (soft breaks), an h4 kicker ABOVE an h2 headline, a plain ——副题 line, a bold byline,
a backslash hard break, a blockquote 编者按 under the headline, #### crossheads under an h1 feature
headline, a paragraph broken in two by an image, a 简讯 section label over ### briefs, a bold
column label over an h3 commentary, `1)` ordered items and a signature in a notice, pages marked by
HTML comments and `***` rules. All names, numbers and events are made up."""
import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mdlib import Doc, wrap, write_truth, check
NAME = 'liuxi-md-2027-01-12'
A = []
A.append(dict(kind='news', headline='柳溪区老旧小区改造今年再启动46个', subheadlines=['奋进新征程', '——涉及居民1.2万户，年底前全部完工'],
  byline='本报记者 闻笛 通讯员 叶青', captions=['▲改造后的桃源里小区。'], notes='', text=[
 '1月9日，记者从区住房和城乡建设委员会获悉，今年柳溪区将启动46个老旧小区综合整治，涉及楼栋210栋、居民1.2万户，计划年底前全部完工。',
 '与往年相比，今年的改造更注重“里子”。区住建委相关负责人介绍，除了外墙保温、屋面防水等基础类项目，还将同步实施管线更新、加装电梯和无障碍设施改造，并在有条件的小区增设充电桩和快递柜。',
 '改造前，各小区都将召开居民议事会，由居民投票决定改造菜单。去年完成改造的桃源里小区，居民参与率达到91%。']))
A.append(dict(kind='news', headline='区医院开通“一站式”出院结算', subheadlines=[], byline='记者 闻笛', notes='', text=[
 '本报讯 1月8日起，区医院住院患者出院时可在病房护士站直接完成费用结算，不必再到收费窗口排队。',
 '医院信息中心负责人介绍，新系统打通了医保、商业保险和医院收费数据，结算时间由原来的平均40分钟缩短到10分钟以内。',
 '对于需要异地医保报销的患者，医院还设立了专门窗口，提供材料预审和邮寄服务。']))
A.append(dict(kind='news', headline='柳溪湖冰场开放', subheadlines=['简讯'], byline='本报讯（记者 罗萌）', notes='', text=[
 '本报讯（记者 罗萌）1月10日，柳溪湖天然冰场对市民开放，每日开放时间为9:00至17:00，冰面厚度低于15厘米时暂停开放。']))
A.append(dict(kind='news', headline='东坝街道新增两处便民理发点', subheadlines=[], byline=None, notes='', text=[
 '东坝街道在东坝南里和青枫苑社区新增两处便民理发点，为60岁以上老人提供每次10元的理发服务，行动不便的老人可预约上门。']))
A.append(dict(kind='news', headline='区少年宫寒假班开始报名', subheadlines=[], byline=None, notes='', text=[
 '区少年宫寒假班即日起开始报名，开设书法、围棋、科技制作等23个班次，报名可通过“柳溪教育”公众号进行。']))
A.append(dict(kind='feature', headline='山里来了“流动图书车”', subheadlines=['——柳溪区西部山区阅读服务见闻'],
  byline='文/本报记者 罗萌 图/通讯员 叶青',
  editor_note=['编者按 西部山区村庄分散，村民借书难。去年秋天，区图书馆的“流动图书车”开进了山里。本报记者跟车采访，记录下沿途的故事。'],
  crossheads=['一车书，跑遍十二个村', '孩子们的“书单”越来越长'],
  captions=['▲孩子们在图书车前挑选图书。'], notes='', text=[
 '早上八点，装满2000册图书的“流动图书车”从区图书馆出发，沿着盘山公路开往西部山区。司机老郑已经跑了这条线三个多月。',
 '图书车每两周到每个村一次，每次停留两个小时。村民可以现场借还图书，也可以提前在手机上预约想看的书，下一次由图书车带来。',
 '“以前想看本书，要坐一个多小时公交车到城里。”石门村村民杜秀兰说，现在她每次都借五六本，看完了就等着图书车再来。',
 '图书馆工作人员发现，孩子们预约的图书越来越多，从最初的绘本、童话，慢慢扩展到科普、历史。为此，图书车专门增加了一个少儿书架，还邀请志愿者在车旁开展亲子阅读活动。',
 '截至去年底，图书车累计服务村民6800余人次，借还图书1.9万册。']))
A.append(dict(kind='opinion', headline='让“小修小补”不再难', subheadlines=['柳溪时评'], byline='□ 石岚', notes='', text=[
 '修鞋、配钥匙、缝补衣服，这些看似不起眼的小生意，却是居民日常生活离不开的。随着一些老街巷改造，不少修补摊点消失了，居民找个修鞋的地方都不容易。',
 '城市更新既要“面子”，也要“里子”。在规划社区商业时，不妨给这些小摊点留一块地方，租金上给予适当优惠，让手艺人留得住、居民找得到。']))
A.append(dict(kind='notice', headline='柳溪区2027年春节烟花爆竹安全管理通告', subheadlines=[], byline=None, notes='', text=[
 '为保障春节期间公共安全，根据有关规定，现将本区烟花爆竹安全管理有关事项通告如下：',
 '1) 五环路以内及各街道城市化地区全年禁止燃放烟花爆竹。',
 '2) 禁止在文物保护单位、医院、学校、加油站等场所周边燃放烟花爆竹。',
 '3) 违反本通告的，由公安机关依法予以处罚。',
 '柳溪区人民政府',
 '2027年1月11日']))

d = Doc(); L = d.add; B = d.blank
WRAP = 20
def para(i, text, part='body'):
    for line in wrap(text, WRAP):
        L(line, i, part)
    B()
L('柳溪周报'); L('===='); B()
L('**2027年1月12日　星期二　第2期（总第412期）**'); B()
L('<!-- 第1版 要闻 -->'); B()
a = A[0]
L('#### ' + a['subheadlines'][0], 0, 'kicker'); B()
L('## ' + a['headline'], 0, 'headline'); B()
L(a['subheadlines'][1], 0, 'subtitle'); B()
L('**' + a['byline'] + '**', 0, 'byline'); B()
para(0, a['text'][0]); para(0, a['text'][1])
L('![桃源里小区](img/0112/p1-1.jpg "桃源里小区")', 0, 'image'); B()
L('*' + a['captions'][0] + '（闻笛 摄）*', 0, 'caption'); B()
para(0, a['text'][2])
a = A[1]
L(a['headline'], 1, 'headline'); L('------', 1, 'headline'); B()
para(1, a['text'][0])
p = a['text'][1]; k = p.index('结算时间')
L(p[:k] + '\\', 1, 'body'); L(p[k:], 1, 'body'); B()   # backslash hard break inside one paragraph
para(1, a['text'][2])
L('（' + a['byline'] + '）', 1, 'byline'); B()
L('## 简讯', 2, 'section label'); B()
for i in (2, 3, 4):
    a = A[i]
    L('### ' + a['headline'], i, 'headline'); B()
    para(i, a['text'][0])
L('***'); B()
L('<!-- 第2版 社区 -->'); B()
a = A[5]
L('# ' + a['headline'], 5, 'headline'); B()
L('### ' + a['subheadlines'][0], 5, 'subtitle'); B()
L('> **编者按** ' + a['editor_note'][0][4:], 5, 'editor note'); B()
L('文/本报记者 罗萌　图/通讯员 叶青', 5, 'byline'); B()
t = a['text']
L('#### ' + a['crossheads'][0], 5, 'crosshead'); B()
para(5, t[0]); para(5, t[1])
L('#### ' + a['crossheads'][1], 5, 'crosshead'); B()
para(5, t[2])
k = t[3].index('为此')
para(5, t[3][:k - 6])                                   # the paragraph breaks off at the image ...
L('![](img/0112/p2-2.jpg)', 5, 'image'); L('*' + a['captions'][0] + '*', 5, 'caption'); B()
para(5, t[3][k - 6:])                                   # ... and goes on after its caption
para(5, t[4])
L('***'); B()
L('<!-- 第3版 观点·服务 -->'); B()
a = A[6]
L('**' + a['subheadlines'][0] + '**', 6, 'column'); B()
L('### ' + a['headline'], 6, 'headline'); B()
L('**' + a['byline'] + '**', 6, 'byline'); B()
for p in a['text']: para(6, p)
a = A[7]
L(a['headline'], 7, 'headline'); L('------', 7, 'headline'); B()
L(a['text'][0], 7, 'body'); B()
for it in a['text'][1:4]: L(it, 7, 'item')
B()
L(a['text'][4], 7, 'body'); B()
L(a['text'][5], 7, 'body'); B()
L('*本版编辑：程雪　校对：马一鸣*'); B()
L('柳溪周报社出版　地址：柳溪区滨湖路8号　电话：6120 3300')

NOT = ['柳溪周报', '2027年1月12日　星期二　第2期（总第412期）', '本版编辑：程雪　校对：马一鸣',
       '柳溪周报社出版　地址：柳溪区滨湖路8号　电话：6120 3300']
A[0]['notes'] = ('h4 kicker ABOVE the h2 headline; plain ——副题 line; bold byline line; paragraphs hard-wrapped (soft breaks); '
  'image with a title attribute and an italic ▲ caption with its credit between paragraphs 2 and 3.')
A[1]['notes'] = 'Setext h2 headline (-----); a backslash hard break inside paragraph 2 (one paragraph); end byline in brackets.'
A[2]['notes'] = '`## 简讯` labels a section of three ### briefs; it is not a headline (a subheadline of the first brief is fine).'
A[3]['notes'] = 'Brief without byline.'
A[4]['notes'] = 'Brief without byline, followed by a *** rule and the page-2 comment.'
A[5]['notes'] = ('h1 feature headline (the paper name is a setext h1 too), ### ——副题, blockquote 编者按 UNDER the headline, '
  'byline line, two #### crossheads (the first before paragraph 1); paragraph 4 breaks off mid-sentence at an image and '
  'its italic caption and goes on after them: one paragraph.')
A[6]['notes'] = 'Bold column label above the h3 headline; bold byline □ 石岚 under it.'
A[7]['notes'] = ('Setext h2 notice headline; intro ending in ：; `1)` ordered items (numbers kept as printed); '
  'issuer and date as the last two paragraphs (6 paragraphs).')
open(NAME + '.md', 'w', encoding='utf-8').write(d.text())
write_truth(NAME + '.truth.json', NAME + '.md', '柳溪周报', '2027-01-12', '第2期（总第412期）',
  'INVENTED issue in a Pandoc-like newsroom export. Markup (#, setext underlines, **, *, >, images, backslash breaks) '
  'is not part of any string. Conventions as /work/shared/fixtures/truth.', NOT, d, A)
sys.exit(0 if check(NAME + '.md', NAME + '.truth.json') else 1)
