"""Invented issue 2: a JSON Feed 1.1 of a district news site: the feed's title names the publication,
items[] carry content_html (paragraphs parted by <br><br>, or <p> with &nbsp; indents and the
byline as the last paragraph in brackets) or content_text (blank lines between paragraphs, wrapped
lines inside), authors[] objects, a summary that repeats the lead, and one photo item whose only
text is the figure's caption."""
from jlib import write, esc

NAME = 'feed-tongzhou-2026-11-18'
A = []
A.append(dict(kind='news', headline='城市副中心站综合交通枢纽主体结构完工', byline='记者 韩旭 通讯员 孟然',
  notes='content_html paragraphs in <p> with &nbsp; indents; the byline is the last paragraph in brackets, no authors field.', text=[
  '11月16日，城市副中心站综合交通枢纽工程地下主体结构全部完工，工程整体进入机电安装和装饰装修阶段。',
  '城市副中心站是亚洲最大的地下综合交通枢纽之一，建成后将汇集京唐城际、城际铁路联络线、地铁M101线等多条线路，实现多种交通方式“零换乘”。',
  '项目负责人介绍，下一步将全力推进设备安装和站房装修，确保明年年底具备开通条件。']))
A.append(dict(kind='news', headline='运河两岸新添15处口袋公园', byline='记者 孟然',
  notes='content_text: blank lines part paragraphs; single newlines are hard wraps inside a paragraph.', text=[
  '今年以来，通州区结合城市更新，在大运河两岸见缝插绿，建成口袋公园15处，新增绿地面积约6.8公顷。',
  '这些口袋公园面积不大，却设计得十分用心：有的保留了老槐树，有的增设了儿童游乐设施和健身步道，还有的把运河文化元素融入景观小品之中。',
  '家住北关附近的居民赵女士说：“出门五分钟就能走进公园，晚饭后带着孩子来遛弯，特别方便。”']))
A.append(dict(kind='photo', headline='张家湾古城墙遗址公园迎来首批游客', byline='记者 韩旭 摄',
  captions=['11月17日，游客在修缮一新的张家湾古城墙下游览拍照。遗址公园以“城、河、桥、镇”为主题，再现了运河古镇的历史风貌。'],
  text=['11月17日，游客在修缮一新的张家湾古城墙下游览拍照。遗址公园以“城、河、桥、镇”为主题，再现了运河古镇的历史风貌。'],
  notes='Photo item: content_html is one figure (img without alt, figcaption); the caption is the text.'))
A.append(dict(kind='news', headline='区图书馆推出“运河书单” 50种好书等你来读', byline='记者 孟然',
  notes='Paragraphs parted by <br><br> inside one <div>; &ldquo; entities.', text=[
  '为推动全民阅读，通州区图书馆近日推出“运河书单”，精选与运河历史、地域文化相关的图书50种，在总馆和各分馆设立专架展示。',
  '读者可在馆内借阅，也可通过线上平台预约，图书将配送至离家最近的分馆或阅读空间。']))

items = []
for n, a in enumerate(A):
    it = {'id': 'https://example.net/news/%d' % (8800 + n), 'url': 'https://example.net/news/%d.html' % (8800 + n),
          'title': a['headline'], 'date_published': '2026-11-18T0%d:30:00+08:00' % n,
          'summary': a['text'][0][:30] + '……', 'tags': ['通州新闻']}
    if n == 0:
        it['content_html'] = ''.join('<p>&nbsp;&nbsp;&nbsp;&nbsp;%s</p>\n' % esc(p) for p in a['text']) + \
            '<p>（%s）</p>' % esc(a['byline'])
    elif n == 1:
        paras = []
        for p in a['text']:
            paras.append('\n'.join(p[i:i + 24] for i in range(0, len(p), 24)))
        it['content_text'] = '\n\n'.join(paras)
        it['authors'] = [{'name': a['byline']}]
    elif n == 2:
        it['content_html'] = '<figure><img src="https://example.net/img/zjw.jpg"><figcaption>%s</figcaption></figure>' % esc(a['captions'][0])
        it['authors'] = [{'name': a['byline'], 'url': 'https://example.net/u/hx'}]
    else:
        it['content_html'] = '<div class="article">' + '<br><br>\n'.join(
            esc(p).replace('“', '&ldquo;').replace('”', '&rdquo;') for p in a['text']) + '</div>'
        it['authors'] = [{'name': a['byline']}]
    items.append(it)
feed = {'version': 'https://jsonfeed.org/version/1.1', 'title': '通州时讯', 'home_page_url': 'https://example.net/',
        'feed_url': 'https://example.net/feed.json', 'language': 'zh-CN', 'items': items}
write(NAME, feed, '通州时讯', None, None, A, [], 'JSON Feed 1.1: the feed title is the publication; no issue date.')
