/* Layout: every truth article of every fixture, and each heuristic on its own small input. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "layout/layout.h"
#include "layout/layout_internal.h"
#include "layout_parse.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- helpers ------------------------------------------------------------------------------- */

/* The comparison the truth files are made for: white space removed, full-width ASCII folded
 * (what NFKC does to these texts), wrap hyphens dropped. Caller frees. */
static char *norm(const char *s) {
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  size_t n = s ? strlen(s) : 0;
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    size_t used = tb_utf8_decode(s + i, n - i, &cp);
    if (!used) used = 1, cp = 0xFFFD;
    i += used;
    if (tb_is_space_cp(cp) || cp == '\t' || cp == '\n' || cp == 0x2043) continue;
    if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;
    tb_strbuf_put_codepoint(&sb, cp);
  }
  return tb_strbuf_take(&sb);
}

static char *joined(const tb_strlist *l) {
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  for (size_t i = 0; i < l->count; i++)
    tb_strbuf_puts(&sb, l->items[i]);
  char *n = norm(tb_strbuf_view(&sb));
  tb_strbuf_free(&sb);
  return n;
}

static bool para_in(const tb_article *a, const char *want) {
  char *w = norm(want);
  bool found = false;
  for (size_t i = 0; i < a->paragraphs.count && !found; i++) {
    char *p = norm(a->paragraphs.items[i]);
    found = strcmp(p, w) == 0;
    free(p);
  }
  free(w);
  return found;
}

/* ---- fixtures: every truth article ---------------------------------------------------------- */

static void check_fixture(const char *stem, const char *publication, const char *date,
                          const char *issue_no) {
  char *path = tb_xasprintf("%s/%s.txt", TB_TEST_FIXTURES, stem);
  char *truth_path = tb_xasprintf("%s/truth/%s.json", TB_TEST_FIXTURES, stem);
  tb_error err;
  tb_error_clear(&err);
  tb_source_doc *doc;
  assert_int_equal(tb_source_load_file(path, &doc, &err), TB_OK);
  tb_issue *issue;
  assert_int_equal(tb_layout_parse(doc, &issue, &err), TB_OK);
  tb_source_doc_free(doc);
  json_error_t jerr;
  json_t *truth = json_load_file(truth_path, 0, &jerr);
  assert_non_null(truth);

  if (publication)
    assert_string_equal(issue->publication, publication);
  else
    assert_null(issue->publication);
  if (date)
    assert_string_equal(issue->date, date);
  else
    assert_null(issue->date);
  if (issue_no)
    assert_string_equal(issue->issue_no, issue_no);
  else
    assert_null(issue->issue_no);

  bool *used = tb_xcalloc(issue->article_count + 1, sizeof(bool));
  size_t matched = 0, expected = 0;
  json_t *arts = json_object_get(truth, "articles");
  size_t ti;
  json_t *t;
  json_array_foreach(arts, ti, t) {
    const char *headline = json_string_value(json_object_get(t, "headline"));
    json_t *text = json_object_get(t, "text");
    tb_strbuf body;
    tb_strbuf_init(&body);
    size_t k;
    json_t *para;
    json_array_foreach(text, k, para) tb_strbuf_puts(&body, json_string_value(para));
    char *want = norm(tb_strbuf_view(&body));
    tb_strbuf_free(&body);
    /* the article whose body is exactly the truth's body (dateline kept in paragraph 1) */
    size_t found = (size_t)-1;
    for (size_t i = 0; i < issue->article_count && found == (size_t)-1; i++) {
      if (used[i]) continue;
      char *got = joined(&issue->articles[i].paragraphs);
      if (strcmp(got, want) == 0) found = i;
      free(got);
    }
    free(want);
    expected++;
    if (found == (size_t)-1) fail_msg("%s: article \"%s\" not recovered whole", stem, headline);
    used[found] = true;
    matched++;
    tb_article *a = &issue->articles[found];
    json_array_foreach(text, k, para) {
      if (!para_in(a, json_string_value(para)))
        fail_msg("%s: \"%s\": paragraph %zu differs", stem, headline, k + 1);
    }
    assert_int_equal(a->paragraphs.count, json_array_size(text));
    /* the headline is one of the truth's titles and the truth's headline is one of ours */
    char *th = norm(headline), *ph = norm(a->headline);
    bool ours_in_truth = strcmp(th, ph) == 0, theirs_in_ours = strcmp(th, ph) == 0;
    json_t *sub;
    json_array_foreach(json_object_get(t, "subheadlines"), k, sub) {
      char *s = norm(json_string_value(sub));
      if (strcmp(s, ph) == 0) ours_in_truth = true;
      free(s);
    }
    for (size_t j = 0; j < a->subheadlines.count; j++) {
      char *s = norm(a->subheadlines.items[j]);
      if (strcmp(s, th) == 0) theirs_in_ours = true;
      free(s);
    }
    if (!(ours_in_truth && theirs_in_ours))
      fail_msg("%s: \"%s\": headline given as \"%s\"", stem, headline, a->headline);
    free(th);
    free(ph);
  }
  /* nothing that is not an article is reported as one */
  assert_int_equal(issue->article_count, matched);
  assert_true(matched >= expected);
  free(used);
  json_decref(truth);
  tb_issue_free(issue);
  free(path);
  free(truth_path);
}

static void fixture_xindongcheng_front_pages(void **state) {
  (void)state;
  check_fixture("xindongcheng-2026-03-10", "新东城报", "2026-03-10", "总第1529期");
}

static void fixture_column_layout(void **state) {
  (void)state;
  check_fixture("xindongcheng-2025-02-column-layout", NULL, NULL, NULL);
}

static void fixture_markdown_extract(void **state) {
  (void)state;
  check_fixture("tongzhou-markdown-extract", NULL, NULL, NULL);
}

/* ---- cleaning ------------------------------------------------------------------------------ */

static void doubled_runs_are_undoubled(void **state) {
  (void)state;
  char *c = tb_layout_clean_line("DeepSeekDeepSeek发布后发布后，，中文在线供图中文在线供图");
  assert_string_equal(c, "DeepSeek发布后，中文在线供图");
  free(c);
  /* an ordinary line with one repeated word is left alone */
  c = tb_layout_clean_line("谢谢大家，，看看这里的变化");
  assert_string_equal(c, "谢谢大家，，看看这里的变化");
  free(c);
}

static void letter_spacing_is_closed_but_phrase_gaps_stay(void **state) {
  (void)state;
  char *c = tb_layout_clean_line("此 次 联 合 华 为 云 ，在 全 线");
  assert_string_equal(c, "此次联合华为云，在全线");
  free(c);
  c = tb_layout_clean_line("练就干事创业真本领 扛起担当作为硬责任");
  assert_string_equal(c, "练就干事创业真本领 扛起担当作为硬责任");
  free(c);
}

static void wrap_hyphen_and_cjk_joins(void **state) {
  (void)state;
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  tb_strbuf_puts(&sb, "上线“Deep\xE2\x81\x83");
  tb_layout_join_wrapped(&sb, "Seek-R1+联网搜索”");
  assert_string_equal(tb_strbuf_view(&sb), "上线“DeepSeek-R1+联网搜索”");
  tb_strbuf_clear(&sb);
  tb_strbuf_puts(&sb, "区委书记孙");
  tb_layout_join_wrapped(&sb, "新军");
  assert_string_equal(tb_strbuf_view(&sb), "区委书记孙新军");
  tb_strbuf_clear(&sb);
  tb_strbuf_puts(&sb, "“Smart Manufac-");
  tb_layout_join_wrapped(&sb, "turing”实训班");
  assert_string_equal(tb_strbuf_view(&sb), "“Smart Manufacturing”实训班");
  tb_strbuf_clear(&sb);
  tb_strbuf_puts(&sb, "COVID-");
  tb_layout_join_wrapped(&sb, "19疫苗");
  assert_string_equal(tb_strbuf_view(&sb), "COVID-19疫苗");
  tb_strbuf_clear(&sb);
  tb_strbuf_puts(&sb, "the quick");
  tb_layout_join_wrapped(&sb, "fox");
  assert_string_equal(tb_strbuf_view(&sb), "the quick fox");
  tb_strbuf_free(&sb);
}

/* ---- line patterns ------------------------------------------------------------------------- */

static void datelines_and_their_bylines(void **state) {
  (void)state;
  assert_true(tb_layout_is_dateline("本报讯 3月9日，区委书记"));
  assert_true(tb_layout_is_dateline("本报讯（记者 付敖蕾）日前"));
  assert_true(tb_layout_is_dateline("本报(记者 冯维静)参与大生产项目"));
  assert_true(tb_layout_is_dateline("新华社北京3月5日电 国务院总理"));
  assert_false(tb_layout_is_dateline("本报记者从区委了解到"));
  assert_false(tb_layout_is_dateline("区委书记孙新军"));
  char *by = tb_layout_dateline_byline("本报讯(记者 付敖蕾)日前，东城区");
  assert_string_equal(by, "本报讯(记者 付敖蕾)");
  free(by);
  assert_null(tb_layout_dateline_byline("本报讯 3月9日，区委书记"));
}

