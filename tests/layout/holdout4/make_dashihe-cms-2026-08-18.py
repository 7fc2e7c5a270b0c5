"""大石河报 (invented 房山-style weekly): a newsroom CMS export in the `tingbao parse --format json`
schema of DESIGN.md, with real-world blemishes a schema reader should tolerate."""
import os, sys, json, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h4lib import make_article, check, write
NAME = 'dashihe-cms-2026-08-18'
HERE = os.path.dirname(os.path.abspath(__file__))

# Each entry: clean truth first; blemishes are applied when building the export.
C = [
 dict(kind='news', headline='全区重点项目建设“比学赶超”现场会召开', subheadlines=['18个项目集中亮相 上半年完成投资86.4亿元'],
      byline='本报记者 韩雪', text=[
  '8月14日，全区重点项目建设“比学赶超”现场会召开，与会人员先后来到良乡高教园区、窦店先进制造业基地等地，实地观摩18个重点项目建设情况。',
  '今年上半年，全区市区两级重点项目完成投资86.4亿元，占年度计划的58%，新开工项目23个，竣工项目9个。其中，窦店氢能产业园二期主体结构封顶，琉璃河遗址公园一期完成总体施工的七成。',
  '会议要求，各项目责任单位要对照年度目标倒排工期、挂图作战，用好“服务包”“项目管家”等机制，及时协调解决用地、资金、审批等难题，确保全年投资任务顺利完成。']),
 dict(kind='news', headline='琉璃河遗址考古又有新发现', subheadlines=[], byline='本报讯（记者 程立）', text=[
  '本报讯（记者 程立）记者从区文物部门获悉，今年琉璃河遗址考古发掘新发现西周时期墓葬12座，出土青铜器、玉器、原始瓷器等文物300余件，其中一件带铭文的青铜簋为近年来首次发现。',
  '考古专家表示，此次发现进一步丰富了对西周燕国早期都城布局和丧葬制度的认识。相关文物经修复后，将在琉璃河遗址博物馆陆续展出。']),
 dict(kind='photo', headline='十渡山水 清凉一夏', subheadlines=[], byline='本报记者 周航 摄', text=[
  '暑期以来，十渡风景区迎来旅游旺季，拒马河畔游人如织，竹筏漂流、滨水露营等项目受到游客欢迎。'],
      captions=['游客在拒马河上乘坐竹筏。', '孩子们在浅滩戏水纳凉。']),
 dict(kind='feature', headline='“小院议事厅”议出大变化', subheadlines=['长阳镇探索“党建引领+居民自治”基层治理新模式'], byline='本报记者 韩雪',
      crossheads=[(0, '有事好商量'), (2, '小事不出院')], text=[
  '一张长桌，几把椅子，居民们围坐在一起，你一言我一语地商量着楼道里的杂物怎么清、电动车充电桩装在哪儿。这是长阳镇碧桂园社区“小院议事厅”的一个寻常场景。',
  '“以前有了问题只能打热线，现在大家坐下来就能商量着办。”社区党委书记刘芳说，议事厅每月召开一次，议题由居民提出，议事代表由党员、楼门长、物业和居民代表组成。',
  '两年来，议事厅累计商议解决停车管理、加装电梯、垃圾分类等问题56件，居民满意率超过95%。今年，长阳镇在全镇42个社区推广这一做法。',
  '“小事不出院，大事不出社区。”长阳镇相关负责人表示，下一步将把议事厅与接诉即办工作结合起来，推动更多问题在基层一线解决。']),
 dict(kind='notice', headline='关于2026年秋季学期义务教育阶段入学报到的公告', subheadlines=[], byline=None, text=[
  '根据全区义务教育入学工作安排，现将2026年秋季学期入学报到有关事项公告如下：',
  '一、小学一年级新生于8月28日至29日到录取学校报到，报到时请携带《入学通知书》和户口簿原件。',
  '二、初中一年级新生于8月30日到录取学校报到。',
  '三、咨询电话：区教委基础教育科 89350000。',
  '房山区教育委员会',
  '2026年8月15日']),
 dict(kind='opinion', headline='让“一老一小”生活更有温度', subheadlines=[], byline='□ 石 磊', column='大石河评论', text=[
  '社区食堂开到家门口，托育点设在小区里，“一老一小”的事，件件牵动着千家万户。',
  '办好这些民生实事，既要算经济账，更要算民生账。只有把服务做细做实，才能让老人安享晚年、孩子健康成长，让群众的获得感成色更足。']),
 dict(kind='news', headline='房山区首家“无人机+”应急救援队成立', subheadlines=[], byline='本报讯（通讯员 闫明）', text=[
  '本报讯（通讯员 闫明）8月12日，房山区首家“无人机+”应急救援队在青龙湖镇成立。救援队现有队员32名，配备侦察、投送、照明等各类无人机15架，可承担山区搜救、灾情侦察和物资投送等任务。',
  '救援队成立后，将与区消防救援支队、各镇街应急队伍建立联动机制，汛期实行24小时备勤。']),
 dict(kind='news', headline='周口店镇“蔬菜直通车”开进社区', subheadlines=[], byline='记者 程立', text=[
  '每周二、周五上午，周口店镇的“蔬菜直通车”都会准时停在良乡多个社区门口，新鲜采摘的黄瓜、豆角、西红柿一上午就能卖完。',
  '据了解，“蔬菜直通车”由镇里的5家农民专业合作社联合运营，蔬菜价格比市场低一到两成，目前已覆盖良乡地区11个社区，市民也可在“周口店鲜蔬&农品”小程序下单。']),
 dict(kind='list', headline='本周便民提示', subheadlines=[], byline=None, column='便民', text=[
  '8月20日起，良乡大街（西潞路至苏庄大街段）夜间施工，22:00至次日5:00半幅通行。',
  '区政务服务中心周六上午开放综合窗口，可办理社保、医保、公积金等高频事项。',
  '燕山地区8月22日9:00至15:00计划停水，请居民提前储水。']),
]

