; Highlights for .wod in Zed's capture names (https://zed.dev/docs/extensions/languages).
; The same patterns as editors/tree-sitter-wod/queries/highlights.scm; no node is
; matched by two patterns, so precedence does not matter.

(comment) @comment

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
  "import"
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
] @keyword

; allow / warn / deny set a rule's level, like a pragma.
[
  "allow"
  "warn"
  "deny"
] @preproc

[
  "equipment"
  "mechanic"
  "muscles"
  "skill"
  "aliases"
] @property

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
  path: (string) @string.special)

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
] @constant

; Enumerated words (goal, equipment, muscles, days...) are variants of an enumeration.
[
  (identifier)
  (day)
] @variant

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
