; Highlights for .wod in Helix's scope names (https://docs.helix-editor.com/themes.html).
; The same patterns as editors/tree-sitter-wod/queries/highlights.scm, whose names are
; Neovim's. No node is matched by two patterns (Helix lets the first match win).

(comment) @comment.line

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

"import" @keyword.control.import

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
] @variable.other.member

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
] @keyword.storage.modifier

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

[
  (number)
  (mass)
  (percent)
  (duration)
  (distance)
  (tempo)
  (date)
  (clock_time)
] @constant.numeric

(timezone) @string.special

[
  "RPE"
  "RIR"
  "BW"
  "failure"
  (amrap)
] @constant.builtin

[
  (identifier)
  (day)
] @constant

(rule_name) @attribute

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
