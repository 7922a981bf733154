//! The lossless view of a file: every line as it is written, beside the tree.
//!
//! The tree ([`crate::ast`]) keeps what a line means. The formatter and the language
//! server also need what it looks like: where each line starts and how it ends, how
//! deep it stands, what it parsed as (or that it failed), its comment, and each of its
//! tokens with its kind and span. [`Lines`] holds that for every line of the source, the
//! blank and the broken ones too: the lines' spans and line ends tile the text, so the
//! text can be rebuilt from them byte for byte, and between the tokens of a line there
//! is nothing but whitespace.

use std::ops::Range;

use crate::span::Span;

/// Every line of a file, in order, with the tokens of each.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Lines {
    lines: Vec<Line>,
    /// The tokens of every line, line after line: each line holds a range of them.
    tokens: Vec<Token>,
}

/// One line of the source.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// The line's text, without its line end.
    pub span: Span,
    pub end: LineEnd,
    /// How many bodies are open around the line: 0 at the top level, 3 in a superset.
    /// A `}` stands at the depth of the header it closes, as a header stands outside
    /// the body it opens.
    pub depth: usize,
    /// The place the line stands in: the grammar rule it was read with.
    pub place: Place,
    pub kind: LineKind,
    /// The comment that ends the line, from `//` to the end of the line; on a line of
    /// its own too. For a line the grammar could not read, the first `//` is taken as
    /// its start, a guess.
    pub comment: Option<Span>,
    tokens: Range<usize>,
}

/// How a line ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LineEnd {
    /// `\n`.
    Lf,
    /// `\r\n`.
    CrLf,
    /// A carriage return that ends the file with no `\n` after it.
    Cr,
    /// The last line, which ends with the file.
    None,
}

/// Where a line stands, which decides the statements it may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Place {
    Top,
    Block,
    Session,
    Superset,
    /// The body of an `exercise "NAME" { }` definition.
    Exercise,
}

/// What a line holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LineKind {
    /// Nothing, or only spaces and tabs.
    Blank,
    /// A comment on a line of its own.
    Comment,
    /// A statement the grammar read. It may still be a syntax error where it stands
    /// (a `}` with nothing open, a header without its `{`): the diagnostics say so.
    Statement(StatementKind),
    /// A line the grammar could not read, reported as a `syntax` error.
    Failed,
    /// A line in the body of a header that could not be read: left unread, so that
    /// the one mistake is reported once.
    Skipped,
}

/// The kind of statement a line holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StatementKind {
    /// `program`, `athlete`, `max`...
    Header,
    Import,
    /// `allow`, `warn` or `deny`.
    Level,
    /// `exercise "NAME" {`.
    ExerciseOpen,
    /// A line of an exercise definition: `equipment`, `muscles`...
    Property,
    /// `block ... {`.
    BlockOpen,
    /// A block without a body: `block "Deload" week 5 deload`.
    Block,
    /// `session ... {`.
    SessionOpen,
    /// `superset ... {`.
    SupersetOpen,
    /// `note "TEXT"` on a line of its own, in a session.
    Note,
    /// An exercise line.
    Prescription,
    /// `}`.
    Close,
}

impl StatementKind {
    /// Whether the line ends with the `{` of a body.
    pub fn opens_body(self) -> bool {
        matches!(
            self,
            Self::ExerciseOpen | Self::BlockOpen | Self::SessionOpen | Self::SupersetOpen
        )
    }
}

/// One token of a statement: a keyword, a value, a name, a piece of punctuation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Span,
}

