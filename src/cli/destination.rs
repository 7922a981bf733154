//! Where `compile -o OUT` writes, without destroying what it should not touch; and
//! how `fmt` rewrites a file, by the same atomic replacement.
//!
//! - A regular file (new, or existing) is replaced atomically: the output goes to a
//!   temporary file beside it, which is renamed over it once complete, so readers see
//!   the old file or the new one, and a failure leaves the old one as it was. An
//!   existing file keeps its mode; a new one gets the mode a plain write would give
//!   (0666 less the umask).
//! - A symbolic link is followed: the file it names is replaced, the link kept.
//! - A character device or a FIFO (`/dev/null`, `/dev/stdout`, a named pipe) is written
//!   in place: renaming a file over `/dev/full` would turn the device into a file.
//! - Anything else (a directory, a block device, a socket) is refused, as is the
//!   program being compiled.
//! - `-` is standard output.

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use super::console::reason;

/// A place `compile` may write to.
pub enum Destination {
    Stdout,
    /// A regular file, existing or not, replaced atomically; its mode when it exists.
    Replace {
        path: PathBuf,
        mode: Option<fs::Permissions>,
    },
    /// A device or FIFO, written in place.
    InPlace(PathBuf),
}

impl Destination {
    /// Where `-o OUT` writes when compiling `program`; an `Err` says why it may not.
    pub fn of(out: &Path, program: &Path) -> Result<Self, String> {
        if out.as_os_str() == "-" {
            return Ok(Self::Stdout);
        }
        let target = follow_links(out).map_err(|error| reason(&error))?;
        let metadata = match fs::metadata(&target) {
            Ok(metadata) => metadata,
            Err(error) if error.kind() == io::ErrorKind::NotFound => {
                return Ok(Self::Replace {
                    path: target,
                    mode: None,
                });
            }
            Err(error) => return Err(reason(&error)),
        };
        if same_file(&metadata, program) {
            return Err("it is the program being compiled".to_owned());
        }
        let kind = metadata.file_type();
        if kind.is_file() {
            Ok(Self::Replace {
                path: target,
                mode: Some(metadata.permissions()),
            })
        } else if is_device_or_fifo(&kind) {
            Ok(Self::InPlace(target))
        } else if kind.is_dir() {
            Err("it is a directory".to_owned())
        } else {
            Err("it is neither a regular file, a character device nor a FIFO".to_owned())
        }
    }

    /// Writes the output `write` makes. For a file, nothing is replaced unless `write`
    /// and every step after it succeed.
    pub fn write<E: From<io::Error>>(
        &self,
        stdout: &mut dyn Write,
        write: impl FnOnce(&mut dyn Write) -> Result<(), E>,
    ) -> Result<(), E> {
        match self {
            Self::Stdout => {
                write(stdout)?;
                Ok(stdout.flush()?)
            }
            Self::InPlace(path) => {
                let file = fs::OpenOptions::new().write(true).open(path)?;
                let mut out = BufWriter::new(file);
                write(&mut out)?;
                Ok(out.flush()?)
            }
            Self::Replace { path, mode } => replace(path, mode.as_ref(), write),
        }
    }
}

/// Rewrites the regular file at `path` (its symbolic links followed, and kept) with
/// `contents`, atomically and keeping its mode: what `wodc fmt` does to a file.
pub fn rewrite(path: &Path, contents: &[u8]) -> io::Result<()> {
    let target = follow_links(path)?;
    let mode = fs::metadata(&target)?.permissions();
    replace(&target, Some(&mode), |out| out.write_all(contents))
}

/// Writes what `write` makes to a temporary file beside `path`, with `mode` if given,
/// and renames it over `path` once complete: readers see the old file or the new one,
/// and a failure leaves the old one as it was.
fn replace<E: From<io::Error>>(
    path: &Path,
    mode: Option<&fs::Permissions>,
    write: impl FnOnce(&mut dyn Write) -> Result<(), E>,
) -> Result<(), E> {
    let directory = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let temporary = temporary_file_in(directory)?;
    if let Some(mode) = mode {
        fs::set_permissions(temporary.path(), mode.clone())?;
    }
    let mut out = BufWriter::new(temporary);
    write(&mut out)?;
    let temporary = out.into_inner().map_err(io::IntoInnerError::into_error)?;
    temporary.as_file().sync_all()?;
    temporary.persist(path).map_err(|error| error.error)?;
    Ok(())
}

/// `path`, or the file its chain of symbolic links ends at (which need not exist).
fn follow_links(path: &Path) -> io::Result<PathBuf> {
    let mut current = path.to_path_buf();
    // As many links as the kernel follows before it gives up (ELOOP).
    for _ in 0..40 {
        match fs::symlink_metadata(&current) {
            Ok(metadata) if metadata.file_type().is_symlink() => {
                let link = fs::read_link(&current)?;
                current = match current.parent() {
                    Some(parent) => parent.join(link),
                    None => link,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(io::Error::from_raw_os_error(40))
}

#[cfg(unix)]
fn same_file(metadata: &fs::Metadata, other: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    fs::metadata(other).is_ok_and(|o| o.dev() == metadata.dev() && o.ino() == metadata.ino())
}

#[cfg(not(unix))]
fn same_file(metadata: &fs::Metadata, other: &Path) -> bool {
    // Without inodes, the best guess: the same size and modification time.
    fs::metadata(other)
        .is_ok_and(|o| o.len() == metadata.len() && o.modified().ok() == metadata.modified().ok())
}

#[cfg(unix)]
fn is_device_or_fifo(kind: &fs::FileType) -> bool {
    use std::os::unix::fs::FileTypeExt;
    kind.is_char_device() || kind.is_fifo()
}

#[cfg(not(unix))]
fn is_device_or_fifo(_: &fs::FileType) -> bool {
    false
}

/// A temporary file in `directory`, created with the mode a plain write would give a
/// new file: read and write for all, narrowed by the umask (tempfile's default, 0600,
/// would make every output private).
#[cfg(unix)]
fn temporary_file_in(directory: &Path) -> io::Result<tempfile::NamedTempFile> {
    use std::os::unix::fs::PermissionsExt;
    tempfile::Builder::new()
        .prefix(".wodc-")
        .permissions(fs::Permissions::from_mode(0o666))
        .tempfile_in(directory)
}

#[cfg(not(unix))]
fn temporary_file_in(directory: &Path) -> io::Result<tempfile::NamedTempFile> {
    tempfile::Builder::new()
        .prefix(".wodc-")
        .tempfile_in(directory)
}
