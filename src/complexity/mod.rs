//! The complexity report's core: measures a solution at growing sizes and fits the growth.
pub mod fit;
