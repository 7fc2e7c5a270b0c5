#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "core/core.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void utf8_round_trips_every_plane(void **state) {
  (void)state;
  const uint32_t samples[] = {0x41, 0xE9, 0x4E2D, 0x9FFF, 0x20000, 0x10FFFF};
  for (size_t i = 0; i < sizeof samples / sizeof *samples; i++) {
    char buf[4];
    size_t n = tb_utf8_encode(samples[i], buf);
    uint32_t back = 0;
    assert_int_equal(tb_utf8_decode(buf, n, &back), n);
    assert_int_equal(back, samples[i]);
  }
}

static void utf8_rejects_overlong_surrogate_and_truncated(void **state) {
  (void)state;
  uint32_t cp;
  assert_int_equal(tb_utf8_decode("\xC0\xAF", 2, &cp), 0);         /* overlong '/' */
  assert_int_equal(tb_utf8_decode("\xED\xA0\x80", 3, &cp), 0);     /* surrogate */
  assert_int_equal(tb_utf8_decode("\xE4\xB8", 2, &cp), 0);         /* truncated 中 */
  assert_int_equal(tb_utf8_decode("\xF4\x90\x80\x80", 4, &cp), 0); /* above U+10FFFF */
  const char text[] = "中文\xFFok";
  assert_int_equal(tb_utf8_first_invalid(text, strlen(text)), 6);
  assert_int_equal(tb_utf8_first_invalid("中文", strlen("中文")), SIZE_MAX);
}

static void full_width_alnum_folds_to_ascii(void **state) {
  (void)state;
  assert_int_equal(tb_ascii_alnum_of(0xFF13), '3');    /* ３ */
  assert_int_equal(tb_ascii_alnum_of(0xFF21), 'A');    /* Ａ */
  assert_int_equal(tb_ascii_alnum_of(0xFF5A), 'z');    /* ｚ */
  assert_int_equal(tb_ascii_alnum_of(0xFF0C), 0xFF0C); /* ， stays what speech and braille want */
  assert_int_equal(tb_ascii_alnum_of(0xFF1A), 0xFF1A); /* ： */
  assert_int_equal(tb_ascii_alnum_of(0x4E00), 0x4E00);
}

static void utf8_prefix_cuts_at_characters(void **state) {
  (void)state;
  char *p = tb_utf8_prefix("新东城报", 2);
  assert_string_equal(p, "新东");
  free(p);
  assert_int_equal(tb_utf8_length("新东城报ab"), 6);
}

static void classifies_hanzi_and_punctuation(void **state) {
  (void)state;
  assert_true(tb_is_hanzi(0x4E2D));
  assert_true(tb_is_hanzi(0x20000));
  assert_false(tb_is_hanzi('A'));
  assert_false(tb_is_hanzi(0x3002));
  assert_true(tb_is_cjk_punctuation(0x3002)); /* 。 */
  assert_true(tb_is_cjk_punctuation(0xFF0C)); /* ， */
  assert_true(tb_is_cjk_punctuation(0x201C)); /* “ */
  assert_false(tb_is_cjk_punctuation(0x4E00));
}

static void strbuf_grows_and_hands_over(void **state) {
  (void)state;
  tb_strbuf sb;
  tb_strbuf_init(&sb);
  assert_string_equal(tb_strbuf_view(&sb), "");
  for (int i = 0; i < 1000; i++)
    tb_strbuf_printf(&sb, "%d,", i);
  tb_strbuf_put_codepoint(&sb, 0x4E2D);
  char *s = tb_strbuf_take(&sb);
  assert_int_equal(strncmp(s, "0,1,2,", 6), 0);
  assert_string_equal(s + strlen(s) - 3, "中");
  assert_null(sb.data);
  free(s);
}

static void arena_keeps_alignment_across_blocks(void **state) {
  (void)state;
  tb_arena *a = tb_arena_new();
  for (int i = 0; i < 5000; i++) {
    char *p = tb_arena_alloc(a, (size_t)(i % 97) + 1);
    assert_int_equal((uintptr_t)p % 16, 0);
    p[0] = 'x';
  }
  char *big = tb_arena_alloc(a, 200000);
  big[199999] = 1;
  assert_string_equal(tb_arena_strdup(a, "听报"), "听报");
  tb_arena_free(a);
}

