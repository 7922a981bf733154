//! Builds a file's tree line by line, recovering from every bad line.
//!
//! Each line is parsed with the grammar's entry rule for the place it stands (top
//! level, block, session, superset, exercise definition). A line that fails is
//! reported and skipped, so the next line parses as if it were not there. A line that
//! opens a block or a session where it cannot stand means an earlier `{` was never
//! closed: the open bodies are closed there, each reported at its `{`.

use std::collections::HashMap;

use pest::Parser;

use super::lines::{LineEnd, LineKind, Lines, NewLine, Place, Token};
use super::lower::{Line, Lowerer, SessionHead, Statement};
use super::shift::Shift;
use super::{Rule, WodParser, expected};
use crate::ast::*;
use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix};
use crate::meaning;
use crate::span::{FileId, Location, Span};
use crate::text;

/// Where a line stands decides the grammar rule it is parsed with.
impl Place {
    const ALL: [Place; 5] = [
        Self::Top,
        Self::Block,
        Self::Session,
        Self::Superset,
        Self::Exercise,
    ];

    /// Its place among [`Place::ALL`].
    fn index(self) -> usize {
        self as usize
    }

    fn rule(self) -> Rule {
        match self {
            Self::Top => Rule::top_line,
            Self::Block => Rule::block_line,
            Self::Session => Rule::session_line,
            Self::Superset => Rule::superset_line,
            Self::Exercise => Rule::exercise_line,
        }
    }

    /// "at the top level", "inside a block"...
    fn place(self) -> &'static str {
        match self {
            Self::Top => "at the top level of a file",
            Self::Block => "directly inside a block",
            Self::Session => "inside a session",
            Self::Superset => "inside a superset",
            Self::Exercise => "inside an exercise definition",
        }
    }

    /// The keywords that start a statement here, for "did you mean" and completion.
    pub fn keywords(self) -> &'static [&'static str] {
        match self {
            Self::Top => &[
                "program", "athlete", "goal", "phase", "units", "start", "timezone", "round",
                "max", "import", "exercise", "block", "allow", "warn", "deny",
            ],
            Self::Block => &["session", "allow", "warn", "deny"],
            Self::Session => &["superset", "allow", "warn", "deny"],
            Self::Superset => &[],
            Self::Exercise => &["equipment", "mechanic", "muscles", "skill", "aliases"],
        }
    }

    fn help(self) -> &'static str {
        match self {
            Self::Top => {
                "a file holds header statements (`program`, `athlete`, `goal`, `phase`, `units`, \
                 `start`, `timezone`, `round`, `max`), `import`, `exercise` definitions, blocks, \
                 and `allow`/`warn`/`deny`"
            }
            Self::Block => "a block holds sessions such as `session \"Upper\" on mon {`",
            Self::Session | Self::Superset => {
                "an exercise line reads `NAME: SETS x REPS [@ INTENSITY] [, CLAUSE]...`, \
                 for example `Bench Press: 4 x 6-8 @ 80kg RPE 8, rest 3min`"
            }
            Self::Exercise => {
                "an exercise definition holds `equipment`, `mechanic`, `muscles`, `skill` and \
                 `aliases` lines"
            }
        }
    }
}

/// A body being filled: the innermost is at the top of the stack.
enum Frame {
    Exercise(ExerciseDef),
    Block(Block),
    Session(Session),
    Superset(Superset),
}

impl Frame {
    fn context(&self) -> Place {
        match self {
            Self::Exercise(_) => Place::Exercise,
            Self::Block(_) => Place::Block,
            Self::Session(_) => Place::Session,
            Self::Superset(_) => Place::Superset,
        }
    }

    /// The `{` and what it opened, for "unclosed" reports.
    fn opened(&self) -> (Span, String) {
        match self {
            Self::Exercise(def) => (def.body.open, format!("exercise \"{}\"", def.name.value)),
            Self::Block(block) => (
                block.body.as_ref().map_or(block.span, |b| b.span.open),
                format!("block \"{}\"", block.name.value),
            ),
            Self::Session(session) => (
                session.body.open,
                format!("session \"{}\"", session.name.value),
            ),
            Self::Superset(superset) => (superset.body.open, "superset".to_owned()),
        }
    }

    fn close(&mut self, close: Option<Span>) {
        match self {
            Self::Exercise(def) => def.body.close = close,
            Self::Block(block) => {
                if let Some(body) = &mut block.body {
                    body.span.close = close;
                }
            }
            Self::Session(session) => session.body.close = close,
            Self::Superset(superset) => superset.body.close = close,
        }
    }
}

