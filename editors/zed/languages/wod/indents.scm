; Zed: the lines inside a body are indented, the closing `}` ends the indent.
(exercise_definition
  "}" @end) @indent

(block
  "}" @end) @indent

(session
  "}" @end) @indent

(superset
  "}" @end) @indent
