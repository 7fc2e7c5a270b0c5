#!/usr/bin/env python3
"""兰沟周报 2027-03-16: Markdown written by a PDF-to-Markdown converter (pymupdf4llm-like). Truth first, then layout."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h10lib import Doc, write_truth, check
NAME = 'langou-md-2027-03-16'
A = []
A.append(dict(kind='news', headline='兰沟区23个老旧小区改造全面开工',
    subheadlines=['持续推进城市更新', '涉及居民8600余户 年底前全部完工'], byline='本报讯（记者 贺思远）',
    captions=['朝阳里小区施工现场，工人正在拆除老旧雨水管。记者 贺思远 摄'], text=[
    '本报讯（记者 贺思远）3月12日，随着河东街道朝阳里小区的施工围挡全部立起，兰沟区2027年23个老旧小区综合整治项目全面开工。项目涉及居民8600余户，总建筑面积52万平方米，计划年底前全部完工。',
    '今年的改造项目在外墙保温、管线更新等“规定动作”基础上，增加了加装电梯、增设停车位、建设无障碍坡道等“自选动作”。各小区的改造内容在开工前均经过居民议事会讨论，全区共征集居民意见建议1400余条。',
    '在朝阳里小区，记者看到，施工方在每个楼门口张贴了施工告示和项目负责人联系电话。小区党支部书记吕芳介绍，社区组建了由12名居民组成的监督小组，每周参与一次工程例会，发现问题可以直接向施工方提出。“改的是我们自己的家，大家都愿意出把力。”',
    '据介绍，区住房城乡建设委将对改造项目实行“一小区一档案”管理，施工期间每月开展一次质量安全检查。改造完成后，小区将引入专业物业服务，巩固改造成果。'],
    notes='Lead: 引题 as h3 ABOVE the h1 headline (the masthead is h1 too); 副题 as a plain line. Bold dateline '
          '\"**本报讯**（记者 贺思远）\" glued to the text. Image + italic caption (inline credit kept in the caption) between '
          'paragraphs 2 and 3. TRAP: paragraph 3 is split into two Markdown paragraphs at a column break '
          '(\"…每周参与一次工程例会，\" | \"发现问题…\"); one paragraph.'))
A.append(dict(kind='news', headline='兰沟区新增3处“口袋公园”', subheadlines=[], byline='本报讯（记者 侯一鸣）', text=[
    '本报讯（记者 侯一鸣）近日，兰沟区新建的3处“口袋公园”陆续向市民开放。这些公园分别位于河东街道、柳泉街道和北苑街道，总面积约1.1万平方米。',
    '口袋公园利用街角空地和拆违腾退土地建设，设置了健身步道、儿童游乐区和休憩座椅，种植乔灌木2300余株。其中，北苑街道的“槐荫园”保留了原址上3棵树龄超过60年的老槐树，围绕老树设计了环形座椅。',
    '区园林绿化局表示，今年全区还将建设口袋公园8处，让市民出门“见缝插绿”。'],
    notes='h2 headline, plain dateline (no bold).'))
A.append(dict(kind='news', headline='“兰沟礼物”文创店开业', subheadlines=[], byline='（记者 沈若晴）', text=[
    '3月10日，位于兰沟古镇入口的“兰沟礼物”文创店正式开业，店内陈列着以兰沟剪纸、柳编、黑陶等非遗技艺为元素设计的文创产品200余种。',
    '店长任雪介绍，文创店的产品由区文化馆联合本地手艺人和高校设计团队共同开发，其中一款以剪纸纹样为图案的帆布包，试营业期间就卖出了300多个。',
    '据悉，文创店还设置了手作体验区，每周末邀请非遗传承人现场教学。'],
    notes='TRAP: the headline was NOT made a heading; it is a bold line \"**“兰沟礼物”文创店开业**\" directly after the '
          'previous article. No dateline; end byline \"（记者 沈若晴）\" on its own line (byline, not text).'))
A.append(dict(kind='photo', headline='春灌正当时', subheadlines=[], byline='记者 侯一鸣 摄',
    captions=['3月13日，兰沟区后营村村民在麦田里进行春灌。眼下，全区20万亩冬小麦陆续进入返青期，各镇组织农机和技术人员下田指导春季田间管理。'],
    text=['3月13日，兰沟区后营村村民在麦田里进行春灌。眼下，全区20万亩冬小麦陆续进入返青期，各镇组织农机和技术人员下田指导春季田间管理。'],
    notes='Photo news: h3 headline, image, plain caption paragraph ending with \"（记者 侯一鸣 摄）\"; the caption minus the '
          'credit is the single paragraph and the caption; the credit is the byline. The page-1 number line \"1\" and the '
          'page separator follow.'))
A.append(dict(kind='news', headline='兰沟区启动“家门口就业”服务站建设', subheadlines=['年内建成社区就业服务站60个'],
    byline='本报讯（记者 沈若晴 通讯员 葛文）', text=[
    '本报讯（记者 沈若晴 通讯员 葛文）3月11日，兰沟区首批12个社区就业服务站挂牌运行。按照计划，年内全区将建成社区就业服务站60个，实现城市社区全覆盖。',
    '社区就业服务站设在社区党群服务中心内，提供岗位推荐、政策咨询、技能培训报名等服务。服务站工作人员由社区工作者兼任，经区人力社保局统一培训后上岗。',
    '区人力社保局就业促进科科长孔令辉说：“我们的目标是让居民在家门口就能找到合适的工作。”服务站将定期收集辖区企业的用工需求，通过社区微信群、公告栏等渠道发布，并为就业困难人员提供“一对一”帮扶。',
    '在柳泉街道康乐社区就业服务站，记者见到了前来咨询的居民邢女士。她告诉记者，孩子上学后她想找一份离家近的工作，工作人员当场为她推荐了附近一家超市的收银岗位，约好了第二天面试。'],
    notes='Page 2 (after the page separator \"-----\" and a bold running head). h2 headline, 副题 as h4. TRAP: a pull '
          'quote (引语, large type) repeating a sentence of paragraph 3 was made an h2 heading '
          '\"## “让居民在家门口就能找到合适的工作”\" between paragraphs 2 and 3: it is decoration (not_articles), '
          'not a new article and not a crosshead. Paragraph 4 contains a single hard line break mid-sentence.'))
A.append(dict(kind='opinion', headline='就业服务要“近”更要“准”', subheadlines=['兰沟观察'], byline='□ 柯岚', text=[
    '把就业服务站开到社区，群众少跑了路，这是好事。但服务站能不能真正发挥作用，关键还在于服务是否精准。',
    '求职者的需求千差万别，有的看重离家近，有的看重收入高，有的需要灵活的工作时间。服务站如果只是把招聘信息简单转发一遍，很难让人满意。工作人员要多下功夫摸清每位求职者的情况，把合适的岗位送到合适的人手中。',
    '就业是最基本的民生。把服务做细做实，“家门口就业”才能从一句口号变成群众看得见的实惠。'],
    notes='Commentary: column tag as h3 \"### 兰沟观察\" above the h2 headline (so h3 is not always a subtitle); bold '
          'author line \"**□ 柯岚**\".'))
A.append(dict(kind='news', headline='兰沟区开展春季消防安全检查', subheadlines=[], byline='本报讯（通讯员 尹涛）', text=[
    '本报讯（通讯员 尹涛）3月以来，兰沟区消防救援支队联合各街道、镇对辖区人员密集场所、“九小场所”和出租房屋开展春季消防安全检查。截至目前，共检查单位1260家，督促整改火灾隐患2100余处。',
    '检查中，执法人员重点查看了消防设施运行、安全出口畅通和电动自行车停放充电等情况，对发现的问题当场指出、限期整改。支队还同步开展消防宣传进社区活动，发放宣传资料3万余份。'],
    notes='TRAP: headline left as a PLAIN line (no #, no bold) - only its shortness, the missing end punctuation and the '
          'following 本报讯 show it is a headline. Followed by the page number line \"2\".'))
A.append(dict(kind='feature', headline='凌晨四点的菜市场', subheadlines=[], byline='文/本报记者 贺思远',
    crossheads=['“晚一个小时，菜就不新鲜了”', '天亮以后'], captions=['批发商在兰沟农产品批发市场交易蔬菜。'], text=[
    '凌晨四点，兰沟农产品批发市场已经灯火通明。一辆辆满载蔬菜的货车陆续驶入，装卸工人喊着号子搬运货物，批发商们忙着过秤、记账。这里是全区最大的农产品集散地，每天供应城区六成以上的蔬菜。',
    '48岁的批发商郝建平在市场里做了十五年生意。他每天晚上十点出发去外省产地拉货，凌晨三点赶回市场。“城里的饭店和超市六点前就要来进货，晚一个小时，菜就不新鲜了。”',
    '郝建平的摊位上挂着一块二维码牌，顾客扫码就能看到每一批蔬菜的产地和检测结果。市场管理方介绍，去年起市场对所有进场蔬菜实行“一票通”管理，农药残留快检合格后才能上市销售。',
    '早上七点，批发区的交易逐渐结束，零售区开始热闹起来。附近小区的老人拉着购物车来买菜，“这里的菜比超市便宜，还新鲜。”家住北苑小区的崔阿姨说。',
    '市场负责人透露，今年市场将完成冷链仓储中心建设，进一步延长蔬菜的保鲜时间，保障城区“菜篮子”供应。'],
    notes='Page-3 feature: h1 headline (same level as the masthead), plain byline line. TRAP: the first sentence of '
          'paragraph 1 was set in large bold type (lead-in) and the converter made it an h3 heading '
          '\"### 凌晨四点，兰沟农产品批发市场已经灯火通明。\"; the rest of paragraph 1 follows as plain text. It is body '
          'text (paragraph 1), not a subtitle or crosshead. Two bold crossheads; an image + italic caption between '
          'paragraphs 3 and 4, printed BEFORE the second crosshead (it belongs to the section above it).'))
A.append(dict(kind='list', headline='3月下旬兰沟区部分公共文化活动预告', subheadlines=[], byline=None, text=[
    '为丰富群众文化生活，3月下旬区文化馆、区图书馆等单位将举办以下活动，市民可关注“兰沟文旅”公众号预约参加：',
    '3月20日 14:00 区文化馆二层剧场，兰沟剪纸公益课堂；',
    '3月21日 9:30 区图书馆少儿阅览室，“春天的故事”亲子阅读会；',
    '3月27日 19:00 区文化馆广场，“春之声”群众合唱展演；',
    '3月28日 10:00 兰沟古镇非遗工坊，黑陶制作体验。',
    '活动均免费，名额有限，先到先得。'],
    notes='List: h3 headline, intro, four \"- \" bullets (the converter turned printed ● into list items; bullet markers '
          'are not text), closing line: 6 paragraphs. The page number and the imprint follow.'))
d = Doc(); NA = []
def fur(l): d.add(l); NA.append(l)
def md(line, aid, part): d.add(line, aid, part)
fur('# 兰沟周报'); d.blank()
fur('2027年3月16日 星期二 第11期（总第925期） 今日4版'); d.blank()
fur('中共兰沟区委主办 兰沟区融媒体中心出版'); d.blank()
t = A[0]['text']
md('### 持续推进城市更新', 0, 'kicker'); d.blank(); md('# 兰沟区23个老旧小区改造全面开工', 0, 'headline'); d.blank()
md('涉及居民8600余户 年底前全部完工', 0, 'subtitle'); d.blank()
md('**本报讯**' + t[0][len('本报讯'):], 0, 'body'); d.blank(); md(t[1], 0, 'body'); d.blank()
md('![](langou-2027-03-16.pdf-0-0.png)', 0, 'image'); d.blank()
md('_朝阳里小区施工现场，工人正在拆除老旧雨水管。记者 贺思远 摄_', 0, 'caption'); d.blank()
cut = t[2].index('发现问题')
md(t[2][:cut], 0, 'body'); d.blank(); md(t[2][cut:], 0, 'body'); d.blank(); md(t[3], 0, 'body'); d.blank()
md('## 兰沟区新增3处“口袋公园”', 1, 'headline'); d.blank()
for p in A[1]['text']: md(p, 1, 'body'); d.blank()
md('**“兰沟礼物”文创店开业**', 2, 'headline'); d.blank()
for p in A[2]['text']: md(p, 2, 'body'); d.blank()
md('（记者 沈若晴）', 2, 'byline'); d.blank()
md('### 春灌正当时', 3, 'headline'); d.blank(); md('![](langou-2027-03-16.pdf-0-1.png)', 3, 'image'); d.blank()
md(A[3]['text'][0] + '（记者 侯一鸣 摄）', 3, 'caption'); d.blank()
fur('1'); d.blank(); fur('-----'); d.blank()
# page 2
fur('**2** 兰沟周报·综合 2027年3月16日'); d.blank()
t = A[4]['text']
md('## 兰沟区启动“家门口就业”服务站建设', 4, 'headline'); d.blank(); md('#### 年内建成社区就业服务站60个', 4, 'subtitle'); d.blank()
md('**本报讯**' + t[0][len('本报讯'):], 4, 'body'); d.blank(); md(t[1], 4, 'body'); d.blank()
fur('## “让居民在家门口就能找到合适的工作”'); d.blank()
md(t[2], 4, 'body'); d.blank()
cut = t[3].index('工作人员当场')
md(t[3][:cut], 4, 'body'); md(t[3][cut:], 4, 'body'); d.blank()
md('### 兰沟观察', 5, 'column'); d.blank(); md('## 就业服务要“近”更要“准”', 5, 'headline'); d.blank()
md('**□ 柯岚**', 5, 'byline'); d.blank()
for p in A[5]['text']: md(p, 5, 'body'); d.blank()
md('兰沟区开展春季消防安全检查', 6, 'headline'); d.blank()
for p in A[6]['text']: md(p, 6, 'body'); d.blank()
fur('2'); d.blank(); d.add('-----'); d.blank()
# page 3
fur('**3** 兰沟周报·社会 2027年3月16日'); d.blank()
t = A[7]['text']
md('# 凌晨四点的菜市场', 7, 'headline'); d.blank(); md('文/本报记者 贺思远', 7, 'byline'); d.blank()
cut = t[0].index('一辆辆')
md('### ' + t[0][:cut], 7, 'body'); d.blank(); md(t[0][cut:], 7, 'body'); d.blank()
md('**“晚一个小时，菜就不新鲜了”**', 7, 'crosshead'); d.blank()
md(t[1], 7, 'body'); d.blank(); md(t[2], 7, 'body'); d.blank()
md('![](langou-2027-03-16.pdf-2-0.png)', 7, 'image'); d.blank()
md('_批发商在兰沟农产品批发市场交易蔬菜。_', 7, 'caption'); d.blank()
md('**天亮以后**', 7, 'crosshead'); d.blank()
md(t[3], 7, 'body'); d.blank(); md(t[4], 7, 'body'); d.blank()
t = A[8]['text']
md('### 3月下旬兰沟区部分公共文化活动预告', 8, 'headline'); d.blank()
md(t[0], 8, 'body'); d.blank()
for p in t[1:5]: md('- ' + p, 8, 'item')
d.blank(); md(t[5], 8, 'body'); d.blank()
fur('3'); d.blank()
fur('_地址：兰沟区府前街9号 新闻热线：6127 5500 印刷：兰沟日报印务中心_')
with open(NAME + '.md', 'w', encoding='utf-8') as f: f.write(d.text())
NA = [x.replace('#', '').replace('**', '').replace('_', '').strip() for x in NA if x != '-----']
NOTES = ('兰沟周报 (invented), pages 1-3 of 今日4版 converted from PDF to Markdown by a pymupdf4llm-style converter: '
         'heading levels follow font size (masthead, lead headline and the feature headline are all h1; other headlines '
         'h2/h3; a 副题 h4; a kicker and a column tag h3), pages end with a bare page-number line and are separated by '
         '\"-----\"; running heads on pages 2-3 are bold-led plain lines; images are \"![](…pdf-P-N.png)\", captions italic '
         '(\"_…_\") or plain. One paragraph per line except one soft line break. Traps: a headline as a bold line, a headline '
         'as a plain line, a pull quote made an h2 heading, a body lead-in sentence made an h3 heading, a paragraph split '
         'at a column break. Markdown markup is in no truth string.')
write_truth(NAME + '.truth.json', NAME + '.md', '兰沟周报', '2027-03-16', '总第925期', NOTES, NA, d, A)
sys.exit(0 if check(NAME + '.md', NAME + '.truth.json') else 1)
