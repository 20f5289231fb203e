//! Reader for the ESCO CSV release.
