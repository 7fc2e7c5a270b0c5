/* Markdown read with libcmark (src/layout/markdown.c): each block construct becomes the line
 * para.c and pair.c expect, and whole documents come out as the articles a newsroom meant. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "layout/layout.h"
#include "layout/layout_internal.h"
#include "source/source.h"
#include "layout_parse.h"

#include <stdlib.h>
#include <string.h>

/* ---- helpers ------------------------------------------------------------------------------- */

/* Index of the first line whose text is want, or -1. */
static long find_line(const tb_llines *L, const char *want) {
  for (size_t i = 0; i < L->count; i++)
    if (strcmp(L->items[i].text, want) == 0) return (long)i;
  return -1;
}

static bool any_line_contains(const tb_llines *L, const char *part) {
  for (size_t i = 0; i < L->count; i++)
    if (strstr(L->items[i].text, part)) return true;
  return false;
}

static tb_issue *parse_markdown(const char *text) {
  return parse_bytes("issue.md", text);
}

static const char body[] = "本报讯（记者 王明）12月3日，区里召开会议，部署今冬明春的各项工作。\n\n"
                           "会议要求，各街道要把工作落到实处，确保群众温暖过冬。\n\n";

/* ---- lines ---------------------------------------------------------------------------------- */

static void soft_and_hard_breaks_stay_in_the_paragraph(void **state) {
  (void)state;
  /* a hard wrap (soft break), two trailing spaces and a backslash (hard breaks) */
  tb_llines L;
  tb_layout_markdown_lines("# 标题在这里\n\n"
                           "开头的半句话，\n接着写完。\n\n"
                           "中间的半句话，  \n必要时再写完。\n\n"
                           "还有半句话，\\\n也写完了。\n",
                           &L);
  assert_true(find_line(&L, "开头的半句话，接着写完。") >= 0);
  assert_true(find_line(&L, "中间的半句话，必要时再写完。") >= 0);
  assert_true(find_line(&L, "还有半句话，也写完了。") >= 0);
  tb_layout_lines_free(&L);
}

static void comments_rules_and_page_labels_are_not_text(void **state) {
  (void)state;
  tb_llines L;
  tb_layout_markdown_lines("<!-- page 1 · 要闻 -->\n\n# 第01版　要闻\n\n## 区里召开冬季工作会议\n\n"
                           "本报讯 会议部署了工作。\n\n* * *\n\n<div class=\"ad\">广告</div>\n\n"
                           "## 第二篇\n\n正文在这里。\n",
                           &L);
  assert_false(any_line_contains(&L, "<!--"));
  assert_false(any_line_contains(&L, "page 1"));
  assert_false(any_line_contains(&L, "广告"));
  assert_false(any_line_contains(&L, "* *"));
  long label = find_line(&L, "第01版　要闻");
  if (label >= 0) assert_int_equal(L.items[label].kind, TB_LINE_FURNITURE);
  long title = find_line(&L, "区里召开冬季工作会议");
  assert_true(title >= 0);
  assert_int_equal(L.items[title].kind, TB_LINE_HEADING);
  tb_layout_lines_free(&L);
}

static void emphasis_marks_are_not_heard(void **state) {
  (void)state;
  /* CommonMark leaves "**" literal between a CJK mark and a letter: it must still go */
  tb_llines L;
  tb_layout_markdown_lines(
      "## 标题\n\n**本报讯**（记者 乔一苇）截至12月4日，*全区*供热站全部检查完毕。\n\n"
      "**编者按：**三年前，社区把活动室改成了厨房。\n",
      &L);
  for (size_t i = 0; i < L.count; i++) {
    assert_null(strchr(L.items[i].text, '*'));
  }
  long dated = find_line(&L, "本报讯（记者 乔一苇）截至12月4日，全区供热站全部检查完毕。");
  assert_true(dated >= 0);
  assert_true(L.items[dated].dateline);
  long note = find_line(&L, "编者按：三年前，社区把活动室改成了厨房。");
  assert_true(note >= 0);
  assert_true(L.items[note].ednote);
  tb_layout_lines_free(&L);
}

static void bold_paragraph_is_a_title_below_headings(void **state) {
  (void)state;
  tb_llines L;
  tb_layout_markdown_lines(
      "## 一间“共享厨房”的三年\n\n文/本报记者 汤晓岚\n\n**从“没人来”到“排着队”**\n\n"
      "上午十点，厨房里已经飘出饭菜香。\n\n**本报记者 钟宁**\n",
      &L);
  long title = find_line(&L, "一间“共享厨房”的三年");
  long cross = find_line(&L, "从“没人来”到“排着队”");
  assert_true(title >= 0 && cross >= 0);
  assert_int_equal(L.items[cross].kind, TB_LINE_HEADING);
  assert_true(L.items[cross].md_level > L.items[title].md_level);
  long writer = find_line(&L, "本报记者 钟宁"); /* a bold byline stays a byline */
  assert_true(writer >= 0);
  assert_int_not_equal(L.items[writer].kind, TB_LINE_HEADING);
  tb_layout_lines_free(&L);
}

static void image_alt_is_dropped_and_its_caption_kept(void **state) {
  (void)state;
  tb_llines L;
  tb_layout_markdown_lines("## 标题\n\n正文第一段。\n\n"
                           "![居民一起包饺子](images/p2-01.jpg)\n*居民在厨房里一起包饺子。*\n\n"
                           "![](images/p2-02.jpg)\n\n*老人在驿站测量血压。*\n\n正文第二段。\n",
                           &L);
  assert_false(any_line_contains(&L, "images/"));
  assert_true(find_line(&L, "居民一起包饺子") < 0);
  long first = find_line(&L, "居民在厨房里一起包饺子。");
  long second = find_line(&L, "老人在驿站测量血压。");
  assert_true(first >= 0 && second >= 0);
  assert_int_equal(L.items[first].kind, TB_LINE_CAPTION);
  assert_int_equal(L.items[second].kind, TB_LINE_CAPTION);
  assert_int_equal(L.items[find_line(&L, "正文第二段。")].kind, TB_LINE_BODY);
  tb_layout_lines_free(&L);
}

static void quotes_and_code_give_their_text(void **state) {
  (void)state;
  tb_llines L;
  tb_layout_markdown_lines("## 标题\n\n> 编者按 这是一段按语，\n> 分两行写。\n\n"
                           "    缩进四格的一段正文。\n    又一行正文。\n\n"
                           "```python\nprint('not copy')\n```\n",
                           &L);
  long note = find_line(&L, "编者按 这是一段按语，分两行写。");
  assert_true(note >= 0);
  assert_true(L.items[note].ednote);
  long code = find_line(&L, "缩进四格的一段正文。");
  assert_true(code >= 0);
  assert_int_equal(L.items[code].lineno, 6);
  assert_true(find_line(&L, "又一行正文。") >= 0);
  assert_false(any_line_contains(&L, "print"));
  tb_layout_lines_free(&L);
}

static void front_matter_is_masthead(void **state) {
  (void)state;
  const char text[] =
      "---\ntitle: 怀柔报 2026年9月8日\npaper: 怀柔报\nissue: 第35期（总第1588期）\n---\n\n"
      "## 怀柔科学城3个新建科技设施进入试运行\n\n"
      "本报讯 9月5日，记者从管委会获悉，设施进入试运行阶段。\n";
  tb_llines L;
  tb_layout_markdown_lines(text, &L);
  assert_false(any_line_contains(&L, "paper"));
  long title = find_line(&L, "怀柔科学城3个新建科技设施进入试运行");
  assert_true(title >= 0);
  assert_int_equal(L.items[title].lineno, 7); /* the block is blanked, not removed */
  assert_int_equal(L.items[title].md_level, 1);
  tb_layout_lines_free(&L);
  tb_issue *issue = parse_markdown(text);
  assert_string_equal(issue->date, "2026-09-08");
  assert_string_equal(issue->issue_no, "总第1588期");
  assert_int_equal(issue->article_count, 1);
  tb_issue_free(issue);
}

/* ---- articles ------------------------------------------------------------------------------- */

static void rule_opens_a_story_whatever_its_level(void **state) {
  (void)state;
  /* "####" after a "##" story would be a crosshead by level alone; the rule says otherwise */
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  tb_strbuf_printf(&sb,
                   "## 区里召开冬季工作会议\n\n%s* * *\n\n#### 全区完成供暖设施安全检查\n\n"
                   "截至12月4日，全区供热站全部检查完毕。\n\n居民如遇暖气不热，可拨打热线反映。\n",
                   body);
  tb_issue *issue = parse_markdown(tb_strbuf_view(&sb));
  tb_strbuf_free(&sb);
  assert_int_equal(issue->article_count, 2);
  const tb_article *second = find_article(issue, "全区完成供暖设施安全检查");
  assert_int_equal(second->paragraphs.count, 2);
  tb_issue_free(issue);
}

static void kicker_and_dash_subtitle_sit_around_the_title(void **state) {
  (void)state;
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  tb_strbuf_printf(&sb,
                   "**让群众生活更便利**\n\n# 永泰区启动便民生活圈提质行动\n\n"
                   "### ——明年新建改造便民网点120个\n\n%s",
                   body);
  tb_issue *issue = parse_markdown(tb_strbuf_view(&sb));
  tb_strbuf_free(&sb);
  assert_int_equal(issue->article_count, 1);
  const tb_article *a = &issue->articles[0];
  assert_string_equal(a->headline, "永泰区启动便民生活圈提质行动");
  assert_int_equal(a->subheadlines.count, 2);
  assert_string_equal(a->subheadlines.items[0], "让群众生活更便利");
  tb_issue_free(issue);
}

static void section_label_over_briefs_is_no_headline(void **state) {
  (void)state;
  const char text[] = "## 怀柔快讯\n\n### 雁栖湖推出秋季游览线路\n\n"
                      "本报讯 9月起，雁栖湖推出两条秋季游览线路。\n\n"
                      "### 区图书馆新增自助借还点5处\n\n"
                      "本报讯 区图书馆近日在两个街道新增自助借还点。\n";
  tb_issue *issue = parse_markdown(text);
  assert_int_equal(issue->article_count, 2);
  assert_string_equal(issue->articles[0].headline, "雁栖湖推出秋季游览线路");
  assert_string_equal(issue->articles[1].headline, "区图书馆新增自助借还点5处");
  tb_issue_free(issue);
}

