#!/usr/bin/env python3
"""holdout7 issue 3: 柳塘报, a Word manuscript saved as "Unicode text": UTF-16 LE with BOM, CRLF, one paragraph
per line, headlines in 【】 or **bold**, 专题 spread with 引言 and numbered crossheads, ★ briefs, end bylines
(文/…), a 读者来信 column. Truth first, then the file is built from it."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import h7lib
from h7lib import Doc, write_truth, check

NAME = 'liutang-word-2027-01-05'
A = []
A.append(dict(kind='news', headline='柳塘区年内完成老旧燃气管网改造82公里', subheadlines=['冬季保供不断档'],
    byline='本报讯（记者 顾岚 通讯员 严可）',
    text=['本报讯（记者 顾岚 通讯员 严可）记者从区城市管理委获悉，2026年柳塘区共完成老旧燃气管网改造82公里，涉及小区64个、居民2.3万户，改造任务已于12月底前全部完工。',
          '此次改造主要针对使用年限超过20年的铸铁管道和庭院管线。施工中，区里推行“一小区一方案”，提前公示停气时间，安排专人入户讲解，尽量减少对居民生活的影响。',
          '区城市管理委相关负责人表示，入冬以来全区燃气供应平稳，日均供气量较去年同期增长6.4%。下一步将继续开展燃气安全入户检查，重点排查餐饮场所和老年人家庭。'],
    notes='Kicker 冬季保供不断档 is a plain line (no marker) directly before 【headline】; kicker first in subheadlines. Dateline with reporter and 通讯员 stays in paragraph 1.'))
A.append(dict(kind='news', headline='“小哥驿站”开进商圈', subheadlines=[], byline='文/本报记者 闵若溪',
    text=['外卖员、快递员有了歇脚的地方。12月28日，柳塘区首批6个“小哥驿站”在万象商圈、南湖商业街等地投入使用，驿站提供饮水、充电、热饭和临时休息等服务，每天开放至22时。',
          '驿站由商户、物业和社区共同出资建设，每个面积在20平方米左右。不少外卖员表示，冬天送餐间隙能有个暖和地方坐一坐，“心里也热乎”。'],
    notes='【headline】 with quotes inside (opening quote first); end byline 文/本报记者 闵若溪 on its own line (byline, not text).'))
A.append(dict(kind='news', headline='柳塘镇农民夜校开课', subheadlines=['区情简讯'], byline=None,
    text=['近日，柳塘镇2026年冬季农民夜校开课，课程涵盖果树修剪、电商直播、农机维修等内容，首期报名学员160余人。'],
    notes='★ brief under the plain section line 区情简讯 (column tag, subheadline): ★title line, then one body line.'))
A.append(dict(kind='news', headline='南湖公园冰场开放', subheadlines=['区情简讯'], byline='（通讯员 贝宁）',
    text=['南湖公园冰场日前开放，冰面面积约8000平方米，开放时间为每天9时至17时，成人票每张30元，身高1.2米以下儿童免费。'],
    notes='★ brief; end byline （通讯员 贝宁） glued to the body line (byline, not text).'))
A.append(dict(kind='news', headline='区档案馆征集老照片', subheadlines=['区情简讯'], byline=None,
    text=['即日起，区档案馆面向社会征集反映柳塘城乡变化的老照片和老物件，征集截止日期为2027年3月31日。',
          '联系电话：6935 7021。'],
    notes='★ brief with two paragraphs (body + contact line).'))
A.append(dict(kind='feature', headline='小区有了“管家”，居民有了“主心骨”', subheadlines=['专题·物业管理提升年', '——柳塘区破解老旧小区“无人管”难题调查'],
    byline='本报记者 顾岚 闵若溪',
    editor_note=['老旧小区物业管理，一头连着居民的日常生活，一头连着基层治理。今年，柳塘区把物业管理提升作为“接诉即办”重点工作。本期专题，带您走进几个小区，看看变化是怎样发生的。'],
    text=['柳塘区现有老旧小区217个，其中近三成曾长期处于无物业管理状态。楼道堆物、车辆乱停、路灯不亮，是居民反映最集中的问题。',
          '今年3月，区里启动物业管理提升年行动，对无物业小区逐一摸底，分类推进：有条件的引入专业物业公司，规模较小的由街道统筹“打包”托管，确实无法引入的由社区组织居民自治管理。',
          '截至目前，全区无物业小区已从61个减少到9个。',
          '南园小区是一个建于上世纪80年代的老小区，只有4栋楼。去年以前，小区没人管，垃圾常常好几天没人清。',
          '今年5月，街道把南园和周边3个小区打包，引入一家国有物业企业托管，收费标准为每月每平方米0.5元。“钱不多，但门口有人看，楼道有人扫，心里踏实。”居民秦淑芬说。',
          '物业进得来，还要留得住。柳塘区建立了物业服务评价机制，每季度由居民对物业公司打分，评价结果与街道补贴挂钩。',
          '区住房城乡建设委相关负责人说，明年将重点推动业主委员会和物业管理委员会组建，让居民在小区管理中有更多话语权。'],
    crossheads=['一、摸清底数，分类施策', '二、打包托管，让小区“有人管”', '三、建立机制，让服务“管得好”'],
    captions=['南园小区物业人员在清理楼道杂物。（本报记者 顾岚 摄）'],
    notes='专题 spread (section 第二版 专题): label line 专题·物业管理提升年 and the ——副题 are subheadlines; **bold** headline; byline line 本报记者 顾岚 闵若溪; a line 引言：… (editor_note, not text; the label 引言： is dropped); three numbered crossheads in **bold** (一、二、三、) that are not paragraphs; a caption line starting with 图： between paragraphs 5 and 6 (caption without 图：).'))
A.append(dict(kind='opinion', headline='让好机制长出“好物业”', subheadlines=['记者手记'], byline='闵若溪',
    text=['采访中，不少居民说得最多的一句话是：“现在有人管了。”这句朴素的话，是对这一年工作的最好评价。',
          '老旧小区物业管理难，难在收费低、盈利难，企业不愿进；难在居民习惯了“不花钱”，一时不适应。破解这些难题，光靠一时的热情不行，要靠长效机制。',
          '让物业企业有合理收益，让居民花钱花得明白，让评价结果真正管用，好物业才能留下来。'],
    notes='Second item of the 专题 spread: **记者手记｜headline** on one bold line (column tag + full-width bar + headline); end byline 文/闵若溪 on its own line (byline 闵若溪).'))
A.append(dict(kind='opinion', headline='社区食堂让我们老两口吃上了热乎饭', subheadlines=['读者来信'], byline='柳塘街道北坡社区居民 许德厚',
    text=['编辑同志：',
          '我和老伴今年都八十多岁了，儿女在外地工作。以前做饭成了我们最发愁的事，买菜提不动，做多了吃不完，常常一碗面条凑合一顿。',
          '今年秋天，社区食堂开到了我们楼下，两荤一素只要15元，还能打折。工作人员知道我腿脚不好，下雨天还专门送饭上门。',
          '我们想通过贵报，向社区和食堂的工作人员说一声谢谢！'],
    notes='读者来信 column (plain column line 读者来信 = subheadline): 【headline】, salutation 编辑同志： (a paragraph), letter, signature line 柳塘街道北坡社区居民　许德厚 (byline, not text) and the date line 2026年12月20日 after it (dropped: part of the signature block, not in the truth text).'))
A.append(dict(kind='opinion', headline='建议在南湖路口增设过街信号灯', subheadlines=['读者来信'], byline='读者 孔维',
    text=['尊敬的编辑：',
          '南湖路与柳林街交叉口附近有一所小学和一个菜市场，早晚人流量很大，但路口没有信号灯，行人过街要和车辆抢行，很不安全。',
          '建议有关部门尽快在这里设置过街信号灯，并在上下学时段安排人员疏导。'],
    notes='Second letter directly after the first (no blank line): 【headline】, salutation, signature line 读者　孔维 (byline).'))
A.append(dict(kind='list', headline='柳塘区2027年元旦春节期间文化活动安排', subheadlines=[], byline=None,
    text=['一、“欢乐柳塘”新年音乐会：1月1日19时，区文化馆剧场，凭票入场；',
          '二、“翰墨迎春”书法家送春联：1月18日9时至12时，南湖公园东门广场；',
          '三、非遗年货市集：1月24日至26日，柳塘老街；',
          '四、元宵灯谜会：2月12日18时至21时，区图书馆一层大厅。',
          '活动详情可关注“文化柳塘”微信公众号。'],
    notes='Listing under 【headline】: four items 一、…四、 with no sentence end (；), then a closing line; the items are paragraphs, not crossheads.'))

# ================= layout =================
d = Doc()
for l in ['柳塘报', '2027年1月5日　星期二　　第1期（总第1452期）', '中共柳塘区委机关报　　柳塘区融媒体中心主办', '']:
    d.add(l)
d.add('第一版　要闻'); d.add('')
a = A[0]
d.add(a['subheadlines'][0], 0, 'kicker'); d.add('【' + a['headline'] + '】', 0, 'headline')
for t in a['text']: d.add('　　' + t, 0, 'body')
d.add('')
a = A[1]
d.add('【' + a['headline'] + '】', 1, 'headline')
d.add('　　' + a['text'][0], 1, 'body'); d.add('　　' + a['text'][1], 1, 'body')
d.add('文/本报记者　闵若溪', 1, 'byline'); d.add('')
d.add('区情简讯', 2, 'tag')
a = A[2]; d.add('★柳塘镇农民夜校开课', 2, 'headline'); d.add('　　' + a['text'][0], 2, 'body')
a = A[3]; d.add('★南湖公园冰场开放', 3, 'headline'); d.add('　　' + a['text'][0] + '（通讯员　贝宁）', 3, 'body')
a = A[4]; d.add('★区档案馆征集老照片', 4, 'headline'); d.add('　　' + a['text'][0], 4, 'body'); d.add('　　' + a['text'][1], 4, 'body')
d.add('')
d.add('（本版编辑：顾岚　校对：贝宁）')
d.lines[-1] = d.lines[-1] + '\f'
d.add('第二版　专题'); d.add('')
a = A[5]
d.add('专题·物业管理提升年', 5, 'label')
d.add('**' + a['headline'] + '**', 5, 'headline')
d.add(a['subheadlines'][1], 5, 'subtitle')
d.add('本报记者　顾岚　闵若溪', 5, 'byline')
d.add('引言：' + a['editor_note'][0], 5, 'editor_note')
t = a['text']; ch = a['crossheads']
d.add('**' + ch[0] + '**', 5, 'crosshead')
for x in t[0:3]: d.add('　　' + x, 5, 'body')
d.add('**' + ch[1] + '**', 5, 'crosshead')
for x in t[3:5]: d.add('　　' + x, 5, 'body')
d.add('图：' + a['captions'][0], 5, 'caption')
d.add('**' + ch[2] + '**', 5, 'crosshead')
for x in t[5:7]: d.add('　　' + x, 5, 'body')
d.add('')
a = A[6]
d.add('**记者手记｜' + a['headline'] + '**', 6, 'headline')
for x in a['text']: d.add('　　' + x, 6, 'body')
d.add('文/闵若溪', 6, 'byline')
d.add('')
d.add('（本版编辑：闵若溪　美编：田野）')
d.lines[-1] = d.lines[-1] + '\f'
d.add('第三版　读者·服务'); d.add('')
d.add('读者来信', 7, 'column')
a = A[7]
d.add('【' + a['headline'] + '】', 7, 'headline')
d.add(a['text'][0], 7, 'body')
for x in a['text'][1:]: d.add('　　' + x, 7, 'body')
d.add('柳塘街道北坡社区居民　许德厚', 7, 'signature'); d.add('2026年12月20日', 7, 'signature')
a = A[8]
d.add('【' + a['headline'] + '】', 8, 'headline')
d.add(a['text'][0], 8, 'body')
for x in a['text'][1:]: d.add('　　' + x, 8, 'body')
d.add('读者　孔维', 8, 'signature')
d.add('')
a = A[9]
d.add('【' + a['headline'] + '】', 9, 'headline')
for x in a['text']: d.add('　　' + x, 9, 'body')
d.add('')
d.add('（本版编辑：贝宁）')
d.add('地址：柳塘区南湖路9号　邮编：102688　新闻热线：6935 7000')

src = NAME + '.txt'
with open(src, 'wb') as f:
    f.write('\ufeff'.encode('utf-16-le') + d.text('\r\n').encode('utf-16-le'))
notes = ('Invented issue (holdout7). Style: a Word manuscript saved as "Unicode text": UTF-16 LE with BOM (FF FE), CRLF, '
         'one paragraph per line, body paragraphs start with two U+3000, everything else flush left; headlines are in 【】 '
         'or between ** bold markers; a manual page break is a form feed at the end of a page\'s last line (line numbers count LF). '
         'Section lines (第一版　要闻 …), the masthead lines, editor lines (本版编辑…) and the address line are furniture. '
         'Truth strings drop the 【】 and ** markers.')
not_articles = ['柳塘报', '2027年1月5日　星期二　　第1期（总第1452期）', '中共柳塘区委机关报　　柳塘区融媒体中心主办',
                '第一版　要闻', '第二版　专题', '第三版　读者·服务', '（本版编辑：顾岚　校对：贝宁）',
                '（本版编辑：闵若溪　美编：田野）', '（本版编辑：贝宁）', '地址：柳塘区南湖路9号　邮编：102688　新闻热线：6935 7000']
write_truth(NAME + '.truth.json', src, '柳塘报', '2027-01-05', '第1期（总第1452期）', notes, not_articles, d, A)
sys.exit(0 if check(src, NAME + '.truth.json') else 1)
