//! `syntax` errors about what stands where: braces that open or close nothing,
//! statements out of their place, and what a file or a definition must hold.

use super::META;
use crate::diagnostic::{Diagnostic, list_words};
use crate::span::{FileId, Location, Span};
use crate::text;

/// A `what` header (`"session"`, `"block"`...) without its `{`, which goes at `here`.
pub fn missing_open_brace(file: FileId, here: Span, what: &str) -> Diagnostic {
    Diagnostic::error(
        META.name,
        file,
        here,
        format!("expected `{{` at the end of the {what} header"),
    )
    .with_label("`{` goes here")
    .with_help(format!(
        "a {what}'s lines go between `{{` at the end of its header and a `}}` on a line of its own"
    ))
}

/// The `{` at `open` of `what` (`block "A"`...) is still open at the line at `here`,
/// which cannot stand inside it.
pub fn unclosed_before_line(file: FileId, open: Span, what: &str, here: Span) -> Diagnostic {
    unclosed(file, open, what, here, "expected `}` before this line")
}

/// The `{` at `open` of `what` is still open where the file ends, at `end`.
pub fn unclosed_at_end(file: FileId, open: Span, what: &str, end: Span) -> Diagnostic {
    unclosed(
        file,
        open,
        what,
        end,
        "expected `}` before the end of the file",
    )
}

fn unclosed(file: FileId, open: Span, what: &str, here: Span, expected: &str) -> Diagnostic {
    Diagnostic::error(
        META.name,
        file,
        open,
        format!("the `{{` of {what} is never closed"),
    )
    .with_label("opened here")
    .with_secondary(Location::new(file, here), expected)
    .with_help("add a `}` on a line of its own where the body ends")
}

/// A `}` with no `{` open.
pub fn unexpected_close(file: FileId, span: Span) -> Diagnostic {
    Diagnostic::error(META.name, file, span, "unexpected `}`: no `{` is open here")
        .with_label("nothing to close")
        .with_help("remove it, or look for a `}` too many above it")
}

/// A statement that parses, but not where it stands: `what` (`` `athlete` ``, "a
/// session"...) cannot stand at `place` ("inside a session"...); it belongs at `home`.
pub fn misplaced(file: FileId, span: Span, what: &str, place: &str, home: &str) -> Diagnostic {
    Diagnostic::error(
        META.name,
        file,
        span,
        format!("{what} cannot stand {place}"),
    )
    .with_label("misplaced")
    .with_help(format!("{what} belongs {home}"))
}

/// `allow`, `warn` or `deny` at `place`, which is none of the three places they may
/// stand.
pub fn misplaced_level(file: FileId, span: Span, place: &str) -> Diagnostic {
    Diagnostic::error(
        META.name,
        file,
        span,
        format!("`allow`, `warn` and `deny` cannot stand {place}"),
    )
    .with_label("misplaced")
    .with_help("put it at the top level, in a block, or in a session")
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

/// The header statement `keyword` in a file without blocks.
pub fn header_in_library(file: FileId, span: Span, keyword: &str) -> Diagnostic {
    Diagnostic::error(
        META.name,
        file,
        span,
        format!("`{keyword}` cannot stand in a library file"),
    )
    .with_label("header statement in a file without blocks")
    .with_help(
        "a file without a `block` is a library, which may hold only `exercise`, \
         `import`, `allow`, `warn` and `deny`: add the program's blocks, or remove \
         this line if the file is meant to be imported",
    )
}

/// A file with blocks and no `program` line, reported at its first block.
pub fn no_program_line(file: FileId, first_block: Span) -> Diagnostic {
    Diagnostic::error(
        META.name,
        file,
        first_block,
        "this file has blocks but no `program \"NAME\"` line",
    )
    .with_label("a block makes the file a program")
    .with_help("add a line such as `program \"Upper/Lower\"` at the top of the file")
}

/// Exercise `name`'s definition, named at `span`, lacks the properties `missing`
/// (`equipment`, `mechanic`, `muscles`, in that order).
pub fn incomplete_definition(file: FileId, span: Span, name: &str, missing: &[&str]) -> Diagnostic {
    let list: Vec<String> = missing.iter().map(|k| format!("`{k}`")).collect();
    Diagnostic::error(
        META.name,
        file,
        span,
        format!(
            "exercise \"{}\" needs {}",
            text::shown(name),
            list_words(&list, "and")
        ),
    )
    .with_label("incomplete definition")
    .with_help(
        "a definition gives `equipment`, `mechanic` and `muscles`, for example:\n  \
         equipment machine\n  mechanic compound\n  muscles quads, glutes",
    )
}
