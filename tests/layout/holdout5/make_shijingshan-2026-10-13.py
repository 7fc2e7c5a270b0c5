"""Issue 1: 石景山新报 (invented), PDF tool reading order, wrap ~20, blanks only between paragraphs."""
import sys; sys.path.insert(0, '/work/holdout5')
from h5lib import Doc, wrap, write_truth, check
NAME = 'shijingshan-2026-10-13'
A = []
A.append(dict(kind='news', headline='模式口历史文化街区二期开街', subheadlines=['——修缮院落46处，引入非遗工坊和社区书房'],
  byline='本报讯（记者 刘思远）', notes='', text=[
 '本报讯（记者 刘思远）10月11日，模式口历史文化街区二期正式开街。二期范围东起承恩寺西墙，西至法海寺森林公园入口，全长约680米，共修缮传统院落46处，恢复历史街巷肌理3条。',
 '据介绍，二期改造坚持“修旧如旧、最小干预”原则，对沿街建筑的灰砖墙面、木质门窗和石质台阶进行了逐一勘测和登记，能保留的构件全部原位保留。施工期间，街区还专门设立了“老物件收集点”，收到居民捐赠的门墩、瓦当、老匾额等120余件，部分已在街区陈列馆展出。',
 '开街后，二期将引入京西太平鼓、兔儿爷彩塑、驼铃制作等8个非遗工坊，并利用一处闲置院落建设社区书房，面积约260平方米，藏书1.2万册，每天9时至21时免费开放。',
 '金顶街街道相关负责人表示，下一步将建立街区“共治议事会”，由居民、商户和文保专家共同商议业态准入和公共空间使用，避免过度商业化，让老街区既有烟火气，也有文化味。']))
A.append(dict(kind='news', headline='全区首批12个“15分钟便民生活圈”通过验收', subheadlines=['——新增菜店、早餐点等便民网点93个'],
  byline='本报讯（记者 杜晓 通讯员 孟凡）', notes='', _hl=['全区首批12个“15分钟便民生活圈”', '通过验收'], text=[
 '本报讯（记者 杜晓 通讯员 孟凡）近日，区商务局组织对首批12个“15分钟便民生活圈”进行验收，12个生活圈全部达标。今年以来，全区新增和提升菜店、早餐点、便利店、家政维修等便民网点93个，覆盖居民约21万人。',
 '验收采取“居民打分+实地核查”的方式进行。工作人员随机走访社区，请居民按照“买菜方不方便、早餐好不好吃、修东西找不找得到人”等指标打分，综合满意度达到94.6分。',
 '区商务局有关负责人介绍，明年将再推出15个生活圈，重点补齐老旧小区的便民短板，并鼓励连锁品牌以“一店多能”的方式，把快递代收、配钥匙、修鞋等小服务集中到一个门店里。']))
A.append(dict(kind='photo', headline='银杏大道迎来最佳观赏期', subheadlines=['图片新闻'], byline='本报记者 吴桐 摄', notes='', text=[
 '10月12日，八大处公园银杏大道的银杏叶开始转黄，吸引不少市民前来拍照打卡。据公园管理处介绍，今年银杏最佳观赏期预计将持续到11月上旬，周末客流较大，建议市民错峰游览、绿色出行。']))
A[-1]['captions'] = [A[-1]['text'][0]]
A.append(dict(kind='news', headline='古城地区老旧管网改造完工', subheadlines=['——惠及居民4600余户'],
  byline='本报讯（记者 韩冰）', notes='', text=[
 '本报讯（记者 韩冰）记者从区城市管理委获悉，古城地区老旧供水、燃气管网改造工程日前全部完工，共更换老旧管线约18.6公里，惠及古城南路、八角北路等片区居民4600余户。',
 '为减少对居民出行的影响，施工单位采取分段围挡、夜间开挖、白天恢复路面的方式推进，每完成一段便及时恢复绿化和停车位。改造完成后，片区“跑冒滴漏”类诉求同比下降了七成以上。']))
A.append(dict(kind='news', headline='石景山区举办第三届“京西工匠”技能大赛', subheadlines=['——12个工种、400余名选手同台竞技'],
  byline='本报讯（记者 杜晓）', notes='', text=[
 '本报讯（记者 杜晓）10月9日至10日，石景山区第三届“京西工匠”职业技能大赛在区职业技能公共实训基地举行。本届大赛设置电工、焊工、养老护理员、无人机驾驶员等12个工种，来自全区企业和院校的400余名选手参赛。',
 '与往届相比，本届大赛首次增设了“数字技能”赛道，比赛内容涵盖工业机器人运维和网络安全实操。一名参加无人机驾驶项目的选手说，比赛的考题很贴近实际工作，“就像把每天的活儿搬到了赛场上”。',
 '据悉，各工种前三名选手将获得“石景山区技术能手”称号，符合条件的还可按规定晋升相应的职业技能等级。']))
