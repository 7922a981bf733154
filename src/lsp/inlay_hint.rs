//! `textDocument/inlayHint`: [`query::hints`] for the range shown, each after its line.

use lsp_types::{InlayHint, InlayHintLabel, InlayHintParams};

use super::server::View;
use crate::query;

pub fn inlay_hints(view: &View<'_>, params: InlayHintParams) -> Option<Vec<InlayHint>> {
    let start = view.offset(params.range.start);
    let end = view.offset(params.range.end);
    let checked = view.checked;
    let hints = query::hints(&checked.sources, &checked.analysis, start..end);
    let file = checked.file();
    let hints = hints
        .into_iter()
        .map(|hint| InlayHint {
            position: super::convert::position(file, hint.offset, view.encoding),
            label: InlayHintLabel::String(hint.label),
            kind: None,
            text_edits: None,
            tooltip: None,
            padding_left: Some(true),
            padding_right: None,
            data: None,
        })
        .collect();
    Some(hints)
}
