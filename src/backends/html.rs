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
col.exercise { width: 20%; } col.set { width: 5%; } col.target { width: 14%; }
col.load { width: 14%; } col.rest { width: 6%; } col.technique { width: 14%; }
tr { height: 7.5mm; }
ul.notes { margin: .5em 0 0; padding-left: 1.2em; }
@page { margin: 10mm; }
@media print {
  body { margin: 0; }
  section.session { break-before: page; margin: 0; }
  section.session:first-of-type { break-before: auto; }
  tr { break-inside: avoid; }
}
";

pub fn render(input: &Input<'_>, out: &mut dyn Write) -> io::Result<()> {
    let heading = sheet::heading(input.plan);
    write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<header>\n<h1>{}</h1>\n<p class=\"summary\">{}</p>\n</header>\n",
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
                for cell in row {
                    write!(out, "<td>{}</td>", escape(cell))?;
                }
                write!(
                    out,
                    "{}",
                    "<td class=\"log\"></td>".repeat(LOG_COLUMNS.len())
                )?;
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