A.append(dict(kind='news', headline='“银发课堂”开进社区', subheadlines=['——老年人学用智能手机不再难'],
  byline='本报讯（记者 刘思远 通讯员 邵静）', notes='', text=[
 '本报讯（记者 刘思远 通讯员 邵静）“挂号的时候，先点这个‘预约’，再选科室……”近日，在鲁谷街道七星园社区的活动室里，志愿者正手把手地教老人用手机预约挂号。这是街道今年开设的“银发课堂”第38期课程。',
 '“银发课堂”每周开课两次，内容包括手机支付、网上缴费、防范电信诈骗等，每期只收15名学员，保证每位老人都能上手操作。课程结束后，志愿者还会把常用步骤打印成大字版“操作卡”，方便老人带回家对照练习。',
 '截至目前，课程已累计服务老年人500余人次。街道计划明年把课堂延伸到辖区所有社区。']))
A.append(dict(kind='feature', headline='永定河畔绿道串起“一河两岸”', subheadlines=['——石景山区滨水空间建设纪实'],
  byline='本报记者 韩冰 文/图', crossheads=['从“背水”到“亲水”', '绿道上的新生活', '让河畔更有温度'],
  captions=['▲市民在永定河畔绿道上骑行。'], notes='', text=[
 '清晨六点半，家住麻峪村的老郭已经沿着永定河畔绿道骑完了一圈。“以前这边都是土路和荒滩，现在修好了绿道，每天不出来骑一圈，总觉得少了点什么。”',
 '这条绿道全长约14公里，北起麻峪，南至首钢园，沿线串联起多处公园和滨水广场。几年前，这里还是人们口中的“背水”地带：堤岸高、道路断，居民想看一眼河都不容易。',
 '改造中，设计单位降低了部分堤岸高度，修建了亲水平台和观景栈道，并在关键节点设置坡道，方便推婴儿车和坐轮椅的人通行。',
 '绿道开通后，沿线的生活方式悄悄发生了变化。周末的滨水广场上，有跳广场舞的老人，也有放风筝的孩子；傍晚时分，跑步和骑行的年轻人成了绿道上的“常客”。',
 '附近一家咖啡店的店主告诉记者，绿道开通以来，店里周末的客流增加了近一倍，“很多人骑累了就进来歇歇脚，喝杯咖啡看看河”。',
 '区水务局相关负责人表示，下一步将在绿道沿线增设15处驿站，提供饮水、充电、急救包等服务，并结合季节举办河畔音乐会、自然观察课等活动，让滨水空间更有温度、更有活力。']))
A.append(dict(kind='news', headline='广宁街道开展秋季消防安全大排查', subheadlines=['——整改隐患57处'],
  byline='本报讯（记者 韩冰 通讯员 宋洋）', notes='', text=[
 '本报讯（记者 韩冰 通讯员 宋洋）入秋以来，广宁街道联合消防救援站开展秋季消防安全大排查，重点检查老旧小区楼道堆物、电动自行车违规充电和沿街商铺消防设施，共发现并整改隐患57处。',
 '排查中，工作人员还向居民发放了消防安全提示卡，提醒大家不要“飞线”充电，家中常备灭火器和逃生面罩。']))
A.append(dict(kind='news', headline='区图书馆“阅读马拉松”收官', subheadlines=['——近千名读者参与'],
  byline='本报讯（记者 吴桐）', notes='', text=[
 '本报讯（记者 吴桐）10月10日，区图书馆第四届“阅读马拉松”活动收官。活动为期一个月，近千名读者报名参加，累计提交读书笔记2300余篇。',
 '今年的活动首次设立了“家庭组”，不少家长带着孩子一起完成阅读任务。获奖读者将获得图书馆年度借阅卡升级和文创礼品。']))

d = Doc(); L = d.add; B = d.blank
def head(i):
    a = A[i]
    for ln in a.get('_hl', [a['headline']]): L(ln, i, 'headline')
    B()
    for s in a['subheadlines']:
        L(s, i, 'subheadline'); B()
def body(i, width=20, after=None):
    a = A[i]
    for k, p in enumerate(a['text']):
        for ln in wrap(p, width): L(ln, i, 'body')
        if after and k in after: B(); after[k](); 
        B()
# masthead
mast = ['石景山新报', 'SHIJINGSHAN XINBAO', '2026年10月13日 星期二', '农历丙午年九月初三', '第40期（总第1216期）', '今日4版',
        '中共北京市石景山区委宣传部主办', '石景山区融媒体中心出版', '准印证号：京内资准字2026-L0233']
