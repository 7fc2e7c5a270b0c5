/* Layout on conventions other papers keep: end bylines in brackets with any role, a weekday on a
 * line of its own, a ——subtitle bound to its title, service and contents boxes that are no
 * article, titles wrapped in papers that part their heading units by blanks, notices with
 * addressees, section labels and a signature, stacks above a byline, photo stories, labelled
 * items and quotes cut from their attribution. Each rule on a small input of its own. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "layout/layout.h"
#include "layout/layout_internal.h"
#include "layout_parse.h"

#include <stdlib.h>
#include <string.h>

static bool has_sub(const tb_article *a, const char *want) {
  for (size_t i = 0; i < a->subheadlines.count; i++)
    if (strcmp(a->subheadlines.items[i], want) == 0) return true;
  return false;
}

static void bracketed_bylines_with_any_role(void **state) {
  (void)state;
  assert_int_equal(tb_layout_credit_kind("（本报评论员 沈默）"), TB_CREDIT_TEXT);
  assert_int_equal(tb_layout_credit_kind("（文/图 记者 郑楠）"), TB_CREDIT_TEXT);
  assert_int_equal(tb_layout_credit_kind("本报记者 韩冰 文/图"), TB_CREDIT_TEXT);
  /* a bracketed aside is still no credit */
  assert_int_equal(tb_layout_credit_kind("（资料图/本报记者摄于去年）"), TB_CREDIT_NONE);
  assert_int_equal(tb_layout_credit_kind("（评论员认为此事可行）"), TB_CREDIT_NONE);
  /* an end byline on its own line closes its story: the two lines below head the next */
  const char text[] = "小区路灯全部修好\n\n"
                      "街道用一个月修好了小区里的全部路灯，居民晚上出门更安心了。\n\n"
                      "修灯的钱由街道和物业共同承担，居民不用再掏钱。\n\n"
                      "（本报评论员 沈默）\n\n"
                      "社区卫生服务中心\n"
                      "开设慢病管理门诊\n\n"
                      "日前，社区卫生服务中心开设慢病管理门诊，患者在一个诊室就能看完病。\n\n"
                      "门诊由家庭医生和药师组成团队，每名患者都有专属的健康档案。\n";
  tb_issue *issue = parse_bytes("bylines.txt", text);
  assert_int_equal(issue->article_count, 2);
  assert_non_null(issue->articles[0].byline);
  assert_string_equal(issue->articles[0].byline, "（本报评论员 沈默）");
  assert_string_equal(issue->articles[1].headline, "社区卫生服务中心开设慢病管理门诊");
  tb_issue_free(issue);
}

static void weekday_alone_is_furniture(void **state) {
  (void)state;
  assert_true(tb_layout_is_furniture("星期二", true));
  assert_true(tb_layout_is_furniture("周日", false));
  assert_false(tb_layout_is_furniture("星期天的早市", true));
  assert_false(tb_layout_is_furniture("周末", true));
}

static void whole_words_end_a_title(void **state) {
  (void)state;
  /* "参与" ends in 与 but is a whole word; "的" alone still cuts a line */
  assert_false(tb_layout_ends_with_function_word("——近千名读者参与"));
  assert_false(tb_layout_ends_with_function_word("重点项目落地"));
  assert_true(tb_layout_ends_with_function_word("全区将继续加强对老旧小区的"));
  assert_true(tb_layout_ends_with_function_word("街道与"));
}

