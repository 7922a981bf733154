//! `textDocument/hover`: [`query::hover`] in Markdown.

use lsp_types::{Hover, HoverContents, HoverParams, MarkupContent, MarkupKind};

use super::server::View;
use crate::query;

pub fn hover(view: &View<'_>, params: HoverParams) -> Option<Hover> {
    let offset = view.offset(params.text_document_position_params.position);
    let checked = view.checked;
    let found = query::hover(&checked.sources, &checked.analysis, offset)?;
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: found.markdown,
        }),
        range: Some(view.range(found.span)),
    })
}
