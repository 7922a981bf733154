//! The line table of `syntax::parse` is lossless: over every example, fixture and
//! conformance case, prefixes of the robustness seeds (each a file being typed) and
//! their seeded mutations, the lines' spans and line ends give back the text byte for
//! byte, and each line's tokens and comment lie in it in order with nothing but
//! whitespace between them.

mod support;

use support::corpus::{self, Seed};
use wodc::source::SourceMap;
use wodc::syntax::{self, LineEnd, LineKind, Lines, StatementKind, TokenKind};

/// As many mutations as the robustness test makes, with another seed.
const MUTATIONS: usize = 3000;
const SEED: u64 = 0x11_4E5;

/// The text again, from the line table alone.
fn rebuild(text: &str, lines: &Lines) -> String {
    lines
        .iter()
        .map(|line| {
            format!(
                "{}{}",
                &text[line.span.start..line.span.end],
                line.end.as_str()
            )
        })
        .collect()
}

/// Every property of the line table of `text`; `Err` says which failed.
fn lossless(text: &str) -> Result<(), String> {
    let mut sources = SourceMap::new();
    let file = sources.add("a.wod", text.to_owned());
    let parsed = syntax::parse(file, text);
    let lines = &parsed.lines;
    if rebuild(text, lines) != text {
        return Err("the lines do not rebuild the text".into());
    }
    if lines.len() != text.split('\n').count() && !parsed_as_one_line(text) {
        return Err(format!(
            "{} lines for {} pieces",
            lines.len(),
            text.split('\n').count()
        ));
    }
    let mut next = 0;
    for (index, line) in lines.iter().enumerate() {
        let at = |what: &str| format!("line {}: {what}", index + 1);
        if line.span.start != next {
            return Err(at("does not start where the last one ended"));
        }
        next = line.span.end + line.end.as_str().len();
        if matches!(line.end, LineEnd::None | LineEnd::Cr) != (index + 1 == lines.len()) {
            return Err(at("only the last line ends with the file"));
        }
        if lines.index_at(line.span.start) != index {
            return Err(at("index_at its start is another line"));
        }
        let reported = !parsed.diagnostics.is_empty();
        pieces(text, lines, index, reported).map_err(|problem| at(&problem))?;
    }
    let written: Vec<_> = lines
        .iter()
        .filter(|line| matches!(line.kind, LineKind::Comment | LineKind::Statement(_)))
        .filter_map(|line| line.comment)
        .collect();
    let tree: Vec<_> = parsed.file.comments.iter().map(|c| c.span).collect();
    if written != tree {
        return Err("the comments of the read lines are not the tree's".into());
    }
    if parsed.diagnostics.is_empty() {
        depths(lines)?;
    }
    Ok(())
}

/// A file whose lines end with `\r` alone is one line (and one error).
fn parsed_as_one_line(text: &str) -> bool {
    !text.contains('\n') && text.contains('\r')
}

/// The tokens and the comment of line `index` lie in it, in order, with whitespace
/// between them, and agree with its kind. A header may lack its `{` only in a file
/// whose syntax errors are `reported`.
fn pieces(text: &str, lines: &Lines, index: usize, reported: bool) -> Result<(), String> {
    let line = lines.get(index).expect("an index of these lines");
    let tokens = lines.tokens(line);
    let code_end = line.comment.map_or(line.span.end, |c| c.start);
    if let Some(comment) = line.comment {
        if comment.end != line.span.end || !text[comment.start..].starts_with("//") {
            return Err(format!(
                "comment {comment:?} does not run from `//` to the end"
            ));
        }
    }
    let mut at = line.span.start;
    for token in tokens {
        if token.span.start < at || token.span.end > code_end || token.span.is_empty() {
            return Err(format!("token {token:?} out of order or place"));
        }
        if !text[at..token.span.start].chars().all(char::is_whitespace) {
            return Err(format!("text that is no token before {token:?}"));
        }
        spelled_as_its_kind(token.kind, &text[token.span.start..token.span.end])?;
        at = token.span.end;
    }
    let unread = matches!(line.kind, LineKind::Failed | LineKind::Skipped);
    if !unread && !text[at..code_end].chars().all(char::is_whitespace) {
        return Err(format!(
            "text after the last token: {:?}",
            &text[at..code_end]
        ));
    }
    let code = &text[line.span.start..code_end];
    let ok = match line.kind {
        LineKind::Blank => line.comment.is_none() && code.chars().all(|c| c == ' ' || c == '\t'),
        LineKind::Comment => line.comment.is_some() && tokens.is_empty(),
        LineKind::Statement(kind) => {
            let last = tokens.last().map(|t| t.kind);
            let braced = last == Some(TokenKind::Open);
            !tokens.is_empty()
                && (kind.opens_body() == braced || kind.opens_body() && reported)
                && (kind == StatementKind::Close) == (last == Some(TokenKind::Close))
        }
        LineKind::Failed | LineKind::Skipped => tokens.is_empty(),
    };
    if ok {
        Ok(())
    } else {
        Err(format!("{:?} with tokens {tokens:?}", line.kind))
    }
}

