//! `textDocument/definition`: from an exercise name to its `exercise` definition (in
//! this file or an imported one), from an `import` path to the file, from `repeats
//! "NAME"` to the block of that name.

use lsp_types::{GotoDefinitionParams, GotoDefinitionResponse, Location, Range};

use super::convert::{normal, uri_of};
use super::diagnostics::{absolute, location};
use super::server::View;
use crate::query::{self, NameKind};

pub fn definition(view: &View<'_>, params: GotoDefinitionParams) -> Option<GotoDefinitionResponse> {
    let offset = view.offset(params.text_document_position_params.position);
    let checked = view.checked;
    let analysis = &checked.analysis;
    let name = query::name_at(analysis, offset)?;
    let target = match name.kind {
        NameKind::Exercise {
            entry: Some(entry), ..
        } => {
            let defined = analysis.model.catalog.entry(entry).defined_at?;
            location(checked, defined, view.encoding)?
        }
        NameKind::Import(Some(index)) => {
            let path = absolute(&analysis.imports.get(index)?.path)?;
            Location::new(uri_of(&normal(&path))?, Range::default())
        }
        NameKind::Repeats(Some(block)) => Location::new(view.uri.clone(), view.range(block)),
        _ => return None,
    };
    Some(GotoDefinitionResponse::Scalar(target))
}
