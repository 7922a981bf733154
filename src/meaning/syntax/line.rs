//! `syntax` errors about one line the grammar cannot read. The parser works out what
//! went wrong; these say it.

use super::META;
use crate::diagnostic::Diagnostic;
use crate::span::{FileId, Span};
use crate::text;

/// What the grammar `expected` ("expected a number"...) and `found` instead ("`kgs`",
/// "the end of the line"...), at `span`; `help` is the grammar's hint for the place.
pub fn expected(
    file: FileId,
    span: Span,
    expected: &str,
    found: &str,
    at_end_of_line: bool,
    help: &str,
) -> Diagnostic {
    let label = if at_end_of_line {
        "the line ends here"
    } else {
        "unexpected"
    };
    Diagnostic::error(META.name, file, span, format!("{expected}, found {found}"))
        .with_label(label)
        .with_help(help.to_owned())
}

/// `word` where a name in double quotes was expected, after the statement's `keyword`;
/// `rest` is the line from there on, which the help quotes.
pub fn unquoted_name(
    file: FileId,
    span: Span,
    word: &str,
    keyword: &str,
    rest: &str,
) -> Diagnostic {
    Diagnostic::error(
        META.name,
        file,
        span,
        format!(
            "expected a name in double quotes, found `{}`",
            text::shown(word)
        ),
    )
    .with_label("not quoted")
    .with_help(format!(
        "names are written in double quotes: `{keyword} \"{}\"`",
        text::shown(rest)
    ))
}

/// A look-alike (`х` for `x`, `“` for `"`, a no-break space) or an invisible character,
/// at `span`, in a line that would parse without it.
pub fn stray_character(file: FileId, span: Span, stray: char) -> Diagnostic {
    let described = text::describe(stray);
    let (message, help) = match text::lookalike(stray) {
        Some(ascii) => {
            let written = if ascii == ' ' {
                "a space".to_owned()
            } else {
                format!("`{ascii}`")
            };
            (
                format!("found `{stray}` ({described}) where {written} was expected"),
                format!("replace it with the plain {written}; it only looks the same"),
            )
        }
        None => (
            format!("found an invisible {described}"),
            "remove it: it cannot be seen, but the grammar reads it".to_owned(),
        ),
    };
    Diagnostic::error(META.name, file, span, message)
        .with_label("not what it looks like")
        .with_help(help)
}

/// A second drop, `word`, written after a comma (`drop 25%, 25%`).
pub fn drop_after_comma(file: FileId, span: Span, word: &str) -> Diagnostic {
    Diagnostic::error(
        META.name,
        file,
        span,
        format!(
            "a `drop` lists its drops separated by spaces, so `{}` after the comma is not a clause",
            text::shown(word)
        ),
    )
    .with_label("another drop?")
    .with_help("write every drop of the set in one `drop`, with spaces: `drop 25% 25%`")
}

/// `word` where a clause was expected, a near miss of the clause `keyword`.
pub fn unknown_clause(file: FileId, span: Span, word: &str, keyword: &str) -> Diagnostic {
    Diagnostic::error(
        META.name,
        file,
        span,
        format!("unknown clause `{}`", text::shown(word)),
    )
    .with_label(format!("did you mean `{keyword}`?"))
    .with_help(format!(
        "write `{keyword}`; a clause is `rest`, `tempo`, `progress`, `note`, `warmup`, \
         `backoff` or a technique (`drop`, `mechanical drop`, `rest-pause`, `myo-reps`)"
    ))
}

/// A line that starts with `word`, a near miss of the statement `keyword`; `help` says
/// what the place holds.
pub fn unknown_statement(
    file: FileId,
    span: Span,
    word: &str,
    keyword: &str,
    help: &str,
) -> Diagnostic {
    Diagnostic::error(
        META.name,
        file,
        span,
        format!("unknown statement `{}`", text::shown(word)),
    )
    .with_label(format!("did you mean `{keyword}`?"))
    .with_help(format!("write `{keyword}`; {help}"))
}

/// A prescription without its colon, which goes at `at`: before the first `SETS x` if
/// the line has one (`before_sets`), else at the end of the line.
pub fn missing_colon(file: FileId, at: usize, before_sets: bool, help: &str) -> Diagnostic {
    Diagnostic::error(
        META.name,
        file,
        Span::new(at, at),
        "expected `:` after the exercise name",
    )
    .with_label(if before_sets {
        "`:` goes here"
    } else {
        "no `:` on this line"
    })
    .with_help(help.to_owned())
}