static void credits_and_bylines(void **state) {
  (void)state;
  tb_credit_kind k;
  const char *cap = "确保放学高峰时段孩子们的安全。 甘南 摄";
  long at = tb_layout_credit_tail(cap, &k);
  assert_true(at > 0);
  assert_int_equal(k, TB_CREDIT_PHOTO);
  assert_string_equal(cap + at, " 甘南 摄");
  assert_true(tb_layout_credit_tail("的应用落地。 文/记者 付敖蕾", &k) > 0);
  assert_int_equal(k, TB_CREDIT_TEXT);
  /* a body that supplied the text, bare or in brackets under the story */
  assert_int_equal(tb_layout_credit_kind("区疾控中心 供稿"), TB_CREDIT_TEXT);
  assert_int_equal(tb_layout_credit_kind("（石景山区疾控中心 供稿）"), TB_CREDIT_TEXT);
  assert_int_equal(tb_layout_credit_kind("（区园林绿化局 供图）"), TB_CREDIT_PHOTO);
  assert_true(tb_layout_credit_tail("使用智能管家呼叫终端。东花市街道供图", &k) > 0);
  assert_int_equal(k, TB_CREDIT_PHOTO);
  assert_int_equal(tb_layout_credit_tail("记者了解到，本次集成。记者从中关村东城园了解到", &k), -1);
  assert_int_equal(tb_layout_credit_kind("记者 王慧雯 摄(详细报道见2版)"), TB_CREDIT_PHOTO);
  assert_int_equal(tb_layout_credit_kind("记者 王慧雯 文并摄"), TB_CREDIT_TEXT);
  assert_int_equal(tb_layout_credit_kind("文/实习记者 马昕竹 摄/通讯员 乔健"), TB_CREDIT_PHOTO);
  assert_int_equal(tb_layout_credit_kind("记者 王倚剑/文"), TB_CREDIT_TEXT);
  assert_true(tb_layout_is_byline_line("□天坛街道工委书记 肖华强"));
  assert_true(tb_layout_is_byline_line("文/记者庄蕊王慧雯实习记者马昕竹"));
  assert_false(tb_layout_is_byline_line("记者从中关村东城园了解到"));
  /* a byline closing a story in brackets */
  assert_int_equal(tb_layout_credit_kind("（记者 钱进）"), TB_CREDIT_TEXT);
  assert_int_equal(tb_layout_credit_kind("(记者 孙丽 通讯员 周涛)"), TB_CREDIT_TEXT);
  assert_int_equal(tb_layout_credit_kind("（记者从中关村了解到）"), TB_CREDIT_NONE);
  assert_int_equal(tb_layout_credit_kind("（详细报道见2版）"), TB_CREDIT_NONE);
  assert_true(tb_layout_credit_tail("可通过公众号预约报名。（记者 钱进）", &k) > 0);
  assert_int_equal(k, TB_CREDIT_TEXT);
  /* behind a bullet: a writer names a role or a body, or parts title and name; a rubric or a
   * crosshead does not */
  assert_true(tb_layout_is_byline_line("□东花市街道工委理论学习中心组"));
  assert_false(tb_layout_is_byline_line("■ 简讯"));
  assert_false(tb_layout_is_byline_line("■ 服务点选址听民意"));
  assert_true(tb_layout_is_bullet_rubric("■ 简讯"));
  assert_false(tb_layout_is_bullet_rubric("■ 服务点选址听民意"));
  assert_false(tb_layout_is_bullet_rubric("简讯"));
}

static void furniture_is_recognized(void **state) {
  (void)state;
  assert_true(tb_layout_is_furniture("2026年3月10日 星期二", false));
  assert_true(tb_layout_is_furniture("总第1529期", false));
  assert_true(tb_layout_is_furniture("责编：马晓燕  校对：郑然", false));
  assert_true(tb_layout_is_furniture("本期4版", false));
  assert_true(tb_layout_is_furniture("www.dcrmxdbc.cn", false));
  assert_true(tb_layout_is_furniture("NEW DONGCHENG WEEKLY", false));
  assert_true(tb_layout_is_furniture("中共北京市东城区委宣传部主办", false));
  assert_true(tb_layout_is_furniture("4", false));
  assert_true(tb_layout_is_furniture("第2版", false));
  assert_true(tb_layout_is_furniture("新东城报", true));
  assert_false(tb_layout_is_furniture("新东城报", false)); /* a headline 喜报 is not furniture */
  assert_false(tb_layout_is_furniture("东城新增12家北京市创新型中小企业", true));
  /* running page headers: two of date, page and editors, and no sentence */
  assert_true(
      tb_layout_is_furniture("2026年4月14日 星期二 第2版 要闻 责编：刘洋 美编：陈晨", false));
  assert_true(tb_layout_is_furniture("A02 要闻 2026年5月8日 星期五 编辑：吴桐", false));
  assert_false(tb_layout_is_furniture("2026年4月14日，朝阳区公布第2版城市更新规划方案", false));
  assert_true(tb_layout_is_furniture("第2版 要闻", false)); /* a page and its section */
  assert_true(tb_layout_is_furniture("*第1版 · 要闻*", false));
  assert_false(tb_layout_is_furniture("第2版规划正式公布", false));
  assert_true(tb_layout_is_furniture("HAIDIAN WEEKLY 2026.3.18 星期三 | 03 | 政务", false));
  assert_true(tb_layout_is_furniture(
      "2026年5月12日 星期二 第19期（总第842期） 中共北京市石景山区委主管主办", false));
  assert_true(tb_layout_is_furniture("第14期（总第1873期） 今日4版", false));
  assert_true(tb_layout_is_furniture("农历丙午年二月二十", false));
  assert_true(tb_layout_is_furniture("京内资准字2205-L0231", false));
}

static void list_numbers_and_labels(void **state) {
  (void)state;
  assert_int_equal(tb_layout_list_number("12.建立更加高效"), 12);
  assert_int_equal(tb_layout_list_number("（三）加强"), 3);
  assert_int_equal(tb_layout_list_number("十一、继续"), 11);
  assert_int_equal(tb_layout_list_number("3位的马驹桥镇"), 0);
  assert_int_equal(tb_layout_list_number("0.5个工作日"), 0);
  assert_true(tb_layout_is_label_line("完成时限:2026年11月底"));
  assert_false(tb_layout_is_label_line("她说："));
}

static void jump_markers(void **state) {
  (void)state;
  size_t a, b;
  bool to;
  const char *down = "（下转2版）";
  assert_true(tb_layout_find_jump(down, &a, &b, &to));
  assert_true(to);
  assert_int_equal(a, 0);
  assert_int_equal(b, strlen(down));
  assert_true(tb_layout_find_jump("（上接1版）要推动基层党建", &a, &b, &to));
  assert_false(to);
  assert_false(tb_layout_find_jump("转变作风，接续奋斗", &a, &b, &to));
}

static void bigram_cover(void **state) {
  (void)state;
  tb_bigrams h, body;
  tb_bigrams_of("东城大力整治校园周边交通", 0, &h);
  tb_bigrams_of("今年，东城区将加大力度破解校园周边交通治理难题。", 0, &body);
  assert_true(tb_bigrams_cover(&h, &body) > 0.5);
  tb_bigrams_free(&body);
  tb_bigrams_of("区委理论学习中心组成员参观了企业故事展区", 0, &body);
  assert_true(tb_bigrams_cover(&h, &body) < 0.2);
  assert_true(tb_bigrams_dice(&h, &body) < 0.1);
  assert_true(tb_bigrams_dice(&h, &h) > 0.99);
  tb_bigrams_free(&body);
  tb_bigrams_free(&h);
}

/* ---- paragraphs ---------------------------------------------------------------------------- */

static const char wrapped[] = "东城新增中小企业\n\n"
                              "本报讯 日前，东城区经济和信息化\n"
                              "局公布了创新型中小企业认定名单，\n"
                              "共有十二家企业成功入选北京市创\n"
                              "\n"
                              "新型中小企业。截至目前，东城区共\n"
                              "有创新型中小企业二百家。\n"
                              "此次认定工作严格按照相关文件要\n"
                              "求，经过企业自主申报和公示等程\n"
                              "序，最终确定十二家企业入选名单。\n";

static void hard_wraps_and_column_breaks_are_healed(void **state) {
  (void)state;
  tb_issue *issue = parse_bytes("w.txt", wrapped);
  assert_int_equal(issue->article_count, 1);
  tb_article *a = &issue->articles[0];
  assert_string_equal(a->headline, "东城新增中小企业");
  /* the blank after "北京市创" is a column break; the short line ending 。 ends paragraph 1 */
  assert_int_equal(a->paragraphs.count, 2);
  assert_string_equal(
      a->paragraphs.items[0],
      "本报讯 日前，东城区经济和信息化局公布了创新型中小企业认定名单，共有十二家企业"
      "成功入选北京市创新型中小企业。截至目前，东城区共有创新型中小企业二百家。");
  assert_true(tb_lo_starts(a->paragraphs.items[1], "此次认定"));
  tb_issue_free(issue);
}

