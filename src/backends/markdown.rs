//! `--to md`: session sheets as GitHub-flavoured Markdown, one table per session
//! occurrence, readable as plain text and rendered.

use std::io::{self, Write};

use super::Input;
use super::sheet::{self, COLUMNS, LOG_COLUMNS};
use crate::text;

pub fn render(input: &Input<'_>, out: &mut dyn Write) -> io::Result<()> {
    let heading = sheet::heading(input.plan);
    writeln!(
        out,
        "# {}\n\n{}\n",
        escape_text(&heading.title),
        escape_text(&heading.summary)
    )?;
    let header: Vec<&str> = COLUMNS.iter().chain(&LOG_COLUMNS).copied().collect();
    for week in &input.plan.weeks {
        let week = sheet::week(week);
        writeln!(out, "## {}\n", escape_text(&week.heading))?;
        for session in &week.sessions {
            writeln!(out, "### {}\n", escape_text(&session.heading))?;
            for note in &session.session_notes {
                writeln!(out, "> {}\n", escape_text(note))?;
            }
            writeln!(out, "| {} |", header.join(" | "))?;
            writeln!(out, "|{}", " --- |".repeat(header.len()))?;
            for row in &session.rows {
                let cells: Vec<String> = row.iter().map(|c| escape_cell(c)).collect();
                let blanks = " |".repeat(LOG_COLUMNS.len());
                writeln!(out, "| {} |{blanks}", cells.join(" | "))?;
            }
            writeln!(out)?;
            for note in &session.notes {
                writeln!(out, "- {}", escape_text(note))?;
            }
            if !session.notes.is_empty() {
                writeln!(out)?;
            }
        }
    }
    Ok(())
}

/// Text that Markdown would otherwise read as markup, hidden characters named.
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text::visible(text).chars() {
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