static void subtitle_goes_with_its_title_past_a_caption(void **state) {
  (void)state;
  /* the ——subtitle shares more words with the text after the caption than with the lead; it
   * still heads the story its title heads, and the caption does not split the story */
  const char text[] = "塔林下的守护人\n\n"
                      "——记文物保护员老刘\n\n"
                      "清晨七点，村民背上水壶，沿着山路向塔林走去，巡查已经坚持了多年。\n\n"
                      "每一座古塔他都熟悉，哪块砖松动过，哪道裂缝是哪年出现的，都记得清楚。\n\n"
                      "图为老刘在塔林巡查。\n\n"
                      "“塔是老祖宗留下来的。”文物保护员老刘说，刚开始家人并不理解。\n\n"
                      "今年，文物保护员老刘被评为优秀文物保护员。\n";
  tb_issue *issue = parse_bytes("subtitle.txt", text);
  assert_int_equal(issue->article_count, 1);
  tb_article *a = &issue->articles[0];
  assert_string_equal(a->headline, "塔林下的守护人");
  assert_true(has_sub(a, "——记文物保护员老刘"));
  assert_int_equal(a->paragraphs.count, 4);
  assert_int_equal(a->captions.count, 1);
  tb_issue_free(issue);
}

static void service_box_is_no_article(void **state) {
  (void)state;
  const char text[] = "菜园让闲置地变成邻里角\n\n"
                      "一块原本堆放杂物的闲置地被改造成了菜园，由村民认领种植。\n\n"
                      "如今菜园里种上了白菜和萝卜，邻里之间也熟络了起来。\n\n"
                      "（记者 孙一鸣）\n\n"
                      "便民信息\n\n"
                      "■停水：11月5日9时至17时，因管线检修，西关小区暂停供水。\n\n"
                      "■供暖：全区供暖试运行定于11月10日开始。\n\n"
                      "■出行：11月8日夜间施工，部分车道封闭，请绕行。\n\n"
                      "第03版 文化\n\n"
                      "区图书馆新馆试运行\n\n"
                      "11月1日，区图书馆新馆开始试运行，每天9时至20时开放。\n";
  tb_issue *issue = parse_bytes("box.txt", text);
  assert_int_equal(issue->article_count, 2);
  for (size_t i = 0; i < issue->article_count; i++) {
    assert_string_not_equal(issue->articles[i].headline, "便民信息");
    for (size_t k = 0; k < issue->articles[i].paragraphs.count; k++)
      assert_null(strstr(issue->articles[i].paragraphs.items[k], "■"));
  }
  tb_issue_free(issue);
  /* a contents box of entries with their pages, between a photo and a story */
  const char contents[] =
      "春季生态补水启动\n\n"
      "本报讯（记者 苏晓）4月12日，永定河春季生态补水启动，计划补水1.3亿立方米。\n\n"
      "本期导读\n"
      "▶百年古村“活”起来 2版\n"
      "▶山里的春天 4版\n\n"
      "全区春季义务植树活动安排出炉\n\n"
      "本报讯（记者 苏晓）今年春季，区里设置3处义务植树活动点。\n";
  issue = parse_bytes("contents.txt", contents);
  assert_int_equal(issue->article_count, 2);
  for (size_t i = 0; i < issue->article_count; i++)
    assert_int_equal(issue->articles[i].captions.count, 0);
  tb_issue_free(issue);
  /* labelled items under a story's own text stay in the story */
  const char story[] =
      "全区启动冬季供暖\n\n"
      "本报讯（记者 孙一鸣）全区冬季供暖将于11月15日正式启动，居民可提前检查暖气。\n\n"
      "■供暖时间：11月15日起至次年3月15日。\n\n"
      "■报修电话：供热服务热线8971XXXX。\n";
  issue = parse_bytes("story.txt", story);
  assert_int_equal(issue->article_count, 1);
  assert_int_equal(issue->articles[0].paragraphs.count, 3);
  tb_issue_free(issue);
}

static void wrapped_title_where_units_stand_apart(void **state) {
  (void)state;
  /* this paper parts each title from its ——subtitle by a blank: a short line set tight under a
   * title is the title's wrapped end, not a column tag */
  const char text[] = "老街区二期开街\n\n"
                      "——修缮院落46处\n\n"
                      "本报讯（记者 刘思远）10月11日，老街区二期正式开街，共修缮院落46处。\n\n"
                      "全区首批12个“15分钟便民生活圈”\n"
                      "通过验收\n\n"
                      "——新增便民网点93个\n\n"
                      "本报讯（记者 杜晓）近日，首批12个“15分钟便民生活圈”通过验收，"
                      "新增便民网点93个。\n";
  tb_issue *issue = parse_bytes("wrapped.txt", text);
  assert_int_equal(issue->article_count, 2);
  assert_string_equal(issue->articles[1].headline, "全区首批12个“15分钟便民生活圈”通过验收");
  assert_false(has_sub(&issue->articles[1], "通过验收"));
  tb_issue_free(issue);
}

