//! A binary that is only the sandbox launcher, for the crate's own tests and for embedders that
//! do not want to re-exec their main binary.

fn main() {
    sandbox::launcher_main_if_requested();
    eprintln!("sandbox-launcher: run by the sandbox crate only");
    std::process::exit(2);
}
