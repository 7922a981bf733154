//! `textDocument/formatting`: `wodc fmt`'s result for the whole document, as one edit;
//! none when it is already formatted, and none (a null answer) when it has syntax
//! errors, which `wodc fmt` refuses too.

use lsp_types::{DocumentFormattingParams, TextEdit};

use super::server::View;
use crate::format;
use crate::span::Span;

pub fn formatting(view: &View<'_>, _: DocumentFormattingParams) -> Option<Vec<TextEdit>> {
    let text = view.checked.file().text();
    let formatted = format::format(text, &view.checked.analysis.syntax).ok()?;
    if formatted == text {
        return Some(Vec::new());
    }
    let whole = view.range(Span::new(0, text.len()));
    Some(vec![TextEdit::new(whole, formatted)])
}