static void title_over_the_subtitle_is_the_headline(void **state) {
  (void)state;
  /* a page banner above the stack reads as a kicker; the title is the line over ——subtitle */
  const char text[] = "绿道看新颜\n\n"
                      "永定河畔绿道串起两岸\n\n"
                      "——滨水空间建设纪实\n\n"
                      "本报记者 韩冰 文/图\n\n"
                      "清晨六点半，家住河边的老郭已经沿着永定河畔绿道骑完了一圈。\n\n"
                      "这条绿道全长约14公里，沿线串联起多处公园和滨水广场。\n";
  tb_issue *issue = parse_bytes("banner.txt", text);
  assert_int_equal(issue->article_count, 1);
  tb_article *a = &issue->articles[0];
  assert_string_equal(a->headline, "永定河畔绿道串起两岸");
  assert_true(has_sub(a, "绿道看新颜"));
  assert_non_null(a->byline);
  assert_string_equal(a->byline, "本报记者 韩冰 文/图");
  tb_issue_free(issue);
}

static void notice_signs_off_with_issuer_and_date(void **state) {
  (void)state;
  assert_true(tb_layout_is_bare_date("2026年7月10日"));
  assert_false(tb_layout_is_bare_date("2026年7月10日 星期五"));
  const char text[] = "区里新开一家就业驿站\n\n"
                      "本报讯（记者 孙玥）北小营镇就业驿站建成运行，已帮助410人就业。\n\n"
                      "驿站还开设了面点制作、电工等培训班，已有186人参加培训。\n\n"
                      "关于部分区域临时停水的通知\n\n"
                      "因供水管线改造施工，定于6月19日对新城部分区域临时停水。\n\n"
                      "请相关区域居民提前做好储水准备。\n\n"
                      "北京市某区自来水有限公司\n\n"
                      "2026年6月15日\n\n"
                      "乡村音乐节唱响张镇\n\n"
                      "本报讯（记者 孙玥）6月13日晚，乡村音乐节在张镇开幕。\n";
  tb_issue *issue = parse_bytes("notice.txt", text);
  assert_int_equal(issue->article_count, 3);
  tb_article *n = &issue->articles[1];
  assert_string_equal(n->headline, "关于部分区域临时停水的通知");
  assert_int_equal(n->paragraphs.count, 4);
  assert_string_equal(n->paragraphs.items[2], "北京市某区自来水有限公司");
  assert_string_equal(n->paragraphs.items[3], "2026年6月15日");
  assert_string_equal(issue->articles[2].headline, "乡村音乐节唱响张镇");
  tb_issue_free(issue);
}

static void wrapped_stack_above_a_byline(void **state) {
  (void)state;
  /* a kicker wrapped inside a quote, a title and a subtitle wrapped over two lines, then the
   * byline: all of it is the story's headline stack, not a paragraph */
  const char text[] = "坚持生态优先 以冬奥遗产赋能山区振兴 推动“绿\n"
                      "水青山”持续转化为“金山银山”\n\n"
                      "全区召开山区乡村振兴推进大会\n\n"
                      "聚焦产业、人才、生态三条主线\n"
                      "年内打造10个精品民宿集群\n\n"
                      "本报记者 王辰\n\n"
                      "6月5日，全区山区乡村振兴推进大会\n"
                      "召开，会议部署下一阶段重点任务。\n\n"
                      "会议提出，年内打造10个精品民宿集\n"
                      "群，带动农民就近就业。\n";
  tb_issue *issue = parse_bytes("stack.txt", text);
  assert_int_equal(issue->article_count, 1);
  tb_article *a = &issue->articles[0];
  assert_string_equal(a->headline, "全区召开山区乡村振兴推进大会");
  assert_true(has_sub(a, "坚持生态优先 以冬奥遗产赋能山区振兴 推动“绿水青山”持续转化为“金山银山”"));
  assert_int_equal(a->paragraphs.count, 2);
  assert_non_null(a->byline);
  assert_string_equal(a->byline, "本报记者 王辰");
  tb_issue_free(issue);
}

