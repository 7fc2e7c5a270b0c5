"""Issue 3: 清泉时报 (invented). A newsroom plain-text export saved on Windows: GB18030-encoded, CRLF line ends,
NO blank lines at all, one line per paragraph with a full-width 　　 indent, headlines flush left, 【】 page
section tags, ——副题 lines, ■ briefs, end bylines in parentheses (own line or glued)."""
import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h6lib import Doc, write_truth, check
NAME = 'qingquan-gb-2026-12-15'
IND = '\u3000\u3000'
A = []
A.append(dict(kind='news', headline='清泉区20项民生实事全部完成', subheadlines=['——新增养老床位860张 改造农村公路48公里'],
  byline='本报讯（记者 葛青）', notes='', text=[
 '本报讯（记者 葛青）记者从12月12日召开的区政府常务会议上获悉，今年年初确定的20项民生实事已全部完成，累计投入资金14.6亿元。',
 '在养老服务方面，全区新增养老床位860张，建成社区养老服务驿站11个，为1200户高龄独居老人家庭完成适老化改造。在交通出行方面，改造提升农村公路48公里，新开和优化公交线路9条，解决了山区6个村“出行难”问题。',
 '教育、医疗领域的实事项目同样进展顺利。全区新增中小学学位2700个，3所社区卫生服务中心完成提质改造，山区村卫生室实现医保结算全覆盖。',
 '会议要求，各部门要认真总结今年民生实事办理经验，提前谋划明年项目，继续向社会公开征集意见，让实事项目更加贴近群众需求。']))
A.append(dict(kind='news', headline='清泉湖水质连续三年保持Ⅱ类', subheadlines=[], byline='本报讯（记者 鲁晓帆）', notes='', text=[
 '本报讯（记者 鲁晓帆）区生态环境局日前发布的监测数据显示，清泉湖水质已连续三年稳定保持在地表水Ⅱ类标准，湖区观测到的鸟类由2021年的87种增加到126种。',
 '近年来，区里在清泉湖上游实施了农村污水治理、河道生态修复和畜禽养殖整治等工程，沿湖25个村全部建成污水收集处理设施。',
 '“现在湖边天天能看到白鹭，冬天还有成群的野鸭。”在湖边住了四十多年的村民李䶮说。']))
A.append(dict(kind='news', headline='区属国企助力山区特色农产品进商超', subheadlines=[], byline='记者 邵琪 通讯员 严蕾', notes='', text=[
 '12月10日，“清泉山货”专柜在城区两家大型商超同时开业，板栗、核桃、柴鸡蛋、小杂粮等40余种山区特色农产品摆上货架。',
 '专柜由区属国企清泉农业发展公司运营。公司与山区12个村的合作社签订了长期收购协议，统一制定品质标准，统一包装和品牌，解决了农产品“卖不上价、进不了超市”的难题。',
 '开业当天，专柜销售额达到5.3万元。公司负责人表示，下一步还将开设线上店铺，并在春节前推出年货礼盒。']))
A.append(dict(kind='photo', headline='冬训', subheadlines=[], byline='记者 葛青 摄',
  captions=['12月11日，区消防救援支队在清泉湖畔开展冰上救援实战演练，提升冬季水域救援能力。'], notes='', text=[
 '12月11日，区消防救援支队在清泉湖畔开展冰上救援实战演练，提升冬季水域救援能力。']))
A.append(dict(kind='news', headline='石门街道“老街坊议事厅”办成实事38件', subheadlines=['——居民提议题 大家来商量'],
  byline='记者 鲁晓帆', notes='', text=[
 '楼下的自行车棚什么时候能修？小区里能不能装几把休息椅？在石门街道，这些居民关心的问题，都可以拿到“老街坊议事厅”上来商量。',
 '议事厅每月召开一次，议题由居民提出，参会的有居民代表、物业、社区工作者和相关部门人员。议事结果在社区公示栏公开，办理进度随时可查。',
 '今年以来，议事厅共讨论议题52个，推动办成实事38件，其中包括加装休息座椅120把、修缮自行车棚9处、开通社区接驳微循环巴士1条。']))
A.append(dict(kind='news', headline='青龙峪村民宿集群带动村民就业200余人', subheadlines=['乡村旅游冬季不“冬眠”'],
  byline='记者 邵琪', notes='', text=[
 '冬季本是山区旅游的淡季，可青龙峪村的民宿院子里依旧热闹。围炉煮茶、冰瀑徒步、农家杀猪菜……村里推出的冬季旅游线路吸引了不少城里游客。',
 '青龙峪村共有精品民宿27家，其中21家由村集体合作社统一运营管理。村民可以把闲置房屋入股合作社，也可以到民宿里当管家、厨师和保洁员。',
 '据统计，民宿集群目前带动本村及周边村民就业200余人，今年前11个月接待游客5.8万人次，村集体经营性收入突破300万元。']))
