//! `textDocument/foldingRange`: blocks, sessions, supersets and definitions that span
//! more than one line.

use lsp_types::{FoldingRange, FoldingRangeKind, FoldingRangeParams};

use super::server::View;
use crate::query;

pub fn folding_ranges(view: &View<'_>, _: FoldingRangeParams) -> Option<Vec<FoldingRange>> {
    let folds = query::folds(&view.checked.analysis);
    let ranges = folds
        .into_iter()
        .map(|span| view.range(span))
        .filter(|range| range.end.line > range.start.line)
        .map(|range| FoldingRange {
            start_line: range.start.line,
            start_character: None,
            end_line: range.end.line,
            end_character: None,
            kind: Some(FoldingRangeKind::Region),
            collapsed_text: None,
        })
        .collect();
    Some(ranges)
}
