#!/usr/bin/env python3
"""Makes two invented `pdftotext -layout` issues set in side-by-side columns, truth first:
  out/cols3-tabloid.txt  two pages of 3 columns (20 cells, gutters of 3)
  out/cols4-weekly.txt   two pages of 4 columns (16 cells, gutters of 2)
  out/cols3-uneven.txt   3 columns of 22/14/18 cells, then 2 columns of 30 under a headline
                         across both
with a masthead whose date and issue number stand on the title's lines, headlines spanning
some columns while a neighbouring column starts another story on the same rows, paragraphs
marked only by a 2-space indent, columns breaking mid-sentence, a narrower boxed sidebar, a
notice with right-aligned issuer and date, page headers and footers in varying order.
usage: make_cols.py [OUTDIR]   (then a fake tingbao echoing the truth must score 1.0)"""
import os, sys
from colslib import Page, Issue, write_truth, echo_check, wrap

A = []  # articles of the issue being made


def story(kind, headline, text, notes, **kw):
    A.append(dict(kind=kind, headline=headline, text=text, notes=notes, **kw))
    return len(A) - 1


def tabloid(out):
    A.clear(); iss = Issue()
    p = Page(3, 20, 3, rows=40)
    p.put(0, 4, '东 坝 社 区 报'); p.right(0, 2, '2026年9月22日 星期二')
    p.put(1, 4, 'DONGBA SHEQU BAO'); p.right(1, 2, '第37期 总第805期')
    p.put(2, 2, '东坝乡党委主办  东坝社区报社出版'); p.right(2, 2, '今日4版')
    a = story('news', '东坝乡“一刻钟便民生活圈”扩容', [
        '本报讯（记者 乔楠）9月18日，东坝乡新一批便民服务网点集中开业，菜站、修鞋、配钥匙、家政等12类服务进驻社区底商，居民步行15分钟内即可办成日常小事。',
        '乡商务办负责人介绍，今年以来，东坝乡对辖区27个社区的商业网点进行了逐一摸排，发现部分老旧小区周边缺少早餐点和维修点，居民意见较为集中。为此，乡里通过腾退闲置用房、引入品牌连锁企业等方式，补齐服务短板。',
        '在单店社区，新开的便民菜站每天早上7点开门，蔬菜、水果、鸡蛋等基本品类价格与周边超市持平。居民马阿姨说：“以前买菜要坐两站公交，现在下楼就能买到，方便多了。”',
        '据了解，年底前东坝乡还将新增社区食堂3家，并在有条件的社区设置便民服务车定时巡回。'],
        'Lead story: headline spans columns 1-2 while column 3 starts another story on the same rows; body flows down column 1 and on into column 2 mid-sentence.',
        subheadlines=['新增12类服务网点 居民步行15分钟办成小事'], byline='本报讯（记者 乔楠）')
    p.centred(4, 0, 1, A[a]['headline'], (a, 'headline'))
    p.centred(5, 0, 1, A[a]['subheadlines'][0], (a, 'subtitle'))
    _, _, end_a = p.flow(a, A[a]['text'], [0, 1], 7)
    b = story('news', '金盏湿地迎来候鸟', [
        '本报讯（通讯员 韦静）入秋以来，金盏郊野公园湿地陆续迎来白鹭、苍鹭、绿头鸭等候鸟，最多时一天可观测到40余种。',
        '公园管理处提醒，观鸟时请保持距离，不要投喂，不要使用闪光灯。'],
        'Column 3 story whose headline stands on the same rows as the lead headline of columns 1-2.',
        byline='本报讯（通讯员 韦静）')
    p.centred(4, 2, 2, A[b]['headline'], (b, 'headline'))
    _, r, _ = p.flow(b, A[b]['text'], [2], 6, 30)
    c = story('notice', '关于东坝中街临时交通管制的通告', [
        '因燃气管线施工，9月25日至10月15日，东坝中街（东坝南二街至东坝北路段）实行半幅封闭，请过往车辆绕行。',
        '特此通告。', '东坝乡城市管理办公室', '2026年9月20日'],
        'Notice in column 3 with the issuer and date right-aligned in the column; both are counted as the last two paragraphs.')
    p.centred(r + 1, 2, 2, '关于东坝中街临时', (c, 'headline'))
    p.centred(r + 2, 2, 2, '交通管制的通告', (c, 'headline'))
    _, r2, _ = p.flow(c, A[c]['text'][:2], [2], r + 4, 40)
    p.right(r2, 2, A[c]['text'][2], (c, 'issuer')); p.right(r2 + 1, 2, A[c]['text'][3], (c, 'date'))
    foot = max(end_a, r2 + 2) + 1
    p.put(foot, 2, '本版责任编辑：乔楠   美术编辑：石磊'); p.right(foot, 2, '1')
    iss.add_page(p)
    p = Page(3, 20, 3, rows=40)
    p.put(0, 2, '2'); p.put(0, 10, '2026年9月22日 星期二'); p.centred(0, 1, 1, '民  生'); p.right(0, 2, '东坝社区报')
    d = story('feature', '老街坊的“共享厨房”', [
        '每天上午十点，东风社区活动中心的“共享厨房”就热闹起来。几位退休的老街坊系上围裙，择菜、和面、调馅，为社区里行动不便的高龄老人准备午饭。',
        '“共享厨房”是社区去年试点的项目。社区提供场地和灶具，志愿者轮流掌勺，食材由辖区企业和居民捐赠。一年多来，志愿者队伍从最初的6人发展到31人，累计送出午餐4200多份。',
        '今年78岁的刘奶奶独居多年，每天中午都能等到志愿者送来的热饭。她说：“饭菜合口，还有人陪着说说话，心里暖和。”',
        '社区党委书记表示，下一步将把“共享厨房”的做法推广到周边社区，并探索与社区食堂联动，让更多老人吃得上、吃得好。'],
        'Feature whose headline spans all three columns; the body flows through the three columns, each break mid-sentence; a boxed sidebar set narrower follows in column 3.',
        subheadlines=['——记东风社区志愿者互助送餐队'])
    p.centred(2, 0, 2, A[d]['headline'], (d, 'headline'))
    p.centred(3, 0, 2, A[d]['subheadlines'][0], (d, 'subtitle'))
    _, r, end_d = p.flow(d, A[d]['text'], [0, 1, 2], 5)
    e = story('news', '社区食堂办卡须知', [
        '60周岁以上老人凭身份证到社区服务站办理助餐卡，享受每餐3元补贴。',
        '助餐卡可在全乡8家社区食堂通用。'],
        'Boxed sidebar set two cells narrower inside column 3 (its headline centred in the box).')
    p.centred(r + 1, 2, 2, A[e]['headline'], (e, 'headline'))
    _, end_e, _ = p.flow(e, A[e]['text'], [2], r + 3, 60, indent=2, width=16)
    f = story('opinion', '把好事办到群众心坎上', [
        '便民网点开起来了，共享厨房热起来了，这些看似细小的变化，恰恰是群众最直接的获得感。',
        '办好民生实事，既要有“大手笔”，也要有“绣花功”。多到居民家门口走一走、问一问，把群众的急难愁盼一件件列出来、一项项办下去，好事才能真正办到群众心坎上。'],
        'Commentary in columns 1-2 under the feature: a rubric line, then the headline spanning columns 1-2.',
        subheadlines=['东坝时评'], byline='本报评论员 程远')
    t = end_d + 1
    p.put(t, 2, '东坝时评', (f, 'rubric'))
    p.centred(t + 1, 0, 1, A[f]['headline'], (f, 'headline'))
    p.centred(t + 2, 0, 1, A[f]['byline'], (f, 'byline'))
    p.flow(f, A[f]['text'], [0, 1], t + 4)
    iss.add_page(p)
    name = 'cols3-tabloid'
    iss.write(os.path.join(out, name + '.txt'))
    write_truth(os.path.join(out, name + '.truth.json'), name + '.txt', '东坝社区报', '2026-09-22',
                '第37期 总第805期', 'Invented 3-column tabloid, 2 pages.',
                ['东坝社区报', 'DONGBA SHEQU BAO', '2026年9月22日', '星期二', '第37期 总第805期', '今日4版'], iss, A)
    return name


