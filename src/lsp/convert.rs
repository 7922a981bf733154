//! The edge between the protocol and the core: positions in the negotiated encoding to
//! byte offsets and back (through the one position index of [`crate::source`]), and
//! `file:` URIs to paths and back.

use std::path::{Component, Path, PathBuf};
use std::str::FromStr;

use lsp_types::{Position, PositionEncodingKind, Range, Uri};
use percent_encoding::{AsciiSet, CONTROLS, percent_decode_str, utf8_percent_encode};

use crate::source::{self, Encoding, SourceFile};
use crate::span::Span;

/// The encoding of columns: UTF-8 when the client offers it (no conversion at all),
/// else UTF-16, the protocol's default.
pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> Encoding {
    let utf8 = offered.is_some_and(|kinds| kinds.contains(&PositionEncodingKind::UTF8));
    if utf8 {
        Encoding::Utf8
    } else {
        Encoding::Utf16
    }
}

pub fn encoding_kind(encoding: Encoding) -> PositionEncodingKind {
    match encoding {
        Encoding::Utf8 => PositionEncodingKind::UTF8,
        _ => PositionEncodingKind::UTF16,
    }
}

pub fn position(file: &SourceFile, offset: usize, encoding: Encoding) -> Position {
    let source::Position { line, column } = file.position(offset, encoding);
    Position::new(line, column)
}

pub fn range(file: &SourceFile, span: Span, encoding: Encoding) -> Range {
    Range::new(
        position(file, span.start, encoding),
        position(file, span.end, encoding),
    )
}

/// The byte offset of a position; one past a line's or the file's end is clamped there.
pub fn offset(file: &SourceFile, position: Position, encoding: Encoding) -> usize {
    let position = source::Position {
        line: position.line,
        column: position.character,
    };
    file.offset(position, encoding)
}

/// The bytes of a path left as they are in a `file:` URI: RFC 3986's unreserved
/// characters and `/`.
const PATH: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}')
    .add(b'[')
    .add(b']')
    .add(b'^')
    .add(b'|')
    .add(b'\\');

/// The path of a `file:` URI (`file:///a/b.wod`, `file://localhost/a/b.wod`); `None`
/// for any other scheme (`untitled:`) or a path that is not UTF-8 once decoded.
pub fn path_of(uri: &Uri) -> Option<PathBuf> {
    let rest = uri.as_str().strip_prefix("file://")?;
    let path = rest.strip_prefix("localhost").unwrap_or(rest);
    if !path.starts_with('/') {
        return None;
    }
    let decoded = percent_decode_str(path).decode_utf8().ok()?;
    // `file:///C:/x.wod` on Windows: the drive comes after the first slash.
    let windows_drive = cfg!(windows) && decoded.as_bytes().get(2) == Some(&b':');
    let decoded = if windows_drive {
        &decoded[1..]
    } else {
        &decoded[..]
    };
    Some(normal(Path::new(decoded)))
}

/// The `file:` URI of an absolute path.
pub fn uri_of(path: &Path) -> Option<Uri> {
    let text = path.to_str()?.replace('\\', "/");
    let slash = if text.starts_with('/') { "" } else { "/" };
    let encoded = utf8_percent_encode(&text, PATH);
    Uri::from_str(&format!("file://{slash}{encoded}")).ok()
}

/// `path` without its `.` parts and with each `..` taking the part before it away: how
/// an import's path (the importing file's directory joined with the path written) is
/// matched with an open document's.
pub fn normal(path: &Path) -> PathBuf {
    let mut normal = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                if !normal.pop() {
                    normal.push(component);
                }
            }
            other => normal.push(other),
        }
    }
    normal
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_uris_and_paths_convert_both_ways() {
        let path = Path::new("/home/coach/Push Pull/plan #2 ×.wod");
        let uri = uri_of(path).unwrap();
        assert_eq!(
            uri.as_str(),
            "file:///home/coach/Push%20Pull/plan%20%232%20%C3%97.wod"
        );
        assert_eq!(path_of(&uri).unwrap(), path);
        let localhost = Uri::from_str("file://localhost/a/./b/../c.wod").unwrap();
        assert_eq!(path_of(&localhost).unwrap(), Path::new("/a/c.wod"));
        let untitled = Uri::from_str("untitled:Untitled-1").unwrap();
        assert_eq!(path_of(&untitled), None);
    }
}
