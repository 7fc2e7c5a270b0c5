#!/usr/bin/env python3
"""怀柔报 2026-09-08: Markdown export from a newsroom system (front matter, # page labels, ## headlines,
### subtitles, ** bylines, > editor's note, images with alt text and captions, a 便民信息 table),
with some hard wraps left in from the PDF.  Truth first, then the layout."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib3 import Doc, write, wrap
from check import check

NAME = 'huairou-md-2026-09-08'
A = []
A.append(dict(id='C1', kind='news',
  headline='怀柔科学城3个新建科技设施进入试运行', subheadlines=['面向全国科研团队开放共享，首批受理课题申请142项'],
  byline='本报记者 钟宁',
  captions=['▲9月5日，科研人员在高能同步辐射光源用户服务中心调试实验设备。 记者 罗晶 摄'],
  text=[
  '9月5日，记者从怀柔科学城管委会获悉，位于科学城核心区的空间环境地基模拟装置配套实验平台、高能同步辐射光源用户服务中心和先进材料中试基地3个新建科技设施已完成联调联试，正式进入试运行阶段。',
  '据介绍，3个设施总投资约21.7亿元，建筑面积合计9.6万平方米。试运行期间，设施将面向全国高校、科研院所和企业开放共享，首批已受理课题申请142项，涉及新材料、生命科学、空间科学等领域。',
  '“以前做一组高温高压实验，要排队等上好几个月，现在在家门口就能做。”中科院物理所一位青年研究员告诉记者，中试基地投用后，实验室里的成果可以更快走向生产线。',
  '截至目前，怀柔科学城已布局建设国家重大科技基础设施和交叉研究平台共37个，集聚科研人员2.1万余人。'],
  notes='Lead after the YAML front matter and the page label \"# 第01版：要闻\" (h1, furniture). Headline ##, subtitle ###, byline as a bold line \"**本报记者 钟宁**\". Paragraphs 1 and 2 keep the PDF hard wraps (single newlines, ~24 em) - soft wraps, not paragraph breaks. An image with alt text (a shorter description, not the caption) and an italic caption with inline credit sit between paragraphs 2 and 3; the caption (with its credit, as printed) goes to captions.'))

A.append(dict(id='C2', kind='news',
  headline='全区秋季开学 新增中小学学位2400个', byline='本报讯（记者 姚远）',
  text=[
  '本报讯（记者 姚远）9月1日，全区中小学迎来新学期，3.6万余名中小学生返校开学。今年，怀柔区通过新建、改扩建等方式新增中小学学位2400个，其中，雁栖湖畔的怀柔科学城第二小学正式投入使用，可提供学位1080个。',
  '区教委相关负责人介绍，开学前，全区对79所中小学、幼儿园开展了校舍安全、食品安全、消防安全等专项检查，整改隐患126处。开学后，各学校将继续落实课后服务“5+2”模式，开设科技、体育、艺术类课程近600门。'],
  notes='Dateline in bold glued to the first sentence (\"**本报讯（记者 姚远）**9月1日，…\"); markup removed, the dateline stays at the start of paragraph 1. Paragraph 2 contains \"5+2\".'))

A.append(dict(id='C3', kind='photo',
  headline='板栗飘香', byline='记者 罗晶 摄',
  text=['九渡河镇西水峪村，栗农正在采收板栗。今年全区板栗种植面积约28万亩，预计产量1.5万吨。'],
  captions=['九渡河镇西水峪村，栗农正在采收板栗。今年全区板栗种植面积约28万亩，预计产量1.5万吨。'],
  notes='Photo news: ## headline, image whose alt text is a short label (\"栗农采收板栗\"), then the caption as a plain (not italic) paragraph ending with the credit in parentheses \"（记者 罗晶 摄）\" - the credit is the byline, not text. Last item on page 1, before the editor line of the page (italic, furniture).'))

A.append(dict(id='C4', kind='feature',
  headline='长城脚下的“守护者”', subheadlines=['长城脚下', '——记怀柔区长城保护员队伍'],
  byline='文/本报记者 钟宁 图/本报记者 罗晶',
  crossheads=['巡城：一天走两万步', '护城：从“看”到“修”'],
  captions=['长城保护员王德山在巡查途中记录敌台状况。'],
  editor_note=['编者按 怀柔境内现存长城68公里，沿线分布着敌台、烽火台等遗存400余处。守护好这段古老的城墙，离不开一支常年在山脊上巡查的长城保护员队伍。',
               '从本期起，本报推出“长城脚下”系列报道，讲述长城沿线村庄和人物的故事。敬请关注。'],
  text=[
  '清晨6点，渤海镇田仙峪村的长城保护员王德山背上水壶和干粮，沿着村后的小路往山上走。从村口到他负责的第一座敌台，要爬将近一个小时的山路。',
  '王德山今年58岁，当长城保护员已经第9个年头。他负责的区段长约4.5公里，有敌台11座。“每天走一趟，少说也得两万步。哪块砖松了、哪里长了树、有没有游客乱刻乱画，都要记下来，拍照上传到巡查系统里。”',
  '像王德山这样的长城保护员，全区共有186名，大多是长城沿线村庄的村民。区文物部门为他们配发了巡查终端、工作服和应急包，每年组织两次业务培训。',
  '近年来，保护员的工作从单纯的“看”拓展到了“修”。在文物专家指导下，保护员们参与了箭扣、慕田峪等段落的抢险加固工程，清理城墙上的树木灌丛，疏通排水口。',
  '“这城墙是老祖宗留下来的，在我们手里不能坏了。”王德山说，他最大的心愿，是等孙子长大了，也能带他走一走这段长城。'],
  notes='Page-2 feature. Series tag \"长城脚下\" as a ### heading ABOVE the ## headline (so here ### is not a subtitle), 副题 as a plain line starting with —— under the headline. Editor\'s note as a blockquote (\"> **编者按** …\"), two paragraphs separated by a bare \">\" line, between 副题 and byline -> editor_note (not body). Byline bold \"**文/本报记者 钟宁 图/本报记者 罗晶**\". Crossheads are bold lines (\"**巡城：一天走两万步**\") - not headlines, not paragraphs. Image (alt text = caption text, so the caption appears twice: once as alt text, once as the italic line) between paragraphs 3 and 4. Paragraphs 2 and 4 hard-wrapped (~22 em); paragraph 2\'s first wrap line ends with \"。\" (\"…已经第9个年头。\") although the paragraph continues.'))

A.append(dict(id='C5', kind='news',
  headline='雁栖湖国际会都推出秋季游览线路', byline=None,
  text=['本报讯 9月起，雁栖湖国际会都推出“湖光山色”“会都建筑”两条秋季游览线路，游客可通过“怀柔文旅”小程序预约讲解服务，每场限20人。'],
  notes='First of three items in the \"## 怀柔快讯\" box: the box title is an h2 heading like a headline (furniture), and the items have ### headings (elsewhere ### marks subtitles). Each item is its own one-paragraph article. 本报讯 without reporter -> byline null.'))

A.append(dict(id='C6', kind='news',
  headline='区图书馆新增自助借还点5处', byline=None,
  text=['本报讯 区图书馆近日在泉河、龙山等街道新增自助借还点5处，市民凭读者证或身份证可借阅图书，借期30天。目前全区自助借还点已达23处。'],
  notes='Second 怀柔快讯 item (### heading, one paragraph). The exporter left NO blank lines around this item: heading, paragraph and the next item\'s ### heading are on three consecutive lines.'))

A.append(dict(id='C7', kind='news',
  headline='汤河口镇举办首届山货节', byline='本报讯（通讯员 刘畅）',
  text=['本报讯（通讯员 刘畅）9月6日，汤河口镇首届山货节开幕，40余家合作社和农户带来蘑菇、蜂蜜、杂粮等山货200多种，首日销售额达到38万元。'],
  notes='Third 怀柔快讯 item; followed by the page-2 editor line and the page label of page 3.'))

A.append(dict(id='C8', kind='opinion',
  headline='科学城也要有“烟火气”', subheadlines=['雁栖观察'], byline='□ 肖然',
  text=[
  '走进怀柔科学城，一座座科研楼宇拔地而起，大科学装置陆续建成。但也有科研人员反映，下班后想找个地方吃顿饭、喝杯咖啡，得开车跑上好几公里。',
  '科学城不只是科研的地方，也是科研人员生活的地方。留住人才，既要靠一流的科研平台，也要靠便利的生活配套。今年以来，科学城新开了书店、社区食堂和篮球场，周末还有市集，烟火气正在一点点聚起来。',
  '让科学城“长”出烟火气，需要规划、建设、运营各方久久为功。把生活服务设施和科研设施同步规划、同步建设，才能让科研人员愿意来、留得住、住得好。'],
  notes='Commentary: column name \"雁栖观察\" in bold on the line above the ## headline; author line \"**□ 肖然**\" in bold under the headline (byline). Three one-line paragraphs.'))

A.append(dict(id='C9', kind='news',
  headline='怀柔区启动“金秋助老”系列服务', byline='本报记者 姚远',
  captions=['▲泉河街道养老服务驿站的医护人员为老人测量血压。'],
  text=[
  '9月6日，怀柔区“金秋助老”系列服务在泉河街道启动。活动期间，全区16个镇乡街道的养老服务驿站将为辖区老年人提供免费体检、助浴、理发、家电维修等服务，预计惠及老年人1.2万人次。',
  '在泉河街道养老服务驿站，76岁的张桂芝老人刚做完血压、血糖检测。“护士还教我怎么用手机挂号，以后看病方便多了。”张桂芝说。',
  '据介绍，今年全区已建成养老服务驿站52家，实现城乡社区全覆盖。区民政局还将为800户高龄、失能老年人家庭开展适老化改造。'],
  notes='Byline as a bold line between headline and body. TRAP: the image and its italic caption interrupt paragraph 2 mid-sentence (the PDF wrap left the paragraph split around the picture: \"…血压、血糖\" | blank, image, caption, blank | \"检测。…\"); the two halves are one paragraph.'))

A.append(dict(id='C10', kind='list',
  headline='森林防火期将至 这些行为要禁止', byline=None,
  text=[
  '本报讯 根据《北京市森林防火办法》，每年10月1日至次年6月30日为本市森林防火期。区园林绿化局提醒，进入林区请遵守以下规定：',
  '禁止在林区吸烟、野炊、烧烤、燃放烟花爆竹；',
  '禁止在林区及林缘50米范围内焚烧秸秆、垃圾；',
  '进山祭扫请文明祭祀，不得焚烧纸钱、香烛；',
  '发现火情请立即拨打森林防火报警电话12119或69621190。',
  '违反规定的，将依法予以处罚；构成犯罪的，依法追究刑事责任。'],
  notes='List: intro, four \"- \" bullets (one paragraph each; one bullet wraps onto an indented continuation line), closing paragraph. 本报讯 without reporter -> byline null. 6 paragraphs.'))

A.append(dict(id='C11', kind='news',
  headline='怀柔夜市开到“长城脚下”', byline='（记者 姚远 实习记者 田雨）',
  text=[
  '9月5日晚，慕田峪长城脚下的田仙峪村“长城夜市”开市。60多个摊位沿村中主街一字排开，虹鳟鱼、栗子面窝头、手工豆腐等特色美食吸引了不少游客驻足。',
  '夜市每周五至周日17:00至22:00开放，将持续到10月底。村里还利用闲置院落开设了2家民宿和1家长城主题书屋，游客可以“白天登长城、晚上逛夜市、夜里住民宿”。'],
  notes='Page 4. Paragraph 1 keeps PDF hard wraps (~25 em), paragraph 2 is one line. End byline in bold on its own line \"**（记者 姚远 实习记者 田雨）**\" (byline, not text). Followed by \"## 便民信息\" and a Markdown table (furniture: not an article, not part of this article).'))

# ---------------------------------------------------------------- layout (Markdown)
P = {a['id']: a for a in A}
D = Doc()
L, B = D.line, D.blank


def para(aid, text, width=None, role='body'):
    if width:
        for t in wrap(text, width):
            L(t, aid, role)
    else:
        L(text, aid, role)


for t in ['---', 'title: 怀柔报 2026年9月8日', 'paper: 怀柔报', 'issue: 第35期（总第1588期）', 'date: 2026-09-08',
          'pages: 4', 'exported_by: 怀柔区融媒体中心采编系统 v3.2', '---']:
    L(t)
B()
L('# 第01版：要闻'); B()
a = P['C1']
L('## ' + a['headline'], 'C1', 'headline'); B(); L('### ' + a['subheadlines'][0], 'C1', 'subtitle'); B()
L('**' + a['byline'] + '**', 'C1', 'byline'); B()
para('C1', a['text'][0], 24); B(); para('C1', a['text'][1], 24); B()
L('![科研人员调试实验设备](/uploads/2026/09/08/hr01-02.jpg)', 'C1', 'image'); B()
L('*' + a['captions'][0] + '*', 'C1', 'caption'); B()
para('C1', a['text'][2]); B(); para('C1', a['text'][3]); B()
a = P['C2']
L('## ' + a['headline'], 'C2', 'headline'); B()
L('**本报讯（记者 姚远）**' + a['text'][0][len('本报讯（记者 姚远）'):], 'C2', 'body'); B()
para('C2', a['text'][1]); B()
a = P['C3']
L('## ' + a['headline'], 'C3', 'headline'); B()
L('![栗农采收板栗](/uploads/2026/09/08/hr01-04.jpg)', 'C3', 'image'); B()
L(a['text'][0] + '（记者 罗晶 摄）', 'C3', 'caption+credit'); B()
L('*本版编辑：孟佳  校对：石岩*'); B()
L('# 第02版：综合'); B()
a = P['C4']
L('### ' + a['subheadlines'][0], 'C4', 'series tag'); B()
L('## ' + a['headline'], 'C4', 'headline'); B()
L(a['subheadlines'][1], 'C4', 'subtitle'); B()
en = a['editor_note']
L('> **编者按** ' + en[0][4:], 'C4', 'editor note'); L('>', 'C4', 'editor note'); L('> ' + en[1], 'C4', 'editor note'); B()
L('**' + a['byline'] + '**', 'C4', 'byline'); B()
para('C4', a['text'][0]); B()
L('**' + a['crossheads'][0] + '**', 'C4', 'crosshead'); B()
para('C4', a['text'][1], 22); B(); para('C4', a['text'][2]); B()
L('![' + a['captions'][0] + '](/uploads/2026/09/08/hr02-01.jpg)', 'C4', 'image'); B()
L('*' + a['captions'][0] + '*', 'C4', 'caption'); B()
L('**' + a['crossheads'][1] + '**', 'C4', 'crosshead'); B()
para('C4', a['text'][3], 22); B(); para('C4', a['text'][4]); B()
L('## 怀柔快讯'); B()
for cid in ['C5', 'C6', 'C7']:
    a = P[cid]
    L('### ' + a['headline'], cid, 'headline')
    if cid != 'C6':
        B()
    para(cid, a['text'][0])
    if cid == 'C6':
        pass
    else:
        B()
    if cid == 'C6':
        pass
L('*本版编辑：韩雪  校对：石岩*'); B()
L('# 第03版：民生'); B()
a = P['C8']
L('**雁栖观察**', 'C8', 'column tag'); B(); L('## ' + a['headline'], 'C8', 'headline'); B(); L('**□ 肖然**', 'C8', 'byline'); B()
for t in a['text']:
    para('C8', t); B()
a = P['C9']
L('## ' + a['headline'], 'C9', 'headline'); B(); L('**' + a['byline'] + '**', 'C9', 'byline'); B()
para('C9', a['text'][0]); B()
cut = a['text'][1].index('检测。')
L(a['text'][1][:cut], 'C9', 'body'); B()
L('![泉河街道养老服务驿站](/uploads/2026/09/08/hr03-02.jpg)', 'C9', 'image'); L('*' + a['captions'][0] + '*', 'C9', 'caption'); B()
L(a['text'][1][cut:], 'C9', 'body'); B()
para('C9', a['text'][2]); B()
a = P['C10']
L('## ' + a['headline'], 'C10', 'headline'); B()
para('C10', a['text'][0]); B()
for i, t in enumerate(a['text'][1:5]):
    ls = wrap(t, 20) if i == 3 else [t]
    L('- ' + ls[0], 'C10', 'body (bullet)')
    for x in ls[1:]:
        L('  ' + x, 'C10', 'body (bullet)')
B(); para('C10', a['text'][5]); B()
L('*本版编辑：孟佳  校对：杜鹃*'); B()
L('# 第04版：文旅·服务'); B()
a = P['C11']
L('## ' + a['headline'], 'C11', 'headline'); B()
para('C11', a['text'][0], 25); B(); para('C11', a['text'][1]); B()
L('**' + a['byline'] + '**', 'C11', 'byline'); B()
TABLE = ['## 便民信息', '', '| 事项 | 时间 | 地点 | 电话 |', '| --- | --- | --- | --- |',
         '| 区医院专家义诊 | 9月12日 9:00-11:30 | 区医院门诊楼前广场 | 69644322 |',
         '| 秋季征兵体检 | 9月10日—15日 | 区人民武装部 | 69621108 |',
         '| 入户燃气安全检查 | 9月全月 | 各社区 | 96777 |',
         '| 讲座《怀柔长城的故事》 | 9月13日 14:00 | 区图书馆二层报告厅 | 69685217 |']
for t in TABLE:
    L(t)
B(); L('*本版编辑：韩雪  校对：杜鹃*')

META = dict(publication='怀柔报', date='2026-09-08', issue_no='第35期（总第1588期）',
  not_articles=['---', 'title: 怀柔报 2026年9月8日', 'paper: 怀柔报', 'issue: 第35期（总第1588期）', 'date: 2026-09-08',
    'pages: 4', 'exported_by: 怀柔区融媒体中心采编系统 v3.2', '# 第01版：要闻', '# 第02版：综合', '# 第03版：民生',
    '# 第04版：文旅·服务', '## 怀柔快讯', '*本版编辑：孟佳  校对：石岩*', '*本版编辑：韩雪  校对：石岩*',
    '*本版编辑：孟佳  校对：杜鹃*', '*本版编辑：韩雪  校对：杜鹃*'] + [t for t in TABLE if t],
  notes='Invented issue of a 怀柔-style weekly exported to Markdown by a newsroom system: YAML front matter (paper, issue, date), an h1 page label per page (\"# 第01版：要闻\"), ## headlines, ### subtitles (but also ### series tag above a headline and ### item headings in a news box), bylines as bold lines, an editor\'s note as a blockquote, images with alt text followed by italic captions, an italic editor line at the end of each page, and a \"## 便民信息\" Markdown table (furniture, listed in not_articles). About half of the paragraphs keep the PDF hard wraps (single newlines at ~22-25 em); the rest are one line each. Captions are given as printed including inline credits. All names, numbers and events are invented.')

if __name__ == '__main__':
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    write(NAME, 'md', D, META, A, lambda s, t: check(s, t))