def weekly(out):
    A.clear(); iss = Issue()
    p = Page(4, 16, 2, rows=44)
    p.put(0, 2, '2026年10月13日  星期二'); p.centred(0, 1, 2, '要  闻'); p.right(0, 3, '1')
    p.put(1, 6, '南 磨 房 周 报'); p.right(1, 3, '第41期 总第1120期')
    a = story('news', '南磨房地区老旧小区综合整治全面启动', [
        '本报讯（记者 温雪）10月10日，南磨房地区2026年老旧小区综合整治项目正式开工，首批涉及赵家楼、平乐园等6个小区、58栋楼，惠及居民4300余户。',
        '此次整治以“先民生、后提升”为原则，重点实施楼体节能保温、上下水管线更换、加装电梯、无障碍设施改造等内容。开工前，地区办事处组织设计单位入户走访，共收集居民意见1100余条，形成“一楼一策”改造方案。',
        '为减少施工对居民生活的影响，项目实行“一楼一公示”，施工时间、内容、负责人和联系电话全部张贴在单元门口。地区还设立了整治工作站，由社区工作者、设计师和施工方代表轮流值守，现场答复居民问题。',
        '据悉，整治工程预计明年6月底前全部完工。'],
        'Lead story: headline spanning all four columns, body flowing through columns 1-4 and breaking mid-sentence.',
        subheadlines=['首批6个小区58栋楼 惠及居民4300余户'], byline='本报讯（记者 温雪）')
    p.centred(3, 0, 3, A[a]['headline'], (a, 'headline'))
    p.centred(4, 0, 3, A[a]['subheadlines'][0], (a, 'subtitle'))
    _, _, t = p.flow(a, A[a]['text'], [0, 1, 2, 3], 6)
    t += 1
    b = story('news', '百子湾路口新增过街天桥', [
        '本报讯（通讯员 冯一）百子湾路与东四环路口新建的过街天桥日前通过验收投入使用，天桥两侧各设一部无障碍电梯。',
        '此前，附近居民过街需绕行约800米。天桥建成后，周边3所学校的学生上下学更加安全便捷。'],
        'Headline spanning columns 1-2 while columns 3-4 carry another story on the same rows.',
        byline='本报讯（通讯员 冯一）')
    p.centred(t, 0, 1, A[b]['headline'], (b, 'headline'))
    _, _, end_b = p.flow(b, A[b]['text'], [0, 1], t + 2)
    c = story('notice', '关于征集社区议事代表的公告', [
        '为推进社区协商议事，现面向辖区居民征集社区议事代表，每个社区5至7名。',
        '有意者请于10月30日前到所在社区居委会报名。', '南磨房地区办事处', '2026年10月9日'],
        'Notice in columns 3-4: title spans both, body flows column 3 into 4; issuer and date right-aligned at the end.')
    p.centred(t, 2, 3, A[c]['headline'], (c, 'headline'))
    col, r, _ = p.flow(c, A[c]['text'][:2], [2, 3], t + 2)
    p.right(r, col, A[c]['text'][2], (c, 'issuer')); p.right(r + 1, col, A[c]['text'][3], (c, 'date'))
    foot = max(end_b, r + 2) + 1
    p.put(foot, 2, '责任编辑：温雪  美术编辑：丁一'); p.right(foot, 3, '南磨房周报')
    iss.add_page(p)
    p = Page(4, 16, 2, rows=44)
    p.put(0, 2, '南磨房周报'); p.centred(0, 1, 2, '文化·生活'); p.right(0, 3, '2026年10月13日  2')
    d = story('feature', '胡同里的皮影戏', [
        '周六下午，平乐园社区的小广场上，一方白色影窗亮了起来。锣鼓声中，孙悟空翻着跟头登场，台下的孩子们看得目不转睛。',
        '表演者是65岁的社区居民韩师傅。他年轻时在剧团学过皮影，退休后把手艺带进了社区，还办起了少儿皮影班。',
        '“皮影要会刻、会染、会耍、会唱，一样都不能少。”韩师傅说，现在班里有20多个孩子，最小的只有7岁。'],
        'Feature headline over columns 1-3; column 4 carries a short story from the same rows down.',
        byline=None)
    p.centred(2, 0, 2, A[d]['headline'], (d, 'headline'))
    _, _, end_d = p.flow(d, A[d]['text'], [0, 1, 2], 4)
    e = story('news', '社区图书角上新', [
        '本报讯 平乐园社区图书角近日新上架图书600册，涵盖文学、科普、养生等类别，居民可免费借阅。'],
        'Short story in column 4 beside the feature.', byline='本报讯')
    p.centred(2, 3, 3, A[e]['headline'], (e, 'headline'))
    _, end_e, _ = p.flow(e, A[e]['text'], [3], 4, 60)
    t = max(end_d, end_e) + 1
    f = story('news', '重阳节前走访慰问高龄老人', [
        '本报讯（记者 温雪）重阳节前，南磨房地区各社区开展走访慰问活动，为辖区90岁以上老人送去节日问候和慰问品。',
        '走访中，社区工作者详细了解老人的身体状况和生活需求，并逐一登记，对需要上门服务的老人建立帮扶台账。'],
        'Story under a full-width rule of empty rows: headline spanning all four columns.',
        byline='本报讯（记者 温雪）')
    p.centred(t, 0, 3, A[f]['headline'], (f, 'headline'))
    _, _, foot = p.flow(f, A[f]['text'], [0, 1, 2, 3], t + 2)
    p.put(foot + 1, 2, '本版责任编辑：丁一'); p.right(foot + 1, 3, '美术编辑：石磊')
    iss.add_page(p)
    name = 'cols4-weekly'
    iss.write(os.path.join(out, name + '.txt'))
    write_truth(os.path.join(out, name + '.truth.json'), name + '.txt', '南磨房周报', '2026-10-13',
                '第41期 总第1120期', 'Invented 4-column weekly, 2 pages.',
                ['南磨房周报', '2026年10月13日', '星期二', '第41期 总第1120期'], iss, A)
    return name


