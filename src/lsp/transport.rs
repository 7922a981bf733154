//! Messages over standard input and output, framed by `Content-Length` headers.
//!
//! `lsp-server` has a stdio transport, but its reader thread stops at the first frame
//! whose body is not a JSON-RPC message, and the server with it. This one answers such a
//! frame as JSON-RPC says (`ParseError` with a null id for a body that is not JSON,
//! `InvalidRequest` with the request's id for JSON that is no message) and reads on;
//! a header block without a length is skipped. Only the end of input ends it.
//!
//! Writes take standard output's lock for a whole frame, so the reader's error replies
//! and the writer's messages never interleave.

use std::io::{self, BufRead, Read, Write};
use std::thread;

use lsp_server::{Connection, ErrorCode, Message};
use serde_json::{Value, json};

use super::{Host, log, server};

/// The largest body read: bigger than any document (64 MiB) written as JSON.
const MAX_BODY: u64 = 512 << 20;

/// Serves the client on standard input and output until it says `exit` or goes away.
pub fn serve_stdio(host: &dyn Host) -> io::Result<()> {
    let (to_writer, from_server) = crossbeam_channel::unbounded::<Message>();
    let (to_server, from_reader) = crossbeam_channel::unbounded::<Message>();
    let writer = thread::Builder::new()
        .name("wodc-lsp-writer".to_owned())
        .spawn(move || -> io::Result<()> {
            for message in from_server {
                message.write(&mut io::stdout().lock())?;
            }
            Ok(())
        })?;
    thread::Builder::new()
        .name("wodc-lsp-reader".to_owned())
        .spawn(move || {
            let deliver = |message: Message| to_server.send(message).is_ok();
            let reply = |value: Value| {
                let _ = write_frame(&mut io::stdout().lock(), &value.to_string());
            };
            read_messages(&mut io::stdin().lock(), deliver, reply);
        })?;
    let connection = Connection {
        sender: to_writer,
        receiver: from_reader,
    };
    let served = server::run(&connection, host);
    // The writer ends once every message is written; the reader ends with its input.
    drop(connection);
    let written = writer
        .join()
        .unwrap_or_else(|_| Err(io::Error::other("the writer thread panicked")));
    served.map_err(|error| io::Error::other(error.to_string()))?;
    written
}

/// Reads frames from `input` until it ends or `exit` is read, handing each message to
/// `deliver` (which answers `false` once nobody listens) and each error reply to
/// `reply`.
pub fn read_messages(
    input: &mut impl BufRead,
    mut deliver: impl FnMut(Message) -> bool,
    mut reply: impl FnMut(Value),
) {
    loop {
        let body = match read_frame(input) {
            Ok(Some(body)) => body,
            Ok(None) => return,
            Err(error) if error.kind() == io::ErrorKind::InvalidData => {
                log(format_args!("a frame was skipped: {error}"));
                continue;
            }
            Err(error) => {
                log(format_args!("standard input failed: {error}"));
                return;
            }
        };
        match decode(&body) {
            Ok(message) => {
                let exit = matches!(&message, Message::Notification(n) if n.method == "exit");
                if !deliver(message) || exit {
                    return;
                }
            }
            Err(Some(answer)) => reply(answer),
            Err(None) => {}
        }
    }
}

/// The body of the next frame; `None` at the end of input.
fn read_frame(input: &mut impl BufRead) -> io::Result<Option<Vec<u8>>> {
    let mut length: Option<u64> = None;
    let mut line = Vec::new();
    let mut headers = 0;
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            return Ok(None);
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches(['\r', '\n']);
        if text.is_empty() {
            if headers == 0 {
                // A blank line between frames.
                continue;
            }
            break;
        }
        headers += 1;
        if let Some((name, value)) = text.split_once(':')
            && name.trim().eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse().ok();
        }
    }
    let Some(length) = length.filter(|&length| length <= MAX_BODY) else {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            "its headers give no valid Content-Length",
        ));
    };
    let mut body = Vec::new();
    input.take(length).read_to_end(&mut body)?;
    if (body.len() as u64) < length {
        return Ok(None);
    }
    Ok(Some(body))
}

/// A body as a message; or the error reply it gets (`None`: one that cannot be answered,
/// a broken notification or response, is logged).
fn decode(body: &[u8]) -> Result<Message, Option<Value>> {
    let error = |id: Value, code: ErrorCode, message: &str| json!({"jsonrpc": "2.0", "id": id, "error": {"code": code as i32, "message": message}});
    let Ok(value) = serde_json::from_slice::<Value>(body) else {
        log(format_args!(
            "a message that is not JSON: {} bytes",
            body.len()
        ));
        return Err(Some(error(
            Value::Null,
            ErrorCode::ParseError,
            "the message is not JSON",
        )));
    };
    match serde_json::from_value::<Message>(value.clone()) {
        Ok(message) => Ok(message),
        Err(why) => {
            log(format_args!("a message that is not JSON-RPC: {why}"));
            let message = format!("the message is not a JSON-RPC request: {why}");
            match value
                .get("id")
                .filter(|id| id.is_number() || id.is_string())
            {
                Some(id) => Err(Some(error(id.clone(), ErrorCode::InvalidRequest, &message))),
                // A notification gets no answer, even a broken one.
                None if value.get("method").is_some() => Err(None),
                None => Err(Some(error(
                    Value::Null,
                    ErrorCode::InvalidRequest,
                    &message,
                ))),
            }
        }
    }
}

fn write_frame(out: &mut impl Write, body: &str) -> io::Result<()> {
    write!(out, "Content-Length: {}\r\n\r\n{body}", body.len())?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    }

    /// What reading `input` delivers (methods) and replies (error codes and ids).
    fn read(input: &str) -> (Vec<String>, Vec<(i64, Value)>) {
        let (mut methods, mut replies) = (Vec::new(), Vec::new());
        read_messages(
            &mut input.as_bytes(),
            |message| {
                methods.push(match message {
                    Message::Request(r) => r.method,
                    Message::Notification(n) => n.method,
                    Message::Response(r) => format!("response {}", r.id),
                });
                true
            },
            |reply| {
                let code = reply["error"]["code"].as_i64().unwrap_or_default();
                replies.push((code, reply["id"].clone()));
            },
        );
        (methods, replies)
    }

    #[test]
    fn broken_frames_are_answered_and_reading_goes_on() {
        let input = [
            frame(r#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#),
            frame("{not json"),
            frame(r#"{"jsonrpc":"2.0","id":7,"method":5}"#),
            frame(r#"{"jsonrpc":"2.0","method":["x"]}"#),
            "X-Junk: 1\r\n\r\n".to_owned(),
            "Content-Length: lots\r\n\r\n".to_owned(),
            frame("\u{FEFF}"),
            frame(r#"{"jsonrpc":"2.0","method":"exit"}"#),
            frame(r#"{"jsonrpc":"2.0","method":"after-exit"}"#),
        ]
        .concat();
        let (methods, replies) = read(&input);
        assert_eq!(methods, ["initialize", "exit"]);
        assert_eq!(
            replies,
            [
                (-32700, Value::Null),
                (-32600, json!(7)),
                (-32700, Value::Null)
            ]
        );
    }

    #[test]
    fn a_body_cut_short_ends_the_input() {
        let (methods, replies) = read("Content-Length: 99\r\n\r\n{\"jsonrpc\"");
        assert!(methods.is_empty() && replies.is_empty());
    }
}
