// External scanner for tree-sitter-wod: the two exercise names that no regular
// expression can cut out (tree-sitter's lexer has no lookahead).
//
// BARE_NAME  free text up to a colon on the same line: `Chest-Supported Row: 3 x 8`.
//            The token is the text without the spaces before the colon. No colon before
//            the end of the line (or a `"`, `{`, `}` or `//` first) means no token, so
//            `superset rest 90s {`, `note "..."` and `allow drop-size` lex as keywords.
// OF_NAME    the name after `of` in `70% of Back Squat RPE 8, rest 3min`: it runs to the
//            next comma, effort word (RPE, RIR, failure, any case), comment or end of
//            line, without the trailing spaces.
//
// The scanner keeps no state between tokens.

#include "tree_sitter/parser.h"

#include <stdbool.h>
#include <stdint.h>

enum TokenType { BARE_NAME, OF_NAME, ERROR_SENTINEL };

void *tree_sitter_wod_external_scanner_create(void) { return NULL; }
void tree_sitter_wod_external_scanner_destroy(void *payload) { (void)payload; }
unsigned tree_sitter_wod_external_scanner_serialize(void *payload, char *buffer) {
  (void)payload;
  (void)buffer;
  return 0;
}
void tree_sitter_wod_external_scanner_deserialize(void *payload, const char *buffer,
                                                  unsigned length) {
  (void)payload;
  (void)buffer;
  (void)length;
}

static bool is_blank(int32_t c) { return c == ' ' || c == '\t' || c == 0xFEFF; }
static bool is_line_end(TSLexer *lexer) {
  return lexer->eof(lexer) || lexer->lookahead == '\n' || lexer->lookahead == '\r';
}
static void skip_blanks(TSLexer *lexer) {
  while (!lexer->eof(lexer) && is_blank(lexer->lookahead)) lexer->advance(lexer, true);
}
static int32_t lower(int32_t c) { return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c; }

static bool scan_bare_name(TSLexer *lexer) {
  bool has_text = false;
  for (;;) {
    if (is_line_end(lexer)) return false;
    int32_t c = lexer->lookahead;
    if (c == ':') {
      if (!has_text) return false;
      lexer->result_symbol = BARE_NAME;
      return true;  // the end was marked after the last non-blank character
    }
    if (c == '"' || c == '{' || c == '}') return false;
    lexer->advance(lexer, false);
    if (c == '/' && lexer->lookahead == '/') return false;  // a comment starts: no colon
    if (!is_blank(c)) {
      has_text = true;
      lexer->mark_end(lexer);
    }
  }
}

// Is the word just read (lower-cased) `rpe`, `rir` or `failure`?
static bool is_effort_word(const char *word, int length) {
  if (length == 3 && word[0] == 'r' && ((word[1] == 'p' && word[2] == 'e') ||
                                        (word[1] == 'i' && word[2] == 'r'))) {
    return true;
  }
  static const char failure[] = "failure";
  if (length != 7) return false;
  for (int i = 0; i < 7; i++) {
    if (word[i] != failure[i]) return false;
  }
  return true;
}

static bool scan_of_name(TSLexer *lexer) {
  if (lexer->lookahead == '"') return false;  // a quoted name is a string token
  bool has_text = false;
  for (;;) {
    // One word: up to a blank, a comma or the line end. Its first few letters are kept
    // (lower-cased) to recognise an effort word; a word that starts with `rpe`/`rir`
    // and goes on with a digit (`RPE8`) counts as one too.
    char word[8];
    int length = 0;
    bool effort = false;
    while (!is_line_end(lexer) && !is_blank(lexer->lookahead) && lexer->lookahead != ',') {
      int32_t c = lexer->lookahead;
      if (length == 3 && c >= '0' && c <= '9' && is_effort_word(word, 3)) {
        effort = true;
        break;
      }
      lexer->advance(lexer, false);
      if (c == '/' && lexer->lookahead == '/') goto done;  // a comment starts
      if (length < 8) word[length] = (char)lower(c);
      length++;
    }
    if (effort || (length <= 8 && is_effort_word(word, length))) goto done;
    if (length == 0) goto done;  // a comma or the line end
    has_text = true;
    lexer->mark_end(lexer);
    while (!is_line_end(lexer) && is_blank(lexer->lookahead)) lexer->advance(lexer, false);
  }
done:
  if (!has_text) return false;
  lexer->result_symbol = OF_NAME;
  return true;
}

bool tree_sitter_wod_external_scanner_scan(void *payload, TSLexer *lexer,
                                           const bool *valid_symbols) {
  (void)payload;
  // During error recovery every symbol is valid; guessing a name there would swallow
  // keywords, so leave recovery to the built-in lexer.
  if (valid_symbols[ERROR_SENTINEL]) return false;

  skip_blanks(lexer);
  if (valid_symbols[BARE_NAME]) {
    int32_t c = lexer->lookahead;
    if (lexer->eof(lexer) || c == '"' || c == ':' || c == '{' || c == '}') return false;
    return scan_bare_name(lexer);
  }
  if (valid_symbols[OF_NAME]) return scan_of_name(lexer);
  return false;
}
