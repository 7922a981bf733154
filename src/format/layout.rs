//! The file in the canonical layout, line by line (`format.md`, "What it does"):
//! indentation, blank lines, comments and their alignment, line ends.

use crate::syntax::{LineEnd, LineKind, Lines, StatementKind};

use super::statement;

/// How far a statement may reach (indentation included, in characters) and still have
/// its trailing comment aligned with its neighbours'. A wider one keeps its comment one
/// space after it and ends the run: otherwise one long line would push the comments of
/// every line around it as far, and a hostile file of one huge line among many short
/// ones would grow by its width times their number.
pub const ALIGNED_WIDTH: usize = 100;

/// The spaces of one level of nesting.
const INDENT: &str = "  ";

/// One line of the output.
struct Row<'a> {
    depth: usize,
    kind: LineKind,
    /// The statement in the canonical layout; empty on a blank or comment line.
    code: String,
    /// The comment, without the spaces that ended its line.
    comment: Option<&'a str>,
}

impl Row<'_> {
    /// The statement's width with its indentation, in characters.
    fn width(&self) -> usize {
        INDENT.len() * self.depth + self.code.chars().count()
    }

    /// Whether the row's trailing comment is aligned with those of the rows around it.
    fn aligned(&self) -> bool {
        !self.code.is_empty() && self.comment.is_some() && self.width() <= ALIGNED_WIDTH
    }

    fn opens_body(&self) -> bool {
        matches!(self.kind, LineKind::Statement(kind) if kind.opens_body())
    }

    fn closes_body(&self) -> bool {
        self.kind == LineKind::Statement(StatementKind::Close)
    }
}

/// The text of a file whose every line was read (no `Failed` or `Skipped` line), in
/// the canonical layout.
pub(super) fn write(text: &str, lines: &Lines) -> String {
    let rows = rows(text, lines);
    let columns = comment_columns(&rows);
    let newline = newline(lines);
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for (row, column) in rows.iter().zip(columns) {
        if row.kind != LineKind::Blank {
            for _ in 0..row.depth {
                out.push_str(INDENT);
            }
            out.push_str(&row.code);
            if let Some(comment) = row.comment {
                if !row.code.is_empty() {
                    let padding = column.map_or(1, |column| column - row.width());
                    out.extend(std::iter::repeat_n(' ', padding));
                }
                out.push_str(comment);
            }
        }
        out.push_str(newline);
    }
    out
}

/// The output's rows: every statement and comment, and a blank line wherever a run of
/// them stood inside a body or between statements of the top level (never first or
/// last in a body or the file).
fn rows<'a>(text: &'a str, lines: &Lines) -> Vec<Row<'a>> {
    let mut rows: Vec<Row<'a>> = Vec::with_capacity(lines.len());
    let mut blank = false;
    for line in lines {
        if line.kind == LineKind::Blank {
            blank = rows.last().is_some_and(|row| !row.opens_body());
            continue;
        }
        let mut code = String::new();
        statement::write(text, lines.tokens(line), &mut code);
        let row = Row {
            depth: line.depth,
            kind: line.kind,
            code,
            comment: line.comment.map(|c| text[c.start..c.end].trim_end()),
        };
        if std::mem::take(&mut blank) && !row.closes_body() {
            rows.push(Row {
                depth: row.depth,
                kind: LineKind::Blank,
                code: String::new(),
                comment: None,
            });
        }
        rows.push(row);
    }
    rows
}

/// For each row, the column its trailing comment is aligned to, if it is: one past the
/// widest statement of its run, a run being consecutive aligned rows at one depth.
fn comment_columns(rows: &[Row<'_>]) -> Vec<Option<usize>> {
    let mut columns = vec![None; rows.len()];
    let mut start = 0;
    while start < rows.len() {
        if !rows[start].aligned() {
            start += 1;
            continue;
        }
        let depth = rows[start].depth;
        let end = rows[start..]
            .iter()
            .position(|row| !row.aligned() || row.depth != depth)
            .map_or(rows.len(), |len| start + len);
        let column = rows[start..end].iter().map(Row::width).max().unwrap_or(0) + 1;
        columns[start..end].fill(Some(column));
        start = end;
    }
    columns
}

/// `\r\n` for a file whose lines all end with it (a file cut after its last `\r` too),
/// else `\n`.
fn newline(lines: &Lines) -> &'static str {
    let ends = lines.iter().map(|line| line.end);
    let mut ended = ends.filter(|end| *end != LineEnd::None).peekable();
    if ended.peek().is_some() && ended.all(|end| matches!(end, LineEnd::CrLf | LineEnd::Cr)) {
        "\r\n"
    } else {
        "\n"
    }
}