static void list_items_intro_and_signature_are_paragraphs(void **state) {
  (void)state;
  const char text[] = "## 关于开展参保缴费工作的通知\n\n"
                      "参保缴费工作即将开始，现将有关事项通知如下：\n\n"
                      "1. 缴费时间：2026年12月15日至2027年2月28日。\n"
                      "2. 缴费标准：每人每年缴费580元。\n\n"
                      "- 可通过银行手机应用缴费；\n- 可到社区服务站缴费。\n\n"
                      "咨询电话：8962 5531。\n\n永泰区医疗保障局\n\n2026年12月7日\n";
  tb_issue *issue = parse_markdown(text);
  assert_int_equal(issue->article_count, 1);
  const tb_article *a = &issue->articles[0];
  assert_int_equal(a->paragraphs.count, 8);
  assert_string_equal(a->paragraphs.items[1], "1. 缴费时间：2026年12月15日至2027年2月28日。");
  assert_string_equal(a->paragraphs.items[3], "可通过银行手机应用缴费；");
  assert_string_equal(a->paragraphs.items[6], "永泰区医疗保障局");
  assert_string_equal(a->paragraphs.items[7], "2026年12月7日");
  tb_issue_free(issue);
}

static void block_cut_mid_sentence_is_joined_again(void **state) {
  (void)state;
  /* an export that broke a paragraph at an image: the text goes on after the caption */
  const char text[] = "## 怀柔区启动“金秋助老”系列服务\n\n"
                      "本报讯 9月6日，系列服务在泉河街道启动。\n\n"
                      "在养老服务驿站，76岁的老人刚做完血压、血糖\n\n"
                      "![驿站](/uploads/hr03-02.jpg)\n*▲医护人员为老人测量血压。*\n\n"
                      "检测。“以后看病方便多了。”老人说。\n";
  tb_issue *issue = parse_markdown(text);
  assert_int_equal(issue->article_count, 1);
  const tb_article *a = &issue->articles[0];
  assert_int_equal(a->paragraphs.count, 2);
  assert_string_equal(
      a->paragraphs.items[1],
      "在养老服务驿站，76岁的老人刚做完血压、血糖检测。“以后看病方便多了。”老人说。");
  assert_int_equal(a->captions.count, 1);
  tb_issue_free(issue);
}

static void editor_note_before_the_title_and_labelled_writer(void **state) {
  (void)state;
  const char text[] = "# 第02版　社区\n\n"
                      "**编者按：**三年前，社区把一间活动室改成了厨房。本期，我们走进这间厨房。\n\n"
                      "## 一间“共享厨房”的三年\n\n"
                      "上午十点，厨房里已经飘出饭菜香。\n\n"
                      "三年来，账本已经记满了5本。\n\n"
                      "作者：林一舟（作者系区委党校讲师）\n";
  tb_issue *issue = parse_markdown(text);
  assert_int_equal(issue->article_count, 1);
  const tb_article *a = &issue->articles[0];
  assert_string_equal(a->headline, "一间“共享厨房”的三年");
  assert_non_null(a->editor_note);
  assert_non_null(strstr(a->editor_note, "三年前"));
  assert_int_equal(a->paragraphs.count, 2);
  assert_string_equal(a->byline, "林一舟（作者系区委党校讲师）");
  tb_issue_free(issue);
}

static void jump_markers_join_the_parts(void **state) {
  (void)state;
  /* "（下转第2版）" and "（上接第1版）" as blocks of their own, the headline printed again */
  const char text[] = "## 区里召开冬季工作会议\n\n本报讯 会议部署了今冬的各项工作，要求各街道\n\n"
                      "（下转第2版）\n\n## 别的稿子\n\n本报讯 别的正文。\n\n"
                      "## 区里召开冬季工作会议\n\n（上接第1版）\n\n把工作落到实处。\n\n第二段。\n";
  tb_issue *issue = parse_markdown(text);
  assert_int_equal(issue->article_count, 2);
  const tb_article *a = find_article(issue, "区里召开冬季工作会议");
  assert_true(a->continued);
  assert_int_equal(a->paragraphs.count, 2);
  assert_string_equal(a->paragraphs.items[0],
                      "本报讯 会议部署了今冬的各项工作，要求各街道把工作落到实处。");
  tb_issue_free(issue);
}

static void pipe_table_is_not_read(void **state) {
  (void)state;
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  tb_strbuf_printf(&sb,
                   "## 区里召开冬季工作会议\n\n%s## 便民信息\n\n"
                   "| 事项 | 时间 |\n| --- | --- |\n| 义诊 | 9月12日 |\n",
                   body);
  tb_issue *issue = parse_markdown(tb_strbuf_view(&sb));
  tb_strbuf_free(&sb);
  assert_int_equal(issue->article_count, 1);
  for (size_t i = 0; i < issue->articles[0].paragraphs.count; i++)
    assert_null(strchr(issue->articles[0].paragraphs.items[i], '|'));
  tb_issue_free(issue);
}

static void table_introduced_by_text_reads_row_by_row(void **state) {
  (void)state;
  const char *text = "## 春节公园开放安排\n\n春节假期，全区主要公园开放时间安排如下：\n\n"
                     "| 公园 | 开放时间 |\n|------|:---:|\n| 湖滨公园 | 6:00—21:00 |\n"
                     "| 森林公园 | 7:00—17:00 |\n\n请游客错峰出行。\n";
  tb_issue *issue = parse_markdown(text);
  const tb_article *a = find_article(issue, "春节公园开放安排");
  assert_int_equal(a->paragraphs.count, 5);
  assert_string_equal(a->paragraphs.items[1], "公园 开放时间");
  assert_string_equal(a->paragraphs.items[2], "湖滨公园 6:00—21:00");
  assert_string_equal(a->paragraphs.items[4], "请游客错峰出行。");
  tb_issue_free(issue);
}

static void hashes_without_space_before_a_wide_character_are_a_heading(void **state) {
  (void)state;
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  tb_strbuf_printf(&sb, "### 区里召开冬季工作会议\n\n%s---\n\n###区里举办迎新春书画展\n\n%s", body,
                   body);
  tb_issue *issue = parse_markdown(tb_strbuf_view(&sb));
  tb_strbuf_free(&sb);
  assert_int_equal(issue->article_count, 2);
  find_article(issue, "区里举办迎新春书画展");
  tb_issue_free(issue);
}

static void page_label_in_chinese_numerals_and_numbered_crossheads(void **state) {
  (void)state;
  const char *text =
      "## 二版 · 民生\n\n### 一条老街的新变化\n*——东市街改造纪实*\n\n*文/本报记者 王明*\n\n"
      "#### 一、从要我改到我要改\n\n东市街是镇上最老的一条街，两侧是砖木平房和二层小楼。\n\n"
      "#### 二、一砖一瓦留住老味道\n\n方案里的大部分内容，都来自居民提出的意见和建议。\n\n"
      "#### 三、街区有了自家人\n\n老街改完以后，居民、商户和物业一起成立了管理小组。\n";
  tb_issue *issue = parse_markdown(text);
  assert_int_equal(issue->article_count, 1);
  const tb_article *a = find_article(issue, "一条老街的新变化");
  assert_int_equal(a->paragraphs.count, 3);
  assert_int_equal(a->crosshead_count, 3);
  for (size_t i = 0; i < a->subheadlines.count; i++)
    assert_null(strstr(a->subheadlines.items[i], "二版"));
  tb_issue_free(issue);
}

static void section_level_over_several_stories_is_no_headline(void **state) {
  (void)state;
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  tb_strbuf_printf(&sb,
                   "## 要闻\n\n> 节前巡礼\n\n### 区里召开冬季工作会议\n\n%s---\n\n"
                   "### 公园新增健身步道\n\n%s## 民生\n\n### 老旧小区加装电梯\n\n%s---\n\n"
                   "### 社区食堂开门迎客\n\n%s",
                   body, body, body, body);
  tb_issue *issue = parse_markdown(tb_strbuf_view(&sb));
  tb_strbuf_free(&sb);
  assert_int_equal(issue->article_count, 4);
  const tb_article *a = find_article(issue, "区里召开冬季工作会议");
  for (size_t i = 0; i < a->subheadlines.count; i++)
    assert_string_not_equal(a->subheadlines.items[i], "要闻");
  find_article(issue, "老旧小区加装电梯");
  tb_issue_free(issue);
}

/* ---- headings a converter made by font size ------------------------------------------------- */

static void pull_quote_as_large_as_the_title_is_furniture(void **state) {
  (void)state;
  const char *text =
      "## 区里推出社区就业服务站\n\n"
      "本报讯（记者 王明）3月11日，区里首批社区就业服务站挂牌运行，居民可就近求职。\n\n"
      "服务站设在社区党群服务中心内，提供岗位推荐和政策咨询。\n\n"
      "## “让居民在家门口就能找到合适的工作”\n\n"
      "区人力社保局负责人说：“我们的目标是让居民在家门口就能找到合适的工作。”\n\n"
      "#### **“晚一个小时就误了事”**\n\n"
      "一位求职者说：“服务站离家近，晚一个小时就误了事，现在方便多了。”\n";
  tb_llines L;
  tb_layout_markdown_lines(text, &L);
  long quote = find_line(&L, "“让居民在家门口就能找到合适的工作”");
  assert_true(quote >= 0);
  assert_int_equal(L.items[quote].kind, TB_LINE_FURNITURE);
  tb_layout_lines_free(&L);
  tb_issue *issue = parse_markdown(text);
  assert_int_equal(issue->article_count, 1);
  const tb_article *a = find_article(issue, "区里推出社区就业服务站");
  assert_int_equal(a->paragraphs.count, 4);
  /* a crosshead set smaller than the title stays one, though the text below repeats it */
  assert_int_equal(a->crosshead_count, 1);
  tb_issue_free(issue);
}

