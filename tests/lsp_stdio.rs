//! `wodc lsp` as an editor starts it: frames on standard input, nothing but frames on
//! standard output, whatever the input holds (a body that is not JSON, JSON that is no
//! message, headers without a length), and exit status 0 after `shutdown` and `exit`.

use std::process::Command;

use serde_json::{Value, json};

mod support;
use support::workspace::feed;

fn frame(body: &str) -> Vec<u8> {
    format!("Content-Length: {}\r\n\r\n{body}", body.len()).into_bytes()
}

/// The bodies of the frames of `output`; panics on anything else.
fn frames(mut output: &[u8]) -> Vec<Value> {
    let mut bodies = Vec::new();
    while !output.is_empty() {
        let end = output
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("a header block");
        let header = std::str::from_utf8(&output[..end]).expect("ASCII headers");
        let length: usize = header
            .strip_prefix("Content-Length: ")
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("not a frame header: {header:?}"));
        let body = &output[end + 4..end + 4 + length];
        bodies.push(serde_json::from_slice(body).expect("a JSON body"));
        output = &output[end + 4 + length..];
    }
    bodies
}

#[test]
fn broken_input_is_answered_on_stdout_with_frames_only() {
    let message = |value: Value| frame(&value.to_string());
    let text =
        "program \"P\"\nblock \"B\" week 1 {\n  session \"S\" {\n    Bench Pres: 3 x 5\n  }\n}\n";
    let input = [
        message(json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}})),
        message(json!({"jsonrpc": "2.0", "method": "initialized", "params": {}})),
        frame("{this is not json"),
        frame(r#"{"jsonrpc": "2.0", "id": 2, "method": 17}"#),
        b"X-Nothing: 1\r\n\r\n".to_vec(),
        message(json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": "untitled:plan", "languageId": "wod", "version": 1, "text": text}}})),
        message(json!({"jsonrpc": "2.0", "id": 3, "method": "textDocument/hover", "params": {
            "textDocument": {"uri": "untitled:plan"}, "position": {"line": 3, "character": 5}}})),
        message(json!({"jsonrpc": "2.0", "id": 4, "method": "shutdown"})),
        message(json!({"jsonrpc": "2.0", "method": "exit"})),
    ]
    .concat();
    let mut command = Command::new(env!("CARGO_BIN_EXE_wodc"));
    command.arg("lsp");
    let output = feed(command, &input);
    assert!(output.status.success(), "{:?}", output.status);
    let bodies = frames(&output.stdout);
    let by_id = |id: Value| {
        bodies
            .iter()
            .find(|b| b["id"] == id && b.get("method").is_none())
    };
    assert!(by_id(json!(1)).expect("initialize answered")["result"]["capabilities"].is_object());
    let not_json = bodies
        .iter()
        .find(|b| b["id"].is_null() && b["error"]["code"] == -32700);
    assert!(
        not_json.is_some(),
        "a body that is not JSON gets ParseError: {bodies:?}"
    );
    assert_eq!(by_id(json!(2)).expect("answered")["error"]["code"], -32600);
    let published = bodies
        .iter()
        .find(|b| b["method"] == "textDocument/publishDiagnostics")
        .expect("diagnostics published");
    assert_eq!(
        published["params"]["diagnostics"][0]["code"],
        "unknown-exercise"
    );
    assert!(by_id(json!(3)).expect("hover answered")["result"].is_object());
    assert_eq!(
        by_id(json!(4)).expect("shutdown answered")["result"],
        Value::Null
    );
    let log = String::from_utf8_lossy(&output.stderr);
    assert!(log.contains("not JSON"), "the log says why: {log}");
}
