//! What the integration tests share: the loaders through which the checker reads
//! imports. Each test file uses what it needs.
#![allow(dead_code)]

use std::path::Path;

use wodc::resolve::{LoadError, Loaded, Loader};

/// For programs that stand alone: every import is missing.
pub struct NoFiles;

impl Loader for NoFiles {
    fn load(&self, _: &Path) -> Result<Loaded, LoadError> {
        Err(LoadError::NotFound)
    }
}

/// Reads imports from disk, as the command line does.
pub struct Disk;

impl Loader for Disk {
    fn load(&self, path: &Path) -> Result<Loaded, LoadError> {
        match std::fs::read(path) {
            Ok(bytes) => Ok(Loaded {
                key: path.to_path_buf(),
                bytes,
            }),
            Err(_) => Err(LoadError::NotFound),
        }
    }
}
