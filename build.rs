// The built-in catalog is embedded with include_dir, which cannot tell cargo to rebuild when a
// problem file changes; this does.
fn main() {
    println!("cargo:rerun-if-changed=problems");
}
