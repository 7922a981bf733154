//! `wodc fmt`: formatting refuses exactly the files with syntax errors, and formatting
//! the formatted text changes nothing.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| wodc_fuzz_harness::fmt(bytes));
