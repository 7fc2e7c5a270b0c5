#!/usr/bin/env python3
"""holdout7 issue 2: 云溪周刊, JSON export of a newsroom system (融媒采编平台) in ITS OWN schema
(paper/pages/stories, content as an HTML string). Truth first, then the export is built from it."""
import sys, os, json, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import h7lib
from h7lib import Doc, write_truth, check

NAME = 'yunxi-cms-2026-12-29'
A = []
# each article: truth fields + 'x' = export fields used by the layout section
A.append(dict(kind='news', headline='云溪区首条山区公交微循环线路开通', subheadlines=['——方便沿线七个村三千余名村民出行'],
    byline='本报讯（记者 庞越）',
    text=['本报讯（记者 庞越）12月26日，云溪区首条山区公交微循环线路Y31路正式开通。线路全长18.6公里，串联起石门、杏林、后沟等7个山区村，与区内两条干线公交在云溪镇换乘站接驳。',
          '“过去到镇上赶集，要么走四十分钟山路去大路边等车，要么找人捎脚。”杏林村村民贺春生说，新线路在村口就设了站，“出门就能坐车，方便多了”。',
          'Y31路采用10米级新能源公交车，首末班时间为6时30分和18时，高峰时段发车间隔20分钟。区交通局表示，将根据客流情况适时优化站点和班次。'],
    notes='Export: subTitle with ——; author field 本报记者 庞越 while content starts with 本报讯（记者 庞越）; paragraphs as <p> with &nbsp; indents; &ldquo;&rdquo; entities.',
    x=dict(kind='消息', author='本报记者 庞越', sub='——方便沿线七个村三千余名村民出行')))
A.append(dict(kind='news', headline='全区完成冬季供暖设施隐患排查', subheadlines=[], byline='（记者 邵一鸣）',
    text=['入冬以来，云溪区住建部门会同各镇街对全区137个供暖小区开展设施隐患排查，共发现管线老化、阀门渗漏等问题216处，目前已整改完毕209处，其余7处正在抢修。',
          '区住建委提醒，居民家中暖气不热或出现漏水，可拨打供暖服务热线6620 1185反映，热线24小时有人值守。'],
    notes='Export: author empty; end byline as a separate <p>（记者 邵一鸣）</p> at the end of content (byline, not text). The two paragraphs are in ONE <p> separated by <br><br> (two paragraphs).',
    x=dict(kind='消息', author='')))
A.append(dict(kind='photo', headline='冰雪运动进校园', subheadlines=[], byline='本报记者 韦晴 摄',
    text=['12月24日，云溪区实验小学学生在校园临时冰场上体验冰壶运动。今年冬季，全区已有12所中小学开设冰雪体育课。'],
    captions=['12月24日，云溪区实验小学学生在校园临时冰场上体验冰壶运动。今年冬季，全区已有12所中小学开设冰雪体育课。'],
    notes='Photo story: content is "" ; the caption is only in pics[0].desc, the credit in pics[0].author (byline).',
    x=dict(kind='图片')))
A.append(dict(kind='feature', headline='一条古道的“新生”', subheadlines=['守护山乡记忆', '——云溪区修复明代石板古道侧记'],
    byline='文/图 本报记者 韦晴',
    text=['在云溪区北部山区，一条长约6公里的石板古道蜿蜒穿过三道山梁。这条古道始建于明代，曾是山里人外出的主要通道，后来随着公路修通渐渐荒废，不少路段被杂草和塌方掩埋。',
          '2024年起，区文旅局联合石门村启动古道修复工程。施工队坚持“原材料、原工艺”，从附近山沟里寻找旧石板，由村里的老石匠指导铺砌。',
          '67岁的石匠杜长河是修复队的“技术顾问”。他说，石板要顺着山势铺，缝隙里填碎石和黄土，“这样下雨不存水，走着也不滑”。',
          '修复后的古道沿途设置了7处解说牌，介绍古道上的驿站遗址、古树和民间传说。今年国庆假期，古道接待徒步游客1.2万人次，带动石门村农家乐收入40余万元。',
          '村党支部书记余新民说，下一步村里打算组织年轻人当讲解员，把古道的故事讲给更多人听。'],
    captions=['修复后的石板古道。'],
    crossheads=['老手艺修出老模样', '古道带火了乡村游'],
    notes='Export: preTitle 守护山乡记忆 (kicker) and subTitle (副题) both subheadlines, kicker first; author 文/图 本报记者 韦晴 (byline as printed); two crossheads as <p><strong>…</strong></p>; an inline <img> + <p class="pic-desc"> caption between paragraphs 3 and 4; paragraph 4 has a raw "\\n" hard line break mid-sentence (one paragraph).',
    x=dict(kind='通讯', author='文/图 本报记者 韦晴', pre='守护山乡记忆', sub='——云溪区修复明代石板古道侧记')))
