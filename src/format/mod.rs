//! The canonical layout of a `.wod` file (`format.md`): what `wodc fmt` writes, and what
//! the language server answers to `textDocument/formatting`.
//!
//! A pure function from a file's text and its parse to the text in the canonical
//! layout. It works on the parse's line table ([`crate::syntax::Lines`]): each line's
//! tokens, respelled and respaced, at its depth; its comment kept as written; blank
//! lines and line ends settled for the whole file. It never looks at what a line means,
//! so it changes nothing a compiler reads: the tokens, their order and the comments
//! are the same before and after, only their spelling where the grammar reads several
//! spellings alike (`×` and `x`, `80.0kg` and `80kg`), and the space between them.
//!
//! A file with a syntax error is refused: a line the grammar could not read has no
//! tokens, and where it ends, what its braces mean and which lines belong to its body
//! are guesses. Errors of meaning and guardrails are not looked at (a file being
//! written often names an exercise the catalog does not know yet).

mod layout;
mod spelling;
mod statement;

use crate::meaning;
use crate::syntax::{LineKind, Parsed};

pub use layout::ALIGNED_WIDTH;

/// Why a file is not formatted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The file has syntax errors, reported in its parse's diagnostics; it is left as
    /// it is.
    SyntaxErrors,
}

/// `text` in the canonical layout; `parsed` is its parse (a byte-order mark already
/// dropped, as [`crate::source::decode`] drops it).
pub fn format(text: &str, parsed: &Parsed) -> Result<String, Refusal> {
    let syntax_error = parsed
        .diagnostics
        .iter()
        .any(|d| d.rule == meaning::syntax::META.name);
    let unread = parsed
        .lines
        .iter()
        .any(|line| matches!(line.kind, LineKind::Failed | LineKind::Skipped));
    if syntax_error || unread {
        return Err(Refusal::SyntaxErrors);
    }
    Ok(layout::write(text, &parsed.lines))
}
