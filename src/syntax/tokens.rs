//! A statement's tokens, from pest's pairs.
//!
//! pest yields a pair for every named rule, and nothing for the literal words of a rule
//! (`"rest" ~ duration` gives the duration's pair only). The walk below takes a pair
//! whose rule is a token as one token, and otherwise goes into its children, taking the
//! text between them, the rule's literal words, as keywords.

use pest::iterators::Pair;

use super::Rule;
use super::lines::{Token, TokenKind};
use crate::span::Span;

/// The tokens of the statement `pair`, in a line that starts at byte `offset` of the
/// file.
pub(super) fn of(pair: Pair<'_, Rule>, offset: usize) -> Vec<Token> {
    let mut tokens = Vec::new();
    walk(pair, None, offset, &mut tokens);
    tokens
}

fn walk(pair: Pair<'_, Rule>, parent: Option<Rule>, offset: usize, out: &mut Vec<Token>) {
    let rule = pair.as_rule();
    let span = pair.as_span();
    if let Some(kind) = kind(rule, parent) {
        let text = pair.as_str();
        let (start, end) = match kind {
            // Free text up to the colon or the next clause: its spaces are not the name's.
            TokenKind::Name => {
                let start = text.len() - text.trim_start().len();
                (start, start + text.trim().len())
            }
            _ => (0, text.len()),
        };
        let at = offset + span.start();
        out.push(Token {
            kind,
            span: Span::new(at + start, at + end),
        });
        return;
    }
    let text = pair.as_str();
    let mut done = span.start();
    for child in pair.into_inner() {
        let child_span = child.as_span();
        literals(
            rule,
            &text[done - span.start()..child_span.start() - span.start()],
            offset + done,
            out,
        );
        done = child_span.end();
        walk(child, Some(rule), offset, out);
    }
    literals(rule, &text[done - span.start()..], offset + done, out);
}

/// The words of `rule` written between its children: `gap` starts at byte `at`.
fn literals(rule: Rule, gap: &str, at: usize, out: &mut Vec<Token>) {
    let kind = match rule {
        Rule::rpe | Rule::rir => TokenKind::Effort,
        _ => TokenKind::Keyword,
    };
    let mut rest = gap;
    while let Some(start) = rest.find(|c: char| !is_space(c)) {
        let word = &rest[start..];
        let len = word.find(is_space).unwrap_or(word.len());
        let from = at + (gap.len() - rest.len()) + start;
        out.push(Token {
            kind,
            span: Span::new(from, from + len),
        });
        rest = &word[len..];
    }
}

/// The grammar's whitespace.
fn is_space(c: char) -> bool {
    c == ' ' || c == '\t'
}

/// The kind of token a pair of `rule` is, inside a pair of `parent`; `None` for the
/// rules that are made of tokens.
fn kind(rule: Rule, parent: Option<Rule>) -> Option<TokenKind> {
    use TokenKind as K;
    Some(match rule {
        Rule::string => K::String,
        Rule::bare_name | Rule::of_name => K::Name,
        Rule::integer | Rule::set_count => K::Integer,
        Rule::number => K::Number,
        Rule::mass => K::Mass,
        Rule::percent => K::Percent,
        Rule::distance => K::Distance,
        Rule::duration => K::Duration,
        Rule::below_top => K::BelowTop,
        Rule::mass_unit => K::MassUnit,
        Rule::tempo => K::Tempo,
        Rule::date => K::Date,
        Rule::clock_time => K::Time,
        Rule::day => K::Day,
        Rule::rpe_word | Rule::rir_word => K::Effort,
        Rule::amrap => K::Amrap,
        Rule::bw => K::Bodyweight,
        Rule::failure => K::Failure,
        Rule::level_word | Rule::deload_kw | Rule::each_kw | Rule::of_kw => K::Keyword,
        Rule::athlete_level
        | Rule::goal
        | Rule::phase
        | Rule::zone
        | Rule::rule_name
        | Rule::equipment
        | Rule::mechanic
        | Rule::skill
        | Rule::muscle
        | Rule::set_word
        | Rule::rep_word
        | Rule::period => K::Word,
        Rule::times => K::Times,
        Rule::at_sign if parent == Some(Rule::warmup_step) => K::StepAt,
        Rule::at_sign => K::At,
        Rule::comma => K::Comma,
        Rule::colon => K::Colon,
        Rule::slash => K::Slash,
        Rule::dash => K::Dash,
        Rule::progress_sign => K::Sign,
        Rule::bw_sign => K::BodyweightSign,
        Rule::open_brace => K::Open,
        Rule::close_brace => K::Close,
        _ => return None,
    })
}
