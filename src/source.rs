//! The files of one run: their names, their text, and line/column lookups.
//!
//! Backed by codespan-reporting's file database, which indexes line starts once per
//! file and counts columns in characters, as `cli.md` requires.

use std::sync::Arc;

use codespan_reporting::files::{Files, SimpleFile, SimpleFiles};

use crate::span::FileId;

/// Every source file a run has read: the files checked and the files they import.
#[derive(Default)]
pub struct SourceMap {
    files: SimpleFiles<String, Arc<str>>,
}

/// A one-based line and character column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineColumn {
    pub line: usize,
    pub column: usize,
}

impl SourceMap {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a file's decoded text under the name diagnostics will show.
    pub fn add(&mut self, name: impl Into<String>, text: String) -> FileId {
        FileId(self.files.add(name.into(), Arc::from(text)))
    }

    pub fn name(&self, file: FileId) -> &str {
        self.file(file).name()
    }

    pub fn text(&self, file: FileId) -> &str {
        self.file(file).source()
    }

    /// The text as a shared handle, to read a file while adding others to the map.
    pub fn shared_text(&self, file: FileId) -> Arc<str> {
        Arc::clone(self.file(file).source())
    }

    /// The line and column of a byte offset (clamped to the end of the file).
    pub fn line_column(&self, file: FileId, offset: usize) -> LineColumn {
        let location = self
            .files
            .location(file.0, offset.min(self.text(file).len()))
            .expect("a FileId always names a file of this map");
        LineColumn {
            line: location.line_number,
            column: location.column_number,
        }
    }

    fn file(&self, file: FileId) -> &SimpleFile<String, Arc<str>> {
        self.files
            .get(file.0)
            .expect("a FileId always names a file of this map")
    }
}

/// A file's bytes made into text.
pub struct Decoded {
    /// The text, without a byte-order mark; invalid UTF-8 replaced by U+FFFD.
    pub text: String,
    /// The offset in `text` of the first byte that was not UTF-8, if any.
    pub invalid_at: Option<usize>,
}

/// Decodes a file: UTF-8, a leading byte-order mark ignored. Invalid bytes do not stop
/// the run: they are replaced, and the caller reports where the first one was.
pub fn decode(bytes: &[u8]) -> Decoded {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Decoded {
            text: text.to_owned(),
            invalid_at: None,
        },
        Err(error) => Decoded {
            // The valid prefix comes through unchanged, so the offset holds in the text.
            invalid_at: Some(error.valid_up_to()),
            text: String::from_utf8_lossy(bytes).into_owned(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters() {
        let mut map = SourceMap::new();
        let file = map.add("a.wod", "ab\n×yz\n".to_owned());
        let offset = "ab\n×y".len();
        assert_eq!(
            map.line_column(file, offset),
            LineColumn { line: 2, column: 3 }
        );
    }

    #[test]
    fn a_byte_order_mark_is_dropped_and_bad_bytes_are_located() {
        let decoded = decode(b"\xEF\xBB\xBFok\n\xFFbad");
        assert_eq!(decoded.invalid_at, Some(3));
        assert!(decoded.text.starts_with("ok\n\u{FFFD}"));
    }
}
