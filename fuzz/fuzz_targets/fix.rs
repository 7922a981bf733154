//! `wodc check --fix`: applying the safe fixes never adds a syntax error, and ends.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| wodc_fuzz_harness::fix(bytes));
