//! Source text to syntax tree: the pest grammar, applied line by line with recovery,
//! and beside the tree every line as written ([`Lines`]), for the formatter and the
//! language server.

mod expected;
mod grammar;
mod lines;
mod lower;
mod shift;
mod tokens;
mod tree;

pub use grammar::{Rule, WodParser};
pub use lines::{Line, LineEnd, LineKind, Lines, Place, StatementKind, Token, TokenKind};
pub use tree::{CLAUSES, LineCache, Parsed, parse, parse_with};

use crate::meaning;
use crate::span::FileId;

/// Parses a decoded file whose bytes stopped being UTF-8 at `invalid_at`, if anywhere.
/// That byte, now a replacement character, is reported once: as not UTF-8, not also as
/// the syntax error the replacement character makes there.
pub fn parse_decoded(file: FileId, text: &str, invalid_at: Option<usize>) -> Parsed {
    parse_decoded_with(file, text, invalid_at, None)
}

/// [`parse_decoded`], reading unchanged lines from `cache` when there is one.
pub fn parse_decoded_with(
    file: FileId,
    text: &str,
    invalid_at: Option<usize>,
    cache: Option<&mut LineCache>,
) -> Parsed {
    let mut parsed = parse_with(file, text, cache);
    if let Some(offset) = invalid_at {
        parsed.diagnostics.retain(|d| d.span().start != offset);
        parsed
            .diagnostics
            .insert(0, meaning::syntax::invalid_utf8(file, offset));
    }
    parsed
}