/// The result of parsing one file: its tree, its lines as written, and every syntax
/// error in it.
#[derive(Debug)]
pub struct Parsed {
    pub file: File,
    pub lines: Lines,
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses a file's text. Never fails: what cannot be parsed is reported and left out of
/// the tree (its lines are still in [`Parsed::lines`]).
pub fn parse(file: FileId, text: &str) -> Parsed {
    parse_with(file, text, None)
}

/// What grammar reading made of a line: kept by place and text in a [`LineCache`].
type Read = Result<Line, Box<pest::error::Error<Rule>>>;

/// The lines of a file's last parse, by place and text, each as read at offset 0: a
/// language server parsing the file again after an edit reads with pest only the lines
/// that changed, and shifts the others to where they now stand. What a line means does
/// not depend on where it stands, and a syntax error's position in it is relative to
/// the line, so a line read once reads the same anywhere.
#[derive(Default)]
pub struct LineCache {
    /// By [`Place::index`], then the line's text.
    places: [HashMap<Box<str>, Cached>; 5],
    /// The parse under way: lines not read in it are forgotten after it.
    generation: u64,
}

struct Cached {
    read: Read,
    used: u64,
}

impl LineCache {
    fn read(&mut self, context: Place, offset: usize, text: &str) -> Read {
        let generation = self.generation;
        let lines = &mut self.places[context.index()];
        let cached = match lines.get_mut(text) {
            Some(cached) => cached,
            None => lines.entry(text.into()).or_insert(Cached {
                read: parse_line(context, 0, text),
                used: generation,
            }),
        };
        cached.used = generation;
        let mut read = cached.read.clone();
        if let Ok(line) = &mut read {
            line.shift(offset);
        }
        read
    }

    /// Forgets the lines the parse just done did not read.
    fn finish(&mut self) {
        let generation = self.generation;
        for lines in &mut self.places {
            lines.retain(|_, cached| cached.used == generation);
        }
        self.generation += 1;
    }
}

/// [`parse`], reading unchanged lines from `cache` when there is one.
pub fn parse_with(file: FileId, text: &str, cache: Option<&mut LineCache>) -> Parsed {
    if let Some(diagnostic) = carriage_returns_only(file, text) {
        let mut lines = Lines::default();
        lines.push(NewLine {
            span: Span::new(0, text.len()),
            end: LineEnd::None,
            depth: 0,
            place: Place::Top,
            kind: LineKind::Failed,
            comment: comment_of(0, text).map(|c| c.span),
            tokens: Vec::new(),
        });
        return Parsed {
            file: File::default(),
            lines,
            diagnostics: vec![diagnostic],
        };
    }
    let mut builder = Builder {
        file,
        cache,
        stack: Vec::new(),
        skipped: 0,
        tree: File::default(),
        lines: Lines::default(),
        diagnostics: Vec::new(),
    };
    for (offset, line, end) in lines(text) {
        builder.line(offset, line, end);
    }
    if let Some(cache) = builder.cache.as_deref_mut() {
        cache.finish();
    }
    builder.finish(text.len())
}

/// A file whose lines end with `\r` alone (classic Mac OS) is one line to the grammar:
/// say so once, rather than report that line's first mistake.
fn carriage_returns_only(file: FileId, text: &str) -> Option<Diagnostic> {
    if text.contains('\n') {
        return None;
    }
    let at = text.find('\r')?;
    Some(meaning::syntax::lone_carriage_returns(file, at))
}

/// A line without its comment and surrounding spaces (a `//` inside a string is rare
/// enough on a line whose braces matter).
fn code(text: &str) -> &str {
    text.split("//").next().unwrap_or(text).trim()
}

/// Where a line's code ends: before its comment and the spaces before that.
fn code_end(text: &str) -> usize {
    text.split("//").next().unwrap_or(text).trim_end().len()
}

/// A line's trailing comment, for a line read without it.
fn comment_of(offset: usize, text: &str) -> Option<Comment> {
    let at = text.find("//")?;
    Some(Comment {
        span: Span::new(offset + at, offset + text.len()),
        text: text[at + 2..].to_owned(),
    })
}

/// Each line's start offset, its text without its line end, and its line end.
fn lines(text: &str) -> impl Iterator<Item = (usize, &str, LineEnd)> {
    let mut offset = 0;
    text.split('\n').map(move |raw| {
        let start = offset;
        offset += raw.len() + 1;
        let last = offset > text.len();
        match (raw.strip_suffix('\r'), last) {
            (Some(line), false) => (start, line, LineEnd::CrLf),
            (Some(line), true) => (start, line, LineEnd::Cr),
            (None, false) => (start, raw, LineEnd::Lf),
            (None, true) => (start, raw, LineEnd::None),
        }
    })
}

struct Builder<'c> {
    file: FileId,
    cache: Option<&'c mut LineCache>,
    stack: Vec<Frame>,
    /// How many `{` are open in a body whose header could not be read.
    skipped: u32,
    tree: File,
    lines: Lines,
    diagnostics: Vec<Diagnostic>,
}