B(); 
for m in mast: L(m); B()
L('要闻'); B()
head(0); body(0)
head(1); body(1)
# photo news
L('图片新闻', 2, 'subheadline'); B(); L(A[2]['headline'], 2, 'headline'); B(3)
for ln in wrap(A[2]['text'][0], 30): L(ln, 2, 'caption')
B(); L('本报记者 吴桐 摄', 2, 'credit'); B()
head(3); body(3)
L('1'); B()
# page 2
L('2026年10月13日 星期二'); L('第2版 要闻'); L('责任编辑：李  岩  美术编辑：王  蕾  校对：张  琦'); B()
head(4); body(4)
head(5); body(5)
L('2'); B()
# page 3 专版
L('2026年10月13日 星期二'); L('第3版 专版'); L('责任编辑：周  凯  美术编辑：王  蕾  校对：张  琦'); B()
L('“一河两岸”看新颜'); B()
head(6); L('本报记者 韩冰 文/图', 6, 'byline'); B()
a = A[6]; X = a['crossheads']
def para(i, k, width=20):
    for ln in wrap(A[i]['text'][k], width): L(ln, i, 'body')
    B()
para(6, 0)
L(X[0], 6, 'crosshead'); B()
para(6, 1); para(6, 2)
L(a['captions'][0], 6, 'caption'); B()
L(X[1], 6, 'crosshead'); B()
para(6, 3); para(6, 4)
L(X[2], 6, 'crosshead'); B()
para(6, 5)
L('3'); B()
# page 4
L('2026年10月13日 星期二'); L('第4版 社区'); L('责任编辑：李  岩  美术编辑：高  原  校对：孟  然'); B()
head(7); body(7)
head(8); body(8)
L('地址：北京市石景山区鲁谷路XX号  邮编：100040  新闻热线：6887XXXX'); L('印刷：北京京西印务有限公司'); L('4')
src = f'/work/holdout5/{NAME}.txt'
open(src, 'w', encoding='utf-8').write(d.text())
notes = {
 0: 'Lead, directly after the page label 要闻 and the 9-line masthead (each line separated by blanks). 主题 + one 副题 starting with ——, blank lines between. Dateline 本报讯（记者 刘思远） kept at the start of paragraph 1 and also given as byline. Blank lines only between paragraphs.',
 1: '主题 hard-wrapped over TWO lines by the extractor (全区首批12个“15分钟便民生活圈” / 通过验收, no blank between) — join them into one headline; the second line is not a 副题. Then one 副题 with ——. Dateline with 记者 + 通讯员.',
 2: 'Photo news: column label 图片新闻 on its own line ABOVE the headline (treated as subheadline/column tag; dropping it as furniture is acceptable), three blank lines (image gap), caption at a wider measure (30) used as the single paragraph and as captions, credit line 本报记者 吴桐 摄 = byline. Followed directly by the next article\'s headline.',
 3: 'Last article of page 1; its last paragraph is followed by the stray page number 1.',
 4: 'First article after the page-2 header (3 furniture lines with letter-spaced editor names).',
 5: 'Paragraph 1 starts with a quotation inside the dateline run (本报讯（…）“挂号的时候…). Short last paragraph.',
 6: '专版 feature: section banner 「“一河两岸”看新颜」 above the headline is the 专版 title (furniture, listed in not_articles, not a subheadline). Byline line 本报记者 韩冰 文/图 on its own line (no 本报讯). Three crossheads, each on its own line between blank lines — they look exactly like short paragraphs/headlines but are crossheads (not paragraphs). Caption ▲… between paragraphs 3 and 4 (before the 2nd crosshead), not a paragraph. Paragraph 1 is a quotation-led lead.',
 7: 'Page 4 after the header.',
 8: 'Last article; followed by imprint lines (address, printer) and page number 4 = furniture.',
}
for k, v in notes.items(): A[k]['notes'] = v
not_art = mast + ['要闻', '第2版 要闻', '第3版 专版', '第4版 社区', '“一河两岸”看新颜', '印刷：北京京西印务有限公司']
write_truth(f'/work/holdout5/{NAME}.truth.json', f'{NAME}.txt', '石景山新报', '2026-10-13', '第40期（总第1216期）',
  'Invented 石景山-style weekly, 4 pages, extracted by a PDF tool in reading order: body wrap ~20 em, a blank line ONLY between paragraphs/blocks (no column-break blanks), headlines = 主题 + one ——副题, datelines 本报讯（记者 …）. Page headers on pages 2-4 (date, 第N版 section, editor line); bare page numbers at the foot of each page.',
  not_art, d, A)
sys.exit(0 if check(src, f'/work/holdout5/{NAME}.truth.json') else 1)
