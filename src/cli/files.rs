//! The file system side of the CLI: reading inputs and imports, finding `.wod` files.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use wodc::Analysis;
use wodc::levels::CommandLine;
use wodc::resolve::{LoadError, Loaded, Loader};
use wodc::source::SourceMap;

use super::Status;

/// Files larger than this are refused rather than read into memory.
const SIZE_LIMIT: u64 = 64 << 20;

/// Reads files from disk, for the inputs of a command and the imports of a program.
pub struct FsLoader;

impl Loader for FsLoader {
    fn load(&self, path: &Path) -> Result<Loaded, LoadError> {
        let metadata = fs::metadata(path).map_err(io_error)?;
        if metadata.is_dir() {
            return Err(LoadError::Directory);
        }
        if !metadata.is_file() {
            return Err(LoadError::NotRegularFile);
        }
        if metadata.len() > SIZE_LIMIT {
            return Err(LoadError::TooLarge { limit: SIZE_LIMIT });
        }
        let mut bytes = Vec::with_capacity(metadata.len() as usize);
        fs::File::open(path)
            .and_then(|file| file.take(SIZE_LIMIT + 1).read_to_end(&mut bytes))
            .map_err(io_error)?;
        if bytes.len() as u64 > SIZE_LIMIT {
            return Err(LoadError::TooLarge { limit: SIZE_LIMIT });
        }
        Ok(Loaded {
            key: self.key(path),
            bytes,
        })
    }

    fn key(&self, path: &Path) -> PathBuf {
        fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
    }
}

fn io_error(error: std::io::Error) -> LoadError {
    match error.kind() {
        std::io::ErrorKind::NotFound => LoadError::NotFound,
        _ => LoadError::Unreadable(error.to_string()),
    }
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

/// An input named on the command line.
pub enum Input {
    Stdin,
    File(PathBuf),
}

/// The inputs that `paths` name: `-` is standard input, a directory every `.wod` file
/// below it (sorted; hidden directories and symbolic links to directories skipped).
/// Paths that do not exist come back as errors, to be reported without stopping.
pub fn inputs(paths: &[PathBuf]) -> (Vec<Input>, Vec<(PathBuf, std::io::Error)>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input::Stdin);
        } else if path.is_dir() {
            let mut found = Vec::new();
            walk(path, &mut found, &mut errors);
            found.sort();
            inputs.extend(found.into_iter().map(Input::File));
        } else {
            inputs.push(Input::File(path.clone()));
        }
    }
    (inputs, errors)
}

fn walk(dir: &Path, found: &mut Vec<PathBuf>, errors: &mut Vec<(PathBuf, std::io::Error)>) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) => {
            errors.push((dir.to_path_buf(), error));
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        if kind.is_dir() && !hidden {
            walk(&path, found, errors);
        } else if !kind.is_dir() && path.extension().is_some_and(|e| e == "wod") {
            found.push(path);
        }
    }
}

/// Reads and checks one program, for the commands that take a single file. A file that
/// cannot be read is reported here, and is the command's failure (exit 2).
pub fn check_file(path: &Path, levels: &CommandLine) -> Result<(SourceMap, Analysis), Status> {
    let name = path.display().to_string();
    let bytes = FsLoader.load(path).map_err(|error| {
        eprintln!("wodc: cannot read {name}: {error}");
        Status::Failure
    })?;
    let mut sources = SourceMap::new();
    let analysis = wodc::check(
        &mut sources,
        &name,
        Some(path),
        &bytes.bytes,
        &FsLoader,
        levels,
    );
    Ok((sources, analysis))
}
