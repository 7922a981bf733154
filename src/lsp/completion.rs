//! `textDocument/completion`: [`query::complete`]'s candidates, each replacing the word
//! being typed.

use lsp_types::{
    CompletionItem, CompletionItemKind, CompletionList, CompletionParams, CompletionResponse,
    CompletionTextEdit, TextEdit,
};

use super::server::View;
use crate::query::{self, CandidateKind};

pub fn completion(view: &View<'_>, params: CompletionParams) -> Option<CompletionResponse> {
    let offset = view.offset(params.text_document_position.position);
    let checked = view.checked;
    let found = query::complete(&checked.sources, &checked.analysis, offset);
    let range = view.range(found.replace);
    let items = found
        .candidates
        .into_iter()
        .map(|candidate| CompletionItem {
            kind: Some(match candidate.kind {
                CandidateKind::Keyword => CompletionItemKind::KEYWORD,
                // As the editor packages highlight them: names as functions.
                CandidateKind::Exercise => CompletionItemKind::FUNCTION,
                CandidateKind::Rule => CompletionItemKind::PROPERTY,
                CandidateKind::Unit => CompletionItemKind::UNIT,
                CandidateKind::Muscle
                | CandidateKind::Equipment
                | CandidateKind::Day
                | CandidateKind::Value => CompletionItemKind::ENUM_MEMBER,
            }),
            detail: candidate.detail,
            // The typed text, quotes included, is what the client filters on.
            filter_text: (candidate.insert != candidate.label).then(|| candidate.insert.clone()),
            text_edit: Some(CompletionTextEdit::Edit(TextEdit {
                range,
                new_text: candidate.insert,
            })),
            label: candidate.label,
            ..CompletionItem::default()
        })
        .collect();
    Some(CompletionResponse::List(CompletionList {
        is_incomplete: !found.complete,
        items,
    }))
}
