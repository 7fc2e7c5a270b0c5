"""Invented issue 4: a news app's API answer: {"code", "msg", "data": {"paper", "issueDate",
"list": [...]}} with pinyin keys (biaoti, yinti, zuozhe, neirong, tupian/tushuo), plain-text
bodies with \\r\\n line ends (one paragraph a line, an editor's 本报讯 dateline kept in the text),
a story whose keys say nothing ("t", "c": found by shape), an advertisement (type ad) and an empty
placeholder item (title only) that are not articles."""
from jlib import write

NAME = 'app-daxing-2026-11-12'
A = []
A.append(dict(kind='news', headline='大兴国际机场临空区新开工项目15个', subheadlines=['聚焦航空服务和生命健康'],
  byline=None, notes='Plain text, \\r\\n between paragraphs; 本报讯（记者 …） dateline stays in the first paragraph; yinti is a subheadline.', text=[
  '本报讯（记者 吴迪）11月10日，大兴国际机场临空经济区集中开工项目15个，总投资约120亿元，涵盖航空服务、生命健康、跨境电商等领域。',
  '据介绍，本批项目全部建成后，预计年产值可达200亿元，新增就业岗位8000余个。',
  '临空区管委会表示，将做好项目全流程服务，推动项目早建成、早投产、早见效。']))
A.append(dict(kind='news', headline='魏善庄镇月季小镇冬季也能赏花', byline='记者 白雪',
  captions=['游客在月季温室里参观。'],
  notes='tupian array with tushuo (caption) and zuozhe (photographer); body in neirong with blank lines.', text=[
  '入冬以来，魏善庄镇世界月季主题园的温室花房迎来不少游客。花房内温暖如春，300多个品种的月季竞相开放。',
  '为丰富冬季游览体验，园区还推出了月季插花、干花制作等手工课程，每逢周末都吸引不少亲子家庭参加。']))
A.append(dict(kind='news', headline='区医院新增夜间儿科门诊', byline=None,
  notes='Keys say nothing ("t", "c"): title and body found by their shape.', text=[
  '从本月起，区人民医院开设夜间儿科门诊，接诊时间为每天18时至22时。',
  '医院相关负责人介绍，夜间门诊由高年资儿科医生坐诊，可满足患儿家长下班后就医的需求。']))
A.append(dict(kind='photo', headline='永定河畔迎来越冬候鸟', byline='记者 白雪 摄',
  captions=['11月11日，成群的候鸟在永定河大兴段水面上嬉戏觅食。'], text=['11月11日，成群的候鸟在永定河大兴段水面上嬉戏觅食。'],
  notes='Photo item: empty neirong, the caption in tupian is the text.'))

items = []
a = A[0]
items.append({'id': 1, 'type': 'news', 'yinti': a['subheadlines'][0], 'biaoti': a['headline'], 'zuozhe': '',
              'neirong': '\r\n'.join('　　' + p for p in a['text']), 'fabushijian': '2026-11-12 06:00'})
a = A[1]
items.append({'id': 2, 'type': 'news', 'biaoti': a['headline'], 'zuozhe': a['byline'],
              'neirong': '\n\n'.join(a['text']), 'tupian': [{'url': 'https://img.example.cn/yj.jpg', 'tushuo': a['captions'][0], 'zuozhe': '记者 白雪 摄'}]})
items.append({'id': 3, 'type': 'ad', 'biaoti': '冬季供暖设备特惠', 'neirong': '买即送安装服务，详询门店。全区联保，放心选购！'})
a = A[2]
items.append({'id': 4, 't': a['headline'], 'c': '\n'.join(a['text']), 'v': 1288})
items.append({'id': 5, 'type': 'news', 'biaoti': '（稿件待补）', 'neirong': '', 'tupian': []})
a = A[3]
items.append({'id': 6, 'type': 'news', 'biaoti': a['headline'], 'zuozhe': '', 'neirong': '',
              'tupian': [{'url': 'https://img.example.cn/hn.jpg', 'tushuo': a['captions'][0], 'zuozhe': a['byline']}]})
export = {'code': 0, 'msg': 'ok', 'data': {'paper': '大兴报', 'issueDate': '20261112', 'list': items}}
write(NAME, export, '大兴报', '2026-11-12', None, A, ['冬季供暖设备特惠', '（稿件待补）'],
      'App API answer with pinyin keys; an advertisement and an empty placeholder are not articles.')
