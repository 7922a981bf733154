//! The language server's speed on a program of 5,000 lines (`tests/support/program.rs`,
//! seeded): how long after an edit its diagnostics are published, and how long a hover
//! and a completion take, each timed from the request sent to the answer received over
//! an in-memory connection, the server running on its own thread as under an editor.
//!
//! An edit changes one load in the middle of the program, and the next edit changes it
//! back, so that every timed edit is a real change of text.
//!
//! Run with `cargo bench --bench lsp`.

#[path = "../tests/support/program.rs"]
mod program;

use std::path::Path;
use std::sync::LazyLock;

use divan::Bencher;
use lsp_server::{Connection, Message, Notification, Request, RequestId};
use serde_json::{Value, json};
use wodc::levels::Levels;
use wodc::lsp::Host;
use wodc::resolve::{LoadError, Loaded, Loader};

/// The smallest program the benchmark accepts, in lines.
const MIN_LINES: usize = 5_000;

const URI: &str = "file:///bench/plan.wod";

static PROGRAM: LazyLock<String> = LazyLock::new(|| {
    (90..)
        .map(|weeks| program::program(2026, weeks, 4))
        .find(|text| text.lines().count() >= MIN_LINES)
        .expect("some number of weeks is enough")
});

/// The allocator of the `wodc` binary (src/main.rs), so that the server is timed as it runs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    println!(
        "program: {} lines, {} bytes",
        PROGRAM.lines().count(),
        PROGRAM.len()
    );
    divan::main();
}

/// No files besides the program.
struct NoDisk;

impl Loader for NoDisk {
    fn load(&self, _: &Path, _: u64) -> Result<Loaded, LoadError> {
        Err(LoadError::NotFound)
    }
}

impl Host for NoDisk {
    fn loader(&self, _: Option<&Path>) -> Box<dyn Loader> {
        Box::new(NoDisk)
    }

    fn levels(&self, _: Option<&Path>) -> Levels {
        Levels::default()
    }
}

/// A client of a server on its own thread, the program open.
struct Client {
    connection: Connection,
    next: i32,
    version: i32,
}

impl Client {
    fn start() -> Self {
        let (server, connection) = Connection::memory();
        std::thread::spawn(move || wodc::lsp::run(&server, &NoDisk));
        let mut client = Self {
            connection,
            next: 0,
            version: 1,
        };
        client.request("initialize", json!({"capabilities": {}}));
        client.notify("initialized", json!({}));
        let open = json!({"textDocument": {
            "uri": URI, "languageId": "wod", "version": 1, "text": &*PROGRAM
        }});
        client.notify("textDocument/didOpen", open);
        client.published();
        client
    }

    fn notify(&self, method: &str, params: Value) {
        let notification = Notification::new(method.to_owned(), params);
        self.connection.sender.send(notification.into()).unwrap();
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next += 1;
        let id = RequestId::from(self.next);
        let request = Request::new(id.clone(), method.to_owned(), params);
        self.connection.sender.send(request.into()).unwrap();
        loop {
            match self.connection.receiver.recv().unwrap() {
                Message::Response(r) if r.id == id => return r.response_result.unwrap(),
                _ => {}
            }
        }
    }

    /// Waits for the next diagnostics; returns how many there are.
    fn published(&self) -> usize {
        loop {
            if let Message::Notification(n) = self.connection.receiver.recv().unwrap()
                && n.method == "textDocument/publishDiagnostics"
            {
                return n.params["diagnostics"].as_array().map_or(0, Vec::len);
            }
        }
    }

    fn edit(&mut self, text: &str) {
        self.version += 1;
        let change = json!({
            "textDocument": {"uri": URI, "version": self.version},
            "contentChanges": [{"text": text}]
        });
        self.notify("textDocument/didChange", change);
    }
}

/// The program with one load changed, near the middle: the other text of each edit.
fn edited() -> String {
    let middle = PROGRAM.len() / 2;
    let at = middle
        + PROGRAM[middle..]
            .find("kg")
            .expect("a load after the middle");
    let mut text = PROGRAM.clone();
    text.replace_range(at - 1..at, "7");
    text
}

/// The line and UTF-16 column of the first `needle` after the middle of the program.
fn place(needle: &str) -> (usize, usize) {
    let lines: Vec<&str> = PROGRAM.lines().collect();
    let line = (lines.len() / 2..lines.len())
        .find(|&i| lines[i].contains(needle))
        .expect("the needle is there");
    let column = lines[line].find(needle).expect("on the line");
    (line, lines[line][..column].encode_utf16().count())
}

#[divan::bench(sample_count = 50)]
fn edit_to_diagnostics(bencher: Bencher) {
    let mut client = Client::start();
    let texts = [edited(), PROGRAM.clone()];
    let mut turn = 0;
    bencher.bench_local(|| {
        client.edit(&texts[turn % 2]);
        turn += 1;
        client.published()
    });
}

#[divan::bench(sample_count = 50)]
fn hover_on_a_line(bencher: Bencher) {
    let mut client = Client::start();
    let (line, column) = place("Bench Press: 4 x 6-8");
    let params = json!({
        "textDocument": {"uri": URI},
        "position": {"line": line, "character": column + 20}
    });
    bencher.bench_local(|| client.request("textDocument/hover", params.clone()));
}

#[divan::bench(sample_count = 50)]
fn completion_of_an_exercise(bencher: Bencher) {
    let mut client = Client::start();
    let (line, column) = place("Lat Pulldown");
    let params = json!({
        "textDocument": {"uri": URI},
        "position": {"line": line, "character": column + 3}
    });
    bencher.bench_local(|| client.request("textDocument/completion", params.clone()));
}