A.append(dict(kind='news', headline='云溪镇为独居老人安装“一键呼”', subheadlines=[], byline='本报讯（通讯员 岳小禾）',
    text=['本报讯（通讯员 岳小禾）近日，云溪镇为辖区86户独居和空巢老人免费安装了智能呼叫终端。老人遇到紧急情况，只需按下终端上的红色按键，镇养老服务驿站和家属手机就能同时收到求助信息。',
          '镇社会事务办负责人介绍，终端还具备烟感报警和长时间无活动提醒功能，驿站工作人员将定期上门检查设备运行情况。'],
    notes='Export: title contains <br/> (headline set on two lines: 云溪镇为独居老人<br/>安装“一键呼”); headline is the joined text.',
    x=dict(kind='消息', author='', title='云溪镇为独居老人<br/>安装&ldquo;一键呼&rdquo;')))
A.append(dict(kind='opinion', headline='办好民生实事贵在“接地气”', subheadlines=['云溪观察'], byline='丁一帆',
    text=['每到年底，各地都会盘点一年来的民生实事。山区公交通到村口、独居老人有了呼叫器，这些看似不起眼的小事，群众感受最直接。',
          '民生实事办得好不好，关键看是不是群众真正需要的。项目从哪里来？应当从群众的呼声里来，从基层的走访中来。少一些“拍脑袋”，多一些“问一问”，实事才能办到群众心坎上。',
          '新的一年即将到来，期待更多“接地气”的民生实事落地见效。'],
    notes='Export: column 云溪观察 (subheadline), author 丁一帆 (byline). One paragraph has a &nbsp; before a question mark and a full-width space indent.',
    x=dict(kind='评论', author='丁一帆', column='云溪观察')))
A.append(dict(kind='list', headline='2026年云溪区十件民生实事完成情况', subheadlines=[], byline=None,
    text=['今年年初，区政府向社会公布了十件民生实事。截至12月20日，十件实事已全部完成年度任务。主要情况如下：',
          '1.新建改建社区养老服务驿站8个；',
          '2.完成老旧小区综合整治21个；',
          '3.新增中小学学位1260个；',
          '4.开通山区公交微循环线路3条；',
          '5.改造农村公路42公里；',
          '6.新建口袋公园和小微绿地11处；',
          '7.为5.6万名老年人提供免费体检；',
          '8.新增公共充电桩1500个；',
          '9.完成农村供水管网改造17处；',
          '10.新建便民菜店和早餐点30个。'],
    notes='Export: the ten items are ONE <p> with <br> between items (11 paragraphs: intro + 10 items); numbers kept.',
    x=dict(kind='其他', author='')))
A.append(dict(kind='news', headline='区图书馆推出“你选书我买单”', subheadlines=[], byline='本报记者 邵一鸣',
    text=['即日起至明年2月底，读者持云溪区图书馆读者证，可在区内两家合作书店挑选新书，经工作人员登记后直接借回家，阅读完毕归还图书馆即可，购书费用由图书馆承担。',
          '每位读者每次最多可选2册，单册定价不超过80元。教辅类、工具书及套装书不在活动范围内。'],
    notes='Export: author 本报记者 邵一鸣 only in the author field (byline); content has no dateline.',
    x=dict(kind='消息', author='本报记者 邵一鸣')))
A.append(dict(kind='notice', headline='关于元旦期间烟花爆竹禁放的通告', subheadlines=[], byline=None,
    text=['为保障人民群众生命财产安全，根据有关规定，现就元旦期间烟花爆竹燃放管理有关事项通告如下：',
          '一、云溪区五环路以内及各镇建成区为烟花爆竹禁止燃放区域。',
          '二、任何单位和个人不得在禁放区域内销售、储存烟花爆竹。',
          '三、对违反本通告的，由公安机关依法予以处罚。',
          '特此通告。',
          '云溪区人民政府',
          '2026年12月25日'],
    notes='Export: notice; issuer and date in <p style="text-align:right"> (paragraphs).',
    x=dict(kind='公告', author='')))

# ================= export =================
def P(t, indent=True):
    return '<p>' + ('&nbsp;&nbsp;&nbsp;&nbsp;' if indent else '') + html.escape(t, quote=False).replace('“', '&ldquo;').replace('”', '&rdquo;') + '</p>'
def E(t):
    return html.escape(t, quote=False).replace('“', '&ldquo;').replace('”', '&rdquo;')
stories = []
def story(i, page, content, pics=(), extra=None):
    a = A[i]; x = a['x']
    s = {'storyId': f'YX20261229-{page:02d}{len(stories)+1:02d}', 'kind': x['kind'],
         'preTitle': x.get('pre', ''), 'title': x.get('title', E(a['headline'])), 'subTitle': x.get('sub', ''),
         'column': x.get('column', ''), 'author': x.get('author', ''), 'content': content,
         'pics': list(pics), 'wordCount': len(''.join(a['text'])), 'status': '已签发'}
    if extra: s.update(extra)
    stories.append((page, s))