/// What the line table records of a line once it has been read.
struct Entry {
    kind: LineKind,
    depth: usize,
    place: Place,
    comment: Option<Span>,
    tokens: Vec<Token>,
}

impl Builder<'_> {
    fn context(&self) -> Place {
        self.stack.last().map_or(Place::Top, Frame::context)
    }

    fn line(&mut self, offset: usize, text: &str, end: LineEnd) {
        let entry = self.read(offset, text);
        self.lines.push(NewLine {
            span: Span::new(offset, offset + text.len()),
            end,
            depth: entry.depth,
            place: entry.place,
            kind: entry.kind,
            comment: entry.comment,
            tokens: entry.tokens,
        });
    }

    /// Reads one line into the tree, or reports it.
    fn read(&mut self, offset: usize, text: &str) -> Entry {
        if self.skipped > 0 {
            let before = self.skipped;
            self.skip(text);
            return self.unread(
                LineKind::Skipped,
                self.stack.len() + before.min(self.skipped) as usize,
                offset,
                text,
            );
        }
        let context = self.context();
        let read = match self.cache.as_deref_mut() {
            Some(cache) => cache.read(context, offset, text),
            None => parse_line(context, offset, text),
        };
        let error = match read {
            Ok(line) => return self.apply(line),
            Err(error) => error,
        };
        if let Some(entry) = self
            .close_unclosed(offset, text)
            .or_else(|| self.header_without_brace(context, offset, text))
            .or_else(|| self.block_without_brace(offset, text))
        {
            return entry;
        }
        let diagnostic = self
            .misplaced(context, offset, text)
            .unwrap_or_else(|| syntax_error(self.file, context, offset, text, &error));
        self.diagnostics.push(diagnostic);
        self.tree
            .failed
            .push(Span::new(offset, offset + text.len()));
        let entry = self.unread(LineKind::Failed, self.stack.len(), offset, text);
        // A header that could not be read still opens a body: skip it, so its lines and
        // its `}` do not each report the same mistake again.
        if code(text).ends_with('{') {
            self.skipped = 1;
        }
        entry
    }

    /// The entry of a line that was not read: no tokens, and a guess at its comment.
    fn unread(&self, kind: LineKind, depth: usize, offset: usize, text: &str) -> Entry {
        Entry {
            kind,
            depth,
            place: self.context(),
            comment: comment_of(offset, text).map(|c| c.span),
            tokens: Vec::new(),
        }
    }

    /// A session, superset or exercise header that would parse with a `{` at its end:
    /// say the `{` is missing, and take its lines as its body, as meant.
    fn header_without_brace(&mut self, context: Place, offset: usize, text: &str) -> Option<Entry> {
        let end = code_end(text);
        if text[..end].ends_with('{') {
            return None;
        }
        let patched = format!("{} {{", &text[..end]);
        let mut line = parse_line(context, offset, &patched).ok()?;
        // The `{` is not in the file: it opens, empty, where it belongs, and the
        // header's span ends with the text written.
        let here = Span::new(offset + end, offset + end);
        let written = |span: &mut Span| span.end = span.end.min(here.end);
        let what = match &mut line.statement {
            Statement::SessionOpen(head) => {
                head.open = here;
                written(&mut head.span);
                "session"
            }
            Statement::SupersetOpen { open, span, .. } => {
                *open = here;
                written(span);
                "superset"
            }
            Statement::ExerciseOpen { open, span, .. } => {
                *open = here;
                written(span);
                "exercise definition"
            }
            _ => return None,
        };
        line.comment = comment_of(offset, text);
        line.tokens.retain(|token| token.span.end <= here.end);
        self.report_missing_brace(here, what);
        Some(self.apply(line))
    }

    /// A session at the top level right after a block header with no `{` (and no
    /// `deload` or `repeats`, which may stand without a body): the block's `{` is
    /// missing. Say so, and open the block there.
    fn block_without_brace(&mut self, offset: usize, text: &str) -> Option<Entry> {
        if !self.stack.is_empty() {
            return None;
        }
        let Some(Item::Block(block)) = self.tree.items.last() else {
            return None;
        };
        if block.body.is_some() || block.deload.is_some() || block.repeats.is_some() {
            return None;
        }
        let line = parse_line(Place::Block, offset, text).ok()?;
        if !matches!(line.statement, Statement::SessionOpen(_)) {
            return None;
        }
        let Some(Item::Block(mut block)) = self.tree.items.pop() else {
            unreachable!("the last item is the block just seen");
        };
        let here = Span::new(block.span.end, block.span.end);
        block.body = Some(BlockBody {
            span: BodySpan {
                open: here,
                close: None,
            },
            items: Vec::new(),
        });
        self.report_missing_brace(here, "block");
        self.stack.push(Frame::Block(block));
        Some(self.apply(line))
    }

    fn report_missing_brace(&mut self, here: Span, what: &str) {
        self.diagnostics
            .push(meaning::syntax::missing_open_brace(self.file, here, what));
    }

    /// A line in the body of a header that could not be read: only its braces count.
    fn skip(&mut self, text: &str) {
        match code(text) {
            "}" => self.skipped -= 1,
            code if code.ends_with('{') => self.skipped += 1,
            _ => {}
        }
    }

    /// If `text` opens a block, exercise or session that cannot stand here but could in
    /// an enclosing body, the bodies in between were never closed: report and close them
    /// at this line, then take the line in its place, if it did.
    fn close_unclosed(&mut self, offset: usize, text: &str) -> Option<Entry> {
        for depth in (0..self.stack.len()).rev() {
            let outer = if depth == 0 {
                Place::Top
            } else {
                self.stack[depth - 1].context()
            };
            let Ok(line) = parse_line(outer, offset, text) else {
                continue;
            };
            let opens = matches!(
                line.statement,
                Statement::Block { .. }
                    | Statement::ExerciseOpen { .. }
                    | Statement::SessionOpen(_)
            );
            if !opens {
                return None;
            }
            let here = Span::new(offset, offset);
            while self.stack.len() > depth {
                self.report_unclosed(here, meaning::syntax::unclosed_before_line);
                self.pop(None);
            }
            return Some(self.apply(line));
        }
        None
    }

    /// A statement that parses, but not where it stands: say where it belongs.
    fn misplaced(&self, context: Place, offset: usize, text: &str) -> Option<Diagnostic> {
        let (home, line) = Place::ALL
            .into_iter()
            .filter(|&c| c != context)
            .find_map(|c| parse_line(c, offset, text).ok().map(|line| (c, line)))?;
        let (span, what) = match &line.statement {
            Statement::Blank | Statement::Close(_) => return None,
            Statement::Header(h) => (h.span, format!("`{}`", h.value.keyword())),
            Statement::Import(i) => (i.span, "`import`".to_owned()),
            Statement::Level(l) => {
                return Some(meaning::syntax::misplaced_level(
                    self.file,
                    l.span,
                    context.place(),
                ));
            }
            Statement::ExerciseOpen { span, .. } => (*span, "an exercise definition".to_owned()),
            Statement::Property(p) => (p.span, format!("`{}`", p.value.keyword())),
            Statement::Block { span, .. } => (*span, "a block".to_owned()),
            Statement::SessionOpen(head) => (head.span, "a session".to_owned()),
            Statement::SupersetOpen { span, .. } => (*span, "a superset".to_owned()),
            Statement::Prescription(p) => (p.span, "an exercise line".to_owned()),
            Statement::Note(note) => (note.span, "a session's `note`".to_owned()),
        };
        Some(meaning::syntax::misplaced(
            self.file,
            span,
            &what,
            context.place(),
            home.place(),
        ))
    }

    /// Puts a line's statement in the tree, and says what the line table records of it.
    fn apply(&mut self, line: Line) -> Entry {
        let kind = line.statement.line_kind(line.comment.is_some());
        let place = self.context();
        let depth = self.stack.len();
        let comment = line.comment.as_ref().map(|c| c.span);
        if let Some(comment) = line.comment {
            self.tree.comments.push(comment);
        }
        self.add(line.statement);
        Entry {
            kind,
            // A `}` stands where its header stands.
            depth: depth.min(self.stack.len()),
            place,
            comment,
            tokens: line.tokens,
        }
    }

    fn add(&mut self, statement: Statement) {
        match statement {
            Statement::Blank => {}
            Statement::Header(header) => self.tree.items.push(Item::Header(header)),
            Statement::Import(import) => self.tree.items.push(Item::Import(import)),
            Statement::Level(level) => match self.stack.last_mut() {
                Some(Frame::Block(block)) => block
                    .body
                    .as_mut()
                    .expect("an open block has a body")
                    .items
                    .push(BlockItem::Level(level)),
                Some(Frame::Session(session)) => session.items.push(SessionItem::Level(level)),
                _ => self.tree.items.push(Item::Level(level)),
            },
            Statement::ExerciseOpen { span, name, open } => {
                self.stack.push(Frame::Exercise(ExerciseDef {
                    span,
                    name,
                    properties: Vec::new(),
                    body: BodySpan { open, close: None },
                }))
            }
            Statement::Property(property) => {
                if let Some(Frame::Exercise(def)) = self.stack.last_mut() {
                    def.properties.push(property);
                }
            }
            Statement::Block {
                span,
                name,
                weeks,
                deload,
                repeats,
                open,
            } => {
                let block = Block {
                    span,
                    name,
                    weeks,
                    deload,
                    repeats,
                    body: open.map(|open| BlockBody {
                        span: BodySpan { open, close: None },
                        items: Vec::new(),
                    }),
                };
                if block.body.is_some() {
                    self.stack.push(Frame::Block(block));
                } else {
                    self.tree.items.push(Item::Block(block));
                }
            }
            Statement::SessionOpen(head) => self.stack.push(Frame::Session(session(head))),
            Statement::SupersetOpen { span, rest, open } => {
                self.stack.push(Frame::Superset(Superset {
                    span,
                    rest,
                    body: BodySpan { open, close: None },
                    members: Vec::new(),
                }))
            }
            Statement::Note(note) => {
                if let Some(Frame::Session(session)) = self.stack.last_mut() {
                    session.items.push(SessionItem::Note(note));
                }
            }
            Statement::Prescription(line) => match self.stack.last_mut() {
                Some(Frame::Superset(superset)) => superset.members.push(line),
                Some(Frame::Session(session)) => session
                    .items
                    .push(SessionItem::Prescription(Box::new(line))),
                _ => {}
            },
            Statement::Close(span) => {
                if self.stack.is_empty() {
                    self.diagnostics
                        .push(meaning::syntax::unexpected_close(self.file, span));
                } else {
                    self.pop(Some(span));
                }
            }
        }
    }

    /// Closes the innermost body and hands it to the one around it.
    fn pop(&mut self, close: Option<Span>) {
        let Some(mut frame) = self.stack.pop() else {
            return;
        };
        frame.close(close);
        match (frame, self.stack.last_mut()) {
            (Frame::Superset(superset), Some(Frame::Session(session))) => {
                session.items.push(SessionItem::Superset(superset))
            }
            (Frame::Session(session), Some(Frame::Block(block))) => block
                .body
                .as_mut()
                .expect("an open block has a body")
                .items
                .push(BlockItem::Session(session)),
            (Frame::Exercise(def), _) => self.tree.items.push(Item::Exercise(def)),
            (Frame::Block(block), _) => self.tree.items.push(Item::Block(block)),
            _ => unreachable!("frames nest as the grammar's contexts do"),
        }
    }

    /// The innermost open body is still open at `here`, which `report` says: before a
    /// line that cannot stand in it, or where the file ends.
    fn report_unclosed(&mut self, here: Span, report: fn(FileId, Span, &str, Span) -> Diagnostic) {
        let Some(frame) = self.stack.last() else {
            return;
        };
        let (open, what) = frame.opened();
        self.diagnostics.push(report(self.file, open, &what, here));
    }

    fn finish(mut self, end: usize) -> Parsed {
        while !self.stack.is_empty() {
            self.report_unclosed(Span::new(end, end), meaning::syntax::unclosed_at_end);
            self.pop(None);
        }
        Parsed {
            file: self.tree,
            lines: self.lines,
            diagnostics: self.diagnostics,
        }
    }
}

