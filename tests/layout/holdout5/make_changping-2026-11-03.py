"""Issue 2: 昌平新闻周刊 (invented). Extraction lost all line breaks inside paragraphs (one paragraph = one line)
and put a blank line between paragraphs; hard wraps inside headlines were kept."""
import sys; sys.path.insert(0, '/work/holdout5')
from h5lib import Doc, write_truth, check
NAME = 'changping-2026-11-03'
A = []
A.append(dict(kind='news', headline='回天地区“慢行系统”全线贯通 自行车专用路延伸至未来科学城',
  _hl=['回天地区“慢行系统”全线贯通', '自行车专用路延伸至未来科学城'], subheadlines=['打通职住通勤“最后三公里”'],
  byline='记者 孙一鸣 通讯员 谢婉', notes='', text=[
 '11月1日，回天地区慢行系统最后一段——东小口至北七家段完工通车，标志着回天地区慢行系统全线贯通。至此，自行车专用路由回龙观向东延伸至未来科学城，总长度达到16.8公里，沿线设置出入口21处。',
 '“以前骑车上班要在主路上跟汽车抢道，现在一路都是专用道，二十多分钟就到单位了。”家住天通苑北的程序员林浩说，自己每天早上骑车到未来科学城上班，比坐公交节省了将近一半时间。',
 '据区交通委介绍，新开通路段全程采用彩色沥青铺装，夜间照明全覆盖，并在与城市道路交叉的6个节点设置了独立信号灯。为方便换乘，沿线还新增共享单车停放区34处、非机动车停车位2600个。',
 '下一步，区里将结合骑行流量监测数据，优化早晚高峰的信号配时，并研究在专用路沿线设置休憩驿站和自助维修点。']))
A.append(dict(kind='news', headline='昌平区新增3所公办幼儿园', subheadlines=[], byline='记者 郑楠', notes='', text=[
 '本学期，沙河、南口、北七家3所新建公办幼儿园投入使用，共提供学位1080个。新园均按照市级示范园标准建设，配备了室内游戏馆、种植园和绘本馆。',
 '区教委相关负责人表示，全区将继续通过新建、改扩建和挖潜扩容等方式增加普惠性学位，力争到明年底普惠性幼儿园覆盖率保持在90%以上。']))
A.append(dict(kind='news', headline='十三陵镇柿子丰收 线上线下齐发力', subheadlines=['——预计果农户均增收8000元'],
  byline='记者 孙一鸣', notes='', text=[
 '眼下正是十三陵镇柿子采收的时节。在德胜口村的柿子林里，红彤彤的柿子挂满枝头，村民们架起梯子，一筐一筐地把柿子运下山。',
 '今年，镇里联合电商平台开设了“十三陵柿子”直播间，还在景区周边设置了6个销售摊位。据估算，全镇柿子产量约300万斤，果农户均增收8000元左右。',
 '为延长产业链，镇里还引进了一家柿饼加工企业，收购品相稍差的柿子制成柿饼、柿子醋，让“挂在树上的果子”变成“装进礼盒的商品”。']))
A.append(dict(kind='opinion', headline='“小修小补”里有大民生', subheadlines=['昌平时评'], byline='本报评论员 沈默', notes='', text=[
 '楼道灯不亮了、单元门关不严、小区路面有坑洼——这些问题看似不大，却天天牵动着居民的心。',
 '近日，城北街道推出“小修小补快响应”机制，居民在社区群里一反映，物业和社区48小时内必须上门处置。机制运行一个多月，已解决各类小问题300余件。',
 '民生无小事。老百姓评价一项工作做得好不好，往往不是看规划有多宏大，而是看身边的烦心事有没有人管、管得快不快。把“小修小补”做细做实，群众的获得感就会一点一滴积累起来。',
 '当然，快速响应不能只靠一时的热情，更要靠制度保障。明确责任主体、公开办理时限、接受居民评议，才能让“小事快办”成为常态。']))
A.append(dict(kind='news', headline='天通苑社区卫生服务中心 开设“一站式”慢病管理门诊',
  _hl=['天通苑社区卫生服务中心', '开设“一站式”慢病管理门诊'], subheadlines=[], byline='记者 郑楠 通讯员 韦琳', notes='', text=[
 '日前，天通苑社区卫生服务中心开设“一站式”慢病管理门诊，高血压、糖尿病患者在同一诊室内就能完成测量、开药、健康指导和复诊预约。',
 '门诊由家庭医生、药师和健康管理师组成团队，每名患者都有专属的电子健康档案。医生会根据近三个月的监测数据调整用药方案，并提醒患者按时复查。',
 '“以前量血压、开药、约下次复诊要跑三个窗口，现在坐下来一次就办完了。”患有高血压多年的张大爷说。']))
