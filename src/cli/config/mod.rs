//! `wodc.toml`: a project's `exclude` patterns and default rule levels, found upward
//! from each checked file or given with `--config` (`docs/configuration.md`).

mod parse;

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use globset::GlobSet;
use wodc::levels::{CommandLine, Levels, Project};

use super::console::{Broken, Console};
use super::files;

/// The file's name, in a project's directory or one of its parents.
pub const FILE_NAME: &str = "wodc.toml";

/// Larger than any real `wodc.toml`: a bigger one is refused rather than parsed.
const SIZE_LIMIT: u64 = 1 << 20;

/// The mistakes of one file said one by one; the rest are counted.
const MAX_SHOWN: usize = 20;

/// One `wodc.toml`, read.
pub struct Config {
    /// Its directory, links resolved: `exclude` patterns are relative to it.
    root: PathBuf,
    exclude: GlobSet,
    levels: Project,
}

impl Config {
    /// Reads the `wodc.toml` at `path`, named `shown` in errors.
    fn read(path: &Path, shown: &Path) -> Result<Self, Vec<ConfigError>> {
        let error = |place, message| ConfigError {
            path: shown.to_path_buf(),
            place,
            message,
        };
        let bytes = files::read_limited(path, SIZE_LIMIT)
            .map_err(|why| vec![error(None, format!("cannot read it: {why}"))])?;
        let text = std::str::from_utf8(&bytes).map_err(|invalid| {
            let good = String::from_utf8_lossy(&bytes[..invalid.valid_up_to()]);
            let place = line_column(&good, good.len());
            vec![error(Some(place), "not UTF-8 text".to_owned())]
        })?;
        let settings = parse::parse(text).map_err(|problems| {
            let more = problems.len().saturating_sub(MAX_SHOWN);
            let mut errors: Vec<ConfigError> = problems
                .into_iter()
                .take(MAX_SHOWN)
                .map(|problem| error(Some(line_column(text, problem.at.start)), problem.message))
                .collect();
            if more > 0 {
                errors.push(error(None, format!("{more} more mistakes")));
            }
            errors
        })?;
        let root = std::fs::canonicalize(directory_of(path)).map_err(|why| {
            let why = super::console::reason(&why);
            vec![error(None, format!("cannot read its directory: {why}"))]
        })?;
        Ok(Self {
            root,
            exclude: settings.exclude,
            levels: settings.levels,
        })
    }

    /// Whether a walk skips `path` (links of its directories resolved): it, or one of
    /// its directories below this file's, matches a pattern.
    pub fn excludes(&self, path: &Path) -> bool {
        let Ok(relative) = path.strip_prefix(&self.root) else {
            return false;
        };
        relative
            .ancestors()
            .take_while(|part| !part.as_os_str().is_empty())
            .any(|part| self.exclude.is_match(part))
    }

    /// Whether `path`, as given on the command line, is excluded (`--force-exclude`).
    pub fn excludes_named(&self, path: &Path) -> bool {
        resolved(path).is_some_and(|path| self.excludes(&path))
    }
}

/// `path` with the links of its directories resolved, the last part as it is: a link
/// to a file is matched as laid out in the project, not as where it points.
fn resolved(path: &Path) -> Option<PathBuf> {
    let name = path.file_name()?;
    Some(std::fs::canonicalize(directory_of(path)).ok()?.join(name))
}

/// The directory `path` is in: `.` for a bare file name.
fn directory_of(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// The levels a file is checked with: its `wodc.toml`'s under the command line's.
pub fn levels(config: Option<&Config>, command_line: &CommandLine) -> Levels {
    Levels {
        project: config.map(|c| c.levels.clone()).unwrap_or_default(),
        command_line: command_line.clone(),
    }
}

/// A mistake in a `wodc.toml`, or why it cannot be read: the command does not check
/// the files it governs.
#[derive(Debug)]
pub struct ConfigError {
    path: PathBuf,
    /// The line and column (in characters) of the first mistake, when it has a place.
    place: Option<(usize, usize)>,
    message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.place {
            Some((line, column)) => write!(f, "{}:{line}:{column}: ", self.path.display())?,
            None => write!(f, "{}: ", self.path.display())?,
        }
        f.write_str(&self.message)
    }
}

