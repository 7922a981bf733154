//! One statement in the canonical layout, from its tokens (`format.md`, "Spacing"):
//! one space between tokens, but none before a comma or a colon, none around the `-`
//! of a range, the `/` of a week list or a progression, the sign of `BW+10kg` or the
//! `@` of a warm-up step (`5@40%`), and none after a progression's sign (`+2.5kg`).

use crate::syntax::{Token, TokenKind};

use super::spelling;

/// Writes the statement made of `tokens` (of the file `text`) to `out`.
pub(super) fn write(text: &str, tokens: &[Token], out: &mut String) {
    let mut previous = None;
    for token in tokens {
        if let Some(previous) = previous
            && spaced(previous, token.kind)
        {
            out.push(' ');
        }
        let written = &text[token.span.start..token.span.end];
        out.push_str(&spelling::canonical(token.kind, written));
        previous = Some(token.kind);
    }
}

/// Whether a space stands between a token of kind `before` and one of kind `after`.
fn spaced(before: TokenKind, after: TokenKind) -> bool {
    use TokenKind as K;
    let tight_after = matches!(
        before,
        K::Dash | K::Slash | K::Sign | K::BodyweightSign | K::StepAt
    );
    let tight_before = matches!(
        after,
        K::Comma | K::Colon | K::Dash | K::Slash | K::BodyweightSign | K::StepAt
    );
    !(tight_after || tight_before)
}