static void lead_in_sentence_made_a_heading_opens_its_paragraph(void **state) {
  (void)state;
  const char *text = "# 清晨的早市\n\n文/本报记者 王明\n\n"
                     "### 清晨五点，城北早市已经人声鼎沸。\n\n"
                     "菜农们把刚摘的青菜摆上摊位，老人们拉着小车挑挑拣拣。\n\n"
                     "早市七点散场，清洁工随后把街面打扫干净。\n";
  tb_issue *issue = parse_markdown(text);
  assert_int_equal(issue->article_count, 1);
  const tb_article *a = find_article(issue, "清晨的早市");
  assert_int_equal(a->paragraphs.count, 2);
  assert_string_equal(a->paragraphs.items[0],
                      "清晨五点，城北早市已经人声鼎沸。"
                      "菜农们把刚摘的青菜摆上摊位，老人们拉着小车挑挑拣拣。");
  tb_issue_free(issue);
}

static void bold_lead_in_sentence_opens_its_paragraph(void **state) {
  (void)state;
  const char *text = "# 清晨的早市\n\n文/本报记者 王明\n\n"
                     "**清晨五点，城北早市已经人声鼎沸。**\n\n"
                     "菜农们把刚摘的青菜摆上摊位，老人们拉着小车挑挑拣拣。\n\n"
                     "早市七点散场，清洁工随后把街面打扫干净。\n";
  tb_issue *issue = parse_markdown(text);
  const tb_article *a = find_article(issue, "清晨的早市");
  assert_int_equal(a->paragraphs.count, 2);
  assert_string_equal(a->paragraphs.items[0],
                      "清晨五点，城北早市已经人声鼎沸。"
                      "菜农们把刚摘的青菜摆上摊位，老人们拉着小车挑挑拣拣。");
  tb_issue_free(issue);
}

static void heading_larger_than_the_crossheads_opens_a_story(void **state) {
  (void)state;
  const char *text = "# 清晨的早市\n\n文/本报记者 王明\n\n"
                     "菜农们把刚摘的青菜摆上摊位，老人们拉着小车挑挑拣拣。\n\n"
                     "**摊主的账本**\n\n一位摊主说，早市一天的流水有两三千元。\n\n"
                     "### 区图书馆周末延长开放时间\n\n"
                     "从本周起，区图书馆周六周日开放至晚上九点，方便市民阅读。\n";
  tb_issue *issue = parse_markdown(text);
  assert_int_equal(issue->article_count, 2);
  const tb_article *a = find_article(issue, "清晨的早市");
  assert_int_equal(a->crosshead_count, 1);
  find_article(issue, "区图书馆周末延长开放时间");
  tb_issue_free(issue);
}

static void paginated_export_page_marker_is_no_text(void **state) {
  (void)state;
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  /* the story under the marker stands at a crosshead's level, yet a new page opens it */
  tb_strbuf_printf(
      &sb,
      "{0}------------------------------------------------\n\n# 区里召开冬季工作会议\n\n"
      "%s{1}------------------------------------------------\n\n"
      "### 公园新增健身步道\n\n%s",
      body, body);
  tb_llines L;
  tb_layout_markdown_lines(tb_strbuf_view(&sb), &L);
  assert_false(any_line_contains(&L, "----"));
  tb_layout_lines_free(&L);
  tb_issue *issue = parse_markdown(tb_strbuf_view(&sb));
  tb_strbuf_free(&sb);
  assert_int_equal(issue->article_count, 2);
  find_article(issue, "公园新增健身步道");
  tb_issue_free(issue);
}

static void short_plain_line_under_a_picture_in_a_story_is_its_caption(void **state) {
  (void)state;
  const char *text =
      "# 清晨的早市\n\n本报讯（记者 王明）菜农们把刚摘的青菜摆上摊位，老人们挑挑拣拣。\n\n"
      "![](images/a1.jpg)\n\n摊主在早市上称菜。\n\n"
      "早市七点散场，清洁工随后把街面打扫干净。\n\n"
      "![](images/a2.jpg)\n\n"
      "散场以后，附近的居民还会来买些便宜的剩菜，摊主们也乐得早点收摊回家休息。\n";
  tb_issue *issue = parse_markdown(text);
  const tb_article *a = find_article(issue, "清晨的早市");
  /* the short line is the caption; the long one after the second picture is text again */
  assert_int_equal(a->paragraphs.count, 3);
  for (size_t i = 0; i < a->paragraphs.count; i++)
    assert_null(strstr(a->paragraphs.items[i], "摊主在早市上称菜"));
  tb_issue_free(issue);
}

static void dateline_paragraph_made_a_heading_is_text(void **state) {
  (void)state;
  /* a converter set the dated first paragraph a little larger; the story's title it left plain */
  const char *text = "# 区里召开冬季工作会议\n\n%s"
                     "城东菜市场完成提升改造\n\n"
                     "#### 本报讯（记者 李青）12月5日，城东菜市场完成提升改造，重新开门迎客。\n\n"
                     "改造后的市场设有摊位120个，新增了净菜区和熟食区。\n";
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  tb_strbuf_printf(&sb, text, body);
  tb_llines L;
  tb_layout_markdown_lines(tb_strbuf_view(&sb), &L);
  long dated = find_line(&L, "本报讯（记者 李青）12月5日，城东菜市场完成提升改造，重新开门迎客。");
  assert_true(dated >= 0);
  assert_int_equal(L.items[dated].kind, TB_LINE_BODY);
  assert_true(L.items[dated].dateline);
  tb_layout_lines_free(&L);
  tb_issue *issue = parse_markdown(tb_strbuf_view(&sb));
  tb_strbuf_free(&sb);
  const tb_article *a = find_article(issue, "城东菜市场完成提升改造");
  assert_int_equal(a->paragraphs.count, 2);
  assert_non_null(strstr(a->paragraphs.items[0], "本报讯"));
  tb_issue_free(issue);
}

static void sentence_made_a_heading_between_paragraphs_is_text(void **state) {
  (void)state;
  /* a short paragraph set in bold type came out as big as the crossheads */
  const char *text = "# 竹编合作社的新生意\n\n文/本报记者 王明\n\n"
                     "走进合作社的车间，十几位社员正低头忙碌，竹篾上下翻飞。\n\n"
                     "### 老手艺有了新样子\n\n"
                     "合作社请来美术老师设计新款式，把竹编做成了灯罩和手提包。\n\n"
                     "### 据统计，去年合作社销售额达到两百万元，社员人均增收两万多元。\n\n"
                     "如今，合作社的订单有七成来自网上，社员们忙得不可开交。\n";
  tb_issue *issue = parse_markdown(text);
  assert_int_equal(issue->article_count, 1);
  const tb_article *a = find_article(issue, "竹编合作社的新生意");
  assert_int_equal(a->crosshead_count, 1);
  assert_int_equal(a->paragraphs.count, 4);
  assert_string_equal(a->paragraphs.items[2],
                      "据统计，去年合作社销售额达到两百万元，社员人均增收两万多元。");
  tb_issue_free(issue);
}

static void bold_title_over_a_heading_subtitle_keeps_its_crossheads(void **state) {
  (void)state;
  /* the title came out bold, its "——" subtitle as "##": the "###" crossheads are deeper than
   * the subtitle and stay in the story */
  const char *text = "**老手艺里的新生意**\n\n## ——城南竹编合作社见闻\n\n文/图 记者 庄明\n\n"
                     "走进合作社的车间，十几位社员正低头忙碌，竹篾上下翻飞。\n\n"
                     "### 一根竹子劈出许多篾\n\n"
                     "理事长今年五十多岁，从十几岁起就跟着父亲学竹编。\n\n"
                     "### 订单从网上来\n\n"
                     "如今，合作社的订单有七成来自网上，社员们忙得不可开交。\n";
  tb_issue *issue = parse_markdown(text);
  assert_int_equal(issue->article_count, 1);
  assert_int_equal(issue->articles[0].crosshead_count, 2);
  assert_int_equal(issue->articles[0].paragraphs.count, 3);
  tb_issue_free(issue);
}

static void heading_larger_than_the_subtitle_opens_a_story(void **state) {
  (void)state;
  /* "# 标题" over "#### 副题": a "##" after the text is set larger than the subtitle, so it is
   * the next story's title, not a crosshead */
  const char *text = "# 区青少年足球联赛开赛\n\n#### 四十支球队参赛\n\n"
                     "本报讯（记者 王明）12月3日，区青少年足球联赛在区体育中心开赛。\n\n"
                     "联赛分小学组和初中组，比赛将持续到明年春天。\n\n"
                     "## 区图书馆周末延长开放时间\n\n"
                     "从本周起，区图书馆周六周日开放至晚上九点，方便市民阅读。\n";
  tb_issue *issue = parse_markdown(text);
  assert_int_equal(issue->article_count, 2);
  assert_int_equal(find_article(issue, "区青少年足球联赛开赛")->crosshead_count, 0);
  find_article(issue, "区图书馆周末延长开放时间");
  tb_issue_free(issue);
}

static void plain_title_between_two_texts_is_a_heading(void **state) {
  (void)state;
  /* the notice's title came out as a plain paragraph after a list's closing line; the issuer
   * over the date is no title though it has no punctuation either */
  const char *text = "## 区图书馆寒假活动安排\n\n寒假期间，区图书馆将举办以下活动：\n\n"
                     "- 1月20日 亲子阅读会\n- 1月27日 剪纸体验课\n\n"
                     "详细信息请关注图书馆公众号。\n\n"
                     "城南区园林绿化局关于公园冬季开放时间的通告\n\n"
                     "为方便市民游园，现将冬季开放时间通告如下：\n\n"
                     "一、全区公园每日开放时间调整为6时至20时。\n\n"
                     "二、节假日期间开放时间另行通知。\n\n"
                     "城南区园林绿化局\n\n2027年1月10日\n";
  tb_llines L;
  tb_layout_markdown_lines(text, &L);
  long title = find_line(&L, "城南区园林绿化局关于公园冬季开放时间的通告");
  assert_true(title >= 0);
  assert_int_equal(L.items[title].kind, TB_LINE_HEADING);
  long issuer = find_line(&L, "城南区园林绿化局");
  assert_true(issuer >= 0);
  assert_int_equal(L.items[issuer].kind, TB_LINE_BODY);
  assert_true(L.items[issuer].signature);
  tb_layout_lines_free(&L);
  tb_issue *issue = parse_markdown(text);
  assert_int_equal(issue->article_count, 2);
  assert_int_equal(find_article(issue, "区图书馆寒假活动安排")->paragraphs.count, 4);
  const tb_article *notice = find_article(issue, "城南区园林绿化局关于公园冬季开放时间的通告");
  assert_int_equal(notice->paragraphs.count, 5);
  assert_string_equal(notice->paragraphs.items[4], "2027年1月10日");
  tb_issue_free(issue);
}

