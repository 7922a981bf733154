//! Every call the fuzzers make into the `wodc` library, in one place.
//!
//! Both runners, the cargo-fuzz targets and the stable mutation runner, go through these
//! functions and nothing else, so an API change in `wodc` is one edit here. Each function
//! does what the command line does with the same bytes (no imports are read: every
//! `import` is missing), and throws the output away: a fuzzer looks for panics and
//! hangs, not for answers.

use std::hint::black_box;
use std::path::Path;

use wodc::Analysis;
use wodc::backends::{self, Target};
use wodc::diagnostic::Diagnostic;
use wodc::levels::Levels;
use wodc::render;
use wodc::resolve::{LoadError, Loaded, Loader};
use wodc::source::SourceMap;

/// The name inputs are checked under, as if read from standard input.
const NAME: &str = "<stdin>";

/// A calendar's `DTSTAMP`: fixed, so a run depends on its input alone.
const MADE_AT: jiff::Timestamp = jiff::Timestamp::constant(1_767_225_600, 0);

/// What the stage of a run is called in reports: `check`, `render human`, `compile ics`.
pub type Stage = &'static str;

const CHECK: Stage = "check";
const PLAN: Stage = "plan";
const FMT: Stage = "fmt";
const FIX: Stage = "fix";
const LSP: Stage = "lsp";

/// Draws diagnostics in one format.
type Renderer = fn(&SourceMap, &[Diagnostic]) -> String;

/// The diagnostic formats of `wodc check --format`, each drawn as the command line
/// draws it (`human` without colour, at its fixed width).
const RENDERERS: [(Stage, Renderer); 5] = [
    ("render human", |sources, diagnostics| {
        let style = render::human::Style {
            color: false,
            width: 100,
        };
        render::human::render(sources, diagnostics, style)
    }),
    ("render short", render::short::render),
    ("render json", |sources, diagnostics| {
        render::json::render(sources, 1, diagnostics)
    }),
    ("render github", render::github::render),
    ("render sarif", render::sarif::render),
];

/// The formats of `wodc compile --to`.
const TARGETS: [(Stage, Target); 4] = [
    ("compile json", Target::Json),
    ("compile md", Target::Markdown),
    ("compile html", Target::Html),
    ("compile ics", Target::Ics),
];

/// Every import is missing: a fuzzer reads no disk, and what an input imports is out of
/// its reach anyway.
struct NoFiles;

impl Loader for NoFiles {
    fn load(&self, _: &Path, _: u64) -> Result<Loaded, LoadError> {
        Err(LoadError::NotFound)
    }
}

/// A checked input: the source map its diagnostics point into, and the analysis.
pub struct Checked {
    sources: SourceMap,
    analysis: Analysis,
}

/// Parses `bytes` as `check` would (decoded, a byte-order mark dropped), and stops there.
pub fn parse(bytes: &[u8]) {
    let mut sources = SourceMap::new();
    let file = sources.add(NAME, wodc::source::decode(bytes).text);
    black_box(wodc::syntax::parse(file, sources.text(file)));
}

/// Checks `bytes` with the rules' default levels.
pub fn check(bytes: &[u8]) -> Checked {
    let mut sources = SourceMap::new();
    let levels = Levels::default();
    let analysis = wodc::check(&mut sources, NAME, None, bytes, &NoFiles, &levels);
    Checked { sources, analysis }
}

/// Draws the diagnostics in every format. `enter` hears each stage as it starts, and
/// skips it by answering `false`.
pub fn render_all(checked: &Checked, enter: &mut dyn FnMut(Stage) -> bool) {
    for (stage, render) in RENDERERS {
        if enter(stage) {
            black_box(render(&checked.sources, &checked.analysis.diagnostics));
        }
    }
}

