//! What a run found: each distinct panic or slow input once, with the smallest input
//! that showed it, written to the artifact directory as soon as it is found.

use std::collections::BTreeMap;
use std::fmt::{self, Write as _};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use crate::mutate::Input;

/// What went wrong with an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Panic,
    /// Ran past the time budget, then finished (or the run ended first).
    Slow,
    /// Still running at the hang limit: the run was stopped.
    Hung,
    /// The process passed its memory limit while the input ran: the run was stopped.
    Memory,
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Panic => "panic",
            Self::Slow => "slow",
            Self::Hung => "hung",
            Self::Memory => "memory",
        })
    }
}

/// One distinct finding.
struct Finding {
    message: String,
    /// How many inputs showed it.
    count: u64,
    /// The smallest of them: its file, size, index and origin.
    file: PathBuf,
    len: usize,
    index: u64,
    origin: String,
    /// How long it took, once it finished (slow inputs only).
    took: Option<Duration>,
}

/// The findings of a run, by kind and signature.
pub struct Findings {
    dir: PathBuf,
    found: Mutex<BTreeMap<(Kind, String), Finding>>,
}

impl Findings {
    /// Findings written to `dir`, which is made if need be.
    pub fn new(dir: &Path) -> io::Result<Self> {
        fs::create_dir_all(dir)?;
        Ok(Self {
            dir: dir.to_path_buf(),
            found: Mutex::default(),
        })
    }

    /// Records that `input` showed `kind` at `signature`. The first input of a signature,
    /// and any smaller one later, is written to `KIND-HASH.wod` and the summary rewritten,
    /// so a run that is killed loses nothing. A new finding is announced on stdout.
    pub fn record(&self, kind: Kind, signature: &str, message: &str, input: &Input) {
        let mut found = self.found.lock().expect("no panic while holding the lock");
        let key = (kind, signature.to_owned());
        let smaller = match found.get_mut(&key) {
            Some(finding) => {
                finding.count += 1;
                input.bytes.len() < finding.len
            }
            None => {
                println!(
                    "new {kind}: {signature}: {message} (input #{}, {} bytes)",
                    input.index,
                    input.bytes.len()
                );
                true
            }
        };
        if !smaller {
            return;
        }
        let file = self
            .dir
            .join(format!("{kind}-{:016x}.wod", fnv1a(signature)));
        if let Err(error) = fs::write(&file, &input.bytes) {
            eprintln!("warning: cannot write {}: {error}", file.display());
        }
        let count = found.get(&key).map_or(1, |finding| finding.count);
        found.insert(
            key,
            Finding {
                message: message.to_owned(),
                count,
                file,
                len: input.bytes.len(),
                index: input.index,
                origin: input.origin.clone(),
                took: None,
            },
        );
        self.write_summary(&found);
    }

    /// Notes how long input #`index` took, if it is the one kept for a slow finding.
    pub fn finished(&self, index: u64, took: Duration) {
        let mut found = self.found.lock().expect("no panic while holding the lock");
        let kept = found
            .iter_mut()
            .filter(|((kind, _), finding)| *kind == Kind::Slow && finding.index == index);
        let mut any = false;
        for (_, finding) in kept {
            finding.took = Some(took);
            any = true;
        }
        if any {
            self.write_summary(&found);
        }
    }

    /// How many distinct findings, and how many inputs showed them.
    pub fn totals(&self) -> (usize, u64) {
        let found = self.found.lock().expect("no panic while holding the lock");
        (
            found.len(),
            found.values().map(|finding| finding.count).sum(),
        )
    }

    /// The summary: one line a finding.
    pub fn summary(&self) -> String {
        summary(&self.found.lock().expect("no panic while holding the lock"))
    }

    fn write_summary(&self, found: &BTreeMap<(Kind, String), Finding>) {
        let path = self.dir.join("summary.txt");
        if let Err(error) = fs::write(&path, summary(found)) {
            eprintln!("warning: cannot write {}: {error}", path.display());
        }
    }
}

/// `KIND SIGNATURE: MESSAGE` then, indented, the kept input and where it came from.
fn summary(found: &BTreeMap<(Kind, String), Finding>) -> String {
    let mut out = String::new();
    for ((kind, signature), finding) in found {
        let took = finding
            .took
            .map(|took| format!(", took {:.1} s", took.as_secs_f64()))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{kind} {signature}: {}\n    {} input{}; smallest {} ({} bytes, input #{}{took}): {}",
            finding.message,
            finding.count,
            if finding.count == 1 { "" } else { "s" },
            finding.file.display(),
            finding.len,
            finding.index,
            finding.origin,
        );
    }
    out
}

/// A stable hash for file names: the same signature names the same file in every run.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}
