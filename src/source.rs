//! The files of one run: their names, their text, and the one position index every
//! renderer and the language server use.
//!
//! Positions are byte offsets inside the core. People, tools and editors count
//! differently: `cli.md` columns count characters, LSP clients count UTF-16 code units
//! unless they ask for UTF-8. [`SourceFile`] converts both ways in each encoding, over
//! one table of line starts per file (rust-analyzer's `line-index`). Lines end at `\n`;
//! a `\r` before it belongs to the line end, not to the line's text.

use std::sync::Arc;

use line_index::{LineCol, LineIndex, TextSize, WideEncoding};

use crate::span::{FileId, Span};

/// Every source file a run has read: the files checked and the files they import.
#[derive(Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

/// One file: its name in diagnostics, its text, and its line starts.
pub struct SourceFile {
    name: String,
    text: Arc<str>,
    index: LineIndex,
}

/// How a column is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// Bytes of UTF-8.
    Utf8,
    /// UTF-16 code units: the LSP default.
    Utf16,
    /// Unicode scalar values (characters): what `cli.md` counts.
    Chars,
}

/// A zero-based line and a zero-based column, counted in some [`Encoding`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: u32,
    pub column: u32,
}

/// A one-based line and character column, as people and CI tools read them.
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
        self.files
            .push(SourceFile::new(name.into(), Arc::from(text)));
        FileId(self.files.len() - 1)
    }

    pub fn file(&self, file: FileId) -> &SourceFile {
        &self.files[file.0]
    }

    pub fn name(&self, file: FileId) -> &str {
        &self.file(file).name
    }

    pub fn text(&self, file: FileId) -> &str {
        &self.file(file).text
    }

    /// The text as a shared handle, to read a file while adding others to the map.
    pub fn shared_text(&self, file: FileId) -> Arc<str> {
        Arc::clone(&self.file(file).text)
    }

    /// The one-based line and character column of a byte offset.
    pub fn line_column(&self, file: FileId, offset: usize) -> LineColumn {
        self.file(file).line_column(offset)
    }
}

impl SourceFile {
    fn new(name: String, text: Arc<str>) -> Self {
        let index = LineIndex::new(&text);
        Self { name, text, index }
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// How many lines the file has: one more than it has `\n`.
    pub fn line_count(&self) -> usize {
        self.line_of(self.text.len()) + 1
    }

    /// The zero-based line that holds byte `offset` (clamped to the file).
    pub fn line_of(&self, offset: usize) -> usize {
        self.index.line_col(self.size(offset)).line as usize
    }

    /// Line `line`'s text without its line end (`\n` or `\r\n`); empty past the end.
    pub fn line_span(&self, line: usize) -> Span {
        let Some(range) = u32::try_from(line).ok().and_then(|l| self.index.line(l)) else {
            return Span::new(self.text.len(), self.text.len());
        };
        let (start, end) = (usize::from(range.start()), usize::from(range.end()));
        let content = &self.text[start..end];
        let content = content.strip_suffix('\n').unwrap_or(content);
        let content = content.strip_suffix('\r').unwrap_or(content);
        Span::new(start, start + content.len())
    }

    /// Line `line` with its line end: where the next line starts.
    pub fn line_with_end(&self, line: usize) -> Span {
        match u32::try_from(line).ok().and_then(|l| self.index.line(l)) {
            Some(range) => Span::new(range.start().into(), range.end().into()),
            None => Span::new(self.text.len(), self.text.len()),
        }
    }

    /// The zero-based position of byte `offset`, its column counted in `encoding`. An
    /// offset past the end is the end; one inside a character is that character's start.
    pub fn position(&self, offset: usize, encoding: Encoding) -> Position {
        let LineCol { line, col } = self.index.line_col(self.size(offset));
        let column = match wide(encoding) {
            None => col,
            Some(wide) => {
                self.index
                    .to_wide(wide, LineCol { line, col })
                    .expect("a position from the index is on a character boundary")
                    .col
            }
        };
        Position { line, column }
    }

    /// The byte offset of a position; a column past the line's end is its end, a line
    /// past the file's end is the file's end. Editors send such positions while typing.
    pub fn offset(&self, position: Position, encoding: Encoding) -> usize {
        let line = self.line_span(position.line as usize);
        let text = &self.text[line.start..line.end];
        let column = match encoding {
            Encoding::Utf8 => (position.column as usize).min(text.len()),
            Encoding::Chars | Encoding::Utf16 => {
                let mut units = 0;
                text.char_indices()
                    .find(|&(_, c)| {
                        units += match encoding {
                            Encoding::Utf16 => c.len_utf16(),
                            _ => 1,
                        };
                        units > position.column as usize
                    })
                    .map_or(text.len(), |(at, _)| at)
            }
        };
        let mut offset = line.start + column;
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }

    /// The one-based line and character column of a byte offset.
    pub fn line_column(&self, offset: usize) -> LineColumn {
        let Position { line, column } = self.position(offset, Encoding::Chars);
        LineColumn {
            line: line as usize + 1,
            column: column as usize + 1,
        }
    }

    /// `offset` as the index's type: clamped to the text, and down to a character start.
    fn size(&self, offset: usize) -> TextSize {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        TextSize::try_from(offset).expect("files are at most 64 MiB")
    }
}

fn wide(encoding: Encoding) -> Option<WideEncoding> {
    match encoding {
        Encoding::Utf8 => None,
        Encoding::Utf16 => Some(WideEncoding::Utf16),
        Encoding::Chars => Some(WideEncoding::Utf32),
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

    fn file(text: &str) -> SourceFile {
        SourceFile::new("a.wod".into(), Arc::from(text))
    }

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
    fn positions_convert_both_ways_in_every_encoding() {
        // `×` is 2 bytes and 1 UTF-16 unit; the emoji 4 bytes and 2 UTF-16 units.
        let text = "x\r\n3 × 8 🏋 ok\nend";
        let file = file(text);
        let ok = text.find("ok").unwrap();
        let cases = [
            (Encoding::Utf8, 12),
            (Encoding::Utf16, 9),
            (Encoding::Chars, 8),
        ];
        for (encoding, column) in cases {
            let position = file.position(ok, encoding);
            assert_eq!(position, Position { line: 1, column }, "{encoding:?}");
            assert_eq!(file.offset(position, encoding), ok, "{encoding:?}");
        }
        assert_eq!(file.line_span(0), Span::new(0, 1));
        assert_eq!(file.line_with_end(0), Span::new(0, 3));
        assert_eq!(file.line_of(text.len()), 2);
        assert_eq!(file.line_count(), 3);
    }

    #[test]
    fn positions_past_the_end_are_clamped() {
        let file = file("ab\ncd");
        let far = Position {
            line: 1,
            column: 99,
        };
        assert_eq!(file.offset(far, Encoding::Utf16), 5);
        let beyond = Position { line: 9, column: 0 };
        assert_eq!(file.offset(beyond, Encoding::Chars), 5);
        assert_eq!(
            file.position(99, Encoding::Chars),
            Position { line: 1, column: 2 }
        );
        // Inside `×`: its start.
        let file = self::file("×");
        assert_eq!(
            file.position(1, Encoding::Utf8),
            Position { line: 0, column: 0 }
        );
    }

    #[test]
    fn a_byte_order_mark_is_dropped_and_bad_bytes_are_located() {
        let decoded = decode(b"\xEF\xBB\xBFok\n\xFFbad");
        assert_eq!(decoded.invalid_at, Some(3));
        assert!(decoded.text.starts_with("ok\n\u{FFFD}"));
    }
}