/// The token's text is of its kind.
fn spelled_as_its_kind(kind: TokenKind, text: &str) -> Result<(), String> {
    let lower = |s: &str| s.chars().all(|c| c.is_ascii_lowercase() || c == '-');
    let ok = match kind {
        TokenKind::Keyword => lower(text),
        TokenKind::String => text.len() >= 2 && text.starts_with('"') && text.ends_with('"'),
        TokenKind::Integer => text.chars().all(|c| c.is_ascii_digit()),
        TokenKind::Number => text.chars().all(|c| c.is_ascii_digit() || c == '.'),
        TokenKind::Percent => text.ends_with('%'),
        TokenKind::BelowTop => text.starts_with('-') && text.ends_with('%'),
        TokenKind::Effort => ["rpe", "rir"].contains(&text.to_ascii_lowercase().as_str()),
        TokenKind::Times => ["x", "X", "×"].contains(&text),
        TokenKind::At | TokenKind::StepAt => text == "@",
        TokenKind::Comma => text == ",",
        TokenKind::Colon => text == ":",
        TokenKind::Slash => text == "/",
        TokenKind::Dash => text == "-",
        TokenKind::Sign | TokenKind::BodyweightSign => text == "+" || text == "-",
        TokenKind::Open => text == "{",
        TokenKind::Close => text == "}",
        TokenKind::Name => text.trim() == text,
        _ => !text.contains([' ', '\t']),
    };
    if ok {
        Ok(())
    } else {
        Err(format!("{kind:?} token {text:?}"))
    }
}

/// In a file without syntax errors, a line's depth is the number of bodies open around
/// it, and a `}` stands at the depth of the header it closes.
fn depths(lines: &Lines) -> Result<(), String> {
    let mut open = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        let expected = match line.kind {
            LineKind::Statement(StatementKind::Close) => open.pop().ok_or("a `}` too many")?,
            _ => open.len(),
        };
        if line.depth != expected {
            return Err(format!(
                "line {}: depth {} for {expected}",
                index + 1,
                line.depth
            ));
        }
        if let LineKind::Statement(kind) = line.kind
            && kind.opens_body()
        {
            open.push(line.depth);
        }
    }
    Ok(())
}

fn decoded(bytes: &[u8]) -> String {
    wodc::source::decode(bytes).text
}

#[test]
fn every_file_is_kept_whole() {
    let files = corpus::every_file();
    for Seed { origin, bytes } in &files {
        if let Err(problem) = lossless(&decoded(bytes)) {
            panic!("{origin}: {problem}");
        }
    }
    println!("{} files", files.len());
}

/// Where a file being typed may be cut: around every line end (between `\r` and `\n`
/// too), and at every `STRIDE`th character boundary in between. (Every boundary, as the
/// robustness test takes them, would take two minutes here: each prefix is parsed whole.)
fn cuts(text: &str) -> Vec<usize> {
    const STRIDE: usize = 5;
    let ends = text
        .match_indices('\n')
        .flat_map(|(at, _)| [at.saturating_sub(1), at, at + 1]);
    let mut cuts: Vec<usize> = corpus::prefix_lengths(text.as_bytes())
        .into_iter()
        .step_by(STRIDE)
        .chain(ends.filter(|&at| text.is_char_boundary(at)))
        .collect();
    cuts.sort_unstable();
    cuts.dedup();
    cuts
}

