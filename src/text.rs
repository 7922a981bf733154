//! Text that reaches people: what cannot be seen is named, what is too long is cut.
//!
//! A `.wod` file may hold anything: a zero-width space inside an exercise name, a
//! right-to-left override that reorders a line on screen, an escape sequence that
//! repaints a terminal, a Cyrillic `х` where `x` belongs. Diagnostics, snippets and
//! printed sheets pass user text through [`visible`], which writes every such character
//! as `<U+200B>`, so what a reader sees is what the file holds. Quoted text in messages
//! also goes through [`shown`], which cuts it to a few dozen characters: a 10 MB line
//! is not worth printing twice.

use std::borrow::Cow;

/// How many characters of user text a message quotes before cutting it.
pub const SHOWN_CHARS: usize = 40;

/// Whether `c` is invisible, moves the cursor, or reorders text: control characters
/// (but tab and line feed), zero-width and bidirectional formatting characters, and the
/// other format characters that render as nothing.
pub fn is_hidden(c: char) -> bool {
    match c {
        '\t' | '\n' => false,
        c if c.is_control() => true,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}'
        | '\u{17B5}' | '\u{180E}' | '\u{3164}' | '\u{FEFF}' | '\u{FFA0}' => true,
        '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}' | '\u{2060}'..='\u{206F}' => true,
        '\u{FFF0}'..='\u{FFF8}' | '\u{E0000}'..='\u{E007F}' => true,
        _ => false,
    }
}

/// `text` with every hidden character written as `<U+XXXX>`.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_hidden) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        push_visible(&mut out, c);
    }
    Cow::Owned(out)
}

/// Appends `c`, or its `<U+XXXX>` form when it is hidden.
pub fn push_visible(out: &mut String, c: char) {
    if is_hidden(c) {
        out.push_str(&format!("<U+{:04X}>", u32::from(c)));
    } else {
        out.push(c);
    }
}

/// User text as a message quotes it: hidden characters named, cut after
/// [`SHOWN_CHARS`] characters with `…`.
pub fn shown(text: &str) -> String {
    let mut out = String::new();
    for (count, c) in text.chars().enumerate() {
        if count == SHOWN_CHARS {
            out.push('…');
            break;
        }
        push_visible(&mut out, c);
    }
    out
}

/// `U+0445 CYRILLIC SMALL LETTER HA`: the character's code point and, where this table
/// knows it, its Unicode name.
pub fn describe(c: char) -> String {
    let code = format!("U+{:04X}", u32::from(c));
    match name(c) {
        Some(name) => format!("{code} {name}"),
        None => code,
    }
}

/// The ASCII character `c` is easily taken for, if any: `х` for `x`, `“` for `"`, a
/// no-break space for a space.
pub fn lookalike(c: char) -> Option<char> {
    if let Some(&(_, _, ascii)) = CONFUSABLES.iter().find(|(known, _, _)| *known == c) {
        return Some(ascii);
    }
    // The fullwidth forms of ASCII, U+FF01 to U+FF5E, mirror it from `!` to `~`.
    let code = u32::from(c);
    (0xFF01..=0xFF5E)
        .contains(&code)
        .then(|| char::from_u32(code - 0xFF01 + 0x21))
        .flatten()
}

/// `text` with each look-alike replaced by the ASCII it looks like.
pub fn unconfused(text: &str) -> String {
    text.chars().map(|c| lookalike(c).unwrap_or(c)).collect()
}

fn name(c: char) -> Option<String> {
    if let Some(&(_, name, _)) = CONFUSABLES.iter().find(|(known, _, _)| *known == c) {
        return Some(name.to_owned());
    }
    if let Some(&(_, name)) = HIDDEN_NAMES.iter().find(|(known, _)| *known == c) {
        return Some(name.to_owned());
    }
    // What is left are the fullwidth forms, named after the ASCII they mirror.
    let ascii = lookalike(c)?;
    Some(match ascii {
        'A'..='Z' => format!("FULLWIDTH LATIN CAPITAL LETTER {ascii}"),
        'a'..='z' => format!(
            "FULLWIDTH LATIN SMALL LETTER {}",
            ascii.to_ascii_uppercase()
        ),
        '0'..='9' => format!("FULLWIDTH DIGIT {}", DIGITS[ascii as usize - '0' as usize]),
        _ => {
            let &(_, name) = PUNCTUATION.iter().find(|(p, _)| *p == ascii)?;
            format!("FULLWIDTH {name}")
        }
    })
}

