//! The lines of a file that one report draws, made safe and cheap to draw.
//!
//! miette reads snippets through `SourceCode::read_span`, and its implementation for a
//! string scans the text from its first byte on every call: a report per label, so a
//! file with thousands of diagnostics took minutes. An [`Excerpt`] holds only the lines
//! around a report's labels, found through the file's line index, and answers miette
//! from them; the text it hands over is what miette would have read from the whole
//! file, so reports draw the same.
//!
//! What is drawn is also made safe: hidden characters are written `<U+200B>` (a
//! snippet goes to a terminal), and a line wider than [`WIDEST_LINE`] columns is cut
//! to a window around its labels, marked with `…`. miette cannot draw a label past
//! column 65,535, and a 10 MB line is not worth drawing. Only the drawing changes:
//! labels keep their real line and column in the report's header.

use miette::{MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};

use crate::source::SourceFile;
use crate::span::Span;
use crate::text;

/// Lines wider than this, in columns (a tab counts 4, as miette draws it), are cut.
const WIDEST_LINE: usize = 256;
/// How many columns of a cut line are drawn, and how many of them before its first label.
const WINDOW: usize = 200;
const LEAD: usize = 60;
/// A label over more lines than this is drawn on its first line only.
const TALLEST_LABEL: usize = 12;
/// Snippets this many lines apart or fewer are drawn as one, the lines between shown.
const JOINED_GAP: usize = 4;

/// A report's lines of one file: each run of nearby lines is a group.
pub(super) struct Excerpt<'a> {
    name: &'a str,
    text: String,
    groups: Vec<Group>,
    /// Each label's start in `text`, with its zero-based character column in the file.
    columns: Vec<(usize, usize)>,
}

/// A run of consecutive lines of the file.
struct Group {
    /// Where the group's lines stand in the excerpt's text.
    start: usize,
    end: usize,
    /// The file's zero-based number of the group's first line.
    line: usize,
}

impl<'a> Excerpt<'a> {
    /// The lines around `spans` (each with one line of context, as miette draws them),
    /// and each span as it falls in the excerpt's text.
    pub fn new(file: &'a SourceFile, spans: &[Span]) -> (Self, Vec<Span>) {
        let lines: Vec<(usize, usize)> = spans.iter().map(|&span| lines_of(file, span)).collect();
        let mut excerpt = Excerpt {
            name: file.name(),
            text: String::new(),
            groups: Vec::new(),
            columns: Vec::new(),
        };
        let mut mapped = vec![Span::default(); spans.len()];
        for (first, last) in groups(file, &lines) {
            let start = excerpt.text.len();
            for line in first..=last {
                let labels: Vec<usize> = (0..spans.len())
                    .filter(|&i| lines[i].0 == line || lines[i].1 == line)
                    .collect();
                excerpt.line(file, line, spans, &lines, &labels, &mut mapped);
            }
            excerpt.groups.push(Group {
                start,
                end: excerpt.text.len(),
                line: first,
            });
        }
        for (span, mapped) in spans.iter().zip(&mapped) {
            let column = file.line_column(span.start).column - 1;
            excerpt.columns.push((mapped.start, column));
        }
        (excerpt, mapped)
    }

    /// Appends line `line`, mapping the ends of the labels `labels` that fall on it.
    fn line(
        &mut self,
        file: &SourceFile,
        line: usize,
        spans: &[Span],
        lines: &[(usize, usize)],
        labels: &[usize],
        mapped: &mut [Span],
    ) {
        let content = file.line_span(line);
        let raw = &file.text()[content.start..content.end];
        // The byte offsets, in the line, of the label ends on it.
        let mut points: Vec<usize> = Vec::new();
        for &i in labels {
            if lines[i].0 == line {
                points.push(spans[i].start.clamp(content.start, content.end) - content.start);
            }
            let end = if lines[i].1 == line {
                spans[i].end.clamp(content.start, content.end)
            } else {
                content.end
            };
            if lines[i].0 == line || lines[i].1 == line {
                points.push(end - content.start);
            }
        }
        let first_label = points.iter().copied().min();
        let (shown, at) = display(raw, &points, first_label);
        let base = self.text.len();
        self.text.push_str(&shown);
        if file.line_with_end(line).end > content.end {
            self.text.push('\n');
        }
        let mut at = at.into_iter();
        for &i in labels {
            if lines[i].0 == line {
                mapped[i].start = base + at.next().unwrap_or_default();
            }
            if lines[i].0 == line || lines[i].1 == line {
                mapped[i].end = base + at.next().unwrap_or_default();
            }
        }
    }
}

/// The first and last line of a span, the last no further than [`TALLEST_LABEL`] on.
fn lines_of(file: &SourceFile, span: Span) -> (usize, usize) {
    let first = file.line_of(span.start);
    let last = file.line_of(span.end.saturating_sub(1).max(span.start));
    (first, last.min(first + TALLEST_LABEL))
}

