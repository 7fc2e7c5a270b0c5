#!/usr/bin/env python3
"""栗园周报 2027-04-20: Markdown written by a PDF-to-Markdown converter (marker-like: {N}---- page separators,
<span id> anchors inside headings, heading level from font size, _page_N_Picture_M images). Kind (c)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h11lib import Doc, write_truth, check
NAME = 'liyuan-md-2027-04-20'
A = {}
A['lead'] = dict(kind='news', headline='栗园区召开优化营商环境大会', subheadlines=['发布2027年营商环境改革“20条”'],
  byline='本报讯（记者 叶蓁）',
  text=['本报讯（记者 叶蓁）4月16日，栗园区优化营商环境大会召开，发布《栗园区2027年优化营商环境改革若干措施》（简称“20条”）。区委书记欧阳澈出席并讲话，区长隋明主持。',
   '“20条”围绕市场准入、政务服务、要素保障、法治环境和企业服务5个方面，提出了“企业开办全程网办”“工程建设项目审批‘拿地即开工’”“涉企检查‘综合查一次’”等具体举措。其中，工程建设项目从立项到取得施工许可的审批时间将压缩至45个工作日以内。',
   '欧阳澈指出，营商环境就是生产力。近年来，全区市场主体数量年均增长12%以上，但与企业期盼相比，在审批效率、要素供给、诉求响应等方面仍有短板。各部门要站在企业角度想问题，把“20条”落到一个个具体的办事场景中。',
   '会上，区政务服务局、区市场监管局和3家企业代表作了发言。栗园食品产业园一家企业负责人说，去年企业扩产时，从递交材料到拿到施工许可只用了38天，“比预想的快了一倍”。',
   '区领导宋颐、鲁南星，各街道乡镇和区有关部门主要负责人，企业代表共200余人参加会议。'])
A['cherry'] = dict(kind='news', headline='果园镇樱桃采摘季提前开启', subheadlines=[], byline='本报讯（记者 庄临）',
  text=['本报讯（记者 庄临）4月16日，果园镇大棚樱桃进入采摘期，比往年提前了10天左右。',
   '在果园镇东沟村的樱桃大棚里，一串串樱桃红得发亮，前来采摘的游客提着小篮子穿梭在果树间。种植户雷宏伟说，今年他家的6个大棚用上了智能温控和水肥一体化设备，樱桃的甜度和个头都比去年好，每斤采摘价在60元左右。',
   '果园镇现有樱桃种植面积8600亩，其中设施大棚1200亩。镇里今年开通了3条樱桃采摘旅游线路，并在镇中心设立了游客服务点，提供线路咨询和停车引导。',
   '据预计，今年全镇樱桃采摘季将持续到6月中旬，可接待游客约15万人次。'])
capP = '4月17日，栗树坪公园的紫藤花开得正盛，市民在花廊下休憩赏花。'
A['photo'] = dict(kind='photo', headline='紫藤花开满廊香', subheadlines=[], byline='记者 符小舟 摄', text=[capP], captions=[capP])
A['tuoyu'] = dict(kind='news', headline='西坡街道嵌入式托育点开园', subheadlines=['聚焦“一老一小”'], byline='本报讯（通讯员 蒙蒙）',
  captions=['托育点老师带领孩子们做游戏。'],
  text=['本报讯（通讯员 蒙蒙）4月15日，西坡街道首个社区嵌入式托育点在槐荫里社区开园，可为2至3岁婴幼儿提供全日托、半日托和临时托服务，首批招收幼儿40名。',
   '托育点设在社区综合服务中心二层，面积约600平方米，设有活动室、午休室、阅读区和户外游戏场地。全日托每月收费2200元，比周边市场化托育机构低三成左右。',
   '“孩子就在小区里上托育，我们上班前送过来，下班后接回去，特别方便。”槐荫里社区居民小龚说。',
   '西坡街道相关负责人介绍，街道今年还将在另外两个社区建设嵌入式托育点，新增托位120个。'])
A['tax'] = dict(kind='news', headline='区税务局推出“非接触式”办税套餐', subheadlines=[], byline='记者 符小舟',
  text=['近日，区税务局推出“非接触式”办税服务套餐，纳税人通过电子税务局和手机App可办理发票申领、纳税申报、社保费缴纳等230余项涉税业务。',
   '对于不熟悉线上操作的纳税人，区税务局开通了“远程帮办”服务，工作人员通过视频连线一对一指导办理。'])
A['tree'] = dict(kind='news', headline='南山乡古树名木全部建档挂牌', subheadlines=[], byline='本报讯（记者 叶蓁）',
  text=['本报讯（记者 叶蓁）近日，南山乡完成辖区古树名木普查建档工作。全乡共有古树名木213株，其中一级古树17株，每株都挂上了带二维码的“身份证”，扫码即可查看树种、树龄和养护责任人等信息。',
   '南山乡山高林密，古树多分布在村庄周边和山间古道旁。树龄最长的是上庄村村口的一株古银杏，已有约800年历史。普查中，乡里对14株长势较弱的古树制定了复壮方案，安装了支撑架和避雷设施。',
   '乡林业站站长蓝旭介绍，乡里为每株古树明确了一名养护责任人，大多是古树所在村的村民，每季度开展一次巡查，发现病虫害及时处置。'])
A['bamboo'] = dict(kind='feature', headline='“老手艺”里的新生意', subheadlines=['——栗树坪街道竹编合作社见闻'], byline='文/图 记者 庄临',
  crossheads=['一根竹子劈出三十六道篾', '订单从线上来'], captions=['合作社社员正在编织竹篮。'],
  text=['走进栗树坪街道竹编合作社的车间，十几位社员正低头忙碌，手中的竹篾上下翻飞。不一会儿，一只小巧的竹编果篮就成形了。',
   '合作社理事长柏秋云今年52岁，从十几岁起跟着父亲学竹编。“一根竹子要劈出三十六道篾，每道篾的厚薄都得差不多，编出来的东西才好看。”她拿起一把篾刀，边劈边说。',
   '过去，竹编多是箩筐、簸箕这样的农家用具，卖不上价。五年前，柏秋云牵头成立了合作社，请美术学院的老师帮忙设计新款式，把竹编做成了茶具收纳盒、灯罩和手提包。',
   '据合作社统计，去年合作社销售额达到260万元，社员人均增收2万多元。',
   '如今，合作社的订单有七成来自线上。合作社请来两名年轻人负责网店和短视频账号，柏秋云编竹篮的视频在网上有上百万次播放。',
   '“以前担心这门手艺没人学，现在来合作社学竹编的年轻人越来越多了。”柏秋云说，合作社今年打算办一期培训班，让更多人靠竹编增收。'])
A['op'] = dict(kind='opinion', headline='把“20条”变成企业看得见的便利', subheadlines=['栗园论坛'], byline='□ 常青',
  text=['一份营商环境改革措施，写得再好，最终都要看企业办事是不是更方便了。“20条”发布之后，关键在落实。',
   '落实，首先要落到窗口上。窗口工作人员是改革的“最后一棒”，对新政策吃得透不透、执行得准不准，直接决定企业的感受。其次要落到系统上，线上办事平台要真正好用，避免出现“线上申请、线下跑腿”的情况。',
   '改革成效如何，企业说了算。不妨建立企业评价机制，让企业给部门打分，用企业的获得感检验改革的成色。'])
A['list'] = dict(kind='list', headline='栗园区第二季度文化惠民活动安排', subheadlines=[], byline=None,
  text=['第二季度，区文化和旅游局将组织开展以下文化惠民活动，欢迎市民参与：',
   '4月26日 “书香栗园”全民阅读节开幕式，地点：区图书馆。',
   '5月1日至5日 栗树坪公园游园会，地点：栗树坪公园。',
   '5月18日 国际博物馆日特展“栗园千年”，地点：区博物馆。',
   '5月下旬 社区广场舞展演，地点：各街道文化广场。',
   '6月1日 “童心向党”少儿文艺汇演，地点：区文化馆。',
   '6月中旬 非遗市集，地点：西坡街道文化街区。',
   '具体活动信息请关注“栗园文旅”微信公众号。'])
A['notice'] = dict(kind='notice', headline='栗园区城市管理委员会关于规范共享单车停放的通告', subheadlines=[], byline=None,
  text=['为进一步规范共享单车停放秩序，改善市容环境，现将有关事项通告如下：',
   '一、共享单车应停放在施划的停放区内，禁止在盲道、消防通道、公交站台停车区域内停放。',
   '二、各共享单车运营企业应加强车辆调度和停放管理，对违规停放车辆及时清理。',
   '三、对违规停放的共享单车，城市管理部门将依法予以清理，并纳入运营企业考核。',
   '栗园区城市管理委员会',
   '2027年4月18日'])
A['clinic'] = dict(kind='news', headline='区人民医院开设“午间门诊”', subheadlines=[], byline='本报讯（记者 符小舟）',
  text=['本报讯（记者 符小舟）从4月15日起，区人民医院在内科、儿科、眼科等8个科室开设午间门诊，门诊时间为每天12时至14时。',
   '医院门诊部主任阮颖介绍，不少上班族和学生只能利用午休时间看病，以往中午门诊暂停，患者只能等到下午。开设午间门诊后，上午没看完的患者也可以接着看，不必再等。',
   '午间门诊开设一周来，已接诊患者900余人次。'])
A['football'] = dict(kind='news', headline='栗园区青少年足球联赛开赛', subheadlines=['48支球队参赛'], byline='本报讯（记者 庄临）',
  text=['本报讯（记者 庄临）4月18日，2027年栗园区青少年足球联赛在区体育中心开赛。联赛分小学组和初中组，来自全区32所学校的48支球队、700余名小球员参加比赛。',
   '本届联赛采用主客场制，比赛将持续到6月底。与往届相比，今年联赛首次设立了女子组，共有8支女队报名参赛。',
   '区教委相关负责人表示，联赛将为区青少年足球队选拔优秀苗子，并推荐参加全市比赛。'])

SEP = '-' * 48
d = Doc()
def L(t, aid=None, part=None):
    d.add(t, aid, part); d.blank()
def paras(aid, ps, fmt=None):
    for i, p in enumerate(ps):
        L((fmt or {}).get(i, '{}').format(p), aid, 'body')
# ---- page 1
L('{0}' + SEP)
L('# <span id="page-0-0"></span>栗园周报')
L('LIYUAN WEEKLY')
L('2027年4月20日 星期二 第16期（总第1125期） 本期4版')
L('中共栗园区委宣传部主办 栗园区融媒体中心出版')
a = A['lead']
L('# <span id="page-0-1"></span>栗园区召开优化营商环境大会', 'lead', 'headline')
L('### 发布2027年营商环境改革“20条”', 'lead', 'subtitle')
t = a['text']
L('**本报讯**' + t[0][len('本报讯'):], 'lead', 'body')
L(t[1].replace('“企业开办全程网办”', '**“企业开办全程网办”**'), 'lead', 'body')
p2a, p2b = t[2].split('但与企业期盼相比，')
L(p2a + '但与企业期盼相比，', 'lead', 'body')   # converter split a paragraph at a column break
L(p2b, 'lead', 'body')
L(t[3], 'lead', 'body'); L(t[4], 'lead', 'body')
a = A['cherry']
L('果园镇樱桃采摘季提前开启', 'cherry', 'headline')          # headline left as a plain line
L('#### ' + a['text'][0], 'cherry', 'body')               # dateline paragraph made a heading
paras('cherry', a['text'][1:])
L('![](_page_0_Picture_7.jpeg)')
L('## <span id="page-0-2"></span>紫藤花开满廊香', 'photo', 'headline')
L(capP + '（记者 符小舟 摄）', 'photo', 'caption')
a = A['tuoyu']
L('## 聚焦“一老一小”', 'tuoyu', 'kicker')
L('### <span id="page-0-3"></span>西坡街道嵌入式托育点开园', 'tuoyu', 'headline')
L('**本报讯**' + a['text'][0][len('本报讯'):], 'tuoyu', 'body')
L(a['text'][1], 'tuoyu', 'body')
L('![](_page_0_Picture_11.jpeg)')
L('*托育点老师带领孩子们做游戏。*', 'tuoyu', 'caption')
paras('tuoyu', a['text'][2:])
a = A['tax']
L('## 区税务局推出“非接触式”办税套餐', 'tax', 'headline')
L(a['text'][0], 'tax', 'body'); L(a['text'][1] + '（记者 符小舟）', 'tax', 'body')
L('1')
# ---- page 2
L('{1}' + SEP)
L('栗园周报 2027年4月20日 第2版 综合')
a = A['tree']
L('# <span id="page-1-0"></span>南山乡古树名木全部建档挂牌', 'tree', 'headline')
L('**本报讯**' + a['text'][0][len('本报讯'):], 'tree', 'body')
p1a, p1b = a['text'][1].split('长势较弱')
L(p1a + '长势', 'tree', 'body'); L('较弱' + p1b, 'tree', 'body')
L(a['text'][2], 'tree', 'body')
a = A['bamboo']
L('**“老手艺”里的新生意**', 'bamboo', 'headline')       # headline as a bold line
L('## ——栗树坪街道竹编合作社见闻', 'bamboo', 'subtitle')
L('文/图 记者 庄临', 'bamboo', 'byline')
t = a['text']
L(t[0], 'bamboo', 'body')
L('### <span id="page-1-1"></span>一根竹子劈出三十六道篾', 'bamboo', 'crosshead')
L(t[1], 'bamboo', 'body'); L(t[2], 'bamboo', 'body')
L('### ' + t[3], 'bamboo', 'body')                     # a short body paragraph in bold type made a heading
L('![](_page_1_Picture_6.jpeg)')
L('合作社社员正在编织竹篮。', 'bamboo', 'caption')
L('### <span id="page-1-2"></span>订单从线上来', 'bamboo', 'crosshead')
L(t[4], 'bamboo', 'body'); L(t[5], 'bamboo', 'body')
a = A['op']
L('#### 栗园论坛', 'op', 'tag')
L('## <span id="page-1-3"></span>把“20条”变成企业看得见的便利', 'op', 'headline')
L('**□ 常青**', 'op', 'byline')
paras('op', a['text'])
L('2')
# ---- page 3
L('{2}' + SEP)
L('栗园周报 2027年4月20日 第3版 民生·服务')
a = A['clinic']
L('### <span id="page-2-0"></span>区人民医院开设“午间门诊”', 'clinic', 'headline')
L('**本报讯**' + a['text'][0][len('本报讯'):], 'clinic', 'body')
paras('clinic', a['text'][1:])
a = A['football']
L('# 栗园区青少年足球联赛开赛', 'football', 'headline')
L('#### 48支球队参赛', 'football', 'subtitle')
paras('football', a['text'])
a = A['list']
L('## <span id="page-2-1"></span>栗园区第二季度文化惠民活动安排', 'list', 'headline')
L(a['text'][0], 'list', 'body')
for it in a['text'][1:-1]:
    d.add('- ' + it, 'list', 'body')
d.blank()
L(a['text'][-1], 'list', 'body')
a = A['notice']
L('栗园区城市管理委员会关于规范共享单车停放的通告', 'notice', 'headline')   # plain line
paras('notice', a['text'])
L('3')

ORDER = ['lead', 'cherry', 'photo', 'tuoyu', 'tax', 'tree', 'bamboo', 'op', 'clinic', 'football', 'list', 'notice']
N = {
 'lead': 'Headline as "# " with a converter anchor <span id="page-0-1"></span> inside the heading (markup, not text); subtitle as "###". Bold dateline **本报讯**（记者 叶蓁）. A bold run inside paragraph 2. Paragraph 3 is split by the converter into TWO Markdown paragraphs at a column break (…但与企业期盼相比，|在审批效率…); joined: 5 paragraphs.',
 'cherry': 'TRAP: headline left as a PLAIN line (no markup), and the dateline paragraph (本报讯（记者 庄临）4月16日，…) made a "####" heading by the converter - it is paragraph 1, not a headline or subtitle.',
 'photo': 'Photo news: image line, then "##" headline AFTER the image, then the caption as a plain line ending with the credit （记者 符小舟 摄）. Caption minus credit = the single paragraph and the caption; credit = byline.',
 'tuoyu': 'Kicker 聚焦“一老一小” is "##" while the headline is "###" (kicker bigger than the headline in the converter\'s levels). Image + italic caption between paragraphs 2 and 3.',
 'tax': 'Short item, "##" headline, no dateline, end byline （记者 符小舟） glued to the last paragraph (byline, not text). Followed by the bare page number 1 and the page separator {1}----.',
 'tree': 'Page 2 starts with a separator line {1}------ and a running head line (furniture). "#" headline (same level as the masthead). Paragraph 2 split into two Markdown paragraphs in mid-phrase at a column break (…乡里对14株长势|较弱的古树…); joined: 3 paragraphs.',
 'bamboo': 'Feature: headline as a BOLD line (not a heading), subtitle as "## ——…", plain byline line 文/图 记者 庄临 (byline, not text). Two "###" crossheads with anchors. TRAP: the short paragraph 4 (据合作社统计，…) was made a "###" heading like the crossheads - it is a body paragraph. Image + plain caption before the second crosshead.',
 'op': 'Commentary: tag 栗园论坛 as "####", headline "##", bold author line **□ 常青** (byline). Bare page number 2 follows.',
 'clinic': 'Page 3: separator, running head, "###" headline with anchor, bold dateline.',
 'football': '"#" headline with a "####" subtitle.',
 'list': 'List: "##" headline, intro, six "- " bullets (markup, not text), closing line: 8 paragraphs.',
 'notice': 'TRAP: notice headline left as a plain line; intro, three clauses, issuer and date (the last two paragraphs). The bare page number 3 ends the file.'}
arts = []
for k in ORDER:
    A[k]['notes'] = N[k]; arts.append(A[k])
class View:
    def __init__(self, doc, order): self.tags = {i: doc.tags.get(o, []) for i, o in enumerate(order)}
notes = ('Invented issue, pages 1-3 of 本期4版. Markdown written by a marker-like PDF-to-Markdown converter: pages '
  'preceded by {N} + 48 dashes, heading levels from font size (the masthead and two headlines are "#", kickers can be '
  'bigger than headlines), <span id="page-N-M"></span> anchors inside some headings, images as ![](_page_N_Picture_M.jpeg), '
  'bold runs, one paragraph per line; bare page numbers at page ends and a running head on pages 2-3 are furniture.')
not_articles = ['栗园周报', 'LIYUAN WEEKLY', '2027年4月20日 星期二 第16期（总第1125期） 本期4版', '中共栗园区委宣传部主办 栗园区融媒体中心出版',
  '栗园周报 2027年4月20日 第2版 综合', '栗园周报 2027年4月20日 第3版 民生·服务', '1', '2', '3']
here = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(here, NAME + '.md'); tru = os.path.join(here, NAME + '.truth.json')
open(src, 'w', encoding='utf-8').write(d.text())
write_truth(tru, NAME + '.md', '栗园周报', '2027-04-20', '第16期（总第1125期）', notes, not_articles, View(d, ORDER), arts)
sys.exit(0 if check(src, tru) else 1)
