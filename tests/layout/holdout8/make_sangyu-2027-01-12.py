"""Issue 1: 桑峪报 (invented). Plain `pdftotext` (no -layout) of a 2-column weekly, wrap ~20 em,
reading order column 1 then column 2; blank lines between paragraphs and at column breaks."""
import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h8lib import Doc, wrap, write_truth, check
NAME = 'sangyu-2027-01-12'
A = []
A.append(dict(kind='news', headline='桑峪区十项民生实事全部列入年度预算',
  subheadlines=['锚定“十五五”开局之年目标任务', '新增养老床位600张 改造老旧小区32个 建设口袋公园15处'],
  byline='■本报记者 崔明远', continued=True,
  notes='Lead. Headline stack 引题 / 主题 / 副题, each on its own line between blanks; the 副题 is printed BEFORE the body and has no dash. Byline line "■本报记者 崔明远" on its own line, then a 本报讯 dateline without parentheses in paragraph 1. Paragraph 4 breaks off mid-sentence ("…并在年底接") with "（下转第2版）" at the foot of page 1; page 2 starts with "（上接第1版）受人大代表…" glued to the rest of the sentence (join; the markers are not text). A column break (blank line) falls inside paragraph 2.',
  text=[
 '本报讯 1月10日，桑峪区第三届人民代表大会第六次会议审议通过区政府工作报告和2027年预算报告。今年全区确定的十项民生实事项目全部列入年度预算，安排资金共计9.6亿元，比上年增长11.3%。',
 '据了解，十项实事涵盖养老、教育、医疗、住房、出行等方面。其中，新增养老床位600张，建设社区养老服务驿站8个；新建、改扩建中小学和幼儿园5所，新增学位2700个；改造老旧小区32个，涉及居民1.1万户；新建口袋公园和小微绿地15处。',
 '区发展改革委相关负责人介绍，今年的实事项目在征集阶段首次采用“线上+线下”双渠道，通过“桑峪发布”客户端、街镇议事厅和人大代表联络站共收集群众意见建议4300余条，经梳理合并后形成30个备选项目，再由人大代表票决产生最终的十项。',
 '为确保项目落地见效，区政府将建立“一个项目、一名区领导、一套方案、一抓到底”的推进机制，每季度向区人大常委会报告进展，并在年底接受人大代表和群众代表的满意度测评。对进度滞后的项目，区政府督查室将实行挂账督办，限期整改。',
 '会议还审议了区人大常委会工作报告、区法院和区检察院工作报告。']))
A.append(dict(kind='news', headline='城北热源厂扩建工程投用', subheadlines=['新增供热面积120万平方米'],
  byline='记者 邢佳 通讯员 侯德生',
  notes='Headline + 副题 (no dash) + byline line "记者 邢佳 通讯员 侯德生" on its own line (no 本报讯 parentheses); paragraph 1 starts "本报讯 1月8日". Column break mid-sentence in paragraph 2 (blank line between "…同时对厂区内" and "的老旧管道…").',
  text=[
 '本报讯 1月8日，城北热源厂扩建工程正式投入运行。扩建后，热源厂总装机容量达到580兆瓦，新增供热面积120万平方米，可满足北部片区新建小区和学校、医院的供热需求。',
 '据介绍，扩建工程采用燃气锅炉与空气源热泵相结合的方式，新建2台燃气热水锅炉和一座热泵站房，同时对厂区内的老旧管道和换热设备进行了更新。项目投用后，北部片区室温达标率有望从去年的93%提高到98%以上。',
 '区城市管理委提醒，居民家中如出现暖气不热、管道漏水等问题，可拨打供热服务热线6031-2266反映，热力公司将在24小时内上门处理。']))
A.append(dict(kind='photo', headline='沙峪湖冰雪嘉年华开幕', subheadlines=[], byline='本报记者 童远 摄',
  notes='Photo news: headline, two empty lines (the picture), caption at the wider measure (26) whose last line ends with the credit after a space ("…持续至2月下旬。 本报记者 童远 摄"). The caption is the single paragraph; the credit is the byline.',
  text=['1月9日，第五届沙峪湖冰雪嘉年华开幕，冰滑梯、雪圈、冰上自行车等20余个项目吸引了大批市民和游客。活动将持续至2月下旬，每天9时至17时开放。']))