/// The runs of lines to draw: each label's lines and one line either side, runs at most
/// [`JOINED_GAP`] lines apart joined (as miette joins the snippets it draws, given the
/// line count `read_span` reports).
fn groups(file: &SourceFile, lines: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let last_line = file.line_count().saturating_sub(1);
    let mut ranges: Vec<(usize, usize)> = lines
        .iter()
        .map(|&(first, last)| (first.saturating_sub(1), (last + 1).min(last_line)))
        .collect();
    ranges.sort_unstable();
    let mut groups: Vec<(usize, usize)> = Vec::new();
    for (first, last) in ranges {
        match groups.last_mut() {
            Some(group) if first <= group.1 + 1 + JOINED_GAP => group.1 = group.1.max(last),
            _ => groups.push((first, last)),
        }
    }
    groups
}

/// A line as it is drawn, and where each of `points` (byte offsets in `raw`, in any
/// order) falls in it. Hidden characters are named; a line wider than [`WIDEST_LINE`]
/// is cut to [`WINDOW`] columns starting [`LEAD`] columns before `first_label`.
fn display(raw: &str, points: &[usize], first_label: Option<usize>) -> (String, Vec<usize>) {
    let width = |text: &str| -> usize { text.chars().map(|c| if c == '\t' { 4 } else { 1 }).sum() };
    let window = (width(raw) > WIDEST_LINE).then(|| {
        let lead = first_label.map_or(0, |at| width(&raw[..at]).saturating_sub(LEAD));
        (lead, lead + WINDOW)
    });
    let mut shown = String::with_capacity(raw.len().min(4 * WINDOW));
    let mut at = vec![None; points.len()];
    let mut column = 0;
    for (offset, c) in raw.char_indices() {
        let before = window.is_some_and(|(start, _)| column < start);
        let after = window.is_some_and(|(_, end)| column >= end);
        for (i, &point) in points.iter().enumerate() {
            if point <= offset && at[i].is_none() {
                at[i] = Some(shown.len());
            }
        }
        if after {
            break;
        }
        if before {
            if shown.is_empty() {
                shown.push('…');
            }
        } else {
            text::push_visible(&mut shown, c);
        }
        column += if c == '\t' { 4 } else { 1 };
    }
    if window.is_some_and(|(_, end)| width(raw) > end) {
        shown.push('…');
    }
    let end = shown.len();
    (shown, at.into_iter().map(|a| a.unwrap_or(end)).collect())
}

impl SourceCode for Excerpt<'_> {
    fn read_span<'b>(
        &'b self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'b> + 'b>, MietteError> {
        let offset = span.offset();
        let group = self
            .groups
            .iter()
            .find(|g| g.start <= offset && offset <= g.end)
            .ok_or(MietteError::OutOfBounds)?;
        let local_end = (offset + span.len()).min(group.end) - group.start;
        let local = SourceSpan::from((offset - group.start, local_end - (offset - group.start)));
        let slice = &self.text.as_bytes()[group.start..group.end];
        let contents = slice.read_span(&local, context_lines_before, context_lines_after)?;
        // A request without context is for the header's `file:line:column`: give the
        // label's real column, in characters as every other format counts them.
        let column = match (context_lines_before, context_lines_after) {
            (0, 0) => self
                .columns
                .iter()
                .find(|&&(start, _)| start == offset)
                .map_or(contents.column(), |&(_, column)| column),
            _ => contents.column(),
        };
        let data_span = contents.span();
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.to_owned(),
            contents.data(),
            SourceSpan::from((group.start + data_span.offset(), data_span.len())),
            group.line + contents.line(),
            column,
            // miette joins two snippets when the first one's line plus this count
            // reaches the second's line. Its own count runs from the start of the text,
            // which joins every snippet of a report into one as tall as the file; the
            // snippet's own count, plus the gap allowed, joins only nearby ones.
            contents.line_count() - contents.line() + JOINED_GAP,
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceMap;

    #[test]
    fn a_long_line_is_cut_around_its_label() {
        let raw = format!("{}z{}", " ".repeat(70_000), "y".repeat(500));
        let at = raw.find('z').unwrap();
        let (shown, points) = display(&raw, &[at, at + 1], Some(at));
        assert!(shown.starts_with('…') && shown.ends_with('…'));
        assert_eq!(shown.chars().count(), WINDOW + 2);
        assert_eq!(&shown[points[0]..points[1]], "z");
    }

    #[test]
    fn hidden_characters_are_drawn_by_name() {
        let raw = "Bench\u{200B}Press: 3 x 8";
        let at = raw.find(':').unwrap();
        let (shown, points) = display(raw, &[at], Some(at));
        assert_eq!(shown, "Bench<U+200B>Press: 3 x 8");
        assert_eq!(&shown[points[0]..=points[0]], ":");
    }

    #[test]
    fn far_apart_labels_get_groups_of_their_own() {
        let mut map = SourceMap::new();
        let text: String = (0..100).map(|i| format!("line {i}\n")).collect();
        let id = map.add("a.wod", text.clone());
        let file = map.file(id);
        let at = |line: usize| text.find(&format!("line {line}\n")).unwrap();
        let spans = [Span::new(at(10), at(10) + 4), Span::new(at(80), at(80) + 4)];
        let (excerpt, mapped) = Excerpt::new(file, &spans);
        assert_eq!(excerpt.groups.len(), 2);
        assert_eq!(excerpt.groups[1].line, 79);
        assert_eq!(&excerpt.text[mapped[1].start..mapped[1].end], "line");
        assert_eq!(excerpt.text.lines().count(), 6);
    }
}
