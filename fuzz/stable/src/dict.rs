//! Dictionaries in libFuzzer's format, so that both runners read the same `wod.dict`.
//!
//! One entry a line, `"VALUE"` or `NAME="VALUE"`; blank lines and lines starting with
//! `#` are skipped. Inside the quotes, `\\`, `\"` and `\xNN` are the escapes; any other
//! byte stands for itself.

use std::path::Path;

/// Reads the dictionary at `path`: its entries, in order.
pub fn load(path: &Path) -> Result<Vec<Vec<u8>>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|error| format!("cannot read {}: {error}", path.display()))?;
    parse(&text).map_err(|error| format!("{}:{error}", path.display()))
}

/// The entries of a dictionary's text; an error names the line (`LINE: WHY`).
pub fn parse(text: &str) -> Result<Vec<Vec<u8>>, String> {
    let mut entries = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let entry = entry(line).map_err(|why| format!("{}: {why}", index + 1))?;
        if entry.is_empty() {
            return Err(format!("{}: empty entry", index + 1));
        }
        entries.push(entry);
    }
    Ok(entries)
}

/// One entry line, already trimmed.
fn entry(line: &str) -> Result<Vec<u8>, &'static str> {
    let quoted = match line.find('"') {
        Some(0) => line,
        Some(at) if line[..at].ends_with('=') => &line[at..],
        _ => return Err("expected `\"VALUE\"` or `NAME=\"VALUE\"`"),
    };
    let body = quoted
        .strip_prefix('"')
        .and_then(|rest| rest.strip_suffix('"'))
        .ok_or("the value must end the line with `\"`")?;
    unescape(body.as_bytes())
}

fn unescape(body: &[u8]) -> Result<Vec<u8>, &'static str> {
    let mut out = Vec::with_capacity(body.len());
    let mut bytes = body.iter().copied();
    while let Some(byte) = bytes.next() {
        match byte {
            b'\\' => match bytes.next() {
                Some(escaped @ (b'\\' | b'"')) => out.push(escaped),
                Some(b'x') => {
                    let high = bytes
                        .next()
                        .and_then(hex)
                        .ok_or("`\\x` needs two hex digits")?;
                    let low = bytes
                        .next()
                        .and_then(hex)
                        .ok_or("`\\x` needs two hex digits")?;
                    out.push(high << 4 | low);
                }
                _ => return Err("unknown escape: use `\\\\`, `\\\"` or `\\xNN`"),
            },
            b'"' => return Err("a `\"` inside the value must be written `\\\"`"),
            other => out.push(other),
        }
    }
    Ok(out)
}

fn hex(digit: u8) -> Option<u8> {
    char::from(digit).to_digit(16).map(|value| value as u8)
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn reads_names_escapes_and_comments() {
        let text = "# comment\n\n\"kg\"\nkw_times=\"\\xC3\\x97\"\n  \"a \\\"b\\\" \\\\\"\n";
        let entries = parse(text).unwrap();
        assert_eq!(
            entries,
            [b"kg".to_vec(), "×".into(), br#"a "b" \"#.to_vec()]
        );
    }

    #[test]
    fn the_grammar_dictionary_has_the_language_0_2_tokens() {
        let entries = parse(include_str!("../../wod.dict")).unwrap();
        let tokens = [
            "warmup", "backoff", "repeats", "each", "of", "/session", "note",
        ];
        let units = ["km", "yd", "mi", "m", "min", "kg", "lb", "×"];
        for token in tokens.iter().chain(&units) {
            assert!(entries.contains(&token.as_bytes().to_vec()), "no {token:?}");
        }
    }

    #[test]
    fn refuses_what_libfuzzer_would() {
        for bad in ["kg", "\"kg", "\"k\"g\"", "\"\\q\"", "\"\\x4\"", "\"\""] {
            assert!(parse(bad).is_err(), "{bad:?} was accepted");
        }
    }
}
