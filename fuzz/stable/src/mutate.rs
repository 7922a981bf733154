//! Inputs made from the seeds by stacking a few mutations, each input a pure function of
//! the run's seed and its index: input #N of seed S is the same on every run, whatever
//! the number of jobs.
//!
//! The mutations are the ones that found wodc's earlier bugs: byte-level noise, the
//! grammar's tokens from the dictionary, lines moved between seeds, huge repeats (long
//! lines, many lines, many diagnostics), long numbers, and the characters a person cannot
//! see or tell apart (U+200B, U+202E, `×`, Cyrillic `х`, CR, tabs, invalid UTF-8).

use std::fmt::Write as _;

use fastrand::Rng;

use crate::seeds::Seed;

/// One input to run, and how it was made.
#[derive(Clone)]
pub struct Input {
    pub index: u64,
    pub bytes: Vec<u8>,
    /// The seed and the mutations, or the file an input was read from.
    pub origin: String,
}

/// Makes input #N of a seeded run.
pub struct Mutator {
    seeds: Vec<Seed>,
    dict: Vec<Vec<u8>>,
    seed: u64,
    max_len: usize,
}

/// What a mutation works on. Each mutation edits `bytes` and says what it did.
struct Edit<'a> {
    rng: &'a mut Rng,
    bytes: &'a mut Vec<u8>,
    seeds: &'a [Seed],
    dict: &'a [Vec<u8>],
    max_len: usize,
}

