//! The language server, driven in process over an in-memory connection: every feature of
//! `cli.md`'s table, positions in UTF-16 and UTF-8, imports from open documents and from
//! "disk" (files held in memory), and messages the protocol does not allow.

mod support;

use std::time::Duration;

use insta::assert_snapshot;
use lsp_server::{Message, Notification, Request, RequestId};
use serde_json::{Value, json};
use support::lsp::{TestServer, uri};

/// A library of definitions, imported by [`PLAN`].
const LIB: &str = r#"exercise "Pit Shark Squat" {
  equipment machine
  mechanic compound
  muscles quads, glutes
  aliases "Pit Shark"
}
"#;

/// A program with mistakes: a misspelt exercise, a drop set on a heavy compound, a
/// drop too small; a `×` and an emoji before things to point at.
const PLAN: &str = r#"program "Test Plan"
athlete intermediate
units kg
max Back Squat: 150kg
import "lib.wod"

exercise "Cable Y-Raise" {
  equipment cable
  mechanic isolation
  muscles side-delts
}

block "Base" weeks 1-2 {
  session "Legs" on mon, thu {
    Back Squat: 4 × 5 @ 75%, rest 3min, progress +2.5kg/week
    Pit Shark Squat: 3 x 10 @ 60kg, drop 25%
    Leg Pres: 3 x 10 @ 100kg
    Leg Extension: 1 x 12 @ 50kg, warmup 5@50%, drop 10%
  }
  session "Upper" on wed {
    warn too-many-techniques
    Cable Y-Raise: 3 x 15 @ 5kg, note "slow 🐢 tempo"
  }
}

block "Again" weeks 3-4 repeats "Base"
"#;

fn pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).expect("JSON")
}