fn session(head: SessionHead) -> Session {
    Session {
        span: head.span,
        name: head.name,
        days: head.days,
        time: head.time,
        duration: head.duration,
        body: BodySpan {
            open: head.open,
            close: None,
        },
        items: Vec::new(),
    }
}

fn parse_line(
    context: Place,
    offset: usize,
    text: &str,
) -> Result<Line, Box<pest::error::Error<Rule>>> {
    let mut pairs = WodParser::parse(context.rule(), text).map_err(Box::new)?;
    let line = pairs.next().expect("an entry rule yields one pair");
    Ok(Lowerer { offset }.line(line))
}

/// A syntax error from pest's report: what was expected where, in words.
fn syntax_error(
    file: FileId,
    context: Place,
    offset: usize,
    text: &str,
    error: &pest::error::Error<Rule>,
) -> Diagnostic {
    let position = error_position(error);
    let positives = match &error.variant {
        pest::error::ErrorVariant::ParsingError { positives, .. } => positives.as_slice(),
        pest::error::ErrorVariant::CustomError { .. } => &[],
    };
    if let Some(diagnostic) = stray_character(file, context, offset, text) {
        return diagnostic;
    }
    let statement_start = text.len() - text.trim_start().len();
    if position <= statement_start
        && let Some(diagnostic) = misspelt_keyword(file, context, offset, text, statement_start)
    {
        return diagnostic;
    }
    if positives == [Rule::colon] && context != Place::Top {
        return missing_colon(file, context, offset, text);
    }
    if positives.contains(&Rule::rest_clause)
        && let Some(diagnostic) = clause_mistake(file, context, offset, text, position)
    {
        return diagnostic;
    }
    let expected = if position <= statement_start || positives.is_empty() {
        format!("expected {}", expected::describe(context.rule()))
    } else {
        format!("expected {}", expected::expected_list(positives))
    };
    let (found, span) = found(text, position);
    let span = Span::new(offset + span.start, offset + span.end);
    let unquoted = positives.contains(&Rule::string) || positives.contains(&Rule::quote);
    if unquoted && let Found::Token(word) = found {
        let keyword = text.split_whitespace().next().unwrap_or_default();
        let rest = text[position..].split("//").next().unwrap_or("").trim();
        return meaning::syntax::unquoted_name(file, span, word, keyword, rest);
    }
    let help = positives
        .iter()
        .find_map(|&rule| expected::hint(rule))
        .unwrap_or(context.help());
    let diagnostic = meaning::syntax::expected(
        file,
        span,
        &expected,
        &found.to_string(),
        found == Found::EndOfLine,
        help,
    );
    // `progress 2.5kg/week`: a progression adds unless it says otherwise.
    if positives == [Rule::progress_sign] {
        let insert = Span::new(position, position);
        let fix = LineFix::new(file, context, offset, text)
            .edit(insert, "+")
            .fix("Add `+`");
        return diagnostic.with_fix(fix);
    }
    diagnostic
}