A.append(dict(kind='feature', headline='守着山林的“90后”', subheadlines=['——记清泉区最年轻的护林站长周逸帆'],
  byline='本报记者 葛青', crossheads=['“我是从山里走出去的”', '巡山路上的“新装备”'],
  captions=['图为周逸帆（右）与护林员一起检查防火设施。记者 葛青 摄'], notes='', text=[
 '早上七点半，太阳还没爬过山头，周逸帆已经带着护林员出发了。作为清泉区最年轻的护林站长，他负责的林区面积达1.2万亩，巡山路线加起来有30多公里。',
 '周逸帆今年29岁，是土生土长的黄松峪村人。大学毕业后，他在城里一家物流公司工作了三年。2022年，村里护林站招人，他报了名。',
 '“我是从山里走出去的，总觉得应该回来为家乡做点事。”周逸帆说。刚回来时，家里人不太支持，觉得年轻人守在山上没前途。',
 '到护林站后，周逸帆琢磨着给巡山“添装备”。他牵头在林区安装了16个智能监控点，还学会了操作无人机，把过去要走一整天的巡查路线缩短到半天。',
 '今年，护林站所辖林区实现了连续五年零火情。周逸帆说，接下来他想在村里成立一支青年护林志愿队，让更多年轻人参与到守护山林中来。']))
A.append(dict(kind='news', headline='区税务局开设“跨区通办”专窗', subheadlines=[], byline='通讯员 庞悦', notes='', text=[
 '日前，区税务局在政务服务中心开设“跨区通办”专窗，纳税人可就近办理发票领用、税费申报等68项涉税业务，无需再往返原登记地。']))
A.append(dict(kind='news', headline='清泉区首家“长者食堂”连锁店开业', subheadlines=[], byline='记者 邵琪', notes='', text=[
 '12月8日，清泉区首家连锁经营的“长者食堂”在东坝社区开业。60周岁以上老人凭身份证就餐可享受九折优惠，80周岁以上老人可享受八折优惠。',
 '食堂每天提供早、午、晚三餐，菜品以少盐少油、软烂易嚼为主。']))
A.append(dict(kind='news', headline='区文化馆冬季公益培训开始报名', subheadlines=[], byline=None, notes='', text=[
 '区文化馆冬季公益培训班即日起开始报名，开设书法、合唱、剪纸、太极拳等14个班次，每班限30人。市民可通过“清泉文化云”小程序报名，额满即止。']))
A.append(dict(kind='opinion', headline='让“实事”更实一点', subheadlines=[], byline='本报评论员 齐越', notes='', text=[
 '20项民生实事全部完成，是一份沉甸甸的成绩单。但成绩单好不好看，最终要由群众来打分。',
 '办实事，贵在一个“实”字。项目定得实，就要多听群众意见，把群众最急最盼的事列进来；推进抓得实，就要盯住时间节点，不让承诺“打白条”；效果评得实，就要请群众参与验收，不能自己给自己打高分。',
 '一件件实事办下来，群众的获得感就是最好的评价。明年的民生实事，不妨从现在就开始问计于民。']))

d = Doc(); L = d.add
def body(i, ps, glue_end=None):
    for k, p in enumerate(ps):
        s = IND + p
        if glue_end and k == len(ps) - 1: s += glue_end
        L(s, i, 'body')
for ln in ['清泉时报', '2026年12月15日　星期二', '第50期　总第1288期　本期4版', '中共北京市清泉区委机关报']:
    L(ln)