static void dash_subtitle_under_a_short_title_is_no_title(void **state) {
  (void)state;
  /* a short title sharing few words with the text still stands over its "——" subtitle */
  const char *text = "## 老街的新生意\n\n### ——城南竹编合作社见闻\n\n"
                     "走进合作社的车间，十几位社员正低头忙碌，竹篾上下翻飞。\n\n"
                     "理事长今年五十多岁，从十几岁起就跟着父亲学竹编。\n";
  tb_issue *issue = parse_markdown(text);
  assert_int_equal(issue->article_count, 1);
  assert_string_equal(issue->articles[0].headline, "老街的新生意");
  assert_int_equal(issue->articles[0].subheadlines.count, 1);
  tb_issue_free(issue);
}

static void bold_or_commented_picture_caption_is_a_caption(void **state) {
  (void)state;
  /* pymupdf4llm sets a caption bold under its picture; docling leaves "<!-- image -->" */
  tb_llines L;
  tb_layout_markdown_lines(
      "## 早市\n\n本报讯（记者 王明）早市七点散场，清洁工随后把街面打扫干净。\n\n"
      "![](page-1-0.png)\n\n**摊主在早市上称菜。**\n\n"
      "早市散场以后，附近的居民还会来买些便宜的剩菜。\n\n<!-- image -->\n\n"
      "居民在早市挑选蔬菜。\n\n![](page-1-1.png)\n\n**城北公园月季盛开**\n\n"
      "5月3日，城北公园的月季花开得正艳，吸引市民前来观赏。\n",
      &L);
  assert_int_equal(L.items[find_line(&L, "摊主在早市上称菜。")].kind, TB_LINE_CAPTION);
  assert_int_equal(L.items[find_line(&L, "居民在早市挑选蔬菜。")].kind, TB_LINE_CAPTION);
  /* a bold title under a picture heads a photo story */
  assert_int_equal(L.items[find_line(&L, "城北公园月季盛开")].kind, TB_LINE_HEADING);
  tb_layout_lines_free(&L);
}

static void column_name_as_high_as_its_title_is_no_title(void **state) {
  (void)state;
  const char *text = "## 城北区公共自行车新增投放五百辆\n\n"
                     "本报讯（记者 王明）城北区在地铁站周边新增投放公共自行车五百辆。\n\n"
                     "## 城北论坛\n\n## 让家门口的服务更贴心\n\n"
                     "社区食堂、共享书屋、便民维修点，这些小设施实实在在方便了居民。\n";
  /* the title stands at the story's first level, the name under it */
  tb_llines L;
  tb_layout_markdown_lines(text, &L);
  assert_int_equal(L.items[find_line(&L, "让家门口的服务更贴心")].md_level, 1);
  assert_true(L.items[find_line(&L, "城北论坛")].md_level > 1);
  tb_layout_lines_free(&L);
  tb_issue *issue = parse_markdown(text);
  assert_int_equal(issue->article_count, 2);
  const tb_article *a = find_article(issue, "让家门口的服务更贴心");
  assert_int_equal(a->subheadlines.count, 1);
  assert_string_equal(a->subheadlines.items[0], "城北论坛");
  tb_issue_free(issue);
}

static void intro_ending_in_a_colon_under_a_title_is_text(void **state) {
  (void)state;
  /* a short intro under the title opens the text; a speaker's line over a title stays apart */
  tb_llines L;
  tb_layout_markdown_lines("## 关于开展免费体检的通知\n\n为做好健康管理工作，现通知如下：\n\n"
                           "一、体检对象为本区65周岁以上老年人。\n\n"
                           "全国人大代表、某老字号经理王芳：\n\n## 让老手艺后继有人\n\n"
                           "本报讯（记者 李青）王芳建议，建立传统技艺人才认定平台。\n",
                           &L);
  assert_true(L.items[find_line(&L, "为做好健康管理工作，现通知如下：")].run_in);
  assert_false(L.items[find_line(&L, "全国人大代表、某老字号经理王芳：")].run_in);
  tb_layout_lines_free(&L);
}

static void byline_caption_and_credit_made_headings_are_not_titles(void **state) {
  (void)state;
  /* a converter sizing by font made headings of a byline, a caption under its picture and a
   * closing credit */
  const char *text = "# 社区食堂开进老小区\n\n#### 文/本报记者 周原\n\n"
                     "社区食堂在小区开门营业，每天供应三餐，老年人就餐可享受八折优惠。\n\n"
                     "![](_page_0_Picture_3.jpeg)\n\n###### 居民在社区食堂就餐。\n\n"
                     "食堂由闲置的自行车棚改建而成，可同时容纳60人就餐。\n\n"
                     "# 河畔绿道全线贯通\n\n"
                     "本报讯（记者 吴霜）5月1日，滨河绿道全线贯通，串联起沿河7个公园。\n\n"
                     "#### （记者 吴霜）\n\n# 区图书馆延长开放时间\n\n"
                     "从本周起，区图书馆周六周日开放至晚上九点，方便市民阅读。\n";
  tb_llines L;
  tb_layout_markdown_lines(text, &L);
  assert_int_equal(L.items[find_line(&L, "文/本报记者 周原")].kind, TB_LINE_BYLINE);
  assert_int_equal(L.items[find_line(&L, "居民在社区食堂就餐。")].kind, TB_LINE_CAPTION);
  assert_int_equal(L.items[find_line(&L, "（记者 吴霜）")].kind, TB_LINE_BYLINE);
  tb_layout_lines_free(&L);
  tb_issue *issue = parse_markdown(text);
  assert_int_equal(issue->article_count, 3);
  const tb_article *a = find_article(issue, "社区食堂开进老小区");
  assert_int_equal(a->subheadlines.count, 0);
  assert_int_equal(a->captions.count, 1);
  assert_int_equal(find_article(issue, "区图书馆延长开放时间")->subheadlines.count, 0);
  tb_issue_free(issue);
}

static void plain_title_after_a_closing_byline_is_a_heading(void **state) {
  (void)state;
  /* the title ends on a closing quote and follows the credit that closed the story above */
  const char *text = "## 区税务局推出办税套餐\n\n"
                     "近日，区税务局推出办税服务套餐，纳税人可在网上办理230余项业务。\n\n"
                     "（记者 符小舟）\n\n一条老街的“新生”\n\n"
                     "走进城南老街，青石板路两旁的老房子修葺一新，咖啡馆和书店开了起来。\n\n"
                     "老街改造从去年春天开始，居民议事会先后开了十几次会。\n";
  tb_llines L;
  tb_layout_markdown_lines(text, &L);
  assert_int_equal(L.items[find_line(&L, "一条老街的“新生”")].kind, TB_LINE_HEADING);
  tb_layout_lines_free(&L);
  tb_issue *issue = parse_markdown(text);
  assert_int_equal(issue->article_count, 2);
  assert_int_equal(find_article(issue, "一条老街的“新生”")->paragraphs.count, 2);
  tb_issue_free(issue);
}

static void piece_cut_before_a_column_break_is_no_title(void **state) {
  (void)state;
  /* the start of a paragraph ends on a function word where the column broke off */
  tb_llines L;
  tb_layout_markdown_lines("## 区里召开冬季工作会议\n\n"
                           "本报讯（记者 王明）12月3日，区里召开会议，部署今冬明春的各项工作。\n\n"
                           "区委书记欧阳澈对\n\n"
                           "今冬明春的供暖保障提出要求，强调要确保群众温暖过冬。\n",
                           &L);
  assert_int_equal(L.items[find_line(&L, "区委书记欧阳澈对")].kind, TB_LINE_BODY);
  tb_layout_lines_free(&L);
  /* and the two pieces are one paragraph again */
  tb_issue *issue =
      parse_markdown("## 区里召开冬季工作会议\n\n"
                     "本报讯（记者 王明）12月3日，区里召开会议，部署今冬明春的各项工作。\n\n"
                     "区委书记欧阳澈对\n\n今冬明春的供暖保障提出要求，强调要确保群众温暖过冬。\n");
  const tb_article *a = find_article(issue, "区里召开冬季工作会议");
  assert_int_equal(a->paragraphs.count, 2);
  assert_string_equal(a->paragraphs.items[1],
                      "区委书记欧阳澈对今冬明春的供暖保障提出要求，强调要确保群众温暖过冬。");
  tb_issue_free(issue);
}

static void long_kicker_set_larger_than_its_title_is_no_title(void **state) {
  (void)state;
  /* the first paragraph tells what the deeper heading says, not what the larger one says */
  const char *text = "## 聚焦全区民生服务提质升级系列报道之三\n\n### 西坡街道嵌入式托育点开园\n\n"
                     "本报讯（通讯员 蒙蒙）4月15日，西坡街道首个嵌入式托育点在槐荫里社区开园。\n\n"
                     "托育点设在社区综合服务中心二层，面积约600平方米。\n";
  tb_issue *issue = parse_markdown(text);
  assert_int_equal(issue->article_count, 1);
  assert_string_equal(issue->articles[0].headline, "西坡街道嵌入式托育点开园");
  assert_int_equal(issue->articles[0].subheadlines.count, 1);
  tb_issue_free(issue);
}

/* ---- whole pages in the styles of other converters ------------------------------------------ */

