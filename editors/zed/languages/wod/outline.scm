; The outline panel: blocks with their sessions, and exercise definitions.
(block
  "block" @context
  name: (string) @name) @item

(session
  "session" @context
  name: (string) @name) @item

(exercise_definition
  "exercise" @context
  name: (string) @name) @item