const DIGITS: [&str; 10] = [
    "ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE",
];

/// The Unicode names of ASCII's punctuation, which its fullwidth forms take on.
const PUNCTUATION: &[(char, &str)] = &[
    ('!', "EXCLAMATION MARK"),
    ('"', "QUOTATION MARK"),
    ('#', "NUMBER SIGN"),
    ('$', "DOLLAR SIGN"),
    ('%', "PERCENT SIGN"),
    ('&', "AMPERSAND"),
    ('\'', "APOSTROPHE"),
    ('(', "LEFT PARENTHESIS"),
    (')', "RIGHT PARENTHESIS"),
    ('*', "ASTERISK"),
    ('+', "PLUS SIGN"),
    (',', "COMMA"),
    ('-', "HYPHEN-MINUS"),
    ('.', "FULL STOP"),
    ('/', "SOLIDUS"),
    (':', "COLON"),
    (';', "SEMICOLON"),
    ('<', "LESS-THAN SIGN"),
    ('=', "EQUALS SIGN"),
    ('>', "GREATER-THAN SIGN"),
    ('?', "QUESTION MARK"),
    ('@', "COMMERCIAL AT"),
    ('[', "LEFT SQUARE BRACKET"),
    ('\\', "REVERSE SOLIDUS"),
    (']', "RIGHT SQUARE BRACKET"),
    ('^', "CIRCUMFLEX ACCENT"),
    ('_', "LOW LINE"),
    ('`', "GRAVE ACCENT"),
    ('{', "LEFT CURLY BRACKET"),
    ('|', "VERTICAL LINE"),
    ('}', "RIGHT CURLY BRACKET"),
    ('~', "TILDE"),
];