/* MinerU writes every title as "# …": kicker, title, subtitle and a feature's crossheads alike. */
static void mineru_page_with_every_title_at_one_level(void **state) {
  (void)state;
  const char *text =
      "# 石桥周报\n"
      "\n"
      "2027年5月4日 星期二 第18期\n"
      "\n"
      "# 石桥区启动老旧小区加装电梯三年行动\n"
      "\n"
      "# 今年计划完成加装120部\n"
      "\n"
      "本报讯（记者 "
      "周原）4月29日，石桥区召开老旧小区加装电梯工作推进会，发布三年行动方案，计划到2029年底累计完"
      "成加装电梯400部，今年先完成120部。\n"
      "\n"
      "方案提出，区里将简化审批流程，推行“一站式”联合审批，加装电梯项目从申请到开工的时间压缩到60天"
      "以内。对符合条件的项目，区财政按每部电梯24万元的标准给予补贴。\n"
      "\n"
      "区住建委相关负责人介绍，去年全区已有46个单元完成加装电梯，惠及居民1300余户。\n"
      "\n"
      "![](images/3f2a9c1d.jpg)\n"
      "\n"
      "居民乘坐新装的电梯出行。\n"
      "\n"
      "# 河畔绿道全线贯通\n"
      "\n"
      "本报讯（记者 吴霜）5月1日，石桥区滨河绿道全线贯通，全长18公里，串联起沿河7个公园。\n"
      "\n"
      "绿道沿线设置了12处驿站，提供休息、饮水和自行车维修服务。节假日期间，每天有上万名市民到绿道骑"
      "行、散步。\n"
      "\n"
      "# 小菜园里的“大学问”\n"
      "\n"
      "# ——记东坡社区“共享菜园”\n"
      "\n"
      "文/本报记者 许攸\n"
      "\n"
      "东坡社区的“共享菜园”藏在两栋居民楼之间，面积不到300平方米，却种着20多种蔬菜。\n"
      "\n"
      "# 一块地分给30户\n"
      "\n"
      "菜园建成后，社区把地块划成30小块，通过抽签分给报名的居民。每户每年交100元管理费，用于购买种"
      "子和农具。\n"
      "\n"
      "# 孩子们的自然课堂\n"
      "\n"
      "周末，不少家长带着孩子来菜园浇水、拔草。社区还请来农业专家，给孩子们讲蔬菜的生长知识。\n"
      "\n"
      "“以前孩子以为菜是超市里长出来的，现在知道了一粒种子要长多久才能上餐桌。”居民刘女士说。\n";
  tb_issue *issue = parse_markdown(text);
  assert_int_equal(issue->article_count, 3);
  const tb_article *lead = find_article(issue, "石桥区启动老旧小区加装电梯三年行动");
  assert_int_equal(lead->paragraphs.count, 3);
  assert_int_equal(lead->captions.count, 1);
  find_article(issue, "河畔绿道全线贯通");
  /* the feature's "# " crossheads stand between its paragraphs, not over stories of their own */
  const tb_article *feature = find_article(issue, "小菜园里的“大学问”");
  assert_int_equal(feature->crosshead_count, 2);
  assert_string_equal(feature->crossheads[0].text, "一块地分给30户");
  assert_int_equal(feature->paragraphs.count, 4);
  tb_issue_free(issue);
}

/* pymupdf4llm: titles bold inside headings, a bold dateline, a paragraph cut at a column break,
 * a bold caption under a picture, bold crossheads, a page number and a rule at the page's end. */
static void pymupdf4llm_page_with_bold_caption(void **state) {
  (void)state;
  const char *text =
      "**石桥周报** 2027年5月4日 第2版 社会\n"
      "\n"
      "## **城东社区食堂开进老小区**\n"
      "\n"
      "**本报讯**（记者 "
      "周原）4月30日，城东街道第三家社区食堂在桃园里小区开门营业，每天供应早午晚三餐，老年人就餐可"
      "享受八折优惠。\n"
      "\n"
      "食堂由社区闲置的自行车棚改建而成，面积约200平方米，可同时容纳60人就餐。午餐一荤两素一汤12元"
      "，居民还可以通过小程序预订，\n"
      "\n"
      "由志愿者送餐上门。\n"
      "\n"
      "开业当天，不少老人早早就来排队。“饭菜咸淡正合适，价钱也实在。”78岁的居民孙大爷说。\n"
      "\n"
      "![](shiqiao-2027-05-04.pdf-1-0.png)\n"
      "\n"
      "**小区居民在社区食堂就餐。**\n"
      "\n"
      "### **“家门口”的图书角**\n"
      "\n"
      "文/本报记者 许攸\n"
      "\n"
      "傍晚六点，桃园里小区的“共享书屋”里坐满了放学的孩子。书屋只有30平方米，却摆着3000多册图书。\n"
      "\n"
      "**书从哪里来**\n"
      "\n"
      "书屋的书大多是居民捐的。社区在每栋楼下放了捐书箱，半年时间就收到了2000多本书。\n"
      "\n"
      "**谁来管书屋**\n"
      "\n"
      "书屋没有专职管理员，由12名退休居民轮流值班，负责借还登记和整理书架。\n"
      "\n"
      "2\n"
      "\n"
      "-----\n"
      "\n";
  tb_issue *issue = parse_markdown(text);
  assert_int_equal(issue->article_count, 2);
  const tb_article *news = find_article(issue, "城东社区食堂开进老小区");
  assert_int_equal(news->paragraphs.count, 3);
  assert_int_equal(news->captions.count, 1);
  assert_string_equal(news->captions.items[0], "小区居民在社区食堂就餐。");
  assert_non_null(strstr(news->paragraphs.items[1], "小程序预订，由志愿者送餐上门。"));
  const tb_article *feature = find_article(issue, "“家门口”的图书角");
  assert_int_equal(feature->crosshead_count, 2);
  assert_int_equal(feature->paragraphs.count, 3);
  tb_issue_free(issue);
}

/* docling: every heading "## …" (masthead and page label too), "<!-- image -->" where a picture
 * was, list items numbered inside bullets, a column's name as high as the title under it, a
 * notice whose intro ends in "：". */
static void docling_page_with_image_comments_and_one_heading_level(void **state) {
  (void)state;
  const char *text =
      "## 石桥周报\n"
      "\n"
      "2027年5月4日 星期二 第18期 本期4版\n"
      "\n"
      "## 第3版 民生\n"
      "\n"
      "## 夏季用电高峰将至 供电部门提醒安全用电\n"
      "\n"
      "本报讯（记者 "
      "吴霜）随着气温升高，全区用电负荷持续攀升。区供电公司提醒居民，夏季用电要注意以下几点：\n"
      "\n"
      "- 1. 不私拉乱接电线，不在楼道内给电动自行车充电。\n"
      "- 2. 空调温度不宜低于26℃，外出时及时关闭电器电源。\n"
      "- 3. 发现电线老化、破损，及时联系物业或供电部门维修。\n"
      "\n"
      "如遇停电，可拨打供电服务热线95598咨询。\n"
      "\n"
      "<!-- image -->\n"
      "\n"
      "供电公司工作人员入户检查线路。\n"
      "\n"
      "## 石桥区公共自行车新增投放500辆\n"
      "\n"
      "本报讯（记者 "
      "周原）5月2日起，石桥区在地铁站、公交枢纽周边新增投放公共自行车500辆，新建租赁点20个。\n"
      "\n"
      "市民使用交通卡或手机扫码即可租车，首小时免费。\n"
      "\n"
      "（记者 周原）\n"
      "\n"
      "## 石桥论坛\n"
      "\n"
      "## 让“家门口”的服务更贴心\n"
      "\n"
      "社区食堂、共享书屋、便民维修点，这些小设施看似不起眼，却实实在在方便了居民生活。\n"
      "\n"
      "办好这些小事，关键是听居民的。设施建在哪里、怎么收费、谁来管理，都应该让居民说了算。\n"
      "\n"
      "## 石桥区卫生健康委员会关于开展免费健康体检的通知\n"
      "\n"
      "为做好老年人健康管理工作，现将有关事项通知如下：\n"
      "\n"
      "一、体检对象为本区户籍65周岁以上老年人。\n"
      "\n"
      "二、体检时间为5月10日至6月30日。\n"
      "\n"
      "石桥区卫生健康委员会\n"
      "\n"
      "2027年5月3日\n";
  tb_issue *issue = parse_markdown(text);
  assert_int_equal(issue->article_count, 4);
  const tb_article *power = find_article(issue, "夏季用电高峰将至 供电部门提醒安全用电");
  assert_int_equal(power->paragraphs.count, 5);
  assert_int_equal(power->captions.count, 1);
  const tb_article *forum = find_article(issue, "让“家门口”的服务更贴心");
  assert_int_equal(forum->subheadlines.count, 1);
  assert_string_equal(forum->subheadlines.items[0], "石桥论坛");
  const tb_article *notice = find_article(issue, "石桥区卫生健康委员会关于开展免费健康体检的通知");
  assert_int_equal(notice->subheadlines.count, 0);
  assert_int_equal(notice->paragraphs.count, 5);
  assert_string_equal(notice->paragraphs.items[0],
                      "为做好老年人健康管理工作，现将有关事项通知如下：");
  tb_issue_free(issue);
}

/* pandoc from a Word file: setext headings, a bookmark as an empty bracketed span, a heading's
 * identifier and class in braces, a backslash line break, a bold subtitle. */
static void pandoc_page_with_spans_and_heading_attributes(void **state) {
  (void)state;
  const char *text =
      "石桥周报\n"
      "========\n"
      "\n"
      "2027年5月4日 星期二 第18期\n"
      "\n"
      "[]{#_Toc101 .anchor}城东社区食堂开进老小区\n"
      "------------------------------------------\n"
      "\n"
      "本报讯（记者 周原）4月30日，城东街道第三家社区食堂在桃园里小区开门营业，\\\n"
      "每天供应早午晚三餐，老年人就餐可享受八折优惠。\n"
      "\n"
      "食堂由社区闲置的自行车棚改建而成，面积约200平方米，可同时容纳60人就餐。\n"
      "\n"
      "### 河畔绿道全线贯通 {#河畔绿道全线贯通 .unnumbered}\n"
      "\n"
      "**全长18公里串联7个公园**\n"
      "\n"
      "本报讯（记者 吴霜）5月1日，石桥区滨河绿道全线贯通，全长18公里，串联起沿河7个公园。\n"
      "\n"
      "绿道沿线设置了12处驿站，提供休息、饮水和自行车维修服务。\n";
  tb_llines L;
  tb_layout_markdown_lines(text, &L);
  assert_false(any_line_contains(&L, "{"));
  assert_false(any_line_contains(&L, "[]"));
  tb_layout_lines_free(&L);
  tb_issue *issue = parse_markdown(text);
  assert_int_equal(issue->article_count, 2);
  const tb_article *a = find_article(issue, "城东社区食堂开进老小区");
  assert_int_equal(a->paragraphs.count, 2);
  assert_non_null(strstr(a->paragraphs.items[0], "营业，每天供应"));
  const tb_article *b = find_article(issue, "河畔绿道全线贯通");
  assert_int_equal(b->subheadlines.count, 1);
  assert_string_equal(b->subheadlines.items[0], "全长18公里串联7个公园");
  tb_issue_free(issue);
}

