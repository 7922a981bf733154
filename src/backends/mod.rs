//! Renderings of the model. Each backend is one file and only renders: every value it
//! prints was computed by the model.

pub mod stats;