/// Characters that pass for ASCII, with their Unicode names. `×` is not here: `.wod`
/// accepts it for `x`.
const CONFUSABLES: &[(char, &str, char)] = &[
    ('\u{0430}', "CYRILLIC SMALL LETTER A", 'a'),
    ('\u{0435}', "CYRILLIC SMALL LETTER IE", 'e'),
    ('\u{043E}', "CYRILLIC SMALL LETTER O", 'o'),
    ('\u{0440}', "CYRILLIC SMALL LETTER ER", 'p'),
    ('\u{0441}', "CYRILLIC SMALL LETTER ES", 'c'),
    ('\u{0443}', "CYRILLIC SMALL LETTER U", 'y'),
    ('\u{0445}', "CYRILLIC SMALL LETTER HA", 'x'),
    ('\u{0455}', "CYRILLIC SMALL LETTER DZE", 's'),
    (
        '\u{0456}',
        "CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I",
        'i',
    ),
    ('\u{0458}', "CYRILLIC SMALL LETTER JE", 'j'),
    ('\u{04BB}', "CYRILLIC SMALL LETTER SHHA", 'h'),
    ('\u{0501}', "CYRILLIC SMALL LETTER KOMI DE", 'd'),
    ('\u{0410}', "CYRILLIC CAPITAL LETTER A", 'A'),
    ('\u{0412}', "CYRILLIC CAPITAL LETTER VE", 'B'),
    ('\u{0415}', "CYRILLIC CAPITAL LETTER IE", 'E'),
    ('\u{041A}', "CYRILLIC CAPITAL LETTER KA", 'K'),
    ('\u{041C}', "CYRILLIC CAPITAL LETTER EM", 'M'),
    ('\u{041D}', "CYRILLIC CAPITAL LETTER EN", 'H'),
    ('\u{041E}', "CYRILLIC CAPITAL LETTER O", 'O'),
    ('\u{0420}', "CYRILLIC CAPITAL LETTER ER", 'P'),
    ('\u{0421}', "CYRILLIC CAPITAL LETTER ES", 'C'),
    ('\u{0422}', "CYRILLIC CAPITAL LETTER TE", 'T'),
    ('\u{0425}', "CYRILLIC CAPITAL LETTER HA", 'X'),
    ('\u{0405}', "CYRILLIC CAPITAL LETTER DZE", 'S'),
    (
        '\u{0406}',
        "CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I",
        'I',
    ),
    ('\u{0408}', "CYRILLIC CAPITAL LETTER JE", 'J'),
    ('\u{03BF}', "GREEK SMALL LETTER OMICRON", 'o'),
    ('\u{03BD}', "GREEK SMALL LETTER NU", 'v'),
    ('\u{03C1}', "GREEK SMALL LETTER RHO", 'p'),
    ('\u{0391}', "GREEK CAPITAL LETTER ALPHA", 'A'),
    ('\u{0392}', "GREEK CAPITAL LETTER BETA", 'B'),
    ('\u{0395}', "GREEK CAPITAL LETTER EPSILON", 'E'),
    ('\u{0396}', "GREEK CAPITAL LETTER ZETA", 'Z'),
    ('\u{0397}', "GREEK CAPITAL LETTER ETA", 'H'),
    ('\u{0399}', "GREEK CAPITAL LETTER IOTA", 'I'),
    ('\u{039A}', "GREEK CAPITAL LETTER KAPPA", 'K'),
    ('\u{039C}', "GREEK CAPITAL LETTER MU", 'M'),
    ('\u{039D}', "GREEK CAPITAL LETTER NU", 'N'),
    ('\u{039F}', "GREEK CAPITAL LETTER OMICRON", 'O'),
    ('\u{03A1}', "GREEK CAPITAL LETTER RHO", 'P'),
    ('\u{03A4}', "GREEK CAPITAL LETTER TAU", 'T'),
    ('\u{03A5}', "GREEK CAPITAL LETTER UPSILON", 'Y'),
    ('\u{03A7}', "GREEK CAPITAL LETTER CHI", 'X'),
    ('\u{0131}', "LATIN SMALL LETTER DOTLESS I", 'i'),
    ('\u{2715}', "MULTIPLICATION X", 'x'),
    ('\u{2A09}', "N-ARY TIMES OPERATOR", 'x'),
    ('\u{2A2F}', "VECTOR OR CROSS PRODUCT", 'x'),
    ('\u{2018}', "LEFT SINGLE QUOTATION MARK", '\''),
    ('\u{2019}', "RIGHT SINGLE QUOTATION MARK", '\''),
    ('\u{201C}', "LEFT DOUBLE QUOTATION MARK", '"'),
    ('\u{201D}', "RIGHT DOUBLE QUOTATION MARK", '"'),
    ('\u{201E}', "DOUBLE LOW-9 QUOTATION MARK", '"'),
    ('\u{2033}', "DOUBLE PRIME", '"'),
    ('\u{00AB}', "LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", '"'),
    (
        '\u{00BB}',
        "RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK",
        '"',
    ),
    ('\u{201A}', "SINGLE LOW-9 QUOTATION MARK", ','),
    ('\u{2236}', "RATIO", ':'),
    ('\u{A789}', "MODIFIER LETTER COLON", ':'),
    ('\u{2010}', "HYPHEN", '-'),
    ('\u{2011}', "NON-BREAKING HYPHEN", '-'),
    ('\u{2012}', "FIGURE DASH", '-'),
    ('\u{2013}', "EN DASH", '-'),
    ('\u{2014}', "EM DASH", '-'),
    ('\u{2212}', "MINUS SIGN", '-'),
    ('\u{2044}', "FRACTION SLASH", '/'),
    ('\u{2215}', "DIVISION SLASH", '/'),
    ('\u{00A0}', "NO-BREAK SPACE", ' '),
    ('\u{2002}', "EN SPACE", ' '),
    ('\u{2003}', "EM SPACE", ' '),
    ('\u{2009}', "THIN SPACE", ' '),
    ('\u{202F}', "NARROW NO-BREAK SPACE", ' '),
    ('\u{3000}', "IDEOGRAPHIC SPACE", ' '),
];