/// A fix of one line: edits of its text (spans relative to the line). It is safe when
/// its words had one clear correction and the line then parses up to past the last
/// edit: another mistake further on is that mistake's own error, found on the next
/// round of `--fix`. A line still failing at the edit is offered for a look.
struct LineFix<'a> {
    file: FileId,
    context: Place,
    offset: usize,
    text: &'a str,
    edits: Vec<(Span, String)>,
    clear: bool,
}

impl<'a> LineFix<'a> {
    fn new(file: FileId, context: Place, offset: usize, text: &'a str) -> Self {
        Self {
            file,
            context,
            offset,
            text,
            edits: Vec::new(),
            clear: true,
        }
    }

    fn edit(mut self, span: Span, replacement: impl Into<String>) -> Self {
        self.edits.push((span, replacement.into()));
        self
    }

    /// Marks the correction as one guess among others: never safe.
    fn guessed(mut self, guessed: bool) -> Self {
        self.clear &= !guessed;
        self
    }

    /// The fix, or `None` for edits that do not fit the line.
    fn fix(mut self, title: impl Into<String>) -> Option<Fix> {
        self.edits.sort_by_key(|(span, _)| span.start);
        let mut edited = String::with_capacity(self.text.len());
        let mut copied = 0;
        for (span, replacement) in &self.edits {
            edited.push_str(self.text.get(copied..span.start)?);
            edited.push_str(replacement);
            copied = span.end;
        }
        let edited_end = edited.len();
        edited.push_str(self.text.get(copied..)?);
        let parses = match parse_line(self.context, self.offset, &edited) {
            Ok(_) => true,
            Err(error) => error_position(&error) > edited_end,
        };
        let applicability = if parses && self.clear {
            Applicability::Safe
        } else {
            Applicability::Unsafe
        };
        let edits = self
            .edits
            .into_iter()
            .map(|(span, replacement)| Edit {
                location: Location::new(
                    self.file,
                    Span::new(self.offset + span.start, self.offset + span.end),
                ),
                replacement,
            })
            .collect();
        Some(Fix {
            title: title.into(),
            edits,
            applicability,
        })
    }
}