static void unwrapped_paragraph_split_by_blank_is_joined(void **state) {
  (void)state;
  const char text[] = "区委召开全会\n\n"
                      "本报讯 3月9日，区委召开全会。会议要求，要用好接诉即办\n\n"
                      "等机制，解决群众急难愁盼问题。\n\n"
                      "会议强调，要坚持稳中求进。\n";
  tb_issue *issue = parse_bytes("u.txt", text);
  tb_article *a = &issue->articles[0];
  assert_int_equal(a->paragraphs.count, 2);
  assert_true(strstr(a->paragraphs.items[0], "接诉即办等机制") != NULL);
  tb_issue_free(issue);
}

static void caption_inside_a_sentence_is_lifted_out(void **state) {
  (void)state;
  const char text[] = "党建引领基层治理\n\n"
                      "□街道工委书记 张三\n\n"
                      "治国安邦，重在基层。要推动治理从碎片化走向整体性，不断促进辖区内医疗机构间的"
                      "协同联动，更好地\n\n\n\n"
                      "工作人员向社区老年人讲解智慧居家养老项目。\n\n"
                      "为居民提供卫生健康服务。\n";
  tb_issue *issue = parse_bytes("c.txt", text);
  tb_article *a = &issue->articles[0];
  assert_int_equal(a->paragraphs.count, 1);
  assert_true(strstr(a->paragraphs.items[0], "更好地为居民提供") != NULL);
  assert_int_equal(a->captions.count, 1);
  assert_string_equal(a->byline, "□街道工委书记 张三");
  assert_int_equal(a->kind, TB_KIND_OPINION);
  tb_issue_free(issue);
}

/* ---- pairing ------------------------------------------------------------------------------- */

static void stacked_headlines_pair_by_wording(void **state) {
  (void)state;
  /* two headlines stacked, then the bodies in the other order */
  const char text[] =
      "东城大力整治校园周边交通\n\n"
      "雅昌文化集团迎来区委中心组调研\n\n"
      "本报讯 区委理论学习中心组到雅昌文化集团调研，参观了企业故事展区和数据中心。\n\n"
      "本报讯 今年，东城区将加大力度破解校园周边交通治理难题，构建五种治理模式。\n";
  tb_issue *issue = parse_bytes("s.txt", text);
  assert_int_equal(issue->article_count, 2);
  for (size_t i = 0; i < 2; i++) {
    tb_article *a = &issue->articles[i];
    if (strstr(a->paragraphs.items[0], "雅昌"))
      assert_string_equal(a->headline, "雅昌文化集团迎来区委中心组调研");
    else
      assert_string_equal(a->headline, "东城大力整治校园周边交通");
  }
  tb_issue_free(issue);
}

static void headline_printed_after_its_body(void **state) {
  (void)state;
  const char text[] = "景山街道举办政企交流活动\n\n"
                      "本报讯 景山街道近日推出微景会客厅品牌活动，汇聚辖区商会企业等多方力量。\n\n"
                      "本报讯 东城法院推出背包法官系列栏目，讲述法官深入中轴线化解纠纷的故事。\n\n"
                      "东城法院推出背包法官系列栏目\n\n"
                      "以司法力量护航文脉保护\n";
  tb_issue *issue = parse_bytes("h.txt", text);
  assert_int_equal(issue->article_count, 2);
  bool court = false;
  for (size_t i = 0; i < 2; i++) {
    tb_article *a = &issue->articles[i];
    if (strstr(a->paragraphs.items[0], "东城法院")) {
      court = true;
      bool has = strcmp(a->headline, "东城法院推出背包法官系列栏目") == 0 ||
                 (a->subheadlines.count &&
                  strcmp(a->subheadlines.items[0], "东城法院推出背包法官系列栏目") == 0);
      assert_true(has);
    }
  }
  assert_true(court);
  tb_issue_free(issue);
}

static void sidebar_after_its_main_story(void **state) {
  (void)state;
  /* the sidebar runs on from the main story's last paragraph with no dateline; its byline and
   * headline (a quote from its text) come after it */
  const char text[] =
      "东城推进垃圾分类进社区\n\n"
      "文/记者 李滢\n\n"
      "本报讯 今年以来，东城区持续推进垃圾分类进社区工作，在全区各个社区设置分类驿站，组织志愿者"
      "入户宣传垃圾分类知识，居民参与垃圾分类的积极性明显提高。\n\n"
      "各街道把垃圾分类纳入社区治理重点任务，建立垃圾分类督导员队伍，每天在投放点位值守，指导居民"
      "正确投放厨余垃圾和可回收物，社区垃圾分类准确率持续提升。\n\n"
      "下一步，东城区将继续完善垃圾分类设施，推动垃圾分类工作常态化长效化，让垃圾分类成为居民的生活"
      "习惯。\n\n"
      "看完纪录片后，退休教师王大妈感慨地说，影片里的故事就发生在身边，她打算带着孙子再去影院看一遍"
      "。\n\n"
      "在银行工作的小刘说，自己平时工作忙，很少关注街坊邻里的事情，观影后才知道身边有这么多默默付出"
      "的人，“大家一起动手，日子越过越舒心”。\n\n"
      "文/记者 王慧雯\n\n"
      "“大家一起动手，日子越过越舒心”\n";
  tb_issue *issue = parse_bytes("sidebar.txt", text);
  assert_int_equal(issue->article_count, 2);
  tb_article *main_story = &issue->articles[0], *sidebar = &issue->articles[1];
  assert_string_equal(main_story->headline, "东城推进垃圾分类进社区");
  assert_int_equal(main_story->paragraphs.count, 3);
  assert_string_equal(main_story->byline, "文/记者 李滢");
  assert_string_equal(sidebar->headline, "“大家一起动手，日子越过越舒心”");
  assert_int_equal(sidebar->paragraphs.count, 2);
  assert_true(tb_lo_starts(sidebar->paragraphs.items[0], "看完纪录片后"));
  assert_string_equal(sidebar->byline, "文/记者 王慧雯");
  tb_issue_free(issue);
}

static void subtitle_of_a_bylined_stack_stays_with_its_story(void **state) {
  (void)state;
  /* the subtitle shares more words with the last section than with the lead: the byline under
   * it still makes the stack one story's */
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  tb_strbuf_puts(&sb, "接入新模型，东城企业开启深度智联模式\n\n"
                      "天工AI、中文逍遥创作大模型完成升级\n\n"
                      "文/记者 付敖蕾\n\n");
  for (int i = 0; i < 20; i++) /* a lead longer than the opening that headlines are matched to */
    tb_strbuf_puts(&sb,
                   "新年伊始，国产开源大模型成为焦点，东城企业开启深度智联模式，纷纷接入新模型。");
  tb_strbuf_puts(
      &sb, "\n\n高级模式 深度探索\n\n"
           "在产品的电脑端，用户勾选深度思考按钮，就能无缝使用联网搜索功能。\n\n"
           "升级内容生态\n\n"
           "天工AI、中文逍遥创作大模型近日完成升级，中文逍遥创作大模型借鉴了新的技术路线。\n");
  tb_issue *issue = parse_bytes("stack.txt", tb_strbuf_view(&sb));
  tb_strbuf_free(&sb);
  assert_int_equal(issue->article_count, 1);
  tb_article *a = &issue->articles[0];
  assert_string_equal(a->headline, "接入新模型，东城企业开启深度智联模式");
  assert_int_equal(a->subheadlines.count, 1);
  assert_int_equal(a->paragraphs.count, 3);
  assert_int_equal(a->crosshead_count, 2);
  tb_issue_free(issue);
}

static void tight_title_lines_split_where_they_cannot_be_one_title(void **state) {
  (void)state;
  assert_true(tb_layout_is_attendance_line("姜广智郑皓刘天文出席"));
  assert_true(tb_layout_is_attendance_line("孟景伟主持并点评 郑皓赵玉影张德启参加"));
  assert_false(tb_layout_is_attendance_line("全区首例当庭宣裁案件"));
  assert_true(tb_layout_has_split_title("搭建交流平台 提高服务水平"));
  assert_false(tb_layout_has_split_title("“戎宣东城 崇军先锋”")); /* inside quotes: one phrase */
  assert_false(tb_layout_has_split_title("接入DeepSeek 模型"));   /* not between two hanzi */
  const char text[] = "上一篇报道的结尾。\n\n"
                      "京津冀信创小镇暨智能制造基地正式启动\n"
                      "姜广智郑皓刘天文出席\n\n"
                      "本报讯(记者 张三)昨日，京津冀信创小镇暨智能制造基地正式启动。\n\n"
                      "京津冀中医药工作者通州探讨中医药发展\n"
                      "搭建交流平台 提高服务水平\n\n"
                      "本报讯(记者 李四)京津冀中医药工作者日前齐聚通州，探讨中医药发展。\n\n"
                      "以务实作风奋力谱写卫生健康事业新篇章\n"
                      "知与行\n\n"
                      "□区卫生健康委主任 曾文军\n\n"
                      "党的二十届四中全会作出战略部署，要以务实作风奋力谱写新篇章。\n";
  tb_issue *issue = parse_bytes("tight.txt", text);
  assert_int_equal(issue->article_count, 3);
  tb_article *a = &issue->articles[0];
  assert_string_equal(a->headline, "京津冀信创小镇暨智能制造基地正式启动");
  assert_int_equal(a->subheadlines.count, 1);
  assert_string_equal(a->subheadlines.items[0], "姜广智郑皓刘天文出席");
  a = &issue->articles[1];
  assert_int_equal(a->subheadlines.count, 1); /* two titles, in either order */
  assert_true(strcmp(a->headline, "搭建交流平台 提高服务水平") == 0 ||
              strcmp(a->subheadlines.items[0], "搭建交流平台 提高服务水平") == 0);
  a = &issue->articles[2];
  assert_string_equal(a->headline, "以务实作风奋力谱写卫生健康事业新篇章");
  assert_string_equal(a->column, "知与行");
  tb_issue_free(issue);
}

