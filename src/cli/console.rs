//! Standard output and standard error, whose failures end the command.
//!
//! `println!` panics when a write fails: a closed pipe (`wodc catalog | head -1`), a
//! full disk (`> /dev/full`). Commands write through a [`Console`] instead, and a
//! failed write comes back as a [`Broken`] stream, which [`Broken::status`] turns into
//! the exit status: a reader that went away ends the command quietly, as it ends `cat`;
//! any other failure is exit 2, said in one line on standard error if it still works.

use std::fmt;
use std::io::{self, Write};

use super::Status;

/// The command's two streams. Standard output is buffered; [`Console::finish`] flushes it.
pub struct Console {
    out: io::BufWriter<io::Stdout>,
    err: io::Stderr,
}

/// A stream that could not be written.
#[derive(Debug)]
pub enum Broken {
    Stdout(io::Error),
    /// Nothing can be said about this one: there is nowhere left to say it.
    Stderr,
}

/// What a command ends with: its status, or the stream that broke.
pub type Outcome = Result<Status, Broken>;

impl Console {
    pub fn new() -> Self {
        Self {
            out: io::BufWriter::new(io::stdout()),
            err: io::stderr(),
        }
    }

    /// Writes `text` (or any bytes, as they are) to standard output.
    pub fn print(&mut self, text: impl AsRef<[u8]>) -> Result<(), Broken> {
        self.out.write_all(text.as_ref()).map_err(Broken::Stdout)
    }

    /// Writes a line to standard output.
    pub fn line(&mut self, line: fmt::Arguments<'_>) -> Result<(), Broken> {
        writeln!(self.out, "{line}").map_err(Broken::Stdout)
    }

    /// Standard output as a writer, for output made as it is written. Its errors are
    /// the caller's to turn into [`Broken::Stdout`].
    pub fn stdout(&mut self) -> &mut dyn Write {
        &mut self.out
    }

    /// Writes `text` to standard error, as it is.
    pub fn report(&mut self, text: &str) -> Result<(), Broken> {
        self.err
            .write_all(text.as_bytes())
            .map_err(|_| Broken::Stderr)
    }

    /// Writes `wodc: MESSAGE` to standard error: why the command did not do its job.
    pub fn error(&mut self, message: fmt::Arguments<'_>) -> Result<(), Broken> {
        writeln!(self.err, "wodc: {message}").map_err(|_| Broken::Stderr)
    }

    /// Writes a line to standard error, after an [`Console::error`]: a place, a hint.
    pub fn note(&mut self, line: fmt::Arguments<'_>) -> Result<(), Broken> {
        writeln!(self.err, "{line}").map_err(|_| Broken::Stderr)
    }

    /// Flushes standard output and turns the command's outcome into its exit status.
    pub fn finish(mut self, outcome: Outcome) -> Status {
        let outcome = outcome.and_then(|status| {
            self.out.flush().map_err(Broken::Stdout)?;
            Ok(status)
        });
        match outcome {
            Ok(status) => status,
            Err(broken) => broken.status(&mut self.err),
        }
    }
}

impl Broken {
    /// The exit status for a stream that broke, after saying so where possible.
    fn status(self, err: &mut io::Stderr) -> Status {
        match self {
            Self::Stdout(error) if error.kind() == io::ErrorKind::BrokenPipe => Status::ReaderGone,
            Self::Stdout(error) => {
                // Standard error may be broken too; there is then nowhere left to say it.
                let _ = writeln!(
                    err,
                    "wodc: cannot write to standard output: {}",
                    reason(&error)
                );
                Status::Failure
            }
            Self::Stderr => Status::Failure,
        }
    }
}

/// Why an I/O operation failed, without the paths some errors carry (a temporary
/// file's name means nothing to the person reading).
pub fn reason(error: &io::Error) -> String {
    if let Some(code) = error.raw_os_error() {
        return io::Error::from_raw_os_error(code).to_string();
    }
    // An error that carries a path (tempfile's do) hides the system's code: say its kind.
    match error.kind() {
        io::ErrorKind::NotFound => "No such file or directory".to_owned(),
        kind => {
            let words = kind.to_string();
            let mut chars = words.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(chars).collect()
            })
        }
    }
}
