//! `--to html`: the session sheets as one self-contained page (no network fetches),
//! with print CSS: each session occurrence starts a new page, tables fit the width of
//! an A4 or Letter page, and the logging cells are tall enough to write in.

use std::io::{self, Write};

use super::Input;
use super::sheet::{self, COLUMNS, LOG_COLUMNS};
use crate::text;

const STYLE: &str = "
body { font-family: system-ui, sans-serif; font-size: 10pt; margin: 1.5em; color: #111; }
h1 { font-size: 16pt; margin: 0 0 .2em; }
p.summary { margin: 0 0 1em; color: #444; }
section.session { margin-bottom: 2em; }
p.week { margin: 0; font-size: 9pt; text-transform: uppercase; letter-spacing: .05em; color: #555; }
h2 { font-size: 13pt; margin: .1em 0 .5em; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 1px solid #888; padding: 2px 4px; vertical-align: top; overflow-wrap: anywhere; }
th { background: #eee; text-align: left; font-size: 8.5pt; }
td.log { width: 9%; }
col.exercise { width: 18%; } col.set { width: 9%; } col.target { width: 14%; }
col.load { width: 14%; } col.rest { width: 6%; } col.technique { width: 12%; }
tr { height: 7.5mm; }
ul.notes { margin: .5em 0 0; padding-left: 1.2em; }
p.session-note { margin: 0 0 .5em; font-style: italic; }
@page { margin: 10mm; }
@media print {
  body { margin: 0; }
  section.session { break-before: page; margin: 0; }
  section.session:first-of-type { break-before: auto; }
  tr { break-inside: avoid; }
}
@media screen and (max-width: 40em) {
  body { margin: .75em; font-size: 11pt; }
  table, tbody, tr, td { display: block; width: auto; }
  colgroup, thead { display: none; }
  tr { height: auto; margin: 0 0 .75em; border: 1px solid #888; border-radius: 4px; }
  td { border: none; border-bottom: 1px solid #ddd; padding: 4px 6px; overflow-wrap: normal; }
  td:last-child { border-bottom: none; }
  td::before { content: attr(data-label); display: inline-block; width: 7.5em; color: #555; font-size: 9pt; }
  td.log { width: auto; min-height: 1.8em; }
  td:empty:not(.log) { display: none; }
}
";

pub fn render(input: &Input<'_>, out: &mut dyn Write) -> io::Result<()> {
    let heading = sheet::heading(input.plan);
    write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<header>\n<h1>{}</h1>\n<p class=\"summary\">{}</p>\n</header>\n",
        escape(&heading.title),
        escape(&heading.title),
        escape(&heading.summary)
    )?;
    let classes = ["exercise", "set", "target", "load", "rest", "technique"];
    for week in &input.plan.weeks {
        let week = sheet::week(week);
        for session in &week.sessions {
            writeln!(
                out,
                "<section class=\"session\">\n<p class=\"week\">{}</p>\n<h2>{}</h2>",
                escape(&week.heading),
                escape(&session.heading)
            )?;
            for note in &session.session_notes {
                writeln!(out, "<p class=\"session-note\">{}</p>", escape(note))?;
            }
            writeln!(out, "<table>")?;
            write!(out, "<colgroup>")?;
            for class in classes {
                write!(out, "<col class=\"{class}\">")?;
            }
            write!(out, "</colgroup>\n<thead><tr>")?;
            for column in COLUMNS {
                write!(out, "<th>{column}</th>")?;
            }
            for column in LOG_COLUMNS {
                write!(out, "<th class=\"log\">{column}</th>")?;
            }
            write!(out, "</tr></thead>\n<tbody>\n")?;
            for row in &session.rows {
                write!(out, "<tr>")?;
                for (cell, column) in row.iter().zip(COLUMNS) {
                    write!(out, "<td data-label=\"{column}\">{}</td>", escape(cell))?;
                }
                for column in LOG_COLUMNS {
                    write!(out, "<td class=\"log\" data-label=\"{column}\"></td>")?;
                }
                writeln!(out, "</tr>")?;
            }
            write!(out, "</tbody>\n</table>\n")?;
            if !session.notes.is_empty() {
                writeln!(out, "<ul class=\"notes\">")?;
                for note in &session.notes {
                    writeln!(out, "<li>{}</li>", escape(note))?;
                }
                writeln!(out, "</ul>")?;
            }
            writeln!(out, "</section>")?;
        }
    }
    write!(out, "</body>\n</html>\n")
}

/// Text as HTML: markup characters escaped, hidden characters named.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text::visible(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}