static void notice_addressees_section_labels_and_contact(void **state) {
  (void)state;
  /* one paragraph a line: the addressees, each section's label, its text and the contact line
   * after the last item are paragraphs of their own */
  const char text[] =
      "关于开展汛期应急演练的通知\n\n"
      "各镇（街道）、区指挥部各成员单位：\n\n"
      "为检验全区防汛应急预案的可操作性，决定开展应急演练。现将有关事项通知如下：\n\n"
      "一、演练时间\n\n"
      "7月22日9:00—11:30，如遇实际降雨顺延。\n\n"
      "二、有关要求\n\n"
      "（一）各单位要高度重视，确保人员、物资按时到位。\n\n"
      "（二）各单位要查找短板，于7月31日前报送总结材料。\n\n"
      "联系人：刘明，电话：60000000。\n\n"
      "特此通知。\n";
  assert_false(tb_layout_is_label_line("7月22日9:00—11:30，如遇实际降雨顺延。"));
  assert_true(tb_layout_is_label_line("完成时限:2026年11月底"));
  tb_issue *issue = parse_bytes("notice-items.txt", text);
  assert_int_equal(issue->article_count, 1);
  tb_article *a = &issue->articles[0];
  assert_string_equal(a->headline, "关于开展汛期应急演练的通知");
  assert_int_equal(a->subheadlines.count, 0);
  assert_int_equal(a->paragraphs.count, 9);
  assert_string_equal(a->paragraphs.items[0], "各镇（街道）、区指挥部各成员单位：");
  assert_string_equal(a->paragraphs.items[2], "一、演练时间");
  assert_string_equal(a->paragraphs.items[3], "7月22日9:00—11:30，如遇实际降雨顺延。");
  assert_string_equal(a->paragraphs.items[7], "联系人：刘明，电话：60000000。");
  tb_issue_free(issue);
}

static void title_over_a_credited_caption_is_a_photo_story(void **state) {
  (void)state;
  /* the caption does not repeat its title's words; a story follows it, so it is a photo story */
  const char text[] = "森林公园二期6月底开放\n\n"
                      "本报讯（记者 孙玥）森林公园二期将于6月底开放，新增绿地约1200亩。\n\n"
                      "公园开放初期部分区域仍在养护，请游客不要踩踏新植草坪。\n\n"
                      "麦收时节\n\n\n\n"
                      "6月13日，仓上村的麦田里，联合收割机正在抢收小麦。\n"
                      "记者 梁晨 摄\n\n"
                      "新开通3条通勤定制公交\n\n"
                      "本报讯（记者 孙玥）6月15日起，新开通3条通勤定制公交线路。\n";
  tb_issue *issue = parse_bytes("photo.txt", text);
  assert_int_equal(issue->article_count, 3);
  tb_article *photo = &issue->articles[1];
  assert_string_equal(photo->headline, "麦收时节");
  assert_int_equal(photo->kind, TB_KIND_PHOTO);
  assert_int_equal(photo->paragraphs.count, 1);
  assert_int_equal(issue->articles[0].captions.count, 0);
  tb_issue_free(issue);
}