/// Where in its line pest stopped matching.
fn error_position(error: &pest::error::Error<Rule>) -> usize {
    match error.location {
        pest::error::InputLocation::Pos(p) => p,
        pest::error::InputLocation::Span((start, _)) => start,
    }
}

/// A line that would parse (at least up to past it) but for a look-alike (`х` for `x`,
/// `“` for `"`, a no-break space) or an invisible character: name the first one, where
/// the ASCII it imitates was expected.
fn stray_character(file: FileId, context: Place, offset: usize, text: &str) -> Option<Diagnostic> {
    let (at, stray) = text
        .char_indices()
        .find(|&(_, c)| text::lookalike(c).is_some() || text::is_hidden(c))?;
    let cleaned: String = text
        .chars()
        .filter(|&c| !text::is_hidden(c))
        .map(|c| text::lookalike(c).unwrap_or(c))
        .collect();
    // Cleaned, the line must parse, or fail only past the first stray: a mistake
    // further on is that mistake's own error, once this one is mended.
    if let Err(error) = parse_line(context, offset, &cleaned)
        && error_position(&error) <= at
    {
        return None;
    }
    let span = Span::new(offset + at, offset + at + stray.len_utf8());
    let strays = text
        .char_indices()
        .filter(|&(_, c)| text::lookalike(c).is_some() || text::is_hidden(c));
    let fix = strays.fold(LineFix::new(file, context, offset, text), |fix, (at, c)| {
        let ascii = text::lookalike(c).map(String::from).unwrap_or_default();
        fix.edit(Span::new(at, at + c.len_utf8()), ascii)
    });
    let fix = fix.fix("Replace the look-alike and invisible characters of the line");
    Some(meaning::syntax::stray_character(file, span, stray).with_fix(fix))
}