/* A page's number at its foot: "- 2 -" (read by CommonMark as a list of one item), "— 3 —",
 * "第4页" or a number alone is no text and parts pages; a real one-item list stays text. */
static void page_number_blocks_part_pages(void **state) {
  (void)state;
  const char *text = "# 河湾区举办春季招聘会\n\n"
                     "本报讯（记者 安禾）4月2日，河湾区春季招聘会在区体育馆举行。\n\n"
                     "现场共有120家企业提供岗位3000余个。\n\n"
                     "- 2 -\n\n---\n\n"
                     "河湾区图书馆延长开放时间\n\n"
                     "即日起，区图书馆每天开放至晚上九点，周末照常开放。\n\n"
                     "— 3 —\n\n"
                     "第4页\n\n"
                     "12\n\n"
                     "- 报名请带身份证\n";
  tb_llines L;
  tb_layout_markdown_lines(text, &L);
  assert_false(any_line_contains(&L, "2 -"));
  assert_false(any_line_contains(&L, "—"));
  assert_false(any_line_contains(&L, "第4页"));
  assert_int_equal(find_line(&L, "12"), -1);
  assert_true(find_line(&L, "报名请带身份证") >= 0);
  long title = find_line(&L, "河湾区图书馆延长开放时间");
  assert_true(title >= 0);
  tb_layout_lines_free(&L);
  tb_issue *issue = parse_markdown(text);
  const tb_article *fair = find_article(issue, "河湾区举办春季招聘会");
  assert_int_equal(fair->paragraphs.count, 2);
  assert_string_equal(fair->paragraphs.items[1], "现场共有120家企业提供岗位3000余个。");
  tb_issue_free(issue);
}

/* A notice issued jointly: each issuer on a line of its own over the date, all of them its last
 * paragraphs, and the notice a story of its own under its bold title after a commentary. */
static void joint_notice_signers_are_its_last_paragraphs(void **state) {
  (void)state;
  const char *text = "#### 河湾时评\n\n"
                     "## 老旧小区加装电梯要多听民意\n\n"
                     "加装电梯是好事，可低层住户的顾虑也要认真对待。\n\n"
                     "只有把各方意见都听进去，好事才能办好。\n\n"
                     "**关于河湾大桥夜间限行的公告**\n\n"
                     "因河湾大桥检修需要，现将有关事项公告如下：\n\n"
                     "一、限行时间：每日22时至次日5时。\n\n"
                     "二、限行期间，车辆请绕行滨河路。\n\n"
                     "河湾区交通运输局\n\n"
                     "河湾区公安分局交通支队\n\n"
                     "2027年6月1日\n";
  tb_issue *issue = parse_markdown(text);
  assert_int_equal(issue->article_count, 2);
  const tb_article *comment = find_article(issue, "老旧小区加装电梯要多听民意");
  assert_int_equal(comment->paragraphs.count, 2);
  const tb_article *notice = find_article(issue, "关于河湾大桥夜间限行的公告");
  assert_int_equal(notice->paragraphs.count, 6);
  assert_string_equal(notice->paragraphs.items[3], "河湾区交通运输局");
  assert_string_equal(notice->paragraphs.items[4], "河湾区公安分局交通支队");
  assert_string_equal(notice->paragraphs.items[5], "2027年6月1日");
  tb_issue_free(issue);
}

/* Levels by font size: a feature's crossheads set larger than its title (one after a picture's
 * caption) stay its crossheads; a short story after it at that level, whose text signs off with
 * its writer, is a story of its own. */
static void feature_crossheads_set_larger_than_its_title(void **state) {
  (void)state;
  const char *text =
      "### 守了三十年的渡口\n\n"
      "#### ——记河湾村摆渡人老周\n\n"
      "记者 安禾\n\n"
      "河湾村的渡口在大河拐弯的地方，老周在这里摆渡已经三十年了。\n\n"
      "## 一条船一家人\n\n"
      "老周的船是父亲留下的，船身修了又修，桨换过好几副，至今每天还要往返二十多趟。\n\n"
      "![](images/0f3a9c.jpg)\n\n"
      "老周在渡口等候乘客。\n\n"
      "## 大桥通了以后\n\n"
      "去年大桥通车，坐船的人少了，老周却还守着渡口，接送赶早集的老人和放学的孩子。\n\n"
      "## 河湾区开展防溺水宣传\n\n"
      "暑期将至，区教育局组织各校开展防溺水安全教育。（记者 安禾）\n";
  tb_issue *issue = parse_markdown(text);
  assert_int_equal(issue->article_count, 2);
  const tb_article *feature = find_article(issue, "守了三十年的渡口");
  assert_int_equal(feature->crosshead_count, 2);
  assert_int_equal(feature->paragraphs.count, 3);
  find_article(issue, "河湾区开展防溺水宣传");
  tb_issue_free(issue);
}

/* A jump after a finished sentence: the continued part, a block the converter wrote apart, is a
 * paragraph of its own (the marker glued to its start); one broken off mid-sentence joins. */
static void jump_after_a_full_stop_starts_a_paragraph(void **state) {
  (void)state;
  const char text[] = "## 河湾区老旧小区改造全面开工\n\n"
                      "本报讯（记者 安禾）6月1日，河湾区今年的老旧小区改造项目全面开工。\n\n"
                      "改造将同步加装电梯、更换管线，让老住户住得更舒心。\n\n"
                      "（下转第3版）\n\n"
                      "## 河湾区举办端午民俗展\n\n"
                      "本报讯（记者 白露）展览展出香囊、龙舟模型等民俗作品两百余件。\n\n"
                      "### 河湾区老旧小区改造全面开工\n\n"
                      "（上接第1版）施工期间，社区将设立工作站，随时听取居民意见。\n\n"
                      "项目计划年底前全部完工。\n";
  tb_issue *issue = parse_markdown(text);
  assert_int_equal(issue->article_count, 2);
  const tb_article *a = find_article(issue, "河湾区老旧小区改造全面开工");
  assert_true(a->continued);
  assert_int_equal(a->paragraphs.count, 4);
  assert_string_equal(a->paragraphs.items[1], "改造将同步加装电梯、更换管线，让老住户住得更舒心。");
  assert_string_equal(a->paragraphs.items[2], "施工期间，社区将设立工作站，随时听取居民意见。");
  tb_issue_free(issue);
}

/* A kicker set larger than its title shares a word with the text by chance; the title is told
 * almost word for word by the first paragraph, which a column break split in two. */
static void kicker_larger_than_a_title_the_split_text_tells(void **state) {
  (void)state;
  const char *text = "### “文化河湾”系列\n\n"
                     "#### 社区书屋年内增至60家\n\n"
                     "本报讯（记者 白露）记者从区文化和旅游局获悉，今年全区将新建社区书屋15家，\n\n"
                     "预计社区书屋年内增至60家，书屋藏书总量超过30万册。\n\n"
                     "书屋由社区志愿者管理，每天开放不少于8小时。\n";
  tb_issue *issue = parse_markdown(text);
  assert_int_equal(issue->article_count, 1);
  const tb_article *a = &issue->articles[0];
  assert_string_equal(a->headline, "社区书屋年内增至60家");
  assert_int_equal(a->subheadlines.count, 1);
  assert_string_equal(a->subheadlines.items[0], "“文化河湾”系列");
  assert_int_equal(a->paragraphs.count, 2);
  tb_issue_free(issue);
}

/* "文｜X" (bold, plain or made a heading) under a commentary's title names its writer: the
 * byline, not a subtitle and not text. */
static void writer_line_with_a_bar_is_the_byline(void **state) {
  (void)state;
  const char *text = "#### 河湾时评\n\n"
                     "## 垃圾分类贵在坚持\n\n"
                     "**文｜白露**\n\n"
                     "垃圾分类推行两年，小区里的分类桶越来越整齐，居民的习惯也在慢慢养成。\n\n"
                     "好习惯的养成没有捷径，需要一天天坚持下去。\n\n"
                     "## 夜市不能只有烟火气\n\n"
                     "##### 文 | 安禾\n\n"
                     "夜市热闹起来了，油烟、噪音和垃圾的问题也随之而来。\n";
  tb_issue *issue = parse_markdown(text);
  assert_int_equal(issue->article_count, 2);
  const tb_article *a = find_article(issue, "垃圾分类贵在坚持");
  assert_non_null(a->byline);
  assert_string_equal(a->byline, "文｜白露");
  assert_int_equal(a->subheadlines.count, 1);
  assert_int_equal(a->paragraphs.count, 2);
  const tb_article *b = find_article(issue, "夜市不能只有烟火气");
  assert_non_null(b->byline);
  assert_string_equal(b->byline, "文 | 安禾");
  assert_int_equal(b->subheadlines.count, 0);
  tb_issue_free(issue);
}

/* A title a converter wrote as two headings of one level: cut inside a quotation, or after a
 * word that needs what follows, the halves are one title; a kicker over a title is not joined. */
static void title_split_over_two_headings_is_joined(void **state) {
  (void)state;
  const char *text =
      "## 河湾区启动“十五分钟\n\n"
      "## 便民生活圈”建设\n\n"
      "本报讯（记者 安禾）河湾区日前启动十五分钟便民生活圈建设，年内新建便民网点40个。\n\n"
      "## 区政协委员走进社区听取居民对\n\n"
      "## 老旧小区改造的意见\n\n"
      "本报讯（记者 白露）6月3日，区政协委员走进东湖社区，听取居民意见建议。\n\n"
      "## 聚焦民生实事\n\n"
      "## 河湾区新建三所幼儿园\n\n"
      "本报讯（记者 安禾）今年河湾区新建的三所幼儿园将于9月开园，新增学位900个。\n";
  tb_llines L;
  tb_layout_markdown_lines(text, &L);
  assert_true(find_line(&L, "河湾区启动“十五分钟便民生活圈”建设") >= 0);
  assert_true(find_line(&L, "区政协委员走进社区听取居民对老旧小区改造的意见") >= 0);
  assert_true(find_line(&L, "聚焦民生实事") >= 0);
  tb_layout_lines_free(&L);
  tb_issue *issue = parse_markdown(text);
  assert_int_equal(issue->article_count, 3);
  find_article(issue, "河湾区启动“十五分钟便民生活圈”建设");
  find_article(issue, "区政协委员走进社区听取居民对老旧小区改造的意见");
  const tb_article *kindergarten = find_article(issue, "河湾区新建三所幼儿园");
  assert_int_equal(kindergarten->subheadlines.count, 1);
  tb_issue_free(issue);
}

