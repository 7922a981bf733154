//! `wodc lsp`: the input opened as a document; every request about it is answered, and
//! none by a panic caught in the server.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| wodc_fuzz_harness::lsp(bytes));