static void a_brief_under_a_rubric_and_crossheads_behind_bullets(void **state) {
  (void)state;
  /* "■ 简讯" over a short item whose bracketed byline closes it: a story, not a section of the
   * story before; "■ …" crossheads inside a story closed the same way stay crossheads */
  const char text[] = "【社区食堂让老人吃上“暖心饭”】\n"
                      "——望京街道推进养老助餐服务\n\n"
                      "本报讯（记者 孙丽）在望京街道的社区食堂，每天中午都有不少老人前来就餐。\n\n"
                      "■ 简讯\n\n"
                      "区图书馆推出“周末读书会”\n\n"
                      "每周六下午，区图书馆将邀请作家与读者面对面交流。（记者 钱进）\n\n"
                      "市民家门口的小修小补有了新去处\n\n"
                      "为方便居民修鞋配钥匙，丰台区今年在全区社区布设便民服务点。\n\n"
                      "■ 服务点选址听民意\n\n"
                      "各社区在选址前发放调查问卷，由居民投票决定服务点的位置。\n\n"
                      "■ 收费标准公开透明\n\n"
                      "服务点统一公示收费标准，居民可通过热线对服务质量进行评价。\n\n"
                      "（记者 王强）\n";
  tb_issue *issue = parse_bytes("brief.txt", text);
  assert_int_equal(issue->article_count, 3);
  tb_article *a = &issue->articles[0];
  assert_string_equal(a->headline, "社区食堂让老人吃上“暖心饭”"); /* 【】 dropped */
  assert_int_equal(a->subheadlines.count, 1);
  assert_string_equal(a->subheadlines.items[0], "——望京街道推进养老助餐服务");
  a = &issue->articles[1];
  assert_string_equal(a->headline, "区图书馆推出“周末读书会”");
  assert_string_equal(a->byline, "（记者 钱进）");
  assert_int_equal(a->paragraphs.count, 1);
  assert_true(tb_lo_ends(a->paragraphs.items[0], "面对面交流。"));
  a = &issue->articles[2];
  assert_int_equal(a->paragraphs.count, 3);
  assert_int_equal(a->crosshead_count, 2);
  assert_string_equal(a->byline, "（记者 王强）");
  tb_issue_free(issue);
}

static void title_block_above_a_dateline_may_fill_the_measure(void **state) {
  (void)state;
  /* two lines as wide as the column, one with a comma mark: above a dateline they are titles */
  const char text[] = "东城举办读书节\n\n"
                      "本报讯 昨日，东城区第十届读书\n"
                      "节开幕，全区各图书馆推出系列阅\n"
                      "读活动，吸引众多市民参与其中。\n\n"
                      "持身份证、社保卡也能借书\n"
                      "图书馆服务实现“三证合一”\n\n"
                      "本报讯(记者 王倚剑)记者从通州区\n"
                      "文化和旅游局获悉，自10月起，读\n"
                      "者持身份证、社保卡也能借书了。\n";
  tb_issue *issue = parse_bytes("d.txt", text);
  assert_int_equal(issue->article_count, 2);
  tb_article *a = &issue->articles[1];
  assert_true(tb_lo_starts(a->headline, "持身份证、社保卡也能借书"));
  assert_int_equal(a->paragraphs.count, 1);
  assert_int_equal(issue->articles[0].paragraphs.count, 1);
  tb_issue_free(issue);
}

static void list_labels_are_not_titles(void **state) {
  (void)state;
  /* a wrapped last label ("…社会|保障局") ends its item; a label line is not part of the stack
   * above the next story's byline */
  const char *texts[] = {"东城区重要民生实事项目\n\n"
                         "1.新增中学学位五千六百个，其中\n"
                         "初中学位四千五百个。\n\n"
                         "完成时限:2026年11月底\n\n"
                         "责任单位:区人力资源社会\n"
                         "保障局\n\n\n\n"
                         "以务实作风奋力谱写新篇章\n\n"
                         "□区卫生健康委主任 曾文军\n\n"
                         "党的二十届四中全会作出战略部署，为卫生\n"
                         "健康事业发展指明了方向。\n",
                         "东城区重要民生实事项目\n\n"
                         "1.新增中学学位五千六百个，其中初中学位四千五百个。\n\n"
                         "完成时限:2026年11月底\n\n"
                         "责任单位:区教委\n\n"
                         "以务实作风奋力谱写新篇章\n\n"
                         "□区卫生健康委主任 曾文军\n\n"
                         "党的二十届四中全会作出战略部署，为卫生健康事业发展指明了方向。\n"};
  for (size_t t = 0; t < 2; t++) {
    tb_issue *issue = parse_bytes("l.txt", texts[t]);
    assert_int_equal(issue->article_count, 2);
    tb_article *list = &issue->articles[0], *opinion = &issue->articles[1];
    assert_int_equal(list->paragraphs.count, 1);
    assert_true(tb_lo_ends(list->paragraphs.items[0], t ? "责任单位：区教委" : "保障局"));
    assert_string_equal(opinion->headline, "以务实作风奋力谱写新篇章");
    assert_int_equal(opinion->subheadlines.count, 0);
    tb_issue_free(issue);
  }
}

static void unmarked_caption_set_wider_than_its_column(void **state) {
  (void)state;
  const char text[] = "东城新增创新型中小企业\n\n"
                      "本报讯 日前，东城区经济和信息\n"
                      "化局公布了创新型中小企业认定名\n"
                      "单，共有十二家企业成功入选。\n\n"
                      "执法人员深入王府井商场化妆品专柜、美妆集合\n"
                      "店等经营场所开展专项检查。\n\n"
                      "此次认定工作严格按照相关文件要\n"
                      "求，经过企业自主申报和公示等程\n"
                      "序，最终确定十二家企业入选名单。\n";
  tb_issue *issue = parse_bytes("cap.txt", text);
  assert_int_equal(issue->article_count, 1);
  tb_article *a = &issue->articles[0];
  assert_int_equal(a->paragraphs.count, 2);
  assert_int_equal(a->captions.count, 1);
  assert_true(tb_lo_starts(a->captions.items[0], "执法人员深入"));
  tb_issue_free(issue);
}

static void kicker_and_title_on_consecutive_lines(void **state) {
  (void)state;
  /* a second line longer than the first, past a couplet's length, is a title under its kicker;
   * a couplet's halves and a wrapped kicker are joined */
  const char text[] =
      "东城“一业一证”改革落地8个行业\n"
      "113个“高效办成一件事”场景持续优化营商环境\n\n"
      "本报讯 东城“一业一证”改革落地，113个“高效办成一件事”场景持续优化营商环境。\n\n"
      "孙新军参加并指导建国门街道领导班子民主\n"
      "生活会和外交部街社区党委班子组织生活会时强调\n\n"
      "不断增强高质量发展动力活力\n"
      "用心用情解决群众急难愁盼\n\n"
      "本报讯 区委书记孙新军参加建国门街道领导班子民主生活会，要求增强高质量发展动力活力。\n";
  tb_issue *issue = parse_bytes("k.txt", text);
  assert_int_equal(issue->article_count, 2);
  tb_article *a = &issue->articles[0];
  assert_int_equal(a->subheadlines.count, 1);
  assert_true(strcmp(a->headline, "113个“高效办成一件事”场景持续优化营商环境") == 0 ||
              strcmp(a->subheadlines.items[0], "113个“高效办成一件事”场景持续优化营商环境") == 0);
  a = &issue->articles[1];
  assert_string_equal(a->headline, "不断增强高质量发展动力活力用心用情解决群众急难愁盼");
  assert_int_equal(a->subheadlines.count, 1);
  assert_true(tb_lo_ends(a->subheadlines.items[0], "组织生活会时强调"));
  tb_issue_free(issue);
}

