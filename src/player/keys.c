/* Key input. Arrow keys come as escape sequences (ESC [ C, or ESC O C in application mode). */
#include "player_internal.h"

#include <errno.h>
#include <poll.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

_Static_assert(sizeof(struct termios) <= sizeof(((tb_keyboard *)0)->saved),
               "termios does not fit tb_keyboard.saved");

void tb_keyboard_open(tb_keyboard *kb, int fd) {
  memset(kb, 0, sizeof *kb);
  kb->fd = fd;
  struct termios t;
  if (!isatty(fd) || tcgetattr(fd, &t) != 0) return;
  memcpy(kb->saved, &t, sizeof t);
  t.c_lflag &= ~(tcflag_t)(ICANON | ECHO);
  t.c_cc[VMIN] = 1;
  t.c_cc[VTIME] = 0;
  if (tcsetattr(fd, TCSANOW, &t) == 0) kb->raw = true;
}

void tb_keyboard_close(tb_keyboard *kb) {
  if (!kb->raw) return;
  struct termios t;
  memcpy(&t, kb->saved, sizeof t);
  tcsetattr(kb->fd, TCSANOW, &t);
  kb->raw = false;
}

/* One byte within timeout_ms: 1, 0 on timeout, -1 at the end of input. */
static int read_byte(int fd, int timeout_ms, unsigned char *byte) {
  struct pollfd p = {.fd = fd, .events = POLLIN};
  int ready = poll(&p, 1, timeout_ms);
  if (ready == 0 || (ready < 0 && errno == EINTR)) return 0;
  if (ready < 0) return -1;
  ssize_t n = read(fd, byte, 1);
  if (n == 1) return 1;
  if (n < 0 && (errno == EINTR || errno == EAGAIN)) return 0;
  return -1;
}

static tb_key escape_sequence(int fd) {
  unsigned char introducer, final;
  /* A lone ESC is not a key the player uses; the rest of a sequence arrives at once. */
  if (read_byte(fd, 30, &introducer) != 1 || (introducer != '[' && introducer != 'O'))
    return (tb_key){TB_KEY_NONE, 0};
  if (read_byte(fd, 30, &final) != 1) return (tb_key){TB_KEY_NONE, 0};
  while (final >= '0' && final <= '9') /* ESC [ 1 ~ and friends */
    if (read_byte(fd, 30, &final) != 1) return (tb_key){TB_KEY_NONE, 0};
  switch (final) {
  case 'A':
    return (tb_key){TB_KEY_UP, 0};
  case 'B':
    return (tb_key){TB_KEY_DOWN, 0};
  case 'C':
    return (tb_key){TB_KEY_RIGHT, 0};
  case 'D':
    return (tb_key){TB_KEY_LEFT, 0};
  case 'H':
    return (tb_key){TB_KEY_HOME, 0};
  case 'F':
    return (tb_key){TB_KEY_END_KEY, 0};
  default:
    return (tb_key){TB_KEY_NONE, 0};
  }
}

tb_key tb_keyboard_read(tb_keyboard *kb, int timeout_ms) {
  unsigned char byte;
  int got = read_byte(kb->fd, timeout_ms, &byte);
  if (got == 0) return (tb_key){TB_KEY_NONE, 0};
  if (got < 0) return (tb_key){TB_KEY_END, 0};
  if (byte == 0x1b) return escape_sequence(kb->fd);
  if (byte == '\r') byte = '\n';
  if (byte == 0x04) return (tb_key){TB_KEY_END, 0}; /* Ctrl-D */
  return (tb_key){TB_KEY_CHAR, (char)byte};
}