/// The words a clause starts with, a technique's as it is written.
pub const CLAUSES: [&str; 10] = [
    "rest",
    "tempo",
    "progress",
    "note",
    "warmup",
    "backoff",
    "drop",
    "mechanical drop",
    "rest-pause",
    "myo-reps",
];

/// Where a clause was expected: a near miss of a clause's keyword (`rets 2min`), or a
/// second drop written after a comma (`drop 25%, 25%`).
fn clause_mistake(
    file: FileId,
    context: Place,
    offset: usize,
    text: &str,
    position: usize,
) -> Option<Diagnostic> {
    let rest = &text[position..];
    let word = rest
        .split(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '.' | '%')))
        .next()
        .filter(|w| !w.is_empty())?;
    let span = Span::new(offset + position, offset + position + word.len());
    if word.starts_with(|c: char| c.is_ascii_digit()) {
        let before = text[..position].trim_end().strip_suffix(',')?;
        let clause = before.rsplit(',').next().unwrap_or(before).trim_start();
        if !clause.starts_with("drop ") {
            return None;
        }
        let joined = LineFix::new(file, context, offset, text)
            .edit(Span::new(before.len(), position), " ")
            .fix("Write the drops in one `drop`");
        return Some(meaning::syntax::drop_after_comma(file, span, word).with_fix(joined));
    }
    if !(3..=16).contains(&word.chars().count()) {
        return None;
    }
    let (keyword, guessed) = near_miss(word, &CLAUSES)?;
    let fix = LineFix::new(file, context, offset, text)
        .edit(Span::new(position, position + word.len()), keyword)
        .guessed(guessed)
        .fix(format!("Write `{keyword}`"));
    Some(meaning::syntax::unknown_clause(file, span, word, keyword).with_fix(fix))
}

