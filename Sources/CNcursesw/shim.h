// The ncursesw API as Swift can use it.
//
// SwiftPM drops pkg-config's -D_XOPEN_SOURCE flag, which would silently hide the wide-character
// API, so it is switched on here before the header is read. Macros that do not import into
// Swift (attribute bits, mouse masks, getmaxyx) and the C globals that Swift 6 refuses to touch
// (stdscr, LINES, COLS, COLORS, stdout) are reached through the small functions below.
#ifndef PARLEY_NCURSES_SHIM_H
#define PARLEY_NCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

static inline WINDOW *parley_stdscr(void) { return stdscr; }
static inline int parley_lines(void) { return LINES; }
static inline int parley_cols(void) { return COLS; }
static inline int parley_colors(void) { return COLORS; }
static inline int parley_color_pairs(void) { return COLOR_PAIRS; }

/// Starts curses on the process's own terminal; NULL (not an exit) when it cannot.
static inline SCREEN *parley_newterm(void) { return newterm(NULL, stdout, stdin); }

/// 0 when $TERM names a terminal with cursor addressing; 1 TERM unset, 2 unknown, 3 no cursor
/// addressing (such as TERM=dumb). Reads terminfo only: nothing is written to the terminal.
static inline int parley_check_terminal(void) {
    const char *term = getenv("TERM");
    if (term == NULL || *term == '\0') return 1;
    int error = 0;
    if (setupterm((char *)term, 1, &error) != OK) return 2;
    char *cup = tigetstr("cup");
    int result = (cup == NULL || cup == (char *)-1) ? 3 : 0;
    del_curterm(cur_term);
    return result;
}

/// True when the locale's character set is UTF-8 (after setlocale).
static inline int parley_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

static inline attr_t parley_a_normal(void) { return A_NORMAL; }
static inline attr_t parley_a_bold(void) { return A_BOLD; }
static inline attr_t parley_a_underline(void) { return A_UNDERLINE; }
static inline attr_t parley_a_reverse(void) { return A_REVERSE; }

static inline mmask_t parley_mouse_events(void) {
    return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline mmask_t parley_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t parley_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t parley_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t parley_button5_pressed(void) { return BUTTON5_PRESSED; }

static inline int parley_key_f0(void) { return KEY_F0; }

/// The screen's size, which getmaxyx (a macro) would give.
static inline void parley_size(int *height, int *width) {
    // (term.h defines `lines` and `columns` as macros, so these names avoid them.)
    *height = getmaxy(stdscr);
    *width = getmaxx(stdscr);
}

/// Sets the attributes and colour pair for what is written next.
static inline void parley_set_style(attr_t attributes, int pair) {
    wattr_set(stdscr, attributes, (short)pair, NULL);
}

/// Writes wide characters at a position.
static inline int parley_put(int row, int column, const wchar_t *text, int count) {
    return mvwaddnwstr(stdscr, row, column, text, count);
}

/// Reads one key (or character) from the keyboard, waiting at most the timeout set.
static inline int parley_read(wint_t *key) { return wget_wch(stdscr, key); }

#endif
