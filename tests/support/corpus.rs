//! The inputs of the robustness and formatter tests: the seed files and seeded random
//! mutations of them.

use std::path::{Path, PathBuf};

/// A seed file: its path (relative to the crate, the name it is checked under) and its
/// bytes.
pub struct Seed {
    pub origin: String,
    pub bytes: Vec<u8>,
}

/// A mutated seed: the seed's index, what was done to it, the result.
pub struct Mutation {
    pub seed: usize,
    pub steps: String,
    pub bytes: Vec<u8>,
}

pub fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.wod` file below `dir`, sorted.
pub fn wod_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("a readable directory") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "wod") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// The robustness seeds: every `.wod` file of `examples/`, of the shared conformance
/// cases (read where they are, skipped with a note when absent) and of
/// `tests/fixtures/meaning`.
pub fn seeds() -> Vec<Seed> {
    seeds_from(&["tests/fixtures/meaning"])
}

/// Every `.wod` file of `examples/`, of the conformance cases and of `tests/fixtures/`,
/// and the built-in catalog (`src/catalog/builtin.wod`, the largest hand-written file).
/// The catalog is no robustness seed: its prefixes and mutations would take minutes.
pub fn every_file() -> Vec<Seed> {
    let mut files = seeds_from(&["tests/fixtures"]);
    files.push(Seed {
        origin: wodc::catalog::builtin::PATH.to_owned(),
        bytes: wodc::catalog::builtin::SOURCE.as_bytes().to_vec(),
    });
    files
}

/// The examples, the conformance cases, and the `.wod` files below each of `fixtures`.
fn seeds_from(fixtures: &[&str]) -> Vec<Seed> {
    let root = manifest_dir();
    let mut files = Vec::new();
    let examples = root.join("examples");
    if examples.is_dir() {
        files.extend(wod_files(&examples));
    } else {
        // `examples_are_present` (tests/robustness.rs) fails for this; the rest still runs.
        println!("note: {} is absent", examples.display());
    }
    let conformance = root.join("../shared/conformance/cases");
    if conformance.is_dir() {
        files.extend(wod_files(&conformance));
    } else {
        println!(
            "note: {} is absent: the conformance cases are skipped",
            conformance.display()
        );
    }
    for dir in fixtures {
        files.extend(wod_files(&root.join(dir)));
    }
    assert!(!files.is_empty(), "no seed files");
    files
        .into_iter()
        .map(|path| Seed {
            origin: path
                .strip_prefix(&root)
                .unwrap_or(&path)
                .display()
                .to_string(),
            bytes: std::fs::read(&path).expect("a readable seed file"),
        })
        .collect()
}

/// The lengths of every prefix: each character boundary, or each byte when the file is
/// not UTF-8.
pub fn prefix_lengths(bytes: &[u8]) -> Vec<usize> {
    match std::str::from_utf8(bytes) {
        Ok(text) => (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect(),
        Err(_) => (0..=bytes.len()).collect(),
    }
}

/// What a mutation may insert.
const INSERTS: &[&[u8]] = &[
    b"{",
    b"}",
    b"\"",
    b"\\",
    b":",
    b",",
    b"@",
    b"%",
    b"//",
    b"\r",
    b"\n",
    b"\t",
    "\u{FEFF}".as_bytes(),
    b"\xFF",
    b"\xC3",
    b"weeks 1-999999999",
    b" x ",
    b"-",
    b"drop ",
    b"  ",
];

pub fn mutate(rng: &mut fastrand::Rng, seed: &[u8]) -> (String, Vec<u8>) {
    let mut bytes = seed.to_vec();
    let mut steps = Vec::new();
    for _ in 0..rng.usize(1..=3) {
        let at = rng.usize(..=bytes.len());
        match rng.u8(..8) {
            0 if !bytes.is_empty() => {
                let at = at.min(bytes.len() - 1);
                bytes[at] ^= rng.u8(1..);
                steps.push(format!("flip byte {at}"));
            }
            1 => {
                let end = (at + rng.usize(1..=16)).min(bytes.len());
                bytes.drain(at..end);
                steps.push(format!("delete {at}..{end}"));
            }
            2 => {
                // Duplicate the line holding `at`.
                let start = bytes[..at]
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(0, |i| i + 1);
                let end = bytes[at..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(bytes.len(), |i| at + i + 1);
                let line = bytes[start..end].to_vec();
                bytes.splice(end..end, line);
                steps.push(format!("duplicate line at {start}"));
            }
            3 => {
                let c = match rng.u8(..4) {
                    0 => rng.char('\u{80}'..'\u{800}'),
                    1 => rng.char('\u{800}'..='\u{D7FF}'),
                    2 => rng.char('\u{E000}'..'\u{10000}'),
                    _ => rng.char('\u{10000}'..='\u{10FFFF}'),
                };
                let mut buffer = [0; 4];
                bytes.splice(at..at, c.encode_utf8(&mut buffer).bytes());
                steps.push(format!("insert {c:?} at {at}"));
            }
            4 => {
                // A very long number where a number stands, or anywhere.
                let digits = bytes[at..]
                    .iter()
                    .position(u8::is_ascii_digit)
                    .map(|i| at + i);
                let at = digits.unwrap_or(at);
                let nines = vec![b'9'; 400];
                let end = bytes[at..]
                    .iter()
                    .position(|b| !b.is_ascii_digit())
                    .map_or(bytes.len(), |i| at + i);
                bytes.splice(at..end, nines);
                steps.push(format!("400 nines at {at}"));
            }
            5 => {
                // A huge week range in place of a block's.
                let text = String::from_utf8_lossy(&bytes);
                if let Some(i) = text.find("weeks ").or_else(|| text.find("week ")) {
                    let end = bytes[i..]
                        .iter()
                        .position(|&b| b == b'{' || b == b'\n')
                        .map_or(bytes.len(), |j| i + j);
                    let huge: &[u8] = match rng.u8(..3) {
                        0 => b"weeks 1-999999999 ",
                        1 => b"weeks 4294967295-4294967296 ",
                        _ => b"week 0 ",
                    };
                    bytes.splice(i..end, huge.iter().copied());
                    steps.push(format!("huge weeks at {i}"));
                }
            }
            _ => {
                let insert = INSERTS[rng.usize(..INSERTS.len())];
                bytes.splice(at..at, insert.iter().copied());
                steps.push(format!(
                    "insert {:?} at {at}",
                    insert.escape_ascii().to_string()
                ));
            }
        }
    }
    (steps.join(", "), bytes)
}

/// `count` seeded mutations of `seeds`, the same on every run for the same `seed`.
pub fn mutations(seeds: &[Seed], count: usize, seed: u64) -> Vec<Mutation> {
    let mut rng = fastrand::Rng::with_seed(seed);
    (0..count)
        .map(|_| {
            let seed = rng.usize(..seeds.len());
            let (steps, bytes) = mutate(&mut rng, &seeds[seed].bytes);
            Mutation { seed, steps, bytes }
        })
        .collect()
}
