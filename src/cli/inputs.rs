//! What a command line names: standard input, files, and the `.wod` files below
//! directories, less those their `wodc.toml` excludes.

use std::fs;
use std::path::{Path, PathBuf};

use clap::Args as ClapArgs;
use wodc::resolve::LoadError;

use super::config::{ConfigError, Configs, Governing};
use super::console::{self, Broken, Console};
use super::files;

/// The inputs a command reads, as its command line names them.
#[derive(ClapArgs)]
pub struct Selection {
    /// Files; a directory means every `.wod` file below it, `-` standard input. None:
    /// the current directory, or standard input with `--stdin-filename`.
    paths: Vec<PathBuf>,
    /// The name of standard input in diagnostics; its imports and `wodc.toml` are
    /// looked for from its directory.
    #[arg(long, value_name = "NAME")]
    stdin_filename: Option<PathBuf>,
    /// Skip the files named on the command line that `wodc.toml` excludes, as those
    /// found in a directory are (for pre-commit, which names every file).
    #[arg(long)]
    force_exclude: bool,
}

impl Selection {
    /// The inputs selected, each problem met on the way said on standard error; and
    /// whether there was any. `None` when the command line itself is wrong.
    pub fn inputs(
        &self,
        console: &mut Console,
        configs: &mut Configs,
    ) -> Result<Option<(Vec<Input>, bool)>, Broken> {
        let (stdin, here) = ([PathBuf::from("-")], [PathBuf::from(".")]);
        let paths = match (&self.stdin_filename, self.paths.as_slice()) {
            (Some(_), []) => &stdin[..],
            (None, []) => &here[..],
            (Some(_), paths) if !paths.contains(&stdin[0]) => {
                console.error(format_args!(
                    "`--stdin-filename` names standard input, and no `-` is among the paths"
                ))?;
                return Ok(None);
            }
            (_, paths) => paths,
        };
        let request = Request {
            paths,
            stdin_name: self.stdin_filename.as_deref(),
            force_exclude: self.force_exclude,
        };
        let (inputs, problems) = inputs(&request, configs);
        for problem in &problems {
            match problem {
                PathProblem::NoWodFiles(path) => {
                    console.error(format_args!("no `.wod` files in {}", path.display()))?
                }
                PathProblem::Unreadable(path, error) => console.error(format_args!(
                    "cannot read {}: {}",
                    path.display(),
                    console::reason(error)
                ))?,
                PathProblem::Config(error) => console.error(format_args!("{error}"))?,
            }
        }
        Ok(Some((inputs, !problems.is_empty())))
    }

    /// Reads `input`: the name it is shown by, the path it is known by (for standard
    /// input, the one `--stdin-filename` gives), and its bytes.
    pub fn read<'a>(
        &'a self,
        input: &'a Input,
    ) -> (String, Option<&'a Path>, Result<Vec<u8>, LoadError>) {
        match &input.source {
            Source::Stdin => match &self.stdin_filename {
                Some(name) => (
                    name.display().to_string(),
                    Some(name.as_path()),
                    files::read_stdin(),
                ),
                None => ("<stdin>".to_owned(), None, files::read_stdin()),
            },
            Source::File(path) => (
                path.display().to_string(),
                Some(path.as_path()),
                files::read_program(path),
            ),
        }
    }
}

/// A program to read, and what governs it.
pub struct Input {
    pub source: Source,
    pub governing: Governing,
}

impl Input {
    pub fn is_stdin(&self) -> bool {
        matches!(self.source, Source::Stdin)
    }
}

pub enum Source {
    Stdin,
    File(PathBuf),
}

/// Why a path named on the command line gave no input.
enum PathProblem {
    /// A directory with no `.wod` file below it.
    NoWodFiles(PathBuf),
    Unreadable(PathBuf, std::io::Error),
    /// A `wodc.toml` that cannot be used: the files it governs are not checked.
    Config(ConfigError),
}

/// How `paths` are read.
struct Request<'a> {
    paths: &'a [PathBuf],
    /// The name standard input is known by (`--stdin-filename`).
    stdin_name: Option<&'a Path>,
    /// Whether a file named on the command line is skipped when excluded, as one found
    /// in a directory is (`--force-exclude`).
    force_exclude: bool,
}

