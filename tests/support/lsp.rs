//! A client for the language server in process, over `lsp_server::Connection::memory()`
//! (as ruff's `TestServer`): it starts the server on a thread with files held in memory
//! for a disk, sends requests and notifications, keeps the notifications that arrive
//! meanwhile, and on drop shuts the server down and fails if a message went unread.

use std::collections::{HashMap, VecDeque};
use std::path::{Path, PathBuf};
use std::thread::JoinHandle;
use std::time::Duration;

use lsp_server::{Connection, Message, Notification, Request, RequestId};
use serde_json::{Value, json};
use wodc::levels::Levels;
use wodc::lsp::Host;
use wodc::resolve::{FileKey, LoadError, Loaded, Loader};

/// Where the in-memory project lies.
pub const ROOT: &str = "/project";

/// How long a message may take: far longer than any should.
const PATIENCE: Duration = Duration::from_secs(20);

/// The disk, as the server's host: the files given, under [`ROOT`].
#[derive(Clone, Default)]
pub struct Disk {
    files: HashMap<PathBuf, String>,
}

impl Disk {
    pub fn new(files: &[(&str, &str)]) -> Self {
        let files = files
            .iter()
            .map(|(name, text)| (Path::new(ROOT).join(name), (*text).to_owned()))
            .collect();
        Self { files }
    }
}

impl Loader for Disk {
    fn load(&self, path: &Path, limit: u64) -> Result<Loaded, LoadError> {
        self.admits(path)?;
        let text = &self.files[&normal(path)];
        if text.len() as u64 > limit {
            return Err(LoadError::TooLarge { limit });
        }
        Ok(Loaded {
            key: FileKey::of_name(&normal(path)),
            bytes: text.as_bytes().to_vec(),
        })
    }

    fn key(&self, path: &Path) -> Option<FileKey> {
        let path = normal(path);
        self.files
            .contains_key(&path)
            .then(|| FileKey::of_name(&path))
    }

    fn admits(&self, path: &Path) -> Result<(), LoadError> {
        if !normal(path).starts_with(ROOT) {
            return Err(LoadError::OutsideProject);
        }
        if self.files.contains_key(&normal(path)) {
            Ok(())
        } else {
            Err(LoadError::NotFound)
        }
    }
}

impl Host for Disk {
    fn loader(&self, _: Option<&Path>) -> Box<dyn Loader> {
        Box::new(self.clone())
    }

    fn levels(&self, _: Option<&Path>) -> Levels {
        Levels::default()
    }
}

fn normal(path: &Path) -> PathBuf {
    let mut normal = PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::ParentDir => {
                normal.pop();
            }
            std::path::Component::CurDir => {}
            other => normal.push(other),
        }
    }
    normal
}

/// The URI of a file of the project.
pub fn uri(name: &str) -> String {
    format!("file://{ROOT}/{name}")
}

pub struct TestServer {
    client: Connection,
    server: Option<JoinHandle<()>>,
    next_id: i32,
    /// Notifications received while waiting for a response.
    notifications: VecDeque<Notification>,
    /// What `initialize` answered.
    pub initialized: Value,
}

impl TestServer {
    /// A server for a client that offers no position encoding (UTF-16, then).
    pub fn new(files: &[(&str, &str)]) -> Self {
        Self::with_capabilities(files, json!({}))
    }

    pub fn with_capabilities(files: &[(&str, &str)], capabilities: Value) -> Self {
        let (server, client) = Connection::memory();
        let disk = Disk::new(files);
        let thread = std::thread::spawn(move || {
            wodc::lsp::run(&server, &disk).expect("the server ends cleanly");
        });
        let mut test = Self {
            client,
            server: Some(thread),
            next_id: 0,
            notifications: VecDeque::new(),
            initialized: Value::Null,
        };
        let params = json!({ "capabilities": capabilities, "processId": null, "rootUri": null });
        test.initialized = test
            .request("initialize", params)
            .expect("initialize succeeds");
        test.notify("initialized", json!({}));
        test
    }