static void atomic_write_replaces_and_leaves_no_temp(void **state) {
  (void)state;
  char dir[] = "/tmp/tb-core-XXXXXX";
  assert_non_null(mkdtemp(dir));
  char *nested = tb_path_join(dir, "a/b/c");
  tb_error err;
  assert_int_equal(tb_mkdir_p(nested, &err), TB_OK);
  assert_true(tb_path_is_dir(nested));
  char *file = tb_path_join(nested, "x.txt");
  assert_int_equal(tb_file_write_atomic(file, "one", 3, &err), TB_OK);
  assert_int_equal(tb_file_write_atomic(file, "second", 6, &err), TB_OK);
  unsigned char *data;
  size_t n;
  assert_int_equal(tb_file_read_all(file, &data, &n, &err), TB_OK);
  assert_int_equal(n, 6);
  assert_memory_equal(data, "second", 6);
  free(data);
  char *temp = tb_temp_path_for(file);
  assert_false(tb_path_exists(temp));
  free(temp);
  /* Reading a directory or a missing file is an input error that names the path. */
  assert_int_equal(tb_file_read_all(nested, &data, &n, &err), TB_ERR_INPUT);
  assert_non_null(strstr(err.message, "is a directory"));
  char *missing = tb_path_join(dir, "missing.txt");
  assert_int_equal(tb_file_read_all(missing, &data, &n, &err), TB_ERR_INPUT);
  assert_non_null(strstr(err.message, missing));
  unlink(file);
  free(missing);
  free(file);
  free(nested);
}

static char *write_temp_config(const char *text) {
  char path[] = "/tmp/tb-conf-XXXXXX";
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
  close(fd);
  return tb_xstrdup(path);
}

static void config_overlays_file_and_names_bad_lines(void **state) {
  (void)state;
  tb_config cfg;
  tb_error err;
  tb_config_defaults(&cfg);
  assert_int_equal(cfg.braille_cells, 40);
  assert_int_equal(cfg.braille_lines, 25);
  char *good =
      write_temp_config("[braille]\ncells_per_line = 32\n[speech]\nvoice = tingbao-male\n");
  assert_int_equal(tb_config_load(&cfg, good, &err), TB_OK);
  assert_int_equal(cfg.braille_cells, 32);
  assert_string_equal(cfg.voice, "tingbao-male");
  char *bad = write_temp_config("[braille]\n\ncells_per_line = wide\n");
  assert_int_equal(tb_config_load(&cfg, bad, &err), TB_ERR_INPUT);
  assert_non_null(strstr(err.message, ":3:"));
  char *unknown = write_temp_config("[speech]\nvolume = 11\n");
  assert_int_equal(tb_config_load(&cfg, unknown, &err), TB_ERR_INPUT);
  assert_non_null(strstr(err.message, "unknown key"));
  unlink(good);
  unlink(bad);
  unlink(unknown);
  free(good);
  free(bad);
  free(unknown);
  tb_config_free(&cfg);
}

static void config_copy_is_deep_and_server_keys_load(void **state) {
  (void)state;
  tb_config cfg, copy;
  tb_error err;
  tb_config_defaults(&cfg);
  char *path = write_temp_config("[paths]\nstate_dir = /srv/tingbao\n[server]\n"
                                 "max_attempts = 5\ninbox_settle_ms = 250\n");
  assert_int_equal(tb_config_load(&cfg, path, &err), TB_OK);
  assert_int_equal(cfg.max_attempts, 5);
  assert_int_equal(cfg.inbox_settle_ms, 250);
  tb_config_copy(&copy, &cfg);
  assert_ptr_not_equal(copy.state_dir, cfg.state_dir);
  assert_string_equal(copy.state_dir, "/srv/tingbao");
  tb_config_free(&cfg); /* the copy must survive the original */
  assert_string_equal(copy.state_dir, "/srv/tingbao");
  assert_string_equal(copy.voice, "tingbao-female");
  tb_config_free(&copy);
  unlink(path);
  free(path);
}

static void error_messages_stay_on_one_line(void **state) {
  (void)state;
  tb_error err;
  assert_int_equal(tb_error_set(&err, TB_ERR_INPUT, "a\nb\rc"), TB_ERR_INPUT);
  assert_string_equal(err.message, "a b c");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(utf8_round_trips_every_plane),
      cmocka_unit_test(utf8_rejects_overlong_surrogate_and_truncated),
      cmocka_unit_test(utf8_prefix_cuts_at_characters),
      cmocka_unit_test(full_width_alnum_folds_to_ascii),
      cmocka_unit_test(classifies_hanzi_and_punctuation),
      cmocka_unit_test(strbuf_grows_and_hands_over),
      cmocka_unit_test(arena_keeps_alignment_across_blocks),
      cmocka_unit_test(atomic_write_replaces_and_leaves_no_temp),
      cmocka_unit_test(config_overlays_file_and_names_bad_lines),
      cmocka_unit_test(config_copy_is_deep_and_server_keys_load),
      cmocka_unit_test(error_messages_stay_on_one_line),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