A[-1]['captions'] = [A[-1]['text'][0]]
A.append(dict(kind='news', headline='桑峪区启动“春风行动”送岗下乡', subheadlines=['首场招聘会提供岗位1800余个'],
  byline='本报1月11日讯（记者 钟晓 通讯员 鲁青）',
  notes='Dated dateline "本报1月11日讯（记者 钟晓 通讯员 鲁青）" (not 本报讯) stays in paragraph 1 and is the byline. It follows the lead\'s continuation on page 2.',
  text=[
 '本报1月11日讯（记者 钟晓 通讯员 鲁青）今天上午，2027年桑峪区“春风行动”首场招聘会在柳河镇文化广场举行，46家企业提供岗位1800余个，涉及制造、物流、家政、餐饮等行业。现场初步达成就业意向的有390人。',
 '与往年不同，今年招聘会把“岗位超市”搬进了乡镇，并设置了技能培训咨询台和就业困难人员帮扶专窗。柳河镇村民荆大姐在一家食品企业的展位前填写了登记表，她说：“家门口就能找工作，不用再跑进城了。”',
 '据悉，“春风行动”期间，区人力社保局还将在各镇巡回举办招聘会8场，并通过直播带岗的方式向外出务工人员推送岗位信息。']))
A.append(dict(kind='news', headline='石门村“共享菜园”有了新管家', subheadlines=[],
  byline='本报讯（记者 邢佳）', captions=['石门村村民在“共享菜园”的温室里采摘蔬菜。（记者 邢佳 摄）'],
  notes='Caption with inline credit "（记者 邢佳 摄）" wrapped over two lines at 22 em between paragraphs 2 and 3 (not a paragraph; the credit stays in the caption as in the fixtures). Paragraph 3 is split by a column break.',
  text=[
 '本报讯（记者 邢佳）冬日的石门村，村西头的“共享菜园”里，几座新建的日光温室格外显眼。温室里，油菜、菠菜、小葱长得正旺，几位村民正忙着采摘，准备送到镇上的农贸市场。',
 '“共享菜园”由村集体闲置土地改造而成，共划分为86个小地块，由村民认领耕种。去年底，村里引入一家农业合作社作为“管家”，负责统一育苗、灌溉和技术指导，村民只需按时打理自己的地块。',
 '村党支部书记葛春林介绍，合作社每年向村集体支付管理分成，菜园产出的一部分蔬菜还会定期送到村里的老年餐桌。下一步，村里打算在菜园旁建一处农事体验区，吸引城里的亲子家庭周末来体验。']))
A.append(dict(kind='opinion', headline='“小事”办好了就是大事', subheadlines=['桑峪杂谈'], byline='■叶知秋',
  notes='Signed column: the tag "桑峪杂谈" (subheadline), the headline and the byline "■叶知秋" on three consecutive lines. It follows the mid-page furniture box (扫码关注 / 新闻热线 lines), which is not part of any article.',
  text=[
 '前些天，一位老街坊在楼下遛弯时说起，小区门口那段坑洼的便道终于修平了，“推着小推车买菜，再也不颠了”。话很朴实，却道出了一个道理：老百姓心里的大事，往往就是身边的小事。',
 '一条便道、一盏路灯、一个菜摊，看起来都不起眼，可它们连着千家万户的日常。小事办不好，群众就会觉得不方便、不顺心；小事办好了，群众的获得感就实实在在地增加了。',
 '今年的十项民生实事，不少都是这样的“小事”。希望各有关部门把“小事”当成大事来办，多到现场看一看，多听听群众怎么说，把每一件实事都办到群众的心坎上。']))
