//! The canonical spelling of each token (`format.md`, "Canonical spellings"): `×` is
//! `x`, `lbs` is `lb`, the words read in any case in their usual case, numbers without
//! trailing zeros. Everything else is kept as written: an alias, a quoted name, `90s`.

use std::borrow::Cow;

use crate::syntax::TokenKind;

/// How `written`, a token of `kind`, is spelled in the canonical layout.
pub(super) fn canonical(kind: TokenKind, written: &str) -> Cow<'_, str> {
    match kind {
        TokenKind::Times => Cow::Borrowed("x"),
        TokenKind::Effort | TokenKind::Amrap | TokenKind::Bodyweight | TokenKind::Tempo => {
            Cow::Owned(written.to_ascii_uppercase())
        }
        TokenKind::Failure | TokenKind::Day => Cow::Owned(written.to_ascii_lowercase()),
        TokenKind::MassUnit => Cow::Owned(unit(written)),
        TokenKind::Number => decimal(written),
        TokenKind::Mass | TokenKind::Percent | TokenKind::Distance | TokenKind::Duration => {
            Cow::Owned(quantity(written))
        }
        TokenKind::BelowTop => Cow::Owned(format!("-{}", quantity(&written[1..]))),
        TokenKind::Name => words(written),
        _ => Cow::Borrowed(written),
    }
}

/// A decimal without trailing zeros: `80.0` is `80`, `2.50` is `2.5`. Leading zeros are
/// the writer's (`07:30` needs them elsewhere; a number keeps what it was given).
fn decimal(written: &str) -> Cow<'_, str> {
    if !written.contains('.') {
        return Cow::Borrowed(written);
    }
    Cow::Borrowed(written.trim_end_matches('0').trim_end_matches('.'))
}

/// Numbers each followed by a unit (`80.0KG`, `1MIN30S`, `75%`): each number without
/// trailing zeros, each unit in its canonical spelling.
fn quantity(written: &str) -> String {
    let mut out = String::with_capacity(written.len());
    let mut rest = written;
    while !rest.is_empty() {
        let number_len = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        out.push_str(&decimal(&rest[..number_len]));
        rest = &rest[number_len..];
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit())
            .unwrap_or(rest.len());
        out.push_str(&unit(&rest[..unit_len]));
        rest = &rest[unit_len..];
    }
    out
}

/// A unit in lower case, `lbs` as `lb`.
fn unit(written: &str) -> String {
    let lower = written.to_ascii_lowercase();
    if lower == "lbs" {
        "lb".to_owned()
    } else {
        lower
    }
}

/// A name written without quotes, with one space between its words: runs of spaces and
/// tabs are one space (names are matched that way, so nothing else changes).
fn words(written: &str) -> Cow<'_, str> {
    let spaced = written.contains('\t') || written.contains("  ");
    if !spaced {
        return Cow::Borrowed(written);
    }
    let mut out = String::with_capacity(written.len());
    let mut in_space = false;
    for c in written.chars() {
        if c == ' ' || c == '\t' {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings() {
        let cases = [
            (TokenKind::Times, "×", "x"),
            (TokenKind::Times, "X", "x"),
            (TokenKind::Effort, "rpe", "RPE"),
            (TokenKind::Effort, "Rir", "RIR"),
            (TokenKind::Amrap, "amrap", "AMRAP"),
            (TokenKind::Bodyweight, "bw", "BW"),
            (TokenKind::Failure, "FAILURE", "failure"),
            (TokenKind::Day, "Mon", "mon"),
            (TokenKind::Tempo, "3-1-x-0", "3-1-X-0"),
            (TokenKind::MassUnit, "LBS", "lb"),
            (TokenKind::Number, "7.50", "7.5"),
            (TokenKind::Number, "8.0", "8"),
            (TokenKind::Number, "100", "100"),
            (TokenKind::Mass, "80.0KG", "80kg"),
            (TokenKind::Mass, "185Lbs", "185lb"),
            (TokenKind::Mass, "2.50kg", "2.5kg"),
            (TokenKind::Percent, "75.0%", "75%"),
            (TokenKind::BelowTop, "-10.0%", "-10%"),
            (TokenKind::Distance, "1.50KM", "1.5km"),
            (TokenKind::Duration, "1MIN30S", "1min30s"),
            (TokenKind::Duration, "90s", "90s"),
            (TokenKind::Duration, "1.0h", "1h"),
            (TokenKind::Name, "Bench \t  Press", "Bench Press"),
            (TokenKind::Name, "Bench\tPress", "Bench Press"),
            (TokenKind::String, "\"Upper  A\"", "\"Upper  A\""),
            (TokenKind::Word, "sets", "sets"),
        ];
        for (kind, written, spelled) in cases {
            assert_eq!(canonical(kind, written), spelled, "{kind:?} {written:?}");
        }
    }
}