static void labelled_items_after_a_colon_lead_in(void **state) {
  (void)state;
  /* wrapped text with no blanks: "…如下：" then items led by a label and a colon, each its own
   * paragraph; a quote after "说：" stays in its paragraph */
  const char text[] = "全区春季义务植树活动安排出炉\n\n"
                      "本报讯（记者 苏晓）今年春季，区里设置3处义务植树\n"
                      "活动点，市民可预约参加。具体安排如下：\n"
                      "永定镇冯村沟义务植树基地：4月18日、19日，每日接\n"
                      "待300人，以栽植油松为主。\n"
                      "潭柘寺镇南辛房片区：4月25日，每日接待200人，以\n"
                      "栽植山桃为主。\n\n"
                      "活动当天，区绿化办负责人说：\n"
                      "“植树时请听从现场工作人员安排，注意安全。”\n";
  tb_issue *issue = parse_bytes("items.txt", text);
  assert_int_equal(issue->article_count, 1);
  tb_article *a = &issue->articles[0];
  assert_int_equal(a->paragraphs.count, 4);
  assert_true(tb_lo_starts(a->paragraphs.items[1], "永定镇冯村沟义务植树基地："));
  assert_true(tb_lo_starts(a->paragraphs.items[2], "潭柘寺镇南辛房片区："));
  assert_string_equal(a->paragraphs.items[3],
                      "活动当天，区绿化办负责人说：“植树时请听从现场工作人员安排，注意安全。”");
  tb_issue_free(issue);
}

static void bulleted_name_under_a_title_is_the_writer(void **state) {
  (void)state;
  const char text[] =
      "山里的春天\n\n"
      "□刘振华\n\n"
      "老家在清水河边的一个小山村。小时候，春天总是来得很慢，杏花一开，整条沟就亮了。\n\n"
      "前些天回村，村口新修了柏油路，几个年轻人背着相机在杏树下拍照。\n";
  tb_issue *issue = parse_bytes("essay.txt", text);
  assert_int_equal(issue->article_count, 1);
  tb_article *a = &issue->articles[0];
  assert_string_equal(a->headline, "山里的春天");
  assert_non_null(a->byline);
  assert_string_equal(a->byline, "□刘振华");
  assert_int_equal(a->paragraphs.count, 2);
  tb_issue_free(issue);
}

static void attribution_after_a_column_break_closes_the_quote(void **state) {
  (void)state;
  /* a column break falls between a quote and who said it: one paragraph, not two */
  const char text[] = "便民生活圈再添12个\n\n"
                      "本报讯（记者 王强）今年以来，全区新建改造便民商业网点96个。\n\n"
                      "“以前买菜要骑车去两公里外的市场，现在下楼走五分钟就到了。”\n\n"
                      "家住南里的刘阿姨说。\n\n"
                      "明年还将新建一批生活圈，重点补齐老旧小区的短板。\n";
  tb_issue *issue = parse_bytes("quote.txt", text);
  assert_int_equal(issue->article_count, 1);
  tb_article *a = &issue->articles[0];
  assert_int_equal(a->paragraphs.count, 3);
  assert_string_equal(
      a->paragraphs.items[1],
      "“以前买菜要骑车去两公里外的市场，现在下楼走五分钟就到了。”家住南里的刘阿姨说。");
  tb_issue_free(issue);
}

static void padded_two_character_name_after_a_bullet_is_a_byline(void **state) {
  (void)state;
  /* a two-character name padded to the width of three names the writer; a rubric is set tight */
  assert_true(tb_layout_is_byline_line("□ 石  砚"));
  assert_true(tb_layout_is_byline_line("□石　岚"));
  assert_false(tb_layout_is_byline_line("■ 简讯"));
  assert_false(tb_layout_is_byline_line("□ 快评"));
  assert_false(tb_layout_is_byline_line("■ 简 讯 一 则"));
}