/// What a token is. Values that the grammar reads as one piece (`80kg`, `1min30s`,
/// `-10%`, `3-1-X-0`, a quoted string) are one token each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// A word of the grammar, in lower case: `program`, `rest`, `drop`, `to`, `pause`,
    /// `deload`, `each`, `of`, `allow`...
    Keyword,
    /// A word chosen from a list, or a name the grammar does not quote: `beginner`,
    /// `barbell`, `quads`, a rule name, a time zone, `set`, `rep`, `week`, `session`.
    Word,
    /// An exercise name written without quotes (trimmed): `Bench Press`, and the name
    /// after `of`.
    Name,
    /// A quoted string, quotes and escapes as written.
    String,
    /// A whole number: sets, reps, weeks.
    Integer,
    /// A decimal: an effort's number, a progression's step of RPE or RIR.
    Number,
    /// `80kg`, `185lb`.
    Mass,
    /// `75%`.
    Percent,
    /// `40m`, `1.5km`.
    Distance,
    /// `90s`, `1min30s`.
    Duration,
    /// `-10%`, a back-off's load below the top set.
    BelowTop,
    /// The unit of `units kg`.
    MassUnit,
    /// `3-1-X-0`.
    Tempo,
    /// `2026-01-05`.
    Date,
    /// `18:00`.
    Time,
    /// `mon`...`sun`, read in any case.
    Day,
    /// `RPE` or `RIR`, read in any case, also in a progression (`-1 RIR/week`).
    Effort,
    /// `AMRAP`, read in any case.
    Amrap,
    /// `BW`, read in any case.
    Bodyweight,
    /// `failure`, read in any case.
    Failure,
    /// The `x` of `SETS x REPS`, also written `X` or `×`.
    Times,
    /// The `@` before a line's intensity or a back-off's.
    At,
    /// The `@` inside a warm-up step: `5@40%`.
    StepAt,
    Comma,
    Colon,
    /// `/` between the values of a week list, and before `week` or `session`.
    Slash,
    /// `-` inside a range: `8-12`, `weeks 1-4`, `RPE 7-8`.
    Dash,
    /// The sign of a progression's step: `+2.5kg/week`, `-1 RIR/week`.
    Sign,
    /// The sign between `BW` and its mass: `BW+10kg`.
    BodyweightSign,
    /// `{`.
    Open,
    /// `}`.
    Close,
}

impl LineEnd {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Lf => "\n",
            Self::CrLf => "\r\n",
            Self::Cr => "\r",
            Self::None => "",
        }
    }
}

impl Lines {
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// Line `index`, counted from 0.
    pub fn get(&self, index: usize) -> Option<&Line> {
        self.lines.get(index)
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Line> {
        self.lines.iter()
    }

    /// The tokens of `line` (a line of these lines), in order.
    pub fn tokens(&self, line: &Line) -> &[Token] {
        &self.tokens[line.tokens.clone()]
    }

    /// The index of the line that holds byte `offset`: a line end belongs to its line,
    /// an offset past the end is on the last line.
    pub fn index_at(&self, offset: usize) -> usize {
        self.lines
            .partition_point(|line| line.span.start <= offset)
            .saturating_sub(1)
    }

    /// The token that holds byte `offset` (its end excluded), if any.
    pub fn token_at(&self, offset: usize) -> Option<&Token> {
        let line = self.get(self.index_at(offset))?;
        self.tokens(line)
            .iter()
            .find(|token| token.span.start <= offset && offset < token.span.end)
    }

    /// Adds the next line, with its tokens.
    pub(super) fn push(&mut self, line: NewLine) {
        let start = self.tokens.len();
        self.tokens.extend(line.tokens);
        self.lines.push(Line {
            span: line.span,
            end: line.end,
            depth: line.depth,
            place: line.place,
            kind: line.kind,
            comment: line.comment,
            tokens: start..self.tokens.len(),
        });
    }
}

impl<'a> IntoIterator for &'a Lines {
    type Item = &'a Line;
    type IntoIter = std::slice::Iter<'a, Line>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// A line as the parser records it.
pub(super) struct NewLine {
    pub span: Span,
    pub end: LineEnd,
    pub depth: usize,
    pub place: Place,
    pub kind: LineKind,
    pub comment: Option<Span>,
    pub tokens: Vec<Token>,
}