A.append(dict(kind='feature', headline='凌晨四点的“扫雪突击队”', subheadlines=['寒冬里的坚守', '——记柳河镇环卫所青年突击队'],
  byline='■本报记者 童远 文/图',
  editor_note=['编者按：连日来，我区遭遇今冬以来最强降雪过程。在道路上、社区里、田野间，一群普通人顶风冒雪、默默坚守，守护着城市的正常运转。本报今起推出“寒冬里的坚守”系列报道，记录他们的故事。'],
  crossheads=['“雪停之前，我们不收工”', '“累是累，心里踏实”'],
  notes='Page 3. Series 引题 "寒冬里的坚守", 主题, ——副题; then the 编者按 at the wider measure (26) between the headline stack and the byline line "■本报记者 童远 文/图" (editor_note, not text). Two crossheads in quotation marks on their own lines between blanks (not paragraphs). A column break falls in paragraph 4.',
  text=[
 '凌晨四点，柳河镇环卫所的院子里已经亮起了灯。十几名身穿橙色工作服的年轻人围在铲雪车旁，听所长简单布置任务：先保主干道，再保学校和医院门口，天亮前必须把公交站台清出来。',
 '这支青年突击队成立于三年前，队员平均年龄不到30岁。每逢降雪，他们就要提前上岗，一干就是十几个小时。',
 '1月6日的那场大雪，从傍晚一直下到第二天中午。突击队兵分三路，机械车辆在前面推雪，队员们跟在后面清理边角和台阶。队长俞凯说，人行道和路口最容易结冰，“机器够不着的地方，只能靠人一锹一锹地铲”。',
 '那天，队员们轮流在车里扒几口盒饭，又马上回到路上，直到第二天下午路面全部见了本色，才陆续回所里休息。',
 '队员包晓峰是突击队里年纪最小的，今年刚满22岁。他告诉记者，刚来时觉得扫雪是个体力活，干久了才发现里面有不少门道：撒融雪剂要看温度，推雪要顺着排水方向，桥面和坡道要优先处理。',
 '“累是累，可早上看到孩子们安安全全地走进校门，心里就觉得踏实。”包晓峰说。']))
A.append(dict(kind='news', headline='区图书馆“冬日读书会”开讲', subheadlines=[], byline='本报讯（记者 钟晓）',
  notes='Short two-paragraph item at the end of page 3, column 2.',
  text=[
 '本报讯（记者 钟晓）1月9日，区图书馆“冬日读书会”首场活动开讲，本地作家倪青围绕桑峪的老地名和老故事，与60余名读者分享了自己的寻访经历。',
 '据悉，读书会将持续到春节前，每周六下午举办一场，内容包括亲子共读、非遗手作和经典诵读等，市民可通过“桑峪发布”客户端免费预约。']))
A.append(dict(kind='notice', headline='关于春节期间烟花爆竹燃放管理的通告', subheadlines=[], byline=None,
  notes='Notice: intro, three items 一、二、三 (each a paragraph), then the issuer and the date as the last two paragraphs (short lines without end punctuation, set flush in the source). The imprint follows and is furniture.',
  text=[
 '为保障人民群众生命财产安全，维护公共秩序，现就2027年春节期间本区烟花爆竹燃放管理有关事项通告如下：',
 '一、城区建成区范围内、各镇人民政府所在地街区以及文物保护单位、加油站、森林防火区周边，全年禁止燃放烟花爆竹。',
 '二、其他区域允许燃放的时间为除夕至正月初五、正月十五的7时至24时，其余时间禁止燃放。',
 '三、对违反本通告规定的，由公安机关依法予以处罚；构成犯罪的，依法追究刑事责任。',
 '桑峪区人民政府',
 '2027年1月8日']))

d = Doc(); L = d.add; B = d.blank
def para(i, k, width=20, brk=None, part='body', fr=None, to=None):
    t = A[i]['text'][k][fr:to]
    for j, ln in enumerate(wrap(t, width)):
        L(ln, i, part)
        if brk is not None and j == brk: B()
# ---- page 1: masthead
for ln in ['桑峪报', 'SANGYU WEEKLY', '2027年1月12日 星期二', '第2期（总第873期）', '本期4版',
           '中共北京市桑峪区委主办', '京内资准字2027-L0412']:
    L(ln); B()
# lead: 引题 / 主题 / 副题 / byline
L(A[0]['subheadlines'][0], 0, 'kicker'); B()
L(A[0]['headline'], 0, 'headline'); B()
L(A[0]['subheadlines'][1], 0, 'subheadline'); B()
L(A[0]['byline'], 0, 'byline'); B()
para(0, 0); B()
para(0, 1, brk=3); B()
para(0, 2); B()
cut = A[0]['text'][3].index('受人大代表')
para(0, 3, to=cut); L('（下转第2版）', 0, 'jump'); B()
# column 2 of page 1
L(A[1]['headline'], 1, 'headline'); B(); L(A[1]['subheadlines'][0], 1, 'subheadline'); B()
L(A[1]['byline'], 1, 'byline'); B()
para(1, 0); B(); para(1, 1, brk=2); B(); para(1, 2); B()
L(A[2]['headline'], 2, 'headline'); B(3)
cap = wrap(A[2]['text'][0], 26); cap[-1] += ' 本报记者 童远 摄'
for ln in cap: L(ln, 2, 'caption')
B()
L('本版责任编辑：程露　美编：柯乔'); B()
# ---- page 2
L('\f2027年1月12日　星期二　第2版　综合新闻'); B()
for ln in wrap('（上接第1版）' + A[0]['text'][3][cut:], 20): L(ln, 0, 'body')
B(); para(0, 4); B()
L(A[3]['headline'], 3, 'headline'); B(); L(A[3]['subheadlines'][0], 3, 'subheadline'); B()
para(3, 0); B(); para(3, 1); B(); para(3, 2); B()
L(A[4]['headline'], 4, 'headline'); B()
para(4, 0); B(); para(4, 1); B()
for ln in wrap(A[4]['captions'][0], 22): L(ln, 4, 'caption')
B()
para(4, 2, brk=1); B()
for ln in ['扫码关注“桑峪发布”', '新闻热线：6031-1000', '投稿邮箱：sybtougao@163.com']:
    L(ln)