/// The one-based line and character column of byte `offset` of `text`.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.matches('\n').count() + 1;
    (line, before[line_start..].chars().count() + 1)
}

/// What governs the files of a directory.
#[derive(Clone)]
pub enum Governing {
    /// No `wodc.toml` there or above: the rules' defaults, nothing excluded.
    Nothing,
    Config(Rc<Config>),
    /// A `wodc.toml` that cannot be used; [`Configs::take_errors`] says why, once.
    Broken,
}

impl Governing {
    pub fn config(&self) -> Option<&Config> {
        match self {
            Self::Config(config) => Some(config),
            Self::Nothing | Self::Broken => None,
        }
    }
}

/// The `wodc.toml` of every directory met, each file read once.
pub struct Configs {
    /// The one given with `--config`, which governs every file.
    given: Option<Rc<Config>>,
    /// By directory, links resolved.
    found: HashMap<PathBuf, Governing>,
    /// Where paths are shown from: errors name a found `wodc.toml` relative to it.
    working_directory: Option<PathBuf>,
    errors: Vec<ConfigError>,
}

impl Configs {
    /// Each file governed by the first `wodc.toml` in its directory or a parent.
    pub fn search() -> Self {
        Self {
            given: None,
            found: HashMap::new(),
            working_directory: std::fs::canonicalize(".").ok(),
            errors: Vec::new(),
        }
    }

    /// Every file governed by the `wodc.toml` at `path` (`--config`).
    pub fn given(path: &Path) -> Result<Self, Vec<ConfigError>> {
        let config = Config::read(path, path)?;
        Ok(Self {
            given: Some(Rc::new(config)),
            ..Self::search()
        })
    }

    /// The configurations a command line asks for: the one `--config` gives, else a
    /// search; `None` once it has said why a given one cannot be used.
    pub fn load(given: Option<&Path>, console: &mut Console) -> Result<Option<Self>, Broken> {
        let Some(path) = given else {
            return Ok(Some(Self::search()));
        };
        match Self::given(path) {
            Ok(configs) => Ok(Some(configs)),
            Err(errors) => {
                for error in errors {
                    console.error(format_args!("{error}"))?;
                }
                Ok(None)
            }
        }
    }

    /// What governs the files of `directory` (links resolved).
    pub fn governing(&mut self, directory: &Path) -> Governing {
        match &self.given {
            Some(config) => Governing::Config(Rc::clone(config)),
            None => self.lookup(directory),
        }
    }

    /// What governs the file at `path`, as given (links not yet resolved).
    pub fn governing_file(&mut self, path: &Path) -> Governing {
        match resolved(path).as_deref().and_then(Path::parent) {
            Some(directory) => self.governing(directory),
            // A file in no directory that exists is not read either; reading it says so.
            None => Governing::Nothing,
        }
    }

    /// The errors of the `wodc.toml` files met since the last call, each said once.
    pub fn take_errors(&mut self) -> Vec<ConfigError> {
        std::mem::take(&mut self.errors)
    }

    fn lookup(&mut self, directory: &Path) -> Governing {
        if let Some(governing) = self.found.get(directory) {
            return governing.clone();
        }
        let candidate = directory.join(FILE_NAME);
        let governing = if candidate.exists() {
            let shown = self.shown(&candidate);
            match Config::read(&candidate, &shown) {
                Ok(config) => Governing::Config(Rc::new(config)),
                Err(mut errors) => {
                    self.errors.append(&mut errors);
                    Governing::Broken
                }
            }
        } else {
            match directory.parent() {
                Some(parent) => self.lookup(parent),
                None => Governing::Nothing,
            }
        };
        self.found
            .insert(directory.to_path_buf(), governing.clone());
        governing
    }

    /// `path` relative to the working directory when it is below it.
    fn shown(&self, path: &Path) -> PathBuf {
        self.working_directory
            .as_deref()
            .and_then(|cwd| path.strip_prefix(cwd).ok())
            .unwrap_or(path)
            .to_path_buf()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn positions_count_lines_and_characters_from_one() {
        assert_eq!(super::line_column("a = 1\nbé = 2\n", 9), (2, 3));
        assert_eq!(super::line_column("", 0), (1, 1));
        assert_eq!(super::line_column("é", 1), (1, 1));
    }
}
