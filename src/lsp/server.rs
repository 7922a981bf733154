//! The main loop: the `initialize` handshake, then each message in turn. A request gets
//! exactly one answer: its result, `MethodNotFound` for a method the server does not
//! know, `InvalidParams` for parameters it cannot read, `InternalError` if answering
//! panicked (caught here, logged, and the loop goes on). Notifications get none, as the
//! protocol says: an unknown one is ignored, a broken one logged.
//!
//! Checks are deferred while messages are waiting: typing sends a change per key, and
//! only the last text needs diagnostics. A document is checked once the queue is empty,
//! or before a request about it is answered.

use std::panic::{AssertUnwindSafe, catch_unwind};

use lsp_server::{
    Connection, ErrorCode, Message, Notification, ProtocolError, Request, Response, ResponseError,
};
use lsp_types::notification::{self as notify, Notification as _};
use lsp_types::request::{self as req, Request as _};
use lsp_types::{
    CodeActionKind, CodeActionProviderCapability, CompletionOptions, HoverProviderCapability,
    InitializeParams, InitializeResult, OneOf, ServerCapabilities, ServerInfo,
    TextDocumentSyncCapability, TextDocumentSyncKind, Uri,
};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::convert::{self, encoding_kind, negotiate};
use super::documents::{Checked, Documents};
use super::{Host, code_action, completion, definition, diagnostics, document_symbol};
use super::{folding_range, formatting, hover, inlay_hint, log};
use crate::source::Encoding;

/// Serves `connection` until the client says `exit`, or goes away.
pub fn run(connection: &Connection, host: &dyn Host) -> Result<(), ProtocolError> {
    let encoding = loop {
        let (id, params) = connection.initialize_start()?;
        match serde_json::from_value::<InitializeParams>(params) {
            Ok(params) => {
                let offered = params.capabilities.general.as_ref();
                let encoding = negotiate(offered.and_then(|g| g.position_encodings.as_deref()));
                let result = InitializeResult {
                    capabilities: capabilities(encoding),
                    server_info: Some(ServerInfo {
                        name: "wodc".to_owned(),
                        version: Some(env!("CARGO_PKG_VERSION").to_owned()),
                    }),
                };
                send(connection, Response::new_ok(id, result).into());
                break encoding;
            }
            Err(error) => send(connection, invalid_params(id, &error).into()),
        }
    };
    let mut server = Server {
        connection,
        host,
        encoding,
        documents: Documents::default(),
        stale: Vec::new(),
        shut_down: false,
    };
    while let Ok(message) = connection.receiver.recv() {
        match message {
            Message::Request(request) => server.request(request),
            Message::Notification(notification) if notification.method == notify::Exit::METHOD => {
                return Ok(());
            }
            Message::Notification(notification) => server.notification(notification),
            // The server sends no requests, so no response is awaited.
            Message::Response(_) => {}
        }
        if connection.receiver.is_empty() {
            server.check_stale();
        }
    }
    Ok(())
}

/// What the server offers: every feature of `cli.md`'s table.
fn capabilities(encoding: Encoding) -> ServerCapabilities {
    ServerCapabilities {
        position_encoding: Some(encoding_kind(encoding)),
        text_document_sync: Some(TextDocumentSyncCapability::Kind(TextDocumentSyncKind::FULL)),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(
                [" ", ":", "@", ",", "\""]
                    .iter()
                    .map(|c| (*c).to_owned())
                    .collect(),
            ),
            ..CompletionOptions::default()
        }),
        definition_provider: Some(OneOf::Left(true)),
        code_action_provider: Some(CodeActionProviderCapability::Options(
            lsp_types::CodeActionOptions {
                code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
                ..Default::default()
            },
        )),
        document_formatting_provider: Some(OneOf::Left(true)),
        document_symbol_provider: Some(OneOf::Left(true)),
        folding_range_provider: Some(lsp_types::FoldingRangeProviderCapability::Simple(true)),
        inlay_hint_provider: Some(OneOf::Left(true)),
        ..ServerCapabilities::default()
    }
}

fn send(connection: &Connection, message: Message) {
    // A closed channel means the client is gone: the loop ends when the reader sees it.
    let _ = connection.sender.send(message);
}

fn invalid_params(id: lsp_server::RequestId, error: &serde_json::Error) -> Response {
    Response::new_err(
        id,
        ErrorCode::InvalidParams as i32,
        format!("invalid parameters: {error}"),
    )
}

/// An error answer.
pub(super) fn failure(code: ErrorCode, message: impl Into<String>) -> ResponseError {
    ResponseError {
        code: code as i32,
        message: message.into(),
        data: None,
    }
}

/// What a request handler sees of a document: its analysis, and how to convert
/// positions.
pub(super) struct View<'a> {
    pub uri: &'a Uri,
    pub checked: &'a Checked,
    pub encoding: Encoding,
}