#[test]
fn prefixes_of_the_robustness_seeds_are_kept_whole() {
    let seeds = corpus::seeds();
    let mut count = 0;
    for Seed { origin, bytes } in &seeds {
        let text = decoded(bytes);
        for len in cuts(&text) {
            if let Err(problem) = lossless(&text[..len]) {
                panic!("{origin}, first {len} bytes: {problem}\n{:?}", &text[..len]);
            }
            count += 1;
        }
    }
    println!("{count} prefixes");
}

#[test]
fn every_mutation_is_kept_whole() {
    let seeds = corpus::seeds();
    for mutation in corpus::mutations(&seeds, MUTATIONS, SEED) {
        let text = decoded(&mutation.bytes);
        if let Err(problem) = lossless(&text) {
            panic!(
                "{}, mutated: {}: {problem}\n{text:?}",
                seeds[mutation.seed].origin, mutation.steps
            );
        }
    }
}

#[test]
fn line_ends_and_odd_lines_are_kept() {
    for text in [
        "",
        "\n",
        "\r\n",
        "program \"P\"\r\n\r\nblock \"A\" week 1 deload\r",
        "program \"P\"\n\t \n// only a comment\nathlete beginnr\n",
        "block \"A\" weeks 1-2 {\n  session \"S\" on mon {\n    Bad line\n  }\n}",
        "block \"A\" weeks 1-2 {\n  sesion \"S\" {\n    Leg Press: 3 x 8\n  }\n}\n",
        "a\rb\rc\r",
        "session \"S\" on mon // the { is missing\n  Leg Press: 3 x 8\n}\n",
    ] {
        if let Err(problem) = lossless(text) {
            panic!("{text:?}: {problem}");
        }
    }
}

#[test]
fn a_prescription_is_tokenised_piece_by_piece() {
    let text = "    Bench Press : 4×6 - 8 @ 80.0KG rpe 8 ,rest 3min, progress + 2.5kg / week, \
                warmup 5 @ 40% 3@BW+10kg, backoff 2 x 5 @ -10% // top set\n";
    let wrapped = format!("block \"A\" weeks 1-2 {{\n  session \"S\" {{\n{text}  }}\n}}\n");
    let mut sources = SourceMap::new();
    let file = sources.add("a.wod", wrapped.clone());
    let parsed = syntax::parse(file, &wrapped);
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
    let line = parsed.lines.get(2).expect("the third line");
    assert_eq!(line.depth, 2);
    assert_eq!(line.place, syntax::Place::Session);
    assert_eq!(line.kind, LineKind::Statement(StatementKind::Prescription));
    let tokens: Vec<(TokenKind, &str)> = parsed
        .lines
        .tokens(line)
        .iter()
        .map(|t| (t.kind, &wrapped[t.span.start..t.span.end]))
        .collect();
    use TokenKind::*;
    assert_eq!(
        tokens,
        [
            (Name, "Bench Press"),
            (Colon, ":"),
            (Integer, "4"),
            (Times, "×"),
            (Integer, "6"),
            (Dash, "-"),
            (Integer, "8"),
            (At, "@"),
            (Mass, "80.0KG"),
            (Effort, "rpe"),
            (Number, "8"),
            (Comma, ","),
            (Keyword, "rest"),
            (Duration, "3min"),
            (Comma, ","),
            (Keyword, "progress"),
            (Sign, "+"),
            (Mass, "2.5kg"),
            (Slash, "/"),
            (Word, "week"),
            (Comma, ","),
            (Keyword, "warmup"),
            (Integer, "5"),
            (StepAt, "@"),
            (Percent, "40%"),
            (Integer, "3"),
            (StepAt, "@"),
            (Bodyweight, "BW"),
            (BodyweightSign, "+"),
            (Mass, "10kg"),
            (Comma, ","),
            (Keyword, "backoff"),
            (Integer, "2"),
            (Times, "x"),
            (Integer, "5"),
            (At, "@"),
            (BelowTop, "-10%"),
        ]
    );
    let comment = line.comment.expect("a trailing comment");
    assert_eq!(&wrapped[comment.start..comment.end], "// top set");
    let at = wrapped.find("80.0KG").unwrap() + 2;
    assert_eq!(parsed.lines.token_at(at).map(|t| t.kind), Some(Mass));
    assert_eq!(parsed.lines.index_at(at), 2);
}
