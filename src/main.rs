use std::process::ExitCode;

fn main() -> ExitCode {
    // The judge binary is also the sandbox launcher; this returns unless started as one.
    sandbox::launcher_main_if_requested();
    // Solutions run as the same user must not ptrace the judge or read its memory or files.
    sandbox::protect_self();
    match judge::cli::run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            let color = colored::control::SHOULD_COLORIZE.should_colorize();
            failure.exit(judge::report::Style { color })
        }
    }
}