/// The diagnostics as `line:character code: message`, one a line.
fn summary(published: &Value) -> String {
    published["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| {
            let start = &d["range"]["start"];
            let message = d["message"].as_str().unwrap_or_default();
            let first = message.lines().next().unwrap_or_default();
            format!(
                "{}:{} {}: {first}",
                start["line"],
                start["character"],
                d["code"].as_str().unwrap_or_default()
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A server with the library on disk and the plan open.
fn opened() -> (TestServer, Value) {
    let mut server = TestServer::new(&[("lib.wod", LIB)]);
    let diagnostics = server.open("plan.wod", PLAN);
    (server, diagnostics)
}

fn line_of(text: &str, needle: &str) -> u32 {
    text.lines()
        .position(|l| l.contains(needle))
        .expect("in the text") as u32
}

/// The UTF-16 column of `needle` in its line.
fn column_of(text: &str, needle: &str) -> u32 {
    let line = text
        .lines()
        .find(|l| l.contains(needle))
        .expect("in the text");
    let before = &line[..line.find(needle).expect("in the line")];
    before.encode_utf16().count() as u32
}

#[test]
fn initialize_offers_every_feature_in_utf16_by_default() {
    let server = TestServer::new(&[]);
    assert_snapshot!(pretty(&server.initialized));
}

#[test]
fn utf8_is_chosen_when_offered() {
    let capabilities = json!({"general": {"positionEncodings": ["utf-8", "utf-16"]}});
    let server = TestServer::with_capabilities(&[], capabilities);
    assert_eq!(
        server.initialized["capabilities"]["positionEncoding"],
        "utf-8"
    );
}

#[test]
fn diagnostics_are_published_on_open_with_rule_codes() {
    let (_server, published) = opened();
    assert_eq!(published["version"], 1);
    assert_snapshot!(summary(&published));
    assert_snapshot!("diagnostics_full", pretty(&published));
}

#[test]
fn diagnostics_follow_each_change() {
    let (mut server, _) = opened();
    let fixed = PLAN.replace("Leg Pres:", "Leg Press:");
    let published = server.change("plan.wod", 2, &fixed);
    assert_eq!(published["version"], 2);
    let codes = summary(&published);
    assert!(!codes.contains("unknown-exercise"), "{codes}");
    assert!(
        codes.contains("drop-set-on-heavy-compound") || codes.contains("drop-size"),
        "{codes}"
    );
}

#[test]
fn positions_count_utf16_units_or_utf8_bytes_as_negotiated() {
    // `×` is 1 UTF-16 unit and 2 bytes; the emoji 2 units and 4 bytes.
    let text = PLAN
        .replace("rest 3min, progress", "rest 3min, rest 2min, progress")
        .replace(
            "\"slow 🐢 tempo\"",
            "\"slow 🐢 tempo\", tempo 3-1-1-0, tempo 2-0-2-0",
        );
    let squat = line_of(&text, "Back Squat: 4 ×");
    let raise = line_of(&text, "Cable Y-Raise: 3");
    for (encoding, squat_column, raise_column) in [("utf-16", 40, 70), ("utf-8", 41, 72)] {
        let capabilities = json!({"general": {"positionEncodings": [encoding]}});
        let mut server = TestServer::with_capabilities(&[("lib.wod", LIB)], capabilities);
        let published = server.open("plan.wod", &text);
        let starts: Vec<(u64, u64)> = published["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["message"].as_str().unwrap().contains("given twice"))
            .map(|d| {
                let start = &d["range"]["start"];
                (
                    start["line"].as_u64().unwrap(),
                    start["character"].as_u64().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            starts,
            [
                (u64::from(squat), squat_column),
                (u64::from(raise), raise_column)
            ],
            "{encoding}"
        );
        // Asking back at the same place finds the same clause.
        let hover = server.at("textDocument/hover", "plan.wod", raise, raise_column as u32);
        assert!(hover.is_object(), "{encoding}: {hover}");
    }
}

#[test]
fn a_changed_library_re_publishes_its_importers() {
    let mut server = TestServer::new(&[("lib.wod", LIB)]);
    server.open("plan.wod", PLAN);
    server.open("lib.wod", LIB);
    // Opened, the library is read from the editor: the importer is checked again.
    server.diagnostics("plan.wod");
    let renamed = LIB.replace("Pit Shark Squat", "Hip Belt Squat");
    server.change("lib.wod", 2, &renamed);
    let plan = server.diagnostics("plan.wod");
    let codes = summary(&plan);
    assert!(
        codes.contains("unknown-exercise: unknown exercise `Pit Shark Squat`"),
        "{codes}"
    );
    // Closed, the library is read from disk again.
    server.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri("lib.wod")}}),
    );
    let cleared = server.diagnostics("lib.wod");
    assert_eq!(cleared["diagnostics"], json!([]));
    let plan = server.diagnostics("plan.wod");
    assert!(
        !summary(&plan).contains("`Pit Shark Squat`"),
        "{}",
        summary(&plan)
    );
}

#[test]
fn a_mistake_in_an_imported_file_is_shown_at_its_import() {
    let mut server = TestServer::new(&[("lib.wod", "exercise \"X\" {\n  equipment rocket\n}\n")]);
    let published = server.open("plan.wod", PLAN);
    let import = line_of(PLAN, "import");
    let in_lib: Vec<&Value> = published["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["range"]["start"]["line"] == import)
        .collect();
    assert!(!in_lib.is_empty(), "{}", summary(&published));
    assert_snapshot!(pretty(&json!(in_lib)));
}

#[test]
fn hover_on_an_exercise_shows_its_catalog_entry() {
    let (mut server, _) = opened();
    let line = line_of(PLAN, "Pit Shark Squat: 3");
    let hover = server.at("textDocument/hover", "plan.wod", line, 6);
    assert_snapshot!(pretty(&hover));
}

#[test]
fn hover_on_a_line_shows_its_work_week_by_week() {
    let (mut server, _) = opened();
    let line = line_of(PLAN, "Leg Extension");
    let hover = server.at("textDocument/hover", "plan.wod", line, 40);
    assert_snapshot!(hover["contents"]["value"].as_str().unwrap());
}

#[test]
fn hover_on_a_rule_name_shows_its_page() {
    let (mut server, _) = opened();
    let line = line_of(PLAN, "warn too-many");
    let hover = server.at("textDocument/hover", "plan.wod", line, 12);
    let text = hover["contents"]["value"].as_str().unwrap();
    assert!(
        text.starts_with("**too-many-techniques** (warning by default)"),
        "{text}"
    );
    assert!(text.contains("## What it checks"), "{text}");
}

#[test]
fn hover_on_a_session_header_shows_its_length() {
    let (mut server, _) = opened();
    let line = line_of(PLAN, "session \"Upper\"");
    let hover = server.at("textDocument/hover", "plan.wod", line, 4);
    assert_snapshot!(hover["contents"]["value"].as_str().unwrap());
}

/// The labels (and details) of the completions at a place.
fn completions(
    server: &mut TestServer,
    name: &str,
    line: u32,
    character: u32,
) -> Vec<(String, String)> {
    let list = server.at("textDocument/completion", name, line, character);
    list["items"]
        .as_array()
        .expect("a list")
        .iter()
        .map(|item| {
            let label = item["label"].as_str().unwrap_or_default().to_owned();
            let detail = item["detail"].as_str().unwrap_or_default().to_owned();
            (label, detail)
        })
        .collect()
}

fn labels(items: &[(String, String)]) -> Vec<&str> {
    items.iter().map(|(label, _)| label.as_str()).collect()
}

#[test]
fn completion_offers_what_may_stand_at_each_place() {
    let text = "program \"P\"\nath\nallow dro\nexercise \"E\" {\n  equipment \n  muscles quads, \n  skill \n}\nblock \"B\" weeks 1-2 {\n  session \"S\" on mon, \n  session \"T\" {\n    Bel\n    \n    Bench Press: 3 x 8 @ 80\n    Bench Press: 3 x 8 @ 80kg, \n    Bench Press: 3 x 8 @ 80kg, rest 90\n  }\n}\n";
    let mut server = TestServer::new(&[]);
    server.open("c.wod", text);
    let at = |needle: &str| {
        let line = line_of(text, needle);
        let end = text
            .lines()
            .nth(line as usize)
            .unwrap()
            .encode_utf16()
            .count() as u32;
        (line, end)
    };
    let mut ask = |needle: &str| {
        let (line, end) = at(needle);
        completions(&mut server, "c.wod", line, end)
    };
    let top = ask("ath");
    assert!(
        labels(&top).contains(&"athlete") && labels(&top).contains(&"block"),
        "{top:?}"
    );
    let rules = ask("allow dro");
    assert!(labels(&rules).contains(&"drop-size"), "{rules:?}");
    assert!(
        !labels(&rules).contains(&"syntax"),
        "errors of meaning have no level"
    );
    assert_eq!(
        labels(&ask("  equipment ")),
        [
            "barbell",
            "dumbbell",
            "machine",
            "cable",
            "smith",
            "bodyweight",
            "band",
            "kettlebell",
            "other"
        ]
    );
    let muscles = ask("muscles quads, ");
    assert!(
        labels(&muscles).contains(&"glutes") && muscles.len() == 19,
        "{muscles:?}"
    );
    assert_eq!(labels(&ask("  skill ")), ["low", "high"]);
    let days = ask("on mon, ");
    assert_eq!(
        labels(&days),
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    );
    let names = ask("    Bel");
    let belt = names.iter().find(|(label, _)| label == "Belt Squat");
    let belt = belt.expect("Belt Squat");
    assert_eq!(belt.1, "machine compound: glutes, quads");
    let narrowed = names
        .iter()
        .all(|(label, _)| label.to_lowercase().contains("bel"));
    assert!(narrowed, "{names:?}");
    assert_eq!(labels(&ask("Bench Press: 3 x 8 @ 80")), ["kg", "lb", "%"]);
    let clauses = ask("80kg, ");
    assert!(
        labels(&clauses).contains(&"rest") && labels(&clauses).contains(&"rest-pause"),
        "{clauses:?}"
    );
    assert_eq!(labels(&ask("rest 90")), ["s", "min", "h"]);
    let blank = text
        .lines()
        .position(|l| l == "    ")
        .expect("a blank line in a session");
    let everything = completions(&mut server, "c.wod", blank as u32, 4);
    let bench = everything.iter().find(|(label, _)| label == "Bench Press");
    assert!(
        bench
            .expect("Bench Press")
            .1
            .starts_with("barbell compound")
    );
    let keywords = labels(&everything);
    assert!(
        keywords.contains(&"superset") && keywords.contains(&"note"),
        "keywords too"
    );
}

#[test]
fn completion_of_an_exercise_replaces_the_name_typed() {
    let mut server = TestServer::new(&[("lib.wod", LIB)]);
    server.open("plan.wod", PLAN);
    let line = line_of(PLAN, "Pit Shark Squat: 3");
    let list = server.at("textDocument/completion", "plan.wod", line, 7);
    assert_eq!(list["isIncomplete"], true, "narrowed to the text typed");
    let items = list["items"].as_array().unwrap();
    let belt = items
        .iter()
        .find(|i| i["label"] == "Pit Shark Squat")
        .expect("imported definitions too");
    assert_snapshot!(pretty(belt));
    let alias = items
        .iter()
        .find(|i| i["label"] == "Pit Shark")
        .expect("aliases too");
    assert_eq!(
        alias["detail"],
        "Pit Shark Squat; machine compound: glutes, quads"
    );
}

#[test]
fn go_to_definition_follows_exercises_imports_and_repeats() {
    let (mut server, _) = opened();
    let definition = |server: &mut TestServer, needle: &str, offset: u32| {
        let line = line_of(PLAN, needle);
        let character = column_of(PLAN, needle) + offset;
        server.at("textDocument/definition", "plan.wod", line, character)
    };
    let imported = definition(&mut server, "Pit Shark Squat: 3", 1);
    assert_eq!(imported["uri"], uri("lib.wod"));
    assert_eq!(
        imported["range"]["start"],
        json!({"line": 0, "character": 9})
    );
    let here = definition(&mut server, "Cable Y-Raise: 3", 2);
    assert_eq!(here["uri"], uri("plan.wod"));
    assert_eq!(
        here["range"]["start"]["line"],
        line_of(PLAN, "exercise \"Cable")
    );
    let file = definition(&mut server, "\"lib.wod\"", 2);
    assert_eq!(
        file,
        json!({"uri": uri("lib.wod"), "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}})
    );
    let block = definition(&mut server, "repeats \"Base\"", 9);
    assert_eq!(
        block["range"]["start"]["line"],
        line_of(PLAN, "block \"Base\"")
    );
    let built_in = definition(&mut server, "Leg Extension", 1);
    assert_eq!(
        built_in,
        Value::Null,
        "a built-in exercise has no definition to go to"
    );
}

#[test]
fn code_actions_offer_every_fix_and_allowing_the_rule() {
    let (mut server, _) = opened();
    let line = line_of(PLAN, "Leg Pres:");
    let params = json!({
        "textDocument": {"uri": uri("plan.wod")},
        "range": {"start": {"line": line, "character": 4}, "end": {"line": line, "character": 4}},
        "context": {"diagnostics": []}
    });
    let actions = server.request("textDocument/codeAction", params).unwrap();
    let titles: Vec<&str> = actions
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert_snapshot!("code_actions_unknown_exercise", titles.join("\n"));
    let line = line_of(PLAN, "Leg Extension");
    let params = json!({
        "textDocument": {"uri": uri("plan.wod")},
        "range": {"start": {"line": line, "character": 4}, "end": {"line": line, "character": 60}},
        "context": {"diagnostics": []}
    });
    let actions = server.request("textDocument/codeAction", params).unwrap();
    let shown: Vec<Value> = actions
        .as_array()
        .unwrap()
        .iter()
        .map(|a| json!({"title": a["title"], "preferred": a["isPreferred"], "edits": a["edit"]["changes"], "diagnostic": a["diagnostics"][0]["code"]}))
        .collect();
    assert_snapshot!("code_actions_guardrail", pretty(&json!(shown)));
}

#[test]
fn formatting_gives_the_result_of_wodc_fmt() {
    let messy =
        "program   \"F\"\nblock \"B\"   week 1 {\nsession \"S\" {\nBench Press:3x5@80kg\n}\n}\n";
    let mut server = TestServer::new(&[]);
    server.open("f.wod", messy);
    let params = json!({"textDocument": {"uri": uri("f.wod")}, "options": {"tabSize": 2, "insertSpaces": true}});
    let edits = server
        .request("textDocument/formatting", params.clone())
        .unwrap();
    let mut sources = wodc::source::SourceMap::new();
    let file = sources.add("f.wod", messy.to_owned());
    let expected = wodc::format::format(messy, &wodc::syntax::parse(file, messy)).unwrap();
    assert_eq!(edits[0]["newText"], expected);
    assert_eq!(
        edits[0]["range"],
        json!({"start": {"line": 0, "character": 0}, "end": {"line": 6, "character": 0}})
    );
    // Formatted already: no edit. A syntax error: no answer, as `wodc fmt` refuses it.
    server.change("f.wod", 2, &expected);
    assert_eq!(
        server
            .request("textDocument/formatting", params.clone())
            .unwrap(),
        json!([])
    );
    server.change("f.wod", 3, "block {\n");
    assert_eq!(
        server.request("textDocument/formatting", params).unwrap(),
        Value::Null
    );
}

#[test]
fn the_outline_and_folds_follow_blocks_sessions_supersets_and_definitions() {
    let text = format!(
        "{PLAN}\nblock \"Peak\" week 5 {{\n  session \"Arms\" {{\n    superset {{\n      Dumbbell Curl: 3 x 10\n      Triceps Pushdown: 3 x 10\n    }}\n  }}\n}}\n"
    );
    let mut server = TestServer::new(&[("lib.wod", LIB)]);
    server.open("plan.wod", &text);
    let document = json!({"textDocument": {"uri": uri("plan.wod")}});
    let symbols = server
        .request("textDocument/documentSymbol", document.clone())
        .unwrap();
    assert_snapshot!("document_symbols", pretty(&symbols));
    let folds = server
        .request("textDocument/foldingRange", document)
        .unwrap();
    let folds: Vec<String> = folds
        .as_array()
        .unwrap()
        .iter()
        .map(|f| format!("{}-{}", f["startLine"], f["endLine"]))
        .collect();
    assert_snapshot!("folding_ranges", folds.join(" "));
}

#[test]
fn inlay_hints_give_the_load_of_each_week_and_session_lengths() {
    let (mut server, _) = opened();
    let params = json!({
        "textDocument": {"uri": uri("plan.wod")},
        "range": {"start": {"line": 0, "character": 0}, "end": {"line": 40, "character": 0}}
    });
    let hints = server.request("textDocument/inlayHint", params).unwrap();
    let hints: Vec<String> = hints
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            format!(
                "{}:{} {}",
                h["position"]["line"],
                h["position"]["character"],
                h["label"].as_str().unwrap()
            )
        })
        .collect();
    assert_snapshot!(hints.join("\n"));
}

#[test]
fn unknown_and_broken_messages_get_the_answers_the_protocol_gives() {
    let (mut server, _) = opened();
    let unknown = server.request(
        "textDocument/semanticTokens/full",
        json!({"textDocument": {"uri": uri("plan.wod")}}),
    );
    assert_eq!(unknown.unwrap_err()["code"], -32601);
    let bad = server.request("textDocument/hover", json!({"textDocument": 5}));
    assert_eq!(bad.unwrap_err()["code"], -32602);
    let closed = server.at_result("textDocument/hover", "elsewhere.wod");
    assert_eq!(closed.unwrap_err()["code"], -32602);
    // Notifications get no answer: unknown ones, and broken ones.
    server.notify("$/unknownNotification", json!({"x": 1}));
    server.notify("textDocument/didChange", json!({"nonsense": true}));
    server.notify("textDocument/didOpen", json!(null));
    assert!(server.quiet_for(Duration::from_millis(200)).is_none());
    // The server still answers.
    let line = line_of(PLAN, "Pit Shark Squat: 3");
    assert!(
        server
            .at("textDocument/hover", "plan.wod", line, 6)
            .is_object()
    );
}

#[test]
fn a_request_before_initialize_is_refused_and_after_shutdown_too() {
    let (server, client) = lsp_server::Connection::memory();
    let thread = std::thread::spawn(move || {
        wodc::lsp::run(&server, &support::lsp::Disk::default()).unwrap();
    });
    let early = Request::new(
        RequestId::from(1),
        "textDocument/hover".to_owned(),
        json!({}),
    );
    client.sender.send(early.into()).unwrap();
    let Message::Response(refused) = client.receiver.recv().unwrap() else {
        panic!("a response")
    };
    assert_eq!(refused.response_result.unwrap_err().code, -32002);
    let init = Request::new(
        RequestId::from(2),
        "initialize".to_owned(),
        json!({"capabilities": {}}),
    );
    client.sender.send(init.into()).unwrap();
    client.receiver.recv().unwrap();
    for (id, method) in [(3, "shutdown"), (4, "textDocument/hover")] {
        let request = Request::new(RequestId::from(id), method.to_owned(), json!({}));
        client.sender.send(request.into()).unwrap();
    }
    let Message::Response(shutdown) = client.receiver.recv().unwrap() else {
        panic!()
    };
    assert_eq!(shutdown.response_result.unwrap(), Value::Null);
    let Message::Response(after) = client.receiver.recv().unwrap() else {
        panic!()
    };
    assert_eq!(after.response_result.unwrap_err().code, -32600);
    client
        .sender
        .send(Notification::new("exit".to_owned(), json!(null)).into())
        .unwrap();
    thread.join().unwrap();
}

#[test]
fn any_bytes_in_a_document_get_diagnostics() {
    let mut server = TestServer::new(&[]);
    for (version, text) in [
        "\u{0}\u{1b}[31m}}}{{{ \u{202e} // ×",
        "block \"A\" weeks 4-1 {\r\n  session \"S\" on mon, mon {\r",
        "max\u{3000}Bench\u{3000}Pr",
        "\u{feff}max : kg\nimport \"/etc/passwd\"\nimport \"../../outside.wod\"\nimport \"missing.wod\"",
        &"x".repeat(100_000),
    ]
    .iter()
    .enumerate()
    {
        let published = if version == 0 {
            server.open("any.wod", text)
        } else {
            server.change("any.wod", version as i32 + 1, text)
        };
        assert!(!published["diagnostics"].as_array().unwrap().is_empty(), "{text:?}");
        // And every request about it is answered, in the line and past its end.
        for method in ["textDocument/hover", "textDocument/completion", "textDocument/definition"] {
            for character in [0, 3, 10_000] {
                server.at(method, "any.wod", 0, character);
            }
        }
    }
}

#[test]
fn many_diagnostics_are_all_published_in_order() {
    // Past 256, half are converted on a second thread: the halves keep their order.
    let lines: String = (0..400)
        .map(|i| format!("    Unknown Lift {i}: 3 x 5\n"))
        .collect();
    let text =
        format!("program \"P\"\nblock \"B\" week 1 {{\n  session \"S\" {{\n{lines}  }}\n}}\n");
    let mut server = TestServer::new(&[]);
    let published = server.open("many.wod", &text);
    let starts: Vec<u64> = published["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "unknown-exercise")
        .map(|d| d["range"]["start"]["line"].as_u64().unwrap())
        .collect();
    assert_eq!(starts, (3..403).collect::<Vec<u64>>());
}
