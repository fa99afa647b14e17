use std::process::ExitCode;

fn main() -> ExitCode {
    // The judge binary is also the sandbox launcher; this returns unless started as one.
    sandbox::launcher_main_if_requested();
    match judge::cli::run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            let color = colored::control::SHOULD_COLORIZE.should_colorize();
            failure.exit(judge::report::Style { color })
        }
    }
}
