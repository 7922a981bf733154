//! The seed inputs: every `.wod` file under the given directories.

use std::path::{Path, PathBuf};

/// A seed file: where it came from (for reports) and its bytes.
pub struct Seed {
    pub origin: String,
    pub bytes: Vec<u8>,
}

/// Every `.wod` file under each of `roots` (a root may also be a file), in path order so
/// that a seeded run is the same on every machine. A root that does not exist is skipped
/// with a warning: the shared conformance cases are not beside every checkout.
/// `origin`s are shown relative to `base`.
pub fn load(roots: &[PathBuf], base: &Path) -> Result<Vec<Seed>, String> {
    let mut paths = Vec::new();
    for root in roots {
        if root.exists() {
            collect(root, &mut paths)
                .map_err(|error| format!("cannot list {}: {error}", root.display()))?;
        } else {
            eprintln!("warning: no seeds from {}: not found", root.display());
        }
    }
    paths.sort();
    paths.dedup();
    paths
        .into_iter()
        .map(|path| {
            let bytes = std::fs::read(&path)
                .map_err(|error| format!("cannot read {}: {error}", path.display()))?;
            let origin = path
                .strip_prefix(base)
                .unwrap_or(&path)
                .display()
                .to_string();
            Ok(Seed { origin, bytes })
        })
        .collect()
}

fn collect(path: &Path, paths: &mut Vec<PathBuf>) -> std::io::Result<()> {
    if path.is_dir() {
        for entry in std::fs::read_dir(path)? {
            collect(&entry?.path(), paths)?;
        }
    } else if path.extension().is_some_and(|extension| extension == "wod") {
        paths.push(path.to_path_buf());
    }
    Ok(())
}
