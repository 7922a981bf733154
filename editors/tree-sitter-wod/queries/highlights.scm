; Highlights for .wod, in Neovim's capture names (`:h treesitter-highlight-groups`),
; which the tree-sitter CLI reads too (`tree-sitter test` checks test/highlight/). No
; node is matched by two patterns, so the result does not depend on an editor's
; precedence rule (Neovim and the tree-sitter CLI let the last match win, Helix the
; first).
; editors/nvim/queries/wod/highlights.scm is a copy of this file (CI checks they match);
; Helix and Zed have their own files, with their own capture names.
; The one exception is a comment, captured twice: @spell is no colour, it tells Neovim
; to spell-check the comment, and @comment comes last for engines that keep only the
; last match (the tree-sitter CLI 0.27).

(comment) @spell

(comment) @comment

; ---------------------------------------------------------------------------------------
; Keywords

[
  "program"
  "exercise"
  "block"
  "session"
  "superset"
  "athlete"
  "goal"
  "phase"
  "units"
  "start"
  "timezone"
  "round"
  "max"
  "weeks"
  "week"
  "deload"
  "repeats"
  "on"
  "at"
  "for"
  "note"
] @keyword

"import" @keyword.import

; allow / warn / deny set a rule's level, like a pragma.
[
  "allow"
  "warn"
  "deny"
] @keyword.directive

[
  "equipment"
  "mechanic"
  "muscles"
  "skill"
  "aliases"
] @property

; Clauses and techniques of a prescription line.
[
  "rest"
  "tempo"
  "progress"
  "warmup"
  "backoff"
  "each"
  "of"
  "set"
  "sets"
  "rep"
  "reps"
  "drop"
  "to"
  "mechanical"
  "rest-pause"
  "myo-reps"
  "pause"
] @keyword.modifier

; ---------------------------------------------------------------------------------------
; Names and text. Strings are captured by where they stand.

(exercise_name) @function

(prescription
  exercise: (string) @function)

(max_statement
  exercise: (string) @function)

(percent_of
  exercise: (string) @function)

(mechanical_drop
  exercise: (string) @function)

(exercise_definition
  name: (string) @function)

(aliases_property
  alias: (string) @function)

(block
  name: (string) @label)

(session
  name: (string) @label)

(repeats_clause
  block: (string) @label)

(program_statement
  name: (string) @string)

(session_note
  text: (string) @string)

(note_clause
  text: (string) @string)

(import_statement
  path: (string) @string.special.path)

; ---------------------------------------------------------------------------------------
; Values

[
  (number)
  (mass)
  (percent)
  (duration)
  (distance)
  (tempo)
  (date)
  (clock_time)
] @number

(timezone) @string.special

[
  "RPE"
  "RIR"
  "BW"
  "failure"
  (amrap)
] @constant.builtin

; Enumerated words: athlete level, goal, phase, units, equipment, mechanic, muscles,
; skill, and the days after `on`.
[
  (identifier)
  (day)
] @constant

(rule_name) @attribute

; ---------------------------------------------------------------------------------------
; Punctuation

[
  "x"
  "X"
  "×"
  "@"
  "+"
  "-"
  "/"
] @operator

[
  ":"
  ","
] @punctuation.delimiter

[
  "{"
  "}"
] @punctuation.bracket