L('【要闻】')
a = A[0]; L(a['headline'], 0, 'headline'); L(a['subheadlines'][0], 0, 'subtitle'); body(0, a['text'])
a = A[1]; L(a['headline'], 1, 'headline'); body(1, a['text'])
a = A[2]; L(a['headline'], 2, 'headline'); body(2, a['text']); L('（记者　邵琪　通讯员　严蕾）', 2, 'byline')
a = A[3]; L(a['headline'], 3, 'headline'); L(IND + a['text'][0] + '（记者　葛青　摄）', 3, 'caption')
L('责任编辑：詹宁')
L('【社区】')
a = A[4]; L(a['headline'], 4, 'headline'); L(a['subheadlines'][0], 4, 'subtitle'); body(4, a['text']); L('（记者　鲁晓帆）', 4, 'byline')
a = A[5]; L(a['subheadlines'][0], 5, 'kicker'); L(a['headline'], 5, 'headline'); body(5, a['text'], glue_end='（记者　邵琪）')
a = A[6]; L(a['headline'], 6, 'headline'); L(a['subheadlines'][0], 6, 'subtitle'); L('本报记者　葛青', 6, 'byline')
t = a['text']
body(6, t[:2]); L(a['crossheads'][0], 6, 'crosshead'); body(6, t[2:3])
L('图为周逸帆（右）与护林员一起检查防火设施。　记者　葛青　摄', 6, 'caption')
L(a['crossheads'][1], 6, 'crosshead'); body(6, t[3:])
L('责任编辑：范思远')
L('【简讯】')
a = A[7]; L('■' + a['headline'], 7, 'headline'); body(7, a['text'], glue_end='（通讯员　庞悦）')
a = A[8]; L('■' + a['headline'], 8, 'headline'); body(8, a['text']); L('（记者　邵琪）', 8, 'byline')
a = A[9]; L('■' + a['headline'], 9, 'headline'); body(9, a['text'])
L('【评论】')
a = A[10]; L(a['headline'], 10, 'headline'); L('□本报评论员　齐越', 10, 'byline'); body(10, a['text'])
L('责任编辑：詹宁　校对：秦岚')
L('本报地址：清泉区府前街9号　邮编：101499　新闻热线：6127 3300　定价：每份0.50元')

NOT = ['清泉时报', '2026年12月15日　星期二', '第50期　总第1288期　本期4版', '中共北京市清泉区委机关报', '【要闻】', '【社区】',
       '【简讯】', '【评论】', '责任编辑：詹宁', '责任编辑：范思远', '责任编辑：詹宁　校对：秦岚',
       '本报地址：清泉区府前街9号　邮编：101499　新闻热线：6127 3300　定价：每份0.50元']
A[0]['notes'] = ('Lead. No blank lines anywhere in the file: headline and ——副题 are flush-left lines, paragraphs are single lines '
  'starting with a full-width 　　 indent. Section tag 【要闻】 (furniture) directly above.')
A[1]['notes'] = 'Headline contains the Roman numeral Ⅱ (U+2161; NFKC gives II). Paragraph 3 contains 䶮 (U+4DAE; GB18030 bytes FE 9F, which GBK/CP936 decoders such as iconv -f GBK reject: only a real GB18030 decode reads the file).'
A[2]['notes'] = 'No dateline; end byline （记者　邵琪　通讯员　严蕾） on its own flush-left line (byline, not text).'
A[3]['notes'] = ('Photo news: one-word headline 冬训 (flush left, like a page tag), then the indented caption ending with the glued credit '
  '（记者　葛青　摄）. Caption (without credit) is the only paragraph; credit = byline.')
A[4]['notes'] = 'Headline + ——副题; end byline on its own line.'
A[5]['notes'] = ('引题 乡村旅游冬季不“冬眠” and 主题 on two consecutive flush-left lines (kicker first; no —— to tell them apart). '
  'End byline （记者　邵琪） GLUED to the last paragraph.')
A[6]['notes'] = ('Feature: headline, ——副题, byline line 本报记者　葛青, all flush left. Two crossheads are flush-left lines exactly like '
  'headlines (not paragraphs, not new articles). A flush-left caption line 图为…　记者　葛青　摄 between paragraphs 3 and 4 (caption, not text).')
A[7]['notes'] = '【简讯】 box: ■ + title on its own line, one indented paragraph, end byline （通讯员　庞悦） glued.'
A[8]['notes'] = '■ brief with two paragraphs and an end byline on its own line.'
A[9]['notes'] = '■ brief with no byline at all; the 【评论】 tag follows directly.'
A[10]['notes'] = 'Commentary: headline then □本报评论员　齐越 on its own line (byline); page footer and imprint follow.'
src = d.text('\r\n')
open(NAME + '.txt', 'wb').write(src.encode('gb18030'))
write_truth(NAME + '.truth.json', NAME + '.txt', '清泉时报', '2026-12-15', '第50期　总第1288期',
  'INVENTED issue (holdout6). The SOURCE FILE IS GB18030-ENCODED with CRLF line ends (truth is UTF-8). No blank lines; '
  'one line per paragraph with a full-width indent; headlines, 副题, bylines, crossheads and captions are flush left. '
  'Line numbers in source_lines count LF. Conventions as /work/shared/fixtures/truth.', NOT, d, A)
sys.exit(0 if check(NAME + '.txt', NAME + '.truth.json') else 1)
