#!/usr/bin/env python3
"""Hold-out issue A: a 朝阳-style community weekly (invented content).
Conventions modelled: page header on every page (date, page, section, 责编/美编/校对), 【】 headlines,
bylines at the END of articles, ■/● short-news columns, wrap width ~20, column breaks as blank lines,
下转第3版/上接第1版, crossheads with ◆, caption inside a paragraph (doubled run), letter-spaced line,
U+2043 wrap hyphen, page number glued to the last line of a page."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_lib import Doc, body, wrap, hyphenate, article, write_truth, check

NAME = 'chaoyang-2026-04-07'
W, H, J = 20, 17, (0, 0, 1, 0, -1, 0, 1)
HDR = '2026年4月7日 星期二 第{n}版 {sec} 责编：{a} 美编：{b} 校对：{c}'

# ---------------------------------------------------------------- truth, article by article
A1 = ['4月3日，朝阳区召开2026年城市更新工作推进会，部署全年老旧小区综合整治、危旧楼房改建和街区更新等重点任务。记者从会上获悉，今年朝阳区将完成42个老旧小区综合整治，涉及楼栋316栋、居民1.9万户，其中新开工28个、完工14个。',
      '据区住房城乡建设委相关负责人介绍，2025年全区共完成老旧小区综合整治37个，累计改造面积183万平方米，加装电梯146部，改造后居民满意率达到96.3%。今年的整治项目主要分布在劲松、八里庄、和平街、小关等街道，以上世纪八九十年代建成的单位大院和混合产权小区为主。',
      '在劲松街道农光里小区，去年完成综合整治的12栋楼已经换了模样：外墙做了保温，楼道粉刷一新，楼前新增了68个停车位和一处800平方米的口袋公园。“以前冬天屋里只有十六七度，现在能到二十二度，暖气费还省了。”居民郭大爷说。',
      '“老旧小区改造不是简单的刷墙换窗，而是要把居民最急最盼的事放在前面。”这位负责人表示，今年将继续坚持“先民生后提升”的原则，优先实施楼体节能保温、上下水管线更换、屋面防水等基础类项目，同步推进加装电梯、增设停车位、建设口袋公园等完善类项目。']
A1_4a = '在资金保障方面，朝阳区将采取“政府补一点、产权单位出一点、社会资本投一点、居民付一点”的方式，探索多元筹资机制。劲松北社区、团结湖北三条等项目将引入社会资本参与改造和后续运营，通过'
A1_4b = '盘活小区闲置锅炉房、自行车棚等低效空间，建设便民超市、社区食堂和养老服务驿站，以运营收益平衡改造投入。'
A1_rest = ['针对居民普遍关心的施工扰民问题，区住房城乡建设委要求各项目严格落实“一项目一方案”，施工前在小区公示栏公布施工内容、工期和监督电话，夜间22时至次日6时禁止高噪声作业。居民如对施工质量和文明施工有意见，可拨打区城市更新服务热线65099912反映。',
           '为让居民全过程参与改造，今年各项目将普遍建立“居民议事会”，从方案设计到竣工验收，都要经过居民代表讨论。在去年完成改造的劲松二区，居民议事会先后召开协商会23次，提出的增设休息座椅、调整晾衣架位置等68条建议全部被采纳。',
           '区住房城乡建设委还将对已改造小区开展“回头看”，重点检查物业管理是否跟上、改造设施是否正常使用。对于改造后尚未引入专业物业的小区，将由街道指导成立物业管理委员会，通过“先尝后买”的方式引入物业服务企业，防止出现“一年新、两年旧、三年回到老样子”。',
           '会议还对危旧楼房改建和简易楼腾退工作作出部署。今年朝阳区将推进垡头翠城、三里屯北小街等5个危旧楼房改建项目，完成简易楼腾退2.1万平方米，让更多老街坊住上安全、舒适的新家。']
A1_text = A1 + [A1_4a + A1_4b] + A1_rest

A2 = ['记者近日从区商务局获悉，今年一季度，朝阳区新认定12个“一刻钟便民生活圈”，新建和改造提升蔬菜零售、早餐、便利店、家政、维修等便民商业网点96个，覆盖居民超过30万人。截至目前，全区“一刻钟便民生活圈”已达到118个，实现街乡全覆盖。',
      '按照规划，“一刻钟便民生活圈”以居民步行15分钟左右为服务半径，配齐买菜、早餐、理发、洗衣、家政、维修等基本保障类业态。区商务局委托第三方机构对全区便民网点进行了逐一摸排，发现仍有37个社区存在早餐或维修网点缺口，今年将作为补短板的重点。',
      '在酒仙桥街道，一处闲置多年的地下空间经过改造，变身为集蔬菜零售、理发、修鞋配钥匙、裁缝于一体的便民服务综合体，营业面积约1200平方米。“以前买菜要骑车去两公里外的市场，现在下楼走五分钟就到了，价钱也实惠。”家住驼房营南里的刘阿姨说。',
      '在和平街街道樱花园东街，一家连锁早餐店上个月刚刚开业，每天早上6点半开门，包子、豆浆、油条、馄饨一应俱全，一份套餐10元左右。“周边有三四个老小区，以前早上只能去路边摊，现在有了正规的早餐店，吃着放心。”居民孙先生说。',
      '区商务局相关负责人介绍，今年将重点补齐老旧小区周边早餐、维修、家政等服务短板，鼓励连锁品牌企业进社区，对新开设的便民网点按照规定给予最高50万元的一次性补贴。同时，推动便民网点与社区养老、托育服务融合发展，打造更多“一站式”社区商业服务中心。',
      '下一步，朝阳区还将上线“便民生活圈”电子地图，居民通过“朝阳通”小程序即可查询家门口的菜店、药店、维修点等网点位置和营业时间。']

A3_cap = '4月5日，清明小长假第二天，奥林匹克森林公园内桃花、海棠、玉兰竞相绽放，吸引众多市民游客前来踏青赏花。据统计，小长假前两天，奥森公园累计接待游客超过11万人次。'

A4 = ['清晨7点，在望京街道花家地西里三区的垃圾分类驿站前，居民张先生将厨余垃圾投进绿色桶内，投口上方的摄像头随即“记录”下这次投放，几秒钟后，他的手机上就收到了2个积分。“攒够了积分能换洗衣液、抽纸，现在大家分类的积极性都挺高。”张先生说。',
      '记者从区城市管理委了解到，截至3月底，朝阳区已有860个小区投用智能分类驿站，驿站具备满溢报警、识别混投、积分兑换等功能。居民混投厨余垃圾时，系统会自动抓拍并提醒物业人员二次分拣，相关数据同步推送至街道和社区，作为物业服务考核的依据。',
      '对于一些老人不会使用手机扫码的问题，驿站还保留了“刷卡投放”方式，老人用社区发放的实体积分卡也能积分兑换。',
      '“过去我们主要靠志愿者桶前值守，每天早晚高峰要安排4个人轮班，人手一直很紧张。”花家地西里三区物业经理赵红霞介绍，智能驿站投用后，小区厨余垃圾分出率从23%提高到了31%，混投率下降了近一半，值守人员可以腾出手来做入户宣传。',
      '在垡头街道翠城馨园，社区还把垃圾分类和志愿服务结合起来，组建了由42名居民组成的“绿袖标”志愿服务队，每周六上午开展“敲门行动”，上门发放分类指南和厨余垃圾袋。社区党委书记表示，分类驿站智能化以后，志愿者的精力更多放在了宣传引导上，“机器能记录投放，但习惯还得靠人去带”。',
      '据介绍，今年朝阳区将再改造提升分类驿站500座，在老旧小区推广“撤桶并站、定时定点”投放模式，并继续开展“垃圾分类示范小区”创建，力争年底前全区生活垃圾回收利用率达到40%以上。']

A5 = [
      '上午11点刚过，十八里店乡周庄嘉园社区的“长者食堂”里已经坐满了老人。清蒸鲈鱼、西红柿炒鸡蛋、蒜蓉西兰花，再配上一碗小米粥，一份“一荤两素”的午餐只要12元。今年78岁的王淑琴老人几乎每天都来，“饭菜软和，少油少盐，比我自己做得还合口。”',
      '周庄嘉园“长者食堂”于去年9月开业，由乡政府提供场地，引入专业餐饮企业运营，可同时容纳80人就餐。食堂每周公布一次菜单，每天提供两种套餐，60岁以上老人凭身份证或社保卡即可就餐，80岁以上老人和低保、低收入老人还可享受每餐3至5元不等的补贴。',
      '“我们算过一笔账，一份套餐的成本大概在16元左右，差价一部分靠政府补贴，一部分靠对外营业来平衡。”食堂负责人马建军告诉记者，食堂中午先保障老人就餐，12点半以后向周边上班族开放，每天接待社会客人100多人次，基本能做到收支平衡。',
      '为了把价格降下来，食堂和周边的农业合作社签订了直供协议，蔬菜每天早上从田间直接送到后厨，比从批发市场采购便宜了两成左右。食堂还实行“小份菜”和“半份饭”，老人可以按需点餐，减少浪费。',
      '记者注意到，食堂的餐桌边角都做了圆角处理，地面铺设了防滑地砖，取餐台也比普通食堂矮了10厘米，方便坐轮椅的老人取餐。“老年人吃饭慢，我们不催，吃完了还可以在旁边的活动室下下棋、聊聊天。”马建军说。',
      '对于行动不便的高龄、独居老人，食堂还提供送餐上门服务。每天上午10点半，配餐员李师傅就骑着电动三轮车出发，把保温餐盒送到20多户老人家中。“送饭的时候顺便看看老人身体怎么样，有事就跟社区说一声。”李师傅说，有一次他发现一位老人在家中摔倒，及时联系社区和家属把老人送到了医院。',
      '十八里店乡民政科相关负责人介绍，目前全乡已建成老年餐桌11个，日均服务老人1300余人次，其中送餐上门每天约260份。乡里还为有需要的老人免费安装了智能呼叫设备，老人按一下按钮，就能联系上养老服务驿站。',
      '在十八里店乡，老年餐桌的服务不仅是送饭，还成了社区了解老人情况的一个窗口。配餐员和社区网格员建立了信息共享机制，连续两天没有订餐或者送餐时无人应答的老人，社区工作人员会第一时间上门查看。去年以来，这一机制已帮助发现和处置老人突发情况7起。',
      '吃得饱还要吃得好。今年以来，“长者食堂”联合社区卫生服务中心，为患有高血压、糖尿病的老人推出了低盐、低糖的“健康套餐”，营养师每月到食堂开展一次膳食讲座。食堂还在每月最后一个周五举办“集体生日会”，为当月过生日的老人送上长寿面和蛋糕。',
      '“长者食堂”的变化，老人们看在眼里。每个月，食堂都会召开一次“老人议事会”，请老人代表给饭菜打分、提建议。根据老人们的意见，食堂把米饭改成了软米饭，增加了杂粮粥和发面饼，还在周末推出了饺子、打卤面等北京家常饭。',
      '“以前总觉得老年餐就是凑合吃一口，现在顿顿都有新花样。”82岁的李福林老人说，老伴去世后，他一个人在家不愿意做饭，经常一碗方便面就对付一顿，自从有了“长者食堂”，他的体重增加了3公斤，血压也稳定了。',
      '据了解，按照全区养老助餐服务工作安排，今年朝阳区将新增老年餐桌60个，重点向老旧小区和农村地区倾斜，让更多老人在家门口吃上“暖心饭”。']
A5_x = ['一荤两素 每份12元', '送餐上门 独居老人不再犯愁', '从“有饭吃”到“吃得好”']
A5_cap = '十八里店乡周庄嘉园“长者食堂”里，老人们正在用午餐。'

BRIEFS = [  # (headline, text, byline or None, byline glued?)
    ('双井街道开展高层住宅消防演练', '4月2日，双井街道联合朝阳消防救援支队在富力城小区开展高层住宅火灾疏散演练，300余名居民参加。演练结束后，消防员现场讲解了灭火器和室内消火栓的使用方法。', '（通讯员 吴昊）', True),
    ('潘家园街道“银发课堂”开课', '潘家园街道“银发课堂”近日开课，首期开设智能手机使用、防范电信诈骗、中医养生等6门课程，每周二、周四下午在街道市民活动中心授课，辖区60岁以上居民可拨打67711226报名。', None, False),
    ('太阳宫地区新增200个共享车位', '太阳宫地区近日与辖区3家写字楼签订错时共享停车协议，新增共享车位200个，周边居民每晚19时至次日8时可凭月卡停车，月卡价格为每月150元。', '（记者 周明远）', False),
    ('小红门乡举办春季招聘会', '4月1日，小红门乡举办2026年春季就业招聘会，46家用人单位提供保安、物业、餐饮、仓储物流等岗位800余个，现场初步达成就业意向127人。', '（通讯员 贾楠）', True),
]

A10 = ['车辆排队长度超过设定值，绿灯自动延长；横向车流减少，信号灯及时切换……记者从朝阳交通支队获悉，目前朝阳区已有40个路口完成信号灯智能化改造，早晚高峰车辆平均通行时间缩短12%，排队长度减少约18%。',
       '在朝阳北路与青年路交叉口，路口四个方向都安装了雷达和视频检测设备，能实时采集各进口道的车流量、排队长度等数据，信号控制系统根据这些数据每隔几秒钟自动优化配时方案。“以前早高峰从青年路左转上朝阳北路，经常要等两三个绿灯，现在基本一个绿灯就能过去。”出租车司机孟师傅说。',
       '记者在现场看到，路口的电子屏上实时显示着各方向的排队车辆数。傍晚6点左右，东向西方向车流明显增加，系统自动将该方向的绿灯时间从45秒延长到了58秒，排队车辆很快通过了路口。',
       '针对电动自行车闯红灯、逆行等问题，朝阳交通支队还在10个重点路口安装了非机动车违法抓拍设备，对违法行为进行提示和教育。今年一季度，这些路口的非机动车闯红灯现象减少了近四成。',
       '朝阳交通支队相关负责人介绍，智能信号灯还在学校、医院周边路口设置了“行人过街优先”模式，行人按下过街按钮后，系统会在安全的前提下尽快给出行人绿灯。今年，支队计划再完成60个路口的智能化改造，并在CBD、望京等区域试点“绿波带”协调控制。',
       '据了解，“绿波带”是指在一条道路上连续的几个路口，通过协调各路口信号灯的配时，让车辆按照一定速度行驶时能连续遇到绿灯。试点路段选在东三环辅路和望京街，总长约6.5公里，涉及路口14个。',
       '市民如发现信号灯故障或配时不合理，可拨打12345市民服务热线或通过“北京交警”App反映。']

A11 = ['记者日前从区教委获悉，今年朝阳区将通过新建、改扩建学校和挖潜扩容等方式，新增中小学学位6000个，其中小学学位3800个、初中学位2200个，重点缓解东坝、孙河、常营等人口增长较快地区的入学压力。',
       '位于东坝地区的北京中学东坝南校区今年9月将正式投用，可提供小学和初中学位1440个；朝阳实验小学常营分校改扩建工程已完成主体结构施工，建成后学位将增加540个。此外，区教委还将通过“一校多址”“集团化办学”等方式，把优质教育资源向新建学校辐射。',
       '针对部分地区小学入学高峰，区教委还将启用3所学校的临时过渡校舍，并在劲松、团结湖等地区实行学区内统筹派位，确保每一名符合条件的适龄儿童都能就近入学。',
       '在师资配备方面，区教委今年将面向全国招聘中小学教师420名，其中紧缺学科教师150名，并从区内优质学校选派60名骨干教师到新建学校任教，确保新学校“开学即优质”。',
       '此外，今年朝阳区还将完成26所中小学校的操场改造和15所学校的食堂升级，为学生创造更好的学习生活环境。',
       '区教委相关负责人提醒，2026年义务教育阶段入学信息采集工作将于5月上旬启动，家长可登录北京市义务教育入学服务平台进行信息采集，有疑问可拨打区教委咨询电话65094018。']

A12 = ['4月2日晚，2026年“朝阳书房”夜读季在三里屯街道“城市书房”启动。今年夜读季期间，全区23家“朝阳书房”将在每周五、周六延长开放至晚上10点，并陆续推出读书分享、非遗体验、亲子绘本剧等120余场文化活动。',
       '走进三里屯“城市书房”，暖黄色的灯光下，不少年轻人正捧着书安静阅读。书房面积约400平方米，藏书2.3万册，设有60个阅读座位，提供免费无线网络和手机充电服务。“下班后过来看一会儿书，比在家刷手机踏实多了。”在附近上班的白领小陈说。',
       '为了吸引更多年轻读者，今年的夜读季首次引入“读者选书”模式。读者在“朝阳书房”小程序上推荐想读的书目，书房每月根据推荐结果采购新书，首批采购的1200册图书已在各书房上架。',
       '据介绍，“朝阳书房”是朝阳区打造的公共阅读空间品牌，目前已建成书房、驿站等各类阅读空间128个。今年，区文化和旅游局还将在书房推广“图书漂流（BookCrossing）”活动，市民可将闲置图书放到书房漂流书架上，与他人分享阅读。',
       '今年的夜读季还特别推出了“作家面对面”系列活动，邀请8位知名作家走进书房，与读者分享创作经历。4月10日晚，首场活动将在望京“朝阳书房”举行，作家将围绕城市题材文学创作与读者交流，活动名额60个，需提前预约。',
       '除了阅读活动，部分书房还与周边的咖啡馆、文创店合作，推出“读书＋咖啡”“读书＋手作”等套餐，让书房成为年轻人周末休闲的新去处。',
       '夜读季活动信息可通过“朝阳文化”微信公众号查询预约。']

DOTS = [('东岳庙春季民俗展开展', '4月3日起，“春和景明——北京民俗博物馆春季民俗展”在东岳庙开展，展出风筝、兔儿爷、鬃人等民俗展品260余件，展期至5月31日，周一闭馆。'),
        ('社区合唱大赛启动报名', '2026年朝阳区社区合唱大赛即日起接受报名，以街乡为单位组队，每队人数20至40人，报名截止时间为4月30日，比赛将于6月举行。咨询电话：85993321。')]

# ---------------------------------------------------------------- layout
d = Doc()
d.blank(2)
for l in ['朝阳社区报', 'CHAOYANG COMMUNITY NEWS', '', '2026年4月7日 星期二', '农历丙午年二月二十',
          '第14期（总第1873期） 今日4版', '中共北京市朝阳区委宣传部主管主办', '朝阳区融媒体中心出版',
          '京内资准字2205-L0231', '', '深入学习贯彻党的二十届四中全会精神 奋力谱写中国式现代化朝阳篇章', '']:
    d.emit(l)
# A1 lead (p1), continues on p3
d.emit('朝阳区召开2026年城市更新工作推进会', 'a1', 'kicker')
d.blank()
d.emit('今年完成42个老旧小区综合整治', 'a1', 'headline')
d.blank()
d.many(body(A1 + [A1_4a], W, H, J), 'a1', 'body part 1')
d.blank()
d.emit('（下转第3版）')
d.blank()
# A2
d.emit('朝阳再添12个“一刻钟便民生活圈”', 'a2', 'headline')
d.emit('新建改造便民商业网点96个，覆盖居民超30万人', 'a2', 'subtitle')
d.blank()
d.many(body(A2, W, H, J), 'a2', 'body')
d.emit('文/记者 李佳音', 'a2', 'byline')
d.blank()
# A3 photo news: headline, caption at wide measure, credit
d.emit('春到奥森 踏青正当时', 'a3', 'headline')
d.blank(2)
d.many(wrap(A3_cap, 34), 'a3', 'caption')
d.emit('本报记者 冯潇 摄', 'a3', 'credit')
d.blank()

# ---- page 2
d.emit(HDR.format(n=2, sec='社区', a='高  宁', b='徐  然', c='孟小雨'))
d.blank()
d.emit('【垃圾分类“桶前值守”变', 'a4', 'headline')
d.emit('“智能监督”】', 'a4', 'headline')
d.emit('朝阳区已有860个小区投用智能分类驿站', 'a4', 'subtitle')
d.blank()
lines = body(A4, W, H, J)
lines[-1] += '（记者 周明远 通讯员 韩雪）'
d.many(lines, 'a4', 'body (byline glued to last line)')
d.blank()
d.emit('民生观察', 'a5', 'column tag')
d.emit('【家门口的“长者食堂”热气腾腾】', 'a5', 'headline')
d.emit('——十八里店乡老年餐桌探访记', 'a5', 'subtitle')
d.blank()
d.many(body(A5[:1], W, H, J), 'a5', 'body')
d.blank()
d.emit('◆ ' + A5_x[0], 'a5', 'crosshead')
d.many(body(A5[1:5], W, H, J), 'a5', 'body')
d.blank()
d.emit('◆ ' + A5_x[1], 'a5', 'crosshead')
p4 = body(A5[5:8], W, H, J)
# caption (doubled by the extractor) cuts paragraph 4 mid-sentence after its 4th line
dbl = '十八里店乡十八里店乡周庄嘉园周庄嘉园“长者食堂”里“长者食堂”里，，老人们正在用午餐老人们正在用午餐。。'
d.many(p4[:4], 'a5', 'body')
d.blank(2)
d.emit(dbl, 'a5', 'caption (doubled run)')
d.blank(2)
d.many(p4[4:], 'a5', 'body')
d.blank()
d.emit('◆ ' + A5_x[2], 'a5', 'crosshead')
d.many(body(A5[8:], W, H, J), 'a5', 'body')
d.emit('文/图 记者 田野', 'a5', 'byline')
d.blank()
d.emit('社区简讯')
d.blank()
bids = []
for i, (h, t, by, glued) in enumerate(BRIEFS):
    aid = f'b{i}'
    bids.append(aid)
    d.emit('■' + h, aid, 'headline')
    ls = wrap(t, W, J)
    if by and glued:
        ls[-1] += by
    d.many(ls, aid, 'body')
    if by and not glued:
        d.emit(by, aid, 'byline')
    # no blank line between the short items except after the 2nd
    if i == 1:
        d.blank()
d.emit('2')
d.blank()

# ---- page 3
d.emit(HDR.format(n=3, sec='综合', a='刘  洋', b='徐  然', c='孟小雨'))
d.blank()
d.emit('【40个路口“智慧信号灯”上岗】', 'a10', 'headline')
d.emit('早晚高峰通行时间平均缩短12%', 'a10', 'subtitle')
d.blank()
d.many(body(A10, W, H, J), 'a10', 'body')
d.emit('（记者 张子航）', 'a10', 'byline')
d.blank()
d.emit('（上接第1版）' + wrap(A1_4b, W - 7)[0], 'a1', 'body part 2')
d.many(body([A1_4b[len(wrap(A1_4b, W - 7)[0]):]] + A1_rest, W, H, J), 'a1', 'body part 2')
d.emit('（记者 孙立新）', 'a1', 'byline')
d.blank()
d.emit('【朝阳今年新增中小学学位6000个】', 'a11', 'headline')
d.blank()
d.many(body(A11, W, H, J), 'a11', 'body')
d.emit('文/记者 钱蓓3', 'a11', 'byline (page number 3 glued)')
d.blank()

# ---- page 4
d.emit(HDR.format(n=4, sec='文化', a='姜  楠', b='王  蕊', c='孟小雨'))
d.blank()
d.emit('【“朝阳书房”夜读季开启】', 'a12', 'headline')
d.emit('23家书房延长开放至晚上10点', 'a12', 'subtitle')
d.blank()
lines = body(A12, W, H, J)
# justification artefacts: one letter-spaced line, one wrap hyphen inside "BookCrossing"
for i, l in enumerate(lines):
    if '书房面积约' in l:
        lines[i] = ' '.join(l)
        break
lines = hyphenate(lines, 'BookCrossing', 4)
lines[-1] += '（记者 许晴晴）'
d.many(lines, 'a12', 'body (byline glued to last line)')
d.blank()
d.emit('文化速递')
d.blank()
dids = []
for i, (h, t) in enumerate(DOTS):
    aid = f'd{i}'
    dids.append(aid)
    ls = wrap('● ' + h + ' ' + t, W + 2, J)
    d.many(ls, aid, 'run-in headline + body')
    d.blank()
d.emit('朝阳社区报 地址：北京市朝阳区东三环中路2号 邮编：100020 新闻热线：65099800 广告热线：65099811')
d.emit('印刷：北京某印务有限公司 每周二出版 免费赠阅')
d.write(NAME + '.txt')

# ---------------------------------------------------------------- truth
END = 'Byline printed at the END of the article'
arts, aids = [], []
def add(aid, a):
    arts.append(a); aids.append(aid)

add('a1', article('news', '今年完成42个老旧小区综合整治', A1_text, ['朝阳区召开2026年城市更新工作推进会'],
    '（记者 孙立新）', continued=True,
    notes='Front-page lead: kicker above headline, blank line between them. TRAP: continued - body part 1 on page 1 ends mid-sentence (\"…后续运营，通过\") before \"（下转第3版）\"; part 2 on page 3 starts \"（上接第1版）盘活…\" glued to the text, directly after the 信号灯 article\'s end byline, with no headline repeated. Paragraph 4 spans the jump. ' + END + ' (own line after part 2). Column breaks (blank lines) fall mid-sentence every ~17 lines.'))
add('a2', article('news', '朝阳再添12个“一刻钟便民生活圈”', A2, ['新建改造便民商业网点96个，覆盖居民超30万人'], '文/记者 李佳音',
    notes='Subtitle directly under the headline (no blank). ' + END + ' as \"文/记者 李佳音\" on its own line; it must not become the headline of the photo news that follows. Ambiguity kept from real extractions: the column break at L78|80 falls right after a closing quote ("…价钱也实惠。”" | "家住驼房营南里的刘阿姨说。") - same paragraph, the attribution follows.'))
add('a3', article('photo', '春到奥森 踏青正当时', [A3_cap], [], '本报记者 冯潇 摄', captions=[A3_cap],
    notes='Front-page photo news: headline, two blank lines (image), caption wrapped at a wider measure (34), credit line. Caption is the body (as in the fixtures\' photo items).'))
add('a4', article('news', '垃圾分类“桶前值守”变“智能监督”', A4, ['朝阳区已有860个小区投用智能分类驿站'], '（记者 周明远 通讯员 韩雪）',
    notes='TRAP: 【】 headline wrapped over two lines (\"【垃圾分类“桶前值守”变\" + \"“智能监督”】\"); truth headline drops the 【】 brackets (decoration, like Markdown #). Page header line of page 2 (date, 第2版, section 社区, 责编/美编/校对 with spaced two-character names) precedes it. ' + END + ', glued to the last body line: \"…40%以上。（记者 周明远 通讯员 韩雪）\" - must be split off. The column break at L135|137 falls right after a closing quote ("…人手一直很紧张。”" | "花家地西里三区物业经理赵红霞介绍…") - same paragraph (attribution follows).'))
add('a5', article('feature', '家门口的“长者食堂”热气腾腾', A5, ['民生观察', '——十八里店乡老年餐桌探访记'], '文/图 记者 田野',
    captions=[A5_cap], crossheads=A5_x,
    notes='Column tag \"民生观察\" above a 【】 headline; 副题 starts with \"——\". Three ◆ crossheads (not paragraphs; the first directly followed by body without blank). TRAP: photo caption inserted mid-sentence in paragraph 6, and the extractor DOUBLED every run of it (\"十八里店乡十八里店乡周庄嘉园周庄嘉园…。。\"); caption given de-duplicated; paragraph 6 must be re-joined across it. ' + END + ' (\"文/图 记者 田野\").'))
for aid, (h, t, by, glued) in zip(bids, BRIEFS):
    add(aid, article('news', h, [t], [], by,
        notes='One item of the \"社区简讯\" column: \"■\" + headline on its own line, 2-4 lines of body, items mostly NOT separated by blank lines. Each item is a separate article (must not be merged into one list or glued to the previous item). ' +
              ('Byline glued to the end of the last line.' if by and glued else 'Byline on its own line after the body.' if by else 'No byline.') +
              (' Last item of page 2: the page number \"2\" follows on its own line.' if aid == bids[-1] else '')))
add('a10', article('news', '40个路口“智慧信号灯”上岗', A10, ['早晚高峰通行时间平均缩短12%'], '（记者 张子航）',
    notes='Page 3 opens with the page header, then this 【】 headline. ' + END + ' on its own line; the very next line is the \"（上接第1版）\" continuation of the page-1 lead, which must NOT be appended to this article.'))
add('a11', article('news', '朝阳今年新增中小学学位6000个', A11, [], '文/记者 钱蓓',
    notes=END + '; the page number \"3\" is glued to it (\"文/记者 钱蓓3\"), kept out of byline and body.'))
add('a12', article('news', '“朝阳书房”夜读季开启', A12, ['23家书房延长开放至晚上10点'], '（记者 许晴晴）',
    notes='Justification artefacts: one letter-spaced line (\"书 房 面 积 约 4 0 0 …\") and a U+2043 wrap hyphen inside \"Book⁃|Crossing\" (removed when joining: \"BookCrossing\"). ' + END + ' glued to the short last paragraph (\"…查询预约。（记者 许晴晴）\").'))
for aid, (h, t) in zip(dids, DOTS):
    add(aid, article('news', h, [t], [], None,
        notes='\"文化速递\" item with a RUN-IN headline: \"● 东岳庙春季民俗展开展 4月3日起，…\" - the headline is the text between \"●\" and the first space, the rest is the body, all hard-wrapped together. Separate article. No byline.' if aid == 'd0' else
              '\"文化速递\" item with a RUN-IN headline after \"● \"; separate article. Followed by the paper\'s imprint (address, hotlines, printer), which is furniture.'))

write_truth(NAME + '.json', NAME + '.txt', '朝阳社区报', '2026-04-07', '总第1873期',
    ['朝阳社区报', 'CHAOYANG COMMUNITY NEWS', '2026年4月7日 星期二', '农历丙午年二月二十', '第14期（总第1873期） 今日4版',
     '中共北京市朝阳区委宣传部主管主办', '朝阳区融媒体中心出版', '京内资准字2205-L0231', '深入学习贯彻党的二十届四中全会精神',
     '（下转第3版）', '（上接第1版）', '2026年4月7日 星期二 第2版 社区 责编：高  宁 美编：徐  然 校对：孟小雨',
     '社区简讯', '文化速递', '2', '3', '朝阳社区报 地址：…', '印刷：…'],
    'INVENTED hold-out issue in the style of a 朝阳 district community weekly (not a real issue). Masthead L3-13 (title, English title, date, lunar date, issue numbers, publisher lines, slogan). Page 1 has no page header; pages 2-4 start with a one-line page header (date, 第N版, section name, 责编/美编/校对). Hard-wrapped at ~20 chars, column breaks every ~17 lines as blank lines (often mid-sentence). Bylines are at the END of articles. Column titles 社区简讯/文化速递 are furniture. Imprint lines at the end are furniture.',
    arts, d, aids)
print(NAME, len(d.lines), 'lines', len(arts), 'articles')
sys.exit(1 if check(NAME + '.txt', NAME + '.json') else 0)