static void caption_dropped_into_a_sentence_and_tight_crosshead(void **state) {
  (void)state;
  /* a hard-wrapped column: a crosshead set tight under a finished sentence with a blank after
   * it, and a credited caption dropped between the halves of a sentence */
  const char text[] = "老手艺在山村里活起来\n\n"
                      "本报讯（记者 孙立）初夏时节，柳沟村的荆编工坊\n"
                      "里，十几位村民围坐在一起，手指翻\n"
                      "飞间，一只只造型精巧的果篮渐渐成\n"
                      "形。这门老手艺成了增收新门路。\n"
                      "一根荆条编出致富经\n\n"
                      "今年67岁的王德福是村里的荆编老艺\n"
                      "人。村里成立荆编合作社后，他带着20\n\n"
                      "柳沟村荆编工坊里，村民正在编制果篮。\n"
                      "本报记者 孙立 摄\n\n"
                      "多名村民重新拾起这门手艺，产品通\n"
                      "过电商平台卖到了全国各地。\n";
  tb_issue *issue = parse_bytes("column.txt", text);
  assert_int_equal(issue->article_count, 1);
  const tb_article *a = &issue->articles[0];
  assert_int_equal(a->paragraphs.count, 2);
  assert_non_null(strstr(a->paragraphs.items[1], "他带着20多名村民"));
  assert_null(strstr(a->paragraphs.items[0], "一根荆条"));
  assert_int_equal(a->crosshead_count, 1);
  assert_string_equal(a->crossheads[0].text, "一根荆条编出致富经");
  assert_int_equal(a->captions.count, 1);
  assert_non_null(strstr(a->captions.items[0], "正在编制果篮"));
  tb_issue_free(issue);
}

static void paragraph_a_little_wider_than_its_column_is_text(void **state) {
  (void)state;
  /* the short last lines of paragraphs and the photo story's titles below pull a plain median
   * of the column down; a paragraph set one character wider is still text, not a caption */
  const char text[] = "区政务服务中心综合窗口启用\n\n"
                      "本报讯（记者 乔木）区政务服务中心\n"
                      "综合窗口日前启用，可办理事项共计\n"
                      "一千二百余项，窗口人员经过两个月\n"
                      "的轮岗培训。\n\n"
                      "启用首日，综合窗口共受理业务八百\n"
                      "余件，平均等候时间由原来的二十五\n"
                      "分钟缩短到九分钟。\n\n"
                      "湿地公园调整冬季开放时间\n\n"
                      "本报讯（记者 乔木）即日起至明年三\n"
                      "月，湿地公园实行冬季开放时间，每\n"
                      "天七时至十七时三十分开放，十七时\n"
                      "停止入园。\n\n"
                      "公园管理处提示，冬季湖面虽已结冰，\n"
                      "但冰层厚度不均，游客切勿上冰行走、\n"
                      "滑冰或垂钓。\n\n"
                      "图片新闻\n"
                      "初雪里的早班\n\n\n"
                      "清晨，全区迎来今冬首场降雪，环卫工人凌晨四点上岗，\n"
                      "对主要道路和公交站台进行除雪铲冰。\n"
                      "本报记者 秦川 摄\n";
  tb_issue *issue = parse_bytes("wider.txt", text);
  assert_int_equal(issue->article_count, 3);
  const tb_article *park = &issue->articles[1];
  assert_string_equal(park->headline, "湿地公园调整冬季开放时间");
  assert_int_equal(park->paragraphs.count, 2);
  assert_non_null(strstr(park->paragraphs.items[1], "游客切勿上冰行走"));
  assert_int_equal(park->captions.count, 0);
  tb_issue_free(issue);
}

/* A page number with the page's name and a contact box mid-page (QR code, hotline, mailbox)
 * are furniture, the column's tag, title and
 * bulleted writer set tight under it are the column's stack, and the page editor's line before
 * a page break heads nothing. */