/* pymupdf4llm: bold inside the heading marks, a picture left out ("==> picture … intentionally
 * omitted <==") with the words printed in it, cutting a paragraph in two, "-----" page breaks, a
 * running head and a bold title on the next page. */
static void pymupdf4llm_page_with_picture_stand_ins(void **state) {
  (void)state;
  const char *text =
      "**河湾周报** **2027年6月8日** **第23期**\n\n"
      "# **河湾区夏粮收购全面启动**\n\n"
      "**本报讯**（记者 安禾）6月5日，河湾区夏粮收购工作全面启动。今年全区设收购网点\n"
      "18个，预计收购小麦3.5万吨。\n\n"
      "收购期间，各网点实行“先检后收、优质优价”，农户可通过手机预约售粮，\n\n"
      "**==> picture [320 x 180] intentionally omitted <==**\n\n"
      "**----- Start of picture text -----**<br>\n"
      "优质优价<br>**----- End of picture text -----**<br>\n\n"
      "减少排队等候时间。\n\n"
      "-----\n\n"
      "河湾周报 2027年6月8日 第2版\n\n"
      "**河湾区开展防汛应急演练**\n\n"
      "6月4日，区防汛指挥部在河湾大堤开展防汛应急演练，300余名队员参加。（记者 安禾）\n\n"
      "-----\n";
  tb_llines L;
  tb_layout_markdown_lines(text, &L);
  assert_false(any_line_contains(&L, "picture"));
  assert_false(any_line_contains(&L, "==>"));
  tb_layout_lines_free(&L);
  tb_issue *issue = parse_markdown(text);
  assert_int_equal(issue->article_count, 2);
  const tb_article *grain = find_article(issue, "河湾区夏粮收购全面启动");
  assert_int_equal(grain->paragraphs.count, 2);
  assert_string_equal(grain->paragraphs.items[1],
                      "收购期间，各网点实行“先检后收、优质优价”，农户可通过手机预约售粮，"
                      "减少排队等候时间。");
  const tb_article *drill = find_article(issue, "河湾区开展防汛应急演练");
  assert_int_equal(drill->paragraphs.count, 1);
  tb_issue_free(issue);
}

/* A title left as a plain line right under a photo story whose caption ends with the glued
 * credit: the caption closed a text, so the line is the next story's title, and a deeper
 * heading after that story opens one more. */
static void plain_title_after_a_credited_caption_is_a_heading(void **state) {
  (void)state;
  const char *text =
      "## 荷花映日别样红\n\n"
      "![](images/9d2e4b7a.jpg)\n\n"
      "6月18日，东湖公园的荷花竞相开放，吸引市民前来赏花。（记者 白露 摄）\n\n"
      "河湾区开出首家“共享书房”\n\n"
      "本报讯（记者 安禾）6月15日，河湾区首家共享书房在东湖社区开放，藏书5000余册。\n\n"
      "书房实行扫码借阅，居民可24小时自助进出。\n\n"
      "##### 区残联为残疾人免费适配辅具\n\n"
      "6月14日，区残联在区康复中心为120名残疾人免费适配轮椅、助听器等辅具。\n\n"
      "活动现场还开展了康复咨询。（记者 白露）\n";
  tb_llines L;
  tb_layout_markdown_lines(text, &L);
  long title = find_line(&L, "河湾区开出首家“共享书房”");
  assert_true(title >= 0);
  assert_int_equal(L.items[title].kind, TB_LINE_HEADING);
  tb_layout_lines_free(&L);
  tb_issue *issue = parse_markdown(text);
  assert_int_equal(issue->article_count, 3);
  assert_int_equal(find_article(issue, "河湾区开出首家“共享书房”")->paragraphs.count, 2);
  assert_int_equal(find_article(issue, "区残联为残疾人免费适配辅具")->paragraphs.count, 2);
  tb_issue_free(issue);
}

/* A feature with no subtitle, its writer named on a credit line for text and pictures ("记者 X
 * 文/摄"): its crossheads, set larger than its title, stay in it. */
static void feature_signed_text_and_pictures_keeps_larger_crossheads(void **state) {
  (void)state;
  const char *text = "### 山里来了年轻人\n\n"
                     "记者 白露 文/摄\n\n"
                     "东湖村在大山深处，过去年轻人都往外走，如今却有人回来了。\n\n"
                     "## 回乡开民宿\n\n"
                     "去年春天，在城里工作了八年的小何辞职回村，把老屋改成了民宿。\n\n"
                     "## 带着乡亲一起干\n\n"
                     "民宿的客人多了，小何又带着乡亲们卖起了山货，今年已经卖出两万多斤。\n";
  tb_issue *issue = parse_markdown(text);
  assert_int_equal(issue->article_count, 1);
  const tb_article *a = &issue->articles[0];
  assert_string_equal(a->headline, "山里来了年轻人");
  assert_int_equal(a->crosshead_count, 2);
  assert_int_equal(a->paragraphs.count, 3);
  tb_issue_free(issue);
}

/* Every title at one level: a feature's italic "——" subtitle and writer's line, its first
 * numbered crosshead right under the writer's line, and after its numbered crossheads a
 * heading with no number, which opens the next story (no rule between). */
static void numbered_crossheads_of_a_feature_at_the_title_level(void **state) {
  (void)state;
  const char *text = "# 一座老厂房的新生\n\n"
                     "*——河湾区文创园改造记*\n\n"
                     "*文/本报记者 白露*\n\n"
                     "# 一、厂房不拆了\n\n"
                     "河湾机械厂停产以后，厂房空了十多年，一度打算拆掉建住宅。\n\n"
                     "# 二、年轻人来了\n\n"
                     "改造后的文创园引来了设计工作室、书店和咖啡馆，每到周末游人如织。\n\n"
                     "# 暑期河湾区图书馆开放安排\n\n"
                     "暑期区图书馆每天开放至晚上九点，周一闭馆，少儿阅览室增设自习座位。\n";
  tb_issue *issue = parse_markdown(text);
  assert_int_equal(issue->article_count, 2);
  const tb_article *feature = find_article(issue, "一座老厂房的新生");
  assert_int_equal(feature->crosshead_count, 2);
  assert_int_equal(feature->paragraphs.count, 2);
  assert_int_equal(find_article(issue, "暑期河湾区图书馆开放安排")->paragraphs.count, 1);
  tb_issue_free(issue);
}

/* A converter that sets every title in bold, no heading marks: a quotation set as large as the
 * story's bold title, which the text around it repeats, is a pull quote, not a new story. */
static void bold_pull_quote_in_an_all_bold_page_is_furniture(void **state) {
  (void)state;
  const char *text =
      "**河湾区社区食堂开到家门口**\n\n"
      "本报讯（记者 安禾）6月8日，河湾区第十家社区食堂在西岭社区开业。\n\n"
      "**“让老人吃上热乎的家常饭”**\n\n"
      "社区主任说：“让老人吃上热乎的家常饭，是我们最大的心愿。”食堂每天供应三餐。\n\n"
      "60岁以上老人就餐可享受八折优惠。\n";
  tb_issue *issue = parse_markdown(text);
  assert_int_equal(issue->article_count, 1);
  const tb_article *a = find_article(issue, "河湾区社区食堂开到家门口");
  assert_int_equal(a->paragraphs.count, 3);
  assert_int_equal(a->crosshead_count, 0);
  tb_issue_free(issue);
}

/* A converter sized a story's first paragraph into a heading, right under the writer's line or
 * the title: a finished sentence longer than any title is text there too. */
static void long_first_paragraph_made_a_heading_is_text(void **state) {
  (void)state;
  const char *text = "## 一座桥和一个村\n\n"
                     "本报记者 白露\n\n"
                     "### "
                     "东湖村在大河北岸，过去村里人进城要坐渡船，遇上涨水天，渡船一停就是好几天，村"
                     "民们只能望河兴叹。\n\n"
                     "去年大桥通车，从村里开车进城只要二十分钟。\n\n"
                     "# 垃圾分类贵在坚持\n\n"
                     "## "
                     "垃圾分类推行两年，小区里的分类桶越来越整齐，楼道里的杂物少了，居民们的分类习"
                     "惯也在慢慢养成。\n\n"
                     "好习惯的养成没有捷径，需要一天天坚持下去。\n";
  tb_issue *issue = parse_markdown(text);
  assert_int_equal(issue->article_count, 2);
  assert_int_equal(find_article(issue, "一座桥和一个村")->paragraphs.count, 2);
  const tb_article *b = find_article(issue, "垃圾分类贵在坚持");
  assert_int_equal(b->paragraphs.count, 2);
  assert_int_equal(b->subheadlines.count, 0);
  tb_issue_free(issue);
}

/* docling: every title at "##", numbered items written as bullets ("- 1. …"), a picture as
 * "<!-- image -->" with its caption, and a notice whose issuer is set over its "关于…" title. */
static void docling_notice_with_its_issuer_over_the_title(void **state) {
  (void)state;
  const char *text = "## 河湾周报\n\n"
                     "2027年6月29日 星期二 第26期\n\n"
                     "## 河湾区发布防暑降温提示\n\n"
                     "本报讯（记者 安禾）近日，区气象局预计下周最高气温将达38℃。"
                     "区应急管理局提醒市民做好防暑降温：\n\n"
                     "- 1. 尽量避免在中午前后外出；\n"
                     "- 2. 外出时做好防晒，及时补充水分。\n\n"
                     "<!-- image -->\n\n"
                     "环卫工人在高温下清扫街道。\n\n"
                     "## 河湾区消费者协会\n\n"
                     "## 关于防范夏季消费陷阱的提示\n\n"
                     "夏季是旅游、餐饮消费旺季，消费者要注意以下事项：\n\n"
                     "- 一、选择正规旅行社，签订书面合同；\n"
                     "- 二、外出就餐注意食品安全，索要发票。\n\n"
                     "河湾区消费者协会\n\n"
                     "2027年6月25日\n";
  tb_issue *issue = parse_markdown(text);
  assert_int_equal(issue->article_count, 2);
  const tb_article *heat = find_article(issue, "河湾区发布防暑降温提示");
  assert_int_equal(heat->paragraphs.count, 3);
  assert_int_equal(heat->captions.count, 1);
  const tb_article *notice = find_article(issue, "关于防范夏季消费陷阱的提示");
  assert_int_equal(notice->subheadlines.count, 1);
  assert_string_equal(notice->subheadlines.items[0], "河湾区消费者协会");
  assert_int_equal(notice->paragraphs.count, 5);
  assert_string_equal(notice->paragraphs.items[4], "2027年6月25日");
  tb_issue_free(issue);
}