def export_article(i, a):
    """Build the CMS record (schema of DESIGN.md) with blemishes."""
    paras = list(a['text'])
    if i == 0:   # &nbsp; entities around a number; &ldquo;/&rdquo; entities
        paras[1] = paras[1].replace('86.4亿元', '86.4&nbsp;亿元').replace('新开工项目23个', '新开工项目&nbsp;23&nbsp;个')
        paras[2] = paras[2].replace('“服务包”', '&ldquo;服务包&rdquo;')
    if i == 1:   # hard line break from the PDF left inside a paragraph
        p = paras[0]; k = p.index('出土青铜器'); paras[0] = p[:k] + '\n' + p[k:]
    if i == 3:   # leading full-width indent and a &nbsp; indent
        paras[1] = '\u3000\u3000' + paras[1]
        paras[2] = '&nbsp;&nbsp;' + paras[2]
    if i == 4:   # empty paragraph string between items and the issuer block
        paras.insert(4, '')
    if i == 6:   # trailing empty paragraph + '\r\n' break
        p = paras[0]; k = p.index('可承担'); paras[0] = p[:k] + '\r\n' + p[k:]
        paras.append('')
    if i == 7:   # &amp; entity inside text
        paras[1] = paras[1].replace('&', '&amp;')
    rec = {
        'id': f'a{i+1:02d}', 'kind': a['kind'], 'headline': a['headline'],
        'subheadlines': a['subheadlines'], 'byline': a['byline'] if a['byline'] is not None else ('' if i == 4 else None),
        'paragraphs': paras,
        'crossheads': [{'before': b, 'text': t} for b, t in a.get('crossheads', [])],
        'captions': a.get('captions', []), 'editor_note': None, 'column': a.get('column'),
        'continued': False,
        # unknown CMS fields
        'cms_uuid': f'7f3c2a10-{i:04d}-4c1e-9d2b-0000000{i:05d}', 'page': [1, 1, 1, 2, 3, 2, 3, 3, 4][i],
        'updated_at': '2026-08-17T21:4%d:00+08:00' % i,
    }
    if i == 2:
        rec['images'] = [{'file': 'p1_shidu_01.jpg', 'w': 2400, 'h': 1600}, {'file': 'p1_shidu_02.jpg', 'w': 1600, 'h': 1600}]
    if i == 5:
        rec['editor_note'] = ''          # empty string instead of null
        rec['tags'] = ['评论', '民生']
    if i == 8:
        rec.pop('crossheads')            # field missing altogether
    return rec