static void a_page_header_ends_the_story_before(void **state) {
  (void)state;
  /* a short title after a page header is a new page's story, not a crosshead of the last one */
  const char text[] =
      "海淀区第十届社区运动会4月开赛\n\n"
      "本报讯 海淀区第十届社区运动会将于4月中旬开赛，比赛设置健步走、八段锦等项目。\n\n"
      "与往届相比，本届运动会新增了亲子趣味赛和轮椅乒乓球项目。\n\n"
      "HAIDIAN WEEKLY 2026.3.18 星期三 | 05 | 文化\n\n"
      "京西稻育秧 春耕序幕开启\n\n"
      "3月15日，上庄镇京西稻种植基地开始育秧，标志着今年京西稻春耕生产全面展开。\n\n"
      "今年上庄镇京西稻种植面积达到1200亩，预计5月中旬插秧。\n";
  tb_issue *issue = parse_bytes("p.txt", text);
  assert_int_equal(issue->article_count, 2);
  assert_string_equal(issue->articles[1].headline, "京西稻育秧 春耕序幕开启");
  assert_int_equal(issue->articles[0].paragraphs.count, 2);
  tb_issue_free(issue);
}

static void markdown_bold_titles_columns_and_crossheads(void **state) {
  (void)state;
  const char text[] =
      "## 健康之窗\n\n"
      "**春夏之交 警惕过敏性鼻炎**\n\n"
      "□ 北京大学首钢医院耳鼻喉科副主任医师 钱晓东\n\n"
      "每年春夏之交，不少人会出现鼻痒、打喷嚏等症状，其实可能是过敏性鼻炎。\n\n"
      "**一、如何区分感冒和过敏性鼻炎**\n\n"
      "感冒通常由病毒感染引起，常伴有发热；过敏性鼻炎一般不发热。\n\n"
      "## 八角街道服务综合体开门迎客\n\n"
      "**本报记者 郝婧**\n\n"
      "5月6日，八角街道的服务综合体正式开门迎客，老人和孩子在同一栋楼里享受照护。\n\n"
      "#### 楼上托老 楼下托幼\n\n"
      "综合体一层是社区托育点，二、三层是养老照料中心。\n";
  tb_issue *issue = parse_bytes("m.md", text);
  assert_int_equal(issue->article_count, 2);
  tb_article *a = &issue->articles[0];
  assert_string_equal(a->headline, "春夏之交 警惕过敏性鼻炎"); /* the column above is no title */
  assert_int_equal(a->paragraphs.count, 2);
  assert_int_equal(a->crosshead_count, 1);
  a = &issue->articles[1];
  assert_string_equal(a->headline, "八角街道服务综合体开门迎客");
  assert_string_equal(a->byline, "本报记者 郝婧");
  assert_int_equal(a->paragraphs.count, 2);
  assert_int_equal(a->crosshead_count, 1);
  tb_issue_free(issue);
}

static void brief_items_without_blanks_and_run_in_titles(void **state) {
  (void)state;
  /* a 简讯 column: bulleted titles with no blank around them, one item closed by a bracketed
   * byline, one not; then run-in titles ("● 标题 正文…") */
  assert_true(tb_layout_is_bullet_title("■双井街道开展高层住宅消防演练"));
  assert_false(tb_layout_is_bullet_title("□天坛街道工委书记 肖华强"));
  assert_false(tb_layout_is_bullet_title("■ 简讯"));
  const char text[] =
      "社区简讯\n\n"
      "■双井街道开展高层住宅消防演练\n"
      "4月2日，双井街道联合消防救援支队在富力城小区开展高层住宅火灾疏散演练。（通讯员 吴昊）\n"
      "■潘家园街道“银发课堂”开课\n"
      "潘家园街道“银发课堂”近日开课，首期开设智能手机使用等6门课程。\n\n"
      "■太阳宫地区新增200个共享车位\n"
      "太阳宫地区近日与辖区3家写字楼签订错时共享停车协议，新增共享车位200个。\n\n"
      "● 东岳庙春季民俗展开展 4月3日起，北京民俗博物馆春季民俗展在东岳庙开展。\n\n"
      "● 社区合唱大赛启动报名 2026年朝阳区社区合唱\n"
      "大赛即日起接受报名，以街乡为单位组队。\n";
  tb_issue *issue = parse_bytes("brief2.txt", text);
  assert_int_equal(issue->article_count, 5);
  static const char *const titles[] = {"双井街道开展高层住宅消防演练", "潘家园街道“银发课堂”开课",
                                       "太阳宫地区新增200个共享车位", "东岳庙春季民俗展开展",
                                       "社区合唱大赛启动报名"};
  for (size_t i = 0; i < 5; i++) {
    assert_string_equal(issue->articles[i].headline, titles[i]); /* the bullet dropped */
    assert_int_equal(issue->articles[i].paragraphs.count, 1);
  }
  assert_string_equal(issue->articles[0].byline, "（通讯员 吴昊）");
  assert_true(tb_lo_starts(issue->articles[3].paragraphs.items[0], "4月3日起"));
  assert_true(tb_lo_starts(issue->articles[4].paragraphs.items[0], "2026年朝阳区社区合唱大赛"));
  tb_issue_free(issue);
}

static void bracket_tagged_run_in_items_and_colon_page_labels(void **state) {
  (void)state;
  /* a page label runs into its section name after a colon; items open with a column tag in
   * lenticular brackets, the title running into the text after an ideographic space */
  assert_true(tb_layout_is_furniture("第03版：公告·区情", false));
  assert_false(tb_layout_is_furniture("第三版的编者说明：请注意", false));
  assert_true(tb_layout_is_bullet_title("【社区快讯】东坝乡新建口袋公园"));
  assert_false(tb_layout_is_bullet_title("【社区快讯】"));
  const char text[] =
      "第04版：社区\n\n"
      "北京市朝阳区城市管理委员会办公室\n\n"
      "【社区快讯】东坝乡新建口袋公园\u30005月6日，东坝乡首个口袋公园建成开放，"
      "园内设有健身步道和休息座椅。\n\n"
      "【社区快讯】金盏乡开办暑期托管班\u3000近日，金盏乡在6个社区开办暑期托管班。\n\n"
      "托管班每天开放8小时，费用全免。\n\n"
      "【社区快讯】常营乡举办邻里节\u3000本报讯 日前，常营乡第五届邻里节开幕。（通讯员 陈晨）\n";
  tb_issue *issue = parse_bytes("tagged.txt", text);
  assert_int_equal(issue->article_count, 3);
  static const char *const titles[] = {"东坝乡新建口袋公园", "金盏乡开办暑期托管班",
                                       "常营乡举办邻里节"};
  static const size_t paras[] = {1, 2, 1};
  for (size_t i = 0; i < 3; i++) {
    assert_string_equal(issue->articles[i].headline, titles[i]); /* the tag dropped */
    assert_int_equal(issue->articles[i].paragraphs.count, paras[i]);
  }
  assert_true(tb_lo_starts(issue->articles[0].paragraphs.items[0], "5月6日"));
  tb_issue_free(issue);
}

static void question_title_under_column_tag_and_signed_end(void **state) {
  (void)state;
  /* one line per paragraph: a short question alone under a column tag is the title, and a name
   * with a bracketed note alone after the text signs it */
  const char text[] = "社区评论\n\n"
                      "老旧小区加装电梯难在哪？\n\n"
                      "今年以来，全区又有一批老旧小区提出加装电梯申请，"
                      "但不少项目卡在了低层住户的意见上。\n\n"
                      "破解难题，既要算清经济账，也要算好感情账，让各方都能接受。\n\n"
                      "周明远（作者单位：某区社会治理研究中心）\n\n"
                      "责任编辑：李  华\n";
  tb_issue *issue = parse_bytes("opinion.txt", text);
  assert_int_equal(issue->article_count, 1);
  tb_article *a = &issue->articles[0];
  assert_string_equal(a->headline, "老旧小区加装电梯难在哪？");
  assert_int_equal(a->paragraphs.count, 2);
  assert_non_null(a->byline);
  assert_string_equal(a->byline, "周明远（作者单位：某区社会治理研究中心）");
  tb_issue_free(issue);
}

static void markdown_list_items_and_italic_captions(void **state) {
  (void)state;
  /* each "- " item is a paragraph of its own, its indented lines go on with it; a line all in
   * single emphasis ending in a photo credit is a caption */
  const char text[] = "## 日常防护要做好这几点\n\n"
                      "本报讯 春季花粉浓度较高，市民要做好防护。\n\n"
                      "*5月2日，游客在首钢园三高炉前拍照留念。记者黄硕摄*\n\n"
                      "- 花粉浓度高的时段（上午10时至下午4时）\n"
                      "  尽量减少外出，外出时佩戴口罩和眼镜。\n"
                      "- 外出回家后及时更换衣物，用生理盐水清\n"
                      "  洗鼻腔。\n";
  tb_issue *issue = parse_bytes("list.md", text);
  assert_int_equal(issue->article_count, 1);
  tb_article *a = &issue->articles[0];
  assert_int_equal(a->paragraphs.count, 3);
  assert_string_equal(a->paragraphs.items[1],
                      "花粉浓度高的时段（上午10时至下午4时）尽量减少外出，外出时佩戴口罩和眼镜。");
  assert_string_equal(a->paragraphs.items[2], "外出回家后及时更换衣物，用生理盐水清洗鼻腔。");
  assert_int_equal(a->captions.count, 1);
  tb_issue_free(issue);
}