A.append(dict(kind='news', headline='南口镇“共享菜园”让闲置地变成邻里角', subheadlines=['——首批认领家庭86户'],
  byline='记者 孙一鸣', notes='', text=[
 '在南口镇南口村，一块原本堆放杂物的闲置地被改造成了“共享菜园”，划分为86个小地块，由村民和周边社区家庭认领种植。',
 '菜园实行“认领+积分”管理，认领家庭负责日常浇水、除草，参与公共区域维护可获得积分，积分可兑换种子和农具。',
 '如今，菜园里种上了白菜、萝卜和菠菜。不少家长周末带着孩子来劳动，邻里之间也因为一块菜地熟络了起来。',
 '村党支部书记说：“地方不大，却把人聚到了一起。”']))
A.append(dict(kind='feature', headline='银山塔林下的守护人', subheadlines=['——记兴寿镇文物保护员刘长林'],
  byline='文/图 记者 郑楠', captions=['图为刘长林在塔林巡查，记录塔身细微变化。'], notes='', text=[
 '清晨七点，兴寿镇海子村村民刘长林背上水壶和笔记本，沿着熟悉的山路向银山塔林走去。这样的巡查，他已经坚持了二十一年。',
 '塔林里的每一座古塔，刘长林都熟得不能再熟：哪块砖松动过，哪道裂缝是哪年出现的，他的笔记本上都记得清清楚楚。二十多年来，他记满了37本巡查日志。',
 '“塔是老祖宗留下来的，总得有人看着。”刘长林说。刚开始做文物保护员时，家人并不理解，觉得这份工作辛苦又没多少收入。后来，看到越来越多游客专程来看塔，家人也成了他的“帮手”。',
 '近年来，区里为塔林安装了监控和防火设施，还聘请了专业机构定期开展结构监测。刘长林笑着说，现在巡查“有了帮手”，但自己的笔记本还不能放下，“机器看得准，人看得细”。',
 '今年，刘长林被评为区级优秀文物保护员。他说，希望能有更多年轻人加入进来，把这份守护一直传下去。']))
A.append(dict(kind='news', headline='区图书馆新馆试运行', subheadlines=[], byline='记者 孙一鸣', notes='', text=[
 '11月1日，位于昌平新城的区图书馆新馆开始试运行。新馆建筑面积约2.3万平方米，设阅览座位1500个，首批上架图书40万册。',
 '试运行期间，新馆每天9时至20时开放，读者可凭身份证或社保卡入馆。']))
A.append(dict(kind='news', headline='小汤山镇举办农民丰收运动会', subheadlines=[], byline='通讯员 苗苗', notes='', text=[
 '10月30日，小汤山镇第五届农民丰收运动会在镇文体中心举行，来自全镇25个村的300余名村民参加了玉米接力、扛粮袋赛跑、编草绳等趣味项目。',
 '运动会现场还设置了农产品展销区，各村带来了草莓苗、蜂蜜、小米等特产，吸引不少市民选购。']))

d = Doc(); L = d.add; B = d.blank
def head(i, kicker_first=False):
    a = A[i]
    if kicker_first:
        L(a['subheadlines'][0], i, 'kicker'); B()
    for ln in a.get('_hl', [a['headline']]): L(ln, i, 'headline')
    B()
    for s in a['subheadlines'][1 if kicker_first else 0:]:
        L(s, i, 'subheadline'); B()
def body(i, glued=False):
    a = A[i]
    for k, p in enumerate(a['text']):
        if glued and k == len(a['text']) - 1:
            p = p + '（' + a['byline'] + '）'
        L(p, i, 'body'); B()
    if not glued:
        L('（' + a['byline'] + '）', i, 'byline'); B()
mast = ['昌平新闻周刊', 'CHANGPING NEWS WEEKLY', '2026年11月3日', '星期二', '第44期 总第1388期', '本期4版',
        '中共北京市昌平区委宣传部主办 昌平区融媒体中心出版']
for m in mast: L(m); B()
L('第01版 要闻'); B()
head(0, kicker_first=True); body(0)
head(1); body(1, glued=True)
head(2); body(2)
L('昌平时评', 3, 'column tag'); B()
head(3); body(3)
L('第02版 民生'); B(); L('责任编辑：韩  雪  版式：陈  卓  校对：吕  萌'); B()
head(4); body(4, glued=True)
head(5); body(5)
bianmin = ['便民信息',
 '■停水：11月5日9时至17时，因管线检修，城北街道西关小区、鼓楼南街部分楼宇暂停供水，请居民提前储水。',
 '■供暖：全区供暖试运行定于11月10日开始，发现暖气不热可拨打供热服务热线8971XXXX。',
 '■出行：11月8日至9日，昌平路（西关环岛至南环路段）夜间施工，22时至次日5时部分车道封闭，请绕行。',
 '■办事：区政务服务中心11月起周六上午延时服务，可办理社保、医保、户籍等高频事项。']