/// The keyword `word` most likely misspells (one or two edits away, any case), and
/// whether another keyword is as near: then the choice is a guess.
fn near_miss(word: &str, keywords: &[&'static str]) -> Option<(&'static str, bool)> {
    let lower = word.to_lowercase();
    let mut near: Vec<(usize, &'static str)> = keywords
        .iter()
        .map(|clause| clause.split(' ').next().unwrap_or(clause))
        .map(|k| (strsim::levenshtein(&lower, k), k))
        .filter(|&(distance, _)| distance > 0 && distance <= 2)
        .collect();
    near.sort();
    let &(distance, keyword) = near.first()?;
    let tied = near.get(1).is_some_and(|&(d, _)| d == distance);
    Some((keyword, tied))
}

/// A line that starts with a near miss of a keyword of its place: `atlete`.
fn misspelt_keyword(
    file: FileId,
    context: Place,
    offset: usize,
    text: &str,
    start: usize,
) -> Option<Diagnostic> {
    let word: &str = text[start..]
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .next()?;
    // Too short to place, or far longer than any keyword: no near miss of one.
    if !(3..=32).contains(&word.chars().count()) {
        return None;
    }
    let (keyword, guessed) = near_miss(word, context.keywords())?;
    let span = Span::new(offset + start, offset + start + word.len());
    let fix = LineFix::new(file, context, offset, text)
        .edit(Span::new(start, start + word.len()), keyword)
        .guessed(guessed)
        .fix(format!("Write `{keyword}`"));
    let diagnostic = meaning::syntax::unknown_statement(file, span, word, keyword, context.help());
    Some(diagnostic.with_fix(fix))
}

/// A prescription without its colon: the whole line was read as a name. The colon
/// most likely belongs before the first `SETS x`, so the label goes there.
fn missing_colon(file: FileId, context: Place, offset: usize, text: &str) -> Diagnostic {
    let content = text.split("//").next().unwrap_or(text).trim_end();
    let before_sets = sets_start(content).map(|i| content[..i].trim_end().len());
    let at = before_sets.unwrap_or(content.len());
    let fix = before_sets.and_then(|_| {
        LineFix::new(file, context, offset, text)
            .edit(Span::new(at, at), ":")
            .fix("Add `:` after the exercise name")
    });
    meaning::syntax::missing_colon(file, offset + at, before_sets.is_some(), context.help())
        .with_fix(fix)
}

/// Where `SETS x` starts in a line: digits after a space, then `x` or `×`.
fn sets_start(text: &str) -> Option<usize> {
    text.char_indices().find_map(|(i, c)| {
        let after_space = text[..i].ends_with(char::is_whitespace);
        if !c.is_ascii_digit() || !after_space {
            return None;
        }
        let rest = text[i..]
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .trim_start();
        rest.starts_with(['x', 'X', '×']).then_some(i)
    })
}

/// What stands where matching failed.
#[derive(Debug, PartialEq)]
enum Found<'a> {
    EndOfLine,
    Space,
    Token(&'a str),
}

impl std::fmt::Display for Found<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::EndOfLine => f.write_str("the end of the line"),
            Self::Space => f.write_str("a space"),
            Self::Token(token) => {
                let first = token.chars().next().unwrap_or_default();
                if text::is_hidden(first) {
                    write!(f, "an invisible {}", text::describe(first))
                } else if text::lookalike(first).is_some() {
                    write!(f, "`{first}` ({})", text::describe(first))
                } else {
                    write!(f, "`{}`", text::shown(token))
                }
            }
        }
    }
}

/// What follows `position` in a line, and the span to label (relative to the line).
/// When only a comment or spaces remain, the label goes right after the last token.
fn found(text: &str, position: usize) -> (Found<'_>, Span) {
    let rest = &text[position..];
    let after_spaces = rest.trim_start();
    if after_spaces.is_empty() || after_spaces.starts_with("//") {
        let end = text[..position].trim_end().len();
        return (Found::EndOfLine, Span::new(end, end));
    }
    if rest.len() != after_spaces.len() {
        return (
            Found::Space,
            Span::new(position, position + rest.len() - after_spaces.len()),
        );
    }
    let first = rest.chars().next().expect("rest is not empty");
    let len = if first.is_alphanumeric() {
        rest.char_indices()
            .find(|&(_, c)| !(c.is_alphanumeric() || matches!(c, '.' | '-' | '_' | '%')))
            .map_or(rest.len(), |(i, _)| i)
    } else {
        first.len_utf8()
    };
    (
        Found::Token(&rest[..len]),
        Span::new(position, position + len),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_colon_goes_before_the_sets() {
        assert_eq!(sets_start("Bench Press 4 x 8"), Some(12));
        assert_eq!(sets_start("Bench Press 4x8 @ 80kg"), Some(12));
        assert_eq!(sets_start("21s Curl 3 × 7"), Some(9));
        assert_eq!(sets_start("Bench Press"), None);
    }

    #[test]
    fn found_points_after_the_last_token_when_only_a_comment_remains() {
        let line = "Lat Pulldown 3 x 10   // note";
        assert_eq!(found(line, 22), (Found::EndOfLine, Span::new(19, 19)));
        assert_eq!(found("80 kg", 2), (Found::Space, Span::new(2, 3)));
        assert_eq!(found("x kgs", 2), (Found::Token("kgs"), Span::new(2, 5)));
        assert_eq!(found("x {", 2), (Found::Token("{"), Span::new(2, 3)));
    }
}
