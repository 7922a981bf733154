; Folds: every construct with a `{ ... }` body. A bodiless block (`block "D" week 5
; deload`, `repeats "X"`) is a single line and is left alone.
[
  (exercise_definition)
  (session)
  (superset)
] @fold

(block
  "{") @fold