type Mutation = fn(&mut Edit<'_>) -> String;

/// The mutations and how often each is picked, relative to the others. The huge ones
/// are rare: an input of hundreds of kilobytes costs as much as a thousand small ones.
const MUTATIONS: &[(u32, Mutation)] = &[
    (8, flip_bit),
    (8, set_byte),
    (8, delete_bytes),
    (16, insert_token),
    (16, replace_word),
    (12, replace_number),
    (4, replace_date),
    (10, splice_line),
    (6, duplicate_line),
    (6, delete_line),
    (10, insert_oddity),
    (4, invalid_utf8),
    (3, line_ends),
    (3, truncate),
    (1, repeat_token),
    (1, repeat_line),
    (1, long_indent),
];

const TOTAL_WEIGHT: u32 = {
    let mut total = 0;
    let mut i = 0;
    while i < MUTATIONS.len() {
        total += MUTATIONS[i].0;
        i += 1;
    }
    total
};

/// A mutation, by weight.
fn pick(rng: &mut Rng) -> Mutation {
    let mut pick = rng.u32(..TOTAL_WEIGHT);
    for &(weight, mutation) in MUTATIONS {
        if pick < weight {
            return mutation;
        }
        pick -= weight;
    }
    unreachable!("the pick is below the total weight")
}

/// Bytes that mean something to the grammar, or to a decoder.
const BYTES: &[u8] = b"\0\t\n\r \"#%+,-./0123456789:@X\\x{}\x7f\x80\xbf\xc3\xe2\xff";

/// Text a person cannot see or tell from the expected character.
const ODDITIES: &[&str] = &[
    "\u{200B}", // zero-width space
    "\u{200D}", // zero-width joiner
    "\u{202E}", // right-to-left override
    "\u{2066}", // left-to-right isolate
    "\u{FEFF}", // byte-order mark, mid-file
    "\u{00A0}", // no-break space
    "\u{2028}", // line separator
    "\u{0301}", // combining acute accent
    "\u{FFFD}", // replacement character
    "×",        // the other `x`
    "х",        // Cyrillic small ha
    "Х",        // Cyrillic capital ha
    "：",       // full-width colon
    "漢",       // a wide character
    "💪",       // four bytes, two columns
    "\r",
    "\t",
    "\0",
    "\u{1b}[31m",
];

/// Bytes that are not UTF-8.
const INVALID_UTF8: &[&[u8]] = &[
    b"\xff",
    b"\x80",
    b"\xc3",
    b"\xc0\x80",
    b"\xe2\x82",
    b"\xed\xa0\x80",
    b"\xf4\x90\x80\x80",
];

/// Numbers at the edges of the language's ranges and of the integer types. (Numbers
/// past `f64`'s range come from runs of up to 400 digits.)
const NUMBERS: &[&str] = &[
    "0",
    "00",
    "1",
    "0.5",
    "0.0001",
    "9.99999",
    "10",
    "11",
    "20",
    "21",
    "60",
    "61",
    "100",
    "101",
    "520",
    "521",
    "1000",
    "1001",
    "1970",
    "2038",
    "9999",
    "10000",
    "65535",
    "65536",
    "2147483647",
    "4294967295",
    "4294967296",
    "9223372036854775807",
    "18446744073709551616",
];

/// Dates and clock times at the edges of the calendar and the day.
const DATES: &[&str] = &[
    "9999-12-31",
    "9999-12-27",
    "9999-06-01",
    "0001-01-01",
    "0000-01-01",
    "1970-01-01",
    "2038-01-19",
    "2024-02-29",
    "2026-02-29",
    "2026-13-01",
    "2026-00-10",
];
const TIMES: &[&str] = &["00:00", "23:59", "24:00", "12:60", "99:99", "0:00"];

impl Mutator {
    pub fn new(seeds: Vec<Seed>, dict: Vec<Vec<u8>>, seed: u64, max_len: usize) -> Self {
        Self {
            seeds,
            dict,
            seed,
            max_len,
        }
    }

    /// Input #`index`: a seed, then one mutation or more (one in half the inputs, two
    /// in a quarter, and so on up to eight), cut to the maximum length.
    pub fn input(&self, index: u64) -> Input {
        let mut rng = Rng::with_seed(self.seed ^ index.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let seed = &self.seeds[rng.usize(..self.seeds.len())];
        let mut bytes = seed.bytes.clone();
        let mut origin = seed.origin.clone();
        let count = 1 + rng.u32(..).trailing_zeros().min(7);
        for _ in 0..count {
            let mutation = pick(&mut rng);
            let mut edit = Edit {
                rng: &mut rng,
                bytes: &mut bytes,
                seeds: &self.seeds,
                dict: &self.dict,
                max_len: self.max_len,
            };
            let step = mutation(&mut edit);
            let _ = write!(origin, "; {step}");
            bytes.truncate(self.max_len);
        }
        Input {
            index,
            bytes,
            origin,
        }
    }
}

impl Edit<'_> {
    /// A position in the input, its end included.
    fn position(&mut self) -> usize {
        self.rng.usize(..=self.bytes.len())
    }

    /// The start of a random line.
    fn line_start(&mut self) -> usize {
        let at = self.position();
        self.bytes[..at]
            .iter()
            .rposition(|&byte| byte == b'\n')
            .map_or(0, |newline| newline + 1)
    }

    /// The random line `[start, end)`, its `\n` included if it has one.
    fn line(&mut self) -> (usize, usize) {
        let start = self.line_start();
        let end = self.bytes[start..]
            .iter()
            .position(|&byte| byte == b'\n')
            .map_or(self.bytes.len(), |newline| start + newline + 1);
        (start, end)
    }

    fn token(&mut self) -> Vec<u8> {
        match self.dict.len() {
            0 => vec![b' '],
            len => self.dict[self.rng.usize(..len)].clone(),
        }
    }

    /// A count from 1 to 131,071, as likely to be in the tens as in the ten thousands.
    fn huge_count(&mut self) -> usize {
        let bits = self.rng.u32(1..=17);
        self.rng.usize(1 << (bits - 1)..1 << bits)
    }

    fn insert(&mut self, at: usize, text: &[u8]) {
        self.bytes.splice(at..at, text.iter().copied());
    }

    /// `unit` `count` times, no longer than the maximum input.
    fn repeated(&self, unit: &[u8], count: usize) -> Vec<u8> {
        let count = count.min(self.max_len / unit.len().max(1) + 1);
        unit.repeat(count)
    }
}

fn flip_bit(edit: &mut Edit<'_>) -> String {
    if edit.bytes.is_empty() {
        return insert_token(edit);
    }
    let at = edit.rng.usize(..edit.bytes.len());
    let bit = edit.rng.u32(..8);
    edit.bytes[at] ^= 1 << bit;
    format!("flip bit {bit} @{at}")
}

fn set_byte(edit: &mut Edit<'_>) -> String {
    if edit.bytes.is_empty() {
        return insert_token(edit);
    }
    let at = edit.rng.usize(..edit.bytes.len());
    let byte = match edit.rng.bool() {
        true => BYTES[edit.rng.usize(..BYTES.len())],
        false => edit.rng.u8(..),
    };
    edit.bytes[at] = byte;
    format!("set {byte:#04x} @{at}")
}

fn delete_bytes(edit: &mut Edit<'_>) -> String {
    let at = edit.position();
    let end = (at + edit.rng.usize(1..=32)).min(edit.bytes.len());
    edit.bytes.drain(at..end);
    format!("delete {} bytes @{at}", end - at)
}

/// A dictionary token, either anywhere or at a word boundary (after a space, or at the
/// start of a line), where the grammar would look for one.
fn insert_token(edit: &mut Edit<'_>) -> String {
    let token = edit.token();
    let mut at = edit.position();
    if edit.rng.bool() {
        at = edit.bytes[..at]
            .iter()
            .rposition(|&byte| byte == b' ' || byte == b'\n')
            .map_or(0, |boundary| boundary + 1);
    }
    edit.insert(at, &token);
    format!("insert {} @{at}", show(&token))
}

/// A word (letters, digits, `-`, `_`) replaced by a dictionary token.
fn replace_word(edit: &mut Edit<'_>) -> String {
    let is_word = |byte: &u8| byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_');
    let at = edit.position();
    let start = edit.bytes[..at]
        .iter()
        .rposition(|byte| !is_word(byte))
        .map_or(0, |other| other + 1);
    let end = edit.bytes[at..]
        .iter()
        .position(|byte| !is_word(byte))
        .map_or(edit.bytes.len(), |other| at + other);
    let token = edit.token();
    edit.bytes.splice(start..end, token.iter().copied());
    format!("replace word @{start} with {}", show(&token))
}

/// A run of digits replaced by an edge value, a long run of digits, or a random number.
fn replace_number(edit: &mut Edit<'_>) -> String {
    let at = edit.position();
    let Some(start) = edit.bytes[at..]
        .iter()
        .position(u8::is_ascii_digit)
        .map(|offset| at + offset)
    else {
        return insert_token(edit);
    };
    let end = edit.bytes[start..]
        .iter()
        .position(|byte| !byte.is_ascii_digit())
        .map_or(edit.bytes.len(), |offset| start + offset);
    let number = match edit.rng.u32(..3) {
        0 => NUMBERS[edit.rng.usize(..NUMBERS.len())].to_owned(),
        1 => {
            let digit = char::from(b'0' + edit.rng.u8(..10));
            digit.to_string().repeat(edit.rng.usize(1..=400))
        }
        _ => edit.rng.u64(..).to_string(),
    };
    edit.bytes.splice(start..end, number.bytes());
    format!("number @{start} = {}", show(number.as_bytes()))
}

/// A date (`DDDD-DD-DD`) or a clock time (`DD:DD`) replaced by one at an edge.
fn replace_date(edit: &mut Edit<'_>) -> String {
    let bytes = &*edit.bytes;
    let shape = |at: usize, pattern: &[u8]| {
        bytes.get(at..at + pattern.len()).is_some_and(|window| {
            window.iter().zip(pattern).all(|(&byte, &want)| {
                if want == b'9' {
                    byte.is_ascii_digit()
                } else {
                    byte == want
                }
            })
        })
    };
    let from = edit.rng.usize(..=bytes.len());
    let found = (from..bytes.len()).chain(0..from).find_map(|at| {
        if shape(at, b"9999-99-99") {
            Some((at, 10, DATES))
        } else if shape(at, b"99:99") {
            Some((at, 5, TIMES))
        } else {
            None
        }
    });
    let Some((at, len, edges)) = found else {
        return replace_number(edit);
    };
    let edge = edges[edit.rng.usize(..edges.len())];
    edit.bytes.splice(at..at + len, edge.bytes());
    format!("date @{at} = {edge}")
}

/// A line of another seed (or of this one), inserted at a line start or in place of a
/// line.
fn splice_line(edit: &mut Edit<'_>) -> String {
    let donor = &edit.seeds[edit.rng.usize(..edit.seeds.len())];
    let lines: Vec<&[u8]> = donor.bytes.split_inclusive(|&byte| byte == b'\n').collect();
    if lines.is_empty() {
        return insert_token(edit);
    }
    let number = edit.rng.usize(..lines.len());
    let line = lines[number].to_vec();
    let (start, end) = edit.line();
    let replace = edit.rng.bool();
    let end = if replace { end } else { start };
    edit.bytes.splice(start..end, line);
    let how = if replace { "replace" } else { "insert" };
    format!("{how} line @{start} with {}:{}", donor.origin, number + 1)
}

fn duplicate_line(edit: &mut Edit<'_>) -> String {
    let (start, end) = edit.line();
    let copies = edit.rng.usize(1..=3);
    let line = edit.bytes[start..end].repeat(copies);
    edit.insert(end, &line);
    format!("duplicate line @{start} ×{copies}")
}

fn delete_line(edit: &mut Edit<'_>) -> String {
    let (start, end) = edit.line();
    edit.bytes.drain(start..end);
    format!("delete line @{start}")
}

/// An invisible or look-alike character: inserted, or in place of an `x` or a space
/// (where `×` or a no-break space would be taken for it).
fn insert_oddity(edit: &mut Edit<'_>) -> String {
    let oddity = ODDITIES[edit.rng.usize(..ODDITIES.len())].as_bytes();
    let at = edit.position();
    let target = edit.bytes[at..]
        .iter()
        .position(|&byte| byte == b'x' || byte == b' ')
        .map(|offset| at + offset);
    match target {
        Some(target) if edit.rng.bool() => {
            edit.bytes.splice(target..=target, oddity.iter().copied());
            format!("replace @{target} with {}", show(oddity))
        }
        _ => {
            edit.insert(at, oddity);
            format!("insert {} @{at}", show(oddity))
        }
    }
}

fn invalid_utf8(edit: &mut Edit<'_>) -> String {
    let bytes = INVALID_UTF8[edit.rng.usize(..INVALID_UTF8.len())];
    let at = edit.position();
    edit.insert(at, bytes);
    format!("insert {} @{at}", show(bytes))
}

/// Every line end made `\r\n` or `\r` (or `\n\r`), or one line end made `\r`.
fn line_ends(edit: &mut Edit<'_>) -> String {
    let (name, end): (&str, &[u8]) = match edit.rng.u32(..3) {
        0 => ("CRLF", b"\r\n"),
        1 => ("CR", b"\r"),
        _ => ("LFCR", b"\n\r"),
    };
    if edit.rng.bool() {
        let (_, line_end) = edit.line();
        if line_end > 0 && edit.bytes[line_end - 1] == b'\n' {
            edit.bytes
                .splice(line_end - 1..line_end, b"\r".iter().copied());
            return format!("CR line end @{}", line_end - 1);
        }
    }
    let mut out = Vec::with_capacity(edit.bytes.len() + edit.bytes.len() / 16);
    for &byte in edit.bytes.iter() {
        match byte {
            b'\n' => out.extend_from_slice(end),
            other => out.push(other),
        }
    }
    *edit.bytes = out;
    format!("all line ends {name}")
}

fn truncate(edit: &mut Edit<'_>) -> String {
    let at = edit.position();
    edit.bytes.truncate(at);
    format!("truncate @{at}")
}

/// A dictionary token repeated up to a hundred thousand times, with or without spaces:
/// a long line, a long word, a line of many items.
fn repeat_token(edit: &mut Edit<'_>) -> String {
    let mut token = edit.token();
    if edit.rng.bool() {
        token.push(b' ');
    }
    let count = edit.huge_count();
    let at = edit.position();
    let run = edit.repeated(&token, count);
    edit.insert(at, &run);
    format!("insert {} ×{count} @{at}", show(&token))
}

/// A line repeated up to a hundred thousand times: many statements, many diagnostics.
fn repeat_line(edit: &mut Edit<'_>) -> String {
    let (start, end) = edit.line();
    let mut line = edit.bytes[start..end].to_vec();
    if line.last() != Some(&b'\n') {
        line.push(b'\n');
    }
    let count = edit.huge_count();
    let run = edit.repeated(&line, count);
    edit.insert(end, &run);
    format!("repeat line @{start} ×{count}")
}

/// Spaces or tabs before a line's text, up to a hundred thousand: labels at huge columns.
fn long_indent(edit: &mut Edit<'_>) -> String {
    let unit: &[u8] = if edit.rng.bool() { b" " } else { b"\t" };
    let count = edit.huge_count();
    let at = edit.line_start();
    let run = edit.repeated(unit, count);
    edit.insert(at, &run);
    format!("indent line @{at} with {} ×{count}", show(unit))
}

/// Bytes as an escaped string for a report, cut to a few dozen characters.
fn show(bytes: &[u8]) -> String {
    const MAX: usize = 40;
    let escaped = bytes.escape_ascii().to_string();
    match escaped.char_indices().nth(MAX) {
        Some((cut, _)) => format!("\"{}…\"", &escaped[..cut]),
        None => format!("\"{escaped}\""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mutator(seed: u64) -> Mutator {
        let seeds = vec![Seed {
            origin: "a.wod".to_owned(),
            bytes: b"program \"A\"\nblock \"B\" weeks 1-4 {\n}\n".to_vec(),
        }];
        Mutator::new(seeds, vec![b"kg".to_vec(), "×".into()], seed, 4096)
    }

    #[test]
    fn an_input_depends_on_the_seed_and_its_index_alone() {
        let (one, other) = (mutator(7), mutator(7));
        for index in [0, 1, 1000, u64::MAX] {
            assert_eq!(one.input(index).bytes, other.input(index).bytes);
            assert_eq!(one.input(index).origin, other.input(index).origin);
        }
        let differ = (0..100).filter(|&i| one.input(i).bytes != mutator(8).input(i).bytes);
        assert!(differ.count() > 50);
    }

    #[test]
    fn inputs_respect_the_maximum_length() {
        let mutator = mutator(1);
        assert!((0..5000).all(|index| mutator.input(index).bytes.len() <= 4096));
    }

    #[test]
    fn reports_show_bytes_escaped_and_short() {
        assert_eq!(show(b"a\xff\n\""), "\"a\\xff\\n\\\"\"");
        assert_eq!(show(&[b'z'; 50]), format!("\"{}…\"", "z".repeat(40)));
    }
}