a = A[0]; story(0, 1, ''.join(P(t) for t in a['text']))
a = A[1]; story(1, 1, '<p>&nbsp;&nbsp;&nbsp;&nbsp;' + E(a['text'][0]) + '<br><br>&nbsp;&nbsp;&nbsp;&nbsp;' + E(a['text'][1]) + '</p><p>（记者&nbsp;邵一鸣）</p>')
story(2, 1, '', pics=[{'src': '/upload/2026/12/24/yx0124a.jpg', 'desc': A[2]['captions'][0], 'author': '本报记者 韦晴 摄'}])
stories.append((1, {'storyId': 'YX20261229-0104', 'kind': '广告', 'preTitle': '', 'title': '云溪农品年货节', 'subTitle': '',
                    'column': '', 'author': '', 'content': '<p>12月30日至1月3日 云溪镇文化广场 山货 年货 一站购齐</p>',
                    'pics': [], 'wordCount': 0, 'status': '已签发'}))
a = A[3]; t = a['text']
p4 = t[3]; cut = p4.index('解说牌') + 3
content = (P(t[0]) + P(t[1]) + '<p><strong>' + E(a['crossheads'][0]) + '</strong></p>' + P(t[2])
           + '<p style="text-align:center"><img src="/upload/2026/12/22/gudao02.jpg" alt=""></p><p class="pic-desc">'
           + E(a['captions'][0]) + '</p><p><strong>' + E(a['crossheads'][1]) + '</strong></p>'
           + '<p>&nbsp;&nbsp;&nbsp;&nbsp;' + E(p4[:cut]) + '\n' + E(p4[cut:]) + '</p>' + P(t[4]))
story(3, 2, content, pics=[{'src': '/upload/2026/12/22/gudao01.jpg', 'desc': '', 'author': '本报记者 韦晴 摄'}])
a = A[4]; story(4, 2, ''.join(P(t) for t in a['text']))
a = A[7]; story(7, 2, ''.join(P(t) for t in a['text']))
a = A[5]; t = a['text']
story(5, 3, P(t[0]) + '<p>\u3000\u3000' + E(t[1]).replace('？', '&nbsp;？') + '</p>' + P(t[2]))
a = A[6]; t = a['text']; story(6, 3, P(t[0]) + '<p>' + '<br>'.join(E(x) for x in t[1:]) + '</p>')
a = A[8]; t = a['text']
story(8, 3, ''.join(P(x) for x in t[:5]) + ''.join('<p style="text-align:right">' + E(x) + '</p>' for x in t[5:]))
pages = []
PN = {1: ('要闻', '庞  越'), 2: ('民生', '邵一鸣'), 3: ('观察', '丁一帆')}
for pno in (1, 2, 3):
    pages.append({'pageNo': f'{pno:02d}', 'pageName': PN[pno][0], 'pageEditor': PN[pno][1],
                  'pdf': f'/epaper/2026-12-29/{pno:02d}.pdf',
                  'stories': [s for p, s in stories if p == pno]})
export = {'exportVersion': '2.3', 'system': '融媒采编平台', 'exportTime': '2026-12-28T22:10:05+08:00',
          'paper': {'name': '云溪周刊', 'pubDate': '2026/12/29', 'period': '第52期', 'totalPeriod': '总第866期',
                    'sponsor': '中共云溪区委'},
          'pages': pages}
src = NAME + '.json'
text = json.dumps(export, ensure_ascii=False, indent=2) + '\n'
open(src, 'w', encoding='utf-8').write(text)
# source_lines: the line of each story's storyId in the pretty-printed export
d = Doc(); d.lines = text.split('\n')
order = [0, 1, 2, None, 3, 4, 7, 5, 6, 8]
k = 0
for n, line in enumerate(d.lines, 1):
    if '"storyId"' in line:
        aid = order[k]; k += 1
        if aid is not None: d.tags.setdefault(aid, []).append(('story', n))
for a in A: a.pop('x')
notes = ('Invented issue (holdout7). Style: JSON export of a newsroom system in its own schema, NOT the DESIGN.md issue '
         'schema: top level exportVersion/system/exportTime/paper{name,pubDate,period,totalPeriod,sponsor}/pages[]; '
         'page = pageNo, pageName, pageEditor, pdf, stories[]; story = storyId, kind (Chinese: 消息/图片/通讯/评论/公告/其他/广告), '
         'preTitle (kicker), title (may hold <br/> and entities), subTitle (副题 with ——), column, author, content (HTML string), '
         'pics[{src,desc,author}], wordCount, status. Text needs HTML entity decoding (&nbsp; &ldquo; &rdquo;) and tag removal; '
         '<p> is a paragraph, <br> inside a <p> separates paragraphs, a raw \\n inside a <p> is a hard line break (join). '
         'The story of kind 广告 (advertisement, 云溪农品年货节) is not an article. Truth articles are in writing order, not '
         'export order (区图书馆 is exported on page 2); source_lines give the line of each story\'s storyId.')
not_articles = ['云溪周刊', '2026/12/29', '第52期', '总第866期', '要闻', '民生', '观察', '云溪农品年货节',
                '12月30日至1月3日 云溪镇文化广场 山货 年货 一站购齐']
write_truth(NAME + '.truth.json', src, '云溪周刊', '2026-12-29', '第52期（总第866期）', notes, not_articles, d, A)
sys.exit(0 if check(src, NAME + '.truth.json') else 1)