static void contact_box_column_stack_and_page_editor(void **state) {
  (void)state;
  /* a zero-padded page number and the page's name head a page; a title with a number does not */
  assert_true(tb_layout_is_furniture("02\u3000要闻·民生", false));
  assert_true(tb_layout_is_furniture("03 服务", false));
  assert_false(tb_layout_is_furniture("02\u3000要闻，民生", false));
  assert_false(tb_layout_is_furniture("12 个社区通上暖气", false));
  const char text[] = "河畔公园新添健身步道\n\n"
                      "本报讯（记者 方舟）河畔公园新修的健身步道日前开放，全长三公里。\n\n"
                      "步道沿河铺设，沿途设有休息座椅和饮水点，早晚都有居民来锻炼。\n\n"
                      "扫码关注“河畔发布”\n"
                      "新闻热线：6000-1234\n"
                      "投稿邮箱：news@example.com\n\n"
                      "河畔论坛\n"
                      "小步道连着大民生\n"
                      "■林远\n\n"
                      "一条步道看似平常，却让附近居民多了一个锻炼的去处。\n\n"
                      "民生实事就该这样，从群众身边的需要做起。\n\n"
                      "本版责任编辑：周平\n\f"
                      "2027年1月12日　星期二　第3版　公告\n\n"
                      "关于河畔路临时封闭施工的通告\n\n"
                      "因管线改造需要，河畔路将于下周临时封闭施工，请过往车辆绕行。\n";
  tb_issue *issue = parse_bytes("box.txt", text);
  assert_int_equal(issue->article_count, 3);
  assert_int_equal(issue->articles[0].paragraphs.count, 2);
  assert_string_equal(issue->articles[1].headline, "小步道连着大民生");
  assert_true(has_sub(&issue->articles[1], "河畔论坛"));
  assert_non_null(issue->articles[1].byline);
  assert_string_equal(issue->articles[1].byline, "■林远");
  assert_int_equal(issue->articles[1].paragraphs.count, 2);
  assert_string_equal(issue->articles[2].headline, "关于河畔路临时封闭施工的通告");
  assert_int_equal(issue->articles[2].subheadlines.count, 0);
  tb_issue_free(issue);
}

/* "本报1月11日讯（…）": a dateline with the day written in opens a story as "本报讯" does, and its
 * bracket names the writer; a title stack between a continued story and such a dateline heads a
 * story of its own, not a section of the continued one. */
static void dateline_with_the_day_opens_a_story(void **state) {
  (void)state;
  assert_true(tb_layout_is_dateline("本报1月11日讯（记者 钟晓）今天上午，招聘会开幕。"));
  assert_true(tb_layout_is_dateline("本报3月2日电 区政府今天召开会议。"));
  assert_false(tb_layout_is_dateline("本报1月11日起调整发行时间。"));
  char *by = tb_layout_dateline_byline("本报1月11日讯（记者 钟晓 通讯员 鲁青）今天上午");
  assert_non_null(by);
  assert_string_equal(by, "本报1月11日讯（记者 钟晓 通讯员 鲁青）");
  free(by);
  const char text[] =
      "区图书馆延长开放时间\n\n"
      "本报讯 1月10日，区图书馆宣布延长开放时间，每天开到晚上九点，并在年底接\n"
      "（下转第2版）\n\f"
      "（上接第1版）受读者评议。\n\n"
      "图书馆还将增设自习座位。\n\n"
      "春风行动招聘会走进乡镇\n\n"
      "首场提供岗位上千个\n\n"
      "本报1月11日讯（记者 钟晓）今天上午，招聘会在镇文化广场举行，四十多家企业参加。\n\n"
      "现场初步达成就业意向的有三百多人。\n";
  tb_issue *issue = parse_bytes("dated.txt", text);
  assert_int_equal(issue->article_count, 2);
  assert_int_equal(issue->articles[0].paragraphs.count, 2);
  assert_string_equal(issue->articles[1].headline, "春风行动招聘会走进乡镇");
  assert_int_equal(issue->articles[1].paragraphs.count, 2);
  assert_non_null(issue->articles[1].byline);
  assert_string_equal(issue->articles[1].byline, "本报1月11日讯（记者 钟晓）");
  tb_issue_free(issue);
}

/* "（江 禾）": a writer's name alone in brackets, letter-spaced, set tight under a commentary's
 * last paragraph signs it; it is no paragraph, and the commentary is a story of its own. */