def uneven(out):
    """Columns of unequal width set close to the left edge: 3 columns of 22, 14 and 18 cells on
    page 1 (a lead flowing from the wide column into the narrow one, a story and a boxed list in
    the third), 2 columns of 30 on page 2 under a headline across both."""
    A.clear(); iss = Issue()
    p = Page(3, 0, 0, margin=1, rows=40, widths=[22, 14, 18], gutters=[4, 3])
    p.put(0, 5, '青 湖 周 报'); p.right(0, 2, '2026年11月3日 星期二')
    p.put(1, 3, 'QINGHU WEEKLY'); p.right(1, 2, '第44期 总第902期')
    a = story('news', '青湖街道老旧小区加装电梯提速', [
        '本报讯（记者 宋清）截至10月底，青湖街道今年已有14部加装电梯投入使用，另有9部正在施工，年内完工的电梯数量将超过去年全年的两倍。',
        '加装电梯难在协调。街道在每个楼门推选一名“协调员”，由协调员挨家挨户听意见，再把设计方案、出资比例和施工时间一并公示，低层住户的采光、噪声等顾虑在方案里逐条回应。',
        '柳荫小区3号楼的电梯上周开始运行。住在六楼的陈大爷说，过去下楼买趟菜要歇两回，如今出门方便多了。'],
        'Lead: headline and subtitle centred over the wide column 1 and the narrow column 2; the body flows from column 1 (22 cells) into column 2 (14 cells) mid-paragraph.',
        subheadlines=['——年内完工数量将超去年两倍'], byline='本报讯（记者 宋清）')
    p.centred(3, 0, 1, A[a]['headline'], (a, 'headline'))
    p.centred(4, 0, 1, A[a]['subheadlines'][0], (a, 'subtitle'))
    p.flow_uneven(a, A[a]['text'], [0, 1], 6, 14)
    b = story('news', '冬储菜直供进社区', [
        '11月1日起，青湖街道8个社区设立冬储菜直供点，大白菜、土豆、萝卜由郊区合作社直接配送，价格比市场低一成左右。',
        '直供点每天上午开放，持续到11月20日。'],
        'Column 3 story whose headline stands on the lead headline\'s row; end byline in brackets.',
        byline='（通讯员 何川）')
    p.centred(3, 2, 2, A[b]['headline'], (b, 'headline'))
    _, r, _ = p.flow(b, A[b]['text'], [2], 5, 40)
    p.right(r, 2, '（通讯员 何川）', (b, 'byline'))
    c = story('list', '冬季用电安全“三不要”', [
        '1.不要私拉电线给电动车充电。', '2.不要长时间使用大功率取暖器。', '3.不要用湿手触摸开关插座。'],
        'Boxed list in column 3 set 2 cells in on both sides: a tag, a centred title, items of one or two lines.',
        subheadlines=['温馨提示'])
    p.put(r + 2, p.left[2], '【温馨提示】', (c, 'tag'))
    p.centred(r + 3, 2, 2, A[c]['headline'], (c, 'headline'))
    row = r + 5
    for item in A[c]['text']:
        for line in wrap(item, 14):
            p.put(row, p.left[2] + 2, line, (c, 'item')); row += 1
    foot = max(20, row) + 1
    p.put(foot, 1, '本版编辑：何  川    校对：吴  敏'); p.right(foot, 2, '1')
    iss.add_page(p)
    p = Page(2, 30, 4, margin=1, rows=40)
    p.put(0, 1, '青湖周报   2'); p.centred(0, 0, 1, '民  生'); p.right(0, 1, '2026年11月3日')
    d = story('feature', '一条街巷的“微更新”', [
        '走进青湖街道槐树胡同，灰墙上多了几幅街坊们一起画的壁画，墙根下的花箱里种着月季和薄荷。半年前，这里还是一条堆满杂物的窄巷。',
        '“微更新”从一次议事会开始。社区把居民请到一起，让大家说说最想改的地方，最后定下清杂物、补路面、添花箱三件事，由居民和志愿者分头去办。',
        '胡同里住了四十多年的郑阿姨如今每天都来浇花。她说，巷子干净了，邻居们碰面聊天的时候也多了。'],
        'Feature under a headline across both columns of page 2 with a subtitle and a byline line; the body flows from column 1 into column 2 mid-paragraph.',
        subheadlines=['——槐树胡同环境整治见闻'], byline='本报记者 宋清')
    p.centred(2, 0, 1, A[d]['headline'], (d, 'headline'))
    p.centred(3, 0, 1, A[d]['subheadlines'][0], (d, 'subtitle'))
    p.centred(4, 0, 1, A[d]['byline'], (d, 'byline'))
    _, _, end_d = p.flow(d, A[d]['text'], [0, 1], 6)
    e = story('notice', '关于开展冬季供暖入户检查的通知', [
        '各位居民：为确保冬季供暖安全，11月5日至15日，供热单位将逐户检查室内暖气管线和阀门，请居民配合并预留联系电话。',
        '如有疑问，请与所在社区居委会联系。', '青湖街道办事处', '2026年11月2日'],
        'Notice under a headline across both columns; the issuer and date stand right-aligned at the end of column 2.')
    t = end_d + 1
    p.centred(t, 0, 1, A[e]['headline'], (e, 'headline'))
    col, r, _ = p.flow(e, A[e]['text'][:2], [0, 1], t + 2)
    p.right(r, col, A[e]['text'][2], (e, 'issuer')); p.right(r + 1, col, A[e]['text'][3], (e, 'date'))
    p.put(r + 3, 1, '本版编辑：吴  敏    美术编辑：林  岚')
    iss.add_page(p)
    name = 'cols3-uneven'
    iss.write(os.path.join(out, name + '.txt'))
    write_truth(os.path.join(out, name + '.truth.json'), name + '.txt', '青湖周报', '2026-11-03',
                '第44期 总第902期', 'Invented issue of uneven columns: 3 columns (22/14/18) then 2 columns (30/30).',
                ['青 湖 周 报', 'QINGHU WEEKLY', '2026年11月3日', '星期二', '第44期 总第902期'], iss, A)
    return name


if __name__ == '__main__':
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), 'out')
    os.makedirs(out, exist_ok=True)
    names = [make(out) for make in (tabloid, weekly, uneven)]
    sys.exit(0 if echo_check(out, names) else 1)
