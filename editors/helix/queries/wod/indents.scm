; Indentation for Helix (https://docs.helix-editor.com/guides/indent.html): a body is
; indented one level, its closing `}` is not.
[
  (exercise_definition)
  (session)
  (superset)
] @indent

(block
  "{") @indent

"}" @outdent