/// Compiles to every target; `enter` hears each stage as it starts, and skips it by
/// answering `false`. An input with errors is not compiled, as `wodc compile` refuses
/// it. A target that lacks a fact (a calendar without `start`) is an answer like any
/// other.
pub fn compile_all(checked: &Checked, enter: &mut dyn FnMut(Stage) -> bool) {
    if checked.analysis.has_errors() || !enter(PLAN) {
        return;
    }
    // A program too large to expand is refused, as `wodc compile` refuses it.
    let Ok(plan) = wodc::plan::build(&checked.analysis.model) else {
        return;
    };
    let input = backends::Input {
        plan: &plan,
        sources: &checked.sources,
        diagnostics: &checked.analysis.diagnostics,
        made_at: MADE_AT,
    };
    for (stage, target) in TARGETS {
        if enter(stage) {
            let _ = black_box(backends::render(target, &input, &mut std::io::sink()));
        }
    }
}

/// Formats `bytes` as `wodc fmt -` does, and panics where a promise of `format.md` is
/// broken: a file with syntax errors is refused, any other is formatted; the formatted
/// text has no syntax error, and formatting it again changes nothing.
pub fn fmt(bytes: &[u8]) {
    let decoded = wodc::source::decode(bytes);
    let mut sources = SourceMap::new();
    let file = sources.add(NAME, decoded.text);
    let text = sources.shared_text(file);
    let parsed = wodc::syntax::parse_decoded(file, &text, decoded.invalid_at);
    let syntax_errors = parsed.diagnostics.iter().any(|d| d.rule == "syntax");
    let Ok(once) = wodc::format::format(&text, &parsed) else {
        assert!(syntax_errors, "fmt refused a file without syntax errors");
        return;
    };
    assert!(!syntax_errors, "fmt formatted a file with syntax errors");
    let formatted = sources.add(NAME, once.clone());
    let again = wodc::syntax::parse(formatted, &once);
    assert!(
        again.diagnostics.is_empty(),
        "the formatted text has syntax errors: {}",
        again.diagnostics[0].message
    );
    let twice = wodc::format::format(&once, &again);
    assert!(
        twice.as_deref() == Ok(once.as_str()),
        "formatting the formatted text changes it"
    );
}

/// Applies the safe fixes as `wodc check --fix -` does, and panics if the fixed text
/// has more syntax errors than the input.
pub fn fix(bytes: &[u8]) {
    let syntax_errors = |analysis: &Analysis| {
        let own = |d: &&Diagnostic| d.rule == "syntax" && d.file() == analysis.file;
        analysis.diagnostics.iter().filter(own).count()
    };
    let before = syntax_errors(&check(bytes).analysis);
    let mut sources = SourceMap::new();
    let levels = Levels::default();
    let fixed = wodc::fix::fix(&mut sources, NAME, None, bytes, &NoFiles, &levels);
    assert!(
        syntax_errors(&fixed.analysis) <= before,
        "--fix added a syntax error"
    );
}

/// Every import is missing for the language server too, and the levels are the rules'
/// defaults.
impl wodc::lsp::Host for NoFiles {
    fn loader(&self, _: Option<&Path>) -> Box<dyn Loader> {
        Box::new(NoFiles)
    }

    fn levels(&self, _: Option<&Path>) -> Levels {
        Levels::default()
    }
}