static void bracketed_name_under_a_commentary_signs_it(void **state) {
  (void)state;
  const char text[] = "智造园引进机器人项目\n\n"
                      "本报讯（记者 郝蓝）1月14日上午，智造园与一家机器人企业签约。\n\n"
                      "园区管委会表示，将为项目提供服务专员，力争年内开工。\n\n"
                      "短评\n"
                      "年货大集不妨多些乡土味\n\n"
                      "年货大集开市，热闹的不只是人气，还有本地的农产品。\n\n"
                      "办大集，不能只图热闹，还要让群众买得放心。\n"
                      "（江 禾）\n\n"
                      "本版编辑　柴 桦　校对　米 岚\n";
  tb_issue *issue = parse_bytes("signed.txt", text);
  assert_int_equal(issue->article_count, 2);
  assert_int_equal(issue->articles[0].paragraphs.count, 2);
  assert_string_equal(issue->articles[1].headline, "年货大集不妨多些乡土味");
  assert_int_equal(issue->articles[1].paragraphs.count, 2);
  assert_non_null(issue->articles[1].byline);
  assert_non_null(strstr(issue->articles[1].byline, "江"));
  tb_issue_free(issue);
}

/* A line printed twice in a row (a doubled kicker, a body line repeated where two columns
 * overlap) is read once. */
static void doubled_line_is_read_once(void **state) {
  (void)state;
  const char text[] = "备足年货 欢喜过年\n"
                      "备足年货 欢喜过年\n\n"
                      "芦汀区年货大集开市\n\n"
                      "本报讯（记者 阮清）1月16日，年货大集在湖畔会展中心开市，\n"
                      "老人们提的“米饭再软一点”等意见，\n"
                      "老人们提的“米饭再软一点”等意见，\n"
                      "商户们都一一改进了。\n";
  tb_issue *issue = parse_bytes("doubled.txt", text);
  assert_int_equal(issue->article_count, 1);
  /* the kicker and the title, each once */
  assert_int_equal(issue->articles[0].subheadlines.count, 1);
  assert_string_not_equal(issue->articles[0].headline, issue->articles[0].subheadlines.items[0]);
  assert_int_equal(issue->articles[0].paragraphs.count, 1);
  const char *p = issue->articles[0].paragraphs.items[0];
  const char *once = strstr(p, "米饭再软一点");
  assert_non_null(once);
  assert_null(strstr(once + 1, "米饭再软一点"));
  tb_issue_free(issue);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(bracketed_bylines_with_any_role),
      cmocka_unit_test(doubled_line_is_read_once),
      cmocka_unit_test(bracketed_name_under_a_commentary_signs_it),
      cmocka_unit_test(dateline_with_the_day_opens_a_story),
      cmocka_unit_test(contact_box_column_stack_and_page_editor),
      cmocka_unit_test(paragraph_a_little_wider_than_its_column_is_text),
      cmocka_unit_test(caption_dropped_into_a_sentence_and_tight_crosshead),
      cmocka_unit_test(padded_two_character_name_after_a_bullet_is_a_byline),
      cmocka_unit_test(weekday_alone_is_furniture),
      cmocka_unit_test(whole_words_end_a_title),
      cmocka_unit_test(subtitle_goes_with_its_title_past_a_caption),
      cmocka_unit_test(service_box_is_no_article),
      cmocka_unit_test(wrapped_title_where_units_stand_apart),
      cmocka_unit_test(title_over_the_subtitle_is_the_headline),
      cmocka_unit_test(notice_signs_off_with_issuer_and_date),
      cmocka_unit_test(wrapped_stack_above_a_byline),
      cmocka_unit_test(notice_addressees_section_labels_and_contact),
      cmocka_unit_test(title_over_a_credited_caption_is_a_photo_story),
      cmocka_unit_test(labelled_items_after_a_colon_lead_in),
      cmocka_unit_test(bulleted_name_under_a_title_is_the_writer),
      cmocka_unit_test(attribution_after_a_column_break_closes_the_quote),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
