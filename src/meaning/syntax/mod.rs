//! The wording of every `syntax` error. The parser (`src/syntax/`) decides which error a
//! line makes and gives the grammar's own words (what a rule or a place is called, what
//! stands where matching failed); the sentences, labels and help are here. Errors about
//! one line that does not parse are in [`line`], those about what stands where (braces,
//! bodies, what a file or a definition must hold) in [`structure`], those about the
//! file's bytes below.

mod line;
mod structure;

pub use line::{
    drop_after_comma, expected, missing_colon, stray_character, unknown_clause, unknown_statement,
    unquoted_name,
};
pub use structure::{
    body_of_repeats, header_in_library, incomplete_definition, misplaced, misplaced_level,
    missing_open_brace, no_program_line, unclosed_at_end, unclosed_before_line, unexpected_close,
};

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

/// The file's lines end with `\r` alone (classic Mac OS), the first at `at`: the whole
/// file is one line to the grammar, so this is said once instead of that line's first
/// mistake.
pub fn lone_carriage_returns(file: FileId, at: usize) -> Diagnostic {
    Diagnostic::error(
        META.name,
        file,
        Span::new(at, at + 1),
        "the lines of this file end with a carriage return alone (U+000D), as on classic Mac OS",
    )
    .with_label("the first line ends here")
    .with_help("save the file with LF (`\\n`) or CRLF (`\\r\\n`) line ends")
}
