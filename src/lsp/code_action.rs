//! `textDocument/codeAction`: every fix of the diagnostics in the range asked about, and
//! "allow RULE in this session / block / file" for each guardrail among them.

use std::collections::HashMap;

use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, CodeActionResponse,
    TextEdit, Uri, WorkspaceEdit,
};

use super::diagnostics::{location, to_lsp};
use super::server::View;
use crate::diagnostic::{Applicability, Edit};
use crate::query;

pub fn code_actions(view: &View<'_>, params: CodeActionParams) -> Option<CodeActionResponse> {
    let start = view.offset(params.range.start);
    let end = view.offset(params.range.end);
    let checked = view.checked;
    let analysis = &checked.analysis;
    let mut actions = Vec::new();
    for diagnostic in &analysis.diagnostics {
        let span = diagnostic.span();
        let here = diagnostic.file() == analysis.file && span.start <= end && start <= span.end;
        if !here {
            continue;
        }
        let shown = to_lsp(checked, diagnostic, view.encoding);
        for fix in &diagnostic.fixes {
            let safe = fix.applicability == Applicability::Safe;
            actions.push(action(view, &fix.title, &fix.edits, shown.clone(), safe));
        }
        for allow in query::allow(analysis, diagnostic) {
            let edits = [allow.edit];
            actions.push(action(view, &allow.title, &edits, shown.clone(), false));
        }
    }
    Some(actions.into_iter().flatten().collect())
}

/// A quick fix making `edits`; `preferred` for a safe fix, the one clear answer.
// `WorkspaceEdit` keys its edits by `Uri`, whose interior mutability is a parse cache:
// its hash and equality are those of its text, which never changes.
#[allow(clippy::mutable_key_type)]
fn action(
    view: &View<'_>,
    title: &str,
    edits: &[Edit],
    diagnostic: Option<lsp_types::Diagnostic>,
    preferred: bool,
) -> Option<CodeActionOrCommand> {
    let mut changes: HashMap<Uri, Vec<TextEdit>> = HashMap::new();
    for edit in edits {
        let at = location(view.checked, edit.location, view.encoding)?;
        changes
            .entry(at.uri)
            .or_default()
            .push(TextEdit::new(at.range, edit.replacement.clone()));
    }
    Some(CodeActionOrCommand::CodeAction(CodeAction {
        title: title.to_owned(),
        kind: Some(CodeActionKind::QUICKFIX),
        diagnostics: diagnostic.map(|d| vec![d]),
        edit: Some(WorkspaceEdit::new(changes)),
        is_preferred: preferred.then_some(true),
        ..CodeAction::default()
    }))
}
