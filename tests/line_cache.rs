//! The parse cache of the language server changes nothing: a file parsed again with the
//! lines of an earlier parse cached (each shifted to where the edit moved it) gives the
//! same tree, line table and diagnostics as a parse from nothing, over every example,
//! fixture and conformance case, each edited the ways typing edits a file, and over the
//! seeded mutations of the robustness test.

mod support;

use support::corpus::{self, Seed};
use wodc::source::SourceMap;
use wodc::syntax::{self, LineCache};

/// Every parse of `texts` in turn through one cache equals a parse without it.
fn cached_parses_match(origin: &str, texts: &[String]) {
    let mut cache = LineCache::default();
    for (step, text) in texts.iter().enumerate() {
        let mut sources = SourceMap::new();
        let file = sources.add("a.wod", text.clone());
        let fresh = syntax::parse(file, text);
        let cached = syntax::parse_with(file, text, Some(&mut cache));
        assert_eq!(
            format!("{cached:?}"),
            format!("{fresh:?}"),
            "{origin}, edit {step}"
        );
    }
}

/// The text, then edited: a line added at the top (every line moves), a character typed
/// in the middle, a line deleted, and back to the text.
fn edits(text: &str) -> Vec<String> {
    let middle = text.len() / 2;
    let middle = (middle..=text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len());
    let mut typed = text.to_owned();
    typed.insert(middle, 'x');
    let deleted: Vec<&str> = text.split('\n').collect();
    let deleted = [
        &deleted[..deleted.len() / 2],
        &deleted[(deleted.len() / 2 + 1).min(deleted.len())..],
    ]
    .concat()
    .join("\n");
    vec![
        text.to_owned(),
        format!("// a comment added above\n{text}"),
        typed,
        deleted,
        text.to_owned(),
    ]
}

#[test]
fn every_file_edited_parses_the_same_with_the_cache() {
    for Seed { origin, bytes } in corpus::every_file() {
        let text = wodc::source::decode(&bytes).text;
        cached_parses_match(&origin, &edits(&text));
    }
}

#[test]
fn mutations_parse_the_same_with_the_cache() {
    let seeds = corpus::seeds();
    let texts: Vec<String> = corpus::mutations(&seeds, 500, 0xCAC4E)
        .into_iter()
        .map(|mutation| wodc::source::decode(&mutation.bytes).text)
        .collect();
    cached_parses_match("the mutations", &texts);
}
