; Indentation (nvim-treesitter's capture names, which Zed's indents.scm also builds on):
; a body is indented one level (two spaces, see `wodc fmt`) and its closing `}` goes back
; to the level of the line that opened it.
[
  (exercise_definition)
  (session)
  (superset)
] @indent.begin

(block
  "{") @indent.begin

"}" @indent.branch @indent.end

(comment) @indent.auto
