//! What the integration tests share: the loaders through which the checker reads
//! imports, and the corpus of seed files and mutations. Each test file uses what it
//! needs.
#![allow(dead_code)]

pub mod corpus;
pub mod lsp;
pub mod program;
pub mod workspace;

use std::path::Path;

use wodc::resolve::{FileKey, LoadError, Loaded, Loader};

/// For programs that stand alone: every import is missing.
pub struct NoFiles;

impl Loader for NoFiles {
    fn load(&self, _: &Path, _: u64) -> Result<Loaded, LoadError> {
        Err(LoadError::NotFound)
    }
}

/// Reads imports from disk, as the command line does.
pub struct Disk;

impl Loader for Disk {
    fn load(&self, path: &Path, _: u64) -> Result<Loaded, LoadError> {
        match std::fs::read(path) {
            Ok(bytes) => Ok(Loaded {
                key: FileKey::of_name(path),
                bytes,
            }),
            Err(_) => Err(LoadError::NotFound),
        }
    }
}

/// The `//~ RULE[(LEVEL)], ...` expectations of a file, as the conformance runner reads
/// them: each (line, rule), with its level where one is pinned. `//~ exit:` lines are the
/// runner's business and are skipped.
pub fn expectations(
    name: &str,
    text: &str,
) -> std::collections::BTreeMap<(usize, String), Option<wodc::diagnostic::Severity>> {
    use wodc::diagnostic::Severity;
    let mut expected = std::collections::BTreeMap::new();
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        let Some((_, body)) = line.split_once("//~") else {
            continue;
        };
        let body = body.trim();
        if body.starts_with("exit:") {
            continue;
        }
        for item in body.split(',').map(str::trim).filter(|i| !i.is_empty()) {
            let (rule, level) = match item.split_once('(') {
                Some((rule, rest)) => {
                    let level = match rest.strip_suffix(')') {
                        Some("error") => Severity::Error,
                        Some("warning") => Severity::Warning,
                        Some("advice") => Severity::Advice,
                        _ => panic!("{name}:{number}: bad level in expectation {item:?}"),
                    };
                    (rule, Some(level))
                }
                None => (item, None),
            };
            assert!(
                !rule.is_empty()
                    && rule
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{name}:{number}: bad expectation {item:?}"
            );
            let previous = expected.insert((number, rule.to_owned()), level);
            assert!(previous.is_none(), "{name}:{number}: {rule} expected twice");
        }
    }
    expected
}