/// Names of the hidden characters a file is most likely to hold.
const HIDDEN_NAMES: &[(char, &str)] = &[
    ('\u{0000}', "NULL"),
    ('\u{0008}', "BACKSPACE"),
    ('\u{000B}', "LINE TABULATION"),
    ('\u{000C}', "FORM FEED"),
    ('\u{000D}', "CARRIAGE RETURN"),
    ('\u{001B}', "ESCAPE"),
    ('\u{007F}', "DELETE"),
    ('\u{0085}', "NEXT LINE"),
    ('\u{00AD}', "SOFT HYPHEN"),
    ('\u{061C}', "ARABIC LETTER MARK"),
    ('\u{200B}', "ZERO WIDTH SPACE"),
    ('\u{200C}', "ZERO WIDTH NON-JOINER"),
    ('\u{200D}', "ZERO WIDTH JOINER"),
    ('\u{200E}', "LEFT-TO-RIGHT MARK"),
    ('\u{200F}', "RIGHT-TO-LEFT MARK"),
    ('\u{2028}', "LINE SEPARATOR"),
    ('\u{2029}', "PARAGRAPH SEPARATOR"),
    ('\u{202A}', "LEFT-TO-RIGHT EMBEDDING"),
    ('\u{202B}', "RIGHT-TO-LEFT EMBEDDING"),
    ('\u{202C}', "POP DIRECTIONAL FORMATTING"),
    ('\u{202D}', "LEFT-TO-RIGHT OVERRIDE"),
    ('\u{202E}', "RIGHT-TO-LEFT OVERRIDE"),
    ('\u{2060}', "WORD JOINER"),
    ('\u{2066}', "LEFT-TO-RIGHT ISOLATE"),
    ('\u{2067}', "RIGHT-TO-LEFT ISOLATE"),
    ('\u{2068}', "FIRST STRONG ISOLATE"),
    ('\u{2069}', "POP DIRECTIONAL ISOLATE"),
    ('\u{FEFF}', "ZERO WIDTH NO-BREAK SPACE"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_characters_are_named_by_code_point() {
        assert_eq!(visible("Bench\u{200B}Press"), "Bench<U+200B>Press");
        assert_eq!(visible("a\u{202E}b\u{1B}[2J"), "a<U+202E>b<U+001B>[2J");
        assert_eq!(visible("tab\tand\nline"), "tab\tand\nline");
        assert!(matches!(visible("plain ×"), Cow::Borrowed(_)));
    }

    #[test]
    fn long_text_is_cut() {
        let long = "x".repeat(1000);
        let cut = shown(&long);
        assert_eq!(cut.chars().count(), SHOWN_CHARS + 1);
        assert!(cut.ends_with('…'));
        assert_eq!(shown("short"), "short");
    }

    #[test]
    fn look_alikes_are_described() {
        assert_eq!(describe('х'), "U+0445 CYRILLIC SMALL LETTER HA");
        assert_eq!(lookalike('х'), Some('x'));
        assert_eq!(lookalike('：'), Some(':'));
        assert_eq!(describe('ａ'), "U+FF41 FULLWIDTH LATIN SMALL LETTER A");
        assert_eq!(describe('：'), "U+FF1A FULLWIDTH COLON");
        assert_eq!(describe('７'), "U+FF17 FULLWIDTH DIGIT SEVEN");
        assert_eq!(describe('\u{200B}'), "U+200B ZERO WIDTH SPACE");
        assert_eq!(unconfused("sеssion"), "session");
        assert_eq!(lookalike('×'), None);
        assert_eq!(describe('\u{1F3CB}'), "U+1F3CB");
    }
}