    /// Sends a request and waits for its answer: the result, or the error object.
    pub fn request(&mut self, method: &str, params: Value) -> Result<Value, Value> {
        self.next_id += 1;
        let id = RequestId::from(self.next_id);
        let request = Request::new(id.clone(), method.to_owned(), params);
        self.client
            .sender
            .send(request.into())
            .expect("the server listens");
        loop {
            match self.receive() {
                Message::Response(response) if response.id == id => {
                    return response
                        .response_result
                        .map_err(|error| serde_json::to_value(error).expect("serialisable"));
                }
                Message::Notification(notification) => self.notifications.push_back(notification),
                other => panic!("unexpected message while waiting for {method}: {other:?}"),
            }
        }
    }

    pub fn notify(&mut self, method: &str, params: Value) {
        let notification = Notification::new(method.to_owned(), params);
        self.client
            .sender
            .send(notification.into())
            .expect("the server listens");
    }

    /// Opens a file of the project, and returns the diagnostics published for it.
    pub fn open(&mut self, name: &str, text: &str) -> Value {
        let params = json!({"textDocument": {
            "uri": uri(name), "languageId": "wod", "version": 1, "text": text
        }});
        self.notify("textDocument/didOpen", params);
        self.diagnostics(name)
    }

    /// Replaces the whole text of an open file; returns the diagnostics published.
    pub fn change(&mut self, name: &str, version: i32, text: &str) -> Value {
        let params = json!({
            "textDocument": { "uri": uri(name), "version": version },
            "contentChanges": [{ "text": text }]
        });
        self.notify("textDocument/didChange", params);
        self.diagnostics(name)
    }

    /// The next diagnostics published for a file (its `params`).
    pub fn diagnostics(&mut self, name: &str) -> Value {
        let uri = uri(name);
        let published = |n: &Notification| {
            n.method == "textDocument/publishDiagnostics" && n.params["uri"] == uri.as_str()
        };
        if let Some(at) = self.notifications.iter().position(published) {
            return self.notifications.remove(at).expect("found").params;
        }
        loop {
            match self.receive() {
                Message::Notification(n) if published(&n) => return n.params,
                Message::Notification(n) => self.notifications.push_back(n),
                other => panic!("unexpected message while waiting for diagnostics: {other:?}"),
            }
        }
    }

    /// A request about a place of a file: `{textDocument, position}`.
    pub fn at(&mut self, method: &str, name: &str, line: u32, character: u32) -> Value {
        let params = json!({
            "textDocument": { "uri": uri(name) },
            "position": { "line": line, "character": character }
        });
        self.request(method, params).expect("the request succeeds")
    }

    /// A request about the start of a file, which may fail.
    pub fn at_result(&mut self, method: &str, name: &str) -> Result<Value, Value> {
        let params = json!({
            "textDocument": { "uri": uri(name) },
            "position": { "line": 0, "character": 0 }
        });
        self.request(method, params)
    }

    /// Sends a message as it is, and returns the answer if it is a request.
    pub fn send(&mut self, message: Message) {
        self.client
            .sender
            .send(message)
            .expect("the server listens");
    }

    /// The next message, which must come.
    pub fn receive(&mut self) -> Message {
        self.client
            .receiver
            .recv_timeout(PATIENCE)
            .expect("the server answers in time")
    }

    /// Whether a message arrives within a short while (for what must get no answer).
    pub fn quiet_for(&mut self, wait: Duration) -> Option<Message> {
        self.client.receiver.recv_timeout(wait).ok()
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if std::thread::panicking() {
            return;
        }
        let unread: Vec<String> = self
            .notifications
            .iter()
            .map(|n| n.method.clone())
            .collect();
        let _ = self.request("shutdown", Value::Null);
        self.notify("exit", Value::Null);
        if let Some(server) = self.server.take() {
            server
                .join()
                .expect("the server thread ends without a panic");
        }
        let late: Vec<Message> = self.client.receiver.try_iter().collect();
        // Diagnostics published by the last changes may arrive unasked; any other
        // message left unread is a test that did not look at something.
        let late: Vec<&Message> = late
            .iter()
            .filter(|m| !matches!(m, Message::Notification(n) if n.method == "textDocument/publishDiagnostics"))
            .collect();
        assert!(late.is_empty(), "messages left unread: {late:?}");
        let unread: Vec<&String> = unread
            .iter()
            .filter(|m| *m != "textDocument/publishDiagnostics")
            .collect();
        assert!(unread.is_empty(), "notifications left unread: {unread:?}");
    }
}
