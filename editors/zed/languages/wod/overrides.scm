; Scopes for config.toml's `not_in`: no auto-closed quote inside a string or a comment.
(comment) @comment.inclusive

(string) @string
