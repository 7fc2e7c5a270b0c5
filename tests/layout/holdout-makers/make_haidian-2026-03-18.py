#!/usr/bin/env python3
"""Hold-out issue B: a 海淀-style weekly (invented content).
Conventions modelled: two-level headlines (引题 line directly followed by 主题 line, no blank), 副题
starting with ——, datelines 本报讯（记者 X 通讯员 Y）, narrow columns (~14 chars) with mid-sentence
blank lines, two articles' columns interleaved on one page, stacked headlines of two articles, an
interview in 问：/答： form, a notice with 一、二、… items and signature/date lines, a photo story
(intro + numbered captions + 摄影 credit), a signed short commentary, page headers/footers."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_lib import Doc, body, wrap, article, write_truth, check

NAME = 'haidian-2026-03-18'
W, H, J = 14, 22, (0, 1, 0, 0, -1, 0, 1, 0)
TOP = 'HAIDIAN WEEKLY 2026.3.18 星期三 | {n:02d} | {sec}'
FOOT = '责任编辑 {a}  版式设计 {b}  新闻热线：82508030'

B1 = ['本报讯（记者 王晓峰 通讯员 赵静怡）3月16日，海淀区召开2026年民生工作会议，发布今年36件重要民生实事项目，涵盖养老助残、教育医疗、城市更新、交通出行、就业服务等10个领域。',
      '根据项目清单，今年海淀区将新增养老床位600张，建设街道区域养老服务中心4家，为2000户困难老年人家庭实施居家适老化改造；新增普惠托位800个，在清河、西北旺等地区新建3所幼儿园，进一步缓解“一老一小”服务供给不足的问题。',
      '在城市更新方面，海淀区将完成58条背街小巷环境精细化整治，推进甘家口、北太平庄等街道15个老旧小区综合整治，加装电梯120部。交通出行方面，将打通断头路6条，新增和改造自行车道35公里，在中关村西区、五道口等区域新增停车位1500个。',
      '会议还通报了2025年民生实事完成情况。去年海淀区确定的32件民生实事已全部完成，其中新增养老床位520张、普惠托位760个，改造老旧小区13个，群众满意率达到95.6%。',
      '会议要求，各责任单位要把民生实事作为“一把手”工程，细化时间表和路线图，每季度向社会公开项目进展。区政府督查室将会同区人大代表、政协委员和居民代表开展现场督查，对进展滞后的项目实行挂账督办。',
      '据悉，今年的民生实事项目是在去年12月至今年2月面向社会公开征集意见的基础上确定的，征集期间共收到市民建议5800余条，其中养老、停车、教育三类建议占比超过六成。市民可登录“海淀政务”网站查看项目清单，或拨打区民生实事咨询电话82508116提出意见建议。']

B2 = ['本报讯（记者 陈思远）楼门口的自行车棚该不该拆？小区空地是建健身场地还是停车位？近日，学院路街道聘请的12名“社区规划师”走进辖区29个社区，和居民一起商量小区公共空间怎么改。',
      '这些规划师来自北京林业大学、北京建筑大学等高校和设计单位，每人对接2至3个社区，每月至少驻点两次。在石油大院社区，规划师王蕾带着学生用一个月时间走访了128户居民，画出了小区“问题地图”，最终确定将一处废弃锅炉房改造为居民活动室。',
      '锅炉房改造方案确定前，规划师先后组织了4次居民议事会。有居民提出活动室要有无障碍坡道，有居民希望留出一面墙展示大院的老照片，这些建议都被写进了设计图纸。“这是我们自己画出来的活动室，用着也格外爱惜。”72岁的居民孟德林说。',
      '“过去改造是先有方案再征求意见，居民常常不买账；现在是从一开始就让居民参与进来，方案是大家一起画出来的。”学院路街道城市管理办公室负责人说，去年以来，街道通过这种方式完成了17个“小微空间”更新项目，居民满意率达到98%。',
      '今年，学院路街道计划再推进20个小微空间更新项目，并将“社区规划师”工作经验向周边街道推广。']

B11 = ['民生实事办得好不好，群众最有发言权。今年海淀区的36件民生实事，从征集建议到确定项目，始终把群众的意见放在前面，这是一个好的开始。',
       '办实事，贵在“实”。项目清单定下来，只是迈出了第一步，更重要的是把每一个项目都落到实处。要防止重数量轻质量、重开工轻运营，避免出现驿站建成了却没人管、停车位建好了却不好用的情况。',
       '办实事，也要让群众“看得见”。定期公开项目进展，请群众参与监督和评价，既是对群众知情权的尊重，也是推动工作的动力。只有把群众的满意度作为检验标准，民生实事才能真正办到群众心坎上。']

B4 = ['今年海淀区民生实事项目中，养老服务类项目占了7项。如何让老年人在家门口就能享受到便捷、专业的养老服务？记者就此专访了区民政局局长韩立群。',
      '问：海淀区目前老龄化情况如何？老年人最关心哪些问题？',
      '答：截至2025年底，海淀区60岁以上户籍老年人有52.6万人，占户籍人口的24.1%，其中80岁以上高龄老人7.8万人。从我们开展的需求调查看，老年人最关心的是就近就医、助餐、助浴和应急救助，特别是独居、高龄老人，对上门服务的需求比较迫切。',
      '问：今年在居家养老服务方面有哪些新举措？',
      '答：我们今年重点做三件事。一是完善“街道区域养老服务中心＋社区养老服务驿站”网络，新建4家街道区域养老服务中心，让每个中心辐射周边3公里范围内的老人；二是扩大助餐服务，新增老年餐桌50个，推动助餐点覆盖全部社区；三是推进家庭养老床位建设，今年计划建设家庭养老床位1000张，由专业机构提供上门照护。',
      '问：不少老人担心上门服务的质量和价格，民政部门如何监管？',
      '答：所有承接上门服务的机构都要纳入全区养老服务信息平台管理，服务人员持证上岗，服务过程全程留痕。价格方面，基本服务项目实行政府指导价，比如助浴服务每次不超过60元，困难老人还可以享受补贴。老人和家属如果对服务不满意，可以拨打养老服务监督电话82505789投诉，我们接到投诉后3个工作日内会反馈处理结果。',
      '问：海淀区高校和科研院所多，在“科技＋养老”方面有哪些探索？',
      '答：我们和辖区高校、企业合作，在10个街道试点智慧养老项目，为独居老人安装了烟感、燃气报警、跌倒监测等智能设备，一旦出现异常，信息会第一时间推送到社区和家属手机上。今年这个项目将扩大到全区所有街道，覆盖独居老人5000户。',
      '问：对于有养老服务需求的老人，应该通过什么渠道申请？',
      '答：老人或家属可以到所在社区居委会或养老服务驿站申请，也可以在“海淀养老”微信小程序上在线申请。工作人员会上门进行能力评估，根据评估结果为老人制定服务方案。']

B5 = ['本报讯（通讯员 何佳 记者 王晓峰）3月12日，西三旗街道育新花园小区12号楼3单元的电梯正式投入使用，这是该街道今年投用的第5部加装电梯。从居民签字同意到电梯运行，这部电梯只用了7个月。',
      '“以前加装电梯，居民要跑规划、住建、市场监管等好几个部门，光办手续就得小半年。”西三旗街道城市管理办公室工作人员介绍，去年以来，街道在社区服务站设立加装电梯“一站式”服务窗口，由专人帮助居民准备材料、协调设计和施工单位，审批手续平均用时缩短了一半。',
      '针对低楼层居民担心采光、噪声的问题，街道还组织设计单位提供多种方案供居民比选，并请人民调解员参与协商。育新花园12号楼3单元一层住户刘大爷起初不同意加装，经过三次协商，施工方调整了电梯井的位置，并为他家更换了隔音窗，最终达成一致。',
      '据统计，西三旗街道辖区共有适宜加装电梯的老楼单元236个，目前已完成加装62部，今年还将新开工30部。']
B5_cap = '西三旗街道育新花园小区新装的电梯投入使用。'

B6 = ['为做好2026年海淀区义务教育阶段入学工作，现将入学信息采集有关事项通告如下：',
      '一、采集对象。具有本市户籍的适龄儿童少年，以及符合在京接受义务教育条件的非本市户籍适龄儿童少年。2026年适龄儿童为2019年8月31日（含）以前出生的儿童。',
      '二、采集时间。2026年5月6日9:00至5月20日17:00，逾期不再受理。',
      '三、采集方式。家长登录北京市义务教育入学服务平台，如实填写儿童户籍、居住地、监护人等信息。非本市户籍适龄儿童少年家长还需在规定时间内到居住地所在街道（镇）审核“五证”材料。',
      '四、注意事项。家长须对所填写信息的真实性负责，对弄虚作假的，一经查实取消入学资格。入学政策及各学校招生简章将于5月上旬在“海淀教育”网站公布。',
      '五、咨询电话。区教委招生考试中心：88499301、88499302（工作日8:30—17:00）。',
      '海淀区教育委员会',
      '2026年3月16日']

B7 = ['本报讯（记者 陈思远）记者从海淀交通支队获悉，4月1日起，中关村大街公交专用道将由现在的海淀黄庄至中关村一桥段向北延长至北四环，全长增加2.3公里。专用道启用时间为工作日7时至9时、17时至19时。',
      '据介绍，中关村大街沿线有公交线路31条，早晚高峰公交车平均运行速度只有每小时11公里。专用道延长后，预计高峰时段公交运行速度可提高15%以上。专用道启用时间内，社会车辆驶入专用道将被电子警察抓拍，处以罚款200元、记3分。',
      '海淀交通支队还将在专用道沿线的公交站台增设电子站牌12块，实时显示车辆到站信息。',
      '交管部门提示，专用道启用时间内，社会车辆可在设置虚线的路口处借用专用道右转，但不得在专用道内停车。']

B8 = ['本报讯（记者 刘洋）海淀公园“智慧步道”改造工程日前完工并向市民开放。改造后的步道全长2.6公里，沿线设置了12个智能屏和人脸识别打卡桩，市民在起点“刷脸”后，跑完全程就能在屏幕上看到自己的配速、消耗热量和排名。',
      '公园管理处相关负责人介绍，步道采用透水塑胶铺装，脚感更舒适，雨后不积水。沿线还新增了直饮水机4台、休息座椅40组，并在夜间开放照明至22时。']

B9 = ['3月15日，上庄镇京西稻种植基地开始育秧，标志着今年京西稻春耕生产全面展开。今年上庄镇京西稻种植面积达到1200亩，较去年增加150亩，预计5月中旬插秧，10月上旬收割。']
B9_caps = ['①农技人员在育秧大棚内查看秧盘。', '②种植户将浸泡好的稻种均匀撒播在秧盘上。', '③育秧大棚内，一排排秧盘整齐摆放。']

B10 = ['本报讯（记者 孙悦 实习记者 马宁）记者从区文化和旅游局获悉，2026“三山五园”文化节将于4月10日开幕，持续至5月底。文化节期间，颐和园、圆明园、香山公园、北京植物园等地将推出园林游览、非遗展示、音乐演出等32项活动。',
       '今年文化节首次推出“三山五园”骑行线路，串联起香山、玉泉山、万寿山和圆明园等景点，全长约18公里，沿途设置5个补给驿站。圆明园还将举办“夜游九州”灯光展，每周五至周日晚间开放。',
       '据介绍，文化节期间，颐和园将推出“园林匠心”古建筑修缮展，展出彩画、砖雕等修缮实物和老照片200余件；香山公园将举办“红色香山”主题研学活动，面向中小学生开放预约。',
       '区文化和旅游局提醒，部分活动需提前预约，市民可关注“文化海淀”微信公众号获取活动信息。']

B12 = ['早上7点，67岁的周德顺戴上红袖标，拿着一个记满字的笔记本出了门。这是他担任清河街道毛纺北小区“小巷管家”的第六个年头，每天早晚两次巡街，雷打不动。',
       '周德顺的巡街路线从小区西门的菜市场开始。“早上人多车多，三轮车、电动车容易堵在门口，得提醒商户别占道。”走到一处井盖旁，他停下来用脚踩了踩，发现井盖有些松动，随即拍照上传到“海淀城管”小程序。不到一个小时，维修人员就赶到现场进行了加固。',
       '据统计，去年一年，周德顺通过小程序上报各类问题430多件，涉及路灯不亮、井盖破损、乱堆乱放等，办结率达到97%。他的笔记本已经写满了11本，哪栋楼有独居老人、哪个楼道的灯坏了，他都记得清清楚楚。',
       '去年冬天，毛纺北小区8号楼的一位居民反映，楼上住户在阳台上养了十几只鸽子，鸽粪落得到处都是。周德顺先后五次上门，和养鸽的老人聊家常、讲道理，最后帮老人在小区外找到了一处合适的养鸽场地，矛盾得到化解。“邻里之间的事，光靠打电话投诉解决不了，得有人坐下来好好说。”周德顺说。',
       '清河街道城市管理办公室负责人介绍，“小巷管家”大多是热心的退休居民，熟悉情况、有威望，能在第一时间发现和化解问题。去年，毛纺北小区的12345热线诉求量同比下降了31%。',
       '在周德顺的带动下，小区里又有9名退休居民加入了“小巷管家”队伍，他们分片包楼，每人负责两到三栋楼。目前，清河街道共有“小巷管家”216名，覆盖辖区所有街巷和小区。',
       '周德顺的老伴起初不太支持他当“管家”，觉得退休了就该在家享享清福。后来看到老周每天乐呵呵的，邻居们见了他都热情地打招呼，老伴也加入进来，成了小区垃圾分类的义务宣传员。“能为大家做点事，心里痛快。”周德顺说。',
       '傍晚6点，周德顺结束了一天的第二次巡街。他翻开笔记本，在当天的记录下面写上一行字：“西门井盖已修好，8号楼楼道灯已报修。”']
B12_x = ['清早巡街 从菜市场开始', '小事不出楼门', '“管家”队伍越来越壮大']
B12_cap = '周德顺（右）在小区内巡查，与居民交流。'

B13 = ['本报讯（记者 刘洋）3月14日，海淀区2026年春季义务植树活动在西山国家森林公园启动，机关干部、企业职工、学生和居民代表等600余人参加，当天共栽植油松、元宝枫、山桃等苗木3200余株。',
       '据区园林绿化局介绍，今年春季海淀区将组织开展各类义务植树活动120场，预计参与人数超过5万人次。市民还可以通过“首都绿化”小程序参与树木认养、林木抚育等“互联网＋全民义务植树”活动。']

B14 = ['本报讯（通讯员 宋雨桐）海淀区第十届社区运动会将于4月中旬开赛，比赛设置健步走、八段锦、乒乓球、跳绳、趣味接力等12个项目，全区29个街镇将组队参赛，预计参赛人数超过1.2万人。',
       '与往届相比，本届运动会新增了亲子趣味赛和轮椅乒乓球项目，鼓励家庭和残疾人朋友参与。比赛报名以街镇为单位进行，截止时间为3月31日。']

B15 = ['本报讯（记者 孙悦）记者从区妇儿工委获悉，今年海淀区将建成15个“儿童友好社区”，在社区内建设儿童活动空间、设立儿童议事会、开展儿童安全教育，让孩子们在家门口就有地方玩、有事情做、有人来管。',
       '在先行试点的万柳地区万泉新新家园社区，一处原本闲置的地下空间被改造成了“儿童之家”，设有阅读角、手工坊、积木区和户外沙坑，每天下午4点至6点免费开放。社区还招募了35名家长志愿者轮流值守，解决了双职工家庭孩子放学后无人照看的问题。',
       '“儿童友好”不仅是建设游乐设施，更重要的是让孩子们参与社区事务。万泉新新家园社区成立了由18名中小学生组成的儿童议事会，孩子们提出的“小区里增设儿童过街安全提示”“楼道里张贴安全逃生图”等12条建议，已有9条落实。',
       '据了解，海淀区还将同步推进儿童友好公园、儿童友好学校和儿童友好医院建设，今年计划改造提升儿童游乐场地30处，在全区中小学周边设置“护学岗”200个。区妇儿工委还面向社会征集儿童友好城市建设意见建议，市民可拨打电话82519902参与。']

# ---------------------------------------------------------------- layout
d = Doc()
for l in ['', '海淀周报', 'HAIDIAN WEEKLY', '2026年3月18日', '星期三',
          '第11期 总第1128期', '今日8版', '中共北京市海淀区委主管主办', '海淀区融媒体中心出版',
          '京内资准字1906-L0088', '']:
    d.emit(l)
# B1 headline block: 引题 / 主题 with no blank, 副题 with ——
d.emit('海淀区召开2026年民生工作会议', 'b1', 'kicker')
d.emit('今年办好36件重要民生实事', 'b1', 'headline')
d.emit('——新增养老床位600张 改造背街小巷58条', 'b1', 'subtitle')
d.blank()
from holdout_lib import columns, flow
n1 = sum(1 for e in flow(B1, W, J) if e); n2 = sum(1 for e in flow(B2, W, J) if e)
k1 = columns(flow(B1, W, J), -(-n1 // 3))
k2 = columns(flow(B2, W, J), -(-n2 // 2))
assert len(k1) == 3 and len(k2) == 2, (len(k1), len(k2))
# interleaved: B1 col1, B2 headline + col1, B1 col2, B2 col2, B1 col3
d.many(k1[0], 'b1', 'body col 1')
d.blank()
d.emit('学院路街道“社区规划师”', 'b2', 'headline')
d.emit('走进楼门院落', 'b2', 'headline')
d.blank()
d.many(k2[0], 'b2', 'body col 1')
d.blank()
d.many(k1[1], 'b1', 'body col 2')
d.blank()
d.many(k2[1], 'b2', 'body col 2')
d.blank()
d.many(k1[2], 'b1', 'body col 3')
d.blank()
d.emit('短评', 'b11', 'column tag')
d.emit('民生实事重在“实”', 'b11', 'headline')
d.emit('□本报评论员 林木', 'b11', 'byline')
d.blank()
d.many(body(B11, W + 2, H, J), 'b11', 'body')
d.blank()
d.emit(FOOT.format(a='刘畅', b='陈岩'))
d.blank()

# ---- page 2: interview + lift news with a caption cutting a sentence
d.emit(TOP.format(n=2, sec='民生'))
d.blank()
d.emit('让老年人在家门口享受', 'b4', 'headline')
d.emit('专业养老服务', 'b4', 'headline')
d.emit('——访海淀区民政局局长韩立群', 'b4', 'subtitle')
d.blank()
d.emit('□本报记者 孙悦', 'b4', 'byline')
d.blank()
d.many(body(B4, W, H, J), 'b4', 'body')
d.blank()
d.emit('西三旗街道优化审批流程', 'b5', 'kicker')
d.emit('老楼加装电梯 手续一窗办结', 'b5', 'headline')
d.blank()
b5 = body(B5, W, H, J)
cut = next(i for i, l in enumerate(b5) if l.startswith('针对低楼层')) + 3
d.many(b5[:cut], 'b5', 'body')
d.blank()
d.emit(B5_cap + ' 摄影 王晓峰', 'b5', 'caption + credit')
d.blank()
d.many(b5[cut:], 'b5', 'body')
d.blank()
d.emit(FOOT.format(a='周楠', b='陈岩'))
d.blank()

# ---- page 3: notice (boxed, wider measure) + stacked headlines of two news items
d.emit(TOP.format(n=3, sec='政务'))
d.blank()
d.emit('海淀区教育委员会关于2026年义务教育', 'b6', 'headline')
d.emit('阶段入学信息采集工作的通告', 'b6', 'headline')
d.blank()
for i, p in enumerate(B6):
    if i >= 6:
        d.emit(' ' * 18 + p, 'b6', 'signature/date')
        continue
    d.many(wrap(p, 19, (0, 0, 1)), 'b6', 'items')
    if i in (0, 5):
        d.blank()
d.blank()
d.emit('中关村大街公交专用道', 'b7', 'kicker')
d.emit('4月1日起北延至北四环', 'b7', 'headline')
d.blank()
d.emit('海淀公园“智慧步道”改造完工', 'b8', 'headline')
d.blank()
d.many(body(B7, W, H, J), 'b7', 'body')
d.blank()
d.many(body(B8, W, H, J), 'b8', 'body')
d.blank()
d.emit('海淀区启动春季义务植树活动', 'b13', 'headline')
d.blank()
d.many(body(B13, W, H, J), 'b13', 'body')
d.blank()
d.emit(FOOT.format(a='周楠', b='赵一鸣'))
d.blank()

# ---- page 4: long feature with crossheads and a photo, one short item
d.emit(TOP.format(n=4, sec='社区'))
d.blank()
d.emit('基层治理一线', 'b12', 'kicker')
d.emit('“小巷管家”老周的一天', 'b12', 'headline')
d.emit('——记清河街道毛纺北小区“小巷管家”周德顺', 'b12', 'subtitle')
d.blank()
d.emit('□本报记者 陈思远 文/图', 'b12', 'byline')
d.blank()
d.many(body(B12[:1], W, H, J), 'b12', 'body')
d.blank()
d.emit(B12_x[0], 'b12', 'crosshead')
d.blank()
fb = body(B12[1:3], W, H, J)
d.many(fb[:9], 'b12', 'body')
d.blank()
d.emit(B12_cap, 'b12', 'caption')
d.blank()
d.many(fb[9:], 'b12', 'body')
d.blank()
d.emit(B12_x[1], 'b12', 'crosshead')
d.blank()
d.many(body(B12[3:5], W, H, J), 'b12', 'body')
d.blank()
d.emit(B12_x[2], 'b12', 'crosshead')
d.blank()
d.many(body(B12[5:], W, H, J), 'b12', 'body')
d.blank()
d.emit('家门口有地方玩 有事情做 有人来管', 'b15', 'kicker')
d.emit('海淀今年建成15个“儿童友好社区”', 'b15', 'headline')
d.blank()
d.many(body(B15, W, H, J), 'b15', 'body')
d.blank()
d.emit('海淀区第十届社区运动会4月开赛', 'b14', 'headline')
d.blank()
d.many(body(B14, W, H, J), 'b14', 'body')
d.blank()
d.emit(FOOT.format(a='周楠', b='陈岩'))
d.blank()

# ---- page 4: photo story + culture
d.emit(TOP.format(n=5, sec='文化·视觉'))
d.blank()
d.emit('京西稻育秧 春耕序幕开启', 'b9', 'headline')
d.blank(2)
d.many(wrap(B9[0], 24, (0, 1, 0)), 'b9', 'intro')
d.blank()
for c in B9_caps:
    d.emit(c, 'b9', 'caption')
d.emit('摄影 本报记者 刘洋', 'b9', 'credit')
d.blank()
d.emit('“三山五园”文化节4月开幕', 'b10', 'kicker')
d.emit('32项活动邀市民游园赏春', 'b10', 'headline')
d.blank()
d.many(body(B10, W, H, J), 'b10', 'body')
d.blank()
d.emit(FOOT.format(a='李然', b='赵一鸣'))
d.write(NAME + '.txt')

arts, aids = [], []
def add(aid, a):
    arts.append(a); aids.append(aid)
add('b1', article('news', '今年办好36件重要民生实事', B1, ['海淀区召开2026年民生工作会议', '——新增养老床位600张 改造背街小巷58条'],
    '本报讯（记者 王晓峰 通讯员 赵静怡）',
    notes='Two-level headline: 引题 and 主题 on consecutive lines with NO blank line between, then a 副题 starting with \"——\". Dateline 本报讯（记者 X 通讯员 Y）. Narrow measure (~14 chars). TRAP (interleaved columns): the body is printed in three columns, and the two columns of the 学院路 article (with its headline) are printed BETWEEN them: B1 col1 | B2 headline + col1 | B1 col2 | B2 col2 | B1 col3. Column breaks fall mid-sentence.'))
add('b2', article('news', '学院路街道“社区规划师”走进楼门院落', B2, [], '本报讯（记者 陈思远）',
    notes='Headline wrapped over two lines (one phrase: \"学院路街道“社区规划师”\" + \"走进楼门院落\"). TRAP: its two body columns are interleaved with the lead story\'s columns (see that article); its col 2 starts right after the lead\'s col 2, and the lead\'s col 3 follows it.'))
add('b11', article('opinion', '民生实事重在“实”', B11, ['短评'], '□本报评论员 林木',
    notes='Front-page short commentary: rubric \"短评\" above the headline, byline \"□本报评论员 林木\" BEFORE the body; wrapped at 16. Followed by the page footer (责任编辑…新闻热线), which is furniture.'))
add('b4', article('feature', '让老年人在家门口享受专业养老服务', B4, ['——访海淀区民政局局长韩立群'], '□本报记者 孙悦',
    notes='Interview: headline wrapped over two lines, 副题 \"——访…\", byline \"□本报记者 孙悦\" on its own line before the body. Intro paragraph, then alternating \"问：\"/\"答：\" paragraphs (each Q and each A is one paragraph; the short 问 lines must not be taken as headlines/crossheads). Page header \"HAIDIAN WEEKLY 2026.3.18 星期三 | 02 | 民生\" above it is furniture.'))
add('b5', article('news', '老楼加装电梯 手续一窗办结', B5, ['西三旗街道优化审批流程'], '本报讯（通讯员 何佳 记者 王晓峰）',
    captions=[B5_cap],
    notes='引题/主题 on consecutive lines. Dateline with 通讯员 before 记者. TRAP: photo caption with inline credit \"… 摄影 王晓峰\" inserted between two lines of paragraph 3 (mid-sentence); credit not part of the caption text.'))
add('b6', article('notice', '海淀区教育委员会关于2026年义务教育阶段入学信息采集工作的通告', B6, [], None,
    notes='Notice (通告) printed at a wider measure (~19) with the title wrapped over two lines. Items 一、…五、 each one paragraph with single line breaks inside and NO blank lines between items (a new item is recognisable only by its \"X、\" number). The issuing body and the date are printed as two right-aligned lines (leading spaces) and are counted as the last two paragraphs. No byline.'))
add('b7', article('news', '4月1日起北延至北四环', B7, ['中关村大街公交专用道'], '本报讯（记者 陈思远）',
    notes='TRAP (stacked headlines): the 引题/主题 of this article and the headline of the 智慧步道 item are printed one after the other before both bodies; the first body (this one) belongs to the FIRST headline block. Kicker/main split inferred from line order.'))
add('b8', article('news', '海淀公园“智慧步道”改造完工', B8, [], '本报讯（记者 刘洋）',
    notes='Headline printed directly under the previous article\'s headline block (stacked); its body follows the other body. Two paragraphs.'))
add('b13', article('news', '海淀区启动春季义务植树活动', B13, [], '本报讯（记者 刘洋）',
    notes='Short item at the bottom of page 3, right after the second body of the stacked-headline pair; it has its own headline, so it must not be appended to the 智慧步道 item.'))
add('b12', article('feature', '“小巷管家”老周的一天', B12, ['基层治理一线', '——记清河街道毛纺北小区“小巷管家”周德顺'], '□本报记者 陈思远 文/图',
    captions=[B12_cap], crossheads=B12_x,
    notes='Long feature: 引题 line, 主题 line and ——副题 consecutive, byline \"□本报记者 陈思远 文/图\" on its own line. Three crossheads (short lines between blank lines, not paragraphs). TRAP: photo caption (no credit; 文/图 byline covers it) inserted inside paragraph 2 between two wrapped lines; paragraph must be re-joined. Column breaks every ~22 lines fall mid-sentence.'))
add('b15', article('news', '海淀今年建成15个“儿童友好社区”', B15, ['家门口有地方玩 有事情做 有人来管'], '本报讯（记者 孙悦）',
    notes='引题/主题 on consecutive lines directly after the feature\'s last paragraph (only one blank line): the 引题 must not be read as the feature\'s last line. Column breaks mid-sentence.'))
add('b14', article('news', '海淀区第十届社区运动会4月开赛', B14, [], '本报讯（通讯员 宋雨桐）',
    notes='Short item after the feature; dateline with only a 通讯员. Followed by the page footer.'))
add('b9', article('photo', '京西稻育秧 春耕序幕开启', B9, [], '摄影 本报记者 刘洋', captions=B9_caps,
    notes='Photo story: headline, image gap, an intro paragraph (the body, wrapped at 24), then three numbered captions ①②③ (captions, not paragraphs) and the credit \"摄影 本报记者 刘洋\" (byline).'))
add('b10', article('news', '32项活动邀市民游园赏春', B10, ['“三山五园”文化节4月开幕'], '本报讯（记者 孙悦 实习记者 马宁）',
    notes='引题/主题 on consecutive lines. Dateline with 实习记者. Last article; followed by the page footer.'))

write_truth(NAME + '.json', NAME + '.txt', '海淀周报', '2026-03-18', '总第1128期',
    ['海淀周报', 'HAIDIAN WEEKLY', '2026年3月18日', '星期三', '第11期 总第1128期', '今日8版',
     '中共北京市海淀区委主管主办', '海淀区融媒体中心出版', '京内资准字1906-L0088',
     'HAIDIAN WEEKLY 2026.3.18 星期三 | 02 | 民生', '责任编辑 刘畅  版式设计 陈岩  新闻热线：82508030'],
    'INVENTED hold-out issue in the style of a 海淀 district weekly (not a real issue). Masthead L2-11. Pages 2-4 start with a page header \"HAIDIAN WEEKLY 2026.3.18 星期三 | 0N | section\"; every page ends with a footer \"责任编辑 … 版式设计 … 新闻热线：…\". Narrow measure (~14 chars), column breaks every ~22 lines as blank lines (often mid-sentence). Headline blocks: 引题 and 主题 on consecutive lines without a blank line.',
    arts, d, aids)
print(NAME, len(d.lines), 'lines', len(arts), 'articles')
sys.exit(1 if check(NAME + '.txt', NAME + '.json') else 0)