static void heading_lines_set_together_head_one_story(void **state) {
  (void)state;
  /* rubric, title and subtitle with no blank between them: one story's, even when the title's
   * words recur more in a later section than in the text right below */
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  tb_strbuf_puts(&sb, "民生观察\n"
                      "【家门口的“长者食堂”热气腾腾】\n"
                      "——十八里店乡老年餐桌探访记\n\n");
  for (int i = 0; i < 20; i++)
    tb_strbuf_puts(&sb, "十八里店乡老年餐桌探访记：周庄嘉园社区的食堂里已经坐满了老人。");
  tb_strbuf_puts(&sb, "\n\n◆ 从吃得饱到吃得好\n\n"
                      "家门口的“长者食堂”热气腾腾，老人们吃得好，家门口的长者食堂越办越好。\n");
  tb_issue *issue = parse_bytes("tight2.txt", tb_strbuf_view(&sb));
  tb_strbuf_free(&sb);
  assert_int_equal(issue->article_count, 1);
  tb_article *a = &issue->articles[0];
  assert_string_equal(a->headline, "家门口的“长者食堂”热气腾腾");
  assert_int_equal(a->subheadlines.count, 2);
  assert_int_equal(a->paragraphs.count, 2);
  assert_int_equal(a->crosshead_count, 1);
  tb_issue_free(issue);
}

static void paper_name_over_the_masthead_date_is_no_title(void **state) {
  (void)state;
  const char text[] = "# 石景山时讯\n\n"
                      "2026年5月12日 星期二 第19期（总第842期） 中共北京市石景山区委主管主办\n\n"
                      "# 模式口历史文化街区更新二期启动\n\n"
                      "本报讯（记者 郝婧）5月8日，模式口历史文化街区保护更新二期工程正式启动。\n";
  tb_issue *issue = parse_bytes("paper.md", text);
  assert_int_equal(issue->article_count, 1);
  assert_string_equal(issue->articles[0].headline, "模式口历史文化街区更新二期启动");
  assert_int_equal(issue->articles[0].subheadlines.count, 0);
  tb_issue_free(issue);
}

static void continued_parts_are_joined(void **state) {
  (void)state;
  const char text[] =
      "区委书记调研建国门街道\n\n"
      "本报讯 区委书记到建国门街道调研。他要求，二是守住组织生命线，打造高素质社区工作者队伍。\n\n"
      "（下转2版）\n\n"
      "东城法院护航文脉保护\n\n"
      "本报讯 东城法院出台二十一项保障举措，将诉调对接工作站打造为多功能平台。\n\n"
      "（上接1版）要推动基层党建提质增效，提升共建共治共享水平。\n\n"
      "三是守护群众幸福线，在为民服务中践行初心使命。\n";
  tb_issue *issue = parse_bytes("j.txt", text);
  assert_int_equal(issue->article_count, 2);
  tb_article *a = &issue->articles[0];
  assert_true(a->continued);
  assert_int_equal(a->paragraphs.count, 2);
  assert_true(strstr(a->paragraphs.items[0], "工作者队伍。要推动基层党建") != NULL);
  assert_null(strstr(a->paragraphs.items[0], "上接"));
  assert_false(issue->articles[1].continued);
  tb_issue_free(issue);
}

static void crossheads_stay_out_of_paragraphs(void **state) {
  (void)state;
  const char text[] = "北京明城墙梅花文化节启幕\n\n"
                      "3月6日，第十九届北京明城墙梅花文化节如期而至。\n\n"
                      "记者 王慧雯 文并摄\n\n"
                      "三景三韵 赏梅点位各有特色\n\n"
                      "上午11时，北京明城墙遗址公园内人潮涌动，千余株梅花含苞待放。\n\n"
                      "两大市集 梅味美食好物齐聚\n\n"
                      "漫步公园各处，精心布置的打卡景观随处可见。\n";
  tb_issue *issue = parse_bytes("x.txt", text);
  assert_int_equal(issue->article_count, 1);
  tb_article *a = &issue->articles[0];
  assert_int_equal(a->paragraphs.count, 3);
  assert_int_equal(a->crosshead_count, 2);
  assert_int_equal(a->crossheads[0].before, 1);
  assert_string_equal(a->crossheads[1].text, "两大市集 梅味美食好物齐聚");
  assert_string_equal(a->byline, "记者 王慧雯 文并摄");
  assert_int_equal(a->kind, TB_KIND_FEATURE);
  tb_issue_free(issue);
}

static void numbered_list_is_one_article(void **state) {
  (void)state;
  const char text[] =
      "东城区重要民生实事项目\n\n"
      "1.新增中学学位5600个。\n完成时限:2026年11月底\n责任单位:区教委\n\n"
      "2.提升青少年心理服务水平，举办讲座20场。\n完成时限:2026年12月底\n责任单位:区卫生健康委\n\n"
      "3.优化10所学校通学路交通设施，保障学生通学安全。\n完成时限:2026年12月底\n责任单位:"
      "东城交通支队\n";
  tb_issue *issue = parse_bytes("l.txt", text);
  assert_int_equal(issue->article_count, 1);
  assert_int_equal(issue->articles[0].paragraphs.count, 3);
  assert_int_equal(issue->articles[0].kind, TB_KIND_LIST);
  assert_true(strstr(issue->articles[0].paragraphs.items[1], "责任单位") != NULL);
  tb_issue_free(issue);
}

/* ---- structured formats and bad input ------------------------------------------------------ */

static void markdown_headings(void **state) {
  (void)state;
  const char text[] =
      "## 副中心有我·代表有为\n\n"
      "### 百姓需求是我不断前行的动力\n\n"
      "区人大代表张娜:\n\n"
      "本报讯(记者 陈施君)在中仓街道东方生活小区，区人大代表张娜正在与居民拉家常。\n\n"
      "## 宋庄当代水墨同盟邀请展开展\n\n"
      "日前，**宋庄当代水墨同盟邀请展**在宋庄当代艺术文献馆开展。\n";
  tb_issue *issue = parse_bytes("m.md", text);
  assert_int_equal(issue->article_count, 2);
  assert_string_equal(issue->articles[0].headline, "百姓需求是我不断前行的动力");
  assert_string_equal(issue->articles[1].headline, "宋庄当代水墨同盟邀请展开展");
  assert_string_equal(issue->articles[1].paragraphs.items[0],
                      "日前，宋庄当代水墨同盟邀请展在宋庄当代艺术文献馆开展。");
  tb_issue_free(issue);
}

static void html_articles(void **state) {
  (void)state;
  const char text[] =
      "<html><body><article><h1>东城新增企业</h1><h2>十二家入选</h2>"
      "<p>本报讯 日前，东城区公布名单。</p><h3>政策扶持</h3><p>区经信局表示，将继续加大力度。</p>"
      "<figure><figcaption>企业代表领取证书。</figcaption></figure></article>"
      "<article><h1>梅花文化节启幕</h1><p>3月6日，文化节开幕。</p></article></body></html>";
  tb_issue *issue = parse_bytes("i.html", text);
  assert_int_equal(issue->article_count, 2);
  tb_article *a = &issue->articles[0];
  assert_string_equal(a->headline, "东城新增企业");
  assert_string_equal(a->subheadlines.items[0], "十二家入选");
  assert_int_equal(a->paragraphs.count, 2);
  assert_int_equal(a->crosshead_count, 1);
  assert_string_equal(a->captions.items[0], "企业代表领取证书。");
  assert_string_equal(issue->articles[1].id, "a02");
  tb_issue_free(issue);
}

static void json_round_trip(void **state) {
  (void)state;
  tb_issue *issue = parse_bytes("w.txt", wrapped);
  char *json = tb_issue_to_json_text(issue);
  tb_issue *again = parse_bytes("issue.json", json);
  assert_int_equal(again->article_count, issue->article_count);
  assert_string_equal(again->articles[0].paragraphs.items[1],
                      issue->articles[0].paragraphs.items[1]);
  free(json);
  tb_issue_free(issue);
  tb_issue_free(again);
}

static void only_furniture_is_an_input_error(void **state) {
  (void)state;
  const char text[] =
      "2026年3月10日 星期二\n本期4版\n总第1529期\nwww.dcrmxdbc.cn\n\n新东城报\n\n4\n";
  tb_error err;
  tb_error_clear(&err);
  tb_source_doc *doc;
  assert_int_equal(
      tb_source_load_bytes("furniture.txt", (const unsigned char *)text, strlen(text), &doc, &err),
      TB_OK);
  tb_issue *issue = NULL;
  assert_int_equal(tb_layout_parse(doc, &issue, &err), TB_ERR_INPUT);
  assert_null(issue);
  assert_true(strstr(err.message, "furniture.txt") != NULL);
  tb_source_doc_free(doc);
}

