"""Invented issue 1: a WordPress REST API answer (/wp-json/wp/v2/posts?_embed): a top-level array of
posts; title.rendered and content.rendered are HTML with WordPress's typographic entities,
excerpt.rendered repeats the lead (not text), the author sits in _embedded.author[].name, images are
wp-block-image figures with a figcaption, crossheads are <h3> or bold-only paragraphs."""
from jlib import write, esc, crossheads_at

NAME = 'wp-huairou-2026-11-20'
A = []
A.append(dict(kind='news', headline='怀柔科学城新增两个大科学装置开放共享平台', byline='记者 龚雪',
  notes='content.rendered in <p>; excerpt repeats the lead and is not text.', text=[
  '11月18日，怀柔科学城综合极端条件实验装置和地球系统数值模拟装置开放共享平台同时上线，两大装置的机时预约、数据申请和技术咨询都可在平台上“一网通办”。',
  '据介绍，平台上线后，高校、科研院所和企业的科研人员可以在线查看装置的开放机时和实验能力，提交申请后最快三个工作日即可得到答复。',
  '今年以来，怀柔科学城已有15个科技设施平台对外开放共享，累计服务用户超过2000家次。']))
A.append(dict(kind='feature', headline='栗花沟村的“栗子经济”', subheadlines=['——一个山村的产业转型之路'],
  byline='记者 马越', crossheads=[(2, '从卖栗子到卖体验'), (4, '让年轻人回得来')],
  captions=['村民在栗园里分拣新采收的板栗。'],
  notes='Subtitle as a ——paragraph in bold at the top; two crossheads, one <h3>, one <p><strong>; a wp-block-image figure with figcaption mid-text.', text=[
  '深秋时节，渤海镇栗花沟村的板栗园里一派忙碌景象。村民们三五成群，一边捡拾落下的栗子，一边把它们装进竹筐。',
  '“我们村种板栗有几百年的历史，可过去只能等着收购商上门，价格说了不算。”村党支部书记王建国说。',
  '三年前，村里成立了板栗专业合作社，统一品牌、统一包装，还在景区开设了直营店。游客可以在栗园里体验采摘、炒栗子，一斤栗子的价格比过去翻了一番。',
  '今年，合作社又推出了“认养一棵栗树”项目，城里的家庭认养后，秋天可以带着孩子来收获。目前已有300多棵栗树被认养。',
  '产业有了起色，外出的年轻人也陆续回到了村里。90后村民刘佳辞去了城里的工作，回村做起了直播带货，一个秋天就卖出了两万多斤板栗。',
  '“在家门口就能挣钱，还能照顾老人，何乐而不为？”刘佳笑着说。']))
A.append(dict(kind='news', headline='“冰雪季”启动 区内五大雪场陆续开板', byline='记者 龚雪',
  notes='Title with WordPress curly-quote entities (&#8220; &#8221;); paragraphs parted by <br><br> in one <p>.', text=[
  '随着气温下降，怀柔区今冬“冰雪季”正式启动。区内五家滑雪场将于12月上旬陆续开板，预计接待游客40万人次。',
  '今年，各雪场新增了青少年滑雪培训课程和夜场滑雪项目，区文旅局还将推出冰雪消费券，市民可通过官方平台领取。']))
A.append(dict(kind='opinion', headline='让“小巷管家”管到群众心坎上', byline='本报评论员 何川',
  notes='Opinion category; the byline is in the author field only.', text=[
  '一条小巷，连着千家万户的日常。巷子里的路灯亮不亮、垃圾清得及不及时，最能看出基层治理的温度。',
  '“小巷管家”来自居民、服务居民，熟悉街巷里的大事小情。让他们有渠道反映问题、有办法推动解决，群众的烦心事才能少一些、再少一些。',
  '当然，“管家”不能只靠热心，还需要相关部门及时接单、快速响应，形成发现问题、解决问题的闭环。']))

def content(a):
    ch = crossheads_at(a)
    out = []
    if a.get('subheadlines'):
        out.append('<p><strong>%s</strong></p>' % esc(a['subheadlines'][0]))
    for i, p in enumerate(a['text']):
        if i in ch:
            out.append('<h3 class="wp-block-heading">%s</h3>' % esc(ch[i]) if i == 2 else
                       '<p><strong>%s</strong></p>' % esc(ch[i]))
        out.append('<p>%s</p>' % esc(p))
        if i == 1 and a.get('captions'):
            out.append('<figure class="wp-block-image size-large"><img src="https://example.org/wp-content/uploads/2026/11/li.jpg" alt="" /><figcaption class="wp-element-caption">%s</figcaption></figure>' % esc(a['captions'][0]))
    return '\n\n'.join(out)

def wp_entities(s):
    return s.replace('“', '&#8220;').replace('”', '&#8221;')

posts = []
for n, a in enumerate(A):
    body = content(a)
    if n == 2:
        body = '<p>' + '<br><br>\n'.join(esc(p) for p in a['text']) + '</p>'
    posts.append({
        'id': 5100 + n, 'date': '2026-11-20T09:%02d:00' % n, 'slug': 'post-%d' % n, 'status': 'publish',
        'type': 'post', 'link': 'https://example.org/?p=%d' % (5100 + n),
        'title': {'rendered': wp_entities(esc(a['headline']))},
        'content': {'rendered': body, 'protected': False},
        'excerpt': {'rendered': '<p>' + esc(a['text'][0][:40]) + '&hellip;</p>', 'protected': False},
        'author': 7 + n, 'categories': [3 if a['kind'] == 'opinion' else 1], 'tags': [],
        '_embedded': {'author': [{'id': 7 + n, 'name': a['byline'], 'slug': 'u%d' % n}]},
    })
write(NAME, posts, None, None, None, A, [], 'WordPress REST posts array: no publication or date at the top.')
