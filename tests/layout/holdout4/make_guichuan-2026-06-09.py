"""妫川周报 (invented 延庆/密云-style district weekly), pdftotext reading-order extraction, wrap ~16."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h4lib import wrap, Src, make_article, check, write
NAME = 'guichuan-2026-06-09'
W = 16

def body(paras, every=17, phase=0, sep_blank=True):
    """Wrap paragraphs; blank line between paragraphs (if sep_blank) and a column break (blank line)
    every `every` text lines, wherever it falls (often mid-sentence)."""
    out, n = [], phase
    for i, p in enumerate(paras):
        if i and sep_blank and out and out[-1] != '':
            out.append('')
        for ln in wrap(p, W):
            if n and n % every == 0 and out and out[-1] != '':
                out.append('')
            out.append(ln); n += 1
    return out

# ---------------- truth text ----------------
A1_kick = '坚持生态优先绿色发展 以冬奥遗产赋能山区振兴 推动“绿水青山”持续转化为“金山银山”'
A1_head = '全区召开山区乡村振兴推进大会'
A1_subs = ['聚焦产业、人才、生态三条主线', '年内打造10个精品民宿集群 带动3000余名农民就近就业']
A1_by = '本报记者 王辰'
A1 = [
 '6月5日，全区山区乡村振兴推进大会召开。会议总结去年以来山区乡村振兴工作成效，部署下一阶段重点任务。区委书记主持会议并讲话，区长通报有关情况，区人大常委会、区政协主要负责同志出席。',
 '会议指出，过去一年，全区山区乡镇以冬奥遗产利用为牵引，新建改造精品民宿62家，建成乡村骑行绿道48公里，山区农民人均可支配收入同比增长7.6%，生态涵养区功能定位更加巩固。',
 '会议强调，要把产业作为振兴之本。围绕民宿、冰雪、葡萄、花卉四类特色产业，推动一村一品、一镇一业，支持集体经济组织以闲置农宅入股经营，年内打造10个精品民宿集群，带动3000余名农民就近就业。',
 '要把人才作为振兴之要。深入实施“乡村工匠”培育计划，组织返乡青年、大学生村官和农业技术员结对帮带，对到山区创业的青年人才在场地、贷款、培训等方面给予支持，让更多年轻人愿意来、留得住、干得好。',
 '要把生态作为振兴之基。持续抓好妫水河、白河流域综合治理和森林防火工作，落实林长制、河长制，严守生态保护红线，决不以牺牲生态环境为代价换取一时的发展。',
 '会上，千家店镇、珍珠泉乡、四海镇作交流发言，区农业农村局、区文旅局等部门负责同志围绕各自领域作了任务部署。各乡镇、区有关部门主要负责同志参加会议。',
]
A2_head = '首届妫川葡萄产业大会开幕'
A2 = [
 '本报讯（记者 刘畅）6月6日，首届妫川葡萄产业大会在张山营镇开幕。来自全国12个省区市的葡萄种植户、酒庄代表和科研人员200余人参会，共同交流品种选育、标准化种植和品牌营销经验。',
 '大会期间，区农业技术推广站发布了本地葡萄标准化种植技术规程，5家区内酒庄与京津冀地区的8家商超签订了产销合作协议，意向采购金额达1200万元。',
 '据介绍，全区现有葡萄种植面积4.2万亩，其中酿酒葡萄1.6万亩，年产葡萄酒约3000吨。下一步，全区将推动葡萄种植、酿造、文旅融合发展，叫响“妫川葡萄”区域公用品牌。',
]
A3_head = '麦浪翻滚 夏收正忙'
A3 = ['连日来，全区1.8万亩冬小麦陆续进入收获期，各乡镇调配联合收割机130余台，抢抓晴好天气开展夏收作业，预计6月中旬基本完成收获。']
A3_caps = ['旧县镇米粮屯村的麦田里，联合收割机正在作业。', '农机手将刚收获的小麦装车运往晾晒场。']
A3_credit = '本报记者 孙立 摄'
A4_head = '康庄镇“一刻钟便民生活圈”全覆盖'
A4_by = '本报记者 赵敏'
A4 = [
 '走出家门步行十几分钟，买菜、理发、修鞋、取快递都能办妥——这是康庄镇居民如今的日常。截至5月底，康庄镇12个社区、28个行政村已实现“一刻钟便民生活圈”全覆盖。',
 '“以前修个拉链得跑到城区，现在楼下就有便民服务点，来回不到十分钟。”家住榆林堡社区的李阿姨说。',
 '据了解，康庄镇今年以来新增便民商业网点36个，其中社区菜店9个、便民维修点11个、快递驿站16个。镇里还组织商户开展“送货上门”“代买代办”服务，重点照顾辖区独居和高龄老人，已累计上门服务1400余人次。',
 '下一步，康庄镇将根据居民需求动态调整网点布局，引入更多连锁品牌，推动便民生活圈从“有没有”向“好不好”转变。',
]
A5_head = '区图书馆夏季开放时间调整'
A5 = [
 '本报讯 6月10日起，区图书馆实行夏季开放时间，周二至周日9:00至20:00开放，周一闭馆进行内部整理。少儿阅览室暑期增设周末亲子阅读专场，每场限30组家庭，读者可通过“妫川文化云”小程序提前预约。',
]
A6_kick = '留住乡愁记忆 激活村庄文脉'
A6_head = '老手艺在山村里“活”起来'
A6_by = '本报记者 孙立'
A6_cross = ['一根荆条编出“致富经”', '非遗课堂走进校园']
A6 = [
 '初夏时节，井庄镇柳沟村的荆编工坊里，十几位村民围坐在一起，手指翻飞间，一只只造型精巧的果篮、收纳筐渐渐成形。这门流传了上百年的老手艺，如今成了村民增收的新门路。',
 '今年67岁的王德福是村里的荆编老艺人。“过去编筐是为了自家用，谁也没想过能卖钱。”他告诉记者，2023年村里成立荆编合作社后，他带着20多名村民重新拾起这门手艺，产品通过电商平台卖到了全国各地。',
 '合作社负责人介绍，去年合作社销售荆编制品1.2万件，参与村民人均增收6000余元。今年合作社还与设计团队合作，开发出灯罩、茶席等30余款文创新品。',
 '除了带动增收，老手艺还走进了校园。今年春季学期起，井庄镇中心小学开设了荆编、剪纸、面塑三门非遗课程，每周由村里的老艺人到校授课。',
 '“孩子们学得特别认真，有的还把作品带回家送给爷爷奶奶。”学校老师说，非遗课堂让孩子们了解家乡的历史，也让老手艺有了年轻的传承人。',
]
A6_caps = ['柳沟村荆编工坊里，村民正在编制果篮。']
A7_head = '区医院开设夜间儿科门诊'
A7 = [
 '本报讯（记者 赵敏 通讯员 高原）记者从区医院获悉，自6月1日起，该院开设夜间儿科门诊，接诊时间为每日17:30至21:30，主要诊治儿童发热、咳嗽、腹泻等常见病。',
 '区医院相关负责人介绍，夜间门诊由儿科主治医师以上职称医生坐诊，同步开放检验、药房、收费窗口，家长可通过“健康妫川”公众号预约挂号，也可现场挂号就诊。',
]
A8_head = '这个夏天 防溺水要记牢'
A8 = [
 '入夏以来，气温持续升高，河湖、水库周边游泳、戏水人员增多。区应急管理局提醒广大市民，特别是中小学生家长，务必做好防溺水安全教育。',
 '“六不”要牢记：不私自下水游泳，不擅自与他人结伴游泳，不在无家长或教师带领的情况下游泳，不到无安全设施、无救援人员的水域游泳，不到不熟悉的水域游泳，不熟悉水性的学生不擅自下水施救。',
 '发现有人落水时，应立即大声呼救并拨打110或119，可借助竹竿、绳索、救生圈等物品施救，切勿手拉手盲目下水。（记者 刘畅）',
]
A9_head = '让绿色成为山区最亮底色'
A9_by = '□ 林 川'
A9 = [
 '生态是山区最大的优势，也是最大的责任。守住绿水青山，不是守着“聚宝盆”过穷日子，而是要找准生态价值转化的路径。',
 '从精品民宿到骑行绿道，从荆编工坊到葡萄酒庄，越来越多的村庄在保护中发展、在发展中保护。实践证明，只要路子对头，好生态就能转化为好产业、好收入。',
 '当然，生态价值转化不能一哄而上。每个村的资源禀赋不同，有的适合发展民宿，有的适合发展林下经济，必须因地制宜、久久为功，让绿色真正成为山区发展最亮的底色。',
]

# ---------------- layout ----------------
S = Src()
S.add(['妫川周报', 'GUICHUAN WEEKLY', '2026年6月9日 星期二', '第22期 总第1402期 今日4版',
       '中共北京市延庆区委宣传部主办', '延庆区融媒体中心出版', '国内统一连续出版物号 CN11-0000'], 'masthead')
S.blank()
S.add(wrap(A1_kick, 26), 'A1_kick'); S.blank()
S.add(A1_head, 'A1_head'); S.blank()
S.add(A1_subs[0], 'A1_sub'); S.add(A1_subs[1], 'A1_sub'); S.blank()
S.add(A1_by, 'A1_by'); S.blank()
# part 1: paragraphs 1-3 and the first half of paragraph 4 (cut mid-sentence)
cut = A1[3].index('对到山区创业')
p1 = body(A1[:3] + [A1[3][:cut]], every=17)
S.add(p1, 'A1_p1'); S.add('（下转第4版）', 'A1_jump'); S.blank()
S.add(A2_head, 'A2_head'); S.blank()
S.add(body(A2, every=15, phase=4, sep_blank=False), 'A2_body'); S.blank()
S.add(A3_head, 'A3_head'); S.blank(3)
S.add(wrap(A3_caps[0], 22), 'A3_cap'); S.blank(2)
S.add(wrap(A3_caps[1], 22), 'A3_cap')
S.add(wrap(A3[0], 30), 'A3_body'); S.add(A3_credit, 'A3_credit'); S.blank()
S.add('2026年6月9日 星期二   第1版   要闻', 'footer1')
S.add('\f2   区域                     责任编辑：李  岩  美术编辑：张  弛   2026年6月9日 星期二', 'hdr2'); S.blank()
S.add(A4_head, 'A4_head'); S.blank()
S.add(A4_by, 'A4_by'); S.blank()
S.add(body(A4, every=18, phase=6), 'A4_body'); S.blank()
S.add(A5_head, 'A5_head'); S.blank()
S.add(body(A5, every=18), 'A5_body'); S.blank()
S.add(A6_kick, 'A6_kick'); S.add(A6_head, 'A6_head'); S.blank()
S.add(A6_by, 'A6_by'); S.blank()
b = body(A6[:1], every=17)
S.add(b, 'A6_body')
S.add(A6_cross[0], 'A6_cross'); S.blank()
l2 = wrap(A6[1], W)                        # caption falls inside paragraph 2
S.add(l2[:4], 'A6_body'); S.blank(); S.add(wrap(A6_caps[0], 20), 'A6_cap'); S.add('本报记者 孙立 摄', 'A6_credit'); S.blank()
S.add(l2[4:], 'A6_body'); S.blank()
S.add(body([A6[2]]), 'A6_body'); S.blank()
S.add(A6_cross[1], 'A6_cross')            # crosshead directly followed by body, no blank
S.add(body(A6[3:], every=12, phase=3), 'A6_body'); S.blank()
S.add('\f民生   3               责任编辑：郑  薇  美术编辑：张  弛   2026年6月9日 星期二', 'hdr3'); S.blank()
S.add(A7_head, 'A7_head'); S.blank()
S.add(body(A7, every=16, phase=9), 'A7_body'); S.blank()
S.add(A8_head, 'A8_head'); S.blank()
l8 = body(A8, every=14, phase=2)
l8[-1] = l8[-1]                             # end byline glued to the last line
S.add(l8, 'A8_body'); S.blank()
S.add('\f4   综合                     责任编辑：李  岩  美术编辑：王  朔   2026年6月9日 星期二', 'hdr4'); S.blank()
p2 = body([A1[3][cut:]] + A1[4:], every=16, phase=5)
p2[0] = '（上接第1版）' + p2[0]
S.add(p2, 'A1_p2'); S.blank()
S.add('妫川评论', 'A9_col'); S.add(A9_head, 'A9_head'); S.add(A9_by, 'A9_by'); S.blank()
S.add(body(A9, every=15, phase=8), 'A9_body'); S.blank()
S.add(['地址：延庆区妫水北街 邮编：102100', '新闻热线：69100000  广告热线：69100001', '印刷：北京某印刷有限公司'], 'imprint')

src = S.text()
A8_text = A8[:-1] + [A8[-1].replace('（记者 刘畅）', '')]
arts = [
 make_article('news', A1_head, A1, [A1_kick] + A1_subs, A1_by, True, [],
  'Lead: long 引题 wrapped over 2 lines at a wider measure; 主题; two 副题 lines (one with an internal space); byline "本报记者 王辰" on its own line BEFORE the body. Body cut mid-sentence in paragraph 4 (part 1 ends "…结对帮带，" then （下转第4版）); resumes on page 4 as "（上接第1版）对到山区创业…" glued, with no repeated headline, after the page-4 header. Paragraph 4 spans the jump; markers removed. Blank lines between paragraphs and at column breaks (every ~17 lines, mid-sentence).',
  f"kicker {S.span('A1_kick')}, headline {S.span('A1_head')}, subs {S.span('A1_sub')}, byline {S.span('A1_by')}, part1 {S.span('A1_p1')}, jump {S.span('A1_jump')}, part2 {S.span('A1_p2')}"),
 make_article('news', A2_head, A2, [], '本报讯（记者 刘畅）', False, [],
  'Paragraphs NOT separated by blank lines (pdftotext without paragraph spacing); paragraph ends only visible as short last lines ending in 。. A column-break blank line falls inside a paragraph. 本报讯（记者 刘畅） kept in paragraph 1.',
  f"headline {S.span('A2_head')}, body {S.span('A2_body')}"),
 make_article('photo', A3_head, A3, [], A3_credit, False, A3_caps,
  'Photo group (组图): headline, image gaps (3 and 2 blank lines), TWO captions, then the intro text at a wide measure (the body, 1 paragraph) directly after the second caption with no blank line, then the credit "本报记者 孙立 摄" (byline, not text). Followed by the page-1 footer and the page-2 header (form feed).',
  f"headline {S.span('A3_head')}, captions {S.span('A3_cap')}, body {S.span('A3_body')}, credit {S.span('A3_credit')}"),
 make_article('news', A4_head, A4, [], A4_by, False, [],
  'Page-2 header line before the headline (starts with a form feed and the page number). Byline "本报记者 赵敏" on its own line before the body; paragraph 2 is a quote ending in 说。; column breaks mid-sentence.',
  f"headline {S.span('A4_head')}, byline {S.span('A4_by')}, body {S.span('A4_body')}"),
 make_article('news', A5_head, A5, [], None, False, [],
  'One-paragraph brief starting "本报讯 " without reporter; times with ASCII colons (9:00至20:00).',
  f"headline {S.span('A5_head')}, body {S.span('A5_body')}"),
 make_article('feature', A6_head, A6, [A6_kick], A6_by, False, A6_caps,
  '引题 directly above the 主题 with NO blank line; byline on its own line. Two crossheads (not paragraphs), both printed with NO blank line before them (the first) or after them (the second): the first directly follows the last line of paragraph 1, the second is directly followed by body text without a blank line. Photo caption + credit "本报记者 孙立 摄" inserted INSIDE paragraph 2 (between its 4th and 5th lines, mid-sentence); caption not part of the text.',
  f"kicker {S.span('A6_kick')}, headline {S.span('A6_head')}, byline {S.span('A6_by')}, crossheads {S.span('A6_cross')}, body {S.span('A6_body')}, caption {S.span('A6_cap')}",
  crossheads=A6_cross),
 make_article('news', A7_head, A7, [], '本报讯（记者 赵敏 通讯员 高原）', False, [],
  'Page-3 header (page number AFTER the section name) before the headline. Dateline with reporter and 通讯员.',
  f"headline {S.span('A7_head')}, body {S.span('A7_body')}"),
 make_article('news', A8_head, A8_text, [], '记者 刘畅', False, [],
  'Headline with an internal space (not two headlines). End byline "（记者 刘畅）" glued to the last body line: byline, NOT text. Paragraph 2 is a long list sentence ("六不"要牢记：…).',
  f"headline {S.span('A8_head')}, body {S.span('A8_body')}"),
 make_article('opinion', A9_head, A9, [], A9_by, False, [],
  'Column tag "妫川评论" directly above the headline (column, not headline); author line "□ 林 川" (letter-spaced name) right under the headline, no blank lines. Follows the page-4 continuation of the lead without a repeated headline — the continuation must not be swallowed by this article. Imprint lines after it are furniture.',
  f"column {S.span('A9_col')}, headline {S.span('A9_head')}, byline {S.span('A9_by')}, body {S.span('A9_body')}",
  column='妫川评论'),
]
truth = {"source": NAME + '.txt', "publication": '妫川周报', "date": '2026-06-09', "issue_no": '总第1402期',
         "notes": 'Invented 延庆/密云-style weekly as pdftotext output in reading order (wrap ~16, blank lines between paragraphs and at column breaks). Masthead L1-7 (第22期 总第1402期 今日4版). Page headers for pages 2-4 begin with a form feed; page-1 footer line. Conventions as the fixtures\' truth: 引题/副题 -> subheadlines; 本报讯（…） stays in paragraph 1; end bylines excluded from text; captions and crossheads not paragraphs.',
         "articles": arts,
         "not_articles": ['妫川周报', 'GUICHUAN WEEKLY', '2026年6月9日 星期二', '第22期 总第1402期 今日4版', '中共北京市延庆区委宣传部主办', '延庆区融媒体中心出版', 'page headers/footer', '（下转第4版）', 'imprint lines']}
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME + '.txt'), 'w', encoding='utf-8').write(src)
write(os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME + '.truth.json'), truth)
check(truth, src)
