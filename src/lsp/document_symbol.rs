//! `textDocument/documentSymbol`: the outline, blocks with their weeks holding their
//! sessions, and the exercise definitions.

use lsp_types::{DocumentSymbol, DocumentSymbolParams, DocumentSymbolResponse, SymbolKind};

use super::server::View;
use crate::query::{self, Section, SectionKind};

pub fn document_symbols(
    view: &View<'_>,
    _: DocumentSymbolParams,
) -> Option<DocumentSymbolResponse> {
    let outline = query::outline(&view.checked.analysis);
    Some(DocumentSymbolResponse::Nested(
        outline.into_iter().map(|s| symbol(view, s)).collect(),
    ))
}

#[allow(deprecated)] // `deprecated` is a field the type still has; it is left unset.
fn symbol(view: &View<'_>, section: Section) -> DocumentSymbol {
    let children: Vec<DocumentSymbol> = section
        .children
        .into_iter()
        .map(|child| symbol(view, child))
        .collect();
    DocumentSymbol {
        name: section.name,
        detail: section.detail,
        kind: match section.kind {
            SectionKind::Definition => SymbolKind::CLASS,
            SectionKind::Block => SymbolKind::NAMESPACE,
            SectionKind::Session => SymbolKind::FUNCTION,
        },
        tags: None,
        deprecated: None,
        range: view.range(section.extent),
        selection_range: view.range(section.selection),
        children: (!children.is_empty()).then_some(children),
    }
}
