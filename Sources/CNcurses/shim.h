/* Wrappers for ncurses macros that Swift cannot import. No logic. */
#ifndef FLIGHTDECK_CNCURSES_SHIM_H
#define FLIGHTDECK_CNCURSES_SHIM_H
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <ncurses.h>

static inline attr_t CNcurses_A_BOLD(void) { return A_BOLD; }
static inline attr_t CNcurses_A_REVERSE(void) { return A_REVERSE; }
static inline attr_t CNcurses_A_UNDERLINE(void) { return A_UNDERLINE; }
static inline attr_t CNcurses_A_DIM(void) { return A_DIM; }
static inline attr_t CNcurses_A_NORMAL(void) { return A_NORMAL; }
static inline attr_t CNcurses_COLOR_PAIR(int n) { return COLOR_PAIR(n); }
static inline int CNcurses_getmaxy(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)x; return y; }
static inline int CNcurses_getmaxx(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)y; return x; }
static inline WINDOW *CNcurses_stdscr(void) { return stdscr; }
static inline int CNcurses_COLORS(void) { return COLORS; }
static inline int CNcurses_COLOR_PAIRS(void) { return COLOR_PAIRS; }
static inline int CNcurses_KEY_RESIZE(void) { return KEY_RESIZE; }
static inline int CNcurses_KEY_F(int n) { return KEY_F(n); }
static inline int CNcurses_KEY_CODE_YES(void) { return KEY_CODE_YES; }
static inline int CNcurses_ERR(void) { return ERR; }
static inline int CNcurses_OK(void) { return OK; }
static inline FILE *CNcurses_stdout(void) { return stdout; }
static inline FILE *CNcurses_stdin(void) { return stdin; }
/* tigetstr answers (char *)-1 for "not a string capability": compare against this. */
static inline char *CNcurses_CANCELLED_STRING(void) { return (char *)-1; }

#endif