impl View<'_> {
    pub fn offset(&self, position: lsp_types::Position) -> usize {
        convert::offset(self.checked.file(), position, self.encoding)
    }

    pub fn range(&self, span: crate::span::Span) -> lsp_types::Range {
        convert::range(self.checked.file(), span, self.encoding)
    }
}

struct Server<'a> {
    connection: &'a Connection,
    host: &'a dyn Host,
    encoding: Encoding,
    documents: Documents,
    /// Documents changed since they were last checked.
    stale: Vec<Uri>,
    /// After `shutdown`, only `exit` is expected.
    shut_down: bool,
}

type Answer = Result<Value, ResponseError>;

impl Server<'_> {
    fn request(&mut self, request: Request) {
        let id = request.id.clone();
        let method = request.method.clone();
        let answer = catch_unwind(AssertUnwindSafe(|| self.answer(request)));
        let response = match answer {
            Ok(Ok(value)) => Response::new_ok(id, value),
            Ok(Err(error)) => Response {
                id,
                response_result: Err(error),
            },
            Err(panic) => {
                let why = panic_message(&*panic);
                log(format_args!("answering `{method}` panicked: {why}"));
                Response::new_err(
                    id,
                    ErrorCode::InternalError as i32,
                    format!("wodc failed to answer `{method}`: {why}"),
                )
            }
        };
        send(self.connection, response.into());
    }

    fn answer(&mut self, request: Request) -> Answer {
        if self.shut_down {
            return Err(failure(
                ErrorCode::InvalidRequest,
                "the server is shut down",
            ));
        }
        let params = request.params;
        match request.method.as_str() {
            req::Shutdown::METHOD => {
                self.shut_down = true;
                Ok(Value::Null)
            }
            req::HoverRequest::METHOD => self.on::<req::HoverRequest>(
                params,
                |p| &p.text_document_position_params.text_document.uri,
                hover::hover,
            ),
            req::Completion::METHOD => self.on::<req::Completion>(
                params,
                |p| &p.text_document_position.text_document.uri,
                completion::completion,
            ),
            req::GotoDefinition::METHOD => self.on::<req::GotoDefinition>(
                params,
                |p| &p.text_document_position_params.text_document.uri,
                definition::definition,
            ),
            req::CodeActionRequest::METHOD => self.on::<req::CodeActionRequest>(
                params,
                |p| &p.text_document.uri,
                code_action::code_actions,
            ),
            req::Formatting::METHOD => {
                self.on::<req::Formatting>(params, |p| &p.text_document.uri, formatting::formatting)
            }
            req::DocumentSymbolRequest::METHOD => self.on::<req::DocumentSymbolRequest>(
                params,
                |p| &p.text_document.uri,
                document_symbol::document_symbols,
            ),
            req::FoldingRangeRequest::METHOD => self.on::<req::FoldingRangeRequest>(
                params,
                |p| &p.text_document.uri,
                folding_range::folding_ranges,
            ),
            req::InlayHintRequest::METHOD => self.on::<req::InlayHintRequest>(
                params,
                |p| &p.text_document.uri,
                inlay_hint::inlay_hints,
            ),
            method => Err(failure(
                ErrorCode::MethodNotFound,
                format!("wodc does not answer `{method}`"),
            )),
        }
    }

    /// Answers a request about one document with `handle`, once it is checked.
    fn on<R>(
        &mut self,
        params: Value,
        uri: fn(&R::Params) -> &Uri,
        handle: fn(&View<'_>, R::Params) -> R::Result,
    ) -> Answer
    where
        R: req::Request,
        R::Params: DeserializeOwned,
        R::Result: Serialize,
    {
        let params: R::Params = parse(params)?;
        let uri = uri(&params).clone();
        self.check_if_stale(&uri);
        let document = self.documents.get(&uri).ok_or_else(|| not_open(&uri))?;
        let checked = document.checked.as_ref().ok_or_else(|| not_open(&uri))?;
        let view = View {
            uri: &uri,
            checked,
            encoding: self.encoding,
        };
        serde_json::to_value(handle(&view, params))
            .map_err(|error| failure(ErrorCode::InternalError, error.to_string()))
    }

    fn notification(&mut self, notification: Notification) {
        let method = notification.method.clone();
        let done = catch_unwind(AssertUnwindSafe(|| self.notified(notification)));
        match done {
            Ok(Ok(())) => {}
            Ok(Err(error)) => log(format_args!("`{method}` ignored: {}", error.message)),
            Err(panic) => log(format_args!(
                "handling `{method}` panicked: {}",
                panic_message(&*panic)
            )),
        }
    }

    fn notified(&mut self, notification: Notification) -> Result<(), ResponseError> {
        let params = notification.params;
        match notification.method.as_str() {
            notify::DidOpenTextDocument::METHOD => {
                let params: lsp_types::DidOpenTextDocumentParams = parse(params)?;
                let document = params.text_document;
                let uri = document.uri.clone();
                self.documents
                    .open(document.uri, document.version, document.text);
                self.changed(uri);
            }
            notify::DidChangeTextDocument::METHOD => {
                let params: lsp_types::DidChangeTextDocumentParams = parse(params)?;
                let uri = params.text_document.uri;
                let document = self.documents.get_mut(&uri).ok_or_else(|| not_open(&uri))?;
                document.version = params.text_document.version;
                for change in params.content_changes {
                    apply(&mut document.text, change, self.encoding);
                }
                self.changed(uri);
            }
            notify::DidCloseTextDocument::METHOD => {
                let params: lsp_types::DidCloseTextDocumentParams = parse(params)?;
                let uri = params.text_document.uri;
                self.stale.retain(|stale| *stale != uri);
                if let Some(closed) = self.documents.close(&uri) {
                    diagnostics::clear(self.connection, &uri);
                    // Its importers now read it from disk.
                    if let Some(path) = closed.path {
                        let importers = self.documents.importers(&path, &uri);
                        importers.into_iter().for_each(|uri| self.mark_stale(uri));
                    }
                }
            }
            notify::DidChangeWatchedFiles::METHOD => {
                self.host.forget();
                let open: Vec<Uri> = self.documents.uris().cloned().collect();
                open.into_iter().for_each(|uri| self.mark_stale(uri));
            }
            // Known, and nothing to do: the text is already the editor's.
            notify::DidSaveTextDocument::METHOD | notify::Initialized::METHOD => {}
            // Unknown notifications (`$/cancelRequest`, `$/setTrace`...) are ignored.
            _ => {}
        }
        Ok(())
    }

    /// A document's text changed: it, and the open documents that import it, are to
    /// be checked again.
    fn changed(&mut self, uri: Uri) {
        if let Some(path) = self.documents.get(&uri).and_then(|d| d.path.clone()) {
            for importer in self.documents.importers(&path, &uri) {
                self.mark_stale(importer);
            }
        }
        // The changed document first: its diagnostics are the ones awaited.
        self.stale.retain(|stale| *stale != uri);
        self.stale.insert(0, uri);
    }

    fn mark_stale(&mut self, uri: Uri) {
        if !self.stale.contains(&uri) {
            self.stale.push(uri);
        }
    }

    fn check_if_stale(&mut self, uri: &Uri) {
        if let Some(at) = self.stale.iter().position(|stale| stale == uri) {
            let uri = self.stale.remove(at);
            self.check(&uri);
        }
    }

    fn check_stale(&mut self) {
        while !self.stale.is_empty() {
            let uri = self.stale.remove(0);
            self.check(&uri);
            // A message came in meanwhile: answer it first.
            if !self.connection.receiver.is_empty() {
                break;
            }
        }
    }

    /// Checks a document and publishes its diagnostics. A panic in either is caught:
    /// the document keeps its last analysis, and the log says why. The analysis it
    /// replaces is dropped on another thread: freeing a large one takes a while, and
    /// the next message need not wait for it.
    fn check(&mut self, uri: &Uri) {
        let (documents, host) = (&self.documents, self.host);
        let (connection, encoding) = (self.connection, self.encoding);
        let done = catch_unwind(AssertUnwindSafe(|| {
            let checked = documents.check(uri, host)?;
            let version = documents.get(uri)?.version;
            diagnostics::publish(connection, uri, version, &checked, encoding);
            Some(checked)
        }));
        let checked = match done {
            Ok(checked) => checked,
            Err(panic) => {
                let why = panic_message(&*panic);
                log(format_args!("checking {} panicked: {why}", uri.as_str()));
                None
            }
        };
        if let (Some(checked), Some(document)) = (checked, self.documents.get_mut(uri)) {
            document.checked = Some(checked);
        }
    }
}

/// Applies one change: the whole text, or (from a client that sends ranges anyway) the
/// range replaced.
fn apply(text: &mut String, change: lsp_types::TextDocumentContentChangeEvent, encoding: Encoding) {
    let Some(range) = change.range else {
        *text = change.text;
        return;
    };
    let mut sources = crate::source::SourceMap::new();
    let file = sources.add("", std::mem::take(text));
    let index = sources.file(file);
    let start = convert::offset(index, range.start, encoding);
    let end = convert::offset(index, range.end, encoding).max(start);
    let mut edited = index.text().to_owned();
    edited.replace_range(start..end, &change.text);
    *text = edited;
}

fn parse<T: DeserializeOwned>(params: Value) -> Result<T, ResponseError> {
    serde_json::from_value(params).map_err(|error| {
        failure(
            ErrorCode::InvalidParams,
            format!("invalid parameters: {error}"),
        )
    })
}

fn not_open(uri: &Uri) -> ResponseError {
    failure(
        ErrorCode::InvalidParams,
        format!("{} is not open", uri.as_str()),
    )
}

fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".to_owned())
}
