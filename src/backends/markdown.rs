//! `--to md`: session sheets as GitHub-flavoured Markdown, one table per session
//! occurrence, readable as plain text and rendered.

use std::fmt::Write;

use super::Input;
use super::sheet::{self, COLUMNS, LOG_COLUMNS};

pub fn render(input: &Input<'_>) -> String {
    let sheet = sheet::sheet(input.plan);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {}\n\n{}\n",
        escape_text(&sheet.title),
        escape_text(&sheet.summary)
    );
    let header: Vec<&str> = COLUMNS.iter().chain(&LOG_COLUMNS).copied().collect();
    for week in &sheet.weeks {
        let _ = writeln!(out, "## {}\n", escape_text(&week.heading));
        for session in &week.sessions {
            let _ = writeln!(out, "### {}\n", escape_text(&session.heading));
            let _ = writeln!(out, "| {} |", header.join(" | "));
            let _ = writeln!(out, "|{}", " --- |".repeat(header.len()));
            for row in &session.rows {
                let cells: Vec<String> = row.iter().map(|c| escape_cell(c)).collect();
                let blanks = " |".repeat(LOG_COLUMNS.len());
                let _ = writeln!(out, "| {} |{blanks}", cells.join(" | "));
            }
            out.push('\n');
            for note in &session.notes {
                let _ = writeln!(out, "- {}", escape_text(note));
            }
            if !session.notes.is_empty() {
                out.push('\n');
            }
        }
    }
    out
}

/// Text that Markdown would otherwise read as markup.
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A table cell: markup escaped, and never empty, so every row has its cells.
fn escape_cell(text: &str) -> String {
    if text.is_empty() {
        " ".to_owned()
    } else {
        escape_text(text)
    }
}