export = {
    'schema': 'tingbao.issue/1', 'exported_by': 'NewsroomCMS 5.2', 'exported_at': '2026-08-17T22:05:13+08:00',
    'source': 'dashihe-2026-08-18.pdf', 'publication': '大石河报', 'date': '2026-08-18', 'issue_no': '总第986期',
    'pages': 4,
    'articles': [export_article(i, a) for i, a in enumerate(C)],
}
src = json.dumps(export, ensure_ascii=False, indent=2) + '\n'

notes = [
 'Paragraph 2 contains "&nbsp;" entities around numbers ("86.4&nbsp;亿元", "&nbsp;23&nbsp;个"), paragraph 3 "&ldquo;服务包&rdquo;": decode entities (NBSP is white space, ignored in comparison). Unknown fields cms_uuid, page, updated_at; top-level unknown fields schema, exported_by, exported_at, pages.',
 'Paragraph 1 contains a hard line break "\\n" left from the PDF mid-sentence ("…文物300余件" no — before "出土青铜器"); the reader should join it (no space for CJK). Dateline stays in paragraph 1 and is also the byline.',
 'Photo group: 1 paragraph + two captions; unknown "images" array of objects.',
 'crossheads given as {before, text} objects (before = index of the paragraph they precede). Paragraph 2 starts with two U+3000 indent characters, paragraph 3 with "&nbsp;&nbsp;" — indentation, not text.',
 'paragraphs array contains an EMPTY STRING between the numbered items and the issuer block: drop it (5 items + issuer + date = 6 paragraphs, not 7). byline is "" instead of null.',
 'column set; editor_note is "" (empty string, not null) — means none; unknown "tags" array.',
 'Paragraph 1 contains "\\r\\n" mid-sentence (join); a trailing empty string in paragraphs (drop: 2 paragraphs).',
 'Paragraph 2 contains "鲜蔬&amp;农品" which must decode to "&" (kept as printed in the truth). byline "记者 程立" without 本报讯.',
 'The "crossheads" field is MISSING altogether (absent, not empty); kind list, column 便民.',
]
arts = []
for i, a in enumerate(C):
    arts.append(make_article(a['kind'], a['headline'], a['text'], a['subheadlines'], a['byline'], False,
                             a.get('captions', []), notes[i], f'articles[{i}]',
                             crossheads=[t for _, t in a.get('crossheads', [])] or None, column=a.get('column')))
arts[1]['notes'] = arts[1]['notes'].replace(' ("…文物300余件" no — before "出土青铜器")', ' (before "出土青铜器")')
truth = {"source": NAME + '.json', "publication": '大石河报', "date": '2026-08-18', "issue_no": '总第986期',
  "notes": 'Invented 房山-style weekly exported by a newsroom CMS directly in the `tingbao parse --format json` schema (DESIGN.md). Structured input: a reader should take articles as given, ignore unknown fields, decode HTML entities, drop empty paragraph strings, join PDF line breaks left inside paragraphs, strip indentation. The truth text is what a reader should deliver.',
  "articles": arts, "not_articles": []}
open(os.path.join(HERE, NAME + '.json'), 'w', encoding='utf-8').write(src)
write(os.path.join(HERE, NAME + '.truth.json'), truth)
# check against the decoded text of the export
stream = []
for r in export['articles']:
    stream += [r['headline']] + r['subheadlines'] + [html.unescape(p) for p in r['paragraphs']] + r['captions']
check(truth, '\n'.join(stream))