static void big_input_is_parsed(void **state) {
  (void)state;
  /* 64 copies of the column-layout fixture (~4 MB): completes, and finds every copy's stories */
  char *path = tb_xasprintf("%s/xindongcheng-2025-02-column-layout.txt", TB_TEST_FIXTURES);
  unsigned char *data;
  size_t len;
  tb_error err;
  assert_int_equal(tb_file_read_all(path, &data, &len, &err), TB_OK);
  enum { COPIES = 64 };
  char *big = tb_xmalloc(len * COPIES + 1);
  for (int k = 0; k < COPIES; k++)
    memcpy(big + len * (size_t)k, data, len);
  big[len * COPIES] = '\0';
  tb_issue *one = parse_bytes("one.txt", (const char *)data);
  tb_issue *many = parse_bytes("big.txt", big);
  assert_true(many->article_count >= (one->article_count - 1) * COPIES);
  tb_issue_free(one);
  tb_issue_free(many);
  free(big);
  free(data);
  free(path);
}

/* ---- text with no blank lines, headline stacks, letters ------------------------------------- */

static void title_after_a_finished_indented_text_without_blanks(void **state) {
  (void)state;
  /* no blank line anywhere: paragraphs open with an indent, so an unindented line after a
   * finished sentence, with indented text under it, is the next story's title */
  const char text[] = "全区新建口袋公园十二处\n"
                      "本报记者 甲乙\n"
                      "　　今年全区新建口袋公园十二处，\n"
                      "方便居民就近休闲。\n"
                      "　　公园均配有座椅和照明设施。\n"
                      "社区食堂又添新网点\n"
                      "记者 丙丁\n"
                      "　　社区食堂近日开业，每天供应\n"
                      "午餐和晚餐两餐。\n";
  tb_issue *issue = parse_bytes("noblank.txt", text);
  assert_int_equal(issue->article_count, 2);
  assert_string_equal(issue->articles[0].headline, "全区新建口袋公园十二处");
  assert_int_equal(issue->articles[0].paragraphs.count, 2);
  assert_string_equal(issue->articles[1].headline, "社区食堂又添新网点");
  assert_string_equal(issue->articles[1].byline, "记者 丙丁");
  tb_issue_free(issue);
}

static void question_title_above_a_byline(void **state) {
  (void)state;
  const char text[] = "前一篇报道\n\n"
                      "　　前一篇报道的最后一段文字，\n"
                      "到这里结束。\n"
                      "汛期来了，我们准备好了吗？\n"
                      "记者 戊己\n"
                      "　　随着汛期临近，防汛工作进入\n"
                      "冲刺阶段。\n";
  tb_issue *issue = parse_bytes("question.txt", text);
  bool found = false;
  for (size_t i = 0; i < issue->article_count; i++)
    if (issue->articles[i].headline &&
        strcmp(issue->articles[i].headline, "汛期来了，我们准备好了吗？") == 0) {
      found = true;
      assert_int_equal(issue->articles[i].paragraphs.count, 1);
    }
  assert_true(found);
  tb_issue_free(issue);
}

static void page_label_and_masthead_slogan_are_furniture(void **state) {
  (void)state;
  /* a short label right under page furniture (or under the masthead, after its unfinished
   * slogan) names the page, not a story */
  const char text[] = "某某报\n"
                      "2026年5月20日 星期三\n"
                      "团结奋斗谱写新篇章\n"
                      "要闻\n"
                      "全区新建口袋公园十二处\n"
                      "　　今年全区新建口袋公园十二处。\n"
                      "第1版 2026年5月20日\n"
                      "社区\n"
                      "社区食堂又添新网点\n"
                      "　　社区食堂近日开业。\n";
  tb_issue *issue = parse_bytes("labels.txt", text);
  assert_int_equal(issue->article_count, 2);
  assert_string_equal(issue->articles[0].headline, "全区新建口袋公园十二处");
  assert_int_equal(issue->articles[0].subheadlines.count, 0);
  assert_string_equal(issue->articles[1].headline, "社区食堂又添新网点");
  assert_int_equal(issue->articles[1].subheadlines.count, 0);
  tb_issue_free(issue);
}

static void rubric_over_bulleted_briefs_is_furniture(void **state) {
  (void)state;
  const char text[] = "前一篇报道\n\n"
                      "　　前一篇报道的最后一段。\n"
                      "本区简讯\n"
                      "◆甲街道开展应急演练\n"
                      "　　甲街道近日开展汛前应急演练。\n"
                      "◆乙街道为老人安装报警器\n"
                      "　　乙街道为独居老人安装报警器。\n";
  tb_issue *issue = parse_bytes("rubric.txt", text);
  for (size_t i = 0; i < issue->article_count; i++)
    for (size_t k = 0; k < issue->articles[i].paragraphs.count; k++)
      assert_null(strstr(issue->articles[i].paragraphs.items[k], "本区简讯"));
  bool first = false;
  for (size_t i = 0; i < issue->article_count; i++)
    first = first || (issue->articles[i].headline &&
                      strcmp(issue->articles[i].headline, "甲街道开展应急演练") == 0);
  assert_true(first);
  tb_issue_free(issue);
}

static void two_part_bullet_title_is_not_run_in(void **state) {
  (void)state;
  /* "■ 一间闲置房 变身会客厅": the part after the space has no clause mark, so it is the title's
   * second half, not the start of the text */
  const char text[] = "老街新貌\n\n"
                      "　　推开院门，一间屋子里几位老街坊正在下棋。\n"
                      "■ 一间闲置房 变身“胡同会客厅”\n"
                      "　　这间会客厅由街道改造而成，每天向居民开放。\n";
  tb_issue *issue = parse_bytes("twopart.txt", text);
  assert_int_equal(issue->article_count, 1);
  tb_article *a = &issue->articles[0];
  assert_int_equal(a->paragraphs.count, 2);
  assert_true(tb_lo_starts(a->paragraphs.items[1], "这间会客厅"));
  assert_int_equal(a->crosshead_count, 1);
  assert_non_null(strstr(a->crossheads[0].text, "变身"));
  tb_issue_free(issue);
}

static void indented_line_under_a_bullet_title_opens_its_text(void **state) {
  (void)state;
  /* an indented line ending on a closing quote under a title is the text's first line */
  const char text[] = "前一篇报道\n\n"
                      "　　前一篇报道的最后一段。\n"
                      "◆甲街道“周末书房”开门迎客\n"
                      "　　街道图书馆新设的“周末书房”\n"
                      "于5月17日正式开放，首日接待读者430余人次。\n";
  tb_issue *issue = parse_bytes("closer.txt", text);
  bool found = false;
  for (size_t i = 0; i < issue->article_count; i++) {
    tb_article *a = &issue->articles[i];
    assert_int_equal(a->subheadlines.count, 0);
    for (size_t k = 0; k < a->paragraphs.count; k++)
      found = found || tb_lo_starts(a->paragraphs.items[k], "街道图书馆新设的");
  }
  assert_true(found);
  tb_issue_free(issue);
}

static void page_of_headlines_printed_before_its_bodies(void **state) {
  (void)state;
  /* the stack: blank-parted blocks, one with a subtitle listing things (a comma is no sign of
   * text there), then the bodies in another order */
  const char text[] = "某某报\n"
                      "2026年6月9日 星期二\n\n"
                      "推进南部地区高质量发展\n"
                      "丽泽商务区首批项目开工\n"
                      "总投资286亿元 涉及楼宇、公园和轨道交通\n\n"
                      "夏季招聘会在体育中心举行\n"
                      "提供岗位2800个\n\n"
                      "丰台启动汛期模式\n\n"
                      "本报讯（记者 甲）6月1日起，丰台区正式进入汛期工作状态，启动汛期模式。\n\n"
                      "本报讯（记者 乙）6月5日，丽泽商务区首批项目集中开工，总投资286亿元。\n\n"
                      "本报讯（记者 丙）6月6日，夏季招聘会在体育中心举行，提供岗位2800个。\n";
  tb_issue *issue = parse_bytes("stack.txt", text);
  assert_int_equal(issue->article_count, 3);
  for (size_t i = 0; i < 3; i++) {
    tb_article *a = &issue->articles[i];
    assert_non_null(a->headline);
    if (strstr(a->paragraphs.items[0], "丽泽"))
      assert_non_null(strstr(a->headline, "丽泽"));
    else if (strstr(a->paragraphs.items[0], "招聘会"))
      assert_non_null(strstr(a->headline, "招聘会"));
    else
      assert_string_equal(a->headline, "丰台启动汛期模式");
  }
  tb_issue_free(issue);
}

static void photo_between_two_stories_is_a_caption(void **state) {
  (void)state;
  /* a finished text, then one short paragraph and a lone photo credit, then a new story: the
   * paragraph is the photo's caption, not the first story's last paragraph */
  const char text[] = "公园荷花初绽\n\n"
                      "招聘会提供岗位2800个\n\n"
                      "本报讯（记者 甲）6月6日，夏季招聘会举行，提供岗位2800个。\n\n"
                      "当天共有3900余人次进场求职。\n\n"
                      "6月7日，市民在湿地公园观赏初开的荷花。\n\n"
                      "记者 乙 摄\n\n"
                      "本报讯（记者 丙）6月8日起，南广场公交场站投入使用。\n";
  tb_issue *issue = parse_bytes("photo.txt", text);
  bool caption = false;
  for (size_t i = 0; i < issue->article_count; i++) {
    tb_article *a = &issue->articles[i];
    for (size_t k = 0; k < a->paragraphs.count; k++)
      if (strstr(a->paragraphs.items[k], "荷花")) assert_int_equal(a->paragraphs.count, 1);
    for (size_t k = 0; k < a->captions.count; k++)
      caption = caption || strstr(a->captions.items[k], "荷花");
  }
  assert_true(caption);
  tb_issue_free(issue);
}

