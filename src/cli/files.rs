//! The file system side of the CLI: reading programs and their imports.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use wodc::Analysis;
use wodc::levels::Levels;
use wodc::resolve::{FileKey, LoadError, Loaded, Loader};
use wodc::source::SourceMap;

use super::Status;
use super::console::{Console, Outcome};

/// Files larger than this are refused rather than read into memory.
pub const SIZE_LIMIT: u64 = 64 << 20;

/// Reads the imports of one program from disk, inside its project: the directory of
/// the nearest `wodc.toml` or `.git` above the program, else the program's own
/// directory (`language.md`, "import").
pub struct FsLoader {
    /// The project's directory, with every link resolved.
    project: Option<PathBuf>,
}

impl FsLoader {
    /// The loader for a program read from `path`, or from standard input (`None`): its
    /// imports are then relative to the working directory, inside its project.
    pub fn for_program(path: Option<&Path>) -> Self {
        let directory = match path.and_then(Path::parent) {
            Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let directory = fs::canonicalize(&directory).ok();
        let project = directory.as_deref().map(|directory| {
            directory
                .ancestors()
                .find(|dir| {
                    dir.join(super::config::FILE_NAME).exists() || dir.join(".git").exists()
                })
                .unwrap_or(directory)
                .to_path_buf()
        });
        Self { project }
    }
}

impl FsLoader {
    /// The file at `path` with every link resolved, and its metadata, if it may be
    /// imported: inside the project, a regular `.wod` file.
    fn admitted(&self, path: &Path) -> Result<(PathBuf, fs::Metadata), LoadError> {
        let real = fs::canonicalize(path).map_err(io_error)?;
        let inside = self
            .project
            .as_deref()
            .is_some_and(|project| real.starts_with(project));
        if !inside {
            return Err(LoadError::OutsideProject);
        }
        let metadata = fs::metadata(&real).map_err(io_error)?;
        if metadata.is_dir() {
            return Err(LoadError::Directory);
        }
        if !metadata.is_file() {
            return Err(LoadError::NotRegularFile);
        }
        if real.extension().is_none_or(|e| e != "wod") {
            return Err(LoadError::NotWod);
        }
        Ok((real, metadata))
    }
}

impl Loader for FsLoader {
    fn load(&self, path: &Path, limit: u64) -> Result<Loaded, LoadError> {
        let (real, metadata) = self.admitted(path)?;
        let bytes = read_limited(&real, limit)?;
        Ok(Loaded {
            key: key_of(&metadata, &real),
            bytes,
        })
    }

    fn key(&self, path: &Path) -> Option<FileKey> {
        let metadata = fs::metadata(path).ok()?;
        Some(key_of(&metadata, path))
    }

    fn admits(&self, path: &Path) -> Result<(), LoadError> {
        self.admitted(path).map(|_| ())
    }
}

/// A file's identity on disk: device and inode, so every path to a file is one file.
#[cfg(unix)]
fn key_of(metadata: &fs::Metadata, _: &Path) -> FileKey {
    use std::os::unix::fs::MetadataExt;
    FileKey(metadata.dev(), metadata.ino())
}

/// Without inodes, a file is known by its path with every link resolved.
#[cfg(not(unix))]
fn key_of(_: &fs::Metadata, path: &Path) -> FileKey {
    FileKey::of_name(&fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()))
}

/// Reads a regular file of at most `limit` bytes.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, LoadError> {
    let file = fs::File::open(path).map_err(io_error)?;
    let length = file.metadata().map_err(io_error)?.len();
    if length > limit {
        return Err(LoadError::TooLarge { limit });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(length).unwrap_or_default());
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    if bytes.len() as u64 > limit {
        return Err(LoadError::TooLarge { limit });
    }
    Ok(bytes)
}

fn io_error(error: std::io::Error) -> LoadError {
    match error.kind() {
        std::io::ErrorKind::NotFound => LoadError::NotFound,
        _ => LoadError::Unreadable(super::console::reason(&error)),
    }
}

/// Reads a program named on the command line: any readable regular file, up to the
/// size limit (the person running `wodc` chose it, so no project rule applies).
pub fn read_program(path: &Path) -> Result<Vec<u8>, LoadError> {
    let metadata = fs::metadata(path).map_err(io_error)?;
    if metadata.is_dir() {
        return Err(LoadError::Directory);
    }
    if !metadata.is_file() {
        return Err(LoadError::NotRegularFile);
    }
    read_limited(path, SIZE_LIMIT)
}

/// Standard input, up to the same size limit as files.
pub fn read_stdin() -> Result<Vec<u8>, LoadError> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .take(SIZE_LIMIT + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    if bytes.len() as u64 > SIZE_LIMIT {
        return Err(LoadError::TooLarge { limit: SIZE_LIMIT });
    }
    Ok(bytes)
}

/// Reads and checks one program, for the commands that take a single file. A file that
/// cannot be read is reported here, and ends the command (exit 2): the `Err` is how.
pub fn check_file(
    console: &mut Console,
    path: &Path,
    levels: &Levels,
) -> Result<(SourceMap, Analysis), Outcome> {
    let name = path.display().to_string();
    let bytes = match read_program(path) {
        Ok(bytes) => bytes,
        Err(error) => {
            let said = console.error(format_args!("cannot read {name}: {error}"));
            return Err(said.map(|()| Status::Failure));
        }
    };
    let mut sources = SourceMap::new();
    let loader = FsLoader::for_program(Some(path));
    let analysis = wodc::check(&mut sources, &name, Some(path), &bytes, &loader, levels);
    Ok((sources, analysis))
}