B()
L('桑峪杂谈', 5, 'column'); L(A[5]['headline'], 5, 'headline'); L(A[5]['byline'], 5, 'byline'); B()
for k in range(3): para(5, k); B()
L('本版责任编辑：柯乔'); B()
# ---- page 3
L('\f2027年1月12日　星期二　第3版　基层'); B()
L(A[6]['subheadlines'][0], 6, 'kicker'); B(); L(A[6]['headline'], 6, 'headline'); B()
L(A[6]['subheadlines'][1], 6, 'subheadline'); B()
for ln in wrap(A[6]['editor_note'][0], 26): L(ln, 6, 'editor_note')
B(); L(A[6]['byline'], 6, 'byline'); B()
para(6, 0); B(); para(6, 1); B()
L(A[6]['crossheads'][0], 6, 'crosshead'); B()
para(6, 2); B(); para(6, 3, brk=1); B()
L(A[6]['crossheads'][1], 6, 'crosshead'); B()
para(6, 4); B(); para(6, 5); B()
L(A[7]['headline'], 7, 'headline'); B()
para(7, 0); B(); para(7, 1); B()
L('本版责任编辑：程露'); B()
# ---- page 4 (notice + imprint)
L('\f2027年1月12日　星期二　第4版　公告'); B()
L(A[8]['headline'], 8, 'headline'); B()
for k in range(4): para(8, k); B()
L(A[8]['text'][4], 8, 'body'); L(A[8]['text'][5], 8, 'body'); B()
L('本报地址：桑峪区府前街6号　邮编：102900　广告热线：6031-1008'); L('印刷：桑峪印务有限公司')
open(NAME + '.txt', 'w', encoding='utf-8').write(d.text())
NA = ['桑峪报', 'SANGYU WEEKLY', '2027年1月12日 星期二', '第2期（总第873期）', '本期4版', '中共北京市桑峪区委主办',
      '京内资准字2027-L0412', '本版责任编辑：程露　美编：柯乔', '2027年1月12日　星期二　第2版　综合新闻',
      '扫码关注“桑峪发布”', '新闻热线：6031-1000', '投稿邮箱：sybtougao@163.com', '本版责任编辑：柯乔',
      '2027年1月12日　星期二　第3版　基层', '本版责任编辑：程露', '2027年1月12日　星期二　第4版　公告',
      '本报地址：桑峪区府前街6号　邮编：102900　广告热线：6031-1008', '印刷：桑峪印务有限公司']
write_truth(NAME + '.truth.json', NAME + '.txt', '桑峪报', '2027-01-12', '第2期（总第873期）',
  'INVENTED issue (holdout8). Plain pdftotext (no -layout) of a 2-column weekly, 4 pages separated by form feeds; body wrapped at ~20 em, captions and the 编者按 at 26. Blank lines between paragraphs and blocks, and also at column breaks mid-sentence. House conventions: headline stack 引题/主题/副题 each on its own line, 副题 without dash before the body; byline lines "■本报记者 X" or "记者 X 通讯员 Y" above a 本报讯 dateline without parentheses; dated dateline 本报1月11日讯（…）. One-line page headers "date　第N版　section" after each form feed; editor lines at page feet; a QR/hotline box between two articles in the middle of page 2. Masthead, headers, editor lines, box and imprint are furniture.',
  NA, d, A)
sys.exit(0 if check(NAME + '.txt', NAME + '.truth.json') else 1)