/// Opens `bytes` as a document in the language server (as an editor sends it: text, any
/// bytes that are not UTF-8 replaced), asks for its diagnostics, and at a few places for
/// hovers, completions, definitions and inlay hints, the outline, folds, code actions and
/// formatting, then closes it. Panics if an answer is missing, or is the error the
/// server answers with when answering panicked (the panic it caught is in the message).
pub fn lsp(bytes: &[u8]) {
    use lsp_server::{Connection, Message, Notification, Request, RequestId};
    use serde_json::json;

    let text = String::from_utf8_lossy(bytes);
    let uri = "file:///fuzz/input.wod";
    let document = json!({ "uri": uri });
    let lines = u32::try_from(text.split('\n').count()).unwrap_or(u32::MAX);
    let places = [
        (0, 0),
        (0, 4),
        (lines / 2, 8),
        (lines.saturating_sub(1), 200),
        (lines, 0),
    ];
    let mut requests: Vec<(&str, serde_json::Value)> =
        vec![("initialize", json!({ "capabilities": {} }))];
    for (line, character) in places {
        let position = json!({ "textDocument": document, "position": { "line": line, "character": character } });
        for method in [
            "textDocument/hover",
            "textDocument/completion",
            "textDocument/definition",
        ] {
            requests.push((method, position.clone()));
        }
    }
    let whole =
        json!({ "start": { "line": 0, "character": 0 }, "end": { "line": lines, "character": 0 } });
    requests.extend([
        (
            "textDocument/inlayHint",
            json!({ "textDocument": document, "range": whole }),
        ),
        (
            "textDocument/codeAction",
            json!({ "textDocument": document, "range": whole, "context": { "diagnostics": [] } }),
        ),
        (
            "textDocument/documentSymbol",
            json!({ "textDocument": document }),
        ),
        (
            "textDocument/foldingRange",
            json!({ "textDocument": document }),
        ),
        (
            "textDocument/formatting",
            json!({ "textDocument": document, "options": { "tabSize": 2, "insertSpaces": true } }),
        ),
    ]);
    let (server, client) = Connection::memory();
    let send = |message: Message| client.sender.send(message).expect("an open channel");
    let notify = |method: &str, params| send(Notification::new(method.to_owned(), params).into());
    for (id, (method, params)) in (0..).zip(&requests) {
        if id == 1 {
            notify("initialized", json!({}));
            let item = json!({ "uri": uri, "languageId": "wod", "version": 1, "text": text });
            notify("textDocument/didOpen", json!({ "textDocument": item }));
        }
        send(Request::new(RequestId::from(id), (*method).to_owned(), params.clone()).into());
    }
    notify("textDocument/didClose", json!({ "textDocument": document }));
    send(Request::new(RequestId::from(-1), "shutdown".to_owned(), json!(null)).into());
    notify("exit", json!(null));
    wodc::lsp::run(&server, &NoFiles).expect("the server ends at `exit`");
    drop(server);
    let (mut answered, mut published) = (0, false);
    for message in client.receiver.try_iter() {
        match message {
            Message::Response(response) => {
                if let Err(error) = &response.response_result {
                    assert!(error.code != -32603, "{}", error.message);
                }
                answered += 1;
            }
            Message::Notification(n) => published |= n.method == "textDocument/publishDiagnostics",
            Message::Request(_) => {}
        }
    }
    assert_eq!(answered, requests.len() + 1, "every request is answered");
    assert!(published, "diagnostics are published");
    black_box(answered);
}

/// The stages of [`run_all`], in order.
pub fn stages() -> impl Iterator<Item = Stage> {
    let renderers = RENDERERS.iter().map(|&(stage, _)| stage);
    let targets = TARGETS.iter().map(|&(stage, _)| stage);
    std::iter::once(CHECK)
        .chain(renderers)
        .chain(std::iter::once(PLAN))
        .chain(targets)
        .chain([FMT, FIX, LSP])
}

/// Everything above but `parse`, which `check` does anyway: what the stable runner does
/// with each input. `enter` hears each stage as it starts (so that a slow input can be
/// named by the stage it was in), and skips it by answering `false`; skipping `check`
/// skips everything but `fmt` and `fix`.
pub fn run_all(bytes: &[u8], enter: &mut dyn FnMut(Stage) -> bool) {
    if enter(CHECK) {
        let checked = check(bytes);
        render_all(&checked, enter);
        compile_all(&checked, enter);
    }
    if enter(FMT) {
        fmt(bytes);
    }
    if enter(FIX) {
        fix(bytes);
    }
    if enter(LSP) {
        lsp(bytes);
    }
}
