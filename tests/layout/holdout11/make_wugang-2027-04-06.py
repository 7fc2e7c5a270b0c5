#!/usr/bin/env python3
"""梧岗报 2027-04-06: plain PDF text extraction (kind a) of a 3-column weekly, one line per printed paragraph,
column breaks as blank lines in mid-sentence. Truth first, then layout. See README.md."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h11lib import Doc, write_truth, check
NAME = 'wugang-2027-04-06'
A = []
# 0 lead
A.append(dict(kind='news', headline='稳住基本盘 跑出加速度',
  subheadlines=['韩立峰在全区一季度经济运行分析会上强调', '周默然主持'], byline='本报讯（记者 邹岩）',
  text=['本报讯（记者 邹岩）4月2日，全区一季度经济运行分析会召开。区委书记韩立峰出席并讲话，区委副书记、区长周默然主持。区领导孟晓川、杜宇航、贺兰芝出席。',
   '会上，区发展改革委通报了一季度全区经济运行情况。一季度，全区实现地区生产总值132.6亿元，同比增长5.8%；规模以上工业增加值增长7.1%；社会消费品零售总额增长6.3%；固定资产投资增长9.4%，主要指标增速均高于全市平均水平。区商务局、区住房城乡建设委、桂坪镇、柳泉街道等单位作交流发言。',
   '韩立峰指出，一季度全区经济实现良好开局，成绩来之不易。但也要清醒看到，部分行业企业经营压力较大，重点项目接续不足，消费回暖基础还不牢固。各单位要增强忧患意识，把困难估计得更充分一些，把措施谋划得更周密一些。',
   '韩立峰强调，要紧盯全年目标任务，坚持项目为王，对在建项目逐一建立台账，倒排工期、挂图作战，推动春季集中开工项目早出形象、早见实效。要抓好企业服务，深化“局长进企业”活动，帮助企业解决用工、融资、用地等实际困难。要激发消费活力，办好梨花节、北渡春市等节会活动，以文旅消费带动商贸餐饮全面回暖。',
   '周默然要求，各部门各镇街要对照年度目标查漏补缺，二季度要在“时间过半、任务过半”上下功夫，确保上半年经济运行稳中有进。']))
# 1
A.append(dict(kind='news', headline='梧岗区春季重点项目集中开工', subheadlines=['18个项目总投资86.4亿元'],
  byline='本报讯 记者宋知远 通讯员葛青 报道：',
  text=['本报讯 记者宋知远 通讯员葛青 报道：4月1日上午，梧岗区2027年春季重点项目集中开工活动在青湾镇智能装备产业园举行。此次集中开工的18个项目总投资86.4亿元，涵盖先进制造、城市更新、民生保障和生态环境等领域。',
   '在主会场，青湾智能装备产业园二期项目现场塔吊林立、机械轰鸣。该项目总投资12.5亿元，建成后将新增标准厂房16万平方米，可容纳装备制造企业40余家。项目负责人介绍，园区一期已入驻企业23家，二期厂房尚未开工就已有9家企业签订了入驻意向书。',
   '民生类项目占此次开工项目的三分之一。其中，区第二人民医院门诊综合楼项目建成后将新增床位300张，柳泉街道老旧小区综合整治项目涉及居民楼42栋、居民2100余户。',
   '区发展改革委相关负责人表示，将对开工项目实行“一项目一专班”服务，协调解决项目建设中遇到的问题，确保项目按期投产达效。']))
# 2 list
items = ['1. 青湾智能装备产业园二期项目，总投资12.5亿元，建设单位：青湾产业发展公司。',
 '2. 梧岗新材料研发中心项目，总投资6.8亿元，建设单位：梧岗新材科技公司。',
 '3. 区第二人民医院门诊综合楼项目，总投资5.2亿元，建设单位：区卫生健康委。',
 '4. 柳泉街道老旧小区综合整治项目，总投资3.6亿元，建设单位：柳泉街道办事处。',
 '5. 东塘片区雨污分流改造工程，总投资2.9亿元，建设单位：区水务局。',
 '6. 北渡河生态廊道三期工程，总投资4.1亿元，建设单位：区园林绿化局。',
 '7. 梧岗实验学校东校区项目，总投资3.3亿元，建设单位：区教委。',
 '8. 桂坪镇冷链物流中心项目，总投资2.7亿元，建设单位：桂坪农业开发公司。',
 '9. 长宁路（环城南路—青湾大街）道路工程，总投资1.9亿元，建设单位：区交通局。',
 '10. 梧岗汽车零部件检测基地项目，总投资5.6亿元，建设单位：梧岗检测技术公司。',
 '11. 区养老服务指导中心项目，总投资1.2亿元，建设单位：区民政局。',
 '12. 青湾镇安置房三期项目，总投资9.8亿元，建设单位：青湾城镇建设公司。',
 '13. 梧岗数据中心扩建项目，总投资7.4亿元，建设单位：梧岗云数公司。',
 '14. 北渡街道邻里中心项目，总投资0.8亿元，建设单位：北渡街道办事处。',
 '15. 区应急物资储备库项目，总投资1.1亿元，建设单位：区应急管理局。',
 '16. 桂坪镇高标准农田建设项目，总投资0.9亿元，建设单位：区农业农村局。',
 '17. 梧岗体育公园项目，总投资2.6亿元，建设单位：区体育局。',
 '18. 东塘街道社区卫生服务中心迁建项目，总投资0.7亿元，建设单位：区卫生健康委。']
A.append(dict(kind='list', headline='2027年春季集中开工重点项目一览', subheadlines=[], byline=None, text=items))
# 3 photo
cap3 = '4月3日，桂坪镇万亩梨园进入盛花期，游客在梨花丛中拍照游玩。据悉，第十二届桂坪梨花节将持续至4月20日，其间将举办农民丰收市集、梨园音乐会等活动。'
A.append(dict(kind='photo', headline='桂坪梨花进入盛花期', subheadlines=['图片新闻'], byline='梧岗融媒 温小满 摄',
  text=[cap3], captions=[cap3]))
# 4
A.append(dict(kind='news', headline='区政务服务中心开设“企业开办一窗通”', subheadlines=[], byline='记者 蓝珂',
  text=['近日，区政务服务中心在一层大厅开设“企业开办一窗通”专区，将营业执照办理、公章刻制、税务登记、社保登记和银行开户等5个环节整合为“一表申请、一窗受理、一次办结”。',
   '“以前开一家公司要跑好几个窗口，今天上午交材料，下午就拿到了执照和公章。”在北渡街道开办餐饮店的市民程女士说。据了解，专区设立以来，企业开办平均时间由3个工作日压缩至1个工作日以内，已服务企业260余家。']))
# 5
A.append(dict(kind='news', headline='柳泉街道老旧小区加装电梯提速', subheadlines=['为民办实事', '今年计划新增电梯36部'],
  byline='本报讯（记者 宋知远 通讯员 艾琳）',
  captions=['柳泉街道春晖里小区新装电梯投入使用，居民乘梯出行。'],
  text=['本报讯（记者 宋知远 通讯员 艾琳）“以前买菜回来，爬到五楼要歇两回，现在按一下按钮就到家门口了。”3月30日，柳泉街道春晖里小区3号楼的电梯正式投入使用，72岁的住户陈阿姨高兴地说。',
   '春晖里小区建成于上世纪90年代，共有多层住宅楼14栋，60岁以上老人占常住人口的三成以上。去年以来，街道组织社区、物业和居民代表召开协调会20余次，逐栋征求意见，化解低层住户对采光、噪声的顾虑，目前已有6栋楼完成加装电梯签约。',
   '为加快进度，街道引入“统一设计、统一招标、统一施工”的片区化实施模式，单部电梯施工周期由过去的4个月缩短至2个半月，造价下降约一成。街道还与电梯企业约定，加装电梯投用后的维保费用前五年由企业优惠承担。',
   '柳泉街道相关负责人介绍，今年街道计划新增电梯36部，覆盖春晖里、柳荫南里等5个小区，惠及居民800余户。']))
# 6
A.append(dict(kind='news', headline='东塘街道“小院议事厅”议出停车新办法', subheadlines=[],
  byline='本报讯（记者 蓝珂）',
  text=['本报讯（记者 蓝珂）傍晚6点，东塘街道砖塔胡同的停车位上已停满了车，但胡同主路依然畅通。“过去一到晚上，车都停在胡同两边，消防车进不来，居民出门都得侧着身子。”胡同居民老鲁说，现在的变化，是大家在“小院议事厅”里一起商量出来的。',
   '去年秋天，东塘街道在砖塔胡同一处闲置院落设立“小院议事厅”，每月组织居民代表、产权单位、物业和街道工作人员坐下来议事。停车难是居民提出最多的问题。经过三轮讨论，议事厅提出了“错时共享、分时收费、单侧停放”的办法：辖区两家单位的内部停车场晚上向居民开放，胡同内只允许单侧停车，并划定了临时停靠区。',
   '办法实施三个月来，砖塔胡同夜间停车位增加了110个，胡同内违停现象明显减少。“议事厅里定的规矩，大家都认。”议事厅召集人、社区党委书记乔慧敏说。',
   '据了解，东塘街道已在辖区建成“小院议事厅”9处，今年以来共议定事项47件，涉及停车、垃圾分类、楼道杂物清理等居民身边的“小事”。']))
# 7
cap7 = '青湾镇农机服务站工作人员为农户检修播种机。'
A.append(dict(kind='news', headline='青湾镇新建4处农机服务站', subheadlines=['春耕“不误农时”有保障'],
  byline='本报讯（通讯员 庞立夏）', captions=[cap7],
  text=['本报讯（通讯员 庞立夏）眼下正值春耕备播关键期，青湾镇新建的4处农机服务站全部投入运行，为周边农户提供农机检修、作业调度和技术培训等服务。',
   '在青湾镇前营村农机服务站，10余台拖拉机、播种机整齐排列，技术人员正在逐台检查。服务站负责人赵长海介绍，服务站配备了维修工4名，能在2小时内到达全镇任何一个村，“农机在地里坏了，打个电话我们就上门。”',
   '今年，青湾镇计划完成春播面积3.2万亩。镇农业服务中心还组建了由12名农技人员组成的服务队，分片包村开展技术指导，确保春播工作在4月底前全部完成。']))
# 8 feature
A.append(dict(kind='feature', headline='守着老窑口的第三代人', subheadlines=['——记北渡陶艺匠人许长庚'],
  byline='文/本报记者 温小满　图/梧岗融媒 邹岩',
  crossheads=['祖孙三代守一口窑', '老手艺有了新客人', '“让更多年轻人摸到泥”'],
  captions=['许长庚在工作室里为陶坯修形。'],
  text=['北渡街道的老窑口胡同里，有一座已经烧了七十多年的柴窑。每到开窑的日子，63岁的许长庚总是天不亮就守在窑前。“火候到没到，全靠眼睛看、耳朵听。”他一边说，一边从观火孔里往里瞧。',
   '许家的窑是许长庚的祖父在上世纪50年代建起来的。那时候，北渡一带有大大小小二十多座窑，烧的多是水缸、花盆和碗碟。后来，日用陶瓷渐渐被工厂产品取代，窑口一座接一座熄了火，只剩下许家这一座。',
   '“最难的时候，一年烧不了几窑，做出来的东西也卖不出去。”许长庚回忆，那几年他白天在建筑工地打工，晚上回家接着练拉坯，“手艺不能丢在我手里。”',
   '转机出现在五年前。北渡街道启动老窑口胡同街区更新，把许家窑列入重点保护的历史遗存，还帮他把临街的两间老屋改造成了陶艺工作室。',
   '如今，工作室每个周末都会开设体验课，来学拉坯、上釉的大多是年轻人。许长庚设计的“北渡春水”系列茶器，在线上店铺卖得也不错，去年销售额有40多万元。',
   '儿子许青原本在外地做设计，三年前辞职回到北渡，负责工作室的网店和课程。“父亲守火，我守客人。”许青说，父子俩常常为一个釉色争上半天，最后烧出来的，往往是两个人都没想到的颜色。',
   '前年，许长庚被评为区级非物质文化遗产代表性传承人。他在附近的北渡小学开设了陶艺兴趣班，每周去上两节课。',
   '“孩子们摸到泥的那一刻，眼睛都是亮的。”许长庚说，他最大的心愿，是这口窑的火能一直烧下去。']))
# 9
A.append(dict(kind='news', headline='区图书馆“书香驿站”开进工业园', subheadlines=[],
  byline='本报讯（记者 邹岩 实习生 孟可）',
  text=['本报讯（记者 邹岩 实习生 孟可）3月31日，区图书馆在青湾智能装备产业园设立的“书香驿站”正式开放。驿站配备图书3000余册、电子阅读设备6台，园区职工凭身份证即可免费借阅，借阅数据与区图书馆总馆实时联通。',
   '“午休的时候能过来翻翻书，下班前还能借两本带回宿舍。”在园区一家企业工作的小伍说。区图书馆馆长凌晓月介绍，驿站的图书将根据职工借阅需求每两个月更新一次，图书馆还将在驿站定期举办读书分享会和技能讲座。',
   '截至目前，区图书馆已在社区、学校和企业建成“书香驿站”27个，今年计划再建8个。']))
# 10 opinion
A.append(dict(kind='opinion', headline='让“一窗通”通到群众心里', subheadlines=['〖梧岗时评〗'], byline='□ 鲁言',
  text=['企业开办从3个工作日压缩到1个工作日以内，这是“企业开办一窗通”交出的一份成绩单。数字背后，是部门之间打破壁垒、数据之间实现共享的实打实的改革。',
   '办事快不快，群众最有发言权。过去，群众办事常常遇到“材料反复交、窗口来回跑”的烦恼，根子在于部门各管一段、信息各存一处。一窗通的意义，不只是把几个窗口并成一个，更在于倒逼后台流程再造，让数据多跑路、群众少跑腿。',
   '也要看到，改革还有不少“最后一公里”要打通。有的事项线上能办但不好办，有的窗口人员对新流程还不熟悉。这些问题看似细小，却直接影响群众的办事体验。',
   '衡量改革成效，不能只看窗口数量和办结时间，更要看群众和企业满意不满意。把每一件小事办好，一窗通才能真正通到群众心里。']))
# 11 notice
A.append(dict(kind='notice', headline='梧岗区森林防火指挥部关于严防春季森林火灾的通告', subheadlines=[], byline=None,
  text=['当前正值春季森林防火关键期，气温回升、风大物燥，森林火险等级居高不下。为切实保护森林资源和人民群众生命财产安全，现将有关事项通告如下：',
   '一、4月1日至5月31日为全区森林高火险期，其间严禁在林区及林缘500米范围内野外吸烟、烧荒、燃放烟花爆竹、焚烧祭祀用品等一切野外用火行为。',
   '二、进入林区的人员应自觉接受防火检查，不得携带火种进山。',
   '三、各镇街、各林区经营单位要严格落实防火责任，加强巡护值守，发现火情立即扑救并报告。',
   '四、对违反规定野外用火的，由有关部门依法予以处罚；构成犯罪的，依法追究刑事责任。',
   '森林火警报告电话：0598-8812119。',
   '梧岗区森林防火指挥部',
   '2027年4月1日']))
# 12 essay
A.append(dict(kind='feature', headline='北渡的春水', subheadlines=['〖梧桐副刊〗'], byline='□ 秦素',
  text=['北渡河的水，是在某一个早晨忽然变绿的。前一天还是灰蒙蒙的一河冷水，一夜春风过后，岸边的柳条垂下来，水面上就浮起一层淡淡的绿意。',
   '小时候，我家就住在河边的老街上。每到这个时节，母亲总要拎着竹篮到河滩上挖荠菜。我跟在后面，看一群鸭子从桥洞底下游出来，把一河春水搅得哗哗响。',
   '后来老街拆了，河边修了步道和栈桥。前些日子回去，看见许多年轻人坐在栈桥上看书、拍照，河对岸新开的咖啡馆门口排起了队。我站在桥头，想找当年挖荠菜的那片河滩，却怎么也找不到了。',
   '可是河水还是那样绿，柳条还是那样软。我想，一条河的记忆，大概就藏在这年年如约而至的春水里吧。']))

# 13-15 briefs under one column tag, 16 page-3 news
A.append(dict(kind='news', headline='北渡街道开展燃气安全入户检查', subheadlines=['〖区情速览〗'], byline='北渡街道供稿',
  text=['近日，北渡街道联合燃气公司对辖区1200余户老旧平房开展燃气安全入户检查，更换老化胶管86根，发放安全提示卡2000余份。']))
A.append(dict(kind='news', headline='桂坪镇完成首批宅基地确权颁证', subheadlines=['〖区情速览〗'], byline=None,
  text=['3月下旬，桂坪镇向前营、后营等4个村的312户农户颁发了宅基地和房屋不动产权证书。该镇计划年内完成全部19个村的确权颁证工作。']))
A.append(dict(kind='news', headline='区人社局春风招聘会提供岗位2600个', subheadlines=['〖区情速览〗'], byline='记者 蓝珂',
  text=['4月2日，区人力资源和社会保障局在梧岗体育馆举办春风行动专场招聘会，86家企业提供岗位2600个，现场初步达成就业意向430人。']))
A.append(dict(kind='news', headline='梧岗区启动第二届“社区合伙人”计划', subheadlines=['50个社区服务项目面向社会征集'],
  byline='本报讯（记者 宋知远）',
  text=['本报讯（记者 宋知远）4月1日，梧岗区第二届“社区合伙人”计划启动，面向社会组织、企业和居民团队征集社区服务项目50个，每个项目最高可获得5万元资助。',
   '“社区合伙人”计划由区委社会工作部牵头实施，去年首届计划共落地项目38个，涉及老年助餐、儿童托管、社区花园营造等。柳泉街道的“四点半课堂”项目由3名退休教师发起，一年来为双职工家庭的120多名孩子提供了课后看护。',
   '与首届相比，今年的计划增加了“青年专项”，鼓励高校学生和青年创业团队参与社区服务。项目申报截至4月30日，入选项目将于5月中旬公布。']))

A.append(dict(kind='news', headline='春季食品安全抽检覆盖全区农贸市场', subheadlines=['抽检样品1260批次 合格率98.7%'], byline='记者 邹岩 通讯员 柯岩',
  text=['3月以来，区市场监督管理局在全区开展春季食品安全专项抽检，覆盖11个农贸市场、46家超市和学校食堂周边的120余家小餐饮店，共抽检蔬菜、肉类、水产品和散装熟食等样品1260批次，合格率为98.7%。',
   '对抽检中发现的16批次不合格样品，执法人员已依法进行核查处置，督促经营者下架、召回问题产品，并对涉及的2家批发商立案调查。抽检结果已在“梧岗发布”微信公众号公开。',
   '区市场监督管理局相关负责人表示，下一步将把抽检重点转向夏季高发的冷食、凉菜和集体用餐配送单位，市民如发现食品安全问题，可拨打12315投诉举报。']))

def pieces(p, cuts):
    out = []
    for m in cuts:
        i = p.index(m) + len(m); out.append(p[:i]); p = p[i:]
    return out + [p]
def body(doc, aid, paras, cuts=None, inserts=None, noblank=(), part='body'):
    """One line per paragraph; cuts {pi: [marker]} -> the paragraph is broken after each marker by a blank
    line (column break) or, if inserts has (pi, k), by those lines."""
    cuts = cuts or {}; inserts = inserts or {}
    for pi, p in enumerate(paras):
        if pi > 0 and pi not in noblank: doc.blank()
        ps = pieces(p, cuts.get(pi, []))
        for k, s in enumerate(ps):
            doc.add(s, aid, part)
            if k < len(ps) - 1:
                doc.blank()
                for it in inserts.get((pi, k), []):
                    if it == '': doc.blank()
                    else: doc.add(it[0], aid if it[1] else None, it[1])

d = Doc()
d.blank(3)
for l in ['梧岗报', '', 'WUGANG NEWS', '', '2027年4月6日 星期二', '农历丁未年二月三十', '第14期（总第1733期）', '今日4版', '',
          '中共梧岗区委主办', '梧岗区融媒体中心出版', '内部资料 免费交流', '准印证号：梧内资字2027-0014', '']:
    d.add(l) if l else d.blank()
def head(aid, lines):
    for t, part in lines:
        if t == '': d.blank()
        else: d.add(t, aid, part)
# lead
head(0, [('韩立峰在全区一季度经济运行分析会上强调', 'kicker'), ('', None), ('稳住基本盘 跑出加速度', 'headline'), ('', None),
         ('周默然主持', 'subtitle'), ('', None)])
body(d, 0, A[0]['text'], cuts={1: ['固定资产投资增长'], 3: ['推动春季集中开工项目早出形象、早见']})
d.blank()
head(1, [('梧岗区春季重点项目集中开工', 'headline'), ('18个项目总投资86.4亿元', 'subtitle'), ('', None)])
body(d, 1, A[1]['text'], cuts={1: ['可容纳装备制造企业40余家。项目负责人介绍，园区一期已入驻企业23家，二期厂房尚未开工']})
d.blank()
head(2, [('2027年春季集中开工重点项目一览', 'headline'), ('', None)])
body(d, 2, A[2]['text'], cuts={11: ['建设单位：青湾城镇']})
d.blank(3)
head(3, [('图片新闻', 'label'), ('桂坪梨花进入盛花期', 'headline'), ('', None), ('', None), ('', None)])
d.add(cap3, 3, 'caption'); d.add('梧岗融媒 温小满 摄', 3, 'credit'); d.blank()
head(4, [('区政务服务中心开设“企业开办一窗通”', 'headline'), ('', None)])
body(d, 4, A[4]['text'])
d.add('（记者 蓝珂）', 4, 'byline'); d.blank()
for l in ['新闻热线：0598-8812345　投稿邮箱：wgbtg@wgnews.cn', '', '本版责编：卢苇　版式：田甜　校对：孔雪']:
    d.add(l) if l else d.blank()
d.blank()
# page 2
d.add('\f2027年4月6日 星期二'); d.blank(); d.add('第2版 综合新闻'); d.blank()
head(5, [('为民办实事', 'kicker'), ('', None), ('柳泉街道老旧小区加装电梯提速', 'headline'), ('今年计划新增电梯36部', 'subtitle'), ('', None), ('', None)])
d.add(A[5]['captions'][0], 5, 'caption'); d.add('梧岗融媒 邹岩 摄', 5, 'credit'); d.blank()
body(d, 5, A[5]['text'], cuts={1: ['逐栋征求意见，化解低层']})
d.blank()
head(6, [('东塘街道“小院议事厅”议出停车新办法', 'headline'), ('', None)])
body(d, 6, A[6]['text'], cuts={1: ['胡同内只允许单侧停车，并划']}, noblank=(2,))
d.blank(2)
d.add(cap7, 7, 'caption'); d.add('通讯员 庞立夏 摄', 7, 'credit'); d.blank()
head(7, [('青湾镇新建4处农机服务站', 'headline'), ('', None), ('春耕“不误农时”有保障', 'subtitle'), ('', None)])
body(d, 7, A[7]['text'])
d.blank()
head(17, [('春季食品安全抽检覆盖全区农贸市场', 'headline'), ('抽检样品1260批次 合格率98.7%', 'subtitle'), ('', None), ('记者 邹岩 通讯员 柯岩', 'byline'), ('', None)])
body(d, 17, A[17]['text'], cuts={0: ['散装熟']})
d.blank()
head(9, [('区图书馆“书香驿站”开进工业园', 'headline'), ('', None)])
body(d, 9, A[9]['text'], cuts={0: ['借阅数据与区图书馆']})
d.blank()
d.add('〖区情速览〗', 13, 'tag'); d.blank()
d.add('北渡街道开展燃气安全入户检查', 13, 'headline'); d.add(A[13]['text'][0] + '（北渡街道供稿）', 13, 'body')
d.add('桂坪镇完成首批宅基地确权颁证', 14, 'headline'); d.add(A[14]['text'][0], 14, 'body'); d.blank()
d.add('区人社局春风招聘会提供岗位2600个', 15, 'headline'); d.add(A[15]['text'][0] + '（记者 蓝珂）', 15, 'body')
d.blank()
for l in ['本版责编：沈听雨　版式：田甜　校对：孔雪']: d.add(l)
d.blank()
# page 3
d.add('\f第3版 人文梧岗'); d.blank(); d.add('2027年4月6日 星期二'); d.blank()
head(8, [('守着老窑口的第三代人', 'headline'), ('', None), ('——记北渡陶艺匠人许长庚', 'subtitle'), ('', None),
         ('文/本报记者 温小满　图/梧岗融媒 邹岩', 'byline'), ('', None)])
t8 = A[8]['text']
body(d, 8, t8[0:1]); d.blank(); d.add('祖孙三代守一口窑', 8, 'crosshead'); d.blank()
body(d, 8, t8[1:3], cuts={0: ['烧的多是水缸、花']}); d.blank(); d.add('老手艺有了新客人', 8, 'crosshead'); d.blank()
body(d, 8, t8[3:6], cuts={2: ['父子俩常常为一个釉色争上半天，最后烧']}); d.blank(2)
d.add('许长庚在工作室里为陶坯修形。', 8, 'caption'); d.blank()
d.add('“让更多年轻人摸到泥”', 8, 'crosshead'); d.blank()
body(d, 8, t8[6:8])
d.blank()
head(16, [('梧岗区启动第二届“社区合伙人”计划', 'headline'), ('', None), ('50个社区服务项目面向社会征集', 'subtitle'), ('', None)])
body(d, 16, A[16]['text'], cuts={1: ['柳泉街道的“四点半']})
d.blank()
for l in ['本版责编：温小满　版式：宁宁　校对：孔雪']: d.add(l)
d.blank()
# page 4
d.add('\f2027年4月6日 星期二'); d.blank(); d.add('第4版 评论·副刊'); d.blank()
head(10, [('〖梧岗时评〗', 'tag'), ('', None), ('让“一窗通”通到群众心里', 'headline'), ('□ 鲁言', 'byline'), ('', None)])
body(d, 10, A[10]['text'], cuts={1: ['让数据多跑']})
d.blank()
head(11, [('梧岗区森林防火指挥部关于严防春季森林火灾的通告', 'headline'), ('', None)])
body(d, 11, A[11]['text'])
d.blank()
head(12, [('〖梧桐副刊〗', 'tag'), ('', None), ('北渡的春水', 'headline'), ('', None), ('□ 秦素', 'byline'), ('', None)])
body(d, 12, A[12]['text'], cuts={2: ['看见许多年轻人坐在栈桥上看书、拍照，河对岸新开的咖啡馆门口排']})
d.blank()
for l in ['梧岗报社地址：梧岗区长宁路18号　邮编：365100', '印刷：梧岗日报印务中心　本报法律顾问：梧岗明正律师事务所']:
    d.add(l)
d.blank()

notes = ('Invented issue. Plain PDF text extraction of a 3-column weekly in the manner of the real xindongcheng-2026-03-10 '
  'fixture: one line per printed paragraph, blank lines between paragraphs AND at column breaks in mid-sentence. '
  'Masthead at the top with blanks between items; pages 2-4 start with a form feed glued to the first header line '
  '(date and 第N版 label, whose order differs between pages); each page ends with a 本版责编 editor line. '
  'Conventions: kicker above the main headline separated by a blank, subtitle right under the headline (no dash) or '
  'after a blank; datelines 本报讯（记者 X） or the old style 本报讯 记者X 通讯员Y 报道：; column tags in 〖〗; '
  'photo credits on their own line after the caption.')
not_articles = ['梧岗报', 'WUGANG NEWS', '2027年4月6日 星期二', '农历丁未年二月三十', '第14期（总第1733期）', '今日4版',
  '中共梧岗区委主办', '梧岗区融媒体中心出版', '内部资料 免费交流', '准印证号：梧内资字2027-0014',
  '新闻热线：0598-8812345　投稿邮箱：wgbtg@wgnews.cn', '本版责编：卢苇　版式：田甜　校对：孔雪', '第2版 综合新闻',
  '本版责编：沈听雨　版式：田甜　校对：孔雪', '第3版 人文梧岗', '本版责编：温小满　版式：宁宁　校对：孔雪', '第4版 评论·副刊',
  '梧岗报社地址：梧岗区长宁路18号　邮编：365100', '印刷：梧岗日报印务中心　本报法律顾问：梧岗明正律师事务所']
N = {
 0: 'Lead. Kicker above the headline (blank between), subtitle 周默然主持 after the headline. Paragraphs 2 and 4 are cut by column-break blanks in mid-sentence (…固定资产投资增长|9.4%…, …早出形象、早见|实效…); joined.',
 1: 'Old-style dateline 本报讯 记者宋知远 通讯员葛青 报道： (no parentheses) stays in paragraph 1 and is the byline. Subtitle directly under the headline with no blank. Paragraph 2 cut mid-sentence by a column break.',
 2: 'List printed right after the 开工 story: 18 numbered items, one line each, blank between; one paragraph per item (numbers kept). Item 12 is cut by a column break (建设单位：青湾城镇|建设公司。). No intro line. The list is its own article (kind list), not part of the preceding news.',
 3: 'Photo news: label 图片新闻 (in subheadlines), headline, three blank lines (image), caption, credit line 梧岗融媒 温小满 摄 (the byline). Caption is the single paragraph and the caption.',
 4: 'Short item without a dateline; end byline （记者 蓝珂） on its own line (byline, not text). Page-1 footer (hotline, editor line) follows.',
 5: 'Page 2 opens with the form feed + date header and 第2版 label. Kicker 为民办实事 above headline; subtitle under headline; then a photo caption and its credit BETWEEN the headline stack and the body (caption of this article). Paragraph 2 cut mid-sentence.',
 6: 'Paragraph 3 starts with no blank line before it (“议事厅里定的规矩…”), paragraph 2 is cut mid-phrase by a column break (并划|定了). Paragraph 1 opens with a quote-like scene, not a headline.',
 7: 'TRAP: the photo caption and credit (通讯员 庞立夏 摄) are printed BEFORE this article\'s headline, right after the 停车 article; they belong to THIS article. Subtitle after a blank below the headline.',
 8: 'Feature on page 3: headline, ——subtitle, byline line 文/本报记者 温小满　图/梧岗融媒 邹岩 (full-width space; the byline, not text). Three crossheads between blanks (not paragraphs), a caption (two blank lines before it, image) before the third crosshead. Paragraphs 2 (花|盆) and 6 (烧|出来) are cut by column breaks.',
 9: 'Printed on page 2 after the 农机 story (article order in the truth follows the page-3 feature because the truth lists the feature first only for numbering; source order is 7, 9). Paragraph 1 cut by a column break (借阅数据与区图书馆|总馆).',
 10: 'Commentary: tag 〖梧岗时评〗 (subheadlines), headline, author line □ 鲁言 (byline). Paragraph 2 cut mid-phrase (让数据多跑|路).',
 11: 'Notice: intro, four numbered clauses, hotline line, issuer and date as the last paragraphs (8 paragraphs).',
 12: 'Essay: tag 〖梧桐副刊〗, headline, author □ 秦素. Paragraph 3 cut mid-word (排|起了队). The imprint (address, printer) closes the page: furniture.'}
N.update({
 13: 'Brief 1 of a 〖区情速览〗 column of three run-together briefs (tag printed once above the first; given to each in subheadlines): headline line, one paragraph, end credit （北渡街道供稿） glued to the paragraph end (byline, not text).',
 14: 'Brief 2: headline line directly after brief 1\'s paragraph with NO blank line between them; no byline.',
 15: 'Brief 3: end byline （记者 蓝珂） glued to the paragraph.',
 16: 'Page-3 news after the feature, before the page-3 editor line. Paragraph 2 cut mid-word by a column break (四点半|课堂).'})
N[17] = 'Byline LINE 记者 邹岩 通讯员 柯岩 printed between the subtitle and the body (no 本报讯): it is the byline and not text. Subtitle right under the headline. Paragraph 1 cut by a column break (散装熟|食).'
for i, a in enumerate(A): a['notes'] = N[i]
ORDER = [0, 1, 2, 3, 4, 5, 6, 7, 17, 9, 13, 14, 15, 8, 16, 10, 11, 12]
A[9]['notes'] = 'Printed on page 2 after the 农机 story, before the page-2 editor line. Paragraph 1 cut by a column break (借阅数据与区图书馆|总馆).'
here = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(here, NAME + '.txt'); tru = os.path.join(here, NAME + '.truth.json')
open(src, 'w', encoding='utf-8').write(d.text())
# truth in source order; keep the Doc tags keyed by the original index
class View:
    def __init__(self, doc, order): self.tags = {k: doc.tags.get(o, []) for k, o in enumerate(order)}
write_truth(tru, NAME + '.txt', '梧岗报', '2027-04-06', '第14期（总第1733期）', notes, not_articles,
            View(d, ORDER), [A[o] for o in ORDER])
sys.exit(0 if check(src, tru) else 1)
