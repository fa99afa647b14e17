fn main() {
    sandbox::launcher_main_if_requested();
}
