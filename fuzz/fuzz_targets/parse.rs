//! The parser alone: the fastest target, for the grammar and the `{ }` nesting.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| wodc_fuzz_harness::parse(bytes));
