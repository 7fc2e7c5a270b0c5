#include "core.h"

#include <stdlib.h>
#include <string.h>

typedef struct block {
  struct block *next;
  size_t used;
  size_t size;
  _Alignas(16) unsigned char data[];
} block;

struct tb_arena {
  block *head;
};

enum { BLOCK_SIZE = 64 * 1024 };

tb_arena *tb_arena_new(void) {
  return tb_xcalloc(1, sizeof(tb_arena));
}

void tb_arena_free(tb_arena *arena) {
  if (!arena) return;
  block *b = arena->head;
  while (b) {
    block *next = b->next;
    free(b);
    b = next;
  }
  free(arena);
}

void *tb_arena_alloc(tb_arena *arena, size_t size) {
  size = (size + 15) & ~(size_t)15;
  block *b = arena->head;
  if (!b || b->size - b->used < size) {
    size_t cap = size > BLOCK_SIZE ? size : BLOCK_SIZE;
    b = tb_xmalloc(sizeof(block) + cap);
    b->used = 0;
    b->size = cap;
    b->next = arena->head;
    arena->head = b;
  }
  void *p = b->data + b->used;
  b->used += size;
  memset(p, 0, size);
  return p;
}

char *tb_arena_strndup(tb_arena *arena, const char *s, size_t n) {
  char *p = tb_arena_alloc(arena, n + 1);
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

char *tb_arena_strdup(tb_arena *arena, const char *s) {
  return s ? tb_arena_strndup(arena, s, strlen(s)) : NULL;
}
