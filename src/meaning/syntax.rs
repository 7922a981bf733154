use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::span::{FileId, Span};

declare_rule! {
    /// ## What it checks
    /// Text that does not match the grammar of `.wod`: a missing colon, a misspelt
    /// keyword, a `{` that is never closed, bytes that are not UTF-8.
    ///
    /// ## Why
    /// Nothing can be said about a line whose shape is unknown. Every line is parsed on
    /// its own, so one bad line is reported and the rest of the file is still checked.
    ///
    /// ## Example
    /// ```wod
    /// program "Missing colon"
    ///
    /// block "A" weeks 1-2 {
    ///   session "Pull" on tue {
    ///     Lat Pulldown 3 x 10
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Write the line in one of the forms of `docs/language.md`; an exercise line reads
    /// `NAME: SETS x REPS [@ INTENSITY] [, CLAUSE]...`.
    /// ```wod
    /// program "Missing colon"
    ///
    /// block "A" weeks 1-2 {
    ///   session "Pull" on tue {
    ///     Lat Pulldown: 3 x 10
    ///   }
    /// }
    /// ```
    pub static META = {
        name: "syntax",
        level: Error,
        kind: Meaning,
        fix: Sometimes,
    }
}

/// The file's bytes stop being UTF-8 at `offset` (of the decoded text, where the first
/// bad byte became a U+FFFD replacement character).
pub fn invalid_utf8(file: FileId, offset: usize) -> Diagnostic {
    let replacement = char::REPLACEMENT_CHARACTER.len_utf8();
    Diagnostic::error(
        META.name,
        file,
        Span::new(offset, offset + replacement),
        "the file is not valid UTF-8 from here",
    )
    .with_label("not UTF-8")
    .with_help("save the file with UTF-8 encoding")
}

/// A `{` after `repeats "OTHER"`: the block's sessions are the other block's.
pub fn body_of_repeats(file: FileId, open: Span) -> Diagnostic {
    Diagnostic::error(
        META.name,
        file,
        open,
        "a block that `repeats` another has no body of its own",
    )
    .with_label("no `{` here")
    .with_help("remove the `{ ... }`, or write the sessions and remove `repeats`")
}
