#!/usr/bin/env python3
"""槐川报 2027-03-02: plain pdftotext (reading order) of a 3-column weekly. Truth first, then layout."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h10lib import Doc, flow, write_truth, check
NAME = 'huaichuan-2027-03-02'
A = []
# ---------------------------------------------------------------- truth: clean paragraphs
A.append(dict(kind='news', headline='槐川区两万亩高标准农田开春“上新”',
    subheadlines=['聚焦“春耕备耕”一线', '新建灌溉泵站14座 改造田间道路36公里'],
    byline='本报讯 记者/杜若 通讯员/庞晓', text=[
    '本报讯 记者/杜若 通讯员/庞晓 3月1日，记者在槐川区北洼镇高标准农田建设现场看到，十余台旋耕机在田间往来作业，新铺设的低压管道沿着田埂延伸，一座座灌溉泵站已完成设备调试。',
    '据区农业农村局介绍，今年全区计划新建和改造提升高标准农田2.1万亩，涉及北洼、柳堤、石门3个镇的27个村。项目以“田成方、渠相通、路相连、旱能灌、涝能排”为目标，统筹实施土地平整、土壤改良、灌溉排水和田间道路等工程，预计4月中旬前完成主体建设，不误春播。',
    '“过去浇一遍地要排队等好几天，现在手机上点一下，泵站就开始送水了。”北洼镇东孟村种粮大户高满仓说，去年他流转的600亩麦田用上了智能灌溉，每亩节水近三成，小麦亩产提高了40多公斤。',
    '为保障工程质量，区里推行“村民监督员”制度，从项目所在村选聘42名村民代表全程参与监督，对隐蔽工程实行影像留存。项目建成后，将交由村集体经济组织统一管护，区财政按每亩每年30元标准安排管护资金。',
    '区农业农村局相关负责人表示，到2028年底，槐川区将累计建成高标准农田12万亩，占全区永久基本农田的八成以上。'],
    notes='Lead. 引题 and 主题 on consecutive lines (no blank), 副题 (no dash) after a blank. House dateline style '
          '\"本报讯 记者/X 通讯员/Y\" (slashes, no parentheses) stays in paragraph 1 and is also the byline. '
          'Column break (blank line) mid-sentence in paragraph 2; paragraph 4 starts with NO blank line before it '
          '(the blank is shifted to after its first line).'))
A.append(dict(kind='news', headline='区政务服务中心推出“周末不打烊”', subheadlines=[],
    byline='本报讯 记者/姚青', text=[
    '本报讯 记者/姚青 2月27日起，区政务服务中心在每周六上午9时至下午3时开设综合受理窗口，企业开办、不动产登记、社保医保等128项高频事项可在周末办理。',
    '据了解，周末窗口实行“一窗受理、后台分办”，由综合窗口统一收件，相关部门工作人员轮流值守，对需要现场核验的事项当场办结，对需要部门会商的事项在下一个工作日反馈结果。开放首日，中心共接待办事群众213人次，办结业务187件。',
    '“平时上班请不了假，周六过来半个小时就把孩子的医保关系转好了。”在柳堤镇一家物流企业上班的孙女士说。',
    '区政务服务中心还同步上线了预约服务，群众可通过“槐川政务”小程序提前选择办理时段，减少现场等候时间。'],
    notes='Plain news, headline only. Its body starts in the column after the photo news, so the photo caption and '
          'credit sit between its headline and its dateline.'))
A.append(dict(kind='photo', headline='候鸟北归 石门湖畔添灵动', subheadlines=[], byline='摄影/庞晓',
    captions=['2月28日，石门水库湿地上空，成群的白骨顶和赤麻鸭振翅飞翔。随着气温回升，在此越冬的水鸟陆续北迁，湿地保护站监测到的水鸟已超过4000只。'],
    text=['2月28日，石门水库湿地上空，成群的白骨顶和赤麻鸭振翅飞翔。随着气温回升，在此越冬的水鸟陆续北迁，湿地保护站监测到的水鸟已超过4000只。'],
    notes='Photo news printed between the 政务 headline and the 政务 body (the photo sits in the middle column). '
          'Headline (one line with an inner space: one headline, not 主题+副题), two empty lines, caption at wider measure, '
          'credit line \"摄影/庞晓\" (byline). Caption = the single paragraph.'))
A.append(dict(kind='news', headline='区医院胸痛中心通过国家标准版认证', subheadlines=[],
    byline='本报讯 通讯员/甄一苇', text=[
    '本报讯 通讯员/甄一苇 近日，槐川区人民医院胸痛中心通过国家标准版胸痛中心认证，成为全区首家获此认证的医疗机构。',
    '该中心自2025年启动建设以来，整合急诊科、心内科、介入导管室等资源，与区急救中心和11家乡镇卫生院建立协同救治网络。急性心肌梗死患者从进入医院大门到血管开通的平均时间由原来的96分钟缩短至68分钟。'],
    notes='Short item at the foot of page 1, dateline with 通讯员 only. The page-1 footer (hotline line and 本版编辑) '
          'follows its last line.'))
A.append(dict(kind='news', headline='柳堤镇17个村用上“积分超市”', subheadlines=['小积分撬动乡村大治理'],
    byline='本报讯 记者/姚青 通讯员/季向东', text=[
    '本报讯 记者/姚青 通讯员/季向东 打扫庭院卫生得5分，参加志愿服务得10分，调解邻里纠纷得15分……近日，柳堤镇17个村的“积分超市”全部开门营业，村民凭积分可兑换米面油、洗衣液等生活用品。',
    '柳堤镇党委负责人介绍，积分评定由村民代表、网格员和驻村干部共同完成，每月在村务公开栏公示一次。积分既可以兑换物品，也可以作为评选“文明家庭”“美丽庭院”的重要依据。',
    '兑换物品的资金来自镇级财政补贴和辖区企业捐赠。截至目前，17个村累计发放积分5.6万分，兑换物品3200余件。',
    '“以前喊大家出来清理河道没几个人，现在不用喊，大伙儿抢着干。”后杨村党支部书记杨树林说。'],
    notes='Page 2. 引题 directly above the 主题. TRAP: the label of a QR code printed beside the text, \"扫码看视频\" and '
          '\"槐川融媒出品\", comes out as two short lines between paragraphs 2 and 3 (furniture, not paragraphs, not a headline).'))
A.append(dict(kind='news', headline='槐川职业学校新开无人机应用专业',
    subheadlines=['首批招生80人 与5家企业签订订单培养协议'], byline='本报讯 记者/邵弋',
    captions=['▲学校教师在实训场地演示植保无人机操作。'], text=[
    '本报讯 记者/邵弋 槐川区职业教育中心学校近日获批开设无人机操控与维护专业，今年秋季计划招收首批学生80人。',
    '该专业课程涵盖无人机组装调试、航拍测绘、植保作业等内容，学生在校期间须取得民用无人机操控员执照。学校已与区内5家农业服务和测绘企业签订订单培养协议，学生第三学年将进入企业顶岗实习。',
    '学校负责人表示，近年来全区植保无人机保有量已超过300架，但持证操控员不足百人，新专业的开设将为乡村振兴输送急需的技能人才。'],
    notes='TRAP: the photo caption \"▲…\" and its credit line \"摄影/邵弋\" interrupt paragraph 2 mid-sentence; the '
          'paragraph continues after them. The credit is not the article byline (the dateline is).'))
A.append(dict(kind='opinion', headline='“积分超市”贵在常办常新', subheadlines=['槐川时评'], byline='□ 文岳', text=[
    '一块肥皂、一袋面粉，价值不高，却换来了村容村貌的明显改善。柳堤镇的“积分超市”之所以受欢迎，在于它把抽象的文明要求变成了看得见、算得清的具体行动。',
    '也要看到，一些地方的积分制度开张时热热闹闹，过一阵子就门可罗雀。原因不外乎兑换物品单一、评分标准模糊、资金来源不稳。积分要有吸引力，就得在“积什么”“换什么”上下功夫，让群众参与制定规则，根据需求调整货架。',
    '治理的成效，不在于建了多少个超市，而在于有多少村民真正动了起来。把好事办实、把实事办好，“积分超市”才能常办常新。'],
    notes='Commentary: column tag 槐川时评 (subheadline), headline, author line \"□ 文岳\" on three consecutive lines.'))
A.append(dict(kind='feature', headline='一台村晚，唱了二十年', subheadlines=['探访槐川“村晚”背后的人'],
    byline='文/本报记者 杜若　图/本报记者 邵弋',
    crossheads=['“台下坐着的都是乡亲”', '“年轻人回来了”'],
    captions=['▲下苇村村民表演秧歌《闹元宵》。'], text=[
    '正月十五晚上，石门镇下苇村文化广场上灯火通明，一台由村民自编自演的“村晚”吸引了周边七八个村的上千名群众。这台晚会从2007年办起，今年已经是第二十个年头。',
    '晚会的发起人、今年68岁的退休教师郑秀琴至今记得第一届的情景：“那时候没有舞台，就在打谷场上拉两根电线，挂几个灯泡，节目也只有七个。”二十年来，晚会的舞台从打谷场搬进了文化广场，节目从七个增加到二十多个，演员全是本村和邻村的村民。',
    '为了排练一个秧歌节目，村里的二十几位大姐从腊月初就开始每天晚饭后集合，“累是累，可大家心里高兴。”领舞的李桂兰说。',
    '今年的晚会上，一段由在外上大学的年轻人编排的情景剧《回村》赢得了满场掌声。编剧、在省城读研究生的郑小川是郑秀琴的孙子，他说：“小时候在台下看，现在自己上台，想让更多同龄人知道家乡的变化。”',
    '石门镇文化服务中心主任韩立平介绍，镇里每年为“村晚”提供两万元经费支持，并组织专业文艺工作者下村辅导。下一步，镇里计划把“村晚”录制成视频，在区融媒体平台集中展播。'],
    notes='Page-3 feature. 引题 above the 主题 (no blank), byline line with a full-width space between the two credits. '
          'Two quoted crossheads on their own lines between blanks (not paragraphs, not headlines). Column break '
          'mid-word in paragraph 2. Caption \"▲…\" between paragraphs 4 and 5 (no separate credit: the byline covers photos).'))
A.append(dict(kind='list', headline='春季义务植树 这些点位等你来', subheadlines=[], byline='（记者/姚青 整理）', text=[
    '3月12日植树节前后，全区将设立4个义务植树点位，市民可通过“槐川政务”小程序预约参加，每场限额200人，工具和树苗由现场统一提供。具体安排如下：',
    '北洼镇滨河公园：3月12日至3月20日，栽植白蜡、海棠；',
    '柳堤镇运河绿廊：3月13日至3月21日，栽植国槐、榆叶梅；',
    '石门水库北岸：3月14日、15日两天，栽植油松、侧柏；',
    '区体育公园东侧：3月19日至3月28日，栽植银杏、紫叶李。',
    '区园林绿化局提醒，参加活动请穿着便于劳动的服装，未成年人须由家长陪同。'],
    notes='List: intro, four point lines (NO blank lines between them, each wrapped), closing line; 6 paragraphs. '
          'End byline \"（记者/姚青 整理）\" on its own line (byline, not text).'))
A.append(dict(kind='feature', headline='老家的石碾', subheadlines=['槐川风物'], byline='□ 冯秋生', text=[
    '老家院门外有一盘石碾，碾盘是整块青石凿成的，比吃饭的八仙桌还大一圈。小时候，全村人家的玉米、高粱、谷子，都要在这盘碾子上轧成面。',
    '轧碾是件费力气的活。大人推着碾杆一圈一圈地走，我们小孩子跟在后面，用笤帚把溢出碾盘的碎粒扫回去。碾砣压过粮食发出沙沙的声响，那是我记忆里最踏实的声音。',
    '后来村里有了磨面机，石碾就闲了下来。前些年村里整修街巷，有人提议把它拉走，老人们不答应，说这是全村人的念想。如今它被挪到了村口的小广场上，旁边立了一块说明牌，成了城里孩子来村里必看的“老物件”。',
    '每次回老家，我都要去碾盘边站一会儿。石头不会说话，可它记得每一家的日子。'],
    notes='副刊 essay: column tag 槐川风物 (subheadline), headline, author \"□ 冯秋生\". Column break mid-sentence in '
          'paragraph 3. The imprint lines that follow are furniture.'))
# ---------------------------------------------------------------- layout
d = Doc()
NA = []
def fur(*lines):
    for l in lines:
        if l == '': d.blank()
        else: d.add(l); NA.append(l)
d.blank(2)
fur('槐川报', '', 'HUAICHUAN NEWS', '', '2027年3月2日 星期二', '农历丁未年正月廿五', '', '第9期 总第1507期', '今日4版', '',
    '中共槐川区委主办 槐川区融媒体中心出版', '准印证号：（京）0398-L0065', '')
# lead
d.add(A[0]['subheadlines'][0], 0, 'kicker'); d.add(A[0]['headline'], 0, 'headline'); d.blank()
d.add(A[0]['subheadlines'][1], 0, 'subtitle'); d.blank()
flow(d, 0, A[0]['text'], 16, breaks={(1, 6), (3, 0)}, noblank={3})
d.blank()
# 政务 headline, then the photo news (middle column), then the 政务 body
d.add(A[1]['headline'], 1, 'headline'); d.blank()
d.add(A[2]['headline'], 2, 'headline'); d.blank(2)
flow(d, 2, A[2]['text'], 30, part='caption'); d.add('摄影/庞晓', 2, 'credit'); d.blank()
flow(d, 1, A[1]['text'], 16, breaks={(1, 4)})
d.blank()
d.add(A[3]['headline'], 3, 'headline'); d.blank()
flow(d, 3, A[3]['text'], 16)
d.blank()
fur('新闻热线：6843 2177 6843 2178', '本版编辑：林晓 校对：闫冬')
# page 2
d.add('\f槐川报 2027年3月2日 星期二'); NA.append('槐川报 2027年3月2日 星期二')
fur('第二版 综合', '')
d.add(A[4]['subheadlines'][0], 4, 'kicker'); d.add(A[4]['headline'], 4, 'headline'); d.blank()
flow(d, 4, A[4]['text'], 16, inserts={(1, -1): ['', ('扫码看视频', None), ('槐川融媒出品', None)]})
NA += ['扫码看视频', '槐川融媒出品']
d.blank()
d.add(A[5]['headline'], 5, 'headline'); d.blank(); d.add(A[5]['subheadlines'][0], 5, 'subtitle'); d.blank()
flow(d, 5, A[5]['text'], 16, inserts={(1, 3): [('▲学校教师在实训场地演示植保无人机操作。', 'caption'), ('摄影/邵弋', 'credit')]})
d.blank()
d.add('槐川时评', 6, 'column'); d.add(A[6]['headline'], 6, 'headline'); d.add('□ 文岳', 6, 'byline'); d.blank()
flow(d, 6, A[6]['text'], 15, breaks={(1, 5)})
d.blank()
fur('本版编辑：孟繁星 校对：闫冬')
# page 3
d.add('\f第三版 社会'); NA.append('第三版 社会')
fur('槐川报 2027年3月2日 星期二', '')
d.add(A[7]['subheadlines'][0], 7, 'kicker'); d.add(A[7]['headline'], 7, 'headline'); d.blank()
d.add(A[7]['byline'], 7, 'byline'); d.blank()
flow(d, 7, A[7]['text'][:1], 17); d.blank()
d.add(A[7]['crossheads'][0], 7, 'crosshead'); d.blank()
flow(d, 7, A[7]['text'][1:3], 17, breaks={(0, 5)}); d.blank()
d.add(A[7]['crossheads'][1], 7, 'crosshead'); d.blank()
flow(d, 7, A[7]['text'][3:4], 17); d.blank()
d.add(A[7]['captions'][0], 7, 'caption'); d.blank()
flow(d, 7, A[7]['text'][4:], 17)
d.blank()
d.add(A[8]['headline'], 8, 'headline'); d.blank()
flow(d, 8, A[8]['text'][:1], 16); d.blank()
for p in A[8]['text'][1:5]:
    flow(d, 8, [p], 16)
d.blank(); flow(d, 8, A[8]['text'][5:], 16)
d.add('（记者/姚青 整理）', 8, 'byline'); d.blank()
fur('本版编辑：孟繁星 校对：闫冬')
# page 4
d.add('\f槐川报 2027年3月2日 星期二'); fur('第四版 副刊', '')
d.add('槐川风物', 9, 'column'); d.blank(); d.add(A[9]['headline'], 9, 'headline'); d.blank()
d.add('□ 冯秋生', 9, 'byline'); d.blank()
flow(d, 9, A[9]['text'], 15, breaks={(2, 4)})
d.blank()
fur('本版编辑：罗念 校对：闫冬', '',
    '地址：槐川区新华北街18号 邮编：101399 发行热线：6843 2190', '印刷：槐川印务有限公司')
with open(NAME + '.txt', 'w', encoding='utf-8') as f: f.write(d.text())
NOTES = ('槐川报 (invented), plain pdftotext in reading order of a 3-column weekly, 4 pages, no form feed on page 1; '
         'pages 2-4 start with a form feed glued to their first header line. Body wrap 15-17 em, captions 30. Blank '
         'lines between paragraphs and blocks, plus column breaks in mid-sentence. House style: dateline '
         '\"本报讯 记者/X 通讯员/Y\" without parentheses, 引题 directly above 主题, 副题 after a blank, credits \"摄影/X\", '
         'page headers \"槐川报 date\" + \"第N版 section\" (Chinese numerals; order swapped on page 3). '
         'issue_no is the 总第 number.')
write_truth(NAME + '.truth.json', NAME + '.txt', '槐川报', '2027-03-02', '总第1507期', NOTES, NA, d, A)
sys.exit(0 if check(NAME + '.txt', NAME + '.truth.json') else 1)
