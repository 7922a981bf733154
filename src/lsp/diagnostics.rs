//! Diagnostics, pushed after each check: every diagnostic of `wodc check`, with the
//! rule's name as its code. A diagnostic in an imported file is shown at the `import`
//! that brought the file in, its own place given as related information.

use lsp_server::{Connection, Message, Notification};
use lsp_types::notification::{Notification as _, PublishDiagnostics};
use lsp_types::{DiagnosticRelatedInformation, DiagnosticSeverity, NumberOrString, Uri};
use serde_json::Value;

use super::convert::{self, uri_of};
use super::documents::Checked;
use crate::Analysis;
use crate::diagnostic::{Diagnostic, Severity};
use crate::source::Encoding;
use crate::span::{FileId, Location, Span};

/// Past this many diagnostics, half are made into JSON on a second thread: a program
/// with a thousand warnings takes milliseconds to convert, which two cores halve.
const PARALLEL: usize = 256;

pub fn publish(
    connection: &Connection,
    uri: &Uri,
    version: i32,
    checked: &Checked,
    encoding: Encoding,
) {
    let convert = |part: &[Diagnostic]| -> Vec<Value> {
        part.iter()
            .filter_map(|diagnostic| to_lsp(checked, diagnostic, encoding))
            .filter_map(|diagnostic| serde_json::to_value(diagnostic).ok())
            .collect()
    };
    let all = &checked.analysis.diagnostics;
    let diagnostics = if all.len() < PARALLEL {
        convert(all)
    } else {
        let (first, second) = all.split_at(all.len() / 2);
        std::thread::scope(|scope| {
            let other = scope.spawn(|| convert(second));
            let mut diagnostics = convert(first);
            match other.join() {
                Ok(rest) => diagnostics.extend(rest),
                Err(panic) => std::panic::resume_unwind(panic),
            }
            diagnostics
        })
    };
    send(connection, uri, Some(version), diagnostics);
}

/// No diagnostics for a closed document: the editor forgets them.
pub fn clear(connection: &Connection, uri: &Uri) {
    send(connection, uri, None, Vec::new());
}

fn send(connection: &Connection, uri: &Uri, version: Option<i32>, diagnostics: Vec<Value>) {
    let params = lsp_types::PublishDiagnosticsParams {
        uri: uri.clone(),
        diagnostics: Vec::new(),
        version,
    };
    let mut notification = Notification::new(PublishDiagnostics::METHOD.to_owned(), params);
    notification.params["diagnostics"] = Value::Array(diagnostics);
    let _ = connection.sender.send(Message::Notification(notification));
}

/// A diagnostic as the protocol has it; `None` for one in an imported file that no
/// `import` of the document leads to (which cannot happen, but would have no place).
pub fn to_lsp(
    checked: &Checked,
    diagnostic: &Diagnostic,
    encoding: Encoding,
) -> Option<lsp_types::Diagnostic> {
    let analysis = &checked.analysis;
    let root = checked.file();
    let span = if diagnostic.file() == analysis.file {
        diagnostic.span()
    } else {
        import_of(analysis, diagnostic.file())?
    };
    let mut message = diagnostic.message.clone();
    if diagnostic.file() != analysis.file {
        let at = checked
            .sources
            .line_column(diagnostic.file(), diagnostic.span().start);
        message = format!(
            "in {}:{}:{}: {message}",
            checked.sources.name(diagnostic.file()),
            at.line,
            at.column
        );
    }
    if let Some(help) = &diagnostic.help {
        message.push_str("\nhelp: ");
        message.push_str(help);
    }
    let labels = std::iter::once(&diagnostic.primary)
        .filter(|_| diagnostic.file() != analysis.file)
        .chain(&diagnostic.secondary);
    let related: Vec<DiagnosticRelatedInformation> = labels
        .filter_map(|label| {
            Some(DiagnosticRelatedInformation {
                location: location(checked, label.location, encoding)?,
                message: label.text.clone().unwrap_or_default(),
            })
        })
        .collect();
    Some(lsp_types::Diagnostic {
        range: convert::range(root, span, encoding),
        severity: Some(match diagnostic.severity {
            Severity::Error => DiagnosticSeverity::ERROR,
            Severity::Warning => DiagnosticSeverity::WARNING,
            Severity::Advice => DiagnosticSeverity::INFORMATION,
        }),
        code: Some(NumberOrString::String(diagnostic.rule.to_owned())),
        source: Some("wodc".to_owned()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        ..lsp_types::Diagnostic::default()
    })
}

/// Where a location of the program's files is, for the editor: the document's own
/// file, or an imported one by its path.
pub fn location(
    checked: &Checked,
    location: Location,
    encoding: Encoding,
) -> Option<lsp_types::Location> {
    let uri = uri_of_file(checked, location.file)?;
    let file = checked.sources.file(location.file);
    Some(lsp_types::Location::new(
        uri,
        convert::range(file, location.span, encoding),
    ))
}

/// The URI of one of the program's files: the document's own, or an imported file's.
pub fn uri_of_file(checked: &Checked, file: FileId) -> Option<Uri> {
    let analysis = &checked.analysis;
    if file == analysis.file {
        return Some(checked.uri.clone());
    }
    let import = analysis.imports.iter().find(|i| i.file == Some(file))?;
    let path = absolute(&import.path)?;
    uri_of(&convert::normal(&path))
}

/// An import's path made absolute: for a document that is no file, imports are
/// relative to the working directory.
pub fn absolute(path: &std::path::Path) -> Option<std::path::PathBuf> {
    if path.is_absolute() {
        return Some(path.to_path_buf());
    }
    std::env::current_dir().ok().map(|cwd| cwd.join(path))
}

/// The `import` of the analysed file that (directly or through other imports) brought
/// `file` in.
fn import_of(analysis: &Analysis, mut file: FileId) -> Option<Span> {
    for _ in 0..=analysis.imports.len() {
        let import = analysis.imports.iter().find(|i| i.file == Some(file))?;
        if import.at.file == analysis.file {
            return Some(import.at.span);
        }
        file = import.at.file;
    }
    None
}