/* MinerU: every block a "#" heading or a paragraph, a picture named by its hash with the caption
 * on the next line, an HTML table, a page's foot "第 1 页 共 2 页" and the next page's running
 * head set as a heading: the head and foot part pages, the feature keeps its crossheads. */
static void mineru_pages_with_running_heads_and_page_feet(void **state) {
  (void)state;
  const char *text =
      "# 河湾周报\n\n"
      "# 2027年6月22日 星期二 第25期\n\n"
      "# 河湾区启动暑期托管服务\n\n"
      "本报讯（记者 安禾）6月20日，河湾区暑期托管服务报名启动，全区28所小学开设托管班。\n\n"
      "![](images/3b9e1f0c2a7d46e8b1c5.jpg)  \n"
      "图为学生在托管班里读书。\n\n"
      "<table><tr><td>托管时间</td><td>7月12日至8月20日</td></tr></table>\n\n"
      "第 1 页 共 2 页\n\n"
      "# 河湾周报 2027年6月22日 第2版\n\n"
      "# 让老手艺走进新课堂\n\n"
      "记者 白露\n\n"
      "剪纸、面塑、竹编，这些老手艺如今走进了河湾区的中小学课堂。\n\n"
      "# 一堂剪纸课\n\n"
      "东湖小学的剪纸课上，孩子们跟着老师一刀一刀剪出窗花。\n\n"
      "# 老艺人当上“校外辅导员”\n\n"
      "区里聘请了12位老艺人担任校外辅导员，每周到学校上课。\n\n"
      "第 2 页 共 2 页\n";
  tb_issue *issue = parse_markdown(text);
  assert_string_equal(issue->publication, "河湾周报");
  assert_int_equal(issue->article_count, 2);
  const tb_article *care = find_article(issue, "河湾区启动暑期托管服务");
  assert_int_equal(care->paragraphs.count, 1);
  assert_int_equal(care->captions.count, 1);
  const tb_article *craft = find_article(issue, "让老手艺走进新课堂");
  assert_int_equal(craft->crosshead_count, 2);
  assert_int_equal(craft->paragraphs.count, 3);
  for (size_t i = 0; i < craft->paragraphs.count; i++)
    assert_null(strstr(craft->paragraphs.items[i], "页"));
  tb_issue_free(issue);
}

/* Every title at one level: a feature's subtitle set as plain text (no dash) over its bold
 * writer's line still marks a feature, whose crossheads at the title's level stay in it. */
static void plain_subtitle_over_the_writer_marks_a_feature(void **state) {
  (void)state;
  const char *text = "# 河湾区首家“共享厨房”开张\n"
                     "居民自带食材 厨具灶台免费用\n\n"
                     "**本报记者 白露**\n\n"
                     "6月20日，东湖社区的共享厨房开张了，不少居民一早就拎着菜来排队。\n\n"
                     "# 灶台按时段预约\n\n"
                     "厨房设有六个灶台，居民通过社区小程序预约，每次可用两小时。\n\n"
                     "# 志愿者轮流值守\n\n"
                     "厨房由社区志愿者轮流值守，负责安全检查和卫生清洁。\n";
  tb_issue *issue = parse_markdown(text);
  assert_int_equal(issue->article_count, 1);
  const tb_article *a = &issue->articles[0];
  assert_string_equal(a->headline, "河湾区首家“共享厨房”开张");
  assert_int_equal(a->crosshead_count, 2);
  assert_int_equal(a->paragraphs.count, 3);
  tb_issue_free(issue);
}

/* A feature's title set smaller than the story before it, with a plain subtitle and then its
 * writer's line under it: a story of its own, not a crosshead of the one above, and its
 * crossheads, set larger than its title, stay in it. */
static void deeper_title_over_a_subtitle_and_writer_opens_a_story(void **state) {
  (void)state;
  const char *text = "### 河湾区图书馆延长开放时间\n\n"
                     "本报讯（记者 安禾）即日起，区图书馆每天开放至晚上九点，周一闭馆。\n\n"
                     "##### 一位老园丁的四十年\n"
                     "守着公园的花木 也守着一份热爱\n\n"
                     "**本报记者 白露**\n\n"
                     "清晨五点，老郑就来到了公园，给花木浇水、修枝，这样的日子他过了四十年。\n\n"
                     "## 一把剪刀\n\n"
                     "老郑的工具包里有一把用了三十年的剪刀，刀口磨了又磨。\n\n"
                     "## 一本日记\n\n"
                     "“花草跟人一样，你对它好，它就长得好。”老郑在日记里写道。\n";
  tb_issue *issue = parse_markdown(text);
  assert_int_equal(issue->article_count, 2);
  assert_int_equal(find_article(issue, "河湾区图书馆延长开放时间")->paragraphs.count, 1);
  const tb_article *b = find_article(issue, "一位老园丁的四十年");
  assert_int_equal(b->paragraphs.count, 3);
  assert_int_equal(b->crosshead_count, 2);
  assert_non_null(b->byline);
  tb_issue_free(issue);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(soft_and_hard_breaks_stay_in_the_paragraph),
      cmocka_unit_test(comments_rules_and_page_labels_are_not_text),
      cmocka_unit_test(emphasis_marks_are_not_heard),
      cmocka_unit_test(bold_paragraph_is_a_title_below_headings),
      cmocka_unit_test(image_alt_is_dropped_and_its_caption_kept),
      cmocka_unit_test(quotes_and_code_give_their_text),
      cmocka_unit_test(front_matter_is_masthead),
      cmocka_unit_test(rule_opens_a_story_whatever_its_level),
      cmocka_unit_test(kicker_and_dash_subtitle_sit_around_the_title),
      cmocka_unit_test(section_label_over_briefs_is_no_headline),
      cmocka_unit_test(list_items_intro_and_signature_are_paragraphs),
      cmocka_unit_test(block_cut_mid_sentence_is_joined_again),
      cmocka_unit_test(editor_note_before_the_title_and_labelled_writer),
      cmocka_unit_test(jump_markers_join_the_parts),
      cmocka_unit_test(pipe_table_is_not_read),
      cmocka_unit_test(table_introduced_by_text_reads_row_by_row),
      cmocka_unit_test(hashes_without_space_before_a_wide_character_are_a_heading),
      cmocka_unit_test(page_label_in_chinese_numerals_and_numbered_crossheads),
      cmocka_unit_test(section_level_over_several_stories_is_no_headline),
      cmocka_unit_test(pull_quote_as_large_as_the_title_is_furniture),
      cmocka_unit_test(lead_in_sentence_made_a_heading_opens_its_paragraph),
      cmocka_unit_test(bold_lead_in_sentence_opens_its_paragraph),
      cmocka_unit_test(paginated_export_page_marker_is_no_text),
      cmocka_unit_test(short_plain_line_under_a_picture_in_a_story_is_its_caption),
      cmocka_unit_test(heading_larger_than_the_crossheads_opens_a_story),
      cmocka_unit_test(dateline_paragraph_made_a_heading_is_text),
      cmocka_unit_test(sentence_made_a_heading_between_paragraphs_is_text),
      cmocka_unit_test(bold_title_over_a_heading_subtitle_keeps_its_crossheads),
      cmocka_unit_test(heading_larger_than_the_subtitle_opens_a_story),
      cmocka_unit_test(plain_title_between_two_texts_is_a_heading),
      cmocka_unit_test(dash_subtitle_under_a_short_title_is_no_title),
      cmocka_unit_test(bold_or_commented_picture_caption_is_a_caption),
      cmocka_unit_test(column_name_as_high_as_its_title_is_no_title),
      cmocka_unit_test(intro_ending_in_a_colon_under_a_title_is_text),
      cmocka_unit_test(byline_caption_and_credit_made_headings_are_not_titles),
      cmocka_unit_test(plain_title_after_a_closing_byline_is_a_heading),
      cmocka_unit_test(piece_cut_before_a_column_break_is_no_title),
      cmocka_unit_test(long_kicker_set_larger_than_its_title_is_no_title),
      cmocka_unit_test(mineru_page_with_every_title_at_one_level),
      cmocka_unit_test(pymupdf4llm_page_with_bold_caption),
      cmocka_unit_test(docling_page_with_image_comments_and_one_heading_level),
      cmocka_unit_test(pandoc_page_with_spans_and_heading_attributes),
      cmocka_unit_test(page_number_blocks_part_pages),
      cmocka_unit_test(joint_notice_signers_are_its_last_paragraphs),
      cmocka_unit_test(feature_crossheads_set_larger_than_its_title),
      cmocka_unit_test(jump_after_a_full_stop_starts_a_paragraph),
      cmocka_unit_test(kicker_larger_than_a_title_the_split_text_tells),
      cmocka_unit_test(writer_line_with_a_bar_is_the_byline),
      cmocka_unit_test(title_split_over_two_headings_is_joined),
      cmocka_unit_test(pymupdf4llm_page_with_picture_stand_ins),
      cmocka_unit_test(plain_title_after_a_credited_caption_is_a_heading),
      cmocka_unit_test(feature_signed_text_and_pictures_keeps_larger_crossheads),
      cmocka_unit_test(numbered_crossheads_of_a_feature_at_the_title_level),
      cmocka_unit_test(bold_pull_quote_in_an_all_bold_page_is_furniture),
      cmocka_unit_test(long_first_paragraph_made_a_heading_is_text),
      cmocka_unit_test(docling_notice_with_its_issuer_over_the_title),
      cmocka_unit_test(mineru_pages_with_running_heads_and_page_feet),
      cmocka_unit_test(plain_subtitle_over_the_writer_marks_a_feature),
      cmocka_unit_test(deeper_title_over_a_subtitle_and_writer_opens_a_story),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