static void letter_salutation_and_signature(void **state) {
  (void)state;
  const char text[] = "小区门口的断头路通了\n\n"
                      "编辑同志：\n\n"
                      "我家住在小区附近，北门外原本有一条断头路，居民去地铁站要绕行很远，"
                      "老人孩子出门很不方便。\n\n"
                      "今年5月底，这条路正式通车了，谢谢你们！\n\n"
                      "某街道某村居民 马某华\n\n"
                      "编者按：老年助餐服务是群众家门口的关键小事。\n\n"
                      "上午11时，幸福食堂门口已排起了队，老人们陆续前来就餐。\n";
  tb_issue *issue = parse_bytes("letter.txt", text);
  tb_article *a = &issue->articles[0];
  assert_string_equal(a->headline, "小区门口的断头路通了");
  assert_string_equal(a->paragraphs.items[0], "编辑同志：");
  assert_int_equal(a->paragraphs.count, 3);
  assert_non_null(a->byline);
  assert_string_equal(a->byline, "某街道某村居民 马某华");
  tb_issue_free(issue);
}

static void editor_note_opens_the_next_story_in_a_stack(void **state) {
  (void)state;
  /* a body's opening stops at an editor's note: the words after it are the next story's, so the
   * stacked title matching them heads the text under the note, not the letter above it */
  const char text[] = "小区门口的断头路通了\n\n"
                      "一碗热汤面 暖了老街坊\n"
                      "——幸福食堂运营一周年见闻\n\n"
                      "编辑同志：\n\n"
                      "我家住在小区附近，北门外原本有一条断头路，居民去地铁站要绕行很远。\n\n"
                      "今年5月底，这条路正式通车了，谢谢你们！\n\n"
                      "某街道某村居民 马某华\n\n"
                      "编者按：老年助餐服务是群众家门口的关键小事。\n\n"
                      "文/记者 周某\n\n"
                      "上午11时，幸福食堂门口已排起了队，食堂运营一周年，一碗热汤面暖了老街坊。\n";
  tb_issue *issue = parse_bytes("note.txt", text);
  assert_int_equal(issue->article_count, 2);
  tb_article *meal = NULL;
  for (size_t i = 0; i < issue->article_count; i++)
    for (size_t k = 0; k < issue->articles[i].paragraphs.count; k++)
      if (strstr(issue->articles[i].paragraphs.items[k], "幸福食堂")) meal = &issue->articles[i];
  assert_non_null(meal);
  assert_string_equal(meal->headline, "一碗热汤面 暖了老街坊");
  assert_int_equal(meal->paragraphs.count, 1);
  assert_non_null(meal->editor_note);
  tb_issue_free(issue);
}

static void page_number_glued_to_a_page_s_last_line(void **state) {
  (void)state;
  /* the digits after a finished sentence, right before the next page's header, are the page's
   * number; inside a page they are text ("…增长了3" goes on) */
  const char text[] = "城市书房年底前开放\n\n"
                      "本报讯（记者 甲）书房计划每天开放至22时，满足周边居民夜读需求。2\n\n"
                      "2026年6月9日 星期二  第3版  社区  责任编辑：乙\n\n"
                      "邻里节开幕\n\n"
                      "本报讯（记者 丙）邻里节持续至6月底，开展活动15场。\n";
  tb_issue *issue = parse_bytes("glued.txt", text);
  assert_int_equal(issue->article_count, 2);
  assert_true(tb_lo_ends(issue->articles[0].paragraphs.items[0], "夜读需求。"));
  tb_issue_free(issue);
}

static void bracketed_credit_under_a_bylined_story_closes_another(void **state) {
  (void)state;
  /* the column's first story names its writer at the top; a title further down whose text
   * closes with a bracketed credit of its own heads a second story, not a section */
  const char text[] = "健康之窗\n\n"
                      "春夏之交 警惕鼻炎\n\n"
                      "□ 某医院耳鼻喉科主任医师 钱某某\n\n"
                      "每年春夏之交，不少人会出现鼻痒、打喷嚏等症状，很多人以为是感冒。\n\n"
                      "一、如何区分感冒和鼻炎\n\n"
                      "感冒通常由病毒感染引起，常伴有发热、咽痛，一般7天可自愈。\n\n"
                      "老年人补钙 走出误区\n\n"
                      "误区一：喝骨头汤能补钙。骨头汤中的钙含量很低，老年人不宜多喝。\n\n"
                      "误区二：补钙越多越好。过量补钙可能增加肾结石等风险。\n\n"
                      "（某区疾控中心 供稿）\n";
  tb_issue *issue = parse_bytes("column.txt", text);
  assert_int_equal(issue->article_count, 2);
  tb_article *calcium = &issue->articles[1];
  assert_string_equal(calcium->headline, "老年人补钙 走出误区");
  assert_int_equal(calcium->paragraphs.count, 2);
  assert_non_null(calcium->byline);
  assert_string_equal(calcium->byline, "（某区疾控中心 供稿）");
  tb_issue_free(issue);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(fixture_xindongcheng_front_pages),
      cmocka_unit_test(fixture_column_layout),
      cmocka_unit_test(fixture_markdown_extract),
      cmocka_unit_test(doubled_runs_are_undoubled),
      cmocka_unit_test(letter_spacing_is_closed_but_phrase_gaps_stay),
      cmocka_unit_test(wrap_hyphen_and_cjk_joins),
      cmocka_unit_test(datelines_and_their_bylines),
      cmocka_unit_test(credits_and_bylines),
      cmocka_unit_test(bracket_tagged_run_in_items_and_colon_page_labels),
      cmocka_unit_test(question_title_under_column_tag_and_signed_end),
      cmocka_unit_test(furniture_is_recognized),
      cmocka_unit_test(list_numbers_and_labels),
      cmocka_unit_test(jump_markers),
      cmocka_unit_test(bigram_cover),
      cmocka_unit_test(hard_wraps_and_column_breaks_are_healed),
      cmocka_unit_test(unwrapped_paragraph_split_by_blank_is_joined),
      cmocka_unit_test(caption_inside_a_sentence_is_lifted_out),
      cmocka_unit_test(stacked_headlines_pair_by_wording),
      cmocka_unit_test(headline_printed_after_its_body),
      cmocka_unit_test(sidebar_after_its_main_story),
      cmocka_unit_test(subtitle_of_a_bylined_stack_stays_with_its_story),
      cmocka_unit_test(tight_title_lines_split_where_they_cannot_be_one_title),
      cmocka_unit_test(a_brief_under_a_rubric_and_crossheads_behind_bullets),
      cmocka_unit_test(title_block_above_a_dateline_may_fill_the_measure),
      cmocka_unit_test(list_labels_are_not_titles),
      cmocka_unit_test(unmarked_caption_set_wider_than_its_column),
      cmocka_unit_test(kicker_and_title_on_consecutive_lines),
      cmocka_unit_test(a_page_header_ends_the_story_before),
      cmocka_unit_test(markdown_bold_titles_columns_and_crossheads),
      cmocka_unit_test(brief_items_without_blanks_and_run_in_titles),
      cmocka_unit_test(markdown_list_items_and_italic_captions),
      cmocka_unit_test(heading_lines_set_together_head_one_story),
      cmocka_unit_test(paper_name_over_the_masthead_date_is_no_title),
      cmocka_unit_test(continued_parts_are_joined),
      cmocka_unit_test(crossheads_stay_out_of_paragraphs),
      cmocka_unit_test(numbered_list_is_one_article),
      cmocka_unit_test(markdown_headings),
      cmocka_unit_test(html_articles),
      cmocka_unit_test(json_round_trip),
      cmocka_unit_test(only_furniture_is_an_input_error),
      cmocka_unit_test(big_input_is_parsed),
      cmocka_unit_test(title_after_a_finished_indented_text_without_blanks),
      cmocka_unit_test(question_title_above_a_byline),
      cmocka_unit_test(page_label_and_masthead_slogan_are_furniture),
      cmocka_unit_test(rubric_over_bulleted_briefs_is_furniture),
      cmocka_unit_test(two_part_bullet_title_is_not_run_in),
      cmocka_unit_test(indented_line_under_a_bullet_title_opens_its_text),
      cmocka_unit_test(page_of_headlines_printed_before_its_bodies),
      cmocka_unit_test(photo_between_two_stories_is_a_caption),
      cmocka_unit_test(letter_salutation_and_signature),
      cmocka_unit_test(editor_note_opens_the_next_story_in_a_stack),
      cmocka_unit_test(page_number_glued_to_a_page_s_last_line),
      cmocka_unit_test(bracketed_credit_under_a_bylined_story_closes_another),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