for x in bianmin: L(x); B()
L('第03版 文化'); B(); L('责任编辑：周  昕  版式：陈  卓  校对：吕  萌'); B()
head(6)
a = A[6]
L(a['text'][0], 6, 'body'); B(); L(a['text'][1], 6, 'body'); B()
L(a['captions'][0], 6, 'caption'); B()
for p in a['text'][2:]: L(p, 6, 'body'); B()
L('（' + a['byline'] + '）', 6, 'byline'); B()
L('第04版 社区'); B(); L('责任编辑：韩  雪  版式：王  一  校对：吕  萌'); B()
head(7); body(7, glued=True)
head(8); body(8)
L('本报地址：北京市昌平区府学路XX号 邮编：102200'); L('新闻热线：6974XXXX  发行热线：6974XXXX'); L('北京京北印务有限公司印刷')
src = f'/work/holdout5/{NAME}.txt'
open(src, 'w', encoding='utf-8').write(d.text())
notes = {
 0: 'Lead after the masthead (each masthead line its own line with blanks) and the page label 第01版 要闻. 引题 打通职住通勤“最后三公里” (subheadline) on its own line, blank, then the 主题 HARD-WRAPPED over two consecutive lines (回天地区“慢行系统”全线贯通 / 自行车专用路延伸至未来科学城) — one headline, joined with a space as printed over two lines; the second line is not a 副题. No dateline: the byline comes at the END in parentheses on its own line （记者 孙一鸣 通讯员 谢婉） and is not in the text. Paragraph 1 contains an inline —— dash.',
 1: 'Single-line headline, no 副题. End byline GLUED to the last paragraph (…90%以上。（记者 郑楠）) — strip it from the text.',
 2: 'Headline with an internal space (two clauses); 副题 with ——. End byline on its own line.',
 3: '评论 column: the tag 昌平时评 is on its own line ABOVE the headline (given in subheadlines as the column tag), separated by a blank line — it looks like a one-line headline. Byline at the END on its own line （本报评论员 沈默）. Paragraph 1 starts with a list of problems joined by ——. Immediately followed by the page-2 label.',
 4: 'First article on page 2, after the page label and an editor line with letter-spaced names. 主题 hard-wrapped over two lines (天通苑社区卫生服务中心 / 开设“一站式”慢病管理门诊) — join. End byline glued to the last paragraph (…张大爷说。（记者 郑楠 通讯员 韦琳）); that paragraph starts with a quotation.',
 5: '副题 with ——. Last paragraph is a short one-sentence quote (村党支部书记说：“…”) that looks like a stray line but is a paragraph. End byline on own line, directly followed by the 便民信息 box.',
 6: 'Feature on page 3: headline + ——副题, no byline at the top; byline at the END on its own line （文/图 记者 郑楠）. Photo caption line 图为…。 between paragraphs 2 and 3 — a caption, not a paragraph (it looks exactly like a one-sentence paragraph).',
 7: 'Short news, end byline glued.',
 8: 'Last article; byline of a 通讯员 only on its own line; followed by imprint lines (furniture).',
}
for k, v in notes.items(): A[k]['notes'] = v
not_art = mast + ['第01版 要闻', '第02版 民生', '第03版 文化', '第04版 社区'] + bianmin + ['北京京北印务有限公司印刷']
write_truth(f'/work/holdout5/{NAME}.truth.json', f'{NAME}.txt', '昌平新闻周刊', '2026-11-03', '第44期 总第1388期',
  'Invented 昌平-style weekly, 4 pages. The extraction lost ALL line breaks inside paragraphs (each paragraph is one long line) and put a blank line between paragraphs; hard wraps inside headlines were kept (two 2-line 主题). Bylines are at the END in parentheses (own line or glued). Page labels 第0N版 section + editor lines. The 便民信息 box on page 2 (title + four ■ items: 停水/供暖/出行/办事) is NOT an article: it is listed in not_articles; a parser that outputs it as a list article, or as 4 short news items, is wrong. Imprint at the end.',
  not_art, d, A)
sys.exit(0 if check(src, f'/work/holdout5/{NAME}.truth.json') else 1)
