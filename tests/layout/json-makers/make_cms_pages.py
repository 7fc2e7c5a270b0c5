"""Invented issue 3: a Chinese newspaper CMS export: top-level 报名/出版日期/期号, a 版面 array of
pages (版次, 版名), each with a 稿件 list of stories (引题, 标题, 副题, 作者, 栏目, 正文 as HTML with
&nbsp; indents after single <br>, <strong> crossheads and <img alt>, or as plain text with
full-width indents on each line), 图片 arrays of {说明, 作者}, an advertisement (类型 广告) and a
photo story whose 正文 is empty."""
from jlib import write, esc

NAME = 'cms-shunyi-2026-11-05'
A = []
A.append(dict(kind='news', headline='顺义区与首都机场共建临空经济示范区', subheadlines=['签约12个重点项目', '——总投资超过300亿元'],
  byline='记者 林晓', page='01', notes='引题 and 副题 both set; 正文 paragraphs are &nbsp;-indented lines parted by a single <br>.', text=[
  '11月4日，顺义区与首都国际机场签署临空经济示范区共建协议，现场签约航空物流、航空维修、跨境电商等重点项目12个，总投资超过300亿元。',
  '根据协议，双方将在规划建设、产业招商、口岸通关等方面深化合作，推动机场周边形成“空港+产业”的发展格局。',
  '区发改委相关负责人表示，到2030年，示范区将力争实现临空产业收入突破千亿元。']))
A.append(dict(kind='feature', headline='一位乡村医生的四十年', subheadlines=['——记木林镇村医张桂兰'],
  byline='记者 周明', page='02', crossheads=[(2, '一个药箱走遍十个村'), (4, '“只要村里需要，我就不退休”')],
  captions=['张桂兰在村卫生室为老人测量血压。'],
  notes='<strong>-only paragraphs are crossheads; an <img> with alt text is the caption, the 图片 array repeats it.', text=[
  '早上七点，木林镇陀头庙村卫生室的门就开了。67岁的张桂兰换上白大褂，开始了一天的忙碌。',
  '四十年来，她几乎没有休过一个完整的假期。村里谁家老人有高血压，谁家孩子对什么药过敏，她都记在心里。',
  '上世纪八十年代，村里不通公交，张桂兰背着药箱，骑着自行车走村串户。最远的村子离卫生室有十几里地，她常常天黑才能回家。',
  '“那时候条件苦，但乡亲们信任你，再累也值。”张桂兰说。',
  '如今，村卫生室有了远程会诊设备，张桂兰也学会了用电脑录入健康档案。前几年，家人劝她退休，她却说：“只要村里需要，我就不退休。”']))
A.append(dict(kind='opinion', headline='把好事办好 把实事办实', subheadlines=[], byline='顺言', page='02',
  notes='栏目 时评; plain-text 正文 with full-width indents, one paragraph a line.', text=[
  '办好民生实事，既要有热情，更要讲方法。',
  '一些地方在推进民生项目时，只重“建”不重“管”，设施建好了却用不起来，群众并不买账。',
  '民生实事办得好不好，最终要由群众来评判。把群众的意见听进去，把后续的管护跟上去，好事才能真正办好。']))
A.append(dict(kind='advert', headline='金秋家电以旧换新 补贴最高2000元', page='04', text=['以旧换新，补贴最高2000元，详询各大卖场。']))
A.append(dict(kind='photo', headline='潮白河畔芦花飞', byline='记者 林晓 摄', page='04',
  captions=['初冬时节，潮白河畔芦花随风摇曳，吸引不少市民前来拍照打卡。'],
  text=['初冬时节，潮白河畔芦花随风摇曳，吸引不少市民前来拍照打卡。'],
  notes='Photo story: 正文 empty, the 图片 caption is the text; the photographer comes from the picture.'))

def story(a):
    s = {'稿件ID': 'SY%04d' % (len(a['headline']) * 37), '标题': a['headline'], '作者': a.get('byline', ''),
         '栏目': '', '正文': '', '图片': []}
    if a['kind'] == 'advert':
        s.update({'类型': '广告', '正文': '<p>%s</p>' % esc(a['text'][0])})
        return s
    s['类型'] = '稿件'
    subs = a.get('subheadlines', [])
    if len(subs) == 2:
        s['引题'], s['副题'] = subs
    elif subs:
        s['副题'] = subs[0]
    if a['kind'] == 'news':
        s['正文'] = '<br/>'.join('&nbsp;&nbsp;&nbsp;&nbsp;' + esc(p) for p in a['text'])
    elif a['kind'] == 'feature':
        ch = dict(a['crossheads'])
        parts = []
        for i, p in enumerate(a['text']):
            if i in ch:
                parts.append('<p><strong>%s</strong></p>' % esc(ch[i]))
            parts.append('<p>　　%s</p>' % esc(p))
            if i == 0:
                parts.append('<p style="text-align:center"><img src="/pic/2026/11/05/zgl.jpg" alt="%s"/></p>' % esc(a['captions'][0]))
        s['正文'] = '\n'.join(parts)
        s['图片'] = [{'地址': '/pic/2026/11/05/zgl.jpg', '说明': a['captions'][0], '作者': '记者 周明 摄'}]
    elif a['kind'] == 'opinion':
        s['栏目'] = '时评'
        s['正文'] = '\n'.join('　　' + p for p in a['text'])
    elif a['kind'] == 'photo':
        s['作者'] = ''
        s['图片'] = [{'地址': '/pic/2026/11/05/lh.jpg', '说明': a['captions'][0], '作者': a['byline']}]
    return s

pages = []
for num, name in (('01', '要闻'), ('02', '综合'), ('04', '生活')):
    pages.append({'版次': num, '版名': name, '稿件': [story(a) for a in A if a['page'] == num]})
export = {'报名': '顺义时讯', '出版日期': '2026年11月5日', '期号': '总第1688期', '版面': pages}
write(NAME, export, '顺义时讯', '2026-11-05', '总第1688期', A, ['金秋家电以旧换新 补贴最高2000元'],
      'Chinese CMS export: pages with story lists; an advertisement on page 4 is not an article.')