/// The inputs of `request`: `-` is standard input, a directory every `.wod` file below
/// it (sorted; hidden directories, symbolic links to directories and excluded paths
/// skipped), a file itself. A directory that holds no `.wod` file is a problem, as is
/// one that cannot be read, so that a CI job pointed at the wrong place does not pass;
/// one whose files are all excluded is not.
fn inputs(request: &Request<'_>, configs: &mut Configs) -> (Vec<Input>, Vec<PathProblem>) {
    let mut inputs = Vec::new();
    let mut problems = Vec::new();
    for path in request.paths {
        if path.as_os_str() == "-" {
            let name = request.stdin_name.unwrap_or(path);
            if let Some(governing) = named(name, request, configs) {
                inputs.push(Input {
                    source: Source::Stdin,
                    governing,
                });
            }
        } else if path.is_dir() {
            let mut walk = Walk {
                configs: &mut *configs,
                found: Vec::new(),
                passed_over: false,
                problems: &mut problems,
            };
            match fs::canonicalize(path) {
                Ok(real) => walk.directory(path, &real),
                Err(error) => walk
                    .problems
                    .push(PathProblem::Unreadable(path.clone(), error)),
            }
            let Walk {
                mut found,
                passed_over,
                ..
            } = walk;
            if found.is_empty() && !passed_over {
                problems.push(PathProblem::NoWodFiles(path.clone()));
            }
            found.sort_by(|a, b| path_of(a).cmp(&path_of(b)));
            inputs.extend(found);
        } else if let Some(governing) = named(path, request, configs) {
            inputs.push(Input {
                source: Source::File(path.clone()),
                governing,
            });
        }
    }
    problems.extend(configs.take_errors().into_iter().map(PathProblem::Config));
    (inputs, problems)
}

/// What governs a file named on the command line, or `None` when it is not checked:
/// excluded under `--force-exclude`, or governed by a broken `wodc.toml`.
fn named(path: &Path, request: &Request<'_>, configs: &mut Configs) -> Option<Governing> {
    let governing = configs.governing_file(path);
    match &governing {
        Governing::Broken => None,
        Governing::Config(config) if request.force_exclude && config.excludes_named(path) => None,
        _ => Some(governing),
    }
}

fn path_of(input: &Input) -> Option<&Path> {
    match &input.source {
        Source::File(path) => Some(path),
        Source::Stdin => None,
    }
}

/// A walk of one directory named on the command line.
struct Walk<'a> {
    configs: &'a mut Configs,
    found: Vec<Input>,
    /// Whether something was left out on purpose: excluded, or under a broken
    /// `wodc.toml` (said on its own).
    passed_over: bool,
    problems: &'a mut Vec<PathProblem>,
}

impl Walk<'_> {
    /// Walks `dir`, whose links are resolved in `real`: paths are shown as given and
    /// matched against `exclude` as they are in the project.
    fn directory(&mut self, dir: &Path, real: &Path) {
        let governing = self.configs.governing(real);
        if matches!(governing, Governing::Broken) {
            self.passed_over = true;
            return;
        }
        let entries = match fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(error) => {
                self.problems
                    .push(PathProblem::Unreadable(dir.to_path_buf(), error));
                return;
            }
        };
        for entry in entries.flatten() {
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            let name = entry.file_name();
            let is_wod = Path::new(&name).extension().is_some_and(|e| e == "wod");
            let wanted = if kind.is_dir() {
                !name.to_string_lossy().starts_with('.')
            } else {
                is_wod
            };
            if !wanted {
                continue;
            }
            let real = real.join(&name);
            if governing
                .config()
                .is_some_and(|config| config.excludes(&real))
            {
                self.passed_over = true;
            } else if kind.is_dir() {
                self.directory(&entry.path(), &real);
            } else {
                self.found.push(Input {
                    source: Source::File(entry.path()),
                    governing: governing.clone(),
                });
            }
        }
    }
}
